"""Golden tests for the demands extractor: small hand-written Norwegian texts."""
from __future__ import annotations

import pytest

from flows.extract.demands import extract_demands
from flows.model import Demand, Mention, Statement
from flows.normalise import normalise
from flows.segment import segment

from extract_kit import cases, document


def run(text: str, language: str = "nb", statements: tuple[Statement, ...] = ()) -> tuple[Demand, ...]:
    doc = document(text, language)
    return extract_demands(doc, segment(doc.text), statements)


def triples(demands: tuple[Demand, ...]) -> list[tuple[str, str | None, str]]:
    return [(d.claimant, d.addressee, d.text) for d in demands]


GOLDEN = [
    ("request_object", "KS ber regjeringen om å styrke finansieringen av legevakten.", "nb",
     [("KS", "regjeringen", "styrke finansieringen av legevakten")]),
    ("request_bare_infinitive", "KS ber staten se på reglene for bemanning i barnehagene.", "nb",
     [("KS", "staten", "se på reglene for bemanning i barnehagene")]),
    ("request_om_at_minister", "KS ba også om at Kjerkol setter av mer penger til sykehjem.", "nb",
     [("KS", "Helse- og omsorgsdepartementet", "Kjerkol setter av mer penger til sykehjem")]),
    ("request_nynorsk", "KS bad regjeringa om å auke tilskotet til busetting av flyktningar.", "nn",
     [("KS", "regjeringen", "auke tilskotet til busetting av flyktningar")]),
    ("etterlyse_two_claimants", "Både KS og Legeforeningen har lenge etterlyst eit betre samarbeid med staten om legevakta.",
     "nn", [("KS", "staten", "eit betre samarbeid med staten om legevakta"),
            ("Legeforeningen", "staten", "eit betre samarbeid med staten om legevakta")]),
    ("wish_noun_and_passive", "KS gjentok ønsket om raskere vaksinering og at Helsedirektoratet oppfordres til å gi klare råd.",
     "nb", [("KS", None, "raskere vaksinering"),
            ("KS", "Helsedirektoratet", "Helsedirektoratet oppfordres til å gi klare råd")]),
    ("position_modal_keeps_subject", "KS mener tilskuddet til omsorgsboliger må økes.", "nb",
     [("KS", None, "tilskuddet til omsorgsboliger må økes")]),
    ("two_positions", "KS mener fristen må utsettes, og at regelverket bør forenkles.", "nb",
     [("KS", None, "fristen må utsettes"), ("KS", None, "regelverket bør forenkles")]),
    ("need_clause", "Kommunene mener det er behov for flere fastleger i distriktene.", "nb",
     [("kommunene", None, "det er behov for flere fastleger i distriktene")]),
    ("savner_from", "KS savner en tydelig plan fra regjeringen for rekruttering.", "nb",
     [("KS", "regjeringen", "en tydelig plan fra regjeringen for rekruttering")]),
    ("quote_dash_attribution",
     "– Staten må ta regningen for reformen. Det haster å få på plass en ordning, sier styreleder i KS, Ola Nordmann.",
     "nb", [("KS", "staten", "Staten må ta regningen for reformen"), ("KS", None, "få på plass en ordning")]),
    ("quote_pronoun_request",
     "– Vi står i en krevende tid. Det ber vi regjeringen om å ha i mente, sier styreleder i KS, Ola Nordmann.",
     "nb", [("KS", "regjeringen", "Det ber vi regjeringen om å ha i mente")]),
    ("pointer_dette", "– Vi anbefaler at regjeringen lager en distriktspakke for leger. Dette må komme i tillegg til dagens "
     "ordning, sa styreleder i KS Kari Nordmann.", "nb",
     [("KS", "regjeringen", "regjeringen lager en distriktspakke for leger"),
      ("KS", "regjeringen", "Dette må komme i tillegg til dagens ordning")]),
    ("indirect_speech_tiltak", "Styreleder i KS, Ola Nordmann, var til stede. Nordmann viste til behovet for å dempe "
     "vaktbelastningen. Han nevnte at et tiltak kan være å endre kravene, samt finne nye løsninger for legevakt.", "nb",
     [("KS", None, "dempe vaktbelastningen"), ("KS", None, "endre kravene"), ("KS", None, "finne nye løsninger for legevakt")]),
    ("org_quote", "– Det er derfor behov for å se på ordningen med nye øyne, skriver Storbynettverket.", "nb",
     [("KS' storbynettverk", None, "Det er derfor behov for å se på ordningen med nye øyne")]),
    ("bullets_after_lead_in", "I uttalelsen ber storbyene regjeringen:\n\n• evaluere fastlegeordningen innen 2018 og fremme "
     "nye tiltak i statsbudsjettet.\n• om straks å starte arbeidet med finansieringen.", "nb",
     [("KS' storbynettverk", "regjeringen", "evaluere fastlegeordningen innen 2018"),
      ("KS' storbynettverk", "regjeringen", "fremme nye tiltak i statsbudsjettet"),
      ("KS' storbynettverk", "regjeringen", "straks å starte arbeidet med finansieringen")]),
    ("proposal_list", "LO Kommune mener det er flere tiltak statlige myndigheter kan gjøre.\n\nDette er noen av de "
     "foreslåtte tiltakene:\n\n– Økt testkapasitet i kommunene.\n\n– Sikre nok smittevernutstyr.", "nb",
     [("LO Kommune", "staten", "Økt testkapasitet i kommunene"), ("LO Kommune", "staten", "Sikre nok smittevernutstyr")]),
    ("decision2_matters", "Andre saker som ble diskutert med Helse- og omsorgsdepartementet var behovet for økt "
     "samstyring på e-helseområdet, utbygging av sykehjem og digitalisering.", "nb",
     [("KS", "Helse- og omsorgsdepartementet", "økt samstyring på e-helseområdet")]),
    ("nynorsk_quote_modal", "– Ei rekrutteringssatsing må stå øvst på agendaen, seier leiar i Legeforeningen, Kari Nordmann.",
     "nn", [("Legeforeningen", None, "Ei rekrutteringssatsing må stå øvst på agendaen")]),
    ("slides_lead_in", "# Helse i nord\n\nOla Nordmann, fylkesstyreleder KS Troms\n\n# Hva må skje?\n\nKommunen må ta "
     "ansvar for tjenestene. I dette ligger:\n\n- Sørge for en solid allmennlegetjeneste\n\nStikkord: Listelengde\n\n"
     "- Folkevalgte har et særskilt ansvar for å prioritere helse i budsjettet", "nb",
     [("KS Troms", "kommunene", "Kommunen må ta ansvar for tjenestene"),
      ("KS Troms", "kommunene", "Sørge for en solid allmennlegetjeneste"),
      ("KS Troms", "folkevalgte", "Folkevalgte har et særskilt ansvar for å prioritere helse i budsjettet")]),
]


