"""Where the date of an occasion stands when its own sentences give none (`dates.meeting_date`).

News tells what in the lead and when in the sentence before, the paragraph after, or the lead:
- `lead_in_date`: the sentence leading into the occasion's sentence in the same paragraph ("KS og
  NN la tirsdag fram ein plan. Planen vart overlevert statsråden i eit møte");
- `opening_date`: a day and month without a year that opens one of the sentences right after it
  ("Onsdag 4. juni satt partane ved same bord");
- `lead_date`: a day and month without a year in the title and the first sentences ("KS og NN la
  tysdag 4. mars fram ein rapport").
None of them takes a deadline (`dates.blocked`) or a sentence placed at another time.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from flows.extract import dates
from flows.model import Sentence


def lead_in_date(text: str, previous: Sentence, evidence: Sentence) -> tuple[float, dates.FoundDate] | None:
    """With no date near the occasion, a date in the sentence leading into the
    occasion sentence in the same paragraph ("KS og NN la tirsdag fram ein plan.
    Planen vart overlevert statsråden i eit møte") dates it."""
    if "\n\n" in text[previous.end:evidence.start]:
        return None
    for found in dates.find_dates(previous.text):
        found = dates.FoundDate(found.text, found.start + previous.start, found.end + previous.start, found.kind,
                                found.year, found.month, found.day, found.weekday, found.offset)
        if not dates.blocked(text, found):
            return 1.0, found
    return None


def opening_date(following: tuple[Sentence, ...], found_dates: tuple[dates.FoundDate, ...] | None,
                 elsewhen: Callable[[str], bool] | None) -> tuple[float, dates.FoundDate] | None:
    """With no date in the sentences of the occasion, a day and month without a year (a recent
    day) that open one of the sentences right after the evidence: news tells what in the lead and
    when in the paragraph after it ("KS møtte statsråden ... \n\nOnsdag 4. juni satt partane ved same
    bord"); a date with its year ("1. januar 2022 trådte ...") is history."""
    for sentence in following:
        if elsewhen is not None and elsewhen(sentence.text):
            continue
        for found in dates.dates_in(sentence, found_dates):
            after = sentence.text[found.end - sentence.start:]  # a verb follows, not "| Tekst: NN"
            if found.kind == "daymonth" and found.start == sentence.start and re.match(r" [^\W\d_]", after):
                return 0.5, found
    return None


def lead_date(text: str, lead: tuple[Sentence, ...], found_dates: tuple[dates.FoundDate, ...] | None,
              elsewhen: Callable[[str], bool] | None) -> tuple[float, dates.FoundDate] | None:
    """With no date in or around the sentences of the occasion, a day and month without a year in
    the lead (the title and the first sentences: news tells when in its lead, "KS og NN la tysdag
    4. mars fram ein rapport") dates it; not a deadline, nor a sentence placed at another time."""
    for sentence in lead:
        if elsewhen is not None and elsewhen(sentence.text):
            continue
        for found in dates.dates_in(sentence, found_dates):
            if found.kind == "daymonth" and not dates.blocked(text, found):
                return 0.3, found
    return None
