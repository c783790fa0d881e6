"""Topic codes from a keyword lexicon (`data/topics.yaml`) over lemmas.

A keyword matches a word (or its simplemma lemma) when it is the word, when the
word starts with it (keywords ending in '*'), or when it is a part of a compound:
the word ends with it (the compound's head: "legevaktsleger" ~ "lege") or,
for '*' keywords of five letters or more, contains it after a compound joint
("tvangslovgivning" ~ "lovgivning*"). Multi-word keywords match as phrases. A word takes the
code of its longest matching keyword only.

A demand's topic weighs its head more than the words that modify it (`data/topic_heads.yaml`):
the last word of its opening phrase ("ei ny investeringsordning for ...") and the verb and
object after a modal ("... må dekkes av staten"), skipping transparent words
("en del av", "sørge for"). Context only breaks ties.
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


def _part_match(word: str, kw: str, prefix: bool, head_ok: bool = True) -> bool:
    if word == kw or (prefix and word.startswith(kw)):
        return True
    if head_ok and len(kw) >= MIN_HEAD and word.endswith(kw) and len(word) > len(kw):
        return True
    if prefix and len(kw) >= MIN_INNER:
        at = word.find(kw, 1)
        return at > 0 and (word[at - 1] in "s-e" or at >= 4)
    return False


@lru_cache(maxsize=65536)
def _word_codes(word: str, language: str) -> tuple[str, ...]:
    """The codes of the longest keyword that matches the word (a whole keyword beats a compound
    head: "stimuleringstilskot" is the keyword itself, not a kind of "tilskot"). A compound head
    must end the word's lemma too, so an inflected adjective ("statlege", lemma "statleg") is no
    compound of "lege"."""
    forms = {word}
    lemmas = set()
    for lang in dict.fromkeys((language if language in ("nb", "nn") else "nb", "nb", "nn")):
        try:
            lemmas.add(simplemma.lemmatize(word, lang=lang).casefold())
        except (ValueError, KeyError):
            pass
    forms |= lemmas
    for part in word.split("-"):
        if part:
            forms.add(part)
    changed = {lemma for lemma in lemmas if lemma != word}
    best: dict[str, int] = {}
    for code, kw, prefix in _keywords():
        if any(_part_match(form, kw, prefix, not changed or form != word) for form in forms):
            best[code] = max(best.get(code, 0), len(kw))
    if not best:
        return ()
    top = max(best.values())
    return tuple(code for code, size in best.items() if size == top)


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


DISCUSSED_MIN_MENTIONS = 2  # one passing keyword does not make a topic of the meeting


def discussed_topics(text: str, language: str = "nb", demand_topics: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Topics of a document's meeting, in order of first mention: codes mentioned at
    least DISCUSSED_MIN_MENTIONS times, and the topic of every demand raised."""
    counts: dict[str, int] = {}
    for _, code in _mentions(text, language):
        counts[code] = counts.get(code, 0) + 1
    return tuple(c for c in counts if counts[c] >= DISCUSSED_MIN_MENTIONS or c in demand_topics) + tuple(
        sorted({c for c in demand_topics if c not in counts}))


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


@lru_cache(maxsize=1)
def _head_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = lexicon.load("topic_heads")
    boundary = re.compile(rf"(?<![\w-])(?:{lexicon.alternation(data['boundaries'])})(?![\w-])|[,;:(«»]", re.IGNORECASE)
    transparent = re.compile(rf"(?<![\w-])(?:{lexicon.alternation(data['transparent'])})(?![\w-])", re.IGNORECASE)
    modal = re.compile(rf"(?<![\w-])(?:{lexicon.alternation(data['modals'])})\s+", re.IGNORECASE)
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


def _last_word(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the last word in text[start:end] (the head of a noun phrase)."""
    words = list(WORD.finditer(text, start, end))
    return words[-1].span() if words else (start, start)


def rank(text: str, language: str = "nb", *contexts: str) -> str | None:
    """A code hit in the demand's head (`head_spans`) wins; otherwise most keyword hits in
    `text` wins; ties go to the code with most hits in the first context that separates them,
    then to the code mentioned first. Without hits in the text, the first context with hits
    decides."""
    hits = _mentions(text, language)
    spans = head_spans(text.casefold())
    heads = Counter(code for pos, code in hits if any(a <= pos < b for a, b in spans))
    if not hits:
        for i, context in enumerate(contexts):
            if context and _mentions(context, language):
                return rank(context, language, *contexts[i + 1:])
        return None
    counts = Counter(code for _, code in hits)
    weights = lexicon.load("topic_heads")
    for _, code in _phrase_mentions(text):
        counts[code] += float(weights["phrase_weight"])  # a term of several words is more specific
    for code, n in heads.items():
        counts[code] += n * float(weights["head_weight"])  # the head names the subject
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
