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
Names and the role written around them are found by `flows.extract.person_names`.
Word lists live in `flows/data/roles.yaml` and `flows/data/pronouns.yaml`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from flows import lexicon
from flows.extract.role_table import roles_table
from flows.budget import check
from flows.extract import roles as R
from flows.extract.caption_wraps import unwrapped_captions
from flows.extract.initials_keys import initials_spans
from flows.extract.matcher import find_literals
from flows.extract.ministry_gazetteer import ministry_names
from flows.extract.nicknames import nicknames_moved
from flows.extract.unnamed_persons import unnamed_persons
from flows.extract.title_scan import title_matches
from flows.extract.context_roles import context_role
from flows.extract.first_name_mentions import first_name_spans
from flows.extract.person_names import PARTICLES, TOKEN, aged_first_names, cased_lines, media_heads, name_candidates
from flows.model import Mention


PLACE_AFTER_TITLE = re.compile(r"\s+(?:i|for|ved|på|fra|frå)\s+([A-ZÆØÅ][\wæøåÆØÅ-]+)")  # "ordføreren i/frå Nordby"


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
    aside: bool = False  # in a photo caption: an antecedent of a pronoun only when the story names nobody before it


@dataclass(frozen=True)
class People:
    persons: tuple[Mention, ...]
    mentions: tuple[PersonMention, ...]
    unnamed: tuple[int, ...] = ()  # where the text brings in a person without a name ("en sykepleier")
    sentence_ends: tuple[int, ...] = ()  # where a sentence ends before an unnamed person (`unnamed_persons`)


@lru_cache(maxsize=256)
def find_people(text: str) -> People:
    """Every person mention in `text`, resolved to full names, in text order.

    Memoised. Names in capitals heading a list line are read as names (`cased_lines`), a name with a nickname inside
    without it (`nicknames_moved`), a name a caption wraps over a line break whole (`unwrapped_captions`)."""
    text = unwrapped_captions(cased_lines(nicknames_moved(text)))
    full: list[PersonMention] = []
    candidates = name_candidates(text)
    taken = [(s, e) for _, s, e in candidates]
    aged = [c for c in aged_first_names(text) if not any(s <= c[1] < e for s, e in taken)]
    for name, start, end in sorted(candidates + aged, key=lambda c: c[1]):
        check()
        role, org, plural = context_role(text, start, end, full[-1] if full else None)
        full.append(PersonMention(name, name, start, end, "full", role, org, plural))
    bodies = {m.organisation.casefold() for m in full if m.organisation}
    # a "name" the text gives as another person's body ("rådgjevar NN i Digi Vestland") is that body, no person
    full = [m for m in full if m.name.casefold() not in bodies]
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
        elif known.organisation is None and m.organisation and m.role and known.role \
                and m.role.casefold() == known.role.casefold():
            persons[m.name] = Mention(m.name, known.role, m.organisation)  # "nestleder NN" first, "KS Agder-nestleder
            # NN" later: the same office, its body given the second time
        elif known.organisation is None and m.organisation in ministry_names() and m.role and known.role \
                and R.is_government_role(m.role) and known.role.casefold().endswith(m.role.casefold()):
            # "Helsestatssekretær NN" first, "statssekretær i Helse- og omsorgsdepartementet NN" later: the
            # same government office, its ministry given the second time
            persons[m.name] = Mention(m.name, known.role, m.organisation)
    surnames = _surname_mentions(text, full, canonical)
    taken = [(m.start, m.end) for m in full + surnames]
    surnames += [PersonMention(name, written, start, end, "surname") for name, written, start, end
                 in initials_spans(text, full) if not any(s <= start < e for s, e in taken)]  # "TEL viste til at"
    surnames += [PersonMention(name, written, start, end, "surname") for name, written, start, end  # "Eirik la fram"
                 in first_name_spans(text, set(canonical.values()), min((m.start for m in full), default=len(text)),
                                     [(m.start, m.end) for m in full + surnames])]
    mentions = full + surnames + _title_mentions(text, persons, full, full + surnames)
    mentions.sort(key=lambda m: (m.start, -m.end))
    unnamed, ends = unnamed_persons(text)
    return People(tuple(persons.values()), tuple(mentions), unnamed, ends)


def _canonical_names(names: list[str]) -> dict[str, str]:
    """Map each written name to the longest name it ends, first written wins; a first name written alone to the one
    full name it opens."""
    out: dict[str, str] = {}
    for name in names:
        check()
        tails = {" " + name, " " + _lower_particle(name)}  # "Von Krogh" opening a sentence: "Anders von Krogh"
        longer = [n for n in names if len(n) > len(name) and n.endswith(tuple(tails))]
        out[name] = longer[0] if longer else (_opened(name, names) or name)
    return out


def _lower_particle(name: str) -> str:
    """A surname whose particle opens a sentence with a capital ("Von Krogh") as written inside one ("von Krogh")."""
    first, _, rest = name.partition(" ")
    return f"{first.casefold()} {rest}" if rest and first.casefold() in PARTICLES else name


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


