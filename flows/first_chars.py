"""The characters a regex match can begin with, and a zero-width guard built from them.

Python's `re` tries a pattern at every position of a text. For a long alternation of
case-insensitive cues (`\\b(?:(?:møtte)|(?:deltok)|...)`) every word boundary costs a try of
every alternative, most of them failing on their first letter. `guard(pattern)` is a lookahead
`(?=[...])` of the characters a match of `pattern` can start with: put in front of the pattern
it rejects such a position with one character-class test and changes nothing else, since every
match starts with one of those characters (the lookahead is zero-width and only a necessary
condition).

The characters are read from the parsed pattern (`re._parser`, the parser `re.compile` itself
uses): the first character-consuming item, past zero-width items (`\\b`, `^`, lookarounds) and
optional ones (`x?`, `x*`, an alternative that may match nothing). When that is not a literal or a
class of literals and ranges (`\\w`, `.`, a negated class, a group reference ...) or the pattern
can match the empty string, there is no guard (None). Each character comes with its case
variants (`m`/`M`, `k`/`K`/Kelvin sign, `s`/`ſ` ...), so the guard holds with or without
re.IGNORECASE; a scoped `(?i:...)` gives no guard. tests/test_boundary_alternation.py checks
that guarded and unguarded patterns find the same matches.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

try:  # re's parser and opcodes (3.11-3.13); without them there are no guards, and nothing else changes
    from re import _constants as _op, _parser as _sre_parse  # type: ignore[attr-defined]
    from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover
    _op = _sre_parse = None  # type: ignore[assignment]
    _EXTRA_CASES = {}

MAX_RANGE = 400  # a class range wider than this (a whole script) gives no guard
# A parsed pattern as re._parser gives it: (opcode, argument) pairs, the argument's shape set by the opcode
# (a code point, a range, a subpattern, a list of alternatives ...).
ParsedItems = Sequence[tuple[Any, Any]]


class _Unknown(Exception):
    """The first character cannot be told from the pattern."""


def case_variants(char: str) -> frozenset[str]:
    """`char` and every character re.IGNORECASE may match with it."""
    out = {char}
    for variant in (char.lower(), char.upper()):
        if len(variant) == 1:
            out.add(variant)
    for variant in list(out):
        out |= {chr(c) for c in _EXTRA_CASES.get(ord(variant), ())}
    return frozenset(out)


def _class_chars(items: ParsedItems, out: set[str]) -> None:
    for op, arg in items:
        if op is _op.LITERAL:
            out.add(chr(arg))
        elif op is _op.RANGE and arg[1] - arg[0] <= MAX_RANGE:
            out.update(chr(c) for c in range(arg[0], arg[1] + 1))
        else:  # NEGATE, CATEGORY (\w, \s, \d), a wide range
            raise _Unknown


def _first(items: ParsedItems, out: set[str]) -> bool:
    """Add to `out` the characters the sequence `items` can begin with; True when it may match
    the empty string (then what follows it can begin the match too)."""
    for op, arg in items:
        if op is _op.LITERAL:
            out.add(chr(arg))
            return False
        if op is _op.IN:
            _class_chars(arg, out)
            return False
        if op is _op.AT or op is _op.ASSERT or op is _op.ASSERT_NOT:
            continue  # zero-width: \b, ^, $, lookarounds
        if op is _op.SUBPATTERN:
            _, add_flags, _, sub = arg
            if add_flags & re.IGNORECASE:
                raise _Unknown  # (?i:...) inside a case-sensitive pattern
            if not _first(sub.data, out):
                return False
            continue
        if op is _op.BRANCH:
            empty = False
            for branch in arg[1]:
                empty = _first(branch.data, out) or empty
            if not empty:
                return False
            continue
        if op is _op.MAX_REPEAT or op is _op.MIN_REPEAT:
            low, _, sub = arg
            if not _first(sub.data, out) and low > 0:
                return False
            continue
        raise _Unknown  # ANY, NOT_LITERAL, GROUPREF, atomic and possessive groups, ...
    return True


@lru_cache(maxsize=None)
def first_chars(pattern: str) -> frozenset[str] | None:
    """The characters (with their case variants) a match of `pattern` can begin with; None when
    they cannot be told or the pattern may match the empty string."""
    if _sre_parse is None:
        return None
    out: set[str] = set()
    try:
        if _first(list(_sre_parse.parse(pattern, re.IGNORECASE).data), out):
            return None
    except (_Unknown, re.error, TypeError, ValueError, AttributeError):
        return None
    return frozenset(v for char in out for v in case_variants(char))


def guard(pattern: str) -> str:
    """A lookahead for the characters a match of `pattern` begins with, "" when there is none."""
    chars = first_chars(pattern)
    if not chars:
        return ""
    return "(?=[" + "".join(re.escape(c) for c in sorted(chars)) + "])"

