"""Bodies a document names with their acronym in brackets, ones no gazetteer knows ("Nettverk for fjord- og
kystkommuner (NFKK)", "Leder i Landssamanslutninga av norske vindkraftkommunar (LNVK)"; round 59): the name is an
organisation wherever it or its acronym stands again in the document.

`extract()` opens `defined_in(document.text)` for one document's passes, which read sentences alone: inside it,
`acronym_names` of any sentence also finds the names the whole document defines, as the per-document memo
(`memo.per_document`) answers repeated lookups. A word of the name must be a kind of body (`acronym_body_words` in
data/actors.yaml): a term with an acronym ("Brukarstyrt personleg assistanse (BPA)") names none, and an acronym the
gazetteers know ("(NVE)") stays theirs.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache

from flows.extract.actors import ActorHit, _data, addressees_in, claimants_in

BRACKETED = re.compile(r"\((?P<acronym>[A-ZÆØÅ]{2,6})\)")  # "(NFKK)" after the name it abbreviates
NAME_WORD = re.compile(r"[A-ZÆØÅa-zæøåé][\wæøåé]*-?")  # a word of the name, or a first part before "og" ("fjord-")


def _spells(acronym: str, name: str) -> bool:
    """The acronym's letters in the name's, in order, the first one its opening ("NFKK": "Nettverk for fjord- og
    kystkommuner"; "LNVK": "Landssamanslutninga av norske vindkraftkommunar")."""
    letters = iter(name.casefold())
    return name[:1] == acronym[:1] and all(c in letters for c in acronym.casefold())


@lru_cache(maxsize=1)
def _body_words() -> tuple[str, ...]:
    return tuple(str(w).casefold() for w in _data().get("acronym_body_words") or ())


def _body_name(name: str) -> bool:
    """One word of the name ends in a kind of body (`acronym_body_words`): "Nettverk for ...", "...kystkommuner"."""
    return any(word.strip("-").endswith(_body_words()) for word in name.casefold().split())


def _definitions(text: str) -> list[tuple[ActorHit, str]]:
    """(name, acronym) of each body the text names with its acronym in brackets right after it, one no gazetteer
    knows: the nearest capitalised word before the bracket, at most six words back on its line, from which the name
    spells the acronym and one word of which is a kind of body."""
    out: list[tuple[ActorHit, str]] = []
    for m in BRACKETED.finditer(text):
        acronym = m.group("acronym")
        if claimants_in(acronym) or addressees_in(acronym):
            continue  # "(KS)", "(NVE)": the gazetteers' own
        line_start = text.rfind("\n", 0, m.start()) + 1
        words = list(NAME_WORD.finditer(text, line_start, m.start()))[-6:]
        if not words or text[words[-1].end():m.start()].strip():
            continue  # the bracket does not follow a word: "kr 300 (2024)"
        for w in reversed(words):
            name = " ".join(text[w.start():words[-1].end()].split())
            if w.group(0)[0].isupper() and len(name) >= 8 and _spells(acronym, name) and _body_name(name):
                out.append((ActorHit(w.start(), words[-1].end(), name), acronym))
                break
    return out


def _acronyms(definitions: list[tuple[ActorHit, str]]) -> dict[str, str]:
    """Acronym -> name; the first definition of an acronym wins."""
    out: dict[str, str] = {}
    for hit, acronym in definitions:
        out.setdefault(acronym, hit.name)
    return out


def acronym_names(text: str) -> list[ActorHit]:
    """An organisation the text names with its acronym in brackets right after it, one no gazetteer knows
    ("Nettverk for fjord- og kystkommuner (NFKK)", "Leder i Landssamanslutninga av norske vindkraftkommunar (LNVK)";
    `_definitions`; round 59: a network's press release, an op-ed by an association's leader); and the name or the
    acronym where it stands again, also one the whole document defines (`defined_in`)."""
    definitions = _definitions(text)
    acronyms = {**_acronyms(definitions), **dict(_DEFINED.get())}
    # the name again elsewhere, with no bracket ("Nå ber Nettverk for fjord- og kystkommuner regjeringen om"), and its
    # acronym ("NFKK ber regjeringen om følgende:"), also in a sentence read alone: the same organisation
    again = [ActorHit(m.start(), m.end(), name) for acronym, name in sorted(acronyms.items())
             for m in re.finditer(rf"(?<![\w-])(?:{re.escape(name)}|(?<!\()(?-i:{re.escape(acronym)}))(?![\w-])", text)]
    return sorted({hit for hit, _ in definitions} | set(again), key=lambda h: (h.start, h.end))


_DEFINED: ContextVar[tuple[tuple[str, str], ...]] = ContextVar("flows_defined_organisations", default=())


@contextmanager
def defined_in(document_text: str) -> Iterator[None]:
    """Inside the block, `acronym_names` of any part of the document also finds the names the whole document
    defines with an acronym (`extract()` opens it for one document's passes, which read sentences alone)."""
    token = _DEFINED.set(tuple(sorted(_acronyms(_definitions(document_text)).items())))
    try:
        yield
    finally:
        _DEFINED.reset(token)
