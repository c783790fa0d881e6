"""Demands by local leaders, addressees named inside the demanded phrase, and announced lists of
proposals (invented texts, bokmål and nynorsk, with negatives). Unit tests of home_body.py,
embedded_addressee.py and coordination.listed_parts, then the whole extractor."""
from __future__ import annotations

import pytest

from flows.extract.clauses import find_cues
from flows.extract.coordination import listed_parts
from flows.extract.embedded_addressee import embedded_addressee
from flows.extract.home_body import home_body, kind_of
from extract_kit import Row, cases, demands


HOMES = [
    ("role_and_place_before_name", "Med på møtet var ordfører i Nordby Kari Nordmann (Sp) og andre.",
     "ordfører", ["Kari Nordmann", "Nordmann"], "Nordby kommune"),
    ("name_then_role_and_place", "– Vi er lei, sier Kari Nordmann (Ap), ordfører i Øvre Dal.",
     "ordfører", ["Kari Nordmann", "Nordmann"], "Øvre Dal kommune"),
    ("definite_role_anywhere_nn", "Ordføraren i Fjellvik seier at dei er lei.\n\nOrdførar Per Hansen (Sp) var klar.",
     "ordførar", ["Per Hansen", "Hansen"], "Fjellvik kommune"),
    ("body_earlier_in_paragraph", "Sørvik kommune har brukt mye penger. Helse- og omsorgssjef Ola Berg er bekymret.",
     "helse- og omsorgssjef", ["Ola Berg", "Berg"], "Sørvik kommune"),
    ("place_opening_paragraph_nn", "I Austvik har kommunestyret vedteke kutt. Ordførar Per Hansen seier at det er hardt.",
     "ordførar", ["Per Hansen", "Hansen"], "Austvik kommune"),
    ("only_county_in_text", "Nordfylke fylkeskommune har sendt brev.\n\nFylkesordførar Per Hansen er ikkje nøgd.",
     "fylkesordførar", ["Per Hansen", "Hansen"], "Nordfylke fylkeskommune"),
]


@pytest.mark.parametrize("text,role,forms,expected", cases(HOMES))
def test_home_body_finds_the_local_leaders_place(text: str, role: str, forms: list[str], expected: str) -> None:
    at = min(text.find(f) for f in forms if f in text)
    assert home_body(text, role, forms, at) == expected


NO_HOME = [
    ("not_a_local_role", "Sørvik kommune har brukt mye penger. Forbundsleder Ola Berg er bekymret.",
     "forbundsleder", ["Ola Berg"]),
    ("no_place_given", "Ordfører Kari Nordmann (Sp) tok imot statsråden ved rådhuset.", "ordfører", ["Kari Nordmann"]),
    ("two_municipalities_elsewhere", "Nordby kommune og Sørvik kommune samarbeider.\n\nOrdfører Kari Nordmann er fornøyd.",
     "ordfører", ["Kari Nordmann"]),
]


@pytest.mark.parametrize("text,role,forms", cases(NO_HOME))
def test_home_body_none_without_a_local_role_or_a_place(text: str, role: str, forms: list[str]) -> None:
    assert home_body(text, role, forms, text.find(forms[0])) is None


def test_kind_of_roles() -> None:
    assert kind_of("ordfører") == "kommune" and kind_of("Fylkesordførar") == "fylkeskommune"
    assert kind_of("styreleder") is None and kind_of(None) is None


EMBEDDED = [
    ("clause_subject", "en ordning der staten dekker husleia når boligene står tomme", "staten"),
    ("clause_subject_nn", "ei ordning der staten tek meir av dei første utgiftene", "staten"),
    ("that_clause", "Nå trenger vi at staten stiller opp", "staten"),
    ("adjective_on_acting_head", "statlige etater tar inn flere lærlinger", "staten"),
    ("adjective_on_acting_head_nn", "dei statlege styresmaktene samordnar krava sine", "staten"),
    ("payer", "en egen pott for rassikring, finansiert over statsbudsjettet", "staten"),
    ("payer_named", "ein fast koordinator finansiert av regjeringa", "regjeringen"),
]


