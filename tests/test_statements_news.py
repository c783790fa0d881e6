"""Statements as news articles attribute them (invented sentences): closing attributions with
verbs of admitting, stating and commenting, and "kunne NN fortelle" around its subject; with
negatives. The whole extractor runs, with the language layer."""
from __future__ import annotations

import pytest

from flows.extract import extract

from extract_kit import cases, document


def statements(raw: str, language: str = "nb") -> list[tuple[str, str, str]]:
    doc = document(raw, language)
    return [(s.kind, s.speaker.name, s.text) for s in extract(doc).statements]


CASES = [
    ("admits", "nb", "– Dette er en krevende situasjon, innrømmer ordfører Kari Dal i Nordby.",
     [("direct", "Kari Dal", "Dette er en krevende situasjon")]),
    ("admits_nn", "nn", "– Det er ei krevjande tid for kommunane, vedgår ordførar Kari Dal i Nordby.",
     [("direct", "Kari Dal", "Det er ei krevjande tid for kommunane")]),
    ("states", "nb", "– Kommunene har gjort jobben sin, fastslår styreleder i KS, Per Hansen.",
     [("direct", "Per Hansen", "Kommunene har gjort jobben sin")]),
    ("comments", "nb", "– Vi er godt fornøyd med avtalen, kommenterer Per Hansen, styreleder i KS.",
     [("direct", "Per Hansen", "Vi er godt fornøyd med avtalen")]),
    ("could_tell_after_meeting", "nb",
     "Ordfører Kari Dal i Nordby møtte statsråden. – Vi har ventet i fem år på denne avklaringen, kunne Dal "
     "fortelle etter møtet.",
     [("direct", "Kari Dal", "Vi har ventet i fem år på denne avklaringen")]),
    ("could_tell_nn", "nn",
     "Ordførar Kari Dal i Nordby møtte statsråden. – Vi har venta i fem år på denne avklaringa, kunne Dal "
     "fortelje.",
     [("direct", "Kari Dal", "Vi har venta i fem år på denne avklaringa")]),
]

NEGATIVES = [
    ("could_tell_no_name", "– Vi har ventet i fem år, kunne det fortelles."),
    ("admits_in_narrative", "Regjeringen innrømmer at fristen var for kort."),
]


@pytest.mark.parametrize("language,raw,expected", cases(CASES))
def test_closing_attributions(language: str, raw: str, expected: list[tuple[str, str, str]]) -> None:
    assert statements(raw, language) == expected


@pytest.mark.parametrize("raw", cases(NEGATIVES))
def test_no_person_no_statement(raw: str) -> None:
    assert statements(raw) == []
