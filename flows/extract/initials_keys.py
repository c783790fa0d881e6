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

KEY = re.compile(r"\s*\((?P<initials>[A-ZÆØÅ]{2,4})(?:\)|,\s*[^()\n]{1,30}\))")  # "(NR)", "(NR, referent)"
MIN_OTHER_KEYS = 2  # keys of other persons that make initials spelling a ministry's short name a person's too


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


def is_key(name: str, key: str) -> bool:
    """True when `key` may key `name`: its initials (`initials`), or three or four capitals that open with the first
    name's initial and close with the surname's, the ones between taken in order from the name ("Kari Strand (KAS)",
    a second letter of the first name or a middle name left out)."""
    if key in initials(name):
        return True
    parts = [w for w in re.split(r"[\s-]+", name) if w[:1].isupper()]
    if len(parts) < 2 or len(key) < 3 or key[0] != parts[0][0] or key[-1] != parts[-1][0] or _organisation(key):
        return False
    letters = iter(name[1:name.rfind(parts[-1])].upper())
    return all(c in letters for c in key[1:-1])


@lru_cache(maxsize=1024)
def _organisation(key: str) -> bool:
    return any(hit.start == 0 and hit.end == len(key) for hit in (*claimants_in(key), *addressees_in(key)))


def keys(text: str, full: Sequence[Named]) -> dict[str, tuple[str, int]]:
    """{initials: (name, where its key ends)} for every full name the text follows by its initials in
    brackets; initials that key two persons are left out."""
    found: dict[str, tuple[str, int]] = {}
    clashing: set[str] = set()
    ministries: set[str] = set()  # initials that also spell a ministry's or an agency's short name ("Erlend Dahl (ED)")
    for mention in full:
        key = KEY.match(text, mention.end)
        if key is None:
            continue
        short = key.group("initials")
        if not is_key(mention.name, short):
            if not ministry_initials(mention.name, short):
                continue
            ministries.add(short)
        known = found.get(short)
        if known is not None and known[0] != mention.name:
            clashing.add(short)
        elif known is None:
            found[short] = (mention.name, key.end())
    if len(set(found) - ministries - clashing) < MIN_OTHER_KEYS:
        clashing |= ministries  # in minutes keying every person, "(ED)" after Erlend Dahl is his; elsewhere a ministry
    return {k: v for k, v in found.items() if k not in clashing}


def ministry_initials(name: str, key: str) -> bool:
    """The name's initials spell the short name of a ministry or an agency, not of a claimant ("Erlend Dahl (ED)"; a
    "Knut Sveen (KS)" is of KS)."""
    parts = [w for w in re.split(r"[\s-]+", name) if w[:1].isupper()]
    return len(parts) >= 2 and "".join(w[0] for w in parts) == key and not any(
        h.start == 0 and h.end == len(key) for h in claimants_in(key))


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
