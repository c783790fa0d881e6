"""Demands in long narrative reported speech (issue 7): lists announced inside a sentence by a noun
and a colon, lists of noun phrases after a request verb, "vil at" wishes, a need clause coordinated
under "mener", a request made "overfor" someone, questions, local leaders placed by a compound role
or a dateline. Invented texts, bokmål and nynorsk, with negatives."""
from __future__ import annotations

import pytest

from flows.extract.announced_lists import announced_list
from flows.extract.clauses import find_cues
from flows.extract.home_body import home_body
from extract_kit import Row, cases, demands


def members(sentence: str) -> list[str]:
    found = announced_list(sentence)
    return [] if found is None else [sentence[a:b] for a, b in found[2]]


ANNOUNCED = [
    ("count_and_owner_nb", "Hun la fram fire krav fra foreningen: en ny tilskuddsordning for skolebygg, "
     "flere lærerstillinger i distriktene, bedre veiledning av nyutdannede og et løft for skolehelsetjenesten.",
     ["en ny tilskuddsordning for skolebygg", "flere lærerstillinger i distriktene",
      "bedre veiledning av nyutdannede", "et løft for skolehelsetjenesten"]),
    ("genitive_superlative_clauses_nb", "Han presenterte forbundets viktigste forslag: en egen pott til vedlikehold, "
     "flere stillinger for renholdere, og at staten dekker merutgiftene til nye krav.",
     ["en egen pott til vedlikehold", "flere stillinger for renholdere", "staten dekker merutgiftene til nye krav"]),
    ("count_last_og_without_opener_nn", "Styret vedtok ei fråsegn med tre konkrete forslag: auka "
     "rammetilskot til små kommunar, statleg finansiering av brannvesenet og fagleg rettleiing frå fylket.",
     ["auka rammetilskot til små kommunar", "statleg finansiering av brannvesenet",
      "fagleg rettleiing frå fylket"]),
    ("continuation_stays_with_member_nn", "Laget sende eit brev med tre ønske: ei eiga ordning for ferjer, slik at "
     "øyane får eit tilbod, at kommunane blir høyrde før endringar, og at ruteplanen blir vurdert på nytt.",
     ["ei eiga ordning for ferjer, slik at øyane får eit tilbod", "kommunane blir høyrde før endringar",
      "ruteplanen blir vurdert på nytt"]),
]


@pytest.mark.parametrize("sentence,expected", cases(ANNOUNCED))
def test_announced_list_members(sentence: str, expected: list[str]) -> None:
    assert members(sentence) == expected


NOT_ANNOUNCED = [
    ("government_list_nb", "Regjeringens tre forslag: mer penger, færre krav og nye regler."),
    ("ministers_list_nn", "Statsrådens viktigaste forslag: meir pengar, færre krav og nye reglar."),
    ("no_announcer_nb", "Kommunene har fått nye krav: rapportering, tilsyn og kontroll av alle tjenester."),
    ("lead_in_line_only_nn", "Fylkesstyret har tre krav:"),
    ("one_member_nb", "Forbundet har ett krav: mer penger til skolene."),
]


@pytest.mark.parametrize("sentence", cases(NOT_ANNOUNCED))
def test_no_announced_list(sentence: str) -> None:
    assert members(sentence) == []


def test_announced_list_takes_the_letters_recipient_and_stops_the_request_before_it() -> None:
    sentence = ("KS Agder har bedt regjeringen om en gjennomgang av skyssordningen, og sendte et brev til "
                "Kunnskapsdepartementet med tre konkrete ønsker: en egen pott til skyss, at kommunene blir hørt "
                "før endringer, og at satsene blir vurdert på nytt.")
    cues = [(c.rule, sentence[c.start:c.end], c.addressee) for c in find_cues(sentence)]
    assert cues == [
        ("request_verb", "en gjennomgang av skyssordningen", "regjeringen"),
        ("announced_list", "en egen pott til skyss", "Kunnskapsdepartementet"),
        ("announced_list", "kommunene blir hørt før endringer", "Kunnskapsdepartementet"),
        ("announced_list", "satsene blir vurdert på nytt", "Kunnskapsdepartementet"),
    ]


WISHES = [
    ("vil_at_nb", "Forbundet vil at staten skal betale for etterutdanningen av lærerne.",
     "staten skal betale for etterutdanningen av lærerne"),
    ("vil_ogsa_at_nn", "Laget vil også at departementet greier ut konsekvensane for små kommunar.",
     "departementet greier ut konsekvensane for små kommunar"),
    ("ville_at_nb", "Hun ville at kommunene skulle slippe den nye rapporteringen.",
     "kommunene skulle slippe den nye rapporteringen"),
]


