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
from flows.extract.matcher import trie_alternation
from flows.extract.memo import memoised_list
from flows.extract.actor_words import claimant_pointer_spans, claimant_pointers, is_party, parties, pointer_words
from flows.extract.ministry_actors import minister_ministry, minister_surnames, ministry_aliases
from flows.extract.organisations import claimant_aliases
from flows.extract.roles import is_government_role

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
    return re.compile(rf"\s(?:{lexicon.alternation([str(r) for r in _data()['ks_regions']])})(?![\w-])")


def _branch(text: str, hit: ActorHit) -> ActorHit:
    """A county branch of an association, named as written ("Fagforbundet Vestland",
    "Utdanningsforbundet Innlandet"): the association's name and the county (`ks_regions`);
    KS's own county boards and the group claimants keep their names."""
    if hit.name.startswith("KS") or hit.name in {str(g) for g in _data()["generic_claimants"]} \
            or text[hit.start:hit.end] != hit.name:
        return hit
    region = _region_after().match(text, hit.end)
    if region is None:
        return hit
    return ActorHit(hit.start, region.end(), f"{hit.name}{region.group(0)}")


@lru_cache(maxsize=1)
def _organisation_regex() -> re.Pattern[str]:
    suffixes = trie_alternation([str(w) for w in _data()["organisation_suffixes"]])
    name = r"[A-ZÆØÅ][\wæøåé-]+"
    opener = lexicon.alternation([str(w) for w in _data()["not_name_openers"]])  # "Frå Vestland fylkeskommune"
    return re.compile(rf"(?<![\w-])(?!(?:{opener})\s)(?:{name}\s+(?:og\s+)?){{0,2}}{name}\s+(?:{suffixes})(?![\w-])")


@lru_cache(maxsize=1)
def _organisation_word() -> re.Pattern[str]:
    """A capitalised compound that names an association ("Utdanningsforbundet", "Bondelaget")."""
    endings = trie_alternation([str(w) for w in _data()["organisation_word_endings"]])
    nouns = lexicon.alternation([str(w) for w in _data()["not_organisation_words"]])  # "Forslaget": a proposal
    return re.compile(rf"(?<![\w-])(?!(?:{nouns})(?![\w-]))[A-ZÆØÅ][a-zæøåé]{{2,}}(?:{endings})(?![\w-])")


@lru_cache(maxsize=1)
def _body() -> re.Pattern[str]:
    """An elected body ("Fylkestinget i Vestland", "regionrådet"), with its place when one follows."""
    bodies = trie_alternation([str(w) for w in _data()["organisation_bodies"]], ignore_case=True)
    place = r"(?-i:[A-ZÆØÅ][\wæøåé-]+(?:\s+og\s+[A-ZÆØÅ][\wæøåé-]+)?)"  # a capitalised place, not "i januar"
    return re.compile(rf"(?<![\w-])(?:{bodies})(?:\s+i\s+{place})?(?![\w-])", re.IGNORECASE)


@memoised_list
def organisations_in(text: str) -> list[ActorHit]:
    """Claimants, named municipalities ("Nordby kommune"), associations named by a compound
    ("Utdanningsforbundet") and elected bodies ("Fylkestinget i Vestland") in a text."""
    return _leftmost_longest(
        claimants_in(text) + [_coordinated(m) for m in _organisation_regex().finditer(text)]
        + [ActorHit(m.start(), m.end(), m.group(0)) for m in _organisation_word().finditer(text)]
        + [ActorHit(m.start(), m.end(), " ".join(m.group(0).split())) for m in _body().finditer(text)])


def _coordinated(match: re.Match[str]) -> ActorHit:
    """A named body ("Nordby kommune", "Møre og Romsdal fylkeskommune"); "A og B fylkeskommune" whose
    "A og B" is no county (`counties`) joins two bodies ("KS Vestland og Vestland fylkeskommune"): the last."""
    written = match.group(0)
    head, sep, tail = written.rpartition(" og ")
    if not sep or " ".join(written.split()[:-1]) in {str(c) for c in _data().get("counties", [])}:
        return ActorHit(match.start(), match.end(), written)
    return ActorHit(match.start() + len(head) + len(sep), match.end(), tail)


BREADCRUMB = re.compile(r"[ \t]+(?:›|>|»)[ \t]+")


def site_owner(text: str) -> str | None:
    """The organisation a document's opening breadcrumb names as the site's owner ("Nordby kommune  ›
    Nyheiter  ›  Helse", "NN.no > Aktuelt > ..."): its own publication speaks for it. None when the
    first line is no breadcrumb (two separators) or its first part names no single organisation."""
    first = text.lstrip().split("\n", 1)[0]
    parts = BREADCRUMB.split(first)
    if len(parts) < 3 or len(parts[0]) > 60:
        return None
    hits = claimants_in(parts[0]) or organisations_in(parts[0])
    return hits[0].name if len(hits) == 1 and hits[0].name not in generic_claimants() else None


@memoised_list
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
    body = role_body(role)
    if body and (organisation is None or PLACE.fullmatch(organisation.strip()) and not claimants_in(organisation)):
        return body if organisation is None else f"{body} i {organisation.strip()}"  # "regionrådsleiar NN": regionrådet
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


@lru_cache(maxsize=1)
def _body_words() -> tuple[frozenset[str], frozenset[str]]:
    """(the municipal and county leaders' roles, the elected bodies) of actors.yaml, as sets."""
    data = _data()
    return (frozenset(str(r) for r in [*data.get("municipality_roles", []), *data.get("county_roles", [])]),
            frozenset(str(b) for b in data.get("organisation_bodies", [])))


def role_body(role: str | None) -> str | None:
    """The elected body a leader's title names ("regionrådsleiar" -> "regionrådet", "fylkestingsleder"
    -> "fylkestinget"): the title less a leader word (`body_leader_words`) and a linking "s", made
    definite, when that is one of `organisation_bodies`; None otherwise."""
    if not role:
        return None
    low = role.casefold().strip()
    local_roles, bodies = _body_words()
    if low.split(" for ")[0] in local_roles:
        return None  # "fylkesrådsleder i Nordland": the county (`local_body`)
    for word in _data().get("body_leader_words", []):
        if not low.endswith(str(word)) or low == str(word):
            continue
        stem = low[:-len(str(word))].rstrip("-")
        for form in (stem, stem[:-1] if stem.endswith("s") else None):
            if form and (form + "et" in bodies or form + "t" in bodies):
                return form + "et" if form + "et" in bodies else form + "t"
    return None


def local_body(place: str, role: str | None) -> str | None:
    """"Kinn kommune" for the mayor of a place the text names bare ("ordførar i Kinn"), "Vestland
    fylkeskommune" for a county mayor; None when the role is no municipal or county leader's, or
    the organisation is no bare place name."""
    if not role or not PLACE.fullmatch(place.strip()):
        return None
    low = role.casefold().split(" for ")[0]  # "kommunalsjef for helse og velferd": a municipal leader
    if low in {str(r) for r in _data().get("municipality_roles", [])}:
        return f"{place.strip()} kommune"
    if low in {str(r) for r in _data().get("county_roles", [])}:
        return f"{place.strip()} fylkeskommune"
    return None


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
