"""One compiled matcher per lexicon: literal phrases as a trie-built regex, and literal keys without a regex.

`lexicon.alternation(items)` writes a lexicon as `longest|...|shortest`: Python's
`re` then tries every phrase at every position of a text, which for a gazetteer
of hundreds of aliases (case-insensitive) is most of the time the lookup takes.
`trie_alternation(items)` writes the same phrases as a trie (`Ku(?:nnskaps|ltur)...`):
at a position only the branch of the next character is tried. It matches
exactly what the flat alternation matches, and at each position the same
phrase (the longest that fits, the flat one being sorted longest first);
tests/test_matcher.py checks both against the flat alternation.

`find_literals(text, keys)` is the per-document case (the surnames of the
persons a text names): what `re.finditer(r"(?<![\\w-])(?:k1|k2|...)(?![\\w-])", text)`
finds, with `str.find` instead of a regex compiled for every document.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from flows.first_chars import first_chars, guard

try:  # the characters Python's re folds together beyond str.lower() (ſ and s, ı and i, Greek variants)
    from re._casefix import _EXTRA_CASES as EXTRA_CASES  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - every supported Python (3.11-3.13) has it
    EXTRA_CASES = {}

SPACE = " "  # a space in a phrase matches any run of whitespace (`\s+`), as lexicon.alternation writes it
WS = "\\s+"


def _fold(char: str) -> str | None:
    """One character standing for every character re.IGNORECASE matches with `char` (None: no such one)."""
    low = char.lower()
    if len(low) != 1:
        return None
    return min([low, *(chr(c) for c in EXTRA_CASES.get(ord(low), ()))])


def _tokens(item: str, ignore_case: bool) -> list[str] | None:
    tokens = []
    for char in item:
        if char == SPACE:
            tokens.append(WS)
        elif char.isspace():
            return None  # other whitespace: `\s+` would overlap it, so no trie
        else:
            folded = _fold(char) if ignore_case else char
            if folded is None:
                return None
            tokens.append(folded)
    return tokens


def _regex(node: dict[str, dict], end: str) -> str:
    """The regex of a trie node: its branches (one per next token), optional when a phrase ends here."""
    branches = [(WS if token == WS else re.escape(token)) + _regex(child, end)
                for token, child in sorted(node.items()) if token != end]
    if not branches:
        return ""
    if end in node:
        return "(?:" + "|".join(branches) + ")?"
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def trie_alternation(items: Iterable[str], *, ignore_case: bool = False) -> str:
    """The phrases as one regex (`re.IGNORECASE` when `ignore_case`), matching what
    `lexicon.alternation(items)` matches under the same flag, longest phrase first at each position;
    "" for no phrases (like lexicon.alternation). Falls back to the flat alternation for phrases the trie cannot hold exactly
    (whitespace other than spaces, characters that lower to two)."""
    from flows import lexicon

    phrases = sorted({str(i) for i in items})
    end = ""  # the token marking "a phrase ends here" (no real token is empty)
    root: dict[str, dict] = {}
    for phrase in phrases:
        tokens = _tokens(phrase, ignore_case)
        if tokens is None or not tokens:
            return lexicon.alternation(phrases)
        node = root
        for token in tokens:
            node = node.setdefault(token, {})
        node[end] = {}
    return _regex(root, end)


def _word(char: str) -> bool:
    """`char` is a word character as Python's re reads `\\w` in a str pattern, or a hyphen."""
    return char.isalnum() or char in "_-"


def word_at(text: str, form: str) -> int:
    """The first offset of `form` in `text` standing as words of its own (no word character or hyphen right before
    or after it), -1 if none: `(?<![\\w-])form(?![\\w-])` without building a pattern per form."""
    at = text.find(form)
    while at >= 0:
        before = text[at - 1] if at > 0 else ""
        after = text[at + len(form)] if at + len(form) < len(text) else ""
        if not _joins(before) and not _joins(after):
            return at
        at = text.find(form, at + 1)
    return -1