# between a role and the name it stands in apposition to: its body, then a comma ("leiaren for legevakta, NN")
APPOSED = re.compile(r"(?:\s+(?:for|i|på|ved|av)\s+[^\s,.;:]+(?:\s+[^\s,.;:]+)?)?,\s+")

# a personal pronoun as the subject opening a sentence (after the sentence mark and its space)
PRONOUN_OPENER = re.compile(r"[.?!:\n]?\s*(?:Han|Hun|Ho|Hen)\s")


def _title_mentions(text: str, persons: dict[str, Mention], full: list[PersonMention],
                    named: list[PersonMention]) -> list[PersonMention]:
    out: list[PersonMention] = []
    taken = [(m.start, m.end) for m in full]
    for match in title_matches(text):
        check()
        if any(abs(match.end() - s) <= 3 or 0 <= match.start() - e <= 2 or s <= match.start() < e for s, e in taken):
            continue  # a role word right before or after a name is part of that mention
        apposed = next((m.name for m in full if 0 < m.start - match.end() <= 40
                        and APPOSED.fullmatch(text, match.end(), m.start)), None)
        after = PLACE_AFTER_TITLE.match(text, match.end())  # "ordføraren i Nordby", "Nordby-ordføraren"
        target = _title_target(match.group(0), match.start(), persons, full,
                               match.group("place") or (after.group(1) if after else None),
                               text if after is not None and not match.group("place") else None,
                               sorted(named, key=lambda m: m.start))
        if apposed is not None and target != apposed:
            continue  # "leiaren for legevakta, Siv Aarflot": the role of the name after it, no one named elsewhere
        if target:
            opening = max(text.rfind(mark, 0, match.start()) for mark in (". ", "? ", "! ", ": ", "\n"))
            embedded = any(opening < m.start < match.start() and m.name != target for m in [*named, *out]) \
                or PRONOUN_OPENER.match(text, opening + 1, match.start()) is not None
            # (also after a title of another person: "Ordføraren i Nordby tok imot då statsråden kom", and
            # after a pronoun subject: "Hun fortalte statsråden at ...": the pronoun is someone else)
            out.append(PersonMention(target, match.group(0), match.start(), match.end(), "title", embedded=embedded))
    return out


def _title_target(title: str, position: int, persons: dict[str, Mention], full: list[PersonMention],
                  where: str | None = None, text: str | None = None,
                  recent: list[PersonMention] | None = None) -> str | None:
    family, org = R.title_family(title)
    if family is None:
        return None
    fits = [p for p in persons.values() if R.role_fits(p.role, family) and _org_fits(p.organisation, org)]
    heads = tuple(str(r) for r in roles_table().get("head_roles") or ())  # the head of an organisation by any title
    if not fits and org is not None and family in heads:  # "NVE-sjefen": the one who heads NVE, whatever the
        fits = [p for p in persons.values() if p.organisation == org  # title ("vassdrags- og energidirektør")
                and p.role and p.role.casefold().endswith(heads)]
    strict = [p for p in fits if R.role_fits(p.role, family, loose=False)]
    if strict:
        fits = strict  # "helseministeren" is the health minister, not another "statsråd"
    exact = [p for p in fits if p.role and p.role.casefold() == R.base_role(title.strip()).casefold()]
    named_before = {m.name for m in full if m.start < position}
    if exact and not (named_before.isdisjoint(p.name for p in exact)
                      and not named_before.isdisjoint(p.name for p in fits)):
        fits = exact  # "styreleiaren" is the styreleiar, not a forbundsleiar; "ordføreren" not a fylkesordfører
        # (unless each of the exact ones is named only later and another that fits before: "minister A ... sa
        # statsråden" is A, not a "tidligere statsråd B" of a later paragraph)
    if where:
        placed = [p for p in fits if p.organisation and where in p.organisation]
        if not placed and text is not None and text.count(where) <= 1:
            return None  # "Ordføreren i Kautokeino var også invitert": a place the text names only after this title,
            # another mayor than the one named (round 47: a Sámi municipality's news; "Ordføraren i Hyllestad" in a
            # story from Hyllestad is its mayor)
        fits = placed or fits  # "ordføreren i Nordby": the one whose organisation is Nordby
    if org is not None and any(p.organisation == org for p in fits):
        fits = [p for p in fits if p.organisation == org]
    elif org is not None and any(p.organisation for p in fits):
        # "KS-leiaren": a person of KS or of a KS body ("KS Vestland") before one whose organisation is unknown,
        # unless the body's are county offices ("fylkesleiar") and the other holds the plain office
        members = [p for p in fits if p.organisation and p.organisation.startswith(org + " ")]
        plain = [p for p in fits if p.organisation is None and p.role and not _county_role(p.role)]
        fits = plain if members and plain and all(_county_role(p.role or "") for p in members) else members or fits
    if not fits:
        return None
    before = [m for m in (recent or full) if m.start < position and m.name in {p.name for p in fits}]
    return before[-1].name if before else fits[0].name  # the one of them named last, by full name or surname ("sa
    # Lægreid" after "ordførar i Aurland NN": "Ordføraren fortalde" is Lægreid; round 47)


