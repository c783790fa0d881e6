"""Claimants and addressees: alias gazetteers from `data/actors.yaml`.

Ministries and their minister titles are addressees through the gazetteer
`data/ministries.yaml` (`ministry_actors.py`, shared with the counterpart step).
Organisations named beyond the gazetteers are found by `organisation_names.py`,
the claimant a speaker stands for by `speaker_claimant.py`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from flows import lexicon
from flows.extract.matcher import trie_alternation
from flows.extract.memo import memoised_list
from flows.extract.ministry_actors import ministry_aliases
from flows.extract.organisations import claimant_aliases, organisations

GOVERNMENT = "__government__"
MINISTRY = "__ministry__"  # "departementet", "statsråden": the ministry the document names
PERSON_ASKED = "__person__:"  # + a surname: a person asked by name ("bad Tangvald om å ..."), a minister's ministry


@dataclass(frozen=True)
class ActorHit:
    start: int
    end: int
    name: str  # canonical name


def _compile(aliases: dict[str, str], genitive: bool = False,
             as_written: frozenset[str] = frozenset()) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """(case-sensitive regex for all-caps aliases, case-insensitive regex for the rest, lookup); with
    `genitive`, a name may carry the genitive "s" ("Fagforbundets leiar": Fagforbundet), kept only
    on a capitalised name (`_find`); aliases in `as_written` match only as written ("Delta", not "delta")."""
    caps = [a for a in aliases if a.upper() == a or a in as_written]
    rest = [a for a in aliases if not (a.upper() == a or a in as_written)]
    lookup = {a.casefold(): c for a, c in aliases.items()}
    lookup.update({a: c for a, c in aliases.items() if a in caps})
    never = r"(?!x)x"
    gen = "(?:(?<=[a-zæøå])s)?" if genitive else ""
    exact = re.compile(rf"(?<![\w-])(?:{trie_alternation(caps) or never}){gen}(?![\w])")
    loose = re.compile(rf"(?<![\w-])(?:{trie_alternation(rest, ignore_case=True) or never}){gen}(?![\w])", re.IGNORECASE)
    return exact, loose, lookup


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    return lexicon.load("actors")


def claimant_lexicon() -> dict[str, list[str]]:
    """Claimant name -> written forms: KS, its networks and the groups (`claimants` in actors.yaml),
    then the organisations of organisations.yaml."""
    return {**{str(k): [str(a) for a in v] for k, v in _data()["claimants"].items()}, **claimant_aliases()}


@lru_cache(maxsize=1)
def _claimant_regex() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    aliases = {a: name for name, al in claimant_lexicon().items() for a in [name, *al]}
    for region in _data()["ks_regions"]:
        aliases[f"KS {region}"] = f"KS {region}"
    return _compile(aliases, genitive=True, as_written=frozenset(a for al in claimant_aliases().values() for a in al))


def addressee_lexicon() -> dict[str, list[str]]:
    """Addressee name -> written forms: `addressees` in actors.yaml, with the state's directorates and
    agencies (`agencies` in state_bodies.yaml) after `kommunene`, where they stood."""
    out: dict[str, list[str]] = {}
    for name, forms in _data()["addressees"].items():
        out[str(name)] = [str(a) for a in forms]
        if name == "kommunene":
            out.update({str(k): [str(a) for a in v] for k, v in lexicon.load("state_bodies")["agencies"].items()})
    return out


@lru_cache(maxsize=1)
def _addressee_regex() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    aliases = {a: name for name, al in addressee_lexicon().items() for a in [name, *al]}
    aliases.update(ministry_aliases())
    aliases.update({word: MINISTRY for word in _data()["ministry_pointers"]})
    return _compile(aliases)


def _find(text: str, compiled: tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]) -> list[ActorHit]:
    exact, loose, lookup = compiled
    hits = [ActorHit(m.start(), m.end(), _name(m.group(0), lookup)) for pattern in (exact, loose) for m in pattern.finditer(text)]
    hits = [_line_cut(text, h, compiled) if "\n" in text[h.start:h.end] else h for h in hits]
    return _leftmost_longest([h for h in hits if h.name])


def _name(written: str, lookup: dict[str, str]) -> str:
    found = lookup.get(written, lookup.get(" ".join(written.split()).casefold(), ""))
    if found or not written.endswith("s") or not written[:1].isupper():
        return found
    return lookup.get(written[:-1], lookup.get(" ".join(written[:-1].split()).casefold(), ""))  # genitive


def _line_cut(text: str, hit: ActorHit, compiled: tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]) -> ActorHit:
    """A name running over a line break ("... nestleder i KS" / "Oslo Kongressenter, 6. november"): the
    part before the break when that is a name of its own ("KS", not "KS Oslo"); a name wrapped inside
    a paragraph whose first line is no name of its own stays whole."""
    line_end = text.index("\n", hit.start)
    head = text[hit.start:line_end].rstrip()
    name = _name(head, compiled[2]) if head else ""
    return ActorHit(hit.start, hit.start + len(head), name) if name else hit


def _leftmost_longest(hits: list[ActorHit]) -> list[ActorHit]:
    """Non-overlapping hits: at each position the longest, earlier hits first."""
    hits = sorted(hits, key=lambda h: (h.start, -(h.end - h.start)))
    out: list[ActorHit] = []
    for hit in hits:
        if out and hit.start < out[-1].end:
            continue
        out.append(hit)
    return out


@memoised_list  # the passes look the same sentence up 2-3 times per document
def claimants_in(text: str) -> list[ActorHit]:
    return [_branch(text, hit) for hit in _find(text, _claimant_regex())]


@lru_cache(maxsize=1)
def _region_after() -> re.Pattern[str]:
    return lexicon.phrase_pattern([str(r) for r in (*_data()["ks_regions"], *_data().get("branch_regions", ()))],
                                  before=r"\s", flags=0)


def _branch(text: str, hit: ActorHit) -> ActorHit:
    """A county branch of an association, named as written ("Fagforbundet Vestland",
    "Utdanningsforbundet Innlandet", "FO Innlandet" by its acronym): the association's name and the county (`ks_regions`)
    or region below it (`branch_regions`, "Norges Handikapforbund Salten");
    KS's own county boards and the group claimants keep their names."""
    written = text[hit.start:hit.end]
    if hit.name.startswith("KS") or hit.name in {str(g) for g in _data()["generic_claimants"]} \
            or (written != hit.name and not (written.isupper() and len(written) > 1) and not _full_form(hit.name, written)):
        return hit
    region = _region_after().match(text, hit.end)
    if region is None:
        return hit
    spelled = written if written != hit.name and not _has_full_name(hit.name) else hit.name
    return ActorHit(hit.start, region.end(), f"{spelled}{region.group(0)}")  # "FO Innlandet" as written


