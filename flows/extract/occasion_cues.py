"""The occasion cues of `data/meeting_types.yaml` and the records the type decision is made of.

Each cue is a pattern with a type, a rule name and a weight (`cues`); `occasion_cues` searches them all
behind the literal words each needs (`flows.literal_gate`). A `Hit` is one cue matched in a document, a
`TypeDecision` the type `meeting_type.decide_type` gives the occasion with the hits it weighed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from flows import lexicon
from flows.extract.matcher import boundary_alternation, top_level_alternatives
from flows.extract.memo import memoised
from flows.extract.talk_labels import filled
from flows.literal_gate import GatedAlternation, Literals, required_words


@dataclass(frozen=True)
class Cue:
    meeting_type: str
    rule: str
    weight: float
    pattern: re.Pattern[str]
    support: bool = False  # counts only beside another cue of its type


@dataclass(frozen=True)
class Hit:
    meeting_type: str
    rule: str
    score: float
    start: int | None  # offsets into Document.text; None for metadata hits
    end: int | None


@dataclass(frozen=True)
class TypeDecision:
    meeting_type: str
    rule: str
    score: float
    start: int | None
    end: int | None
    hits: tuple[Hit, ...]


@lru_cache(maxsize=1)
def config() -> dict:
    return lexicon.load("meeting_types")


@lru_cache(maxsize=1)
def cues() -> tuple[Cue, ...]:
    out: list[Cue] = []
    for meeting_type, items in config()["types"].items():
        for item in items:
            out.append(Cue(meeting_type, str(item["rule"]), float(item["weight"]),
                           re.compile(filled(str(item["pattern"])), re.IGNORECASE), bool(item.get("support", False))))
    return tuple(out)


@lru_cache(maxsize=1)
def any_cue() -> re.Pattern[str]:
    """One pattern matching any occasion cue (used to find meeting sentences)."""
    return re.compile(boundary_alternation([c.pattern.pattern for c in cues()]), re.IGNORECASE)


@lru_cache(maxsize=1)
def occasion_cues() -> GatedAlternation:
    """`any_cue` searched alternative by alternative, each only in a text holding the words it needs
    (`flows.literal_gate`): the same matches, most paragraphs and sentences given up at once."""
    return GatedAlternation(any_cue(), [p for c in cues() for p in top_level_alternatives(c.pattern.pattern)])


@memoised
def has_cue(text: str, document: str = "") -> bool:
    """True when some occasion cue matches in `text` (as `any_cue().search` tells), once per document;
    `document`: a text that `text` is part of (its words are looked up once, `document_words`)."""
    return occasion_cues().found(text, document_words(document) if document else None)


@memoised
def document_words(document: str) -> tuple[tuple[str, int], ...] | None:
    """The words of the occasion cues a whole document holds (`GatedAlternation.words_in`)."""
    return occasion_cues().words_in(document)


@lru_cache(maxsize=1)
def _cue_words() -> tuple[tuple[Literals, ...], ...]:
    """Per cue (`cues()`), the words its matches hold (`flows.literal_gate.required_words`; () when
    some alternative of it tells none)."""
    out: list[tuple[Literals, ...]] = []
    for cue in cues():
        parts = [required_words(part, cue.pattern.flags) for part in top_level_alternatives(cue.pattern.pattern)]
        if len(parts) == 1:
            out.append(parts[0])  # one pattern: every set of its words is needed
        else:  # alternatives: one of their most telling sets
            out.append((frozenset().union(*(words[0] for words in parts)),) if all(parts) else ())
    return tuple(out)


@lru_cache(maxsize=1)
def coming_rules() -> frozenset[str]:
    """The rules of cues that announce an occasion still to come (an invitation)."""
    return frozenset(str(r) for r in config().get("coming_rules") or ())


def own_session_rules() -> frozenset[str]:
    """The rules of cues that tell a body's own session (a council adopting a statement): no government body is met
    there unless a person of one takes part, and KS is no party unless the occasion's sentences name it."""
    return frozenset(str(r) for r in config().get("own_session_rules") or ())


def totals(hits: list[Hit]) -> dict[str, float]:
    """Each type's score: its hits, the n-th strongest counting `repeat_decay`**(n-1). Types come
    in the order of their first hit, so a tie is decided the same way in every process (a set
    would order them by string hash, which changes with PYTHONHASHSEED)."""
    decay = float(config()["repeat_decay"])
    totals: dict[str, float] = {}
    for meeting_type in dict.fromkeys(h.meeting_type for h in hits):
        ranked = sorted((h.score for h in hits if h.meeting_type == meeting_type), reverse=True)
        totals[meeting_type] = sum(score * decay ** i for i, score in enumerate(ranked))
    return totals



def first_offset(hits: list[Hit], meeting_type: str) -> int:
    offsets = [h.start for h in hits if h.meeting_type == meeting_type and h.start is not None]
    return min(offsets) if offsets else 10**9
