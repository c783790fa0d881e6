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


# --- a meeting told as held, in the passive ---------------------------------------------------------------------

@pytest.mark.parametrize("text,language", [
    ("Statsforvaltaren inviterte ordførarane i fylket til det årlege ordførarmøtet i Nordby. Ordførarmøtet vart "
     "halde torsdag 25. april på rådhuset.", "nn"),
    ("Statsforvalteren inviterte ordførerne i fylket til det årlige ordførermøtet i Nordby. Ordførermøtet ble "
     "holdt torsdag 25. april på rådhuset.", "nb"),
], ids=["held_compound_nn", "held_compound_nb"])
def test_a_meeting_told_as_held_is_reported(text: str, language: str) -> None:
    meeting = meeting_of(text, language, None)
    assert meeting is not None
    assert meeting.meeting_type == "annet" and (meeting.date.month, meeting.date.day) == (4, 25)


@pytest.mark.parametrize("text,language", [
    ("Ordførarmøtet blir halde torsdag 25. april på rådhuset.", "nn"),
    ("Ordførermøtet vil bli holdt torsdag 25. april på rådhuset.", "nb"),
], ids=["to_come_nn", "to_come_nb"])
def test_a_meeting_still_to_come_is_no_held_cue(text: str, language: str) -> None:
    from flows.extract.occasion_cues import cues
    held = [c for c in cues() if c.rule == "mote" and "halde" in c.pattern.pattern]
    assert held and not any(c.pattern.search(text) for c in held)
