"""Parsed sentences as plain frozen records: tokens with their heads and document offsets.

`parse` makes them from spaCy's output; no spaCy object leaves that module, so these records
are all the later layers read. A parse keeps each token's dependents and a memo for pure
functions of it (`subjects.subject_of`), both built on first use.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import Any


@dataclass(frozen=True)
class Token:
    i: int  # index in its sentence
    text: str
    lemma: str
    pos: str  # universal part of speech
    dep: str  # NDT relation to the head
    head: int  # index of the head; == i for a root
    start: int  # document offsets
    end: int
    morph: str = ""


@dataclass(frozen=True)
class Parsed:
    """One parsed sentence: tokens with heads, document offsets."""

    start: int
    end: int
    text: str  # the sentence as parsed (document text from start to end)
    tokens: tuple[Token, ...]

    @cached_property
    def _children(self) -> dict[int, tuple[Token, ...]]:
        """The dependents of each token, in order (built once per sentence, on first use)."""
        out: dict[int, list[Token]] = {}
        for t in self.tokens:
            if t.head != t.i:
                out.setdefault(t.head, []).append(t)
        return {head: tuple(kids) for head, kids in out.items()}

    @cached_property
    def memo(self) -> dict[Any, Any]:
        """Results of pure functions of this parse (`subjects.subject_of`), kept with it."""
        return {}

    def children(self, i: int) -> tuple[Token, ...]:
        return self._children.get(i, ())

    def child(self, i: int, *deps: str) -> Token | None:
        return next((t for t in self._children.get(i, ()) if t.dep in deps), None)

    def subtree(self, i: int) -> tuple[Token, ...]:
        """Token i and everything under it, in order."""
        keep = {i}
        todo = [i]
        while todo:
            for t in self._children.get(todo.pop(), ()):
                if t.i not in keep:
                    keep.add(t.i)
                    todo.append(t.i)
        return tuple(t for t in self.tokens if t.i in keep)

    def ancestors(self, i: int) -> Iterator[Token]:
        seen = {i}
        token = self.tokens[i]
        while token.head != token.i and token.head not in seen:
            seen.add(token.head)
            token = self.tokens[token.head]
            yield token
