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


def absent_spans(spans: Sequence[tuple[int, int]], sentence_start: int, sentence: str) -> frozenset[int]:
    """Indexes of `spans` (document offsets of the mentions in one sentence) that
    stand for absent persons: the last mention ending before each cue."""
    out: set[int] = set()
    for cue in absence_cues(sentence):
        at = sentence_start + cue
        before = [i for i, (start, end) in enumerate(spans) if end <= at and start >= sentence_start]
        if before:
            out.add(max(before, key=lambda i: spans[i][1]))
    return frozenset(out)
