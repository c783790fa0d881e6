"""Absent persons: who the text says did not take part ("meldte forfall").

The cues are data (`absence` in `data/participant_patterns.yaml`). The person
or minister title named last before a cue in its sentence is the absent one;
names after the cue (a substitute "sendt ... i sitt sted") are not affected.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from flows import lexicon


@lru_cache(maxsize=1)
def _cue() -> re.Pattern[str]:
    items = lexicon.load("participant_patterns").get("absence") or ()
    return re.compile("|".join(f"(?:{p})" for p in items), re.IGNORECASE)


def absence_cues(sentence: str) -> tuple[int, ...]:
    """Offsets (in `sentence`) where an absence cue starts."""
    return tuple(m.start() for m in _cue().finditer(sentence))


# Between two coordinated subjects: "A og B", "A, B", "A og finansminister B"
# (lower-case role words allowed, words that open a new clause such as "men", "sidan" not:
# "leia av A, sidan B var sjuk" makes only B absent).
COORDINATED = re.compile(r"^\s*(?:,|og)\s+(?:(?!(?:men|mens|medan|sidan|siden|fordi|då|da|ettersom|når|som)\b)"
                         r"[a-zæøå.-]+\s+){0,3}$")


def absent_spans(spans: Sequence[tuple[int, int]], sentence_start: int, sentence: str) -> frozenset[int]:
    """Indexes of `spans` (document offsets of the mentions in one sentence) that
    stand for absent persons: the last mention ending before each cue, and the
    mentions coordinated with it ("A og B meldte forfall")."""
    out: set[int] = set()
    order = sorted(range(len(spans)), key=lambda i: spans[i])
    for cue in absence_cues(sentence):
        at = sentence_start + cue
        before = [i for i in order if spans[i][1] <= at and spans[i][0] >= sentence_start]
        while before:
            last = before.pop()
            out.add(last)
            if not before:
                break
            gap = sentence[spans[before[-1]][1] - sentence_start:spans[last][0] - sentence_start]
            if not COORDINATED.match(gap):
                break
    return frozenset(out)
