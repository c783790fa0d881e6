"""Organisation naming: the lexicon `data/organisations.yaml` (unions and associations with their
canonical name, written forms and full name) and the one resolver that writes a claimant's name.

An organisation is recognised by any of its forms (acronym, short or long name, bokmål or nynorsk,
definite form) and written as its canonical `name`, or as its `full` name when the document itself
writes the full name ("Norsk Sykepleierforbund (NSF) ... NSF krev ...": Norsk Sykepleierforbund).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from flows import lexicon


@dataclass(frozen=True)
class Organisation:
    name: str  # canonical name written to the dataset
    full: str | None  # the full name, written when the document writes it
    forms: tuple[str, ...]  # every written form, the name and the full name included


@lru_cache(maxsize=1)
def organisations() -> tuple[Organisation, ...]:
    out = []
    for entry in lexicon.load("organisations")["organisations"]:
        name, full = str(entry["name"]), entry.get("full")
        forms = dict.fromkeys([name, *([str(full)] if full else []), *(str(f) for f in entry.get("forms") or ())])
        out.append(Organisation(name, str(full) if full else None, tuple(forms)))
    return tuple(out)


def claimant_aliases() -> dict[str, list[str]]:
    """Canonical name -> written forms, in the shape of `claimants` in actors.yaml."""
    return {o.name: list(o.forms) for o in organisations()}


@lru_cache(maxsize=1)
def _by_name() -> dict[str, Organisation]:
    return {o.name: o for o in organisations() if o.full}


@lru_cache(maxsize=64)
def _full_regex(full: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){lexicon.alternation([full])}(?![\w-])", re.IGNORECASE)


def written_name(claimant: str | None, document_text: str) -> str | None:
    """The claimant as the dataset writes it for this document: an organisation's full name when the
    document writes it, a county branch likewise ("Sykepleierforbundet Vestland" -> "Norsk
    Sykepleierforbund Vestland"); any other claimant unchanged."""
    if not claimant or not _by_name():
        return claimant
    for name, org in _by_name().items():
        if claimant == name or claimant.startswith(name + " "):
            if org.full and _full_regex(org.full).search(document_text):
                return org.full + claimant[len(name):]
            return claimant
    return claimant
