"""Quotations in «» run over several paragraphs with no attribution of their own: the speaker of the
paragraph before when it gave a statement, else the one person it names; and a pronoun after a byline
line of two credits ("Tekst: A  Foto: B") never points to the credited names.

Layouts: « opened and left open, then a paragraph closing » with or without « opened again, a
middle paragraph with no mark. Negative cases: a paragraph before that names two persons, a run
never closed, a heading inside the run. Every text is invented for the test, in bokmål and nynorsk."""
from __future__ import annotations

import pytest

from extract_kit import cases, statements_of


def directs(raw: str, language: str = "nb") -> list[tuple[str, str]]:
    """(speaker, first four words) of each direct statement."""
    return [(s.speaker.name, " ".join(s.text.split()[:4])) for s in statements_of(raw, language) if s.kind == "direct"]


REPORTED_NB = """Kommunene venter på pengene

Det er travelt i rådhuset. Kari Nordmann har vært ordfører i seks år.

Nordmann synes starten har gått bra, men påpeker at mye gjenstår.

«Bygget ble ferdig i fjor høst. Elevene trives, og lærerne har fått bedre rom. Likevel mangler utstyret.

Fylket lovet oss tilskudd til inventaret. Det har vi fortsatt ikke sett noe til.»

Hun forteller at fylkesrådet har fått et brev om saken.
"""

NAMED_NN = """Ventetida aukar

Tor Haugen har sett på tala frå legevakta i heile haust.

«Kvar natt har vi fleire pasientar enn vaktlegen rekk over. Det har auka sidan i vår.

«Difor har vi søkt helseføretaket om ein lege til på natt.»

Møtet enda utan konkrete lovnader.
"""

THREE_NB = """Legevakten i Dalby

Overlege Per Lunde har jobbet i legevakten i tjue år.

«Vi har aldri hatt så mange pasienter som nå.

«Vaktene er lange, og legene blir slitne.

«Staten må gi et eget tilskudd til legevakt i distriktene.»
"""

RUNS = [
    ("after_reported_speech_middle_without_mark_nb", REPORTED_NB, "nb",
     [("Kari Nordmann", "Bygget ble ferdig i"), ("Kari Nordmann", "Fylket lovet oss tilskudd")]),
    ("after_a_paragraph_naming_one_person_nn", NAMED_NN, "nn",
     [("Tor Haugen", "Kvar natt har vi"), ("Tor Haugen", "Difor har vi søkt")]),
    ("three_paragraphs_each_opened_nb", THREE_NB, "nb",
     [("Per Lunde", "Vi har aldri hatt"), ("Per Lunde", "Vaktene er lange, og"), ("Per Lunde", "Staten må gi et")]),
]


@pytest.mark.parametrize("raw,language,expected", cases(RUNS))
def test_quote_runs_with_no_attribution(raw: str, language: str, expected: list[tuple[str, str]]) -> None:
    assert directs(raw, language) == expected


TWO_NAMED_NB = """Møtet i Dalby

Ordfører Kari Dal og rådmann Ola Berg kom rett fra departementet.

«Vi har fått gode signaler fra statsråden.

«Nå må pengene komme før sommeren.»
"""

NEVER_CLOSED_NN = """Planen for eldreomsorga

Tor Haugen leiar arbeidet med planen.

«Leve heile livet i Dalby

Planen skal vedtakast i kommunestyret i juni, og arbeidet starta i haust.
"""

HEADING_INSIDE_NB = """Skolene i Dalby

Kari Dal har vært rektor i ti år.

«Vi har for få lærere i småtrinnet

Nye tall

Kommunen har lyst ut seks stillinger.»
"""

NEGATIVE = [
    ("two_persons_named_before_nb", TWO_NAMED_NB, "nb"),
    ("run_never_closed_nn", NEVER_CLOSED_NN, "nn"),
    ("heading_inside_the_run_nb", HEADING_INSIDE_NB, "nb"),
]


@pytest.mark.parametrize("raw,language", cases(NEGATIVE))
def test_no_quote_run_speaker_without_one(raw: str, language: str) -> None:
    assert not [s for s in statements_of(raw, language) if s.rule == "quote_run_context"]


CREDITS_NB = """Ny giv for digitale skjemaer

Tekst: Jon Lie   Foto: Anne Berg

BILDE: Rådgiver Siri Dahl ved skrivebordet i Dalby. – Skjemaene skal være ferdige før jul, sier hun. Foto: Anne Berg

Siri Dahl har ledet skjemaarbeidet i to år.
"""


def test_a_pronoun_never_points_to_a_credit_on_the_byline_line() -> None:
    assert directs(CREDITS_NB) == [("Siri Dahl", "Skjemaene skal være ferdige")]


