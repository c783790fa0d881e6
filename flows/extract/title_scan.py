"""Every match of the title pattern (`roles.TITLE`) in a text, tried only where one can begin.

`TITLE().finditer(text)` tries the pattern at every word of the text, and at each word its
`{WORD}*(?:head)` parts backtrack through the word for each of some hundred role heads: a tenth
of the extraction time of a long article. Every title holds a role key word (a role, a role
head, a definite title, "minist", "statsråd": `_keys`) a few words after its start, so the
pattern is tried only at the positions up to `REACH` words before a key word; elsewhere it
cannot match. The matches, and the order they are found in, are those of `finditer`
(tests/test_title_scan.py compares the two on every text of the project and on invented ones).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from functools import lru_cache

from flows.extract import roles as R
from flows.extract.role_table import roles_table

# How many spaces a title can hold before its first key word: "KS' 1. helse- og omsorgsleder" (a
# possessive organisation, an ordinal, a suspended compound); ordinals of several words add theirs.
REACH = 4
TOKEN = re.compile(r"\S+")


def _key_words() -> frozenset[str]:
    """The words a title holds one of: each alternative of `roles.TITLE` ends in one of them."""
    data = roles_table()
    return frozenset({"minist", "statsråden", *map(str, data["definite"]), *R.definite_forms(),
                      *R.head_definites(), *map(str, data["role_heads"]), *map(str, data["roles"]),
                      *map(str, data["plurals"])})


@lru_cache(maxsize=1)
def _keys() -> re.Pattern[str]:
    """The key words as one case-insensitive pattern, a key that holds another left out (the shorter
    one is found where the longer stands) and the rest grouped by first letter (one try per letter
    at each position of the text instead of one per word)."""
    words = {w for w in _key_words() if w}
    lowered = {w.lower() for w in words if len(w.lower()) == len(w)}
    keys = {w.lower() if len(w.lower()) == len(w) else w for w in words}
    kept = sorted(k for k in keys if not any(o != k and o in k for o in lowered))
    by_first: dict[str, list[str]] = {}
    for key in kept:
        by_first.setdefault(key[0], []).append(re.escape(key[1:]))
    return re.compile("(?i:" + "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})"
                                        for first, rests in sorted(by_first.items())) + ")")


@lru_cache(maxsize=1)
def _reach() -> int:
    return REACH + max((str(o).count(" ") for o in R.ordinals()), default=0)


def _starts(text: str) -> list[tuple[int, int]]:
    """Spans of the positions where a title can begin: from `_reach()` words before each key word
    to the key word's end, merged, in order."""
    tokens = [m.start() for m in TOKEN.finditer(text)]
    spans: list[tuple[int, int]] = []
    for key in _keys().finditer(text):
        word = bisect_right(tokens, key.start()) - 1
        start = tokens[max(0, word - _reach())]
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], key.end()))
        else:
            spans.append((start, key.end()))
    return spans


def title_matches(text: str) -> Iterator[re.Match[str]]:
    """What `roles.TITLE().finditer(text)` gives: the leftmost match, then the leftmost from its end on."""
    title = R.TITLE()
    after = 0
    for start, end in _starts(text):
        for position in range(max(start, after), end):
            if position < after:
                continue
            match = title.match(text, position)
            if match:
                yield match
                after = match.end()
