"""Golden tests for the statements extractor: small Norwegian texts written for
the tests (bokmål and nynorsk), one pattern each, plus negative cases."""
from __future__ import annotations

import pytest

from flows.extract.statements import extract_statements
from flows.model import Document, Statement
from flows.normalise import normalise
from flows.segment import segment


def run(raw: str, language: str = "nb") -> tuple[Statement, ...]:
    text = normalise(raw)
    doc = Document(doc_id="d", source_file="t.txt", sha256="", encoding="utf-8", text=text, language=language)
    return extract_statements(doc, segment(text))


def rows(raw: str) -> list[tuple[str, str, str]]:
    return [(s.kind, s.speaker.name, s.text.rstrip(".!?")) for s in run(raw)]


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
     [("direct", "Ida Pinnerød", "Vi mangler fastleger … Staten må ta et større ansvar for rekrutteringen")]),
    ("nynorsk_quote_split_by_attribution",
     OLSEN + "– Me manglar fastlegar, seier han. – Staten må ta eit større ansvar.",
     [("direct", "Per Olsen", "Me manglar fastlegar … Staten må ta eit større ansvar")]),
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


def test_split_quote_drops_the_attribution_and_spans_both_parts() -> None:
    raw = PINNERØD + "– Vi mangler fastleger, sa Pinnerød. – Staten må ta et større ansvar."
    text = normalise(raw)
    (statement,) = run(raw)
    assert statement.rule == "quote_split_by_attribution"
    first, second = statement.text.split(" … ")
    span = text[statement.start:statement.end]
    assert span.startswith(first) and span.endswith(second) and "sa Pinnerød" not in statement.text


def test_inline_quote_offsets() -> None:
    raw = PINNERØD + "Forslaget er «en kalddusj», sier Pinnerød."
    text = normalise(raw)
    (statement,) = run(raw)
    assert (statement.rule, text[statement.start:statement.end]) == ("inline_quote", "en kalddusj")


def test_rules_are_named() -> None:
    rules = {s.rule for s in run(POSITIVE[0][1])}
    assert rules == {"dash_quote_trailing_attribution"}


XFAIL: list[tuple[str, str, list[tuple[str, str, str]], str]] = [
    ("ifolge_reported", GRAM + "Ifølge Gram er situasjonen i kommunene svært krevende.",
     [("indirect", "Bjørn Arild Gram", "situasjonen i kommunene svært krevende")],
     "'ifølge NN' clauses are not read as indirect speech yet"),
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
