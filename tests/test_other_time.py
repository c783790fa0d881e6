"""What a text places at another time than its occasion (invented texts): another meeting's month, a season, a
meeting still to come or to be held, a former office, the day before, words said at another time and a visit at
another time."""
from __future__ import annotations

from datetime import date

import pytest

from extract_kit import meeting_in_may, meeting_of
from flows.extract import occasion_time
from flows.extract.occasion_time import other_time


@pytest.mark.parametrize("text,language", [
    ("KS møtte statsråden i et konsultasjonsmøte.\n\nNeste møte blir holdt i mai.", "nb"),
    ("KS møtte statsråden i eit konsultasjonsmøte.\n\nDet neste møtet blir halde i mai.", "nn"),
], ids=["next_meeting_nb", "next_meeting_nn"])
def test_other_meetings_month_dates_nothing(text: str, language: str) -> None:
    meeting = meeting_of(text, language, date(2025, 3, 5))
    assert meeting is not None and meeting.meeting_type == "konsultasjonsmote"
    assert meeting.date.month is None


@pytest.mark.parametrize("sentence,published,expected", [
    ("fortalde det tydeleg då vi møttest i sommar: «Vi treng folk.»", date(2024, 10, 2), True),
    ("Da jeg møtte ham i vinter, sa han det samme.", date(2025, 5, 14), True),
    ("Vi møttes i høst.", date(2025, 3, 3), True),
    ("Vi møttes i vår.", date(2025, 4, 3), False),
    ("I vår kommune er det god kontakt med departementet.", date(2025, 9, 3), False),
    ("Møtet i haust var det første.", date(2025, 10, 3), False),
], ids=["summer_in_october_nn", "winter_in_may", "autumn_in_march", "spring_in_april", "possessive_vaar",
        "autumn_in_october_nn"])
def test_a_season_other_than_the_season_of_publication_is_another_time(sentence: str, published: date,
                                                                       expected: bool) -> None:
    assert other_time(sentence, published) is expected


def test_a_new_meeting_still_to_come_stays_another_time() -> None:
    assert other_time("Departementet vil kalle inn til et nytt møte i juni.", date(2025, 5, 20))
    assert not other_time("Partene møttes tirsdag 20. mai til et nytt møte i samarbeidet.", date(2025, 5, 20))


# --- a month-only phrase beside the occasion's day and month ----------------------------------------------------

def test_a_month_beside_the_day_and_month_places_nothing_elsewhere() -> None:
    sentence = "Ho tok opp utgiftene etter flaumen i august, i spørjetimen onsdag 2. oktober."
    assert not other_time(sentence, date(2025, 10, 3))
    assert other_time("Flaumen i august kosta mykje.", date(2025, 10, 3))


# --- a former office holder, the last meeting ---------------------------------------------------------------------

@pytest.mark.parametrize("sentence,elsewhere", [
    ("Da stilte daværende statssekretær Ola Nyhus for departementet.", True),
    ("Det møtet vart leidd av dåverande fylkesleiar Kari Lunde.", True),
    ("Fylkesstyret møtte sist statsforvaltaren i februar.", True),
    ("Partane møttest sist veke i Bodø.", False),
    ("Statssekretær Ola Nyhus stilte for departementet.", False),
], ids=["former_state_secretary_nb", "former_county_leader_nn", "last_met_nn", "last_week_nn", "plain_nb"])
def test_a_former_office_or_the_last_meeting_places_another_time(sentence: str, elsewhere: bool) -> None:
    assert other_time(sentence, None) is elsewhere


@pytest.mark.parametrize("sentence,expected", [
    ("KS skal møte helseministeren til konsultasjonsmøte i november.", True),
    ("Styreleiaren skal etter planen møte statsråden 3. april.", True),
    ("Saka blir viktig når fylkesstyret samles til strategikonferanse.", True),
    ("Saka blir viktig når fylkesstyret samlast til strategikonferanse.", True),
    ("KS møtte helseministeren til konsultasjonsmøte torsdag.", False),
    ("Fylkesstyret samla seg til strategikonferanse i går.", False),
])
def test_a_meeting_still_to_be_held_is_at_another_time(sentence: str, expected: bool) -> None:
    assert occasion_time.is_future(sentence) is expected


def test_the_day_before_is_another_occasion() -> None:
    from flows.extract.occasion_time import other_time
    assert other_time("Dagen før hadde statsråden opna konferansen.", date(2025, 5, 20))
    assert other_time("Konferansen ble åpnet dagen før av forbundslederen.", date(2025, 5, 20))
    assert not other_time("Konferansen ble åpnet torsdag av forbundslederen.", date(2025, 5, 20))


TALK_NOTES = ("KS\nTALEMANUS\nDet talte ord gjelder\n\nNordbykonferansen 2025, Nordby, 12. mars 2025\n"
              "Kari Dal, nestleder i KS\n\nTakk for invitasjonen.\n\n"
              "Helse- og omsorgsminister Per Lund sa det slik i Stortinget i desember:\n\n"
              "«Ingen skal skrives ut til ingenting.»\n\nDet er vi enige i. Vi ber regjeringen stanse nedbyggingen.")


def test_words_said_at_another_time_place_nobody_at_the_talk() -> None:
    meeting = meeting_of(TALK_NOTES, published=None)
    assert meeting is not None and meeting.meeting_type == "foredrag"
    assert [p.name for p in meeting.participants] == ["Kari Dal"]
    assert meeting.counterpart is None


@pytest.mark.parametrize("sentence,language", [
    ("Da Ola Berg besøkte Nordby i fjor, lovte han penger.", "nb"),
    ("Då Ola Berg vitja Nordvik i fjor, lova han pengar.", "nn"),
], ids=["past_visit_nb", "past_visit_nn"])
def test_a_visit_at_another_time_places_nobody(sentence: str, language: str) -> None:
    text = ("KS møtte statsråden\n\nKS møtte kunnskapsminister Per Lund i departementet tirsdag.\n\n"
            f"{sentence}\n\n– Et godt møte, sa styreleder Kari Dal.")
    meeting = meeting_of(text, language, published=date(2025, 3, 7))
    assert meeting is not None
    assert {p.name for p in meeting.participants} == {"Per Lund", "Kari Dal"}


SERIES_WITH_FORMER_NN = ("Digitalt møte med departementet\n\n"
                         "Fylkesstyret i KS Nordland hadde måndag 12. mai eit digitalt møte med statssekretær Eli Dahl "
                         "i Kunnskapsdepartementet om skulebygg.\n\n"
                         "- Vi treng ei ny ordning, sa fylkesleiar Per Vik.\n\n"
                         "Saka var òg oppe i eit møte i fjor haust. Det møtet vart leidd av dåverande fylkesleiar "
                         "Anne Moe.")


def test_a_former_office_holder_at_an_earlier_meeting_is_no_participant() -> None:
    meeting = meeting_in_may(SERIES_WITH_FORMER_NN, "nn")
    assert meeting is not None and meeting.counterpart == "Kunnskapsdepartementet"
    names = {p.name for p in meeting.participants}
    assert {"Eli Dahl", "Per Vik"} <= names and "Anne Moe" not in names
