"""When a sentence places an occasion (`occasion_time`) and the layout around the story (`layout`)."""
from __future__ import annotations

from datetime import date

import pytest

from flows.extract import captions, layout, occasion_time
from flows.model import Block
from flows.normalise import normalise
from flows.segment import segment

PUBLISHED = date(2024, 3, 5)


@pytest.mark.parametrize("sentence, expected", [
    ("Da KS og departementet møttes i fjor, var tonen en annen.", True),
    ("For to år siden var hun på besøk i Nordby.", True),
    ("Tidlegare i år hadde partane eit møte om saka.", True),
    ("Statsråden vil ta opp saka igjen seinare i vår.", True),
    ("Saka skal følgjast opp i neste møte.", True),
    ("Om tre uker møtes partene på nytt.", True),
    ("KS hadde konsultasjonsmøte med regjeringen i oktober.", True),   # a month other than the publication's
    ("KS hadde konsultasjonsmøte med regjeringen i mars.", False),     # the month of publication
    ("KS hadde konsultasjonsmøte med regjeringen 4. oktober.", False),  # a full date is no other time
    ("KS møtte statsråden i dag og tok opp økonomien.", False),
    ("Partane drøfta vedlikehald av vegar.", False),
])
def test_other_time(sentence: str, expected: bool) -> None:
    assert occasion_time.other_time(sentence, PUBLISHED) is expected


def test_other_time_without_publication_date_reads_only_markers() -> None:
    assert occasion_time.other_time("KS hadde møte med regjeringen i oktober.", None) is False
    assert occasion_time.other_time("KS hadde møte med regjeringen i fjor.", None) is True


@pytest.mark.parametrize("text, expected", [
    ("Konsultasjonsmøte tirsdag.\n\nPressen er velkommen.", True),
    ("Tid og stad: Nordby rådhus kl. 10.", True),
    ("Media er velkomne til å dekke møtet.", True),
    ("KS møtte statsråden i går. Pressen skrev mye om møtet.", False),
    ("Tiden er inne for en ny ordning.", False),
])
def test_is_invitation(text: str, expected: bool) -> None:
    assert occasion_time.is_invitation(text) is expected


def _blocks(text: str) -> tuple[Block, ...]:
    return segment(normalise(text))


@pytest.mark.parametrize("text, boxed, free", [
    ("KS møtte statsråden.\n\nFAKTA: Ordningen\n\n- Møtene holdes fire ganger i året.\n- Dagsorden er fast.\n\n"
     "## Saken\n\nKS tok opp skolen.", ["Møtene holdes fire ganger i året.", "Dagsorden er fast."], ["KS tok opp skolen."]),
    ("KS møtte statsråden.\n\n## Om konsultasjonsordningen\n\nOrdningen ble innført i 2000.\n\n## Saken\n\n"
     "KS tok opp skolen.", ["Ordningen ble innført i 2000."], ["KS tok opp skolen."]),
    ("KS møtte statsråden.\n\nOrdningen\n\n- Møtene holdes fire ganger i året.", [],
     ["Møtene holdes fire ganger i året."]),
])
def test_fact_box_spans(text: str, boxed: list[str], free: list[str]) -> None:
    """A fact label opens a box: its bullets, or its heading's section; the story around it stays free."""
    blocks = _blocks(text)
    spans = layout.fact_box_spans(blocks)
    full = normalise(text)
    for words in boxed:
        assert layout.inside(spans, full.index(words))
    for words in free + ["KS møtte statsråden."]:
        assert not layout.inside(spans, full.index(words))


@pytest.mark.parametrize("text, expected", [
    ("KS møtte statsråden.\n\nKari Nordmann og Per Hansen etter møtet. Foto: Ola Dal\n\nKS tok opp skolen.",
     ["Kari Nordmann og Per Hansen etter møtet. "]),
    ("KS møtte statsråden.\n\nI MØTE: Kari Nordmann og Per Hansen i Nordby.\n\nKS tok opp skolen.",
     ["I MØTE: Kari Nordmann og Per Hansen i Nordby."]),
    ("KS møtte statsråden.\n\nFAKTA: Ordningen ble innført i 2000.", []),
    ("KS møtte statsråden. Kari Nordmann og Per Hansen tok opp skolen.", []),
])
def test_caption_spans(text: str, expected: list[str]) -> None:
    full = normalise(text)
    assert [full[s:e] for s, e in captions.caption_spans(_blocks(text))] == expected
