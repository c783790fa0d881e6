"""Captions (invented texts): a caption placing those pictured names participants, only a caption opener makes a
caption, and a news dateline is no caption label."""
from __future__ import annotations

from datetime import date

import pytest

from extract_kit import meeting_of
from flows.extract.captions import caption_spans, is_dateline
from flows.model import Block
from flows.segment import segment


@pytest.mark.parametrize("caption", [
    "Frå venstre Ola Berg, Anne Vik og Per Lund etter møtet.",
    "F.v. Ola Berg, Anne Vik og Per Lund.",
    "På bildet: Ola Berg og Anne Vik etter møtet.",
], ids=["from_left_nn", "fv", "in_the_picture"])
def test_a_caption_placing_those_pictured_names_participants(caption: str) -> None:
    text = ("KS møtte statsråden\n\nKS møtte kunnskapsminister Per Lund i departementet tirsdag.\n\n"
            f"{caption}\n\n– Et godt møte, sa styreleder Kari Dal.")
    meeting = meeting_of(text, published=date(2025, 3, 7))
    assert meeting is not None
    assert {"Ola Berg", "Anne Vik"} <= {p.name for p in meeting.participants}


@pytest.mark.parametrize("paragraph,caption", [
    ("F.v. Ola Berg og Anne Vik.", True),
    ("Biletet: Ola Berg og Anne Vik.", True),
    ("Bildet er ikke så enkelt, mener forsker Ola Berg.", False),
    ("Fra venstresida i bystyret kom det kritikk.", False),
], ids=["fv", "picture_colon_nn", "picture_as_a_word", "left_side"])
def test_only_a_caption_opener_makes_a_caption(paragraph: str, caption: bool) -> None:
    assert bool(caption_spans(segment(paragraph))) is caption


def _blocks(text: str) -> tuple[Block, ...]:
    return segment(text)


@pytest.mark.parametrize("label,text,expected", [
    ("NORDBY: ", "NORDBY: Brevet ble sendt mandag.\n\nOrdføreren i Nordby er fornøyd.", True),
    ("STRANDA: ", "STRANDA: Brevet vart sendt måndag.\n\nOrdføraren på Stranda er nøgd.", True),
    # negatives: a caption label of several words; one word the text never uses as a place
    ("I MØTE: ", "I MØTE: Kari Nordmann og Ola Dal.\n\nDe møttes i Nordby.", False),
    ("ENGASJERT: ", "ENGASJERT: Kari Nordmann.\n\nHun bor i Nordby.", False),
], ids=["dateline_nb", "dateline_nn", "caption_label", "one_word_caption"])
def test_news_dateline_is_no_caption_label(label: str, text: str, expected: bool) -> None:
    assert is_dateline(label, _blocks(text)) is expected
