"""Persons a list of those present names by role and surname only (GUIDELINES decision 9: "a person named by surname
only keeps the name as written").

Minutes often give each party's delegation as roles and surnames:

    Til stede:
    HOD: ekspedisjonssjef Bergersen, avdelingsdirektør Hatlestad, seniorrådgiver Nymoen
    KS: områdedirektør Sandvik, avdelingsdirektør Rød-Larsen

Inside a span of a list of those present (`attendance_lists.attendance_list_spans`), a role word (`roles.is_role`)
right before one capitalised word that ends an item (a comma, a semicolon, "og", a parenthesis or the line's end)
names a participant by surname, unless that word opens a person's full name the mention layer knows ("styreleder
Kari Moe": the full name is read there) or is no name (`not_names`: "Namn", "Tittel"). The party before the line's
colon ("HOD:", "KS:") is the person's organisation when it is short. A body is no surname ("leiar Pensjonistforbundet",
"medlem Kommunestyret": a table's role and the body a member represents, its columns run together by the normaliser).
"""
from __future__ import annotations

import re

from flows.extract import roles as R
from flows.extract.people import People
from flows.model import Mention

Span = tuple[int, int]

ROW = re.compile(r"(?<![\w-])(?P<role>[a-zæøå][\wæøå.-]+)\s+(?P<name>[A-ZÆØÅ][a-zæøåé]+(?:-[A-ZÆØÅ][a-zæøåé]+)?)"
                 r"(?=\s*(?:[,;(\n]|og\s|$))")
PARTY = re.compile(r"\s*(?:(?:Fra|Frå)\s+)?(?P<party>[A-ZÆØÅ][\wæøå-]*(?:\s+[A-ZÆØÅ][\wæøå-]*){0,2})\s*:")  # "HOD:",
# "Fra KS:" (a party of capitalised words; "Frå departementet:" names none)


def listed_surnames(text: str, spans: tuple[Span, ...], people: People,
                    taken: frozenset[str] = frozenset()) -> tuple[Mention, ...]:
    """The persons the lists at `spans` name by role and surname only (see the module docstring), in text order;
    none already `taken` (a participant or an absent person by that name, or whose full name ends with it)."""
    full_starts = {m.start for m in people.mentions if m.kind == "full"}
    taken = taken | {name.split()[-1] for name in taken}
    not_names = R.not_names()
    out: dict[str, Mention] = {}
    for start, end in spans:
        for match in ROW.finditer(text, start, end):
            name = match.group("name")
            if name in taken or match.start("name") in full_starts or name.casefold() in not_names \
                    or not R.is_role(match.group("role")) or R.is_role(name) or R.is_organisation_word(name):
                continue
            line_start = text.rfind("\n", 0, match.start()) + 1
            party = PARTY.match(text, line_start)
            organisation = party.group("party") if party and party.end() <= match.start() else None
            out.setdefault(name, Mention(name, match.group("role"), organisation))
    return tuple(out.values())
