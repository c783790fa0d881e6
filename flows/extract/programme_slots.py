"""The contributors an event's programme names: persons on its timed lines.

An invitation, a calendar entry or a press release prints the programme of the occasion it announces, one slot a
line, with its time first ("09.10 Hvorfor en ny veileder? Statssekretær NN, Helse- og omsorgsdepartementet", "08.30
Velkommen – administrerende direktør i KS, NN"), a panel's members in dash items under its slot ("– NN, kommunedirektør
i Larvik kommune"), or its speaker on a short line right under it, no blank line between ("v/ NN, styreleder i KS"). Each person named in full on a slot or its items takes part in the occasion (GUIDELINES,
"Meeting": every named person the text says took part; the programme says who speaks at it). A text is a programme
when `programme.min_slots` or more lines open with a time, or as many items stand under a line that heads the
programme ("Program", `programme.heading`). Not a programme printed day by day (`day_schedule`: a
minister's week, whose slots are other occasions, a visit on Monday, a hearing on Wednesday): its persons stay with
the day of their entry. The line shapes are data (`programme` in `data/participant_patterns.yaml`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows.extract.day_schedule import day_headings, slot_line
from flows.extract.participant_details import pattern_data

Span = tuple[int, int]
UNDER_WORDS = 12  # a line right under a slot naming its speaker ("Digitaliseringsminister NN") is this short


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], int]:
    """(a slot line's opening time, as a minister's week reads it too, an item line's bullet, the fewest slots of a
    programme)."""
    conf = pattern_data().get("programme") or {}
    return slot_line(), re.compile(str(conf.get("item") or r"(?!x)x")), int(conf.get("min_slots", 2))


def programme_spans(text: str) -> tuple[Span, ...]:
    """The spans of a programme's slot lines and of the item lines right under each (blank lines between them
    skipped); () for a text with fewer slots than a programme has or printed day by day."""
    slot, item, least = _patterns()
    if day_headings(text):
        return ()
    out: list[Span] = []
    in_slot = False
    under = False  # the line before was the slot's or one of its lines, with no blank line between
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if slot.match(line):
            out.append((start, end))
            in_slot = under = True
        elif in_slot and (item.match(line) or (under and line.strip() and len(line.split()) <= UNDER_WORDS)):
            out.append((start, end))  # "– NN, kommunedirektør", or "v/ NN, styreleder i KS" right under its slot
        elif line.strip():
            in_slot = under = False
        else:
            under = False
        start = end + 1
    if sum(1 for a, b in out if slot.match(text[a:b])) >= least:
        return tuple(out)
    return _headed_items(text, item, least)


def _headed_items(text: str, item: re.Pattern[str], least: int) -> tuple[Span, ...]:
    """A programme with no times: the item lines right under a heading line that names it ("Program", "Programmet:";
    `programme.heading`), as many as a timed programme's slots at least ("- Opning ved statsråd NN")."""
    heading = _heading()
    out: list[Span] = []
    start, under = 0, False
    for line in text.split("\n"):
        end = start + len(line)
        if heading.match(line):
            under, out = True, []
        elif under and item.match(line):
            out.append((start, end))
        elif line.strip() and out:
            break  # the list has ended
        start = end + 1
    return tuple(out) if len(out) >= least else ()


@lru_cache(maxsize=1)
def _heading() -> re.Pattern[str]:
    return re.compile(str((pattern_data().get("programme") or {}).get("heading") or r"(?!x)x"), re.IGNORECASE)