def _full_form(name: str, written: str) -> bool:
    """True when `written` is the full name of the organisation `name` ("Norsk Sykepleierforbund")."""
    return any(o.name == name and (written == o.full or written in o.full_forms) for o in organisations())


def _has_full_name(name: str) -> bool:
    """True when organisations.yaml gives the organisation a full name, which a branch is written in
    ("NSF Vestland": "Norsk Sykepleierforbund Vestland" where the document writes it, organisations.written_name)."""
    return any(o.name == name and o.full for o in organisations())


@memoised_list
def addressees_in(text: str) -> list[ActorHit]:
    return _find(text, _addressee_regex())


def document_ministry(sentence: str, document_text: str) -> str | None:
    """The ministry a pointer ("departementet", "statsråden") stands for: the first one named
    in the sentence before the pointer, else in the document. A ministry named after the pointer is another one ("Vi
    bad departementet om å ta saka vidare med Samferdselsdepartementet")."""
    names = set(ministry_aliases().values())
    pointer = _pointer_word().search(sentence)
    upto = pointer.start() if pointer else len(sentence)
    for text, end in ((sentence, upto), (document_text, len(document_text))):
        for hit in addressees_in(text):
            if hit.name in names and hit.start < end:
                return hit.name
    return None


@lru_cache(maxsize=1)
def _pointer_word() -> re.Pattern[str]:
    return lexicon.phrase_pattern([str(w) for w in _data()["ministry_pointers"]])


@lru_cache(maxsize=1)
def body_suffixes() -> tuple[str, ...]:
    """The suffixes of bodies named by their place (`body_suffixes`: "Sørdalen grunneigarlag", "Vågå sau og geit")."""
    return tuple(str(w) for w in _data().get("body_suffixes") or ())


@lru_cache(maxsize=1)
def generic_claimants() -> frozenset[str]:
    """Claimants that are groups, not one organisation a person can speak for ("kommunene")."""
    return frozenset(str(w) for w in _data().get("generic_claimants") or ())


@lru_cache(maxsize=1)
def municipalities() -> frozenset[str]:
    """The municipalities of actors.yaml (`municipalities`), as written there ("Øystre Slidre", "Nord-Aurdal")."""
    return frozenset(str(m) for m in _data().get("municipalities", []))


@lru_cache(maxsize=1)
def counties() -> frozenset[str]:
    """The counties of actors.yaml (`counties`), as written there ("Møre og Romsdal", "Troms og Finnmark")."""
    return frozenset(str(c) for c in _data().get("counties", []))


@lru_cache(maxsize=1)
def government_side() -> frozenset[str]:
    """Addressees that are the government's side or the public sector as a whole (`government_side` in
    actors.yaml), never a state agency a group of people is named by."""
    return frozenset(str(w) for w in _data().get("government_side") or ())


def is_ks_body(name: str) -> bool:
    """KS itself or one of its bodies by name ("KS", "KS Vestland", "KS Bedrift")."""
    return name == "KS" or name.startswith("KS ")
