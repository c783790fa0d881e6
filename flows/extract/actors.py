"""Claimants and addressees: alias gazetteers from `data/actors.yaml`.

Ministries, their minister titles and known ministers come from the gazetteer
`data/ministries.yaml` (shared with the counterpart step). A minister named by
surname points to a ministry through a title written next to the name in the
document, else through the gazetteer's list of office holders.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from flows import lexicon
from flows.extract.counterpart import ministries
from flows.extract.matcher import trie_alternation
from flows.extract.roles import is_government_role

GOVERNMENT = "__government__"
MINISTRY = "__ministry__"  # "departementet", "statsråden": the ministry the document names


@dataclass(frozen=True)
class ActorHit:
    start: int
    end: int
    name: str  # canonical name


def _compile(aliases: dict[str, str]) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """(case-sensitive regex for all-caps aliases, case-insensitive regex for the rest, lookup)."""
    caps = [a for a in aliases if a.upper() == a]
    rest = [a for a in aliases if a.upper() != a]
    lookup = {a.casefold(): c for a, c in aliases.items()}
    lookup.update({a: c for a, c in aliases.items() if a in caps})
    never = r"(?!x)x"
    exact = re.compile(rf"(?<![\w-])(?:{trie_alternation(caps) or never})(?![\w])")
    loose = re.compile(rf"(?<![\w-])(?:{trie_alternation(rest, ignore_case=True) or never})(?![\w])", re.IGNORECASE)
    return exact, loose, lookup


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    return lexicon.load("actors")


TITLE_FORMS = ("", "en", "ar", "ane", "arane", "ene", "er")


@lru_cache(maxsize=1)
def ministry_aliases() -> dict[str, str]:
    """Written forms of every ministry -> its full name, from the gazetteer `data/ministries.yaml`
    (names, aliases, abbreviations, minister titles with their definite and plural forms)."""
    aliases: dict[str, str] = {}
    for m in ministries():
        for alias in (m.name, *m.aliases, *m.abbreviations):
            aliases[alias] = m.name
        for title in m.titles:
            for ending in TITLE_FORMS:
                aliases[title + ending] = m.name
    return aliases


@lru_cache(maxsize=1)
def minister_surnames() -> dict[str, str]:
    """Surname of a known minister -> ministry, from the gazetteer (ambiguous surnames left out)."""
    seen: dict[str, set[str]] = {}
    for m in ministries():
        for name, _, _ in m.ministers:
            seen.setdefault(name.split()[-1], set()).add(m.name)
    return {surname: next(iter(found)) for surname, found in seen.items() if len(found) == 1}


@lru_cache(maxsize=1)
def _claimant_regex() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    aliases = {a: name for name, al in _data()["claimants"].items() for a in [name, *al]}
    for region in _data()["ks_regions"]:
        aliases[f"KS {region}"] = f"KS {region}"
    return _compile(aliases)


@lru_cache(maxsize=1)
def _addressee_regex() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    aliases = {a: name for name, al in _data()["addressees"].items() for a in [name, *al]}
    aliases.update(ministry_aliases())
    aliases.update({word: MINISTRY for word in _data()["ministry_pointers"]})
    return _compile(aliases)


def _find(text: str, compiled: tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]) -> list[ActorHit]:
    exact, loose, lookup = compiled
    hits = [ActorHit(m.start(), m.end(), lookup.get(m.group(0), lookup.get(" ".join(m.group(0).split()).casefold(), "")))
            for pattern in (exact, loose) for m in pattern.finditer(text)]
    return _leftmost_longest([h for h in hits if h.name])


def _leftmost_longest(hits: list[ActorHit]) -> list[ActorHit]:
    """Non-overlapping hits: at each position the longest, earlier hits first."""
    hits = sorted(hits, key=lambda h: (h.start, -(h.end - h.start)))
    out: list[ActorHit] = []
    for hit in hits:
        if out and hit.start < out[-1].end:
            continue
        out.append(hit)
    return out


def claimants_in(text: str) -> list[ActorHit]:
    return _find(text, _claimant_regex())


@lru_cache(maxsize=1)
def _organisation_regex() -> re.Pattern[str]:
    suffixes = trie_alternation([str(w) for w in _data()["organisation_suffixes"]])
    name = r"[A-ZÆØÅ][\wæøåé-]+"
    return re.compile(rf"(?<![\w-])(?:{name}\s+(?:og\s+)?){{0,2}}{name}\s+(?:{suffixes})(?![\w-])")


@lru_cache(maxsize=1)
def _organisation_word() -> re.Pattern[str]:
    """A capitalised compound that names an association ("Utdanningsforbundet", "Bondelaget")."""
    endings = trie_alternation([str(w) for w in _data()["organisation_word_endings"]])
    return re.compile(rf"(?<![\w-])[A-ZÆØÅ][a-zæøåé]{{2,}}(?:{endings})(?![\w-])")


@lru_cache(maxsize=1)
def _body() -> re.Pattern[str]:
    """An elected body ("Fylkestinget i Vestland", "regionrådet"), with its place when one follows."""
    bodies = trie_alternation([str(w) for w in _data()["organisation_bodies"]], ignore_case=True)
    place = r"(?-i:[A-ZÆØÅ][\wæøåé-]+(?:\s+og\s+[A-ZÆØÅ][\wæøåé-]+)?)"  # a capitalised place, not "i januar"
    return re.compile(rf"(?<![\w-])(?:{bodies})(?:\s+i\s+{place})?(?![\w-])", re.IGNORECASE)


def organisations_in(text: str) -> list[ActorHit]:
    """Claimants, named municipalities ("Nordby kommune"), associations named by a compound
    ("Utdanningsforbundet") and elected bodies ("Fylkestinget i Vestland") in a text."""
    return _leftmost_longest(
        claimants_in(text) + [ActorHit(m.start(), m.end(), m.group(0)) for m in _organisation_regex().finditer(text)]
        + [ActorHit(m.start(), m.end(), m.group(0)) for m in _organisation_word().finditer(text)]
        + [ActorHit(m.start(), m.end(), " ".join(m.group(0).split())) for m in _body().finditer(text)])


def addressees_in(text: str) -> list[ActorHit]:
    return _find(text, _addressee_regex())


def government_role(text: str) -> bool:
    """True when a speaker description names a government role or a ministry."""
    return is_government_role(text)


def claimant_of(organisation: str | None, role: str | None = None, default: str = "KS") -> str | None:
    """The claimant a speaker's organisation stands for; GOVERNMENT for the state side; `default`
    (the document's principal claimant) when the text gives no organisation."""
    if role and government_role(role):
        return GOVERNMENT
    if organisation is None or not organisation[:1].isupper():
        return default  # "i", "helse": a misread description names no organisation
    hits = claimants_in(organisation)
    if hits:
        return hits[0].name
    local = local_body(organisation, role)
    if local:
        return local
    if government_role(organisation) or addressees_in(organisation) and any(
            h.name in ministry_aliases().values() or h.name == "regjeringen" for h in addressees_in(organisation)):
        return GOVERNMENT
    return organisation


PLACE = re.compile(r"[A-ZÆØÅ][a-zæøåé]+(?:[ -](?:og\s+)?[A-ZÆØÅ][a-zæøåé]+){0,2}")


def local_body(place: str, role: str | None) -> str | None:
    """"Kinn kommune" for the mayor of a place the text names bare ("ordførar i Kinn"), "Vestland
    fylkeskommune" for a county mayor; None when the role is no municipal or county leader's, or
    the organisation is no bare place name."""
    if not role or not PLACE.fullmatch(place.strip()):
        return None
    low = role.casefold()
    if low in {str(r) for r in _data().get("municipality_roles", [])}:
        return f"{place.strip()} kommune"
    if low in {str(r) for r in _data().get("county_roles", [])}:
        return f"{place.strip()} fylkeskommune"
    return None


def minister_ministry(surname: str, document_text: str) -> str | None:
    """The ministry of a minister named by surname: from a title next to the name in
    the document ("helse- og omsorgsminister Bent Høie"), else from the gazetteer."""
    if surname in document_text and "minister" in document_text:  # what the pattern needs to match at all
        folded = _folded_aliases()
        for match in _minister_title_before(surname).finditer(document_text):
            title = match.group(1).casefold()
            found = [folded[t] for t in (title, title + "en") if t in folded]
            if found:
                return min(found)[1]
    return minister_surnames().get(surname)


@lru_cache(maxsize=1)
def _folded_aliases() -> dict[str, tuple[int, str]]:
    """Casefolded written form of a ministry -> (the first alias's position, the ministry)."""
    out: dict[str, tuple[int, str]] = {}
    for i, (alias, ministry) in enumerate(ministry_aliases().items()):
        out.setdefault(alias.casefold(), (i, ministry))
    return out


@lru_cache(maxsize=4096)
def _minister_title_before(surname: str) -> re.Pattern[str]:
    """A minister's title followed, within three capitalised words, by `surname` (compiled once per surname)."""
    return re.compile(rf"([\w-]+(?:\s+og\s+[\w-]+)?minister(?:en)?)\s+(?:[A-ZÆØÅ][\w-]+\s+){{0,3}}{re.escape(surname)}\b")


def document_ministry(sentence: str, document_text: str) -> str | None:
    """The ministry a pointer ("departementet", "statsråden") stands for: the first one named
    in the sentence, else in the document."""
    names = set(ministry_aliases().values())
    for text in (sentence, document_text):
        for hit in addressees_in(text):
            if hit.name in names:
                return hit.name
    return None


@lru_cache(maxsize=1)
def generic_claimants() -> frozenset[str]:
    """Claimants that are groups, not one organisation a person can speak for ("kommunene")."""
    return frozenset(str(w) for w in _data().get("generic_claimants") or ())


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
    """Political parties as written after a name ("(Sp)"); never a claimant."""
    return frozenset(str(p).casefold() for p in _data().get("parties", []))


def is_party(organisation: str | None) -> bool:
    return bool(organisation) and organisation.strip(" ()").casefold() in parties()


def ks_office(description: str) -> str | None:
    """The KS body a person's description says they act for: "er medlem av KS' styre" -> KS,
    "er leiar i KS Nordby" -> "KS Nordby"; None when the description names no KS office."""
    for hit in claimants_in(description):
        if not (hit.name == "KS" or hit.name.startswith("KS ")):
            continue
        before = description[max(0, hit.start - 25):hit.start].casefold()
        written = description[hit.start:hit.end]
        if "styre" in written.casefold() or "delegasjon" in description[hit.end:hit.end + 14].casefold() \
                or _ks_office_cue().search(before):
            return hit.name
    return None


@lru_cache(maxsize=1)
def _ks_office_cue() -> re.Pattern[str]:
    """Any of the KS office cues ending a text (before the KS name), as one compiled pattern."""
    cues = trie_alternation([str(c) for c in _data().get("ks_office_cues", [])]) or r"(?!x)x"
    return re.compile(rf"(?<![\w-])(?:{cues})\s*$")
