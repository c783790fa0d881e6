"""Golden tests for the statements extractor: small Norwegian texts written for
the tests (bokmål and nynorsk), one pattern each, plus negative cases."""
from __future__ import annotations

import pytest

from flows.normalise import normalise
from flows.segment import segment

from extract_kit import cases, statement_rows_of as rows, statements_of as run


GRAM = "Styreleder i KS, Bjørn Arild Gram, møtte statsråden tirsdag.\n\n"
PINNERØD = "Ordfører i Bodø, Ida Pinnerød, deltok.\n\n"
OLSEN = "Ordførar i Stryn, Per Olsen, var med.\n\n"

POSITIVE: list[tuple[str, str, list[tuple[str, str, str]]]] = [
    ("dash_trailing_role_name",
     "Møtet var konstruktivt.\n\n- Vi trenger mer penger til fastlegeordningen. Det haster, sier styreleder i KS, Bjørn Arild Gram.",
     [("direct", "Bjørn Arild Gram", "Vi trenger mer penger til fastlegeordningen. Det haster")]),
    ("em_dash_no_space_surname",
     GRAM + "—Dette er ikke godt nok, sa Gram.",
     [("direct", "Bjørn Arild Gram", "Dette er ikke godt nok")]),
    ("en_dash_pronoun",
     "Ordfører i Bodø, Ida Pinnerød, deltok i møtet.\n\n– Kommunene står i en krevende situasjon, sa hun.",
     [("direct", "Ida Pinnerød", "Kommunene står i en krevende situasjon")]),
    ("guillemets_paragraph",
     "Ordfører Ola Nordmann var fornøyd.\n\n«Dette er et viktig steg for kommunene», sier Nordmann.",
     [("direct", "Ola Nordmann", "Dette er et viktig steg for kommunene")]),
    ("straight_quotes_paragraph",
     'Ordfører Ola Nordmann var fornøyd.\n\n"Dette er et viktig steg for kommunene", sier Nordmann.',
     [("direct", "Ola Nordmann", "Dette er et viktig steg for kommunene")]),
    ("quote_opens_mid_paragraph",
     "Ordfører i Bodø, Ida Pinnerød, deltok i møtet. – Vi ber staten om å ta regningen, sa hun.",
     [("direct", "Ida Pinnerød", "Vi ber staten om å ta regningen")]),
    ("lead_in_colon_same_paragraph",
     "KS-leder Gunn Marit Helgesen var klar i talen. Helgesen sier: – Staten må ta sin del av regningen.",
     [("direct", "Gunn Marit Helgesen", "Staten må ta sin del av regningen")]),
    ("lead_in_sentence_next_line",
     "Styreleder i KS, Gunn Marit Helgesen, sier situasjonen er svært krevende.\n– Vi ber regjeringen om en rask avklaring.",
     [("indirect", "Gunn Marit Helgesen", "situasjonen er svært krevende"),
      ("direct", "Gunn Marit Helgesen", "Vi ber regjeringen om en rask avklaring")]),
    ("attribution_in_middle_then_quote_goes_on",
     GRAM + "- Vi har ventet lenge, sa Gram. Nå må vi få en avklaring fra staten.",
     [("direct", "Bjørn Arild Gram", "Vi har ventet lenge"),
      ("direct", "Bjørn Arild Gram", "Nå må vi få en avklaring fra staten")]),
    ("narrative_after_attribution",
     GRAM + "- Vi ber om midlertidige løsninger, sa Bjørn Arild Gram om handlingsplanen. "
     "Han understreket også behovet for å komme raskt i gang med ekspertgruppen.",
     [("direct", "Bjørn Arild Gram", "Vi ber om midlertidige løsninger"),
      ("indirect", "Bjørn Arild Gram", "behovet for å komme raskt i gang med ekspertgruppen")]),
    ("det_sa_after_several_sentences",
     "- Vi anbefaler en distriktspakke. Den må komme i tillegg til handlingsplanen. Det sa styreleder i KS "
     "Gunn Marit Helgesen i det faste møtet med regjeringen.",
     [("direct", "Gunn Marit Helgesen", "Vi anbefaler en distriktspakke. Den må komme i tillegg til handlingsplanen")]),
    ("surname_before_full_name",
     "- Kommunene har ropt varsku lenge, sier Gram.\n\n- Dette er penger som skulle gått til skole, sier Bjørn Arild Gram.",
     [("direct", "Bjørn Arild Gram", "Kommunene har ropt varsku lenge"),
      ("direct", "Bjørn Arild Gram", "Dette er penger som skulle gått til skole")]),
    ("unattributed_dash_paragraph_follows_speaker",
     GRAM + "- Budsjettet må styrkes, sa Gram.\n\nHan mener det er behov for mer forskning i kommunene.\n\n"
     "- Forskningsbasert kunnskap må legges til grunn for omstillingene.",
     [("direct", "Bjørn Arild Gram", "Budsjettet må styrkes"),
      ("indirect", "Bjørn Arild Gram", "det er behov for mer forskning i kommunene"),
      ("direct", "Bjørn Arild Gram", "Forskningsbasert kunnskap må legges til grunn for omstillingene")]),
    ("first_person_paragraph_continues_quote",
     GRAM + "- Budsjettet må styrkes, sa Gram.\n\nVi har lenge bedt regjeringen om å prioritere forskning.",
     [("direct", "Bjørn Arild Gram", "Budsjettet må styrkes"),
      ("direct", "Bjørn Arild Gram", "Vi har lenge bedt regjeringen om å prioritere forskning")]),
    ("pull_quote_byline",
     "Kommunesektoren er en viktig klimaaktør. Og allerede skjer det mye.\n\nGunn Marit Helgesen, styreleder i KS\n\n"
     "Regjeringen skal legge frem en melding.",
     [("direct", "Gunn Marit Helgesen", "Kommunesektoren er en viktig klimaaktør. Og allerede skjer det mye")]),
    ("inverted_separable_title",
     GRAM + "I sitt innlegg trakk KS' styreleder frem kostnadsveksten i de kommunale tjenestene som en utfordring.",
     [("indirect", "Bjørn Arild Gram", "kostnadsveksten i de kommunale tjenestene som en utfordring")]),
    ("indirect_surname_then_pronoun",
     GRAM + "Gram viste til behovet for å dempe vaktbelastningen. Han nevnte at et tiltak kan være å justere kravene.",
     [("indirect", "Bjørn Arild Gram", "behovet for å dempe vaktbelastningen"),
      ("indirect", "Bjørn Arild Gram", "et tiltak kan være å justere kravene")]),
    ("indirect_apposition_with_ordinal",
     "Jenny Følling, 2. nestleder i KS, var også opptatt av at et forbud kan føre til press på naturen.",
     [("indirect", "Jenny Følling", "et forbud kan føre til press på naturen")]),
    ("indirect_statsraden_coordinated",
     "KS møtte klima- og miljøminister Andreas Bjelland Eriksen (Ap).\n\nStatsråden har selv erfaring som "
     "fylkespolitiker, og viste forståelse for at det kan være krevende å velge mellom gode mål.",
     [("indirect", "Andreas Bjelland Eriksen", "det kan være krevende å velge mellom gode mål")]),
    ("title_minister_quote",
     "Kunnskapsminister Tonje Brenna (Ap) møtte KS.\n\n- Vi skal se på saken, sa kunnskapsministeren.",
     [("direct", "Tonje Brenna", "Vi skal se på saken")]),
    ("ks_lederen_title",
     "Styreleder i KS, Gunn Marit Helgesen, ledet møtet.\n\n- Dette haster for kommunene, sier KS-lederen.",
     [("direct", "Gunn Marit Helgesen", "Dette haster for kommunene")]),
    ("pronoun_gender_skips_other_person",
     "Styreleder i KS, Bjørn Arild Gram, og nestleder Gunn Marit Helgesen deltok.\n\n"
     "- Vi trenger flere fastleger, sa Gram.\n\nHelgesen viste til behovet for flere sykehjemsplasser i distriktene.\n\n"
     "- Staten må ta ansvar, sa han.",
     [("direct", "Bjørn Arild Gram", "Vi trenger flere fastleger"),
      ("indirect", "Gunn Marit Helgesen", "behovet for flere sykehjemsplasser i distriktene"),
      ("direct", "Bjørn Arild Gram", "Staten må ta ansvar")]),
    ("media_tail",
     GRAM + "- Dette er for lite og for sent, sier Gram til NTB.",
     [("direct", "Bjørn Arild Gram", "Dette er for lite og for sent")]),
    ("question_attribution",
     GRAM + "- Hvem skal betale for dette? spør Gram.",
     [("direct", "Bjørn Arild Gram", "Hvem skal betale for dette")]),
    ("nynorsk_seier_ho",
     "President Marit Hermansen i Legeforeningen strekar under at samarbeidet må føre til konkrete tiltak.\n\n"
     "– Ei rekrutteringssatsing må stå øvst på agendaen, seier ho.",
     [("indirect", "Marit Hermansen", "samarbeidet må føre til konkrete tiltak"),
      ("direct", "Marit Hermansen", "Ei rekrutteringssatsing må stå øvst på agendaen")]),
    ("nynorsk_role_party",
     "– Fastlegeordninga har vore ein suksess, seier helse- og omsorgsminister Bent Høie (H).\n\n"
     "Høie har tidlegare sagt at regjeringa vil evaluere fastlegeordninga.",
     [("direct", "Bent Høie", "Fastlegeordninga har vore ein suksess"),
      ("indirect", "Bent Høie", "regjeringa vil evaluere fastlegeordninga")]),
    ("nynorsk_meiner",
     "Styreleiar i KS, Gunn Marit Helgesen, meiner kommunane må få meir pengar til fastlegane.",
     [("indirect", "Gunn Marit Helgesen", "kommunane må få meir pengar til fastlegane")]),
    ("subject_first_name_role_after",
     "Mette Nord, leder i LO Kommune, mener kommunenes innsats er underfinansiert.",
     [("indirect", "Mette Nord", "kommunenes innsats er underfinansiert")]),
    ("nynorsk_split_verb_la_ho_til",
     "Styreleiar i KS, Gunn Marit Helgesen, opna møtet.\n\n– Det er ikkje nok legar i distrikta, la ho til.",
     [("direct", "Gunn Marit Helgesen", "Det er ikkje nok legar i distrikta")]),
    ("clause_after_og_title",
     "Kommunalminister Sigbjørn Gjelsvik (Sp) deltok.\n\nRegjeringen har lovet en gjennomgang, og statsråden sa at "
     "han vil invitere til et nytt møte i vår.",
     [("indirect", "Sigbjørn Gjelsvik", "han vil invitere til et nytt møte i vår")]),
    ("indirect_media_adjunct_before_at",
     "Kommunalminister Sigbjørn Gjelsvik (Sp) deltok.\n\nGjelsvik sier til Kommunal Rapport at regjeringen vil "
     "komme tilbake til saken.",
     [("indirect", "Sigbjørn Gjelsvik", "regjeringen vil komme tilbake til saken")]),
    ("pronoun_skips_names_inside_the_quote",
     "Ordfører i Bodø, Ida Pinnerød, var med.\n\n– Vi møtte statsminister Jonas Gahr Støre i går, sa hun.",
     [("direct", "Ida Pinnerød", "Vi møtte statsminister Jonas Gahr Støre i går")]),
    ("statssekretaer_in_ministry",
     "Statssekretær Ole Hansen i Kommunal- og distriktsdepartementet påpekte at inntektssystemet skal gjennomgås.",
     [("indirect", "Ole Hansen", "inntektssystemet skal gjennomgås")]),
    ("title_in_guillemets_is_not_a_quote",
     GRAM + "- Vi trenger flere sykehjemsplasser, sa Gram.\n\nKS lanserte rapporten. «Leve hele livet» er en reform.",
     [("direct", "Bjørn Arild Gram", "Vi trenger flere sykehjemsplasser")]),
    ("inverted_at_clause",
     GRAM + "Samtidig understreket Gram at kommunene trenger forutsigbare rammer.",
     [("indirect", "Bjørn Arild Gram", "kommunene trenger forutsigbare rammer")]),
    # «» / "" quotation paragraph without a dash, the comma inside the closing mark
    ("guillemets_comma_inside_pronoun",
     PINNERØD + "«Vi kan ikke vente lenger på staten,» sa hun.",
     [("direct", "Ida Pinnerød", "Vi kan ikke vente lenger på staten")]),
    ("nynorsk_straight_quotes_comma_inside",
     OLSEN + '"Me kan ikkje vente lenger på staten," sa han.',
     [("direct", "Per Olsen", "Me kan ikkje vente lenger på staten")]),
    # definite role nouns resolve to the person with that role
    ("definite_compound_role",
     "Fylkesstyreleder i KS Vestland, Kari Nordmann, åpnet konferansen.\n\n"
     "– Fylkesveiene forfaller år for år, sa fylkesstyrelederen.",
     [("direct", "Kari Nordmann", "Fylkesveiene forfaller år for år")]),
    ("nynorsk_definite_role_aren",
     "Fylkesleiar i KS Vestland, Kari Nordmann, opna konferansen.\n\n"
     "– Fylkesvegane forfell år for år, sa fylkesleiaren.",
     [("direct", "Kari Nordmann", "Fylkesvegane forfell år for år")]),
    ("definite_role_head_compound",
     "Avdelingsdirektør Ola Hansen i Helsedirektoratet la fram tallene.\n\n"
     "– Tallene viser en klar økning, sa avdelingsdirektøren.",
     [("direct", "Ola Hansen", "Tallene viser en klar økning")]),
    ("definite_rådmannen",
     "Rådmann i Melhus kommune, Per Olsen, deltok.\n\n– Vi har ikke råd til dette, sier rådmannen.",
     [("direct", "Per Olsen", "Vi har ikke råd til dette")]),
    ("ks_lederen_org_not_given_skips_deputy",
     "Fra KS deltok styreleder Kari Nordmann og nestleder Per Olsen.\n\n– Staten må ta regningen, sa KS-lederen.",
     [("direct", "Kari Nordmann", "Staten må ta regningen")]),
    # short «» quotations inside a narrative sentence
    ("inline_quote_trailing_attribution",
     PINNERØD + "Forslaget er «en kalddusj for distriktene», sier Pinnerød.",
     [("direct", "Ida Pinnerød", "en kalddusj for distriktene")]),
    ("inline_quote_subject_characterises",
     "Rådmann i Nordre Follo kommune, Per Olsen, beskriver budsjettet som «en kalddusj» for vekstkommunene.",
     [("direct", "Per Olsen", "en kalddusj")]),
    ("nynorsk_inline_quote_pronoun",
     OLSEN + "Han kallar forslaget «eit steg i feil retning».",
     [("direct", "Per Olsen", "eit steg i feil retning")]),
    ("inline_quote_and_reported_content_same_sentence",
     "Rådmann i Nordby, Per Olsen, kaller planen «et skritt tilbake» og mener at fristen er for kort.",
     [("direct", "Per Olsen", "et skritt tilbake"), ("indirect", "Per Olsen", "fristen er for kort")]),
    ("nynorsk_inline_quote_and_reported_content",
     OLSEN + "Han kalla framlegget «ei kalddusj» og meinte at staten må ta rekninga.",
     [("direct", "Per Olsen", "ei kalddusj"), ("indirect", "Per Olsen", "staten må ta rekninga")]),
    # interviews: unattributed answers after dash-led questions are the interviewee's words
    ("interview_answers_lead",
     PINNERØD + "Nordby Avis snakket med Pinnerød etter møtet.\n\n– Fikk dere gjennomslag?\n\n"
     "– Nei, men vi gir oss ikke. Kommunene trenger penger nå.\n\n– Hva skjer videre?\n\n"
     "– Vi har bedt om et nytt møte før sommeren.",
     [("direct", "Ida Pinnerød", "Nei, men vi gir oss ikke. Kommunene trenger penger nå"),
      ("direct", "Ida Pinnerød", "Vi har bedt om et nytt møte før sommeren")]),
    ("nynorsk_interview_answers_lead",
     OLSEN + "Avisa har snakka med Olsen.\n\n– Kva sa statsråden?\n\n– Ho lytta, men lova ingenting.",
     [("direct", "Per Olsen", "Ho lytta, men lova ingenting")]),
    ("interview_interviewee_from_attributed_answer",
     GRAM + "– Er dere fornøyde?\n\n– Delvis. Vi fikk ikke alt vi ba om.\n\n– Og nå?\n\n"
     "– Nå venter vi på statsbudsjettet, sier Gram.",
     [("direct", "Bjørn Arild Gram", "Delvis. Vi fikk ikke alt vi ba om"),
      ("direct", "Bjørn Arild Gram", "Nå venter vi på statsbudsjettet")]),
    # indirect speech
    ("indirect_pekte_paa_at", PINNERØD + "Pinnerød pekte på at mange kommuner mangler fastleger.",
     [("indirect", "Ida Pinnerød", "mange kommuner mangler fastleger")]),
    ("indirect_viste_til_at_pronoun", PINNERØD + "Hun viste til at kostnadene har økt kraftig.",
     [("indirect", "Ida Pinnerød", "kostnadene har økt kraftig")]),
    ("indirect_sa_at", PINNERØD + "Pinnerød sa at kommunen ikke har råd til nye sykehjem.",
     [("indirect", "Ida Pinnerød", "kommunen ikke har råd til nye sykehjem")]),
    ("indirect_ba_object_infinitive",
     PINNERØD + "Hun ba også regjeringen vurdere å øke rammetilskuddet til distriktskommunene.",
     [("indirect", "Ida Pinnerød", "vurdere å øke rammetilskuddet til distriktskommunene")]),
    ("nynorsk_indirect_bad_object_om_aa",
     OLSEN + "Han bad regjeringa om å auke rammetilskotet til distriktskommunane.",
     [("indirect", "Per Olsen", "auke rammetilskotet til distriktskommunane")]),
    ("indirect_lead_in_infinitive",
     PINNERØD + "Pinnerød åpnet med å vise til at over halvparten av kommunene går med underskudd.",
     [("indirect", "Ida Pinnerød", "over halvparten av kommunene går med underskudd")]),
    ("nynorsk_indirect_lead_in_infinitive",
     OLSEN + "Olsen opna med å peike på at mange kommunar går med underskot.",
     [("indirect", "Per Olsen", "mange kommunar går med underskot")]),
    # a quotation split by its attribution and opened again with a dash is one statement
    ("quote_split_by_attribution",
     PINNERØD + "– Vi mangler fastleger, sa Pinnerød. – Staten må ta et større ansvar for rekrutteringen.",
     [("direct", "Ida Pinnerød", "Vi mangler fastleger"),
      ("direct", "Ida Pinnerød", "Staten må ta et større ansvar for rekrutteringen")]),
    ("nynorsk_quote_split_by_attribution",
     OLSEN + "– Me manglar fastlegar, seier han. – Staten må ta eit større ansvar.",
     [("direct", "Per Olsen", "Me manglar fastlegar"), ("direct", "Per Olsen", "Staten må ta eit større ansvar")]),
]


