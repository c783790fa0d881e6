"""Hearings (invented texts): a committee holding a hearing is the occasion, a written round or a committee's report
is none, a hearing on the budget is dated by its weekday; every organisation heard took part, the absent, the sources
and those reacting did not."""
from __future__ import annotations

from datetime import date

import pytest

from extract_kit import cases, extracted_meeting, meeting_in_may, participant_names_of
from flows.extract.dates import blocked, find_dates


# --- a Storting hearing told by the committee holding it ----------------------------------------------------------

HEARING = [
    ("committee_had_hearing_nb",
     "Kommunene ba om mer penger\n\n"
     "Finanskomiteen hadde mandag 14. oktober høring om statsbudsjettet for neste år. KS, LO og NHO fikk ti minutter "
     "hver.\n\n"
     "– Kommunene trenger et løft, sa styreleder Ola Nyhus i KS.", "nb", (10, 14)),
    ("committee_held_hearing_nn",
     "Skulane treng fleire lærarar\n\n"
     "Utdannings- og forskingskomiteen på Stortinget heldt i går ei høyring om lærarmangelen. Både KS og "
     "Utdanningsforbundet var med.\n\n"
     "– Vi må få fleire til å velje yrket, sa nestleiar Kari Lunde i KS.", "nn", None),
    ("hearing_in_the_committee_indefinite_nb",
     "Fire organisasjoner, ett budskap\n\n"
     "Styreleder Ola Nyhus i KS var først ut på høringen i Stortingets transport- og kommunikasjonskomité torsdag "
     "6. mars.\n\n"
     "– Vedlikeholdet av fylkesveiene kan ikke vente, sa Nyhus.", "nb", (3, 6)),
    ("hearing_in_the_committee_nn",
     "Ordføraren la fram saka\n\n"
     "Ordførar Per Berg og kommunaldirektør Eli Dahl møtte på høyringa i Stortingets næringskomité tysdag "
     "4. februar.\n\n"
     "– Fisket er grunnlaget for busetjinga her, sa Berg.", "nn", (2, 4)),
]


@pytest.mark.parametrize("text,language,day", cases(HEARING))
def test_a_committee_holding_a_hearing_is_the_occasion(text: str, language: str, day: tuple[int, int] | None) -> None:
    meeting = meeting_in_may(text, language, published=date(2025, 10, 20))
    # since stop 35 a Storting hearing has no counterpart (parliament.counterpart in state_bodies.yaml)
    assert meeting is not None and meeting.meeting_type == "annet" and meeting.counterpart is None
    if day is not None:
        assert (meeting.date.month, meeting.date.day) == day


NOT_A_HEARING = [
    ("written_consultation_round_nb",
     "Ny lov på høring\n\n"
     "Regjeringen har sendt forslaget om ny kommunelov på høring. KS skal svare innen 1. mars.", "nb"),
    ("committee_decided_nn",
     "Komiteen er samd\n\n"
     "Kommunal- og forvaltningskomiteen har kome med innstillinga si om kommuneøkonomien. Stortinget skal "
     "handsame saka 13. juni.", "nn"),
]


@pytest.mark.parametrize("text,language", cases(NOT_A_HEARING))
def test_a_written_round_or_a_committees_report_is_no_hearing(text: str, language: str) -> None:
    meeting = meeting_in_may(text, language)
    assert meeting is None or meeting.rule != "horing"


# --- a hearing: every organisation heard took part ---------------------------------------------------------

HEARING_NB = ("KS og pasientorganisasjonene uenige i høringen\n\n"
              "Helse- og omsorgskomiteen holdt torsdag 6. mars åpen høring om forslaget til ny lov om "
              "pasientreiser.\n\n"
              "– Kommunene kan ikke ta regningen alene, sa nestleder i KS, Ola Brekken, under høringen.\n\n"
              "Leder i Pasientforeningen Nord, Lise Kvam, sa at loven kommer for sent.\n\n"
              "Komitéleder Arne Fjell (Sp) spurte KS om kommunene har regnet på kostnadene.")