@pytest.mark.parametrize("sentence,expected", cases(WISHES))
def test_vil_at_is_a_request(sentence: str, expected: str) -> None:
    assert [(c.rule, sentence[c.start:c.end]) for c in find_cues(sentence)] == [("request_verb", expected)]


NOT_WISHES = [
    ("vil_si_at_nb", "Det vil si at kommunene betaler selv for kurset."),
    ("question_nb", "Hva er det dere vil at staten skal gjøre med saken?"),
    ("question_request_nn", "Kva krev de eigentleg av departementet i denne saka?"),
]


@pytest.mark.parametrize("sentence", cases(NOT_WISHES))
def test_no_request_in_a_question_or_vil_si(sentence: str) -> None:
    assert [c for c in find_cues(sentence) if c.kind == "request"] == []


def test_an_announced_list_in_reported_speech_gives_one_demand_per_member() -> None:
    raw = ("Skolemøte i Nordby\n\nForbundsleder Kari Nordmann i Utdanningsforbundet sa at skolene sliter. "
           "Hun la fram tre krav fra forbundet: en ny tilskuddsordning for skolebygg, flere lærerstillinger i "
           "distriktene og et løft for skolehelsetjenesten.\n")
    assert demands(raw) == [
        ("Utdanningsforbundet", None, "en ny tilskuddsordning for skolebygg"),
        ("Utdanningsforbundet", None, "flere lærerstillinger i distriktene"),
        ("Utdanningsforbundet", None, "et løft for skolehelsetjenesten"),
    ]


def test_a_list_of_noun_phrases_after_a_request_verb_is_split_and_overfor_names_the_one_asked() -> None:
    raw = ("Ministerbesøk\n\nStyreleder Kari Nordmann i KS Agder møtte kunnskapsministeren på skolen. "
           "Overfor statsråden tok hun til orde for et høyere tilskudd per elev, en egen ordning for skyss "
           "og lengre frister for nye planer.\n")
    rows = demands(raw)
    assert [r[2] for r in rows] == ["et høyere tilskudd per elev", "en egen ordning for skyss",
                                    "lengre frister for nye planer"]
    assert {r[0] for r in rows} == {"KS Agder"}
    assert {r[1] for r in rows} == {"Kunnskapsdepartementet"}


def test_two_noun_phrases_after_a_request_verb_stay_one_demand_without_a_list() -> None:
    raw = ("Møte\n\nKS mener regjeringen bør se på saken. Styreleder Kari Nordmann i KS etterlyste en "
           "ordning der staten og en kommune deler utgiftene.\n")
    # no addressee since stop 36: a pair acting together ("staten og en kommune deler") names none (embedded_addressee)
    assert ("KS", None, "en ordning der staten og en kommune deler utgiftene") in demands(raw)


def test_a_need_clause_coordinated_under_mener_is_a_demand_nn() -> None:
    raw = ("Legevakt\n\nKS meiner tilskotet må vidareførast på dagens nivå, og at det er behov for ei eiga "
           "ordning for legevakt i små kommunar.\n")
    texts = [r[2] for r in demands(raw, "nn")]
    assert texts == ["tilskotet må vidareførast på dagens nivå",
                     "det er behov for ei eiga ordning for legevakt i små kommunar"]


def test_a_fact_coordinated_under_mener_is_still_no_demand() -> None:
    raw = "Skole\n\nKS mener staten må betale for skyssen, og at ordningen er dyr for kommunene.\n"
    assert [r[2] for r in demands(raw)] == ["staten må betale for skyssen"]


def test_an_organisation_with_an_adverb_inside_vil_ha_speaks() -> None:
    raw = "Legevakt\n\nUtdanningsforbundet vil dessuten ha et nasjonalt tak på hvor mange elever en lærer kan ha.\n"
    assert demands(raw) == [("Utdanningsforbundet", None,
                             "et nasjonalt tak på hvor mange elever en lærer kan ha")]


def test_an_inserted_reporting_clause_ends_the_demand() -> None:
    sentence = ("KS Agder har bedt regjeringen om en ny gjennomgang av inntektssystemet, forklarte han, "
                "og det hastet.")
    assert [sentence[c.start:c.end] for c in find_cues(sentence)][0] == "en ny gjennomgang av inntektssystemet"


HOMES = [
    ("compound_role_nn", "Etter to brev har Fjellvik-ordføraren fått ja.\n\nOrdførar Per Hansen (Sp) er nøgd.",
     "ordførar", ["Per Hansen", "Hansen"], "Fjellvik kommune"),
    ("dateline_named_again_nb", "NORDBY: Statsråden kom til Nordby i går.\n\nOrdfører Kari Nordmann (Sp) var klar.",
     "ordfører", ["Kari Nordmann", "Nordmann"], "Nordby kommune"),
]