@pytest.mark.parametrize("raw,expected", [(r, e) for _, r, e in POSITIVE], ids=[n for n, _, _ in POSITIVE])
def test_statements(raw: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(raw) == expected


NEGATIVE: list[tuple[str, str]] = [
    ("list_after_colon",
     "Mette Nord, leder i LO Kommune, var også med.\n\nDette er noen av de foreslåtte tiltakene:\n\n"
     "– Økt kapasitet på den nasjonale rådgivningstelefonen.\n\n– Sikre at kommunene har nok smittevernutstyr"),
    ("slide_bullets",
     "# Hva må skje?\n\nGeir Sivertsen, fylkesstyreleder KS Troms\n\n## Utfordringer\n\n"
     "- Tilgang på nok personell\n- For dårlig sammenheng mellom tjenestene"),
    ("headline_org_colon_dash", "KS: – Staten må ta fastlegeregningen\n\nKS mener staten må betale mer."),
    ("organisation_writes",
     "- Helsetjenesten i kommunene er i en rivende utvikling, skriver Storbynettverket.\n\n"
     "- Det er derfor behov for å se på ordningen med nye øyne, heter det i uttalelsen."),
    ("organisation_subject", "KS mener at antallet plasser i spesialisthelsetjenesten må økes."),
    ("no_speaker_dash", "Møtet ble holdt i Oslo.\n\n- Dette er en viktig sak for kommunene."),
    ("collective_subject", GRAM + "- Vi står sammen om dette kravet, sier de."),
    ("nynorsk_list_after_colon",
     "Styreleiar i KS, Gunn Marit Helgesen, var med.\n\nDesse sakene vart drøfta:\n\n"
     "– Fastlegeordninga og legevakta i kommunane.\n\n– Heildøgns omsorgsplassar i kommunane."),
    ("organisation_in_press_release",
     "- Vi trenger mer penger til fastlegene, skriver KS i en pressemelding."),
    ("definite_role_not_the_deputy",
     "Nestleder i KS, Per Olsen, var til stede.\n\n– Dette er viktig for kommunene, sa lederen."),
    ("definite_role_nobody_has", PINNERØD + "– Dette er viktig for pasientene, sa legen."),
    ("inline_title_not_speech", PINNERØD + "Rapporten «Kommunene i 2030» ble lagt fram, sier Pinnerød."),
    ("inline_quote_organisation", PINNERØD + "Budsjettet er «en kalddusj», skriver KS."),
    ("inline_quote_group_subject", PINNERØD + "Kommunene kaller budsjettet «en kalddusj»."),
    ("inline_quote_no_speaker", PINNERØD + "Budsjettet ble omtalt som «en kalddusj» i flere aviser."),
    ("interview_questions_only",
     PINNERØD + "Nordby Avis snakket med Pinnerød.\n\n– Fikk dere gjennomslag?\n\n– Og hva nå?"),
    ("questions_no_interviewee",
     "Møtet ble holdt i Oslo.\n\n– Fikk kommunene gjennomslag?\n\n– Nei, det ble ingen avtale denne gangen."),
    ("interview_answer_by_organisation",
     "Nordby Avis snakket med KS.\n\n– Fikk dere gjennomslag?\n\n– Nei, men vi gir oss ikke."),
    ("organisation_asks", "KS ba regjeringen vurdere å øke rammetilskuddet til kommunene."),
    ("nynorsk_organisation_asks", "KS bad regjeringa om å auke rammetilskotet til kommunane."),
]


@pytest.mark.parametrize("raw", [r for _, r in NEGATIVE], ids=[n for n, _ in NEGATIVE])
def test_not_statements(raw: str) -> None:
    assert rows(raw) == []


def test_offsets_point_at_the_text() -> None:
    raw = GRAM + "- Vi har ventet lenge, sa Gram. Han understreket også behovet for en rask avklaring."
    text = normalise(raw)
    for statement in run(raw):
        assert text[statement.start:statement.end] == statement.text
        assert statement.rule
    blocks = segment(text)
    assert {s.block for s in run(raw)} == {blocks[1].index}


def test_split_quote_gives_two_verbatim_statements() -> None:
    """"– X, sa NN. – Y": two statements, each verbatim, the attribution in neither (gold texts
    count the two parts as two statements; a joined "X … Y" would not be a span of the text)."""
    raw = PINNERØD + "– Vi mangler fastleger, sa Pinnerød. – Staten må ta et større ansvar."
    text = normalise(raw)
    first, second = run(raw)
    assert (first.rule, second.rule) == ("dash_quote_trailing_attribution", "quote_split_by_attribution")
    assert [text[s.start:s.end] for s in (first, second)] == ["Vi mangler fastleger", "Staten må ta et større ansvar."]
    assert {s.speaker.name for s in (first, second)} == {"Ida Pinnerød"}


def test_inline_quote_offsets() -> None:
    raw = PINNERØD + "Forslaget er «en kalddusj», sier Pinnerød."
    text = normalise(raw)
    (statement,) = run(raw)
    assert (statement.rule, text[statement.start:statement.end]) == ("inline_quote", "en kalddusj")


def test_rules_are_named() -> None:
    rules = {s.rule for s in run(POSITIVE[0][1])}
    assert rules == {"dash_quote_trailing_attribution"}


XFAIL: list[tuple[str, str, list[tuple[str, str, str]], str]] = [
    ("subject_verb_trailing", GRAM + "- Dette er for lite, Gram sier.",
     [("direct", "Bjørn Arild Gram", "Dette er for lite")],
     "subject-before-verb inside a closing attribution is not parsed (rare in Norwegian)"),
    ("ba_om_ordet_is_not_speech", PINNERØD + "Hun ba om ordet etter innlegget fra statsråden.", [],
     "'ba om' is always read as a request; 'ba om ordet' (asked for the floor) is not told apart yet"),
]


@pytest.mark.parametrize("raw,expected", [pytest.param(r, e, marks=pytest.mark.xfail(strict=True, reason=why))
                                          for _, r, e, why in XFAIL], ids=[n for n, *_ in XFAIL])
def test_known_failures(raw: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(raw) == expected


# Round 2: patterns seen as symptoms on unseen texts (examples written for the tests).
ROUND2: list[tuple[str, str, list[tuple[str, str, str]]]] = [
    ("orienterte_om_at_title",
     "Statsråd Per Hansen møtte KS tirsdag.\n\n"
     "Statsråden orienterte om at regjeringen vil legge fram en ny strategi i høst.",
     [("indirect", "Per Hansen", "regjeringen vil legge fram en ny strategi i høst")]),
    ("nynorsk_orienterte_om_at",
     OLSEN + "Olsen orienterte om at kommunen har sett av pengar til nye omsorgsbustader.",
     [("indirect", "Per Olsen", "kommunen har sett av pengar til nye omsorgsbustader")]),
    ("onsker_at",
     PINNERØD + "Pinnerød ønsker at kravet om kompetanse blir gjort mer fleksibelt.",
     [("indirect", "Ida Pinnerød", "kravet om kompetanse blir gjort mer fleksibelt")]),
    ("nynorsk_haper_at",
     OLSEN + "Olsen håpar at staten vil auke tilskotet til legevakta.",
     [("indirect", "Per Olsen", "staten vil auke tilskotet til legevakta")]),
    ("coordinated_second_verb_splits",
     PINNERØD + "Hun mener staten må gi kommunene mer frihet, og pekte på at mange veiledere fungerer som krav.",
     [("indirect", "Ida Pinnerød", "staten må gi kommunene mer frihet"),
      ("indirect", "Ida Pinnerød", "mange veiledere fungerer som krav")]),
    ("nynorsk_coordinated_peikte",
     OLSEN + "Han meiner staten må gi kommunane større fridom, og peikte på at mange rettleiarar fungerer som krav.",
     [("indirect", "Per Olsen", "staten må gi kommunane større fridom"),
      ("indirect", "Per Olsen", "mange rettleiarar fungerer som krav")]),
    ("request_object_with_place_nn",
     "Fylkesstyreleiar i KS Vestland, Eva Ås, heldt foredrag.\n\n"
     "KS-fylkesleiaren oppmoda også kommunane i fylket om å samarbeide tettare om areal.",
     [("indirect", "Eva Ås", "samarbeide tettare om areal")]),
    ("request_object_with_place_nb",
     PINNERØD + "Pinnerød oppfordret kommunene i regionen til å samarbeide mer om innkjøp.",
     [("indirect", "Ida Pinnerød", "samarbeide mer om innkjøp")]),
    ("minister_title_for_statsraad",
     "Statsråd Per Hansen og statssekretær Kari Li møtte KS.\n\n"
     "– Kommunene gjør en viktig jobb for landbruket, sa landbruks- og matministeren. – Jeg er opptatt av gode løsninger.",
     [("direct", "Per Hansen", "Kommunene gjør en viktig jobb for landbruket"),
      ("direct", "Per Hansen", "Jeg er opptatt av gode løsninger")]),
    ("nynorsk_minister_title_for_statsraad",
     "Statsråd Per Hansen møtte KS.\n\n– Kommunane gjer ein viktig jobb i heile landet, sa kommunalministeren.",
     [("direct", "Per Hansen", "Kommunane gjer ein viktig jobb i heile landet")]),
    ("release_statsraad_continuation_paragraphs",
     "Regjeringen la fram planen i dag.\n\n"
     "– Kommunene skal få større frihet til å organisere tjenestene, sier statsråd Per Hansen.\n\n"
     "– Vi vil samtidig styrke tilsynet med de minste kommunene.",
     [("direct", "Per Hansen", "Kommunene skal få større frihet til å organisere tjenestene"),
      ("direct", "Per Hansen", "Vi vil samtidig styrke tilsynet med de minste kommunene")]),
    ("nynorsk_release_seier_statsraad",
     "Regjeringa la fram planen i dag.\n\n"
     "– Kommunane skal få større fridom til å organisere tenestene, seier statsråd Per Hansen.\n\n"
     "– Vi vil samstundes styrkje tilsynet med dei minste kommunane.",
     [("direct", "Per Hansen", "Kommunane skal få større fridom til å organisere tenestene"),
      ("direct", "Per Hansen", "Vi vil samstundes styrkje tilsynet med dei minste kommunane")]),
    ("dash_quote_with_guillemets_inside",
     PINNERØD + "– Budsjettet er rett og slett «en kalddusj» for kommunene, sa Pinnerød.",
     [("direct", "Ida Pinnerød", "Budsjettet er rett og slett «en kalddusj» for kommunene")]),
    ("dash_no_space_after_request",
     OLSEN + "Olsen oppmoda kommunane om å stå saman om planen.\n\n-Vi står sterkare når vi snakkar med éi stemme.",
     [("indirect", "Per Olsen", "stå saman om planen"),
      ("direct", "Per Olsen", "Vi står sterkare når vi snakkar med éi stemme")]),
]


@pytest.mark.parametrize("raw,expected", [(r, e) for _, r, e in ROUND2], ids=[n for n, _, _ in ROUND2])
def test_round2_statements(raw: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(raw) == expected


ROUND2_NEGATIVE: list[tuple[str, str]] = [
    ("ifolge_figures_is_no_statement", GRAM + "Ifølge KS' egne beregninger er situasjonen i kommunene svært krevende."),
    ("organisation_orienterte", "Departementet orienterte om at regjeringen vil legge fram en strategi."),
    ("onsker_noun_object_org", "KS ønsker at staten tar en større del av regningen."),
    ("onsker_without_at", PINNERØD + "Pinnerød ønsker alle velkommen til møtet i morgen."),
    ("coordinated_org_second_verb",
     "KS mener staten må betale mer, og pekte på at mange kommuner sliter."),
    ("deputy_not_the_leader_title",
     "Nestleiar i KS Vestland, Jon Vik, var med.\n\n– Dette er viktig for kommunane, sa fylkesleiaren."),
]


@pytest.mark.parametrize("raw", [r for _, r in ROUND2_NEGATIVE], ids=[n for n, _ in ROUND2_NEGATIVE])
def test_round2_not_statements(raw: str) -> None:
    assert rows(raw) == []


@pytest.mark.parametrize("raw,expected", [
    # no comma and no "at": the second verb may belong to the reported content; one statement
    (PINNERØD + "Hun sa at kommunene tar imot mange flyktninger og viser til gode resultater i skolen.",
     [("indirect", "Ida Pinnerød", "kommunene tar imot mange flyktninger og viser til gode resultater i skolen")]),
    # without a comma, but with "at": two statements
    (OLSEN + "Han meinte staten må betale meir og understreka at kommunane ikkje kan vente lenger.",
     [("indirect", "Per Olsen", "staten må betale meir"),
      ("indirect", "Per Olsen", "kommunane ikkje kan vente lenger")]),
])
def test_round2_second_verb_boundaries(raw: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(raw) == expected


@pytest.mark.parametrize("raw,expected", [
    (OLSEN + "Olsen sa at kommunane treng meir pengar til legevakta.",
     [("indirect", "Per Olsen", "kommunane treng meir pengar til legevakta")]),
    (OLSEN + "Han var særleg oppteken av at staten må ta ein større del av kostnadene.",
     [("indirect", "Per Olsen", "staten må ta ein større del av kostnadene")]),
    (PINNERØD + "Hun var svært opptatt av at fastlegeordningen må styrkes raskt.",
     [("indirect", "Ida Pinnerød", "fastlegeordningen må styrkes raskt")]),
    (PINNERØD + "Pinnerød slo fast at kommunene ikke kan bære kostnadene alene.",
     [("indirect", "Ida Pinnerød", "kommunene ikke kan bære kostnadene alene")]),
    (OLSEN + "Olsen gjorde greie for korleis kommunen har organisert legevakta.",
     [("indirect", "Per Olsen", "korleis kommunen har organisert legevakta")]),
    (PINNERØD + "–Vi kaller dette «en kalddusj» for kommunene, sier Pinnerød.",
     [("direct", "Ida Pinnerød", "Vi kaller dette «en kalddusj» for kommunene")]),
])
def test_round2_reported_content(raw: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    (OLSEN + "– Kommunane gjer ein viktig jobb, sa Olsen. – Eg er oppteken av gode løysingar for distrikta.",
     [("direct", "Per Olsen", "Kommunane gjer ein viktig jobb"),
      ("direct", "Per Olsen", "Eg er oppteken av gode løysingar for distrikta")]),
    (PINNERØD + "«Vi er klare», sa Pinnerød. «Men staten må stille opp.»",
     [("direct", "Ida Pinnerød", "Vi er klare"), ("direct", "Ida Pinnerød", "Men staten må stille opp")]),
    # a quotation closed by its quote mark does not go on in the narrative after its attribution
    ("Eg var på besøk i Nordby. «Vi gjer alt vi kan», sa ordførar Kari Nordmann til meg. Eg har tenkt mykje på det.",
     [("direct", "Kari Nordmann", "Vi gjer alt vi kan")]),
])
def test_split_quote_as_two_statements(raw: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(raw) == expected


# Round 3: a quotation paragraph with no dash or quote marks, attributed by the
# paragraph after it ("Det sier NN til avisa."); more verbs of reporting.
HEADLINE = "KS krever mer penger til skolen\n\n"

ROUND3: list[tuple[str, str, list[tuple[str, str, str]]]] = [
    ("det_sier_after_headline",
     HEADLINE + "Dette er ikke godt nok. Kommunene får mindre å rutte med enn i år.\n\n"
     "Det sier KS-leder Kari Nordmann til avisa etter møtet.",
     [("direct", "Kari Nordmann", "Dette er ikke godt nok. Kommunene får mindre å rutte med enn i år")]),
    ("nynorsk_det_seier_pronoun",
     OLSEN + "Kommunen har ikkje råd til fleire kutt\n\n"
     "Vi har allereie lagt ned to skular. Neste år blir det verre for elevane.\n\n"
     "Det seier han til NPK.",
     [("direct", "Per Olsen", "Vi har allereie lagt ned to skular. Neste år blir det verre for elevane")]),
    ("det_fortel_relative_clause",
     OLSEN + "Vi treng fleire lærarar i distrikta, og vi treng dei no.\n\n"
     "Det fortel Olsen, som meiner staten må betale for vidareutdanninga.",
     [("direct", "Per Olsen", "Vi treng fleire lærarar i distrikta, og vi treng dei no"),
      ("indirect", "Per Olsen", "staten må betale for vidareutdanninga")]),
    ("det_sa_stops_at_narrative",
     GRAM + "Ressurser\n\nI møtet tok KS også opp ordningen for ressurskrevende tjenester.\n\n"
     "Innslagspunktet må ikke økes mer enn lønnsveksten. Det er avgjørende for de små kommunene.\n\n"
     "Det sa Gram i møtet.",
     [("direct", "Bjørn Arild Gram", "Innslagspunktet må ikke økes mer enn lønnsveksten. Det er avgjørende for de små kommunene")]),
    ("det_sier_takes_first_person_paragraphs_before",
     GRAM + "Vi har kuttet i skolen allerede. Vi kan ikke kutte mer.\n\n"
     "Vi har også lagt ned sykehjemsplasser i flere kommuner.\n\n"
     "Det sier Gram.",
     [("direct", "Bjørn Arild Gram", "Vi har kuttet i skolen allerede. Vi kan ikke kutte mer"),
      ("direct", "Bjørn Arild Gram", "Vi har også lagt ned sykehjemsplasser i flere kommuner")]),
    ("sa_at_passive_content",
     GRAM + "Gram sa at tallene fra kommunene ble gjennomgått i møtet.",
     [("indirect", "Bjørn Arild Gram", "tallene fra kommunene ble gjennomgått i møtet")]),
    ("viste_til_noun_phrase",
     PINNERØD + "Pinnerød viste til situasjonen for de minste kommunene.",
     [("indirect", "Ida Pinnerød", "situasjonen for de minste kommunene")]),
    ("possessive_org_role_tok_opp",
     "KS' nestleder Ida Pinnerød tok opp situasjonen for deltidsbrannmannskapene.",
     [("indirect", "Ida Pinnerød", "situasjonen for deltidsbrannmannskapene")]),
    ("nynorsk_lofta_fram",
     OLSEN + "Olsen løfta fram behovet for betre vegar i distrikta.",
     [("indirect", "Per Olsen", "behovet for betre vegar i distrikta")]),
    ("nynorsk_fortalde_at",
     OLSEN + "Han fortalde at kommunen manglar lærarar i matematikk.",
     [("indirect", "Per Olsen", "kommunen manglar lærarar i matematikk")]),
    ("opplyste_at_title",
     "Statsråd Per Hansen møtte KS tirsdag.\n\n"
     "Statsråden opplyste at departementet arbeider med en ny modell for bosetting.",
     [("indirect", "Per Hansen", "departementet arbeider med en ny modell for bosetting")]),
    ("bekrefter_relative_apposition",
     "Statssekretær Kari Li, som ledet møtet, bekrefter at tallene ble gjennomgått.",
     [("indirect", "Kari Li", "tallene ble gjennomgått")]),
    ("nynorsk_viste_i_motet_til",
     OLSEN + "Han viste i møtet til at fleire av vegane manglar gul midtstripe.",
     [("indirect", "Per Olsen", "fleire av vegane manglar gul midtstripe")]),
]


@pytest.mark.parametrize("raw,expected", cases(ROUND3))
def test_round3_prose_quotes_and_reporting_verbs(raw: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(raw) == expected


ROUND3_NEGATIVE: list[tuple[str, str]] = [
    ("det_sier_seg_selv", GRAM + "Kommunene må få mer penger.\n\nDet sier seg selv."),
    ("det_sier_after_heading_only", "Overskrift om skolen\n\nDet sier KS-leder Kari Nordmann til avisa."),
    ("det_sier_organisation", "Kommunene må få mer penger til skolen neste år.\n\nDet sier KS i en uttalelse."),
    ("det_sier_after_list", "KS tok opp dette:\n\n- lærermangel\n- skolebygg\n\nDet sier KS-leder Kari Nordmann."),
]


@pytest.mark.parametrize("raw", [r for _, r in ROUND3_NEGATIVE], ids=[n for n, _ in ROUND3_NEGATIVE])
def test_round3_no_prose_quote(raw: str) -> None:
    assert [r for r in rows(raw) if r[0] == "direct"] == []


def test_round3_det_sier_after_attributed_quote_adds_nothing() -> None:
    raw = GRAM + "– Vi trenger flere lærere, sier Gram.\n\nDet sier Gram til avisa etter møtet."
    assert rows(raw) == [("direct", "Bjørn Arild Gram", "Vi trenger flere lærere")]


@pytest.mark.xfail(strict=True, reason="'Det seier ho' whose person is named only after it: pronouns resolve "
                                       "backwards only")
def test_round3_pronoun_named_later() -> None:
    raw = ("KS vil ha fleire lærarar\n\nVi treng fleire lærarar i distrikta no.\n\n"
           "Det seier ho til NPK. Kari Nordmann er leiar i KS.")
    assert rows(raw) == [("direct", "Kari Nordmann", "Vi treng fleire lærarar i distrikta no")]
