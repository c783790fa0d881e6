from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from flows.normalise import normalise
from flows.segment import segment, split_sentences

TEXT = """Innledning i en artikkel. Den har to setninger.

Mellomtittel her

- Et sitat som fortsetter, sier Gram.
Styreleder i KS, Kari Nordmann, sier situasjonen er krevende.
– Det er et sitat på neste linje, sier hun.

# Overskrift

- punkt en
  - underpunkt
"""


def test_blocks_have_exact_offsets_and_kinds() -> None:
    text = normalise(TEXT)
    blocks = segment(text)
    assert [(b.kind, b.marker) for b in blocks] == [
        ("paragraph", ""), ("heading", ""), ("item", "dash"), ("paragraph", ""), ("item", "dash"),
        ("heading", ""), ("item", "dash"), ("item", "dash")]
    for block in blocks:
        assert text[block.start:block.end] == block.text
        for sentence in block.sentences:
            assert text[sentence.start:sentence.end] == sentence.text
    assert [b.section for b in blocks] == [0, 1, 1, 1, 1, 2, 2, 2]
    assert blocks[-1].level == 1 and not blocks[3].blank_before


def test_continuation_lines_join_the_block() -> None:
    blocks = segment(normalise("Første linje\nfortsetter her.\nNy setning på ny linje er nytt avsnitt.\n"))
    assert [b.text for b in blocks] == ["Første linje\nfortsetter her.", "Ny setning på ny linje er nytt avsnitt."]


@pytest.mark.parametrize(("text", "expected"), [
    ("Møtet var 3. desember. Det gikk bra.", ["Møtet var 3. desember.", "Det gikk bra."]),
    ("Han er 2. nestleder i KS. Hun er leder.", ["Han er 2. nestleder i KS.", "Hun er leder."]),
    ("Vi trenger f.eks. mer. Og bl.a. penger.", ["Vi trenger f.eks. mer.", "Og bl.a. penger."]),
    ("Dette koster 3 mill. kr. Det er mye.", ["Dette koster 3 mill. kr.", "Det er mye."]),
    ("Er det mulig? Ja! Helt sikkert.", ["Er det mulig?", "Ja!", "Helt sikkert."]),
    ("Han sa: «Nei.» Så gikk han.", ["Han sa: «Nei.»", "Så gikk han."]),
    ("Ingen punktum", ["Ingen punktum"]),
])
def test_sentences(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == expected


@given(st.lists(st.sampled_from(list("abc ABCÆØÅ.?!\n-–«»#") + ["3. ", "f.eks. "]), max_size=120).map("".join))
def test_offsets_always_point_into_the_text(raw: str) -> None:
    text = normalise(raw)
    for block in segment(text):
        assert text[block.start:block.end] == block.text
        for s in block.sentences:
            assert text[s.start:s.end] == s.text and block.start <= s.start <= s.end <= block.end