@pytest.mark.parametrize("text,expected", cases(EMBEDDED))
def test_embedded_addressee(text: str, expected: str) -> None:
    assert embedded_addressee(text) == expected


NOT_EMBEDDED = [
    # an actor's adjective on a measure says who would pay, not who must act (decision 4: no addressee named)
    ("adjective_on_measure", "et nytt statlig tilskudd til skolebygg"),
    ("adjective_on_measure_nn", "ei ny statleg ordning for ferjer"),
    ("adjective_on_measure_own_nb", "en egen statlig pott for rassikring av kommunale veier"),
    ("purpose_clause", "en nasjonal oversikt over skolebyggene, slik at Stortinget kan følge utviklingen"),
    ("adjective_after_preposition", "en samlet oversikt over hvilke statlige krav som gjelder"),
    ("municipalities_receive", "en ordning der kommunene får dekket utgiftene"),
    ("budget_as_place", "innslagspunktet i statsbudsjettet ikke må økes"),
    ("no_actor", "kortere ventetid i tjenesten"),
]


@pytest.mark.parametrize("text", cases(NOT_EMBEDDED))
def test_no_embedded_addressee(text: str) -> None:
    assert embedded_addressee(text) is None


LISTED = [
    ("three_members", "en ny tilskuddsordning, et eget fond for bygg og en prøveordning med felles tjeneste",
     ["en ny tilskuddsordning", "et eget fond for bygg", "en prøveordning med felles tjeneste"]),
    ("comparatives_nn", "kortare lister, betre rettleiing og ein stans i nye oppgåver",
     ["kortare lister", "betre rettleiing", "ein stans i nye oppgåver"]),
    ("one_member", "en ny ordning for skoler og barnehager", ["en ny ordning for skoler og barnehager"]),
]


@pytest.mark.parametrize("text,expected", cases(LISTED))
def test_listed_parts(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in listed_parts(text)] == expected


@pytest.mark.parametrize("text", [
    "Blant tiltakene vi har meldt inn før budsjettet er kortere lister og en stans i nye oppgaver.",
    "Blant tiltaka vi har spelt inn i vår er kortare lister og ein stans i nye oppgåver.",
])
def test_proposal_list_with_adverbial(text: str) -> None:
    assert [c.kind for c in find_cues(text)] == ["proposals"]


def test_proposal_list_needs_a_verb_of_proposing() -> None:
    assert [c.kind for c in find_cues("Blant tiltakene i fjor var en ny skole og en ny barnehage.")] == []


END_TO_END = [
    ("mayor_with_party_speaks_for_municipality",
     "Statsråden besøkte Nordby.\n\nI Nordby har kommunestyret kuttet i budsjettet. Ordfører Kari Nordmann (Sp) "
     "krever at staten dekker utgiftene etter flommen.", "nb",
     [("Nordby kommune", "staten", "staten dekker utgiftene etter flommen")]),
    ("county_mayor_nn",
     "Nordfylke fylkeskommune har sendt høyringsfråsegn.\n\nFylkesordførar Per Hansen (Ap) krev at staten "
     "dekkjer meirkostnadene for ferjene.", "nn",
     [("Nordfylke fylkeskommune", "staten", "staten dekkjer meirkostnadene for ferjene")]),
    ("mayor_on_ks_board_speaks_for_ks",
     "KS møtte regjeringen.\n\nOrdfører Kari Nordmann (H), ordfører i Nordby og medlem av KS' styre, krever at "
     "staten dekker lønnsveksten.", "nb",
     [("KS", "staten", "staten dekker lønnsveksten")]),
    ("announced_list_three_demands",
     "KS møtte statsråden.\n\n– Blant tiltakene vi har meldt inn før budsjettet er en ny tilskuddsordning, et eget "
     "fond for skolebygg og en prøveordning med felles tjeneste, sa styreleder Kari Nordmann i KS.", "nb",
     [("KS", None, "en ny tilskuddsordning"), ("KS", None, "et eget fond for skolebygg"),
      ("KS", None, "en prøveordning med felles tjeneste")]),
]


