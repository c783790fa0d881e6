"""The words a regex match must contain, and a search that skips a pattern whose words are absent.

Python's `re` tries a pattern at every position of a text, so a long alternation of occasion cues
(`meeting_type.any_cue`: "i debatten", "møtte", "holdt et innlegg", ...) costs a try of dozens of
alternatives at every word of every paragraph, though most paragraphs hold no cue at all. Yet
nearly every cue contains a literal word that any match of it must contain ("debatten", "møte",
"innlegg"). `required_words(pattern)` reads those words from the parsed pattern (`re._parser`,
the parser `re.compile` itself uses): each run of literal characters in sequence, and for a group
of alternatives a set of one run from each; every such set is needed ("tok|tek|tar", then "mot",
then "regjering|statsråd|..."). A text that lacks every word of one set (compared in lower case)
cannot match, so the pattern need not be tried.

`GatedAlternation(alternatives)` searches an alternation this way: it tells whether any
alternative matches (`found`) by trying only the alternatives whose word sets the text holds, each
compiled on its own (`matcher.boundary_alternation`: with its first-character guard). `search` and
`finditer` give exactly what the whole alternation gives, and skip it when nothing is `found`.

Only a necessary condition is read, so nothing changes but the time: a pattern whose words cannot
be told (no literal of MIN_LITERAL characters in every match) is always tried; and a text holding a
character that re.IGNORECASE folds unlike `str.lower` (the long s, the Kelvin sign, a dotted
capital I: `re._casefix`) is always searched whole. tests/test_literal_gate.py checks the gated
search against the whole pattern.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Callable, Protocol

from flows.word_scan import held_among, word_scanner

if TYPE_CHECKING:
    from flows.first_chars import ParsedItems

try:  # re's parser and opcodes (3.11-3.13); without them nothing is gated, and nothing else changes
    from re import _constants as _op, _parser as _sre_parse  # type: ignore[attr-defined]
    from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover
    _op = _sre_parse = None  # type: ignore[assignment]
    _EXTRA_CASES = {}

MIN_LITERAL = 3  # a required word shorter than this is in nearly every text: no gate

Literals = frozenset[str]


def _score(found: Literals) -> tuple[int, int]:
    return min(map(len, found)), -len(found)


def _sequence(items: ParsedItems) -> list[Literals]:
    """Sets of literals each of which has a member in every match of a sequence of parsed items
    (all of them are required: a conjunction)."""
    out: list[Literals] = []
    run = ""
    for op, arg in items:
        if op is _op.LITERAL or (op is _op.IN and len(arg) == 1 and arg[0][0] is _op.LITERAL):
            run += chr(arg if op is _op.LITERAL else arg[0][1]).lower()
            continue
        if op is _op.AT:  # \b, ^, $: zero width, the run goes on
            continue
        if run:
            out.append(frozenset({run}))
        run = ""
        out += _item(op, arg)
    return out + [frozenset({run})] if run else out


def _item(op: object, arg: object) -> list[Literals]:
    if op is _op.SUBPATTERN:
        return _sequence(arg[-1])  # type: ignore[index]
    if op is _op.ATOMIC_GROUP:
        return _sequence(arg)  # type: ignore[arg-type]
    if op in (_op.MAX_REPEAT, _op.MIN_REPEAT, _op.POSSESSIVE_REPEAT):
        return _sequence(arg[2]) if arg[0] >= 1 else []  # type: ignore[index]
    if op is _op.ASSERT:  # a lookaround looks at the same text: its words are in it too
        return _sequence(arg[1])  # type: ignore[index]
    if op is _op.BRANCH:  # one set: the best of each alternative's, together
        out: set[str] = set()
        for branch in arg[1]:  # type: ignore[index]
            found = _sequence(branch)
            if not found:
                return []
            out |= max(found, key=_score)
        return [frozenset(out)]
    return []


@lru_cache(maxsize=None)
def _risky() -> re.Pattern[str]:
    """The characters IGNORECASE folds otherwise than `str.lower` does (and non-ASCII partners of
    ASCII letters, such as the long s): in a text holding one, the words are not compared."""
    chars = {chr(c) for c in range(0x80, 0x10000) if len(chr(c).lower()) != 1}
    for key, values in _EXTRA_CASES.items():
        chars |= {chr(c) for c in (key, *values) if c >= 0x80}
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]")


def required_words(pattern: str, flags: int = re.IGNORECASE) -> tuple[Literals, ...]:
    """Sets of lower-case words that every match of `pattern` holds one of each (a conjunction), the
    most telling first; each set's shortest word has MIN_LITERAL characters. () when none can be told."""
    if _sre_parse is None:  # pragma: no cover
        return ()
    try:
        found = _sequence(list(_sre_parse.parse(pattern, flags)))
    except Exception:  # noqa: BLE001  (an unparsable pattern is simply not gated)
        return ()
    kept = {w for w in found if min(map(len, w)) >= MIN_LITERAL and not any(_risky().search(x) for x in w)}
    return tuple(sorted(kept, key=lambda w: (_score(w), sorted(w)), reverse=True))


