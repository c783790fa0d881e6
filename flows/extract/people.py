"""Persons in a text: names, roles and organisations, and what later mentions refer to.

Public functions (plain data in, plain data out):

- `find_people(text) -> People`: every person mention in a text (full names,
  later surnames, titles such as "statsråden" or "KS-lederen"), each resolved
  to the full name as first written, with role and organisation when the text
  gives them ("styreleder i KS, NN", "NN, rådmann i Melhus kommune",
  "helse- og omsorgsminister NN (H)", "ordførerne A, B og C").
- `parse_person(phrase, people=None) -> Mention | None`: the person a short
  phrase names ("sier styreleder i KS, NN" -> NN, styreleder, KS).
- `resolve(people, phrase, position) -> Mention | None`: like `parse_person`,
  but pronouns ("han", "ho") and titles resolve to the person last mentioned
  before `position`.
- `participants(people) -> tuple[Mention, ...]`: one Mention per person.

Word lists live in `flows/data/roles.yaml` and `flows/data/pronouns.yaml`.
"""
from __future__ import annotations

from functools import lru_cache

import re
from dataclasses import dataclass, replace

from flows import lexicon
from flows.budget import check
from flows.extract import roles as R
from flows.extract.matcher import find_literals
from flows.model import Mention

UP = "A-ZÆØÅÉÜÖÄ"
LOW = "a-zæøåéèüöäáó"
TOKEN = rf"[{UP}][{LOW}]+(?:-[ ]?[{UP}][{LOW}]+)?"
NAME = re.compile(rf"(?<![\w-]){TOKEN}(?:[ ](?:(?:von|van|de|af|di|du)[ ])?{TOKEN}){{0,4}}(?![\w-])")


# Between two names of one list: a comma or "og", after an optional party ("A (H), B og C").
LIST_GAP = r"(?: \([A-ZÆØÅ][A-Za-zæøåÆØÅ]{0,5}\))?,? (?:og |samt )?"


@dataclass(frozen=True)
class PersonMention:
    """One place in the text that names or refers to a person."""

    name: str  # the canonical full name
    written: str  # the words as written
    start: int
    end: int
    kind: str  # full, surname, title
    role: str | None = None
    organisation: str | None = None
    plural: bool = False  # the role came from a plural ("ordførerne A, B og C")
    embedded: bool = False  # a title after another person named earlier in its sentence ("NN viste statsråden ...")


@dataclass(frozen=True)
class People:
    persons: tuple[Mention, ...]
    mentions: tuple[PersonMention, ...]


def _clean_name(words: list[str]) -> list[str]:
    """Drop leading capitalised non-name words (sentence openers, roles, an organisation before a
    name: "leder i Allmennlegeforeningen Tormod Kvalvik")."""
    while words and (words[0] in R.not_names() or R.is_role(words[0].casefold())
                     or R.is_organisation_word(words[0])):
        words = words[1:]
    return words


@lru_cache(maxsize=1)
def _venue_endings() -> tuple[str, ...]:
    return tuple(str(w) for w in lexicon.load("roles").get("venue_endings") or ())


def _place_after_role(before: str) -> bool:
    """A capitalised phrase right after "<role> i" names where the role is held ("varaordfører i
    Øvre Dal"), not a person."""
    found = re.search(r"([\wæøåÆØÅ-]+) (?:i|for|ved) $", before)
    return bool(found) and R.is_role(found.group(1).casefold())


def _name_after_place(words: list[str]) -> list[str]:
    """The name after a place that follows "<role> i" with no comma ("ordfører i Nordby Kari Dal"):
    the place is one word, or two after a compass or position word ("Øvre", "Nord"); at least two
    words must remain."""
    skip = 2 if words and words[0] in R.place_prefixes() else 1
    return words[skip:] if len(words) - skip >= 2 else []


def _name_candidates(text: str) -> list[tuple[str, int, int]]:
    out: list[tuple[str, int, int]] = []
    for match in NAME.finditer(text):
        check()
        words = match.group(0).split(" ")
        joined = " ".join(words)
        kept = _clean_name(_merge_hyphen(words))
        if len(kept) < 2 or any(w in R.not_names() for w in kept) or R.is_organisation_word(kept[-1]):
            continue
        name = " ".join(kept)
        start = match.start() + joined.rfind(name) if name in joined else match.start()
        if R.PLACE_FOLLOWER().match(text, match.end()):
            continue  # "Øvre Dal kommune": a place, not a person
        before = text[max(0, start - 30):start]
        after_role = _place_after_role(before)
        if kept[0].endswith(_venue_endings()) or (kept[0] in R.place_prefixes() and not after_role):
            continue  # "Kulturhuset Nordby": a venue; "Indre Nordby": a place
        if after_role:
            rest = _name_after_place(kept)
            if not rest:
                continue  # "varaordfører i Øvre Dal": a place
            kept, name = rest, " ".join(rest)  # "ordfører i Nordby Kari Dal": the place, then the name
            start = match.start() + joined.rfind(name)
        if re.search(r"[A-ZÆØÅ]{2,}[ ]$", before) and kept[0] in R.organisation_suffixes():
            kept = kept[1:]  # "KS Troms Geir Sivertsen": Troms belongs to the organisation
            if len(kept) < 2:
                continue
            name = " ".join(kept)
            start = match.start() + joined.rfind(name)
        out.append((name, start, start + len(name)))
    return out


