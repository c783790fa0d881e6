"""Golden tests for Norwegian date phrases and the meeting date."""
from __future__ import annotations

from datetime import date

import pytest

from flows.extract.dates import find_dates, meeting_date, to_date_info
from flows.normalise import normalise
from flows.segment import segment


def _sentences(text: str):
    return tuple(s for b in segment(text) for s in b.sentences)


@pytest.mark.parametrize("phrase, expected", [
    ("3. desember", ("daymonth", None, 12, 3)),
    ("Mandag 15. mars", ("daymonth", None, 3, 15)),
    ("11. november 2015", ("full", 2015, 11, 11)),
    ("tysdag 4. mars 2025", ("full", 2025, 3, 4)),
    ("3.12.2020", ("numeric", 2020, 12, 3)),
    ("i april", ("monthonly", None, 4, None)),
    ("i slutten av mai 2019", ("monthonly", 2019, 5, None)),
    ("fredag", ("weekday", None, None, None)),
    ("i går", ("relative", None, None, None)),
])
def test_find_dates_kinds(phrase: str, expected: tuple) -> None:
    found = find_dates(f"Møtet var {phrase} i Oslo.")
    assert len(found) == 1
    f = found[0]
    assert f.text == phrase
    assert (f.kind, f.year, f.month, f.day) == expected


def test_offsets_point_into_text() -> None:
    text = "KS møtte ministeren 3. desember."
    f = find_dates(text)[0]
    assert text[f.start:f.end] == "3. desember"


@pytest.mark.parametrize("phrase, published, expected", [
    ("tirsdag", None, (None, None, None, "text")),
    ("tirsdag", date(2023, 5, 4), (2023, 5, 2, "metadata")),  # published on a Thursday
    ("Tirsdag", date(2023, 5, 2), (2023, 5, 2, "metadata")),  # same day
    ("i går", date(2023, 5, 2), (2023, 5, 1, "metadata")),
    ("i dag", None, (None, None, None, "text")),
    ("3. desember", None, (None, 12, 3, "text")),
    ("3. desember", date(2021, 1, 10), (2020, 12, 3, "metadata")),
    ("3. desember", date(2020, 12, 4), (2020, 12, 3, "metadata")),
    ("11. november 2015", date(2016, 1, 1), (2015, 11, 11, "text")),
    ("i april", date(2017, 5, 1), (2017, 4, None, "metadata")),
])
def test_resolution(phrase: str, published: date | None, expected: tuple) -> None:
    f = find_dates(f"Vi møttes {phrase}.")[0]
    info = to_date_info(f, published)
    assert (info.year, info.month, info.day, info.source) == expected
    assert info.text == phrase


@pytest.mark.parametrize("text, expected", [
    # the date in the meeting sentence, not a budget year or deadline
    ("KS ba om at ministeren i budsjett for 2025 sørger for mer. Møtet ble holdt 3. mars.", "3. mars"),
    ("KS ber regjeringen evaluere ordningen innen 1. juli 2018. KS møtte statsråden fredag.", "fredag"),
    ("Fra 1. januar 2024 gjelder nye regler. KS tok dette opp i møtet.", None),
    ("Konsultasjonsmøtet fann stad 11. november 2015. Fristen er 1. desember.", "11. november 2015"),
    ("I dag står mange plasser ledige. KS mener det må gjøres noe.", None),
    ("KS' storbynettverk møttes i april. Ei undersøking i oktober viste noe.", "i april"),
    ("Ei undersøking frå Forbrukarrådet i oktober viste at tilgangen er dårleg.", None),
])
def test_meeting_date(text: str, expected: str | None) -> None:
    text = normalise(text)
    sentences = _sentences(text)
    info = meeting_date(text, sentences, None, None)
    assert info.text == expected


def test_meeting_date_prefers_evidence_sentence() -> None:
    text = normalise("Møtet med KS var 2. mars. I konsultasjonsmøtet 5. mai tok KS opp saken.")
    sentences = _sentences(text)
    ev = sentences[1]
    info = meeting_date(text, sentences, (ev.start, ev.end), None)
    assert (info.month, info.day) == (5, 5)


def test_no_year_guessed_without_metadata() -> None:
    text = normalise("Mandag 15. mars lanserte KS to rapporter.")
    info = meeting_date(text, _sentences(text), None, None)
    assert (info.year, info.month, info.day, info.source) == (None, 3, 15, "text")
