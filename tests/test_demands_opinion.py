"""Demands in opinion pieces, resolutions and union lists (invented texts, each rule with negatives):
the author's own requests with the subject after the verb ("For det første krev vi at ..."), the
author's paragraphs after a quotation of someone else, coordinated "og om å" requests, a text cut off
mid-sentence, urging that names no action, the municipalities as holders ("Kommunene må ha ..."),
councils that speak for their county or municipality, an organisation asked by another ("Delta ber
KS om å:"), a person asked by name, and the names of organisations and of those who attend. The whole
extractor runs, with the language layer."""
from __future__ import annotations

import pytest

from extract_kit import Row, cases, demands
from extract_kit import result as _result

DEBATE_HEAD = ("DEBATT\n\nStaten må lite meir på kommunane\n\nKari Nordmann\nfylkesstyreleiar i KS Nordland\n\n"
               "Dette er eit debattinnlegg. Innlegget gir uttrykk for skribenten sine meiningar.\n\n")
QUOTED_MINISTER = ("Kommunalminister Per Olsen sa dette på ein konferanse i fjor:\n\n"
                   "«Vi skal stole meir på kommunane og styre mindre.»\n\n")


OPINION = [
    ("ordinal_inverted_request_nn",
     DEBATE_HEAD + "Tilskota er for mange og for små.\n\nFor det første krev vi at regjeringa slår saman "
     "tilskota til skulebygg.\n", "nn",
     [("KS Nordland", "regjeringen", "regjeringa slår saman tilskota til skulebygg")]),
    ("fronted_adverb_request_nn",
     DEBATE_HEAD + "Tilskota er for mange.\n\nDifor ber vi regjeringa om å auke rammetilskotet til kommunane.\n",
     "nn", [("KS Nordland", "regjeringen", "auke rammetilskotet til kommunane")]),
    ("own_paragraph_after_a_quoted_minister_nn",
     DEBATE_HEAD + QUOTED_MINISTER + "Vi tek han på ordet. Difor krev vi at regjeringa trekkjer forslaget om "
     "ei ny norm for skulane.\n", "nn",
     [("KS Nordland", "regjeringen", "regjeringa trekkjer forslaget om ei ny norm for skulane")]),
    ("two_infinitives_after_om_a_nn",
     DEBATE_HEAD + "Vi ber difor regjeringa om å slå saman dei små ordningane til rammetilskotet, og om å gi "
     "kommunane ein felles portal for søknadene.\n", "nn",
     [("KS Nordland", "regjeringen", "slå saman dei små ordningane til rammetilskotet"),
      ("KS Nordland", "regjeringen", "gi kommunane ein felles portal for søknadene")]),
]

NOT_OPINION = [
    ("question_with_inverted_subject_nn", DEBATE_HEAD + "Krev vi for mykje av staten?\n", "nn"),
    ("text_cut_off_after_the_modal_nn", DEBATE_HEAD + "Kommunane står klare til å ta ansvar. Men då må vi òg få",
     "nn"),
    ("someone_else_asks_us_nn", DEBATE_HEAD + "Difor ber dei oss om å vente på ei ny utgreiing.\n", "nn"),
    ("minister_quoted_in_news_keeps_his_words_nn",
     "Statsråden vitja Nordby\n\n" + QUOTED_MINISTER.replace("sa dette", "sa dette til avisa") +
     "– Vi må få ned talet på tilskot, sa Olsen.\n", "nn"),
]


@pytest.mark.parametrize("raw,language,expected", cases(OPINION))
def test_opinion_piece_demands(raw: str, language: str, expected: list[Row]) -> None:
    assert demands(raw, language) == expected


@pytest.mark.parametrize("raw,language", cases(NOT_OPINION))
def test_opinion_piece_no_demand(raw: str, language: str) -> None:
    assert demands(raw, language) == []


def test_author_paragraph_after_a_quotation_is_no_statement_of_the_quoted() -> None:
    doc = _result(DEBATE_HEAD + QUOTED_MINISTER + "Vi tek han på ordet. Difor krev vi at regjeringa trekkjer "
                  "forslaget om ei ny norm for skulane.\n", "nn")
    assert [s.text for s in doc.statements if s.kind == "direct"] == [
        "Vi skal stole meir på kommunane og styre mindre."]


