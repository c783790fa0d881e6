"""A claimant that is a bare place name: no organisation, but where a speaker works or comes from.

A speaker's description may give a place where the organisation belongs ("biblioteksjef NN fra Nordby",
"politistasjonssjef NN i Møre og Romsdal", "styremedlem NN frå Nordby"); the mention layer then reads the
place as the speaker's organisation. A place makes no demand (GUIDELINES, `claimant`: the organisation the
demand is made for), so such a claimant is read again against the whole document:

1. the one body the document names after that place ("Nordby bibliotek", "Møre og Romsdal
   politidistrikt"; `place_bodies` in actors.yaml): that body;
2. for a municipality or county (`municipalities`, `counties` in actors.yaml) the document writes as where
   someone comes from ("frå Nordby", "fra Nordby"): the document's principal claimant, whom a board member
   from a municipality speaks for;
3. for a municipality the document writes otherwise ("barnevernsleder NN i Nordby"): the municipality
   ("Nordby kommune").

Any other claimant, and a place none of these reads, is returned unchanged.
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows import lexicon
from flows.extract.place_names import PLACE, parts
from flows.extract.actor_words import is_party
from flows.extract.actors import claimants_in, municipalities
from flows.extract.organisation_names import organisations_in



@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    """(municipalities, counties, the words for a body named after its place) from actors.yaml."""
    data = lexicon.load("actors")
    return (municipalities(),
            frozenset(str(c) for c in data.get("counties", [])),
            tuple(str(w) for w in data.get("place_bodies", [])))


def _bare(claimant: str) -> bool:
    """True when a claimant is written like a place and names no organisation, party or claimant."""
    return bool(PLACE.fullmatch(claimant)) and not claimants_in(claimant) and not organisations_in(claimant) \
        and not is_party(claimant)


def _bodies(place: str, text: str) -> set[str]:
    """The bodies the text names after a place ("Nordby bibliotek"), as written."""
    words = lexicon.alternation(list(_lists()[2]))
    found = re.finditer(rf"(?<![\w-]){re.escape(place)}\s+({words})(?![\w-])", text)
    return {f"{place} {m.group(1)}" for m in found}


def placed_claimant(claimant: str | None, text: str, principal: str) -> str | None:
    """The organisation a bare place claimant stands for in this document (module docstring), else the
    claimant unchanged."""
    if not claimant or not _bare(claimant):
        return claimant
    bodies = _bodies(claimant, text)
    if len(bodies) == 1:
        return bodies.pop()
    municipalities, counties, _ = _lists()
    if len(parts(claimant)) > 1 and any(part in municipalities for part in parts(claimant)):
        municipalities = municipalities | {claimant}  # "Guovdageaidnu/Kautokeino": one part is a known municipality
    if claimant not in municipalities and claimant not in counties:
        return claimant
    if re.search(rf"(?<![\w-])(?:[Ff]ra|[Ff]rå)\s+{re.escape(claimant)}(?![\w-])", text):
        return principal  # "styremedlem NN frå Nordby": where the member comes from, not whom they speak for
    return f"{claimant} kommune" if claimant in municipalities else claimant
