"""Visits and meals (invented texts): a visit told by the trip or a guided tour, no visit without its words, a
meeting held with someone or with a state secretary, and a working meal or one a body invites to."""
from __future__ import annotations

from datetime import date

import pytest

from extract_kit import cases, meeting_in_may, meeting_of
from flows.extract.participant_details import any_pattern


VISITS = [
    ("nb", "Helseminister Per Lund tok turen til Nordby fredag for å høre om legevakta."),
    ("nn", "Helseminister Per Lund la turen innom Nordvik fredag."),
    ("nb", "Helseminister Per Lund var på befaring ved legevakta i Nordby fredag."),
    ("nb", "Helseminister Per Lund fikk omvisning på sykehjemmet i Nordby fredag."),
]


@pytest.mark.parametrize("language,sentence", VISITS,
                         ids=["trip_nb", "trip_nn", "inspection", "tour"])
def test_a_visit_told_by_the_trip_is_a_visit_with_the_visitor(language: str, sentence: str) -> None:
    text = f"Statsråden i Nordby\n\n{sentence}\n\n– Vi trenger hjelp, sa ordfører Kari Dal."
    meeting = meeting_of(text, language, published=date(2025, 3, 8))
    assert meeting is not None and meeting.meeting_type == "annet"
    assert meeting.counterpart == "Helse- og omsorgsdepartementet"
    assert {"Per Lund", "Kari Dal"} <= {p.name for p in meeting.participants}


def test_a_guided_tour_is_a_visit_and_its_guide_no_attendance_cue() -> None:
    meeting = meeting_of("Statsråden i Nordvik\n\nOrdførar Kari Dal viste helseminister Per Lund rundt på sjukeheimen "
                         "fredag.\n\n– Vi treng hjelp, sa Dal.", "nn", published=date(2025, 3, 8))
    assert meeting is not None and meeting.rule == "besok"
    assert meeting.counterpart == "Helse- og omsorgsdepartementet"
    assert not any_pattern("attendance").search("Der viste kommunedirektør Kari Dal meg rundt på sjukeheimen.")


@pytest.mark.parametrize("text", [
    "Kommunene sliter\n\nMange kommuner sliter med å rekruttere sykepleiere.\n\nTurene til fastlegen blir "
    "lengre, sier ordfører Kari Dal.",
    "Kommunane slit\n\nFleire innbyggjarar tok turen til legevakta i helga, og køen var lang.",
], ids=["no_visit_nb", "a_trip_that_is_no_visit_nn"])
def test_no_visit_without_its_words(text: str) -> None:
    assert meeting_of(text) is None


def test_a_meeting_held_with_someone_is_a_meeting() -> None:
    meeting = meeting_of("Statssekretæren i Nordby\n\nStatssekretær Per Lund hadde et møte med ordføreren i Nordby "
                         "fredag.\n\n– Vi trenger hjelp, sa ordfører Kari Dal.", published=date(2025, 3, 8))
    assert meeting is not None and meeting.meeting_type == "annet"
    assert {"Per Lund", "Kari Dal"} <= {p.name for p in meeting.participants}


@pytest.mark.parametrize("text,language", [
    ("KS hadde mandag et møte med statssekretær Per Lund om skolebyggene. Kommunene ba om mer penger.", "nb"),
    ("Nordvik kommune hadde eit møte med statssekretær Jon Bakke i Helse- og omsorgsdepartementet.", "nn"),
], ids=["nb", "nn"])
def test_a_meeting_with_a_state_secretary_is_a_meeting(text: str, language: str) -> None:
    meeting = meeting_of(text, language=language)
    assert meeting is not None


# --- a working meal -------------------------------------------------------------------------------------------

MEAL_NN = ("Middag med statssekretæren\n\n"
           "Tysdag kveld et statssekretær Eli Dahl frå Helse- og omsorgsdepartementet arbeidsmiddag med fylkesstyret "
           "i KS Nordland i Bodø. Ho var gjest på middagen etter ein dag med besøk på sjukeheimar.")

MEAL_NB = ("Lunsj med statsråden\n\n"
           "Fylkesstyret i KS Innlandet hadde onsdag en arbeidslunsj med kunnskapsminister Eva Brattli på Hamar.")


@pytest.mark.parametrize("text,language,counterpart", [
    (MEAL_NN, "nn", "Helse- og omsorgsdepartementet"), (MEAL_NB, "nb", "Kunnskapsdepartementet"),
], ids=["guest_at_a_working_dinner_nn", "working_lunch_nb"])
def test_a_working_meal_is_a_meeting(text: str, language: str, counterpart: str) -> None:
    meeting = meeting_in_may(text, language)
    assert meeting is not None and meeting.meeting_type == "annet" and meeting.counterpart == counterpart


# --- a meal as the meeting -----------------------------------------------------------------------------------------

MEAL = [
    ("invited_the_bench_to_dinner_nb",
     "KS Troms inviterte stortingsbenken til middag\n\n"
     "Fylkesstyreleder Ola Nyhus i KS Troms tok imot stortingsrepresentantene fra Troms i Tromsø fredag kveld.\n\n"
     "– Vi trenger at de kjenner kommunene våre, sa Nyhus.", "nb"),
    ("invited_the_minister_to_lunch_nn",
     "Lunsj med statsråden\n\n"
     "KS Vestland inviterte kommunal- og distriktsminister Lars Holm til lunsj i Førde måndag. Fylkesleiar Per Berg "
     "tok opp kommuneøkonomien.", "nn"),
    ("dinner_with_the_minister_nb",
     "Middag med statsråden\n\n"
     "Fylkesstyret i KS Agder hadde onsdag kveld middag med kunnskapsminister Eva Brattli i Kristiansand. "
     "Skolebyggene sto øverst på lista.", "nb"),
    ("lunch_with_the_bench_nn",
     "Lunsjen med stortingsbenken\n\n"
     "Fylkesleiar Per Berg i KS Vestland tok opp ferjene då fylkesstyret åt lunsj med stortingsbenken frå "
     "Vestland i Bergen fredag.", "nn"),
]


@pytest.mark.parametrize("text,language", cases(MEAL))
def test_a_meal_a_body_invites_to_is_the_meeting(text: str, language: str) -> None:
    meeting = meeting_in_may(text, language)
    assert meeting is not None and meeting.meeting_type == "annet"


@pytest.mark.parametrize("text,language", [
    ("Travel dag\n\nOrdføreren rakk så vidt hjem til middag før kvelden var over.", "nb"),
    ("Ein vanleg dag\n\nOrdføraren et middag med familien kvar søndag, fortel ho.", "nn"),
], ids=["home_for_dinner_nb", "dinner_with_the_family_nn"])
def test_a_meal_at_home_is_no_meeting(text: str, language: str) -> None:
    assert meeting_in_may(text, language) is None