GOLDEN += [
    # lead-ins that name only who must act: the items are the speaker's (or author's) demands to that actor
    ("actor_lead_in_bullets", "Fylkesleder i KS Vestland, Kari Nordmann, holdt innlegg på konferansen.\n\nStaten må:\n\n"
     "• øke tilskuddet til vedlikehold av skolebygg\n• forenkle rapporteringen fra kommunene\n\n"
     "Kommunene må samtidig:\n\n• prioritere vedlikehold av egne bygg", "nb",
     [("KS Vestland", "staten", "øke tilskuddet til vedlikehold av skolebygg"),
      ("KS Vestland", "staten", "forenkle rapporteringen fra kommunene"),
      ("KS Vestland", "kommunene", "prioritere vedlikehold av egne bygg")]),
    ("actor_lead_in_nynorsk", "Styreleiar i KS, Ola Nordmann, heldt innlegg.\n\nRegjeringa bør difor:\n\n"
     "• auke rammetilskotet til kommunane", "nn",
     [("KS", "regjeringen", "auke rammetilskotet til kommunane")]),
    # nynorsk "bad" (ba) as a lead-in, and "departementet" pointing to the ministry the text names
    ("bad_lead_in_nynorsk", "KS møtte Kunnskapsdepartementet.\n\nKS bad departementet mellom anna om å:\n\n"
     "- opne for fleire studieplassar i lærarutdanninga\n- forenkle rapporteringa frå skulane", "nn",
     [("KS", "Kunnskapsdepartementet", "opne for fleire studieplassar i lærarutdanninga"),
      ("KS", "Kunnskapsdepartementet", "forenkle rapporteringa frå skulane")]),
    # a lead-in line followed by item lines without markers, in one paragraph
    ("inline_items_without_markers", "KS anbefaler blant annet:\nat fristen utsettes ett år\n"
     "en egen tilskuddsordning for skolebygg\nat rapporteringskravene forenkles", "nb",
     [("KS", None, "at fristen utsettes ett år"), ("KS", None, "en egen tilskuddsordning for skolebygg"),
      ("KS", None, "at rapporteringskravene forenkles")]),
    # the one asked is dropped from the text; "departementet"/"statsråden" is the text's ministry
    ("request_departementet_til_aa", "KS møtte arbeids- og inkluderingsministeren. KS oppmodar departementet til å "
     "forenkle regelverket for introduksjonsprogrammet.", "nn",
     [("KS", "Arbeids- og inkluderingsdepartementet", "forenkle regelverket for introduksjonsprogrammet")]),
    ("request_statsraaden_bare", "KS møtte helse- og omsorgsministeren. Styreleder i KS, Ola Nordmann, ba statsråden "
     "vurdere en ny tilskuddsordning.", "nb",
     [("KS", "Helse- og omsorgsdepartementet", "vurdere en ny tilskuddsordning")]),
    # a purpose clause ("slik at ...") belongs to the demanded action
    ("modal_keeps_purpose", "KS mener tilskuddet må økes, slik at kommunene kan bygge flere sykehjem.", "nb",
     [("KS", None, "tilskuddet må økes, slik at kommunene kan bygge flere sykehjem")]),
    ("passive_keeps_purpose_nn", "Leiar i KS, Kari Nordmann, meiner at vaksenopplæringa må styrkjast, slik at "
     "fleire kjem i arbeid.", "nn",
     [("KS", None, "vaksenopplæringa må styrkjast, slik at fleire kjem i arbeid")]),
    # the speaker's own organisation is the claimant, not KS
    ("claimant_municipality", "Rådmann i Vik kommune, Per Hansen, deltok i møtet.\n\n– Det haster å få avklart "
     "finansieringen av skolebyggene, sier Hansen.", "nb",
     [("Vik kommune", None, "få avklart finansieringen av skolebyggene")]),
    ("claimant_union_previous_sentence", "Fagforbundet deltok ikke i møtet. Forbundsleder Per Hansen sier kommunene "
     "må sørge for hele stillinger.", "nb",
     [("Fagforbundet", "kommunene", "kommunene må sørge for hele stillinger")]),
    ("claimant_named_person_with_title", "Ordfører i Stryn kommune, Kari Nordmann, var til stede. Ordfører Kari "
     "Nordmann etterlyste en statlig pott for skredsikring.", "nb",
     [("Stryn kommune", None, "en statlig pott for skredsikring")]),  # an actor adjective on a measure names who
    # would pay, not who must act (decision 4: no addressee named)
    # "Organisasjonen" refers back to the organisation named before
    ("organisation_pointer", "KS er misfornøyd med budsjettet. Organisasjonen krever at Stortinget øker "
     "kommunenes frie inntekter.", "nb",
     [("KS", "Stortinget", "Stortinget øker kommunenes frie inntekter")]),
    ("organisation_pointer_nn", "KS er misnøgd med budsjettet. Organisasjonen krev at Stortinget aukar "
     "rammetilskotet.", "nn",
     [("KS", "Stortinget", "Stortinget aukar rammetilskotet")]),
    ("request_stortinget_sorge_for", "KS ber Stortinget sørge for at kommunenes frie inntekter økes.", "nb",
     [("KS", "Stortinget", "sørge for at kommunenes frie inntekter økes")]),
    # a second request verb coordinated with the first keeps the one asked
    ("coordinated_request_keeps_addressee", "KS oppfordrer regjeringen til å legge fram en plan, og ber samtidig "
     "om at kommunene får delta i arbeidet.", "nb",
     [("KS", "regjeringen", "legge fram en plan"), ("KS", "regjeringen", "kommunene får delta i arbeidet")]),
    # 'og at' after a position: only a clause with its own modal is a second demand
    ("position_fact_not_split", "KS mener staten må betale mer, og at ordningen ikke fungerer godt nok.", "nb",
     [("KS", "staten", "staten må betale mer")]),
    ("venter_at", "KS venter at staten kompenserer kommunene fullt ut.", "nb",
     [("KS", "staten", "staten kompenserer kommunene fullt ut")]),
]