def _merge_hyphen(words: list[str]) -> list[str]:
    """'Geir-' 'Inge' stay one token when the raw had a hyphen and a space."""
    out: list[str] = []
    for word in words:
        if out and out[-1].endswith("-"):
            out[-1] = out[-1] + " " + word
        else:
            out.append(word)
    return out


def _context_role(text: str, start: int, end: int,
                  previous: PersonMention | None) -> tuple[str | None, str | None, bool]:
    """Role, organisation and plural flag from the words around a name."""
    left = text[max(0, start - 120):start]
    right = text[end:end + 120]
    role, org, plural = None, None, False
    found = R.ROLE_BEFORE().search(left)
    definite = None if found else R.DEFINITE_ROLE_BEFORE().search(left)
    if found:
        written = found.group("role").casefold()
        plural = R.is_plural(written.split(" ", 1)[-1] if written.startswith(R.ordinals()) else written)
        if plural and written.startswith(R.ordinals()):
            written = written.split(" ", 1)[-1]  # "andre ordførere": the others, no ordinal
        role = R.singular(written)
        org = R.clean_org(found.group("org") or found.group("prefix"))
    elif definite:  # "fylkesrådmannen i Nordby, NN": the definite role in apposition
        role = R.base_role(definite.group("role"))
        org = R.clean_org(definite.group("org"))
    after = R.ROLE_AFTER().match(right)
    if after and not role:
        role = after.group("role").casefold()
        org = R.clean_org(after.group("org"))
    elif role and not org:
        trailing = R.ORG_AFTER().match(right)
        if trailing:
            org = R.clean_org(trailing.group("org"))
    if role is None and previous is not None and previous.plural and re.fullmatch(LIST_GAP, text[previous.end:start]):
        # "nestlederne A (Sp) og B": the role goes on to B, A's party does not
        party_gap = text[previous.end:start].startswith(" (")
        role, org, plural = previous.role, None if party_gap else previous.organisation, True
    party = R.PARTY().match(right)
    ministry = R.ministry(role) if role else None
    if ministry:
        org = ministry
    elif org is None and party:
        org = party.group(1)
    return role, org, plural


@lru_cache(maxsize=256)
def find_people(text: str) -> People:
    """Every person mention in `text`, resolved to full names, in text order.

    Memoised: statements, meetings and participants all ask for the same document."""
    full: list[PersonMention] = []
    for name, start, end in _name_candidates(text):
        check()
        role, org, plural = _context_role(text, start, end, full[-1] if full else None)
        full.append(PersonMention(name, name, start, end, "full", role, org, plural))
    canonical = _canonical_names([m.name for m in full])
    full = [replace(m, name=canonical[m.name]) for m in full]
    persons: dict[str, Mention] = {}
    for m in full:
        known = persons.get(m.name)
        if known is None:
            persons[m.name] = Mention(m.name, m.role, m.organisation)
        elif known.role is None and m.role:
            persons[m.name] = Mention(m.name, m.role, m.organisation or known.organisation)
        elif m.role and known.role and R.more_specific(m.role, known.role):
            persons[m.name] = Mention(m.name, m.role, known.organisation or m.organisation)
    surnames = _surname_mentions(text, full, canonical)
    mentions = full + surnames + _title_mentions(text, persons, full, full + surnames)
    mentions.sort(key=lambda m: (m.start, -m.end))
    return People(tuple(persons.values()), tuple(mentions))


def _canonical_names(names: list[str]) -> dict[str, str]:
    """Map each written name to the longest name it ends, first written wins."""
    out: dict[str, str] = {}
    for name in names:
        check()
        longer = [n for n in names if len(n) > len(name) and n.endswith(" " + name)]
        out[name] = longer[0] if longer else name
    return out


def _surname_mentions(text: str, full: list[PersonMention], canonical: dict[str, str]) -> list[PersonMention]:
    keys: dict[str, str] = {}
    for name in canonical.values():
        words = name.split(" ")
        for i in range(1, len(words)):
            keys.setdefault(" ".join(words[i:]), name)
    if not keys:
        return []
    taken = [(m.start, m.end) for m in full]
    out: list[PersonMention] = []
    for start, end, key in find_literals(text, sorted(keys, key=len, reverse=True)):
        check()
        if any(s <= start < e for s, e in taken):
            continue
        out.append(PersonMention(keys[key], key, start, end, "surname"))
    return out