def _county_role(role: str) -> bool:
    """A county body's office ("fylkesstyreleiar", "fylkesleder"): `county_role_prefixes` in roles.yaml."""
    return role.casefold().startswith(tuple(str(p) for p in roles_table().get("county_role_prefixes") or ()))


def _org_fits(known: str | None, title_org: str | None) -> bool:
    """A title's organisation ("KS-lederen") fits a person with that organisation or with none given."""
    return title_org is None or known is None or known == title_org or known.startswith(title_org + " ")


def parse_person(phrase: str, people: People | None = None) -> Mention | None:
    """The person a short phrase names, with role and organisation when given."""
    candidates = name_candidates(phrase)
    if candidates:
        name, start, end = candidates[0]
        role, org, _ = context_role(phrase, start, end, None)
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
    return first not in R.not_names() and not R.is_organisation_word(first) and not R.is_role(first.casefold()) \
        and first.casefold() not in _indefinite_openers() \
        and word.split(" ")[-1] not in media_heads()  # "Ein kommunelege sa ...", "Nordby Avis": no person


@lru_cache(maxsize=1)
def _indefinite_openers() -> frozenset[str]:
    return frozenset(str(w) for w in lexicon.load("pronouns").get("indefinite_openers") or ())


def _lookup(people: People, written: str) -> str | None:
    for m in people.mentions:
        if m.written == written or m.name == written:
            return m.name
    return _opened(written, [p.name for p in people.persons])


def _opened(first: str, names: list[str]) -> str | None:
    """The one full name a first name written alone opens ("sa Randi i opninga": Randi Kvamme Sørbø); None when it
    is no single word or opens none or several."""
    if " " in first:
        return None
    opened = {n for n in names if n.startswith(first + " ")}
    return opened.pop() if len(opened) == 1 else None


def resolve(people: People, phrase: str, position: int) -> Mention | None:
    """The person `phrase` refers to at `position`: a name, a surname, a pronoun or a title."""
    head = phrase.strip().split(" ")[0].casefold() if phrase.strip() else ""
    gender = R.pronoun_gender(head)
    if gender is not None:
        return recent_person(people, position, gender)
    title = R.TITLE().match(phrase.strip())
    if title and not name_candidates(phrase):
        place = PLACE_AFTER_TITLE.match(phrase.strip(), title.end())
        target = _title_target(title.group(0), position, {p.name: p for p in people.persons},
                               [m for m in people.mentions if m.kind in ("full", "surname")],
                               title.group("place") or (place.group(1) if place else None))
        return _person(people, target) if target else None
    words = phrase.strip().split(" ", 1)
    if len(words) == 2 and "-" in words[0] and R.is_role(words[0].rsplit("-", 1)[1].casefold()) \
            and words[1][:1].isupper():
        return resolve(people, words[1], position)  # "Sirdal-ordfører Tjørhom", "KS-leder Dal": the place or the
        # body joined to the role is the office's, not part of a name
    found = parse_person(phrase, people)
    if found is None and len(words) == 2 and R.is_role(words[0].casefold()) and words[1][:1].isupper():
        return resolve(people, words[1], position)  # "legevaktsjef Dal", "Legevaktsjef Dal": Dal
    return found


def _person(people: People, name: str) -> Mention:
    return next((p for p in people.persons if p.name == name), Mention(name))


def recent_person(people: People, position: int, gender: str) -> Mention | None:
    """The person a pronoun at `position` points back to: the last one named before it (none when an
    unnamed person comes between, `unnamed_persons`), passing
    over a title that only stands after another person in its sentence ("NN meiner ... vise
    statssekretæren ...": the pronoun after it is NN) and, while the story names someone before it,
    the names in a photo caption ("Bildetekst: A og B utanfor departementet.")."""
    before = [m for m in people.mentions if m.start < position and not m.embedded]
    for pool in ([m for m in before if not m.aside], [m for m in before if m.aside]):
        for m in reversed(pool):
            if gender == "any" or R.name_gender(m.name) in (None, gender):
                if any(m.end <= u < position and _sentence_between(people, m.end, u) for u in people.unnamed):
                    return None  # "NN ... en sykepleier ... hun": the pronoun is the unnamed person
                return _person(people, m.name)
    return None


def _sentence_between(people: People, start: int, end: int) -> bool:
    """A sentence ends between `start` and `end` (an unnamed person in the named one's own sentence, "sa NN
    at hun ikkje venta anna frå ein statsråd", is no new antecedent)."""
    return any(start <= b < end for b in people.sentence_ends)


def participants(people: People) -> tuple[Mention, ...]:
    """One Mention per person named in full, in order of first mention."""
    return people.persons