@pytest.mark.parametrize("raw,language,expected", cases(END_TO_END))
def test_local_claimants_and_lists_end_to_end(raw: str, language: str, expected: list[Row]) -> None:
    assert demands(raw, language) == expected


NO_ACTION = [
    ("negated_request_with_adverb_nn", "KS krev derimot ikkje nokon ny reform av inntektssystemet no."),
    ("negated_request_with_adverb", "KS krever likevel ikke en ny reform nå."),
    ("negated_need", "Vi trenger ikke flere utredninger."),
    ("negated_need_nn", "Vi treng ikkje fleire utgreiingar."),
    ("modal_lead_in_line", "Staten må:"),
    ("modal_lead_in_line_nn", "Kommunane må:"),
    ("question", "Er ikke dette et ansvar kommunene må ta selv?"),
    ("question_nn", "Er ikkje dette eit ansvar kommunane må ta sjølve?"),  # a why-not question ("Kvifor skal ikkje staten
    # betale?") asks the actor to act: a demand since round 34 (`why_not_question`, tests/test_round34.py)
    ("goal_in_quote", "– Målet må være at ingen ansatte skal måtte jobbe i tre deltidsstillinger, sa hun."),
    ("goal_in_quote_nn", "– Målet må vere at ingen tilsette skal måtte pendle mellom tre stillingar."),
]


@pytest.mark.parametrize("text", cases(NO_ACTION))
def test_cues_that_name_no_action(text: str) -> None:
    assert find_cues(text) == []


ACTION = [
    ("not_only_but_also", "Vi trenger ikke bare penger, men også flere folk.", "need_verb"),
    ("plain_modal", "Staten må betale regningen for flommen.", "modal"),
    ("request_not_negated", "KS krev derimot ei ny ordning for ferjene.", "request"),
    ("modal_then_colon_items", "Staten må betale dette: skolebygg og veier.", "modal"),
]


@pytest.mark.parametrize("text,kind", cases(ACTION))
def test_cues_that_name_an_action(text: str, kind: str) -> None:
    assert [c.kind for c in find_cues(text)] == [kind]


DANGLING_LEAD_INS = [
    ("request_om_aa_numbered",
     "Nordbyforeningen har sendt brev til Helse- og omsorgsdepartementet.\n\nI brevet ber Nordbyforeningen "
     "departementet om å\n\n1. øke tilskuddet til små kommuner\n2. innføre en ny ordning for vakt\n", "nb",
     [("Nordbyforeningen", "Helse- og omsorgsdepartementet", "øke tilskuddet til små kommuner"),
      ("Nordbyforeningen", "Helse- og omsorgsdepartementet", "innføre en ny ordning for vakt")]),
    ("proposal_at_dashes",
     "Forbundet har levert høringssvar.\n\nI høringssvaret foreslår Utdanningsforbundet blant annet at\n\n"
     "- staten dekker lønn under videreutdanning\n- det innføres en ny ordning for studielån\n", "nb",
     [("Utdanningsforbundet", "staten", "staten dekker lønn under videreutdanning"),
      ("Utdanningsforbundet", None, "det innføres en ny ordning for studielån")]),
    ("county_om_at_nn",
     "Fylkeskommunen har sendt fråsegn.\n\nI fråsegna ber Nordfylke fylkeskommune om at\n\n"
     "- staten dekkjer meirkostnadene for ferjene\n- fristen for tunnelane blir forlenga\n", "nn",
     [("Nordfylke fylkeskommune", "staten", "staten dekkjer meirkostnadene for ferjene"),
      ("Nordfylke fylkeskommune", None, "fristen for tunnelane blir forlenga")]),
]


@pytest.mark.parametrize("raw,language,expected", cases(DANGLING_LEAD_INS))
def test_lead_in_cut_before_its_items(raw: str, language: str, expected: list[Row]) -> None:
    assert demands(raw, language) == expected


def test_lead_in_without_request_gives_no_demands() -> None:
    raw = ("Rådmannen orienterte styret.\n\nHan fortalte at\n\n- kommunen har fått nye oppgaver\n"
           "- budsjettet er stramt\n")
    assert demands(raw) == []