def required_literals(pattern: str, flags: int = re.IGNORECASE) -> Literals | None:
    """The most telling set of `required_words` (one of them is in every match), or None."""
    found = required_words(pattern, flags)
    return found[0] if found else None


class Searchable(Protocol):
    """What the occasion passes read of a cue pattern: a compiled regex or a `GatedAlternation`."""

    def search(self, text: str) -> re.Match[str] | None: ...

    def finditer(self, text: str) -> Iterator[re.Match[str]]: ...


class GatedAlternation:
    """An alternation of regexes searched behind the words each alternative requires."""

    def __init__(self, whole: re.Pattern[str], alternatives: Sequence[str]) -> None:
        from flows.extract.matcher import boundary_alternation

        self.whole = whole
        self.pattern = whole.pattern
        parts = [(required_words(a, whole.flags), re.compile(boundary_alternation([a]), whole.flags))
                 for a in alternatives]
        self._patterns = tuple(pattern for _, pattern in parts)
        masks: dict[str, int] = {}  # a word -> the (alternative, word set) pairs it satisfies
        needs: list[int] = []  # per alternative, the pairs it needs, all of them
        k = 0
        for words, _ in parts:
            need = 0
            for group in words:
                for word in group:
                    masks[word] = masks.get(word, 0) | 1 << k
                need |= 1 << k
                k += 1
            needs.append(need)
        self._words = tuple(sorted(masks))
        self._masks = tuple(masks[w] for w in self._words)
        self._scan, self._implied = word_scanner(self._words, self._masks)
        self._needs = tuple(needs)
        owner = [i for i, need in enumerate(needs) for _ in range(need.bit_count())]  # word-set bit -> alternative
        self._owner = tuple(owner)
        self._free = tuple(i for i, need in enumerate(needs) if not need)  # alternatives that require no word

    def words_in(self, text: str) -> tuple[tuple[str, int], ...] | None:
        """The words (with their masks) that `text` holds; None for a risky text. A part of `text`
        can hold no other word: pass this to `found` for each part of one document."""
        low, risky = _lowered(text)
        return None if risky else tuple((w, m) for w, m in zip(self._words, self._masks) if w in low)

    def found(self, text: str, among: tuple[tuple[str, int], ...] | None = None) -> bool:
        """True when some alternative matches somewhere in `text` (as `whole.search(text)` tells):
        only the alternatives whose words the text holds are tried, in order. `among`: the words
        of a text that `text` is part of (`words_in`), the only ones that need looking for."""
        low, risky = _lowered(text)
        if risky:
            return self.whole.search(text) is not None
        held = self._held(low) if among is None else held_among(low, among)
        return any(pattern.search(text) for pattern in self._possible(held))

    def _held(self, low: str) -> int:
        """The bits of the words `low` holds, in one scan (`word_scan.word_scanner`): at each position the longest
        word that starts there, and with it every word inside it."""
        implied = self._implied
        held = 0
        for word in self._scan.findall(low):
            held |= implied[word]
        return held

    def _possible(self, held: int) -> Iterator[re.Pattern[str]]:
        """In order, the patterns of the alternatives whose word sets are all `held` (bits as in
        `found`): only the alternatives of the bits that are set, and those that need no word, are
        looked at, so a text holding few words costs little however long the alternation."""
        candidates = set(self._free)
        bits, owner = held, self._owner
        while bits:
            low_bit = bits & -bits
            candidates.add(owner[low_bit.bit_length() - 1])
            bits ^= low_bit
        needs, patterns = self._needs, self._patterns
        return (patterns[i] for i in sorted(candidates) if needs[i] & held == needs[i])

    def possible(self, text: str) -> bool:
        """False only when no alternative's words are all in `text` (no part of it can match)."""
        low, risky = _lowered(text)
        if risky:
            return True
        return next(self._possible(self._held(low)), None) is not None

    def search(self, text: str, *span: int) -> re.Match[str] | None:
        """`whole.search`; within a span (pos, endpos) only the words are looked for first."""
        if span:
            return self.whole.search(text, *span) if self.possible(text) else None
        return self.whole.search(text) if _found(self, text) else None

    def finditer(self, text: str, *span: int) -> Iterator[re.Match[str]]:
        if span:
            return self.whole.finditer(text, *span) if self.possible(text) else iter(())
        return self.whole.finditer(text) if _found(self, text) else iter(())

    def __getattr__(self, name: str) -> object:  # anything else is the whole pattern's own
        if name == "whole":  # not set yet (a copy being made)
            raise AttributeError(name)
        return getattr(self.whole, name)


