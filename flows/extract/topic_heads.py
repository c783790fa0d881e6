"""The head of a demand: the words that name what it is about (`data/topic_heads.yaml`).

The head region runs from the start of the demand, and from the verb after a modal, to the first
boundary word; its last word (the head noun) and the verb after a modal are heads. A money head
that is a nominalised action ("finansiering av ...") governs an object (`governed`): the phrase
after one of `object_prepositions`, the thing acted on.
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows import lexicon
from flows.extract.memo import memoised_list
from flows.extract.topic_words import WORD


@lru_cache(maxsize=1)
def _head_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = lexicon.load("topic_heads")
    boundary = re.compile(rf"(?<![\w-])(?:{lexicon.alternation(data['boundaries'])})(?![\w-])|[,;:(«»]",
                          re.IGNORECASE)
    transparent = lexicon.phrase_pattern(data["transparent"])
    modal = lexicon.phrase_pattern(data["modals"], after=r"\s+")
    return boundary, transparent, modal


def _head_end(text: str, start: int) -> int:
    """End of the head region that starts at `start`: the first boundary word after a content
    word, skipping transparent words with the boundary after them."""
    boundary, transparent, _ = _head_patterns()
    pos = start
    while True:
        match = boundary.search(text, pos)
        if match is None:
            return len(text)
        before = text[start:match.start()].split()
        last = " ".join(before[-3:]).casefold()
        if before and not any(last.endswith(t.group(0).casefold())
                              for t in transparent.finditer(last) if t.end() == len(last)):
            return match.start()
        pos = match.end()


@memoised_list  # read by the features and by the codebook's decision
def head_spans(text: str) -> list[tuple[int, int]]:
    """The regions that name what a demand is about: its opening noun or verb phrase and the
    verb phrase after a modal."""
    _, _, modal = _head_patterns()
    spans = [_last_word(text, 0, _head_end(text, 0))]
    for match in modal.finditer(text):
        verb = WORD.match(text, match.end())
        if verb:
            spans.append(verb.span())
        spans.append(_last_word(text, match.end(), _head_end(text, match.end())))
    return spans


@memoised_list
def governed(text: str) -> list[tuple[int, int, int, int]]:
    """(head start, head end, object start, object end) for every head noun followed by an object
    preposition (`object_prepositions`): "finansieringa av dei nasjonale e-helseløysingane" gives
    the head "finansieringa" and the object region "dei nasjonale e-helseløysingane"."""
    prepositions = _object_prepositions()
    if prepositions is None:
        return []
    low = text.casefold()
    spans = head_spans(low)
    if opens_with_adverbial(text):
        spans = spans[1:]
    out = []
    for a, b in spans:
        match = prepositions.match(low, b) if a < b else None
        if match:
            out.append((a, b, match.end(), _head_end(low, match.end())))
    return out


@lru_cache(maxsize=1)
def _object_prepositions() -> re.Pattern[str] | None:
    words = lexicon.load("topic_heads").get("object_prepositions", [])
    return lexicon.phrase_pattern(words, before=r"\s+", after=r"\s+") if words else None


def opens_with_adverbial(text: str) -> bool:
    """True when a demand opens with a preposition (a fronted adverbial: "i budsjettet ...")."""
    boundary = _head_patterns()[0]
    match = boundary.match(text.lstrip())
    return match is not None and match.group(0)[:1].isalpha()


def _last_word(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the last word in text[start:end] (the head of a noun phrase)."""
    words = list(WORD.finditer(text, start, end))
    return words[-1].span() if words else (start, start)