OPINION = [
    ("two_line_byline_nn",
     "DEBATT\n\nStaten kan ikkje gå frå rekninga\n\nKari Nordmann\nordførar i Nordby (Sp) og fylkesleiar i KS Troms\n\n"
     "For det første må staten ta ein større del av kostnadene for barnevernet.", "nn",
     [("KS Troms", "staten", "For det første må staten ta ein større del av kostnadene for barnevernet")]),
    ("two_line_byline_nb",
     "Kronikk\n\nKommunene trenger forutsigbarhet\n\nKari Nordmann\nstyreleder i KS Troms\n\n"
     "Etter vår mening må staten dekke hele lønnsveksten.", "nb",
     [("KS Troms", "staten", "Etter vår mening må staten dekke hele lønnsveksten")]),
]


@pytest.mark.parametrize("raw,language,expected", cases(OPINION))
def test_opinion_piece_with_two_line_byline(raw: str, language: str, expected: list[Row]) -> None:
    assert demands(raw, language) == expected


def test_two_line_name_and_role_without_opinion_marker_gives_no_voice() -> None:
    raw = ("Nytt om budsjettet\n\nKari Nordmann\nstyreleder i KS Troms\n\n"
           "Etter mange år må kommunen betale mer for skolebygg.")
    assert demands(raw) == []


def test_request_for_announced_things_is_no_demand() -> None:
    assert find_cues("KS Troms har drøfta saka, og vi ber regjeringa om tre ting:") == []
    assert [c.kind for c in find_cues("Vi ber regjeringa om tre ting før sommaren.")] == ["request"]


ATTRIBUTED = [
    ("according_to_ks", "Forslaget er sendt på høring.\n\nIfølge KS må merkostnadene beregnes før forslaget behandles.",
     "nb", [("KS", None, "merkostnadene beregnes før forslaget behandles")]),
    ("according_to_county_nn", "Saka er på høyring.\n\nIfølgje Nordfylke fylkeskommune må staten dekkje kostnadene ved ferjene.",
     "nn", [("Nordfylke fylkeskommune", "staten", "staten dekkje kostnadene ved ferjene")]),
    ("document_formula_nn", "Nordfylke fylkeskommune har sendt fråsegn om transportplanen.\n\n"
     "Regjeringa må sjå på korleis kostnadene for skuleskyss kan delast, heiter det i fråsegna.", "nn",
     [("Nordfylke fylkeskommune", "regjeringen", "Regjeringa må sjå på korleis kostnadene for skuleskyss kan delast")]),
]


@pytest.mark.parametrize("raw,language,expected", cases(ATTRIBUTED))
def test_positions_attributed_to_an_organisation(raw: str, language: str, expected: list[Row]) -> None:
    got = demands(raw, language)
    assert [(c, a) for c, a, _ in got] == [(c, a) for c, a, _ in expected]
    assert all(e.casefold() in g.casefold() or g.casefold() in e.casefold() for (_, _, g), (_, _, e) in zip(got, expected))


@pytest.mark.parametrize("raw", [
    "Ifølge avisen må mange kommuner kutte i tilbudet.",  # a newspaper reports, no organisation's position
    "Det må staten betale, heter det i artikkelen.",  # no organisation named before the document
])
def test_no_attributed_voice(raw: str) -> None:
    assert demands(raw) == []


def test_paragraph_quoted_from_an_organisations_letter() -> None:
    raw = ("KS har sendt brev til departementet.\n\nDette skriver KS i brevet:\n\n«Ansvaret kan ikke legges på "
           "kommunene alene. Staten må bidra med en fast finansiering av vannverkene.»")
    assert demands(raw) == [("KS", "staten", "Staten må bidra med en fast finansiering av vannverkene")]


def test_quoted_paragraph_after_a_lead_in_without_saying_is_not_attributed() -> None:
    raw = "Saker på møtet:\n\n«Staten må bidra med en fast finansiering av vannverkene.»"
    assert demands(raw) == []