_FOUND: list[Callable[..., Any]] = []  # the memoised `found`, made on first use (flows.extract imports this module)


def _found(gate: GatedAlternation, text: str) -> bool:
    """`gate.found(text)`, once per document (`flows.extract.memo`): the meeting pass asks of one
    sentence several times."""
    if not _FOUND:
        from flows.extract.memo import memoised

        _FOUND.append(memoised(lambda g, t: g.found(t)))
    return bool(_FOUND[0](gate, text))


_LAST: tuple[str, str, bool] = ("", "", False)  # the text compared last, lowered, and whether it is risky


def _lowered(text: str) -> tuple[str, bool]:
    """`text` in lower case, and whether it holds a risky character (`_risky`); the last text is
    remembered, since one sentence is asked about by many patterns in turn."""
    global _LAST
    last = _LAST  # one tuple, read and written whole: safe between threads
    if last[0] is text:
        return last[1], last[2]
    low, risky = text.lower(), _risky().search(text) is not None
    _LAST = (text, low, risky)
    return low, risky


def holds_words(words: tuple[Literals, ...], text: str) -> bool:
    """False only when `text` can hold no match of a pattern requiring `words` (`required_words`)."""
    if not words:
        return True
    low, risky = _lowered(text)
    return risky or all(any(w in low for w in group) for group in words)


class GatedPattern:
    """A compiled regex whose scanning searches (`search`, `finditer`, `findall`) are skipped in a text
    that lacks the words every match holds (`required_words`); the same results, everything else
    (`match`, `sub`, `pattern`, ...) is the regex's own."""

    def __init__(self, compiled: re.Pattern[str], words: tuple[Literals, ...]) -> None:
        self.compiled = compiled
        self.words = words

    def __getattr__(self, name: str) -> object:
        if name == "compiled":  # not set yet (a copy being made)
            raise AttributeError(name)
        return getattr(self.compiled, name)

    def search(self, text: str, *span: int) -> re.Match[str] | None:
        return self.compiled.search(text, *span) if holds_words(self.words, text) else None

    def finditer(self, text: str, *span: int) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text, *span) if holds_words(self.words, text) else iter(())

    def findall(self, text: str, *span: int) -> list[object]:
        return self.compiled.findall(text, *span) if holds_words(self.words, text) else []


def gated(compiled: re.Pattern[str]) -> re.Pattern[str]:
    """`compiled` behind the words its matches need (a `GatedPattern`), or itself when none can be told."""
    words = required_words(compiled.pattern, compiled.flags)
    return GatedPattern(compiled, words) if words else compiled  # type: ignore[return-value]