URGING = [
    ("more_than_words", "– Nå må det bli mer enn fine ord, sier styreleder i KS, Per Hansen."),
    ("something_must_happen", "– Det må skje noe nå, sier styreleder i KS, Per Hansen."),
    ("action_not_meetings_nn", "– No må det kome handling, ikkje fleire møte, seier styreleiar i KS, Kari Dal."),
]

URGING_WITH_AN_ACTION = [
    ("something_with_a_thing", "– Det må skje noe med finansieringen av legevakten, sier styreleder i KS, Per Hansen.",
     [("KS", None, "Det må skje noe med finansieringen av legevakten")]),
    ("done_with_a_thing", "– Det må gjøres noe med vaktbelastningen i distriktene, sier styreleder i KS, Per Hansen.",
     [("KS", None, "Det må gjøres noe med vaktbelastningen i distriktene")]),
]


@pytest.mark.parametrize("name,raw", URGING, ids=[u[0] for u in URGING])
def test_urging_without_an_action_is_no_demand(name: str, raw: str) -> None:
    assert demands(raw, "nn" if name.endswith("_nn") else "nb") == []


@pytest.mark.parametrize("raw,expected", cases(URGING_WITH_AN_ACTION))
def test_urging_with_an_action_is_a_demand(raw: str, expected: list[Row]) -> None:
    assert demands(raw) == expected


HOLDERS = [
    ("municipalities_hold", "KS mener kommunene må ha handlingsrom til å organisere turnusen selv.", "nb",
     [("KS", None, "kommunene må ha handlingsrom til å organisere turnusen selv")]),
    ("municipalities_passive_nn", "KS meiner kommunane må kompenserast fullt ut for lønsveksten.", "nn",
     [("KS", None, "kommunane må kompenserast fullt ut for lønsveksten")]),
    ("municipalities_themselves_receive_nn", "KS meiner kommunane må sjølve få avgjere korleis dei organiserer "
     "tenestene.", "nn", [("KS", None, "kommunane må sjølve få avgjere korleis dei organiserer tenestene")]),
    ("municipalities_act", "Spekter mener kommunene må bygge ut kapasiteten i sykehjemmene.", "nb",
     [("Spekter", "kommunene", "kommunene må bygge ut kapasiteten i sykehjemmene")]),
    ("state_holds_and_acts", "KS mener staten må ha en plan for beredskapslagrene.", "nb",
     [("KS", "staten", "staten må ha en plan for beredskapslagrene")]),
]


@pytest.mark.parametrize("raw,language,expected", cases(HOLDERS))
def test_municipalities_as_holders_are_not_asked(raw: str, language: str, expected: list[Row]) -> None:
    assert demands(raw, language) == expected


COUNCIL = ("Fylkestinget krev meir til vegane\n\nFylkestinget i Nordland vedtok ei fråsegn førre veke. "
           "I fråsegna krev fylkestinget at staten aukar tilskotet til rassikring.\n")


def test_bare_council_is_the_council_the_text_names_with_its_place_nn() -> None:
    assert demands(COUNCIL, "nn") == [("Fylkestinget i Nordland", "staten", "staten aukar tilskotet til rassikring")]


def test_bare_county_council_takes_the_one_county_named_nn() -> None:
    raw = ("Krav frå fylket\n\nFylkestinget vedtok ei fråsegn om helsefag. Helse Nordland har kutta talet på "
           "lærlingar.\n\nI fråsegna krev fylkestinget at staten finansierer fleire lærlingplassar.\n")
    assert demands(raw, "nn") == [("Nordland fylkeskommune", "staten", "staten finansierer fleire lærlingplassar")]


def test_bare_municipal_council_speaks_for_its_municipality_nn() -> None:
    raw = ("NORDBY: Kommunestyret møttest i går.\n\nKommunestyret krev at staten tek ein større del av kostnadene "
           "ved legevakta i Nordby.\n")
    assert demands(raw, "nn") == [("Nordby kommune", "staten",
                                   "staten tek ein større del av kostnadene ved legevakta i Nordby")]


def test_municipal_council_named_with_its_place_is_its_municipality_nn() -> None:
    # round 13: a municipal council speaks for its municipality (home_councils; the annotated texts of two sets
    # write "X kommune", none "Kommunestyret i X"); a county council keeps its name (council_placed_with_i_nn)
    raw = "Kommunestyret i Nordby krev at staten tek ein større del av kostnadene ved legevakta.\n"
    assert [d[0] for d in demands(raw, "nn")] == ["Nordby kommune"]


