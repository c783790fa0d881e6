"""The year of a date phrase that states none, from the publication date.

A date without a year ("3. desember") takes the publication's year, or the year before when its month
lies more than one month after the publication's ("3. desember" in a text published in January). A
weekday with the day and month ("torsdag 12. juni") fixes the year: of the publication's year and the
years next to it, the one in which that day is that weekday, the default year first (an invitation
published in March to "torsdag 12. juni" of the same year; a report in January of "tysdag 3.
desember" the year before), unless the day lies within `NEAR_DAYS` of the publication in the default year: then the
weekday is the writer's slip ("måndag 10. februar" in a text of 12 February 2024, a Saturday that year). The result only fills the year the text leaves out: its source stays
"metadata" (GUIDELINES: a year the text does not state is never guessed in the annotation).
"""
from __future__ import annotations

from datetime import date

NEAR_DAYS = 45  # a date this close to the publication's keeps its year whatever weekday the text gives it


def calendar_day(year: int, month: int, day: int) -> date | None:
    """The day, or None when the calendar has none (29 February in a year that has none, "31. april")."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def year_for(month: int | None, day: int | None, weekday: int | None, published: date) -> int:
    """The year of the day `day`.`month` (weekday `weekday`, Monday 0, or None) in a text published
    on `published`."""
    default = published.year - (1 if month and month > published.month + 1 else 0)
    if weekday is None or day is None or month is None:
        return default
    at = calendar_day(default, month, day)
    if at is not None and abs((at - published).days) <= NEAR_DAYS:
        return default  # "måndag 10. februar" in a text of 12 February 2024 (a Saturday): the writer's slip of the
        # weekday, not a date a year away
    for year in (default, default + 1, default - 1):
        at = calendar_day(year, month, day)
        if at is not None and at.weekday() == weekday:
            return year
    return default