GOLDEN += [
    # a wish lead-in ("Dette vil KS ha:") with items that are capitalised noun phrases
    ("wish_lead_in_noun_items", "KS møtte departementet.\n\nDette vil KS ha:\n\n- En egen tilskuddsordning for skolebygg\n"
     "- Rom for å prøve ut nye arbeidsformer uten å søke om unntak", "nb",
     [("KS", None, "En egen tilskuddsordning for skolebygg"),
      ("KS", None, "Rom for å prøve ut nye arbeidsformer uten å søke om unntak")]),
    ("wish_lead_in_noun_items_nn", "KS møtte departementet.\n\nDette vil KS ha:\n\n- Ei ny ordning for skulebygg\n"
     "- Ei nasjonal satsing på lærlingar i helsefaga", "nn",
     [("KS", None, "Ei ny ordning for skulebygg"), ("KS", None, "Ei nasjonal satsing på lærlingar i helsefaga")]),
    # decision 2: a list of matters as plain lines under a heading line; only "behov(et) for X" items
    ("matters_lines_without_markers", "KS møtte Kunnskapsdepartementet.\n\nAndre saker\nAndre saker KS tok opp i møtet:\n"
     "skoleskyss i distriktene\nbehovet for en enklere søknadsprosess for tilskudd\nbehovet for bedre digitale verktøy i "
     "skolen\nstortingsmeldingen om skolen", "nb",
     [("KS", "Kunnskapsdepartementet", "en enklere søknadsprosess for tilskudd"),
      ("KS", "Kunnskapsdepartementet", "bedre digitale verktøy i skolen")]),
    ("matters_sentence_two_needs_nn", "KS møtte Kunnskapsdepartementet. Andre saker KS tok opp, var behovet for ein enklare "
     "søknadsprosess, kompetanse i skulane og behovet for betre digitale verktøy.", "nn",
     [("KS", "Kunnskapsdepartementet", "ein enklare søknadsprosess"),
      ("KS", "Kunnskapsdepartementet", "betre digitale verktøy")]),
    # the speaker named after the content ("..., mener KS"); "kommunene" in the content is not the claimant,
    # and the ones who receive ("kommunene må få ...") are not the ones who must act
    ("postposed_claimant", "Kommunene må få dekket utgiftene til skoleskyss, mener KS.", "nb",
     [("KS", None, "Kommunene må få dekket utgiftene til skoleskyss")]),
    ("postposed_claimant_nn", "Kommunane må få dekt utgiftene til skuleskyss, meiner KS.", "nn",
     [("KS", None, "Kommunane må få dekt utgiftene til skuleskyss")]),
    ("postposed_org_quote", "«Staten må kompensere kommunene for lønnsoppgjøret», skriver KS i høringssvaret.", "nb",
     [("KS", "staten", "Staten må kompensere kommunene for lønnsoppgjøret")]),
    ("receiver_inverted", "– Skal vi lykkes, må kommunesektoren være med fra start, sa styreleder i KS, Kari Nordmann.", "nb",
     [("KS", None, "må kommunesektoren være med fra start")]),
    ("receiver_takes_part_acts", "KS mener kommunene må være med å dra lasset.", "nb",
     [("KS", "kommunene", "kommunene må være med å dra lasset")]),
    # a KS title compound refers to the county board speaker named before (decision 8)
    ("county_board_title", "Fylkesleder i KS Nordland, Kari Nordmann, holdt innlegg. Nordmann mener staten må betale mer. "
     "KS-fylkeslederen oppfordret også Stortinget til å øke rammene.", "nb",
     [("KS Nordland", "staten", "staten må betale mer"), ("KS Nordland", "Stortinget", "øke rammene")]),
    # a participant list: the organisation after "og" belongs to the next person
    ("participant_list_organisation", "Fra KS deltok styreleder Kari Nordmann og ordfører i Vik kommune, Per Hansen.\n\n"
     "– Staten må gi kommunene mer frihet, sa Nordmann.", "nb",
     [("KS", "staten", "Staten må gi kommunene mer frihet")]),
    # an actor's adjective in the subject ("Statlige innsigelser må ..."), the agent of a passive ("av staten")
    ("adjective_subject_addressee", "– Statlige innsigelser må brukes med varsomhet, sa styreleder i KS, Kari Nordmann.", "nb",
     [("KS", "staten", "Statlige innsigelser må brukes med varsomhet")]),
    ("adjective_subject_addressee_nn", "– Statlege motsegner må brukast med varsemd, sa styreleiar i KS, Kari Nordmann.", "nn",
     [("KS", "staten", "Statlege motsegner må brukast med varsemd")]),
    ("passive_agent_addressee", "KS mener at en utvidelse av ordningen må fullfinansieres av staten.", "nb",
     [("KS", "staten", "en utvidelse av ordningen må fullfinansieres av staten")]),
    # the subject's next statement ("og peikte på at ...") is not part of the action
    ("cut_at_coordinated_speech_nn", "Styreleiar i KS, Kari Nordmann, var til stades. Nordmann meiner staten må gi kommunane "
     "større fridom, og peikte på at rettleiarar fungerer som krav.", "nn",
     [("KS", "staten", "staten må gi kommunane større fridom")]),
]


