"""Topic codes from a keyword lexicon (`data/topics.yaml`) over lemmas.

A keyword matches a word (or its simplemma lemma) when it is the word, when the
word starts with it (keywords ending in '*'), or when it is a part of a compound:
the word ends with it (the compound's head: "legevaktsleger" ~ "lege") or,
for '*' keywords of five letters or more, contains it after a compound joint
("tvangslovgivning" ~ "lovgivning*"). Multi-word keywords match as phrases.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

import simplemma

from flows import lexicon

WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)
MIN_HEAD = 4  # shortest keyword matched as a compound head
MIN_INNER = 5  # shortest '*' keyword matched inside a compound


def topic_codes() -> tuple[str, ...]:
    """The fixed code list, in the order of the data file."""
    return tuple(lexicon.load("topics"))


@lru_cache(maxsize=1)
def _keywords() -> tuple[tuple[str, str, bool], ...]:
    """(code, keyword without '*', is_prefix) for single-word keywords."""
    out: list[tuple[str, str, bool]] = []
    for code, entry in lexicon.load("topics").items():
        for kw in entry.get("keywords", []):
            kw = str(kw).casefold()
            if " " not in kw:
                out.append((code, kw.rstrip("*"), kw.endswith("*")))
    return tuple(out)


@lru_cache(maxsize=1)
def _phrases() -> tuple[tuple[str, re.Pattern[str]], ...]:
    out: list[tuple[str, re.Pattern[str]]] = []
    for code, entry in lexicon.load("topics").items():
        for kw in entry.get("keywords", []):
            kw = str(kw).casefold()
            if " " in kw:
                stem = re.escape(kw.rstrip("*")).replace(r"\ ", r"\s+")
                out.append((code, re.compile(rf"(?<!\w){stem}\w*" if kw.endswith("*") else rf"(?<!\w){stem}(?!\w)")))
    return tuple(out)


def _part_match(word: str, kw: str, prefix: bool) -> bool:
    if word == kw or (prefix and word.startswith(kw)):
        return True
    if len(kw) >= MIN_HEAD and word.endswith(kw) and len(word) > len(kw):
        return True
    if prefix and len(kw) >= MIN_INNER:
        at = word.find(kw, 1)
        return at > 0 and (word[at - 1] in "s-e" or at >= 4)
    return False


@lru_cache(maxsize=65536)
def _word_codes(word: str, language: str) -> tuple[str, ...]:
    forms = {word}
    try:
        forms.add(simplemma.lemmatize(word, lang=language if language in ("nb", "nn") else "nb").casefold())
    except (ValueError, KeyError):
        pass
    for part in word.split("-"):
        if part:
            forms.add(part)
    codes: list[str] = []
    for code, kw, prefix in _keywords():
        if code not in codes and any(_part_match(form, kw, prefix) for form in forms):
            codes.append(code)
    return tuple(codes)


@lru_cache(maxsize=8192)
def _mentions(text: str, language: str) -> tuple[tuple[int, str], ...]:
    """(position, code) for every keyword hit, one per word and code."""
    low = text.casefold()
    hits = [(m.start(), code) for m in WORD.finditer(low) for code in _word_codes(m.group(0), language)]
    hits += _phrase_mentions(text)
    return tuple(sorted(hits))


@lru_cache(maxsize=8192)
def _phrase_mentions(text: str) -> list[tuple[int, str]]:
    """(position, code) for every hit of a keyword of several words."""
    low = text.casefold()
    return [(m.start(), code) for code, pattern in _phrases() for m in pattern.finditer(low)]


def topics_in(text: str, language: str = "nb") -> tuple[str, ...]:
    """Every topic code the text mentions, in order of first mention."""
    seen: list[str] = []
    for _, code in _mentions(text, language):
        if code not in seen:
            seen.append(code)
    return tuple(seen)


def topic_of(text: str, language: str = "nb", context: str = "") -> str | None:
    """The single best topic code for a short text (a demand); `context` breaks ties."""
    return rank(text, language, context)


def rank(text: str, language: str = "nb", *contexts: str) -> str | None:
    """Most keyword hits in `text` wins; ties go to the code with most hits in the first
    context that separates them, then to the code mentioned first. Without hits in the
    text, the first context with hits decides."""
    hits = _mentions(text, language)
    if not hits:
        for i, context in enumerate(contexts):
            if context and _mentions(context, language):
                return rank(context, language, *contexts[i + 1:])
        return None
    counts = Counter(code for _, code in hits)
    counts.update(code for _, code in _phrase_mentions(text))  # a term of several words is more specific
    first: dict[str, int] = {}
    for pos, code in hits:
        first.setdefault(code, pos)
    best = max(counts.values())
    tied = [c for c in counts if counts[c] == best]
    for context in contexts:
        if len(tied) < 2 or not context:
            continue
        ctx = Counter(code for _, code in _mentions(context, language))
        top = max(ctx[c] for c in tied)
        if top:
            tied = [c for c in tied if ctx[c] == top]
    return min(tied, key=lambda c: first[c])