HEARING_NN = ("Usemje i høyringa om rusreforma\n\n"
              "Helse- og omsorgskomiteen heldt tysdag 8. april open høyring om rusreforma.\n\n"
              "– Kommunane manglar pengar, sa områdedirektør i KS, Randi Vik, under høyringa.\n\n"
              "Forbundsleiar i Rusforeininga Vest, Per Hovland, sa at reforma er altfor forsiktig.")


@pytest.mark.parametrize("text,language,heard", [
    (HEARING_NB, "nb", {"Ola Brekken", "Lise Kvam", "Arne Fjell"}),
    (HEARING_NN, "nn", {"Randi Vik", "Per Hovland"}),
], ids=["hearing_nb", "hearing_nn"])
def test_every_organisation_heard_at_a_hearing_took_part(text: str, language: str, heard: set[str]) -> None:
    meeting = extracted_meeting(text, language)
    assert meeting is not None
    assert heard <= participant_names_of(meeting)


@pytest.mark.parametrize("tail,absent", [
    ("Fagforbundet ble ikke invitert til høringen. – Vi er skuffet, sier leder i Fagforbundet, Mona Dal.",
     "Mona Dal"),
    ("Leder i Fagforbundet Nord, Mona Dal, sier til NRK at hun følger saken.", "Mona Dal"),
], ids=["organisation_not_invited", "source_to_a_medium"])
def test_at_a_hearing_the_absent_and_the_sources_took_no_part(tail: str, absent: str) -> None:
    meeting = extracted_meeting(HEARING_NB + "\n\n" + tail, "nb")
    assert meeting is not None and "Ola Brekken" in participant_names_of(meeting)
    assert absent not in participant_names_of(meeting)


MEETING_WITH_REACTION = ("KS møtte helseministeren om pasientreiser\n\n"
                         "Styreleder i KS, Ola Brekken, møtte torsdag 6. mars helseminister Jon Dahl i "
                         "departementet.\n\n"
                         "– Vi fikk gehør, sa Brekken etter møtet.\n\n"
                         "Leder i Pasientforeningen Nord, Lise Kvam, sa til NRK at hun er skuffet over at "
                         "foreningen ikke ble invitert.")


def test_an_organisation_reacting_to_a_meeting_took_no_part() -> None:
    meeting = extracted_meeting(MEETING_WITH_REACTION)
    assert meeting is not None
    assert "Ola Brekken" in participant_names_of(meeting) and "Lise Kvam" not in participant_names_of(meeting)


# --- a weekday after a budget word --------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,phrase,is_blocked", [
    ("KS var på høringen om statsbudsjettet onsdag 23. oktober.", "onsdag 23. oktober", False),
    ("Kommunen møtte på høyringa om statsbudsjettet tysdag 8. oktober.", "tysdag 8. oktober", False),
    ("Pengane i statsbudsjettet 1. januar går til skulane.", "1. januar", True),
    ("Dette står i statsbudsjettet i mars.", "i mars", True),
], ids=["weekday_day_month_nb", "weekday_day_month_nn", "budget_day_month", "budget_month"])
def test_a_weekday_after_a_budget_word_names_a_day(sentence: str, phrase: str, is_blocked: bool) -> None:
    found = [f for f in find_dates(sentence) if phrase in f.text or f.text in phrase]
    assert found, [f.text for f in find_dates(sentence)]
    assert all(blocked(sentence, f) == is_blocked for f in found)


def test_a_hearing_on_the_budget_is_dated_by_its_weekday() -> None:
    meeting = meeting_in_may("Kommunen la fram synet sitt\n\n"
                       "Ordførar Per Berg representerte Nordvik kommune på den opne høyringa i finanskomiteen om "
                       "statsbudsjettet onsdag 23. oktober.\n\n"
                       "– Vi treng meir til tenestene, sa Berg til komiteen.", "nn", published=date(2024, 10, 25))
    assert meeting is not None and (meeting.date.month, meeting.date.day) == (10, 23)
