"""The pronoun words of `data/pronouns.yaml`: the gender of a subject pronoun ("hun", "ho"), the
collective and first-person pronouns, and the gender of a first name. Re-exported by
`flows.extract.roles` (`R.pronoun_gender` etc.)."""
from __future__ import annotations

from functools import lru_cache

from flows import lexicon


@lru_cache(maxsize=1)
def _pronouns() -> dict:
    return lexicon.load("pronouns")


def pronoun_gender(word: str) -> str | None:
    return _pronouns()["subject"].get(word.casefold())


def possessive_gender(word: str) -> str | None:
    """The gender of a possessive pronoun ("hennar", "hans"), None for any other word."""
    subject = (_pronouns().get("possessive") or {}).get(word.casefold())
    return None if subject is None else pronoun_gender(str(subject))


@lru_cache(maxsize=1)
def collective() -> frozenset[str]:
    return frozenset(_pronouns()["collective"])


@lru_cache(maxsize=1)
def first_person() -> frozenset[str]:
    return frozenset(_pronouns()["first_person"])


def name_gender(name: str) -> str | None:
    first = name.split(" ")[0].casefold().rstrip("-")
    if first in _pronouns()["female_names"]:
        return "f"
    if first in _pronouns()["male_names"]:
        return "m"
    return None
