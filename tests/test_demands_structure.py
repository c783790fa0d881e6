"""Demands where sentence structure decides: a second 'og at' content with a request of its
own, a sentence that adds to the reported one before it, participles of request verbs, and a
list item opening with a verb the tagger reads as a noun (invented texts; each phenomenon
with its negatives). The whole extractor runs, with the language layer."""
from __future__ import annotations

import pytest

from extract_kit import Row, cases, demands, result


def _demands(raw: str, language: str = "nb") -> list[tuple[str, str | None, str, str]]:
    return [(d.claimant, d.addressee, d.text, d.rule) for d in result(raw, language).demands]


SECOND_CONTENT = [
    ("expectation_in_second_content",
     "Styreleder i KS, Kari Lund, sa at planen må følges opp i kommunene, og at KS har store forventninger til at "
     "staten setter av penger til opplæring.", "nb",
     [("KS", None, "planen må følges opp i kommunene"), ("KS", "staten", "staten setter av penger til opplæring")]),
    ("request_in_second_content_nn",
     "Fylkesleiar i KS Vestland, Ola Berg, sa at tilskotet må aukast, og at KS krev at staten dekkjer meirutgiftene.",
     "nn", [("KS Vestland", None, "tilskotet må aukast"), ("KS Vestland", "staten", "staten dekkjer meirutgiftene")]),
]

SECOND_CONTENT_NOT = [
    ("fact_in_second_content",
     "Styreleder i KS, Kari Lund, sa at planen må følges opp i kommunene, og at mange kommuner allerede har startet.",
     "nb", [("KS", None, "planen må følges opp i kommunene")]),
    ("expectation_of_an_event_in_second_content",
     "Styreleder i KS, Kari Lund, sa at planen må følges opp, og at KS har store forventninger til møtet.",
     "nb", [("KS", None, "planen må følges opp")]),
]


@pytest.mark.parametrize("raw,language,expected", cases(SECOND_CONTENT + SECOND_CONTENT_NOT))
def test_second_content_with_its_own_request(raw: str, language: str, expected: list[Row]) -> None:
    assert demands(raw, language) == expected


def test_second_content_keeps_the_rule_of_its_own_cue() -> None:
    rules = [r for *_, r in _demands(SECOND_CONTENT[0][1])]
    assert rules == ["statement_indirect:modal", "statement_indirect:request_noun"]


ADDED = [
    ("in_addition_modal", "KS mener rammene må økes med tre milliarder. I tillegg må fristen for søknader flyttes.",
     "nb", [("KS", None, "rammene må økes med tre milliarder"), ("KS", None, "I tillegg må fristen for søknader flyttes")]),
    ("moreover_nn", "Fagforbundet meiner staten må betale for opplæringa. Dessutan bør lærlingane få behalde løna.",
     "nn", [("Fagforbundet", "staten", "staten må betale for opplæringa"),
            ("Fagforbundet", None, "Dessutan bør lærlingane få behalde løna")]),
]

ADDED_NOT = [
    # no reported voice before: the article's own words (decision 3)
    ("after_a_fact", "Kommunene har fått nye oppgaver i år. I tillegg må de rapportere oftere.", "nb", []),
    # the voice does not cross a paragraph
    ("next_paragraph", "KS mener rammene må økes.\n\nI tillegg må kommunene rapportere oftere.", "nb",
     [("KS", None, "rammene må økes")]),
    # a government speaker gives no claimant voice to go on in
    ("after_a_minister", "Statsråd Per Hansen mener kommunene må samarbeide mer. I tillegg må de bruke mer "
     "teknologi.", "nb", []),
    # an opener that does not add ("Samtidig") keeps the article's voice
    ("not_additive", "KS mener rammene må økes. Samtidig må kommunene kutte i driften.", "nb",
     [("KS", None, "rammene må økes")]),
]


@pytest.mark.parametrize("raw,language,expected", cases(ADDED + ADDED_NOT))
def test_sentence_adding_to_a_reported_one(raw: str, language: str, expected: list[Row]) -> None:
    assert demands(raw, language) == expected


def test_added_sentence_rule() -> None:
    assert [r for *_, r in _demands(ADDED[0][1])] == ["reported:modal", "continued:modal"]