def _joins(char: str) -> bool:
    return bool(char) and (char.isalnum() or char in "_-" or (not char.isascii() and re.match(r"\w", char) is not None))


def find_literals(text: str, keys: Sequence[str]) -> list[tuple[int, int, str]]:
    """(start, end, key) of every match of `(?<![\\w-])(?:k1|k2|...)(?![\\w-])` in `text`, keys tried
    in the order given (so give them longest first), as `re.finditer` reports them: left to right,
    not overlapping, at each position the first key that fits."""
    rank = {key: i for i, key in reversed(list(enumerate(keys)))}
    if "" in rank:
        raise ValueError("an empty key matches everywhere")
    found: list[tuple[int, int, str]] = []
    for key, i in rank.items():
        at = text.find(key)
        while at >= 0:
            end = at + len(key)
            if (at == 0 or not _word(text[at - 1])) and (end == len(text) or not _word(text[end])):
                found.append((at, i, key))
            at = text.find(key, at + 1)
    out: list[tuple[int, int, str]] = []
    for start, _, key in sorted(found):
        if out and start < out[-1][1]:
            continue
        out.append((start, start + len(key), key))
    return out


def top_level_alternatives(pattern: str) -> list[str]:
    """`pattern` cut at every alternation `|` outside every group and character class:
    `(?:a1)|(?:a2)|...` of them matches what `pattern` matches, in the same order."""
    out: list[str] = []
    depth, i, in_class, start = 0, 0, False, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]" or pattern[i - 1] == "["
        elif char == "[":
            in_class = True
            if pattern[i + 1:i + 2] == "^":
                i += 1
            if pattern[i + 1:i + 2] == "]":  # a ']' first in a class is a literal
                i += 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


def _top_level_bar(pattern: str) -> bool:
    """`pattern` has an alternation `|` outside every group and character class."""
    return len(top_level_alternatives(pattern)) > 1


def boundary_alternation(patterns: Sequence[str]) -> str:
    """`(?:p1)|(?:p2)|...` with each run of consecutive patterns that begin with `\\b` written as
    `\\b(?:(?:p1)|(?:p2))`, a pattern with alternatives at its top level (`\\ba|\\bb`) taken as
    those alternatives: the same matches in the same order (a group of alternatives is tried in
    order, as the flat alternation tries them), but at a position that is no word boundary `re`
    gives up the whole run after one test instead of trying each alternative (the cue lexicons
    are dozens of `\\b...` patterns searched in every sentence). Inside a run, each stretch of
    patterns whose first characters are known (`first_chars`) stands behind one lookahead of those
    characters, so at a word boundary before any other character the stretch is given up after one
    more test; a pattern whose first character cannot be told (`\\w*seminar`) stands between the
    stretches, unguarded, in its place. A pattern outside a run is guarded on its own."""
    runs: list[tuple[bool, list[str]]] = []
    for pattern in (part for whole in patterns for part in top_level_alternatives(whole)):
        bounded = pattern.startswith("\\b")
        if bounded and runs and runs[-1][0]:
            runs[-1][1].append(pattern[2:])
        else:
            runs.append((bounded, [pattern[2:] if bounded else pattern]))
    return "|".join("\\b(?:" + _stretches(items) + ")" if bounded else f"{guard(items[0])}(?:{items[0]})"
                    for bounded, items in runs)


def _stretches(items: list[str]) -> str:
    """The patterns of one run, in order: each stretch of patterns with known first characters
    behind one guard, the others as they are."""
    parts: list[str] = []
    stretch: list[str] = []
    for item in [*items, None]:
        if item is not None and first_chars(item) is not None:
            stretch.append(item)
            continue
        if stretch:
            chars = sorted(frozenset().union(*(first_chars(p) or () for p in stretch)))
            parts.append("(?=[" + "".join(re.escape(c) for c in chars) + "])(?:"
                         + "|".join(f"(?:{p})" for p in stretch) + ")")
            stretch = []
        if item is not None:
            parts.append(f"(?:{item})")
    return "|".join(parts)