@pytest.mark.parametrize("text,role,forms,expected", cases(HOMES))
def test_home_from_a_compound_role_or_a_dateline(text: str, role: str, forms: list[str], expected: str) -> None:
    assert home_body(text, role, forms, min(text.find(f) for f in forms if f in text)) == expected


def test_a_dateline_not_named_again_gives_no_home() -> None:
    text = "STRANDA: Statsråden kom på besøk i går.\n\nOrdførar Per Hansen (Sp) var nøgd."
    assert home_body(text, "ordførar", ["Per Hansen", "Hansen"], text.find("Per Hansen")) is None


def test_plural_pointer_to_two_organisations() -> None:
    """A plural pointer to organisations named together before gives each of them the demand (joint_claimants.py)."""
    raw = ("Brev\n\nI et brev til departementet ber Utdanningsforbundet og KS om at skolene får mer penger. "
           "Organisasjonene foreslår også at det settes i gang en forsøksordning i fem kommuner.\n")
    rows = demands(raw)
    assert ("Utdanningsforbundet", None, "det settes i gang en forsøksordning i fem kommuner") in rows
    assert ("KS", None, "det settes i gang en forsøksordning i fem kommuner") in rows


NO_DEMAND_CUES = [
    ("posture_negation_nb", "– Vi står ikke her og ber om at reglene fjernes."),
    ("posture_negation_nn", "Vi sit ikkje her og bed om at krava blir fjerna."),
    ("hedged_need_nb", "Direktøren avviser ikke at det kan være behov for en ny ordning."),
    ("hedged_need_nn", "Leiaren meiner det kan vere behov for ei ny ordning."),
    ("relative_with_auxiliary_nn", "Det er ikkje kommunane som har bede om denne utviklinga."),
    ("goal_after_modal_nb", "Det må være et mål at flest mulig får bo hjemme."),
]


@pytest.mark.parametrize("sentence", cases(NO_DEMAND_CUES))
def test_no_demand_cue(sentence: str) -> None:
    assert find_cues(sentence) == []


DEMAND_CUES = [
    ("posture_without_negation_nb", "Vi står her og ber om at reglene fjernes.", [("request_verb", "reglene fjernes")]),
    ("negation_not_on_posture_nb", "KS er ikke fornøyd og ber om at reglene fjernes.",
     [("request_verb", "reglene fjernes")]),
    ("purpose_clause_stays_in_the_demand_nb",
     "Hun mener staten bør betale for kursene, slik at ikke hver kommune må gjøre det selv.",
     [("modal", "staten bør betale for kursene, slik at ikke hver kommune må gjøre det selv")]),
    ("need_under_a_modal_verb_of_seeing_nn", "Regjeringa må sjå at småkommunane treng eit eige løft.",
     [("modal", "Regjeringa må sjå at småkommunane treng eit eige løft")]),
    ("need_after_a_comma_is_its_own_nn", "Regjeringa må sjå problemet, og vi treng eit eige tilskot.",
     [("modal", "Regjeringa må sjå problemet"), ("need_verb", "vi treng eit eige tilskot")]),
]


@pytest.mark.parametrize("sentence,expected", cases(DEMAND_CUES))
def test_demand_cues_kept(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.rule, sentence[c.start:c.end]) for c in find_cues(sentence)] == expected


@pytest.mark.parametrize("language,raw,expected", [
    ("nn", "Skulebesøk\n\nKS Agder seier dei ikkje ventar at statsråden har alle svara.\n\n– Vi vil at han skal lytte "
     "til lærarane, seier leiaren i KS Agder, Kari Nordmann.\n", "Kunnskapsdepartementet"),
    ("nb", "Skolebesøk\n\nKS Agder venter ikke at statsråden har alle svarene.\n\n– Vi vil at han skal lytte til "
     "lærerne, og vi vil at Ola Hansen i fylket skal følge opp, sier leder i KS Agder, Kari Nordmann.\n",
     "Kunnskapsdepartementet"),
])
def test_a_pronoun_after_a_minister_by_title_is_the_ministry(language: str, raw: str, expected: str) -> None:
    raw = raw.replace("Skulebesøk\n\n", "Skulebesøk\n\nKunnskapsministeren besøkte Nordby skule.\n\n") \
        .replace("Skolebesøk\n\n", "Skolebesøk\n\nKunnskapsministeren besøkte Nordby skole.\n\n")
    rows = [r for r in demands(raw, language) if r[2].startswith("han skal lytte")]
    assert rows and rows[0][1] == expected


def test_a_pronoun_after_another_person_is_no_ministry() -> None:
    raw = ("Skolebesøk\n\nStatsråden kom til Nordby. Rektor Ola Hansen viste fram skolen.\n\n– Vi vil at han skal "
           "lytte til lærerne, sier leder i KS Agder, Kari Nordmann.\n")
    rows = [r for r in demands(raw) if r[2].startswith("han skal lytte")]
    assert rows and rows[0][1] is None