PARTICIPLES = [
    ("krevd", "KS har i et brev krevd at staten dekker utgiftene til skyss.", "nb",
     [("KS", "staten", "staten dekker utgiftene til skyss")]),
    ("kravd_nn", "Fylkesrådet i Nordby har lenge kravd at staten tek over ferjene.", "nn",
     [("Fylkesrådet i Nordby", "staten", "staten tek over ferjene")]),
    ("krevd_negated", "KS har ikke krevd at staten dekker utgiftene.", "nb", []),
]


@pytest.mark.parametrize("raw,language,expected", cases(PARTICIPLES))
def test_participle_of_a_request_verb(raw: str, language: str, expected: list[Row]) -> None:
    assert demands(raw, language) == expected


VERB_FIRST_ITEMS = [
    ("infinitive_read_as_noun", "KS ber regjeringen om å:\n\n- Prioritere skole og barnehage i budsjettet",
     [("KS", "regjeringen", "Prioritere skole og barnehage i budsjettet")]),
    ("infinitive_read_as_adjective", "KS ber regjeringen om å:\n\n- Styrke rus og psykisk helse",
     [("KS", "regjeringen", "Styrke rus og psykisk helse")]),
    # noun phrases still split
    ("comparatives_split", "KS ber regjeringen om:\n\n- Nye lærere og flere sykepleiere",
     [("KS", "regjeringen", "Nye lærere"), ("KS", "regjeringen", "flere sykepleiere")]),
    ("bare_noun_pair_whole", "KS ber regjeringen om:\n\n- Kompetanse og rekruttering",
     [("KS", "regjeringen", "Kompetanse og rekruttering")]),
]


@pytest.mark.parametrize("raw,expected", cases(VERB_FIRST_ITEMS))
def test_list_item_opening_with_a_verb(raw: str, expected: list[Row]) -> None:
    assert demands(raw) == expected


DOCUMENT_CLAUSES = [
    ("decision_where_it_asks_nn", "Bystyret i Nordby gjorde i mai eit vedtak der det bed Stortinget om å sikre "
     "fødeavdelinga.", "nn", [("Nordby kommune", "Stortinget", "sikre fødeavdelinga")]),  # a city council: its municipality
    ("letter_where_it_asks", "Fylkestinget sendte et brev der det ber regjeringen om å styrke fergetilbudet.", "nb",
     [("Fylkestinget", "regjeringen", "styrke fergetilbudet")]),
    ("statement_where_the_body_demands_nn", "I mars vedtok kommunestyret i Sørdal ein uttale der kommunen krev at "
     "staten tek over kostnadene til legevakta.", "nn",
     [("Sørdal kommune", "staten", "staten tek over kostnadene til legevakta")]),
    # a place or an occasion described, not a body's text
    ("place_described", "I kommuner der innbyggerne krever bedre veier, har budsjettet sprukket.", "nb", []),
    ("someone_elses_decision", "KS viste til et vedtak som ber kommunene om å kutte.", "nb", []),
]


@pytest.mark.parametrize("raw,language,expected", cases(DOCUMENT_CLAUSES))
def test_request_in_a_relative_clause_on_a_decision(raw: str, language: str, expected: list[Row]) -> None:
    assert demands(raw, language) == expected


CONSEQUENCES_AND_INVERSION = [
    ("otherwise_clause_cut_nn", "– Tilskotet må opp, elles kjem vi ikkje til å ha lærarar att om fem år, sa "
     "fylkesleiar i KS Vestland, Ola Berg.", "nn", [("KS Vestland", None, "Tilskotet må opp")]),
    ("otherwise_clause_cut", "– Tilskuddet må økes, ellers mister vi lærerne, sa styreleder i KS, Kari Lund.", "nb",
     [("KS", None, "Tilskuddet må økes")]),
    # "eller" joining two alternatives is no consequence clause
    ("or_kept", "– Staten må betale for dette eller la være å pålegge oss oppgaven, sa styreleder i KS, Kari Lund.",
     "nb", [("KS", "staten", "Staten må betale for dette eller la være å pålegge oss oppgaven")]),
    ("opener_before_modal_nn", "– No må staten ta sin del av rekninga, sa fylkesleiar i KS Vestland, Ola Berg.", "nn",
     [("KS Vestland", "staten", "No må staten ta sin del av rekninga")]),
    # the one who receives after an inverted modal is no addressee
    ("opener_before_modal_receiver", "– I tillegg må kommunene få dekket utgiftene, sa styreleder i KS, Kari Lund.",
     "nb", [("KS", None, "I tillegg må kommunene få dekket utgiftene")]),
]