def test_regional_council_keeps_its_own_name_nn() -> None:
    raw = "Regionrådet krev at staten tek over ein større del av finansieringa av legevakta.\n"
    assert [d[0].casefold() for d in demands(raw, "nn")] == ["regionrådet"]


UNION_LIST = ("Delta til møte med KS\n\nDelta ber KS om å:\n\n"
              "• gi alle deltidsansatte rett til å øke stillingen før nye stillinger lyses ut\n"
              "• sørge for at lærlinger får tilbud om fast stilling etter fagbrevet\n\n"
              "Av regjeringen forventer Delta at det kommer en egen tilskuddsordning for nye turnuser.\n")


def test_organisation_asked_in_a_lead_in_reaches_each_bullet() -> None:
    assert demands(UNION_LIST) == [
        ("Delta", "KS", "gi alle deltidsansatte rett til å øke stillingen før nye stillinger lyses ut"),
        ("Delta", "KS", "sørge for at lærlinger får tilbud om fast stilling etter fagbrevet"),
        ("Delta", "regjeringen", "det kommer en egen tilskuddsordning for nye turnuser")]


ASKED = [
    ("union_asks_ks", "Fagforbundet oppfordrer KS til å gi alle ansatte rett til heltid.", "nb",
     [("Fagforbundet", "KS", "gi alle ansatte rett til heltid")]),
    ("inverted_ks_asks", "Derfor ber KS om at staten dekker hele lønnsoppgjøret.", "nb",
     [("KS", "staten", "staten dekker hele lønnsoppgjøret")]),
    ("minister_asked_by_name_nn",
     "Helseminister Per Olsen vitja Nordby.\n\nOrdførar i Nordby Kari Dal bad Olsen om å auke investeringstilskotet "
     "til sjukeheimar.\n", "nn",
     [("Nordby kommune", "Helse- og omsorgsdepartementet", "auke investeringstilskotet til sjukeheimar")]),
    ("person_asked_by_name_no_minister",
     "Styreleder i KS Per Hansen deltok.\n\nFagforbundet ba Hansen om å gi alle ansatte rett til heltid.\n", "nb",
     [("Fagforbundet", None, "gi alle ansatte rett til heltid")]),
]


@pytest.mark.parametrize("raw,language,expected", cases(ASKED))
def test_the_one_asked(raw: str, language: str, expected: list[Row]) -> None:
    assert demands(raw, language) == expected


def test_indirect_question_asks_for_nothing() -> None:
    assert demands("Forbundslederen er tydelig på hva hun vil ha ut av møtet med statsråden.") == []


def test_dash_quotation_after_a_wish_lead_in_is_no_list() -> None:
    raw = ("Fra Delta møter forbundsleder Kari Dal og nestleder Per Hansen, mens KS stiller med direktør Ola Berg.\n\n"
           "Forbundslederen er tydelig på hva hun vil ha ut av møtet:\n\n"
           "- Regjeringen må sette et nasjonalt mål for andelen heltidsansatte i omsorgen, sier Dal.\n")
    assert demands(raw) == [("Delta", "regjeringen",
                             "Regjeringen må sette et nasjonalt mål for andelen heltidsansatte i omsorgen")]


NAMES = [
    ("full_name_of_a_union_nn",
     "Rundt bordet sat forbundsleiar Kari Dal i Norsk Sykepleierforbund og styreleiar Per Hansen i KS.\n\n"
     "– No må regjeringa ta grep om lønna, seier Dal.\n", "nn",
     [("Norsk Sykepleierforbund", "regjeringen", "No må regjeringa ta grep om lønna")]),
    ("municipal_head_of_a_field_nn",
     "NORDBY: Statsråden kom på besøk i går.\n\nKommunalsjef for helse og omsorg, Kari Dal, tok imot.\n\n"
     "– Vi treng fleire sjukepleiarar med vidareutdanning i Nordby, sa Dal.\n", "nn",
     [("Nordby kommune", None, "Vi treng fleire sjukepleiarar med vidareutdanning i Nordby")]),
]


@pytest.mark.parametrize("raw,language,expected", cases(NAMES))
def test_claimant_names(raw: str, language: str, expected: list[Row]) -> None:
    assert demands(raw, language) == expected


