"""Whom a person with a role but no organisation of their own speaks for, from the text around their
first mention (part of the mention layer, `flows.extract.mentions`): the organisation their own
sentence names them the representative of ("Fagforbundet ved nestleiar NN"), else the claimant
named last before that sentence whose kind their role fits ("sier forbundsleder NN" after
"Sykepleierforbundet ... KS ...": the union).
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import replace

from flows import lexicon
from flows.extract.role_table import roles_table
from flows.extract import roles as R
from flows.extract.actors import ActorHit, addressees_in, generic_claimants, government_side
from flows.extract.ministry_actors import ministry_aliases
from flows.extract.actor_words import claimant_pointers, party_claimant, parties_written
from flows.extract.organisation_names import organisations_in
from flows.extract.context import DocContext
from flows.extract.participant_details import group_org
from flows.extract.people import People, PersonMention
from flows.model import Statement


def _municipal_suffixes() -> tuple[str, ...]:
    return tuple(f" {s}" for s in lexicon.load("actors")["organisation_suffixes"])


def with_context_organisations(people: People, ctx: DocContext) -> People:
    """A person the text gives a role but no organisation ("sier president Anne Berg") belongs to
    the claimant named last before the sentence of their first mention, in the same paragraph or
    the one before ("Legeforeningen er kritisk ..."), or to the organisation it represents in its own
    sentence ("Fagforbundet ved nestleiar NN"). Government and municipal roles and generic
    claimants (`generic_claimants` in data/actors.yaml) are left out."""
    generic = generic_claimants()
    starts = {b.index: b.start for b in ctx.blocks}
    filled: dict[str, str] = {}
    for person in people.persons:
        if person.organisation or not person.role or R.is_government_role(person.role) \
                or R.is_municipal_role(person.role):
            continue
        first = next((m for m in people.mentions if m.name == person.name and m.kind == "full"), None)
        block = next((b for b in ctx.blocks if first is not None and b.start <= first.start <= b.end), None)
        if first is None or block is None:
            continue
        since = starts.get(block.index - 1, block.start)
        sentence = next((s.start for s in ctx.sentences if s.start <= first.start < s.end), first.start)
        represented = _represented_by(ctx, sentence, first.start) or _group_of(ctx, sentence, first) \
            or _party_before(ctx.text, since, first.start, person.role)
        if represented is not None:  # "Fagforbundet ved nestleiar NN", "Fra Delta møter A og B": NN's organisation
            filled[person.name] = represented
            continue
        named = [h for h in ctx.gazetteer.organisations if since <= h.start and h.end <= sentence
                 and h.name not in generic and not h.name.endswith(tuple(_municipal_suffixes()))]
        pointer = _pointer_after(ctx.text, first.end)
        if pointer:  # "Nestleiar NN i forbundet": the last organisation of that kind
            named = [h for h in named if pointer == "organisasjonen" or h.name.casefold().endswith(pointer)]
        named = [h for h in named if _kind_fits(person.role, h.name)]  # strict: a forbundsleder is no KS officer
        if named:
            filled[person.name] = _fitting(person.role, named).name
    if not filled:
        return people
    persons = tuple(replace(p, organisation=filled.get(p.name, p.organisation)) for p in people.persons)
    mentions = tuple(replace(m, organisation=filled[m.name]) if m.name in filled and m.kind == "full"
                     and m.organisation is None else m for m in people.mentions)
    return replace(people, persons=persons, mentions=mentions)


REPRESENTED = re.compile(r"\s+(?:(?:er|var|vart|blei|ble|blir)\s+representert\s+)?(?:ved|v/)\s+"
                         r"(?:[a-zæøå-]+\s+){0,2}$")  # "X (var representert) ved (nestleiar) NN"


def _represented_by(ctx: DocContext, sentence: int, name_start: int) -> str | None:
    """The organisation a name follows in its own sentence as its representative ("Fagforbundet ved
    nestleiar NN", "NSF var representert ved forbundsleiar NN"); None otherwise."""
    before = [h for h in ctx.gazetteer.organisations if sentence <= h.start and h.end <= name_start]
    if not before or not REPRESENTED.match(ctx.text, before[-1].end, name_start):
        return None
    hit = before[-1]
    return None if hit.name in generic_claimants() else hit.name


def _group_of(ctx: DocContext, sentence: int, first: PersonMention) -> str | None:
    """The organisation a list of those present names its members under, in the person's own
    sentence ("Fra Delta møter forbundsleder A og nestleder B, mens ...": Delta; the groups of
    `organisation_groups` in data/participant_patterns.yaml); None for none or the government."""
    own = next((s for s in ctx.sentences if s.start == sentence), None)
    group = group_org(own, first) if own is not None else None
    group = defined_acronym(ctx.text, group) or group if group else group  # "NKF var representert ved leder NN"
    hits = organisations_in(group) if group else []
    if hits:
        return hits[0].name if hits[0].name not in generic_claimants() else None
    return _state_agency(group) if group else None


ACRONYM = re.compile(r"\s*([A-ZÆØÅ]{2,6})\s*")


def defined_acronym(text: str, group: str) -> str | None:
    """The organisation an acronym stands for where the text defines it in brackets after its name ("Norsk
    Kommunalteknisk Forening (NKF)"), when `group` is that acronym alone; None otherwise."""
    found = ACRONYM.fullmatch(group)
    if found is None:
        return None
    defined = re.search(rf"((?:[\wæøåÆØÅ'-]+\s+){{0,5}}[\wæøåÆØÅ'-]+)\s*\(\s*{found.group(1)}\s*\)", text)
    if defined is None:
        return None
    hits = [h for h in organisations_in(defined.group(1)) if h.end == len(defined.group(1))]
    return hits[-1].name if hits else None


def _party_before(text: str, since: int, name_start: int, role: str) -> str | None:
    """The party named last before a person whose role is held for a party ("Senterpartiet mener ... Partiets
    talsperson, stortingsrepresentant NN": Senterpartiet), in their paragraph or the one before; None for another
    role or no party named (a one-letter abbreviation is no party's name here)."""
    if party_claimant("Sp", role) is None:  # the role is no party role (`party_roles`)
        return None
    found = [m for m in _party_names_pattern().finditer(text, since, name_start)]
    return found[-1].group(0) if found else None


@lru_cache(maxsize=1)
def _party_names_pattern() -> re.Pattern[str]:
    names = sorted((p for p in parties_written() if len(p) > 1), key=len, reverse=True)
    return re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, names))})(?![\w-])")


