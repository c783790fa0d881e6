"""Shared helpers for golden extraction tests: one invented text in, the extraction's rows out."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any
from functools import partial

import pytest
from _pytest.mark.structures import ParameterSet

from flows.extract import extract
from flows.model import Document, Meeting, Metadata, Statement
from flows.normalise import normalise

Row = tuple[str, str | None, str]

# the ministries' full names, as the meeting tables expect them
HOD = "Helse- og omsorgsdepartementet"
KD = "Kunnskapsdepartementet"
KDD = "Kommunal- og distriktsdepartementet"
AID = "Arbeids- og inkluderingsdepartementet"
BFD = "Barne- og familiedepartementet"
JD = "Justis- og beredskapsdepartementet"
FIN = "Finansdepartementet"
DFD = "Digitaliserings- og forvaltningsdepartementet"
SD = "Samferdselsdepartementet"
LMD = "Landbruks- og matdepartementet"
GOV = "regjeringen"
STORTING = "Stortinget"


def known_failure(reason: str) -> pytest.MarkDecorator:
    """A case that fails today and must keep failing until its cause is fixed (strict xfail)."""
    return pytest.mark.xfail(reason=reason, strict=True)


def cases(*tables: Sequence[Any]) -> list[ParameterSet]:
    """`pytest.mark.parametrize` values from case tables whose rows are (id, text, ...): one parameter a
    row, the row's id as the test id and the rest as the values, the tables in order. A row written as
    `pytest.param(id, text, ..., marks=...)` (a known failure) keeps its marks (and its `id=` when given)."""
    out = []
    for table in tables:
        for row in table:
            if isinstance(row, ParameterSet):
                out.append(pytest.param(*row.values[1:], id=row.id or row.values[0], marks=row.marks))
            else:
                out.append(pytest.param(*row[1:], id=row[0]))
    return out


def document(raw: str, language: str = "nb", published: date | None = None, title: str | None = None,
             url: str | None = None) -> Document:
    """One invented text as a document of its own, normalised like any raw file."""
    return Document(doc_id="d", source_file="t.txt", sha256="", encoding="utf-8", text=normalise(raw),
                    language=language, meta=Metadata(published=published, title=title, url=url))


def result(raw: str, language: str = "nb"):  # type: ignore[no-untyped-def]
    """Extract one invented text as a document of its own (normalised like any raw file)."""
    return extract(document(raw, language))


def statements_of(raw: str, language: str = "nb") -> tuple[Statement, ...]:
    """The statements of one invented text, from the statement pass alone (`extract_statements`)."""
    from flows.extract.statements import extract_statements
    from flows.segment import segment

    doc = document(raw, language)
    return extract_statements(doc, segment(doc.text))


def statement_rows_of(raw: str, language: str = "nb") -> list[tuple[str, str, str]]:
    """(kind, speaker, text less its closing punctuation) of each statement of the statement pass alone."""
    return [(s.kind, s.speaker.name, s.text.rstrip(".!?")) for s in statements_of(raw, language)]


def statement_rows(raw: str, language: str = "nb") -> list[tuple[str, str, str]]:
    """(kind, speaker, text without its full stop) of every statement the whole extractor gives."""
    return [(s.kind, s.speaker.name, s.text.rstrip(".")) for s in result(raw, language).statements]


def demands(raw: str, language: str = "nb") -> list[Row]:
    """(claimant, addressee, text) of each demand the text gives."""
    return [(d.claimant, d.addressee, d.text) for d in result(raw, language).demands]


def extracted_meeting(raw: str, language: str = "nb", published: date | None = None) -> Meeting | None:
    """The meeting the whole extraction finds in one invented text (every pass, mentions included)."""
    from flows.extract import extract

    return extract(document(raw, language, published)).meeting


def meeting_of(raw: str, language: str = "nb", published: date | None = date(2025, 3, 5), title: str | None = None,
               url: str | None = None) -> Meeting | None:
    """The meeting the meeting pass alone finds in one invented text (no person mentions given)."""
    from flows.extract.meetings import extract_meeting
    from flows.segment import segment

    doc = document(raw, language, published, title, url)
    return extract_meeting(doc, segment(doc.text), ())


def published_after(expected: Any) -> date:
    """The day after the expected meeting (`expected[1]` is its (month, day)), as a report is published; a fixed
    day when the text gives none."""
    if expected is None or expected[1] is None:
        return date(2025, 6, 20)
    return date(2025, *expected[1]) + timedelta(days=1)


# helpers shared by the golden tests of several subject files (moved here from the round-named files)
def participants_in(text: str, language: str = "nb", published: date | None = date(2025, 3, 5)) -> set[str]:
    meeting = meeting_of(text, language, published)
    assert meeting is not None, "the text reports an occasion"
    return {p.name for p in meeting.participants}


def participant_names_of(meeting) -> set[str]:  # type: ignore[no-untyped-def]
    return {p.name for p in meeting.participants} if meeting is not None else set()


meeting_in_may = partial(extracted_meeting, published=date(2025, 5, 20))

meeting_in_october = partial(extracted_meeting, published=date(2025, 10, 7))


def rows_with_rule(raw: str, language: str = "nb") -> list[tuple[str, str, str, str]]:
    return [(s.kind, s.speaker.name, s.text, s.rule) for s in statements_of(raw, language)]


# known failures when the tests were written (before the fix of this round)
NOT_YET: frozenset[str] = frozenset()


def cases_not_yet(table: list) -> list:
    return [pytest.param(*c[1:], id=c[0], marks=[pytest.mark.xfail(reason="round 14: not yet")] if c[0] in NOT_YET
                         else []) for c in table]


def rows_without_full_stop(raw: str, language: str = "nb") -> list[tuple[str, str, str]]:
    return [(s.kind, s.speaker.name, s.text.rstrip(".")) for s in statements_of(raw, language)]


def rows_first_words(raw: str, language: str = "nb") -> set[tuple[str, str, str]]:
    return {(s.kind, s.speaker.name, " ".join(s.text.split()[:4])) for s in statements_of(raw, language)}


def participant_names(raw: str, language: str) -> set[str] | None:
    meeting = extract(document(raw, language, date(2025, 8, 20))).meeting
    return None if meeting is None else {p.name for p in meeting.participants}
