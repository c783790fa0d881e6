"""Attendance on one line: a field of those present with the names after its colon, or their initials and a key.

Minutes and short reports give who was there as a field on a line of its own, the names after the colon:

    Til stades: Kari Dal, statssekretær, Helse- og omsorgsdepartementet; Per Vik, nestleiar, KS
    Deltakere: Anne Holm (KS), Ola Berg (departementet)

- `inline_spans`: the part of such a line after the colon (`attendance_heading` in
  `data/participant_patterns.yaml`), up to a sentence that opens another field ("Til stede: 23 av 25. Forfall: NN"):
  every person named there took part.

Minutes may instead give the initials of those present and a key that spells them out:

    Til stades: KD, PV, AH (referent)
    Forfall: OB
    ...
    Forkortingar:
    KD – Kari Dal, statssekretær, Helse- og omsorgsdepartementet
    PV – Per Vik, nestleiar, KS

- `initials_spans`: the key's lines (`initials_key_line`: initials, a dash, colon or equals sign, a name) of the
  initials the attendance field lists; the persons on them took part, those of other initials (absent, "Forfall: OB")
  did not by that. A key of one line is none.
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows.extract.document_layout import block_lines
from flows.extract.participant_details import pattern_data
from flows.model import Block

Span = tuple[int, int]


@lru_cache(maxsize=1)
def _field() -> re.Pattern[str]:
    heading = "|".join(f"(?:{p})" for p in pattern_data()["attendance_heading"])
    return re.compile(rf"^[^\w\n]*(?:{heading})\s*:[ \t]*(?=\S)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = pattern_data()
    return (re.compile(str(data["initials_key_line"])), re.compile(str(data["initials_token"])),
            re.compile(str(data["next_field"])))


@lru_cache(maxsize=1)
def _inline_lines() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A calendar invitation's line of one who accepted (`accepted_line`) and a party's line under an attendance field
    (`attendance_group_line`)."""
    data = pattern_data()
    return (re.compile(str(data["accepted_line"]), re.IGNORECASE),
            re.compile("|".join(f"(?:{p})" for p in data["attendance_group_line"]), re.IGNORECASE))


def inline_spans(blocks: tuple[Block, ...]) -> list[Span]:
    """The names after the colon of an attendance field on its own line, up to a sentence opening another field, and of
    a party's line right under it ("Fra skolen: rektor NN", `attendance_group_line`), and the invitees of a calendar
    invitation's lines of those who accepted (`accepted_line`)."""
    field, next_field = _field(), _patterns()[2]
    accepted, group = _inline_lines()
    out: list[Span] = []
    after_field = False  # the line before was an attendance field
    for start, line in block_lines(blocks):
        if (yes := accepted.match(line)) is not None:
            out.append((start + yes.end(), start + len(line)))
            continue
        found = field.match(line)
        if found is None:
            party = group.match(line) if after_field else None  # "Til stede: A, B" then "Fra skolen: rektor C"
            if party is not None:
                out.append((start + party.end(), start + len(line)))
            after_field = party is not None
            continue
        after_field = True
        stop = next_field.search(line, found.end())
        out.append((start + found.end(), start + (stop.start() if stop else len(line))))
    return out


def initials_spans(blocks: tuple[Block, ...]) -> list[Span]:
    """The key lines of the initials an attendance field lists (see the module docstring)."""
    key_line, token, _ = _patterns()
    lines = block_lines(blocks)
    keys: dict[str, Span] = {}
    for start, line in lines:
        found = key_line.match(line)
        if found is not None:
            keys.setdefault(found.group("initials"), (start, start + len(line)))
    if len(keys) < 2:
        return []
    field = _field()
    out: list[Span] = []
    for start, line in lines:
        found = field.match(line)
        listed = token.findall(line[found.end():]) if found is not None else []
        if listed and sum(1 for i in listed if i in keys) * 2 > len(listed):
            out.extend(keys[i] for i in listed if i in keys)
    return out
