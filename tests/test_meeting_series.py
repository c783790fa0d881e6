"""One occasion of a series ("det årlege dialogmøtet", "sitt årlege møte", "Nordlands årlige kommunekonferanse") is the
occasion the text reports, not a class of occasions: its cue counts in full. A class ("årlige møter", "i årlege
konsultasjonsmøte") still counts little. Invented texts, bokmål and nynorsk, with negatives."""
from __future__ import annotations

import pytest

from extract_kit import KD, cases, meeting_of
from flows.extract.meeting_type import _discounted

SERIES = [
    # (id, text, language, expected type)
    ("the_annual_consultation_nn",
     "KS og Kunnskapsdepartementet samla seg i Nordby til det årlege bilaterale konsultasjonsmøtet over to dagar. "
     "Deltakarane møttest kvelden før.", "nn", "konsultasjonsmote"),
    ("the_annual_consultation_nb",
     "KS og Kunnskapsdepartementet samlet seg i Nordby til det årlige bilaterale konsultasjonsmøtet over to dager. "
     "Deltakerne møttes kvelden før.", "nb", "konsultasjonsmote"),
]


@pytest.mark.parametrize("text,language,expected", cases(SERIES))
def test_one_occasion_of_a_series_counts_in_full(text: str, language: str, expected: str) -> None:
    meeting = meeting_of(text, language, None)
    assert meeting is not None
    assert (meeting.meeting_type, meeting.counterpart) == (expected, KD)


@pytest.mark.parametrize("text,discounted", [
    ("KS og departementet samla seg til det årlege konsultasjonsmøtet", False),
    ("Fylkesstyret heldt sitt årlege dialogmøte", False),
    ("Ordførarane kom til Nordlands årlige kommunekonferanse", False),
    ("Partane har årlege konsultasjonsmøte", True),
    ("KS ønsker årlige møter", True),
    ("KS vil ha fleire konsultasjonsmøte", True),
], ids=["determiner_nn", "possessive_nn", "genitive_nb", "class_nn", "class_nb", "quantifier_nn"])
def test_a_series_word_discounts_only_a_class(text: str, discounted: bool) -> None:
    start = len(text) - len(text.rsplit(" ", 1)[-1])
    assert (_discounted(text, start) < 1.0) == discounted