def _state_agency(group: str) -> str | None:
    """A state agency the group is ("Frå IMDi møtte direktør NN", "Fra Statsforvalteren i Møre og Romsdal møtte
    NN"): the agency as the text writes it, when the group is that agency alone (no ministry, no government)."""
    hits = addressees_in(group)
    if len(hits) != 1 or hits[0].start != 0 or hits[0].name in government_side() \
            or hits[0].name in ministry_aliases().values() or R.is_government_role(group):
        return None
    written = group.strip()
    return written if written.startswith(hits[0].name) and len(written.split()) <= 6 else hits[0].name



def _pointer_after(text: str, end: int) -> str | None:
    """A word right after a name that points back to an organisation ("NN i forbundet")."""
    found = re.match(r" (?:i|ved|frå|fra) ([a-zæøå]+)(?![\w-])", text[end:end + 40])
    word = found.group(1).casefold() if found else None
    return word if word in claimant_pointers() else None


def _kind_fits(role: str, organisation: str) -> bool:
    """A role that names the kind of organisation it is held in ("forbundsleder") fits only an
    organisation of that kind ("Fagforbundet", not KS)."""
    role, organisation = role.casefold(), organisation.casefold()
    for kind in roles_table().get("organisation_kinds") or ():
        if str(kind) in role:
            return str(kind) in organisation
    return True


def _fitting(role: str, named: list[ActorHit]) -> ActorHit:
    """Of the organisations named before a person, the one their role fits ("forbundsleder" and
    "Sykepleierforbundet", `role_organisation_words` in data/actors.yaml), else the last named."""
    low = role.casefold()
    for part, word in (lexicon.load("actors").get("role_organisation_words") or {}).items():
        if str(part) in low:
            fitting = [h for h in named if str(word) in h.name.casefold()]
            if fitting:
                return fitting[-1]
    return named[-1]


DESCRIBED = re.compile(r"(?:^|(?<=[.:!?]\s)|(?<=\n)|(?<=,\s)|(?<=\sog\s)|(?<=\sav\s))"
                       r"(?P<role>[A-ZÆØÅa-zæøå][\wæøåé'-]*(?:\s+[a-zæøå][\wæøåé-]*){0,4}?)"
                       r"\s+(?P<prep>i|ved|hos|for|på|frå|fra)\s+(?P<rest>[^,.;:!?\n()]{2,70}?)\s*,\s*$")