def test_a_proposal_is_no_claimant() -> None:
    raw = ("Forslaget innebærer at kommunene må få et klarere ansvar for legevakten. Legeforeningen støtter "
           "ikke forslaget.\n")
    assert all(d[0] != "Forslaget" for d in demands(raw))


REPORTED = [
    ("concern_that_may_ask", "KS er opptatt av at barn med store behov ikke blir kasteballer mellom tjenestene.", "nb",
     [("KS", None, "barn med store behov ikke blir kasteballer mellom tjenestene")]),
    ("cleft_of_a_need", "– Det som trengs, er at staten fjerner hindringene i regelverket, sa styreleder i KS, Per Hansen.",
     "nb", [("KS", "staten", "Det som trengs, er at staten fjerner hindringene i regelverket")]),
    ("document_formula_fronted",
     "KS er kritisk til modellen.\n\nI høringssvaret heter det at det er behov for en plan for basistilskuddet.", "nb",
     [("KS", None, "det er behov for en plan for basistilskuddet")]),
    ("document_formula_pointing_back",
     "Nordby kommune møtte statsråden. Kommunen la fram et notat. Der heter det at staten bør øke tilskuddet til "
     "skolebygg.", "nb", [("Nordby kommune", "staten", "staten bør øke tilskuddet til skolebygg")]),
    ("document_formula_with_modifier_nn",
     "Fylkesstyret i KS Nordland vedtok ei fråsegn om ferjene.\n\nI fråsegna frå vårmøtet heiter det at staten "
     "må dekkje heile auken i ferjekostnadene.", "nn",
     [("KS Nordland", "staten", "staten må dekkje heile auken i ferjekostnadene")]),
    ("document_formula_after_relative_clause",
     "Pasientforeningen møtte statsråden. I brevet som ble sendt før møtet, heter det blant annet at regjeringen "
     "må sikre retten til å bytte lege.", "nb",
     [("Pasientforeningen", "regjeringen", "regjeringen må sikre retten til å bytte lege")]),
    ("document_formula_going_on_nn",
     "KS Nordland vedtok ei fråsegn. Vidare heiter det i fråsegna at Stortinget må sikre pengar til nye oppgåver.",
     "nn", [("KS Nordland", "Stortinget", "Stortinget må sikre pengar til nye oppgåver")]),
    ("relative_on_a_hearing_response",
     "Også Pasientforeningen har sendt inn høringssvar, der de ber om at retten til å bytte lege ikke svekkes.", "nb",
     [("Pasientforeningen", None, "retten til å bytte lege ikke svekkes")]),
    ("short_condition_before_the_modal",
     "– Når staten vedtar nye rettigheter, må finansieringen følge med, sa styreleder i KS, Per Hansen.", "nb",
     [("KS", "staten", "Når staten vedtar nye rettigheter, må finansieringen følge med")]),  # round 13: the
    # condition's subject acts when the main clause names nobody (resolve.condition_actor; two annotated sets)
    ("comparison_inside_a_condition",
     "– Når én bruker koster like mye som hele skolen, må staten bære risikoen, sa styreleder i KS, Per Hansen.", "nb",
     [("KS", "staten", "må staten bære risikoen")]),  # a long condition is the circumstance, not the demand
    ("condition_of_a_rule_nn",
     "«Kvar gong ei oppgåve blir flytta ut frå sjukehuset, må finansieringa følgje med», sa styreleiar i KS, Kari Dal.",
     "nn", [("KS", None, "Kvar gong ei oppgåve blir flytta ut frå sjukehuset, må finansieringa følgje med")]),
]

NOT_REPORTED = [
    ("formula_of_a_law_no_document", "KS møtte statsråden. I loven heter det at kommunene må ha en kriseplan."),
    ("pointer_with_no_formula", "KS møtte statsråden. Der sa han at kommunene må ha en kriseplan."),
    ("alone_is_not_enough", "Lederen i Fagforbundet var opptatt av at lønn alene ikke løser mangelen på folk."),
    ("conceding_the_other_side", "– Jeg forstår at statsråden må prioritere, sier styreleder i KS, Per Hansen."),
]


@pytest.mark.parametrize("raw,language,expected", cases(REPORTED))
def test_reported_demands(raw: str, language: str, expected: list[Row]) -> None:
    assert demands(raw, language) == expected


@pytest.mark.parametrize("raw", cases(NOT_REPORTED))
def test_reported_no_demand(raw: str) -> None:
    assert demands(raw) == []
