"""The codebook (`data/topics.yaml`) as keyword hits: which codes a word or a text names.

Single-word keywords match a word's lemma, its hyphen parts and compound parts (a keyword ending
in '*' is a prefix); a compound names the code of the keyword nearest its end, as Norwegian
compounds are right-headed. Keywords of several words match as phrases.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from flows import lexicon
from flows.extract.topic_words import WORD, lemma, settings, word_list

MIN_HEAD = 4  # shortest keyword matched as the end of a compound
MIN_INNER = 5  # shortest '*' keyword matched inside a compound


@lru_cache(maxsize=1)
def _keywords() -> tuple[tuple[str, str, bool], ...]:
    """(code, keyword without '*', is_prefix) for single-word keywords."""
    return tuple((code, kw.casefold().rstrip("*"), kw.endswith("*"))
                 for code, entry in lexicon.load("topics").items()
                 for kw in word_list(entry.get("keywords", []), f"topics.yaml {code}") if " " not in kw)


@lru_cache(maxsize=1)
def _phrases() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    """(code, first word, pattern) for keywords of several words; a text without the first word
    (as written) holds no match, so the pattern need not run over it."""
    out: list[tuple[str, str, re.Pattern[str]]] = []
    for code, entry in lexicon.load("topics").items():
        for kw in (str(k).casefold() for k in entry.get("keywords", [])):
            if " " in kw:
                stem = re.escape(kw.rstrip("*")).replace(r"\ ", r"\s+")
                pattern = re.compile(rf"(?<!\w){stem}\w*" if kw.endswith("*") else rf"(?<!\w){stem}(?!\w)")
                out.append((code, kw.split(" ")[0], pattern))
    return tuple(out)


def keyword_stems() -> frozenset[str]:
    """Every single-word keyword stem: known words for compound splitting."""
    return frozenset(kw for _, kw, _ in _keywords())


def _part_match(word: str, kw: str, prefix: bool, head_ok: bool) -> bool:
    if word == kw or (prefix and word.startswith(kw)):
        return True
    if head_ok and len(kw) >= MIN_HEAD and word.endswith(kw) and len(word) > len(kw):
        return True
    if prefix and len(kw) >= MIN_INNER:
        at = word.find(kw, 1)
        return at > 0 and (word[at - 1] in "s-e" or at >= 4)
    return False


@lru_cache(maxsize=1)
def _keyword_index() -> tuple[dict[str, tuple[int, ...]], frozenset[str]]:
    """The codebook as one lookup table: keyword -> its positions in `_keywords()`, and every
    prefix of a keyword. Every way a keyword matches a word (whole, prefix, compound head, inside
    a compound) makes it a substring of the word, so a word is checked only against the keywords
    among its substrings instead of against every keyword; a substring that begins no keyword
    ends the search from its start."""
    index: dict[str, list[int]] = {}
    for n, (_, kw, _) in enumerate(_keywords()):
        index.setdefault(kw, []).append(n)
    prefixes = frozenset(kw[:i] for kw in index for i in range(1, len(kw) + 1))
    return {kw: tuple(ns) for kw, ns in index.items()}, prefixes


def _candidates(form: str) -> set[int]:
    """Positions in `_keywords()` of the keywords that occur in `form`."""
    index, prefixes = _keyword_index()
    found: set[int] = set()
    for i in range(len(form)):
        for j in range(i + 1, len(form) + 1):
            piece = form[i:j]
            if piece not in prefixes:
                break  # no keyword begins with it, so none with a longer piece from i
            found.update(index.get(piece, ()))
    return found


def _reach(form: str, kw: str) -> int:
    """How far into `form` the keyword's last match reaches, counted from the word's end (0: it
    ends the word; an inflection ending after it counts as part of it, so "-tilskuddet" ends the
    word as "tilskudd" does)."""
    at = form.rfind(kw)
    rest = form[at + len(kw):] if at >= 0 else form
    return 0 if rest in _endings() else len(rest)


@lru_cache(maxsize=1)
def _endings() -> frozenset[str]:
    return frozenset(["", *settings()["endings"]])


@lru_cache(maxsize=65536)
def word_codes(word: str, language: str) -> tuple[str, ...]:
    """The codes of the keyword that heads a word, its lemma or a hyphen part. Norwegian compounds
    are right-headed (an "integreringstilskudd" is a kind of "tilskudd", a "legevaktslege" a kind
    of "lege"), so of the keywords a word holds the one reaching nearest its end wins, and of
    those the longest ("stimuleringstilskudd*" over "tilskudd*"). A compound head must end the
    lemma too ("statlege", lemma "statleg", is no kind of "lege")."""
    base = lemma(word, language)
    forms = {word, base} | {part for part in word.split("-") if part}
    keywords = _keywords()
    head = bool(settings()["compound_head"])
    best: dict[str, tuple[int, int]] = {}
    for n in sorted(set().union(*(_candidates(form) for form in forms))):  # the codebook's order
        code, kw, prefix = keywords[n]
        matched = [form for form in forms if _part_match(form, kw, prefix, base == word or form != word)]
        if matched:
            rank = (-min(_reach(form, kw) for form in matched) if head else 0, len(kw))
            best[code] = max(best.get(code, rank), rank)
    top = max(best.values(), default=None)
    return tuple(code for code, rank in best.items() if rank == top)


@lru_cache(maxsize=8192)
def mentions(text: str, language: str) -> tuple[tuple[int, str], ...]:
    """(position, code) for every keyword hit in a text, one per word and code."""
    low = text.casefold()
    hits = [(m.start(), code) for m in WORD.finditer(low) for code in word_codes(m.group(0), language)]
    hits += [(m.start(), code) for code, first, pattern in _phrases() if first in low for m in pattern.finditer(low)]
    return tuple(sorted(hits))


@lru_cache(maxsize=64)
def _document_shares(document: str, language: str) -> tuple[tuple[str, float], ...]:
    counts = Counter(code for _, code in mentions(document, language))
    total = sum(counts.values())
    return tuple(sorted((code, n / total) for code, n in counts.items())) if total else ()