WORKPLACE = re.compile(r"\s(?:ved|hos)\s+")  # "professor i allmennmedisin ved NN": the workplace
SERVICE = re.compile(r"[a-zæøå][\wæøå-]{3,}(?:a|en|et)\s+i\s+[A-ZÆØÅ][\wæøåé-]+$")  # "tenesta i Nordby"
NAMED = re.compile(r"[A-ZÆØÅ][^,]*$")


def described_organisation(text: str, name_start: int) -> tuple[str, str] | None:
    """(role, organisation) of a description written right before a name and closed by a comma, when
    the organisation is named after a preposition ("Klinikkdirektør ved Nordby sjukehus, NN",
    "administrerande direktør i Helse Nordby, NN", "leiar for PP-tenesta i Nordby, NN"): the
    workplace after "ved"/"hos" when there is one, else a service of a place, else the words from the
    first capitalised one on (a place, when the role is a municipal leader's: "byråd for helse i
    Nordby, NN"). None when no such description stands before the name."""
    line_start = max(text.rfind("\n", 0, name_start), 0)
    before = text[max(line_start, name_start - 120):name_start]
    found = DESCRIBED.search(before)
    if found is None:
        return None
    rest = " " + found.group("rest")
    workplace = list(WORKPLACE.finditer(rest))
    tail = rest[workplace[-1].end():] if workplace else rest.strip()
    service = SERVICE.fullmatch(tail)
    named = service or NAMED.search(tail)
    if named is None or len(named.group(0).split()) > 5:
        return None
    place = tail.rsplit(None, 1)[-1]
    if service and re.search(rf"(?<![\w-]){re.escape(place)} kommune(?![\w-])", text):  # "Leder for flyktningtjenesten
        return found.group("role").strip(), f"{place} kommune"  # i Steinkjer" on Steinkjer kommune's page: the
        # municipality's own service speaks for it (round 60); a region's service stays itself ("barnevernstenesta i
        # Nordfjord")
    return found.group("role").strip(), named.group(0).strip()


def speaker_descriptions(text: str, statements: tuple[Statement, ...], people: People) -> dict[str, tuple[str, str]]:
    """Speaker -> (role, organisation) of the description right before their first full mention
    (`described_organisation`), else (the lower-case title right before it, ""), for the speakers the text
    gives one ("sier helsepolitisk talsperson NN (H)": a party role, `actor_words.party_claimant`)."""
    out: dict[str, tuple[str, str]] = {}
    for name in dict.fromkeys(st.speaker.name for st in statements):
        first = next((m for m in people.mentions if m.name == name and m.kind == "full"), None)
        found = described_organisation(text, first.start) if first is not None else None
        found = found or (party_description(text, first.start) if first is not None else None)
        title = TITLE.search(text, max(text.rfind("\n", 0, first.start) + 1, first.start - 60), first.start) \
            if first is not None and not found else None  # on the name's own line: a heading above ("Rødt går
        # hardt ut") describes nobody
        if found or title:
            out[name] = found or (" ".join(title.group(1).split()), "")  # type: ignore[union-attr]
    return out


def party_description(text: str, name_start: int) -> tuple[str, str] | None:
    """(role, party) of a description naming a party in the genitive before a party role
    ("Høyres helsepolitiske talsperson, stortingsrepresentant NN": ("stortingsrepresentant", "Høyre")); None
    when the role is none held for a party (`party_roles`) or no party is named so."""
    line_start = max(text.rfind("\n", 0, name_start), 0)
    found = PARTY_GENITIVE().search(text, max(line_start, name_start - 100), name_start)
    if found is None:
        return None
    role = " ".join((found.group("role") or found.group("title")).split())
    party = found.group("party")
    return (role, party) if party_claimant(party, role) or party_claimant(party, found.group("title")) else None


@lru_cache(maxsize=1)
def PARTY_GENITIVE() -> re.Pattern[str]:  # noqa: N802 - a compiled pattern, built once
    """"Høyres helsepolitiske talsperson, (stortingsrepresentant) " right before a name."""
    names = lexicon.alternation(sorted(parties_written(), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?P<party>{names})(?:s|'s|'|-s)\s+(?P<title>(?:[a-zæøå][\wæøå-]*\s+){{0,2}}"
                      rf"[a-zæøå][\wæøå-]*)\s*,\s+(?:(?P<role>[a-zæøå][\wæøå-]*)\s+)?$")


TITLE = re.compile(r"(?<![\w-])((?:[a-zæøå][\wæøå-]*\s+){1,3})$")  # "sier helsepolitisk talsperson NN": the title
