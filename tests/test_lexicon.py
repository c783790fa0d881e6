"""`lexicon.phrase_pattern`: one compiled pattern for a word list, the same one the hand-written
`re.compile(rf"(?<![\\w-])(?:{lexicon.alternation(words)})(?![\\w-])", re.IGNORECASE)` gave."""
from __future__ import annotations

import re

import pytest

from flows import lexicon

WORDS = ["la til", "la", "krev", "krever"]


def test_the_default_is_a_whole_phrase_in_any_case() -> None:
    pattern = lexicon.phrase_pattern(WORDS)
    assert pattern.pattern == rf"(?<![\w-])(?:{lexicon.alternation(WORDS)})(?![\w-])"
    assert pattern.flags == re.compile("", re.IGNORECASE).flags
    assert [m.group(0) for m in pattern.finditer("KS la  til at de Krever mer; krevende, ikke-krev")] == ["la  til",
                                                                                                       "Krever"]


@pytest.mark.parametrize("before,after,flags,text,expected", [
    (r"^\W*", r"\s*:", re.IGNORECASE, "– Krev: mer", ["– Krev:"]),  # a field label opening a line
    (r"\s*", r"(?![\w-])", re.IGNORECASE, "Vi la til", [" la til"]),  # what the modules' "\s*(?:...)" gave
    ("", r"\w*", re.IGNORECASE, "kravene krevde", ["krevde"]),  # a stem with any ending
    (r"(?<![\w-])", r"(?![\w-])", 0, "KREV krev", ["krev"]),  # case as written
], ids=["field_label", "after_white_space", "stem_with_ending", "case_as_written"])
def test_before_after_and_flags(before: str, after: str, flags: int, text: str, expected: list[str]) -> None:
    pattern = lexicon.phrase_pattern(WORDS, before=before, after=after, flags=flags)
    assert pattern.pattern == f"{before}(?:{lexicon.alternation(WORDS)}){after}"
    assert [m.group(0) for m in pattern.finditer(text)] == expected


def test_any_iterable_of_words_gives_the_same_pattern() -> None:
    assert lexicon.phrase_pattern(frozenset(WORDS)).pattern == lexicon.phrase_pattern(sorted(WORDS)).pattern \
        == lexicon.phrase_pattern(tuple(WORDS)).pattern