@pytest.mark.parametrize("text,language,expected", cases(GOLDEN))
def test_golden(text: str, language: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert triples(run(text, language)) == expected


NEGATIVE = [
    ("article_voice_ma", "Dette er ikke en oppgave som kommunene bør løse hver for seg. Kommunene må samarbeide mer."),
    ("goal", "– Målet må være at pasientene får gode tjenester, sa styreleder i KS, Ola Nordmann."),
    ("government_plans", "Regjeringen foreslår å bevilge 75 millioner kroner. Regjeringen skal legge fram en melding."),
    ("someone_elses_proposal", "Et utvalg har nylig foreslått at ansvaret flyttes til staten."),
    ("heading", "Staten må ta fastlegeregningen\n\nKS møtte departementet i går."),
    ("agenda_topic", "Andre saker som ble drøftet var digitalisering av helsetjenester og tvangslovgivning."),
    ("relative_krever", "KS er bekymret for ordningen, som krever en-til-en bemanning."),
    ("minister_quote", "– Vi må sørge for at ordningen utvikler seg, sier helse- og omsorgsminister Bent Høie."),
    ("described_need", "– Dette er en gruppe som har et behov for tilpassede tilbud, sier styreleder i KS, Ola Nordmann."),
    ("slide_bullets_no_lead_in", "# A\n\n# B\n\nDet skal blant annet satses på;\n\n- Utvikle samarbeidet med sykehus"),
]


NEGATIVE += [
    # descriptions of a situation, not calls for action
    ("negated_evaluation", "– Det er ikke bærekraftig at kommunene må tære på fondene, sier styreleder i KS, Ola Nordmann."),
    ("negated_evaluation_nn", "– Det er ikkje berekraftig at kommunane må tære på fonda, seier styreleiar i KS, Ola Nordmann."),
    ("cannot_have_it_so", "«Vi kan ikke ha det slik at kommunene må velge mellom skole og eldreomsorg,» sa styreleder "
     "i KS, Ola Nordmann."),
    ("today_situation", "– I dag må kommunene søke om penger fra mange ulike ordninger, sier styreleder i KS, Ola Nordmann."),
    ("habitual_obligation", "– Vi må bygge tre nye skoler hvert år, sier styreleder i KS, Ola Nordmann."),
    ("habitual_obligation_nn", "– Kvart år må vi byggje nye skular, seier styreleiar i KS, Ola Nordmann."),
    ("expectation_not_request", "Mange kommuner venter underskudd i år, sier styreleder i KS, Ola Nordmann."),
    ("need_verb_without_object", "KS mener budsjettet ikke gir kommunene det handlingsrommet de trenger."),
    ("government_list", "Regjeringen foreslår blant annet:\n\n• å øke bevilgningen til veier\n• å kutte i støtten"),
    ("government_inline_list", "Regjeringen foreslår blant annet:\nå øke bevilgningen til veier\nå kutte i støtten"),
]


NEGATIVE += [
    # a modal in a temporal, conditional or relative clause describes a situation
    ("temporal_clause", "– Når en lege må dekke et stort vaktområde, går det ikke i lengden, sier styreleder i KS, Kari Nordmann."),
    ("temporal_clause_nn", "– Når ein veterinær må dekkje eit stort vaktområde, går det ikkje i lengda, seier styreleiar i KS, "
     "Kari Nordmann."),
    ("relative_der", "– Mange er i en situasjon der de må kutte i tjenestene, sier styreleder i KS, Kari Nordmann."),
    ("conditional_dersom", "– Dersom kommunene må kutte, rammer det skolen, sier styreleder i KS, Kari Nordmann."),
    # a comment on what is said or known, not a call for action
    ("rhetorical_modal", "– Men vi må være ærlige om at dette koster mye, sier styreleder i KS, Kari Nordmann."),
    ("rhetorical_modal_nn", "– Men me må vere ærlege om at dette kostar mykje, seier styreleiar i KS, Kari Nordmann."),
    # a list of matters with no "behov for" items holds agenda topics only
    ("matters_lines_topics_only", "KS møtte departementet.\n\nAndre saker KS tok opp i møtet:\nskoleskyss\n"
     "universell utforming\nstortingsmeldingen om skolen"),
]


@pytest.mark.parametrize("text", cases(NEGATIVE))
def test_not_demands(text: str) -> None:
    assert run(text) == ()


def test_statement_gives_quote_and_claimant() -> None:
    text = "Leder Kari Nordmann var fornøyd.\n\n– Regjeringen må sikre nok penger til ordningen, sa Nordmann."
    doc_text = normalise(text)
    start = doc_text.index("Regjeringen")
    end = doc_text.index(", sa")
    st = Statement(kind="direct", speaker=Mention("Kari Nordmann", "leder", "LO Kommune"), text=doc_text[start:end],
                   start=start, end=end, rule="test", block=1)
    (demand,) = run(text, statements=(st,))
    assert (demand.claimant, demand.addressee, demand.in_quote, demand.statement) == \
        ("LO Kommune", "regjeringen", True, (start, end))
    assert doc_text[demand.start:demand.end] == demand.text


def test_statement_of_minister_gives_no_claimant_demand() -> None:
    # never a claimant's demand; since round 15 a minister's quoted position that the municipalities must act is
    # the ministry's demand of them (annotated so in unseen3, unseen11 and unseen13)
    text = "– Kommunene må ta sin del av ansvaret, sa statsråden."
    doc_text = normalise(text)
    st = Statement(kind="direct", speaker=Mention("Bent Høie", "helse- og omsorgsminister", None),
                   text=doc_text[2:40], start=2, end=40, rule="test", block=0)
    assert [(d.claimant, d.addressee, d.rule) for d in run(text, statements=(st,))] == \
        [("Helse- og omsorgsdepartementet", "kommunene", "government:modal")]
    text = "– Vi må ta vår del av ansvaret, sa statsråden."
    doc_text = normalise(text)
    st = Statement(kind="direct", speaker=Mention("Bent Høie", "helse- og omsorgsminister", None),
                   text=doc_text[2:33], start=2, end=33, rule="test", block=0)
    assert run(text, statements=(st,)) == ()


def test_offsets_and_topic() -> None:
    text = "KS ber regjeringen om å øke kapasiteten i sikkerhetspsykiatrien."
    (demand,) = run(text)
    assert normalise(text)[demand.start:demand.end] == demand.text
    assert demand.topic == "psykisk_helse_rus" and demand.rule and not demand.in_quote


@pytest.mark.xfail(strict=True, reason="a demand continued in the next sentence of the article's voice is not linked")
def test_reported_demand_continues() -> None:
    text = "KS mener regjeringen har gjort for lite. Staten må derfor ta hele regningen."
    assert triples(run(text)) == [("KS", "staten", "Staten må derfor ta hele regningen")]


@pytest.mark.xfail(strict=True, reason="separable speech verbs around an inverted subject are not recognised")
def test_separable_speech_verb() -> None:
    text = "I innlegget trakk KS' styreleder frem at staten må betale mer."
    assert triples(run(text)) == [("KS", None, "staten må betale mer")]


@pytest.mark.xfail(strict=True, reason="a speaker introduced only by role in an earlier paragraph's quote is not linked "
                   "to the organisation named in the paragraph before that")
def test_organisation_two_paragraphs_back() -> None:
    text = ("Vik kommune har bosatt mange flyktninger.\n\nRådmannen var til stede.\n\n"
            "– Staten må ta regningen, sier rådmann Per Hansen.")
    assert triples(run(text)) == [("Vik kommune", "staten", "Staten må ta regningen")]


def test_attribution_after_closing_quote() -> None:
    text = "«Det trengs klare regler for hvem som betaler,» sa ordfører i Vik kommune, Per Hansen."
    doc_text = normalise(text)
    end = doc_text.index(" sa ")
    st = Statement(kind="direct", speaker=Mention("Per Hansen", "ordfører", None), text=doc_text[1:end],
                   start=1, end=end, rule="test", block=0)
    assert triples(run(text, statements=(st,))) == [("Vik kommune", None, "Det trengs klare regler for hvem som betaler")]


def test_document_attributed_quote_nn() -> None:
    """A quotation attributed to a document ('heiter det i innspelet') is the position of the organisation
    named before (decision 11; flows/extract/attributed.py)."""
    text = ("I innspelet KS la fram før møtet, er legevakta omtala. «Det hastar å få på plass ei ny finansiering av "
            "legevakt», heiter det i innspelet.")
    assert triples(run(text, "nn")) == [("KS", None, "få på plass ei ny finansiering av legevakt")]


def test_compound_actor_asked_nn() -> None:
    """A compound of an actor after a quantifier is the one asked (asked_parties.asked_group)."""
    text = "Styreleiar i KS, Kari Nordmann, oppmoda alle kystkommunane til å samarbeide tettare om areal."
    assert triples(run(text, "nn")) == [("KS", "kommunene", "samarbeide tettare om areal")]


# --- KS office holders, matters lists, cognitive modals, opinion pieces -------------------------

def _statement(doc_text: str, quote: str, speaker: Mention, kind: str = "direct") -> Statement:
    start = doc_text.index(quote)
    return Statement(kind=kind, speaker=speaker, text=quote, start=start, end=start + len(quote), rule="test", block=1)


def test_board_member_mayor_speaks_for_ks() -> None:
    text = ("Med seg hadde hun ordfører i Eidfjord, Per Hansen, som sitter i KS' styre.\n\n"
            "– Fristen må utsettes for små kommuner, sier Hansen.")
    doc_text = normalise(text)
    st = _statement(doc_text, "Fristen må utsettes for små kommuner", Mention("Per Hansen", "ordfører", "Eidfjord"))
    (demand,) = run(text, statements=(st,))
    assert (demand.claimant, demand.in_quote) == ("KS", True)


def test_county_board_leader_with_party_nn() -> None:
    text = ("Kari Lid (Sp) er leiar i KS Vestland og var med i delegasjonen frå KS.\n\n"
            "– Rassikringa må kome no, seier Lid.")
    doc_text = normalise(text)
    st = _statement(doc_text, "Rassikringa må kome no", Mention("Kari Lid", None, "Sp"))
    (demand,) = run(text, "nn", statements=(st,))
    assert demand.claimant == "KS Vestland"


def test_party_is_never_claimant() -> None:
    text = "Ordfører Kari Lid (Ap) var fornøyd.\n\n– Staten må betale mer, sier Lid."
    doc_text = normalise(text)
    st = _statement(doc_text, "Staten må betale mer", Mention("Kari Lid", "ordfører", "Ap"))
    (demand,) = run(text, statements=(st,))
    assert demand.claimant != "Ap"


def test_mayor_without_ks_office_keeps_municipality() -> None:
    text = "Ordfører i Bergen kommune, Per Hansen, var med.\n\n– Staten må betale mer, sier Hansen."
    doc_text = normalise(text)
    st = _statement(doc_text, "Staten må betale mer", Mention("Per Hansen", "ordfører", "Bergen kommune"))
    (demand,) = run(text, statements=(st,))
    assert demand.claimant == "Bergen kommune"


def test_matters_list_active_lead_in_goes_to_counterpart() -> None:
    text = ("KS møtte helseministeren til konsultasjonsmøte.\n\nDette tok KS opp i møtet:\n\n"
            "- behov for en styrket finansiering av legevakten\n- digitalisering i helsetjenesten\n"
            "- behovet for at kommunene får tilgang til pasientdata")
    got = triples(run(text))
    assert got == [("KS", "Helse- og omsorgsdepartementet", "en styrket finansiering av legevakten"),
                   ("KS", "Helse- og omsorgsdepartementet", "kommunene får tilgang til pasientdata")]


def test_matters_list_nynorsk() -> None:
    text = ("KS møtte kunnskapsministeren.\n\nDette tok KS opp i møtet:\n\n"
            "- behov for fleire studieplassar i lærarutdanninga\n- skulebygg")
    got = triples(run(text, "nn"))
    assert got == [("KS", "Kunnskapsdepartementet", "fleire studieplassar i lærarutdanninga")]


COGNITIVE = [
    ("must_know_nb", "– Skal vi planlegge godt, må vi vite hvor mange som kommer, sier KS-leder Kari Nordmann."),
    ("must_know_nn", "– Skal me planleggje godt, må me vite kor mange som kjem, seier KS-leiar Kari Nordmann."),
    ("need_described", "KS tok også opp at mange eldre har store behov for tannhelsetjenester."),
    ("subordinate_request", "KS meiner det er uheldig når andre departement foreslår nye krav."),
]


@pytest.mark.parametrize("name,text", COGNITIVE, ids=[n[0] for n in COGNITIVE])
def test_cognitive_and_described_needs_are_not_demands(name: str, text: str) -> None:
    assert run(text, "nn" if name.endswith("nn") else "nb") == ()


def test_must_get_to_know_is_a_demand() -> None:
    (demand,) = run("KS mener kommunene må få vite tallene tidligere.")
    assert demand.text == "kommunene må få vite tallene tidligere"


def test_opinion_piece_byline_nn() -> None:
    text = ("Kronikk: Meir tillit\n\nKari Lid, styreleiar i KS\n\nKvar haust kjem nye krav.\n\n"
            "Planar som ikkje gir verdi, bør fjernast. Regjeringa har lova ei reform. Då må ho også vise tillit til kommunane.")
    got = triples(run(text, "nn"))
    assert got == [("KS", None, "Planar som ikkje gir verdi, bør fjernast"),
                   ("KS", "regjeringen", "må ho også vise tillit til kommunane")]
    assert not any(d.in_quote for d in run(text, "nn"))


def test_news_without_byline_has_no_article_voice_demands() -> None:
    text = "Nye krav til kommunene\n\nKari Lid var på møtet.\n\nPlaner som ikke gir verdi, bør fjernes."
    assert run(text) == ()


# On the topic model's edge: stop 36's model (unseen24 in the training material) gave e_helse; passed again since
# unseen25 joined it (stop 37); stop 47's model (unseen36 and demset3 in the training material) gave okonomi; right
# again with stop 49's (unseen38 and demset5 in the training material); okonomi again with stop 50's (unseen39 and
# demset6 in the training material); right again from stop 53's to stop 59's; styring with stop 60's and stop 61's
# (unseen49 and demset15 in the training material); right again with stop 62's (unseen51 and demset17 in it);
# styring again with stop 63's (unseen52 and demset18 in it).
@pytest.mark.xfail(strict=True, reason="on the topic model's edge: stop 63's model (unseen52, demset18) gives styring")
def test_topic_from_article_subject_nn() -> None:
    """A demand whose topic only the article's subject gives: an xfail until stop 23's model (codebook hits read
    from the demand's paragraph, unseen11 in the training material) got it right, an xfail again with stop 29's
    model (e_helse), right again with stop 30's (unseen18 in the training material), an xfail again with stop 36's
    (unseen24), right from stop 37's to stop 46's, an xfail again with stop 47's (okonomi), right again with stop
    49's, an xfail again with stop 50's (okonomi), right again with stop 53's (unseen42 and demset8 in the
    training material). It is on the model's edge."""
    text = "Lærarkrava skaper uro.\n\n– Vi treng svar før skuleåret startar, seier KS-leiar Kari Lid."
    (demand,) = run(text, "nn")
    assert demand.topic == "personell"
