"""`ministry_actors._title_matches` finds exactly what the title-before-surname pattern's `finditer` finds."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from flows.extract.ministry_actors import _minister_title_before, _title_matches

PIECES = ["minister", "ministeren", "helse", "-", " og ", "omsorgs", "Kari ", "Per ", "Berg", "Bergen", " ", "\n",
          "x", "statsminister ", "Berg-", "kunnskaps", "_", "é"]


def _found(surname: str, text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in _title_matches(surname, text)]


def _expected(surname: str, text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in _minister_title_before(surname).finditer(text)]


@pytest.mark.parametrize("text", [
    "Helse- og omsorgsminister Kari Berg og kunnskapsminister Per Berg møtte KS.",
    "helseministeren Kari Berg-Hansen, xkommunalminister Berg, Berg",
    "statsministerBerg minister  Berg minister-minister Berg",
    "",
])
def test_the_titles_before_a_surname(text: str) -> None:
    assert _found("Berg", text) == _expected("Berg", text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=14).map("".join))
def test_any_text(text: str) -> None:
    assert _found("Berg", text) == _expected("Berg", text)