def _title_mentions(text: str, persons: dict[str, Mention], full: list[PersonMention],
                    named: list[PersonMention]) -> list[PersonMention]:
    out: list[PersonMention] = []
    taken = [(m.start, m.end) for m in full]
    for match in R.TITLE().finditer(text):
        check()
        if any(abs(match.end() - s) <= 3 or 0 <= match.start() - e <= 2 or s <= match.start() < e for s, e in taken):
            continue  # a role word right before or after a name is part of that mention
        target = _title_target(match.group(0), match.start(), persons, full)
        if target:
            opening = max(text.rfind(mark, 0, match.start()) for mark in (". ", "? ", "! ", ": ", "\n"))
            embedded = any(opening < m.start < match.start() and m.name != target for m in named)
            out.append(PersonMention(target, match.group(0), match.start(), match.end(), "title", embedded=embedded))
    return out


def _title_target(title: str, position: int, persons: dict[str, Mention], full: list[PersonMention]) -> str | None:
    family, org = R.title_family(title)
    if family is None:
        return None
    fits = [p for p in persons.values() if R.role_fits(p.role, family) and _org_fits(p.organisation, org)]
    strict = [p for p in fits if R.role_fits(p.role, family, loose=False)]
    if strict:
        fits = strict  # "helseministeren" is the health minister, not another "statsråd"
    if org is not None and any(p.organisation == org for p in fits):
        fits = [p for p in fits if p.organisation == org]
    if not fits:
        return None
    before = [m for m in full if m.start < position and m.name in {p.name for p in fits}]
    return before[-1].name if before else fits[0].name


def _org_fits(known: str | None, title_org: str | None) -> bool:
    """A title's organisation ("KS-lederen") fits a person with that organisation or with none given."""
    return title_org is None or known is None or known == title_org or known.startswith(title_org + " ")


def parse_person(phrase: str, people: People | None = None) -> Mention | None:
    """The person a short phrase names, with role and organisation when given."""
    candidates = _name_candidates(phrase)
    if candidates:
        name, start, end = candidates[0]
        role, org, _ = _context_role(phrase, start, end, None)
        if people:
            name = _lookup(people, name) or name
            known = next((p for p in people.persons if p.name == name), None)
            if known and not role:
                role, org = known.role, known.organisation
            elif known and org is None and known.role == role:
                org = known.organisation  # the organisation the text gave the person elsewhere
        return Mention(name, role, org)
    word = re.match(rf"\s*({TOKEN}(?:[ ]{TOKEN})?)", phrase)
    if word and people:
        found = _lookup(people, word.group(1))
        if found:
            return next((p for p in people.persons if p.name == found), Mention(found))
    if word and _plausible_surname(word.group(1)):
        return Mention(word.group(1))
    return None


def _plausible_surname(word: str) -> bool:
    first = word.split(" ")[0]
    return first not in R.not_names() and not R.is_organisation_word(first) and not R.is_role(first.casefold())


def _lookup(people: People, written: str) -> str | None:
    for m in people.mentions:
        if m.written == written or m.name == written:
            return m.name
    return None


def resolve(people: People, phrase: str, position: int) -> Mention | None:
    """The person `phrase` refers to at `position`: a name, a surname, a pronoun or a title."""
    head = phrase.strip().split(" ")[0].casefold() if phrase.strip() else ""
    gender = R.pronoun_gender(head)
    if gender is not None:
        return _recent(people, position, gender)
    title = R.TITLE().match(phrase.strip())
    if title and not _name_candidates(phrase):
        target = _title_target(title.group(0), position, {p.name: p for p in people.persons},
                               [m for m in people.mentions if m.kind in ("full", "surname")])
        return _person(people, target) if target else None
    found = parse_person(phrase, people)
    words = phrase.strip().split(" ", 1)
    if found is None and len(words) == 2 and R.is_role(words[0].casefold()) and words[1][:1].isupper():
        return resolve(people, words[1], position)  # "KS-leder Dal", "legevaktsjef Dal": Dal
    return found


def _person(people: People, name: str) -> Mention:
    return next((p for p in people.persons if p.name == name), Mention(name))


def _recent(people: People, position: int, gender: str) -> Mention | None:
    """The person a pronoun at `position` points back to: the last one named before it, passing
    over a title that only stands after another person in its sentence ("NN meiner ... vise
    statssekretæren ...": the pronoun after it is NN)."""
    for m in reversed([m for m in people.mentions if m.start < position and not m.embedded]):
        if gender == "any" or R.name_gender(m.name) in (None, gender):
            return _person(people, m.name)
    return None


def participants(people: People) -> tuple[Mention, ...]:
    """One Mention per person named in full, in order of first mention."""
    return people.persons
