"""The clause of a date phrase: a time marker in a clause before it, after a comma and a clause opener, places another
event ("Dei åt middag kvelden før, mens sjølve møtet tok til den 3."). A day alone that closes its clause ("møtte den 3. statssekretær NN", "starta den 3. og varte til dagen etter"), and a
news dateline that closes with a colon or holds its date in brackets ("Nordby, 4. mars:", "NORDBY (4.3.2025): – ...")
dating a day word ("i dag") in a text with no publication date. Invented texts, bokmål and nynorsk, with negatives."""
from __future__ import annotations

from datetime import date

import pytest

from extract_kit import meeting_of
from flows.extract.dates import find_dates


# --- a day alone, closing its clause ----------------------------------------------------------------------------

@pytest.mark.parametrize("text,language", [
    ("Ordføraren i Nordby møtte den 4. statssekretær Kari Lid i Kommunal- og distriktsdepartementet for å be om "
     "skjønsmidlar.", "nn"),
    ("Ordføreren i Nordby møtte den 4. statssekretær Kari Lid i Kommunal- og distriktsdepartementet for å be om "
     "skjønnsmidler.", "nb"),
    ("KS og Kunnskapsdepartementet heldt det bilaterale konsultasjonsmøtet over to dagar i Nordby. Sjølve møtet starta den 4. og varte til "
     "lunsj dagen etter.", "nn"),
    ("KS og Kunnskapsdepartementet holdt det bilaterale konsultasjonsmøtet over to dager i Nordby. Selve møtet startet den 4. og varte til "
     "lunsj dagen etter.", "nb"),
], ids=["before_a_title_nn", "before_a_title_nb", "before_a_conjunction_nn", "before_a_conjunction_nb"])
def test_a_day_alone_closing_its_clause_dates_the_meeting(text: str, language: str) -> None:
    meeting = meeting_of(text, language, None)
    assert meeting is not None
    assert (meeting.date.month, meeting.date.day) == (None, 4)


@pytest.mark.parametrize("text,kinds", [
    ("Møtet var den 3. og siste i år.", []),
    ("Nordby er den 3. og største kommunen i fylket.", []),
    ("Dei møttest den 3. og 4. mars.", ["daymonth"]),
    ("Han vart den 3. leiaren i rådet.", []),
    ("Det var den 3. gongen Kari Lid møtte dei.", []),
    ("Møtet tok til den 3. og varte i to dagar.", ["dayonly"]),
    ("Hun møtte den 3. statssekretær Kari Lid.", ["dayonly"]),
], ids=["ordinal_last", "superlative", "two_days", "role_without_name", "noun_then_name", "conjunction", "title"])
def test_a_day_alone_in_a_clause_is_no_ordinal(text: str, kinds: list[str]) -> None:
    assert [f.kind for f in find_dates(text)] == kinds


# --- a dateline dates "i dag" when no publication date does -----------------------------------------------------

@pytest.mark.parametrize("text,language,expected", [
    ("Nordby, 4. mars:\n\nFylkesstyret i KS Nordland møtte i dag Statsforvaltaren i Nordland til dialogmøte.", "nn",
     (None, 3, 4)),
    ("Nordby, 4. mars:\n\nFylkesstyret i KS Nordland møtte i dag Statsforvalteren i Nordland til dialogmøte.", "nb",
     (None, 3, 4)),
    ("NORDBY (04.03.2025): – Vi treng fleire legar\n\nDet sa fylkesleiar Kari Lid i KS Nordland då ho heldt "
     "innleiing på Nordlandskonferansen i dag.", "nn", (2025, 3, 4)),
    ("Nordby, 4. mars:\n\nFylkesstyret i KS Nordland møtte i går Statsforvalteren i Nordland til dialogmøte.", "nb",
     (None, 3, 3)),
], ids=["colon_nn", "colon_nb", "brackets_and_headline_nn", "yesterday_nb"])
def test_a_dateline_dates_a_day_word(text: str, language: str, expected: tuple[int | None, int, int]) -> None:
    meeting = meeting_of(text, language, None)
    assert meeting is not None
    assert (meeting.date.year, meeting.date.month, meeting.date.day) == expected


def test_the_publication_date_outranks_the_dateline_for_a_day_word() -> None:
    text = "Nordby, 4. mars:\n\nFylkesstyret i KS Nordland møtte i dag Statsforvalteren i Nordland til dialogmøte."
    meeting = meeting_of(text, "nb", date(2025, 3, 6))
    assert meeting is not None and (meeting.date.month, meeting.date.day) == (3, 6)


def test_a_date_in_a_sentence_is_no_dateline() -> None:
    text = ("Fylkesstyret i KS Nordland skreiv 4. mars: Vi ber om svar.\n\n"
            "Fylkesstyret i KS Nordland møtte i dag Statsforvaltaren i Nordland til dialogmøte.")
    meeting = meeting_of(text, "nn", None)
    assert meeting is not None and meeting.date.month is None


# --- a time marker in a clause before the date places another event ------------------------------------------------

@pytest.mark.parametrize("text,language", [
    ("KS og Kunnskapsdepartementet heldt det bilaterale konsultasjonsmøtet i Nordby. Deltakarane åt middag kvelden "
     "før, medan sjølve møtet starta tysdag 4. mars og varte til lunsj.", "nn"),
    ("KS og Kunnskapsdepartementet holdt det bilaterale konsultasjonsmøtet i Nordby. Deltakerne spiste middag kvelden "
     "før, mens selve møtet startet tirsdag 4. mars og varte til lunsj.", "nb"),
], ids=["earlier_clause_nn", "earlier_clause_nb"])
def test_a_marker_in_an_earlier_clause_leaves_the_date(text: str, language: str) -> None:
    meeting = meeting_of(text, language, None)
    assert meeting is not None and (meeting.date.month, meeting.date.day) == (3, 4)


def test_a_marker_in_the_date_clause_still_places_another_event() -> None:
    from flows.extract.meeting_date import own_clause
    from flows.model import Sentence
    text = "Dei møttest sist i fjor, og då var det 4. mars."
    found = next(f for f in find_dates(text) if f.kind == "daymonth")
    assert own_clause(Sentence(0, len(text), text), found) == ", og då var det 4. mars."
    text = "Dei møttest sist 4. mars i fjor."
    found = next(f for f in find_dates(text) if f.kind == "daymonth")
    assert "i fjor" in own_clause(Sentence(0, len(text), text), found)
    text = "Dei åt middag kvelden før, mens sjølve møtet starta 4. mars."
    found = next(f for f in find_dates(text) if f.kind == "daymonth")
    assert own_clause(Sentence(0, len(text), text), found) == ", mens sjølve møtet starta 4. mars."