AGED = [
    ("aged_first_name_reported_nb", "Besøk på ungdomsklubben\n\nStatsråden møtte ungdommer i Dalby.\n\n"
     "Ingrid (17), som går på videregående, fortalte statsråden at helsesykepleieren hjalp henne gjennom vinteren.\n",
     "nb", [("indirect", "Ingrid")]),
    ("aged_first_name_quoted_nn", "Vitjing i Dalby\n\nStatsråden møtte brukarar av tenesta.\n\n"
     "– Eg hadde ikkje klart meg utan hjelpa frå kommunen, seier Lars (34).\n", "nn", [("direct", "Lars")]),
    ("full_name_with_age_keeps_the_surname_nb", "Ny leder\n\n– Vi må ha flere lærere, sier Kari Dal (52).\n",
     "nb", [("direct", "Kari Dal")]),
    ("a_counted_word_is_no_name_nb", "Høringen\n\nKommentarer (12)\n\nLes mer om saken her.\n", "nb", []),
]


@pytest.mark.parametrize("raw,language,expected", cases(AGED))
def test_a_first_name_with_an_age_names_a_person(raw: str, language: str, expected: list[tuple[str, str]]) -> None:
    assert [(s.kind, s.speaker.name) for s in statements_of(raw, language)] == expected


PREDICATES = [
    ("quoted_predicate_after_a_subject_nb", "Statsråden svarte\n\nKommunalminister Kari Dal ville ikke kommentere "
     "saken, men understreket at regjeringen «har ingen planer om å kutte i tilskuddet».\n", "nb",
     [("indirect", "Kari Dal", "regjeringen «har ingen planer om å kutte i tilskuddet»")]),
    ("quoted_predicate_nn", "Møtet i Dalby\n\nOrdførar Tor Haugen sa etter møtet at kommunane «druknar i nye krav "
     "frå staten».\n", "nn", [("indirect", "Tor Haugen", "kommunane «druknar i nye krav frå staten»")]),
    ("whole_content_quoted_stays_direct_nb", "Møtet\n\nPer Lunde sa at «dette er en god dag for kommunene».\n", "nb",
     [("direct", "Per Lunde", "dette er en god dag for kommunene")]),
]


@pytest.mark.parametrize("raw,language,expected", cases(PREDICATES))
def test_reported_words_closing_with_their_quoted_predicate(raw: str, language: str,
                                                          expected: list[tuple[str, str, str]]) -> None:
    assert [(s.kind, s.speaker.name, s.text.rstrip(".")) for s in statements_of(raw, language)] == expected


def test_a_quotation_after_a_copula_is_a_quotation_of_its_own_nn() -> None:
    raw = "Konferansen\n\nOla Berg sa at samarbeidet er «det viktigaste vi held på med».\n"
    assert ("direct", "det viktigaste vi held på med") in [(s.kind, s.text.rstrip(".")) for s in statements_of(raw, "nn")]


NAMED_BEFORE = [
    ("dash_after_a_paragraph_naming_one_person_nb",
     "Skolene\n\n– Vi trenger flere lærere i småtrinnet, sier rektor Kari Dal.\n\nFrustrasjon i Dalby\n\n"
     "Ordfører Ola Berg har vært i jobben i åtte år.\n\n– Jeg har aldri sett en så stram økonomi som nå. Vi må kutte i "
     "alt.\n", "nb", [("Kari Dal", "Vi trenger flere lærere"), ("Ola Berg", "Jeg har aldri sett")]),
    ("dash_after_a_new_person_in_the_same_section_nn",
     "Helsetenesta\n\n– Vi manglar sjukepleiarar, seier leiar Tone Vik.\n\nLenger nede i gangen sit overlege Per "
     "Strand med telefonen i handa.\n\n– Eg har ringt rundt i ein time for å finne ein ledig plass til ein pasient.\n",
     "nn", [("Tone Vik", "Vi manglar sjukepleiarar"), ("Per Strand", "Eg har ringt rundt")]),
]


@pytest.mark.parametrize("raw,language,expected", cases(NAMED_BEFORE))
def test_dash_quotation_after_a_paragraph_naming_one_person(raw: str, language: str,
                                                            expected: list[tuple[str, str]]) -> None:
    assert directs(raw, language) == expected


def test_dash_quotation_after_a_paragraph_naming_two_keeps_the_speaker_before_nb() -> None:
    raw = ("Skolene\n\n– Vi trenger flere lærere i småtrinnet, sier rektor Kari Dal.\n\nHun har jobbet sammen med "
           "Ola Berg og Per Lunde i ti år.\n\n– Jeg har aldri sett en så stram økonomi som nå. Vi må kutte i alt.\n")
    assert [s for s, _ in directs(raw)] == ["Kari Dal", "Kari Dal"]


def test_dash_quotation_after_a_pronoun_paragraph_keeps_the_speaker_before_nb() -> None:
    raw = ("Skolene\n\n– Vi trenger flere lærere i småtrinnet, sier rektor Kari Dal.\n\nHun har jobbet sammen med "
           "Ola Berg i ti år.\n\n– Jeg har aldri sett en så stram økonomi som nå. Vi må kutte i alt.\n")
    assert [s for s, _ in directs(raw)] == ["Kari Dal", "Kari Dal"]


def test_dash_quotation_closed_by_an_unknown_writer_is_nobodys_nn() -> None:
    raw = ("Framleis ope\n\nBrevet har kome fram til departementet, men statsråd Kari Dal har ikkje sett av ein dato "
           "til vitjinga.\n\n– Saka er til vurdering, og vi svarar innan fredag, skriv pressetenesta i ei melding.\n")
    assert directs(raw, "nn") == []
