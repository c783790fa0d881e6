"""What a text's header and dateline say of the days it names.

- `addressed_memo`: the text opens with a memo's header from someone, to someone or on a subject ("Til:" or "Sak:",
  and "Fra:"; `memo_fields` in date_words.yaml): its own "Dato:" dates the memo, not the meeting a sentence of it
  dates;
- `dateline`: a line near the top that holds only a place and a full date ("Nordby, 3. mars 2025", "STEINKJER (3.
  november): ..."), or a talk's header naming the occasion and its venue before the date;
- `header_month`: the one month a text's header names gives a day alone its month ("Kalender og notat – oktober" over
  "Den 12.");
- `weekday_by`: a weekday the text names, placed on or before the dateline's date;
- `from_dateline`: a day word ("i dag", "i går") counted from the dateline's date.

Split from meeting_date.py (round 46); the words are data in `data/date_words.yaml`.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from datetime import date, timedelta

from flows.extract.dates import STRONG, FoundDate, date_words, dates_in, find_dates
from flows.model import Sentence


@lru_cache(maxsize=1)
def _memo_fields() -> tuple[re.Pattern[str], ...]:
    """One pattern per group of `memo_fields` (date_words.yaml): a line opening with one of its field names."""
    return tuple(re.compile(rf"^\W*(?:{'|'.join(re.escape(str(w)) for w in group)})\s*:", re.IGNORECASE | re.MULTILINE)
                 for group in date_words().get("memo_fields") or ())


def addressed_memo(text: str) -> bool:
    """The text opens with a memo's header from someone, to someone or on a subject ("Til: ...", "Fra: ...";
    "Fra: Styret i X\nDato: 11. mars 2024\nSak: Møte med ..."): its "Dato:" is the day the memo was written (stop 64:
    two notes to members dated by their body's "Fredag 8. mars møtte ...", "Onsdag 28. mai hadde basen besøk ...")."""
    head = text[:int(date_words().get("memo_head", 600))]
    return bool(_memo_fields()) and all(field.search(head) for field in _memo_fields())


def dateline(sentences: tuple[Sentence, ...], found_dates: tuple[FoundDate, ...] | None = None) -> FoundDate | None:
    """A line near the top that holds only a place and a full date ("Nordby, 3. mars 2025"), or the
    header of talk notes naming the occasion and its venue before the date ("Skoledagen,
    Nordby rådhus, 3. mars 2025": `dateline_header`): the date of talk notes or a press release
    whose occasion sentences give none."""
    words = date_words()
    place = str(words.get("dateline_place") or "")
    header = str(words.get("dateline_header") or r"(?!x)x")
    closing = str(words.get("dateline_after") or r"\s*\.?\s*")
    for sentence in sentences[:int(words.get("dateline_lines", 0))]:
        for found in dates_in(sentence, found_dates):
            if found.kind not in STRONG:
                continue
            before = sentence.text[:found.start - sentence.start].rsplit("\n", 1)[-1]
            after = sentence.text[found.end - sentence.start:].split("\n", 1)[0]
            if (re.fullmatch(place, before) or re.fullmatch(header, before)) and re.fullmatch(closing, after):
                return found
    return None


HEADER_LINES = 3  # the lines of a text's header that may name the month its days belong to
LETTER_LINES = 10  # the lines of a header that may hold a letter's date ("Volda, 8. april 2024") under its address


def header_month(text: str, day: FoundDate) -> FoundDate:
    """A day alone ("Den 12.") with the one month a text's header names ("KS Vestland\nKalender og notat – oktober"):
    the calendar's or the note's month; the day alone when the header names no month or several. A header date in
    full (a letter's "Volda, 8. april 2024") places the day on or before it: "møte oss den 4." is 4 April 2024, "den
    28." 28 March (round 47: a letter of thanks)."""
    lines = [line for line in text.split("\n") if line.strip()][:HEADER_LINES]
    months: set[int] = set()
    for line in lines:
        months |= {m for m in (date_words()["months"].get(w.casefold()) for w in re.findall(r"[\wæøå.]+", line))
                   if m is not None}
    head = [line for line in text.split("\n") if line.strip()][:LETTER_LINES]
    full = [f for line in head for f in find_dates(line) if f.kind == "full" and f.year and f.month and f.day]
    if day.day is None or (len(full) != 1 and len(months) != 1):
        return day
    if len(full) != 1:
        return replace(day, kind="daymonth", month=int(months.pop()))
    year, month = int(full[0].year or 0), int(full[0].month or 0)
    if day.day > int(full[0].day or 0):
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return replace(day, kind="full", year=year, month=month)


def weekday_by(line: FoundDate, weekday: FoundDate) -> FoundDate:
    """The day a weekday of the text names, on or before the dateline's date: with the dateline's year the last such
    weekday ("Kristiansand, 16. mai 2025" and "torsdag": 15 May); without a year the dateline's own day, which the
    weekday cannot be placed from."""
    if line.year is None or line.month is None or line.day is None or weekday.weekday is None:
        return line
    day = date(line.year, line.month, line.day)
    day -= timedelta(days=(day.weekday() - weekday.weekday) % 7)
    return FoundDate(weekday.text, weekday.start, weekday.end, "full", day.year, day.month, day.day, weekday.weekday)


def from_dateline(line: FoundDate, relative: FoundDate) -> FoundDate:
    """A day word ("i dag", "i går") counted from the dateline's date, in a text with no publication date: the
    dateline is the day the text was written. A dateline without a year gives day and month only (the arithmetic
    runs in a leap year, so that 29 February stays a day)."""
    start = date(line.year or 2000, line.month or 1, line.day or 1) + timedelta(days=relative.offset or 0)
    return FoundDate(relative.text, relative.start, relative.end, "daymonth",
                     start.year if line.year else None, start.month, start.day)
