"""Word lists of `data/actors.yaml` read as they are: words that point back to an organisation
("Forbundet krever ...") or to an actor or measure named before ("dette", "ordninga"), and political
parties, never a claimant."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from flows import lexicon
from flows.extract.actors import claimants_in
from flows.extract.matcher import trie_alternation
from flows.extract.organisation_names import party_group


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    return lexicon.load("actors")


@lru_cache(maxsize=1)
def claimant_pointers() -> frozenset[str]:
    """Words that refer back to the organisation named just before ("Organisasjonen")."""
    return frozenset(str(w).casefold() for w in _data()["claimant_pointers"])


def claimant_pointer_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where a word refers back to an organisation ("Organisasjonen", "Forbundet")."""
    return tuple(m.span() for m in _claimant_pointer_regex().finditer(text))


@lru_cache(maxsize=1)
def _claimant_pointer_regex() -> re.Pattern[str]:
    words = trie_alternation(claimant_pointers(), ignore_case=True)
    return re.compile(rf"(?<![\w-])(?:{words})(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def pointer_words() -> frozenset[str]:
    return frozenset(_data()["pointers"])


@lru_cache(maxsize=1)
def parties() -> frozenset[str]:
    """Political parties as written after a name ("(Sp)"); a claimant only for a party role (`party_claimant`)."""
    return frozenset(str(p).casefold() for p in _data().get("parties", []))


@lru_cache(maxsize=1)
def parties_written() -> tuple[str, ...]:
    """Political parties as the word list writes them ("SV", "Høyre")."""
    return tuple(str(p) for p in _data().get("parties", []))


def is_party(organisation: str | None) -> bool:
    return bool(organisation) and organisation.strip(" ()").casefold() in parties()


def genitive_owner(word: str) -> str | None:
    """The organisation or the party a genitive names, given the word without its -s ("Fagforbundet" of
    "Fagforbundets": Fagforbundet; "Høyre" of "Høyres": Høyre); None for any other word ("Men" of "Mens")."""
    hits = claimants_in(word)
    if hits and hits[0].start == 0 and hits[0].end == len(word):
        return hits[0].name
    return word if is_party(word) else None


@lru_cache(maxsize=1)
def _party_roles() -> tuple[str, ...]:
    return tuple(str(r).casefold() for r in _data().get("party_roles", []))


def party_claimant(organisation: str | None, role: str | None) -> str | None:
    """The party a speaker speaks for, as written ("SV", "Høyre"), when their role is one held for a
    party (`party_roles`: "stortingsrepresentant NN (SV)", "helsepolitisk talsperson"); None for any
    other role: a mayor's party ("ordførar NN (Sp)") is no claimant."""
    if not role or not is_party(organisation):
        return None
    low = " ".join(role.casefold().split())
    return organisation.strip(" ()") if low.endswith(_party_roles()) else None  # type: ignore[union-attr]


@lru_cache(maxsize=1)
def _party_names() -> dict[str, tuple[str, ...]]:
    return {str(k): tuple(str(n) for n in v) for k, v in (_data().get("party_names") or {}).items()}


def party_written(claimant: str | None, document_text: str) -> str | None:
    """A party claimant as the document writes the party: its full name when the document writes it, also in
    the genitive ("NN (H)" and "Høyre vil ..." or "Høyres forslag": Høyre), else unchanged (`party_names`); the
    party's group in the Storting when the document names it ("KrFs stortingsgruppe fremmer ...": its press release)."""
    names = _party_names().get(claimant or "")
    if claimant and is_party(claimant):  # a press release of the party's group: "Pressemelding fra KrFs stortingsgruppe"
        group = next((m for m in party_group().finditer(document_text) if m.group("party") in (claimant, *(names or ()))),
                     None)
        if group:
            return " ".join(group.group(0).split())
    for name in names or ():
        if re.search(rf"(?<![\w-]){re.escape(name)}s?(?![\w-])", document_text):
            return name
    return claimant


PARTY_AFTER_NAME = re.compile(r"[ \t]*\(([^()\n]{1,30})\)")


def written_parties(text: str, names: tuple[tuple[str, int], ...]) -> dict[str, str]:
    """The party written in brackets right after a person's name ("Amund Kvalheim (SV)"), by person: `names` are
    (person, end offset of a mention). Read beside the organisation a description gives ("Nestleder i kommunal- og
    forvaltningskomiteen, Amund Kvalheim (SV)"), which takes the mention's own place."""
    out: dict[str, str] = {}
    for name, end in names:
        found = PARTY_AFTER_NAME.match(text, end)
        if found and is_party(found.group(1)) and name not in out:
            out[name] = found.group(1).strip()
    return out
