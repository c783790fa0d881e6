"""Persons written by their initials, after a key that spells them out once ("Torunn Eidsvåg Lie (TEL),
styreleiar" in the list of those present, then "- TEL innleidde og viste til at ...").

Minutes often name each person in full once, with their initials in brackets, and then only by those
initials. `keys` finds the keys, a full name followed by its initials in brackets, the
initials being the first letters of every part of the name, two to four capitals, and no organisation's
acronym; `initials_spans` every later place the initials stand as a word of their own, written in capitals. Each
is a mention of the person (kind "surname": a short form of a name the text gives in full). Initials
that key two different persons ("Kari Berg (KB)" and "Knut Berg (KB)") key neither; a bracket holding
anything else ("(Sp)", "(SD)" after a ministry) keys nobody.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Protocol

from flows.extract.actors import addressees_in, claimants_in
from flows.extract.matcher import find_literals

KEY = re.compile(r"\s*\((?P<initials>[A-ZÆØÅ]{2,4})\)")


class Named(Protocol):
    name: str
    start: int
    end: int


def initials(name: str) -> tuple[str, ...]:
    """The initials a name may be keyed by: the first letter of every part ("Torunn Eidsvåg Lie": TEL; parts
    split at spaces and hyphens, "Anne-Berit Steen": ABS), unless they spell an organisation the gazetteer
    knows ("Knut Sveen (KS)": KS is KS). Not the first and the last part's alone: "Knut Arild Sveen (KS)"
    is a member of KS."""
    parts = [w for w in re.split(r"[\s-]+", name) if w[:1].isupper()]
    if len(parts) < 2:
        return ()
    every = "".join(w[0] for w in parts)
    return () if _organisation(every) else (every,)


@lru_cache(maxsize=1024)
def _organisation(key: str) -> bool:
    return any(hit.start == 0 and hit.end == len(key) for hit in (*claimants_in(key), *addressees_in(key)))


def keys(text: str, full: Sequence[Named]) -> dict[str, tuple[str, int]]:
    """{initials: (name, where its key ends)} for every full name the text follows by its initials in
    brackets; initials that key two persons are left out."""
    found: dict[str, tuple[str, int]] = {}
    clashing: set[str] = set()
    for mention in full:
        key = KEY.match(text, mention.end)
        if key is None or key.group("initials") not in initials(mention.name):
            continue
        known = found.get(key.group("initials"))
        if known is not None and known[0] != mention.name:
            clashing.add(key.group("initials"))
        elif known is None:
            found[key.group("initials")] = (mention.name, key.end())
    return {k: v for k, v in found.items() if k not in clashing}


def initials_spans(text: str, full: Sequence[Named]) -> list[tuple[str, str, int, int]]:
    """(name, initials, start, end) of every place after its key where a person's initials stand as a
    word of their own, outside brackets."""
    known = keys(text, full)
    if not known:
        return []
    out: list[tuple[str, str, int, int]] = []
    for start, end, key in find_literals(text, sorted(known, key=len, reverse=True)):
        name, after = known[key]
        if start >= after and text[start - 1:start] != "(":
            out.append((name, key, start, end))
    return out
