"""A timeline box: three or more lines in a row, each opening with a date and a colon or a dash ("Mars 2024:
Kommunestyra vedtek å greie ut samanslåing på nytt.", "12. desember 2024: Begge kommunestyra vedtek samanslåing.",
"2016 – Nei i kommunereforma"). Its lines list the steps of a story, each at its own time: a council's vote or a
hearing there is an earlier step, not the occasion the text reports (`meeting_type.decide_type`). Lines of at most
`MAX_LINE` characters; the months are `months` in date_words.yaml.
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows import lexicon
from flows.extract.memo import memoised

MAX_LINE = 200
MIN_LINES = 3


@lru_cache(maxsize=1)
def _dated_line() -> re.Pattern[str]:
    months = "|".join(re.escape(m) for m in sorted(lexicon.load("date_words")["months"], key=len, reverse=True))
    date = (rf"(?:(?:\d{{1,2}}\.\s*)?(?:{months})\s+(?:19|20)\d\d|(?:19|20)\d\d|\d{{1,2}}\.\d{{1,2}}\.(?:19|20)?\d\d"
            rf"|(?:\d{{1,2}}\.\s*)(?:{months}))")
    return re.compile(rf"^[ \t]*(?:[•*–-][ \t]*)?{date}[ \t]*[:–—-][ \t]*\S", re.IGNORECASE)


@memoised
def box_lines(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of every line of a timeline box in `text` (read once per document: the occasion's type and its
    date both ask)."""
    lines: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        lines.append((start, start + len(line)))
        start += len(line) + 1
    dated = [len(text[a:b]) <= MAX_LINE and _dated_line().match(text[a:b]) is not None for a, b in lines]
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and dated[j]:
            j += 1
        if j - i >= MIN_LINES:
            out += lines[i:j]
        i = max(j, i + 1)
    return tuple(out)


def in_box(spans: tuple[tuple[int, int], ...], offset: int | None) -> bool:
    return offset is not None and any(a <= offset <= b for a, b in spans)
