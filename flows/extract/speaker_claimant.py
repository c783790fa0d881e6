"""The claimant a speaker stands for: from the organisation and the role a description gives
(`claimant_of`), the elected body a leader's title names (`role_body`), the municipality or county a
local leader's place names (`local_body`), the KS office a description names (`ks_office`) and
the organisation a header or signature line names (`named_organisation`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows.extract.actors import GOVERNMENT, ActorHit, _data, addressees_in, claimants_in, is_ks_body
from flows.extract.matcher import trie_alternation
from flows.extract.ministry_actors import ministry_aliases
from flows.extract.organisation_names import organisations_in
from flows.extract.place_names import PLACE
from flows.extract.roles import is_government_role
from flows.extract.state_bodies import agency_named


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
        rest = organisation[hits[0].end:].strip()
        if hits[0].start == 0 and rest and PLACE.fullmatch(rest) and not hits[0].name.startswith("KS") \
                and organisation[:hits[0].end] == hits[0].name:
            return f"{hits[0].name} {rest}"  # "Utdanningsforbundet Nordby": the local branch, as written
        return hits[0].name
    named = organisations_in(organisation.strip())
    if named and named[0].start == 0 and named[0].end == len(organisation.strip()):
        return named[0].name  # "Nordfjellrådet": a body named by a compound, no place a mayor leads
    local = local_body(organisation, role)
    if local:
        return local
    if government_role(organisation) or addressees_in(organisation) and any(
            h.name in ministry_aliases().values() or h.name == "regjeringen" for h in addressees_in(organisation)):
        return GOVERNMENT
    return agency_named(organisation) or organisation  # "Integrerings- og mangfaldsdirektoratet": IMDi




@lru_cache(maxsize=1)
def _leader_roles() -> tuple[frozenset[str], frozenset[str]]:
    """(the municipal leaders' roles, the county leaders' roles) of actors.yaml, as sets."""
    data = _data()
    return (frozenset(str(r) for r in data.get("municipality_roles", [])),
            frozenset(str(r) for r in data.get("county_roles", [])))


@lru_cache(maxsize=1)
def _body_words() -> tuple[frozenset[str], frozenset[str]]:
    """(the municipal and county leaders' roles, the elected bodies) of actors.yaml, as sets."""
    municipal, county = _leader_roles()
    return municipal | county, frozenset(str(b) for b in _data().get("organisation_bodies", []))


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


def municipal_leader(role: str | None) -> bool:
    """A municipality's leader ("ordførar", "kommunalsjef for helse"; `municipality_roles`), not a county's."""
    return bool(role) and role.casefold().split(" for ")[0] in _leader_roles()[0]


def local_body(place: str, role: str | None) -> str | None:
    """"Kinn kommune" for the mayor of a place the text names bare ("ordførar i Kinn"), "Vestland
    fylkeskommune" for a county mayor; None when the role is no municipal or county leader's, or
    the organisation is no bare place name."""
    if not role or not PLACE.fullmatch(place.strip()):
        return None
    low = role.casefold().split(" for ")[0]  # "kommunalsjef for helse og velferd": a municipal leader
    municipal, county = _leader_roles()
    if low in municipal:
        return f"{place.strip()} kommune"
    if low in county:
        return f"{place.strip()} fylkeskommune"
    return None


def ks_office(description: str) -> str | None:
    """The KS body a person's description says they act for: "er medlem av KS' styre" -> KS,
    "er leiar i KS Nordby" -> "KS Nordby"; None when the description names no KS office."""
    for hit in claimants_in(description):
        if not is_ks_body(hit.name):
            continue
        before = description[max(0, hit.start - 25):hit.start].casefold()
        written = description[hit.start:hit.end]
        if "styre" in written.casefold() or "delegasjon" in description[hit.end:hit.end + 14].casefold() \
                or _ks_office_cue().search(before) or _board_office(description[max(0, hit.start - 60):hit.start]):
            return hit.name
    return None


@lru_cache(maxsize=1)
def _board() -> re.Pattern[str]:
    """A KS body's board ending a text ("fylkesstyret i "), with the words before it (`ks_boards`)."""
    boards = trie_alternation([str(b) for b in _data().get("ks_boards", [])]) or r"(?!x)x"
    return re.compile(rf"(?<![\w-])(?:{boards})\s+(?:i|for|til)\s+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _leading() -> re.Pattern[str]:
    """A verb of leading ending a text ("har ledet "), from `ks_board_leading`."""
    verbs = trie_alternation([str(v) for v in _data().get("ks_board_leading", [])]) or r"(?!x)x"
    return re.compile(rf"(?<![\w-])(?:{verbs})(?:\s+(?:nå|no|også|òg|sidan|siden))?\s*$", re.IGNORECASE)


def _board_office(before: str) -> bool:
    """True when the words before a KS body's name hold its board after an office cue or a verb of leading
    ("leiar i fylkesstyret i KS Nordby", "har også ledet fylkesstyret i KS Nordby", "sit i hovudstyret i KS")."""
    board = _board().search(before)
    if board is None:
        return False
    rest = before[:board.start()].casefold()
    return bool(_ks_office_cue().search(rest) or _leading().search(rest))


@lru_cache(maxsize=1)
def _ks_office_cue() -> re.Pattern[str]:
    """Any of the KS office cues ending a text (before the KS name), as one compiled pattern."""
    cues = trie_alternation([str(c) for c in _data().get("ks_office_cues", [])]) or r"(?!x)x"
    return re.compile(rf"(?<![\w-])(?:{cues})\s*$")


def named_organisation(line: str) -> str | None:
    """The organisation a line names: a KS office first, else the first claimant, else a public body."""
    hits = claimants_in(line)
    bodies = organisations_in(line)
    return ks_office(line) or (hits[0].name if hits else None) or (bodies[0].name if bodies else None)


def county_office(claimant: str | None, role: str | None, organisations: tuple[ActorHit, ...]) -> str | None:
    """The KS county body a holder of its office speaks for ("fylkesstyreleiar NN" under "Frå KS deltok ...",
    `ks_county_offices`) when the claimant reads as plain KS and the document names one KS county body
    only (`ks_regions`); the claimant unchanged otherwise."""
    if claimant != "KS" or not role or role.casefold().strip() not in _county_offices():
        return claimant
    regions = {str(r) for r in _data()["ks_regions"]}
    bodies = {h.name for h in organisations if h.name.startswith("KS ") and h.name[3:] in regions}
    return next(iter(bodies)) if len(bodies) == 1 else claimant


@lru_cache(maxsize=1)
def _county_offices() -> frozenset[str]:
    return frozenset(str(r).casefold() for r in _data().get("ks_county_offices", []))