@pytest.mark.parametrize("raw,language,expected", cases(CONSEQUENCES_AND_INVERSION))
def test_consequence_clauses_and_inverted_modals(raw: str, language: str, expected: list[Row]) -> None:
    assert demands(raw, language) == expected


LEAD_INS_AND_RECIPIENTS = [
    ("expectations_lead_in", "Helseminister Per Hansen møtte KS i går.\n\nI møtet la KS fram disse forventningene "
     "til departementet:\n\n- en langsiktig ramme for tilskuddet til skolebygg\n- tilskuddssatser som følger "
     "prisveksten", "nb",
     [("KS", "Helse- og omsorgsdepartementet", "en langsiktig ramme for tilskuddet til skolebygg"),
      ("KS", "Helse- og omsorgsdepartementet", "tilskuddssatser som følger prisveksten")]),
    ("letter_to_the_ministry", "Helseminister Per Hansen møtte KS. Også Sykepleierforbundet har meldt seg i debatten. "
     "Forbundet har i et brev til departementet bedt om at sykepleiere tas i bruk i legevakt.", "nb",
     [("Sykepleierforbundet", "Helse- og omsorgsdepartementet", "sykepleiere tas i bruk i legevakt")]),
    ("statement_to_parliament_nn", "Fylkesrådet har i ei fråsegn til Stortinget kravd at ferjene blir gratis.", "nn",
     [("Fylkesrådet", "Stortinget", "ferjene blir gratis")]),
    # a letter named in another sentence sends nothing to the one asked here
    ("letter_in_another_sentence", "KS sendte et brev til Stortinget om saken. KS ber om at fristen utsettes.", "nb",
     [("KS", None, "fristen utsettes")]),
    # an expectation of an event before a colon leads in no list of demands
    ("agenda_after_expectations", "KS møtte statsråden.\n\nDagsorden for møtet:\n\n- Kommuneøkonomi\n- Digitalisering",
     "nb", []),
]


@pytest.mark.parametrize("raw,language,expected", cases(LEAD_INS_AND_RECIPIENTS))
def test_lead_ins_and_recipients(raw: str, language: str, expected: list[Row]) -> None:
    assert demands(raw, language) == expected


COORDINATED_PARTS = [
    ("passive_part_same_actor", "KS krever at regjeringen legger fram en plan, og at fristen utsettes.", "nb",
     [("KS", "regjeringen", "regjeringen legger fram en plan"), ("KS", "regjeringen", "fristen utsettes")]),
    # a part that names its own actor keeps it
    ("part_with_its_own_actor", "KS krever at regjeringen legger fram en plan, og at sykehusene tar sin del.", "nb",
     [("KS", "regjeringen", "regjeringen legger fram en plan"),
      ("KS", "spesialisthelsetjenesten", "sykehusene tar sin del")]),
    # nothing to inherit when the first part names nobody
    ("nobody_before", "KS krever at planen legges fram, og at fristen utsettes.", "nb",
     [("KS", None, "planen legges fram"), ("KS", None, "fristen utsettes")]),
]


@pytest.mark.parametrize("raw,language,expected", cases(COORDINATED_PARTS))
def test_coordinated_part_asked_of_the_same_actor(raw: str, language: str, expected: list[Row]) -> None:
    assert demands(raw, language) == expected


DENIED_NOUNS = [
    ("no_wish_to", "Styreleder i KS, Kari Lund, sa at KS ikke har noe ønske om å svekke rettighetene til brukerne.",
     "nb", []),
    ("no_demand_nn", "Fylkesleiar i KS Vestland, Ola Berg, sa at KS ikkje har nokon krav om nye tilskot.", "nn", []),
    ("none_before_noun", "Styreleder i KS, Kari Lund, sa at KS har ingen krav om nye tilskudd.", "nb", []),
    # a request noun that is not denied still asks
    ("repeated_demand", "KS gjentok kravet om en ny finansieringsordning.", "nb",
     [("KS", None, "en ny finansieringsordning")]),
]


@pytest.mark.parametrize("raw,language,expected", cases(DENIED_NOUNS))
def test_denied_request_noun(raw: str, language: str, expected: list[Row]) -> None:
    assert demands(raw, language) == expected


def test_body_named_after_a_place_is_the_claimant() -> None:
    raw = ("Leder Kari Lund sier til Avisa Nordby at fergene er viktige. Nordby fylkeskommune har i sitt innspill "
           "krevd at staten dekker kostnadene fullt ut.")
    assert demands(raw) == [("Nordby fylkeskommune", "staten", "staten dekker kostnadene fullt ut")]
