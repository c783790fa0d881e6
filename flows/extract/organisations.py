"""Organisation naming: the lexicon `data/organisations.yaml` (unions and associations with their
canonical name, written forms and full name) and the one resolver that writes a claimant's name.

An organisation is recognised by any of its forms (acronym, short or long name, bokmål or nynorsk,
definite form) and written as its canonical `name`, or as its `full` name when the document itself
writes the full name ("Norsk Sykepleierforbund (NSF) ... NSF krev ...": Norsk Sykepleierforbund), in
nynorsk when the document writes the nynorsk full name (`full_nn`).
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
    full_forms: tuple[str, ...] = ()  # the full name in the other written standard ("Norsk Sjukepleiarforbund")


@lru_cache(maxsize=1)
def organisations() -> tuple[Organisation, ...]:
    out = []
    for entry in lexicon.load("organisations")["organisations"]:
        name, full = str(entry["name"]), entry.get("full")
        others = tuple(str(f) for f in entry.get("full_nn") or ())
        forms = dict.fromkeys([name, *([str(full)] if full else []), *others,
                               *(str(f) for f in entry.get("forms") or ())])
        out.append(Organisation(name, str(full) if full else None, tuple(forms), others))
    return tuple(out)


def claimant_aliases() -> dict[str, list[str]]:
    """Canonical name -> written forms, in the shape of `claimants` in actors.yaml."""
    return {o.name: list(o.forms) for o in organisations()}


@lru_cache(maxsize=1)
def _by_name() -> dict[str, Organisation]:
    return {o.name: o for o in organisations() if o.full or any(ACRONYM.fullmatch(f) for f in o.forms)}


@lru_cache(maxsize=64)
def _full_regex(full: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){lexicon.alternation([full])}(?![\w-])", re.IGNORECASE)


def written_name(claimant: str | None, document_text: str) -> str | None:
    """The claimant as the dataset writes it for this document: an organisation's full name when the
    document writes it, a county branch likewise ("Sykepleierforbundet Vestland" -> "Norsk
    Sykepleierforbund Vestland"), or the acronym a document writes alone ("FO" where it never writes
    "Fellesorganisasjonen"); any other claimant unchanged."""
    if not claimant or not _by_name():
        return claimant
    for name, org in _by_name().items():
        if claimant == name or claimant.startswith(name + " "):
            for full in (org.full or "", *org.full_forms):  # the full name in the standard the document writes it in
                if full and _full_regex(full).search(document_text):
                    return full + claimant[len(name):]
            short = _only_acronym(org, document_text)
            return short + claimant[len(name):] if short else claimant
        acronym = next((f for f in org.forms if ACRONYM.fullmatch(f) and claimant.startswith(f + " ")), None)
        if acronym and not org.full and _full_regex(name + claimant[len(acronym):]).search(document_text):
            return name + claimant[len(acronym):]  # "NHF Salten" where the text writes "Norges Handikapforbund Salten"
    return claimant


ACRONYM = re.compile(r"[A-ZÆØÅ]{2,6}")


def _only_acronym(org: Organisation, document_text: str) -> str | None:
    """The acronym a document writes an organisation by when it writes none of its names ("NSF Innlandet"
    and "NSF" only: NSF); None when it writes a name ("Sykepleierforbundet", "Norsk Sykepleierforbund")."""
    acronyms = [f for f in org.forms if ACRONYM.fullmatch(f)]
    if not acronyms or any(_full_regex(f).search(document_text) for f in (org.name, *org.forms) if f not in acronyms):
        return None
    return next((a for a in acronyms if re.search(rf"(?<![\w-]){a}(?![\w-])", document_text)), None)
