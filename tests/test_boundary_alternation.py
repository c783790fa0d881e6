"""`matcher.boundary_alternation` finds exactly what the flat alternation `(?:p1)|(?:p2)|...` finds.

The cue lexicons (attendance, companions, occasion cues ...) are dozens of `\\b...` patterns
searched in every sentence; grouping each run of them behind one `\\b` must change nothing but
speed: the same spans, in the same order, the same alternative chosen at each position.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from flows.first_chars import first_chars
from flows.extract.matcher import _top_level_bar, boundary_alternation, top_level_alternatives
from flows.extract.meeting_type import cues
from flows.extract.participant_details import pattern_data

ROOT = Path(__file__).resolve().parent.parent
TEXTS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "raw").glob("*.txt"))] + [
    p.read_text(encoding="utf-8") for p in sorted((ROOT / "eval").glob("**/raw/*.txt"))] + [
    "Med seg hadde hun nestleder Kari Nordmann. Til stede: A, B og C.",
    "Frå regjeringa møter kommunalminister Per Hansen, og KS stilte med styreleiaren.",
    "Møtet vart leia av statsråden; delegasjonen besto foruten styreleder av to nestledere.",
    "ikkemøtte meddeltok deltakarane, møter statsråden og møte med KS i morgon.",
]


def _flat(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group()) for m in pattern.finditer(text)]


LEXICONS = {key: value for key, value in pattern_data().items()
            if isinstance(value, list) and value and all(isinstance(v, str) for v in value)}
LEXICONS["occasion cues"] = [c.pattern.pattern for c in cues()]


@pytest.mark.parametrize("key", sorted(LEXICONS))
def test_real_lexicons_match_as_the_flat_alternation(key: str) -> None:
    patterns = LEXICONS[key]
    fast = re.compile(boundary_alternation(patterns), re.IGNORECASE)
    for text in TEXTS:
        assert _spans(fast, text) == _spans(_flat(patterns), text), key


@pytest.mark.parametrize("pattern, expected", [
    (r"\bfoo\b", False), (r"\bfoo|bar", True), (r"\b(?:foo|bar)", False), (r"\b[|]x", False),
    (r"\b[]|]x", False), (r"\b\|x", False), (r"\b[^]|]x", False), (r"(a)|b", True),
])
def test_top_level_bar(pattern: str, expected: bool) -> None:
    assert _top_level_bar(pattern) is expected


def test_a_bounded_pattern_with_a_top_level_bar_is_taken_as_its_alternatives() -> None:
    # "\bfoo|bar" is (\bfoo)|(bar): moving one \b out of both would lose "bar" inside a word
    patterns = [r"\bfoo|bar", r"\bbaz"]
    assert _spans(re.compile(boundary_alternation(patterns)), "xbar baz") == [((1, 4), "bar"), ((5, 8), "baz")]
    assert boundary_alternation(patterns) == r"\b(?:(?=[Ff])(?:(?:foo)))|(?=[Bb])(?:bar)|\b(?:(?=[Bb])(?:(?:baz)))"
    assert boundary_alternation([r"\bfoo|\bbar", r"\bbaz"]) == r"\b(?:(?=[BFbf])(?:(?:foo)|(?:bar)|(?:baz)))"


def test_a_pattern_whose_first_character_is_unknown_stands_unguarded_in_its_place() -> None:
    # "\w*x" may begin with any word character: the guarded stretch ends before it, the order is kept
    assert boundary_alternation([r"\bfoo", r"\b\w*x", r"\bbaz"]) == \
        r"\b(?:(?=[Ff])(?:(?:foo))|(?:\w*x)|(?=[Bb])(?:(?:baz)))"


@pytest.mark.parametrize("pattern, expected", [
    (r"\bfoo", [r"\bfoo"]), (r"\bfoo|bar", [r"\bfoo", "bar"]), (r"(a|b)|[|]c|\|d", ["(a|b)", "[|]c", r"\|d"]),
    (r"[]|]|x", ["[]|]", "x"]), ("a|", ["a", ""]),
])
def test_top_level_alternatives(pattern: str, expected: list[str]) -> None:
    assert top_level_alternatives(pattern) == expected


ATOMS = [r"\bmø", r"\bmøt\w*", r"te\b", r"\bkS\b", r"(?:^|\n)til", r"\bmed(?: seg)?", r"[\w-]møte", r"\bo|g",
         r"\bmø|\bte\b", r"\bk(s|o)|\bd[|]?", r"\b(?:t|m)|[|]ø|\bs",
         # first characters behind optional and zero-width items, unknown ones, case variants (ſ, Kelvin sign)
         r"\b(?:d|)k", r"\bo?s*ſ", r"\b(?-i:[K-M])ø", r"\b\w*go", r"\b[^ ]s", r"(?<=\s)\bK", r"\b(?=t)\w+", r"(?:s|e?)t\b",
         r"\b\d", r"\b(?:)"]


@settings(max_examples=200, deadline=None)
@given(patterns=st.lists(st.sampled_from(ATOMS), min_size=1, max_size=6),
       text=st.text(alphabet="møteKSksgo dlt-\nſ\u212aİLØ1", max_size=40))
def test_any_run_of_patterns_matches_as_the_flat_alternation(patterns: list[str], text: str) -> None:
    fast = re.compile(boundary_alternation(patterns), re.IGNORECASE)
    assert _spans(fast, text) == _spans(_flat(patterns), text)


@pytest.mark.parametrize("pattern, expected", [
    (r"\bmøt\w*", "Mm"), (r"(?:i|under)\s+x", "IUiuı"), (r"\b(?:d|)k", "DKdk"), (r"(?<![\w-])s?t", "STstſ"),
    (r"(?-i:[A-B])", "ABab"), (r"\w*x", None), (r"x?", None), (r"(?i:x)", None), (r"[^x]", None), (r".", None),
])
def test_first_chars(pattern: str, expected: str | None) -> None:
    found = first_chars(pattern)
    assert (None if found is None else "".join(sorted(found))) == (None if expected is None else "".join(sorted(expected)))
