"""The organisation written after a role ("styreleder i KS Nordby", "forbundsleiar i Norsk
Sykepleierforbund", "ordfører i Øvre Dal kommune"): the regex fragment roles.py puts after its role
patterns, read from data/roles.yaml (`organisation_suffixes`) and data/organisations.yaml (names of
several words, read whole before the one-word reading of a name), and the cleaning of what it matched.
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows.extract.role_table import roles_table
from flows.extract.organisations import organisations


@lru_cache(maxsize=1)
def organisation_suffixes() -> frozenset[str]:
    return frozenset(str(w) for w in roles_table()["organisation_suffixes"])


def place_suffixes() -> str:
    """Lower-case organisation suffixes that follow a place name ("Øvre Dal kommune")."""
    lower = sorted((s for s in organisation_suffixes() if s.islower()), key=len, reverse=True)
    return "|".join(re.escape(s) for s in lower)


@lru_cache(maxsize=1)
def PLACE_FOLLOWER() -> re.Pattern[str]:
    return re.compile(rf" (?:{place_suffixes()})(?![\w-])")


def _known_names() -> str:
    """The organisations' names of several words (organisations.yaml: "Norsk Sykepleierforbund", "Den
    norske legeforening"), read whole, also over a line break, before the one-word reading of a name."""
    names = sorted({f for o in organisations() for f in o.forms if " " in f}, key=lambda f: (-len(f), f))
    return "|".join(r"(?:[ \t]+|[ \t]*\n[ \t]*)".join(re.escape(w) for w in n.split()) for n in names)


def org_pattern() -> str:
    suffixes = "|".join(re.escape(s) for s in sorted(organisation_suffixes(), key=len, reverse=True))
    second = rf"(?: [A-ZÆØÅ][\wæøåÆØÅ'-]*(?= (?:{place_suffixes()})(?![\w-])))?"
    known = _known_names()
    after = "|".join(rf"(?<={e})" for e in ("[A-ZÆØÅ]{2}", "forbundet", "foreningen", "foreininga", "laget"))
    branch = rf"(?-i:(?:{after}) [A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?(?![\w-]))?"  # "NAV Nordby", "FO Innlandet",
    # "Utdanningsforbundet Nordby": a local office or branch
    prefixes = "|".join(re.escape(str(w)) for w in roles_table().get("place_prefixes", []))
    two_words = rf"(?-i:(?:{prefixes}) [A-ZÆØÅ][a-zæøå]+(?![\w-]))|" if prefixes else ""  # "i Nordre Veggen"
    generic = (rf"(?:{two_words}[A-ZÆØÅ][\wæøåÆØÅ'-]*{branch}{second})(?:(?<=-) (?:og|eller) [\wæøå-]+)?"
               rf"(?: (?:og (?=[A-ZÆØÅ]))?(?:{suffixes})(?![\w-]))*")
    regions = "|".join(re.escape(s) for s in sorted(organisation_suffixes(), key=len, reverse=True) if s[:1].isupper())
    branch_of_known = rf"(?: (?:og )?(?:{regions})(?![\w-]))*" if regions else ""  # "Norsk Sykepleierforbund Trøndelag"
    heads = "|".join(re.escape(str(w)) for w in roles_table().get("institution_heads", []))
    field = r"(?:[a-zæøå]+(?:isk|sk|ig|lig|leg|al|ell) )?[a-zæøå][\wæøå-]*(?: og [a-zæøå][\wæøå-]*)?"
    institution = rf"(?-i:(?:[A-ZÆØÅ][\wæøåÆØÅ-]* )?(?:{heads}) for {field}(?![\w-]))|" if heads else ""
    # "CICERO Senter for klimaforskning", "Norsk institutt for by- og regionforskning": to the field's end
    # a company or an inter-municipal company, read to its form ("Salten Brann IKS", "Midt-Hedmark brann- og
    # redningsvesen IKS", "Sunndal Hydrogen AS"; round 47)
    forms = "|".join(re.escape(str(f)) for f in roles_table().get("company_forms") or ()) or "(?!x)x"
    company = rf"(?-i:[A-ZÆØÅ][\wæøåÆØÅ'-]*(?: [\wæøåÆØÅ-]+){{0,4}}? (?:{forms})(?![\w-]))|"
    generic = company + institution + generic
    return rf"(?:(?:{known}){branch_of_known}(?![\w-])|{generic})" if known else generic


@lru_cache(maxsize=1)
def _not_organisations() -> frozenset[str]:
    return frozenset(str(w).casefold() for w in roles_table().get("not_organisations") or ())


def clean_org(org: str | None) -> str | None:
    """The organisation matched, on one line; none when it is a word of the sentence (`not_organisations`: "Blant
    ordførerne var NN", where the case-blind role pattern reads "var" as a body after "ordførerne")."""
    if not org:
        return None
    cleaned = " ".join(org.strip(" ,").split())  # a known name read over a line break ("Norsk\nSykepleierforbund")
    return None if cleaned.casefold() in _not_organisations() else cleaned
