"""`date_year.calendar_day`: the day when the calendar has it, None otherwise (the one guard the year and day
arithmetic of `date_year.year_for` and `date_fallbacks.days_before` share)."""
from __future__ import annotations

from datetime import date

from hypothesis import given, strategies as st

from flows.extract.date_year import calendar_day


@given(st.integers(1900, 2100), st.integers(1, 12), st.integers(1, 31))
def test_calendar_day_is_the_date_or_none_when_the_calendar_has_no_such_day(year: int, month: int, day: int) -> None:
    try:
        expected: date | None = date(year, month, day)
    except ValueError:
        expected = None
    assert calendar_day(year, month, day) == expected


def test_no_29_february_in_a_common_year_and_no_31_april() -> None:
    assert calendar_day(2025, 2, 29) is None and calendar_day(2024, 4, 31) is None
    assert calendar_day(2024, 2, 29) == date(2024, 2, 29)
