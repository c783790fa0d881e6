"""Meetings round 16: categories read from the misses on texts written by people who never saw the code (unseen14 and
partset b), each varied here in bokmål and nynorsk, with other layouts, names, bodies and places.

- a Storting hearing told by the committee holding it ("Finanskomiteen hadde tirsdag høring om ...") or with the
  committee named in full and indefinite ("høringen i Stortingets kommunal- og forvaltningskomité");
- a date opened by a weekday after a budget word ("om statsbudsjettet onsdag 23. oktober") is a day, not a period;
- a consultation is held with the government: a committee or an agency the lead names beside it belongs to another
  occasion;
- the one ministry the occasion's own sentence names as the party met outranks ministers of other ministries named
  elsewhere;
- a staff member's party in brackets between the name and the ministry ("statssekretær NN (Sp) i X-departementet");
- a meal a body invites its guests to is the meeting;
- a talk held, told with the definite noun or as a speech ("heldt innleiinga", "holdt talen").

Every text here is written for the test."""
from __future__ import annotations

from functools import partial

from datetime import date

import pytest

from extract_kit import AID, HOD, KD, KDD, STORTING, cases, known_failure
from flows.extract.dates import blocked, find_dates
from extract_kit import extracted_meeting


_meeting = partial(extracted_meeting, published=date(2025, 5, 20))


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
    meeting = _meeting(text, language, published=date(2025, 10, 20))
    assert meeting is not None and meeting.meeting_type == "annet" and meeting.counterpart == STORTING
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
    meeting = _meeting(text, language)
    assert meeting is None or meeting.rule != "horing"


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
    meeting = _meeting("Kommunen la fram synet sitt\n\n"
                       "Ordførar Per Berg representerte Nordvik kommune på den opne høyringa i finanskomiteen om "
                       "statsbudsjettet onsdag 23. oktober.\n\n"
                       "– Vi treng meir til tenestene, sa Berg til komiteen.", "nn", published=date(2024, 10, 25))
    assert meeting is not None and (meeting.date.month, meeting.date.day) == (10, 23)


# --- a consultation beside another occasion with a state body -----------------------------------------------------

WEEK = [
    ("committee_the_day_before_nb",
     "En uke med mange møter\n\n"
     "Tirsdag var styreleder Ola Nyhus på Stortinget for å møte finanskomiteen, og dagen etter møtte han "
     "utdanningskomiteen.\n\n"
     "Men det var fredagens bilaterale konsultasjonsmøte med Kunnskapsdepartementet som ga resultater.\n\n"
     "– Vi fikk gjennomslag for skolebyggene, sier Nyhus.", "nb", KD),
    ("agency_the_day_before_nn",
     "Travel veke for KS\n\n"
     "Måndag hadde nestleiar Kari Lunde møte med Helsedirektoratet om fastlegane.\n\n"
     "Torsdag var ho i det bilaterale konsultasjonsmøtet med Arbeids- og inkluderingsdepartementet om "
     "busetjinga.\n\n"
     "– Vi vart lytta til, seier Lunde.", "nn", AID),
]


@pytest.mark.parametrize("text,language,counterpart", cases(WEEK))
def test_a_consultation_is_never_held_with_a_state_body(text: str, language: str, counterpart: str) -> None:
    meeting = _meeting(text, language)
    assert meeting is not None and meeting.meeting_type == "konsultasjonsmote" and meeting.counterpart == counterpart


# --- the ministry the occasion's sentence names as the party met ----------------------------------------------------

MET = [
    ("bilateral_with_one_ministry_two_ministers_nb",
     "Tre møter på en uke\n\n"
     "Mandag møtte styreleder Ola Nyhus justisministeren om beredskapen.\n\n"
     "Men det var torsdagens bilaterale konsultasjonsmøte med Kunnskapsdepartementet som ga resultater. "
     "Kunnskapsminister Eva Brattli deltok den første timen.\n\n"
     "Mandagens møte ga mindre. Justisminister Per Olsen lovet å komme tilbake til saken.", "nb", KD),
    ("bilateral_with_one_ministry_two_ministers_nn",
     "To møte same veke\n\n"
     "Tysdag møtte styreleiar Kari Lunde samferdselsministeren om ferjene.\n\n"
     "Fredag var det bilateralt møte med Kommunal- og distriktsdepartementet om kommuneøkonomien. Kommunal- og "
     "distriktsminister Lars Holm leidde møtet.\n\n"
     "Samferdselsminister Per Olsen lova på tysdag å sjå på ferjetilskotet.", "nn", KDD),
]


@pytest.mark.parametrize("text,language,counterpart", cases(MET))
def test_the_ministry_met_in_the_occasions_sentence_leads(text: str, language: str, counterpart: str) -> None:
    meeting = _meeting(text, language)
    assert meeting is not None and meeting.counterpart == counterpart


def test_two_ministers_in_the_occasions_sentence_stay_the_government() -> None:
    meeting = _meeting("Møte om beredskap\n\n"
                       "KS møtte tirsdag justisminister Per Olsen og helseminister Eli Dahl til et møte om "
                       "beredskapen i kommunene.", "nb")
    assert meeting is not None and meeting.counterpart == "regjeringen"


# --- a party in brackets between a staff member's name and the ministry -------------------------------------------

STAFF = [
    ("launch_state_secretary_party_nb",
     "Ny rapport om eldreomsorgen\n\n"
     "KS lanserte onsdag 5. mars rapporten «Omsorg i endring» på et frokostmøte i Oslo. Deretter debatterte "
     "statssekretær Per Olsen (Sp) i Helse- og omsorgsdepartementet, direktør Eli Dahl i Helse Vest og nestleder "
     "Kari Lunde i KS.\n\n"
     "– Vi må planlegge for flere eldre, sa Lunde.\n\n"
     "Olsen varslet at departementet vil se på finansieringen.", "nb", HOD),
    ("visit_state_secretary_party_nn",
     "Statssekretæren på besøk\n\n"
     "Statssekretær Eli Dahl (Ap) frå Kunnskapsdepartementet besøkte Nordvik skule tysdag. Fylkesleiar Per Berg i "
     "KS Vestland tok imot.\n\n"
     "– Skulen er eit godt døme, sa Berg.", "nn", KD),
]


@pytest.mark.parametrize("text,language,counterpart", cases(STAFF))
def test_a_party_in_brackets_keeps_the_staffs_ministry(text: str, language: str, counterpart: str) -> None:
    meeting = _meeting(text, language)
    assert meeting is not None and meeting.counterpart == counterpart


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
    meeting = _meeting(text, language)
    assert meeting is not None and meeting.meeting_type == "annet"


@pytest.mark.parametrize("text,language", [
    ("Travel dag\n\nOrdføreren rakk så vidt hjem til middag før kvelden var over.", "nb"),
    ("Ein vanleg dag\n\nOrdføraren et middag med familien kvar søndag, fortel ho.", "nn"),
], ids=["home_for_dinner_nb", "dinner_with_the_family_nn"])
def test_a_meal_at_home_is_no_meeting(text: str, language: str) -> None:
    assert _meeting(text, language) is None


# --- a talk held, told with the definite noun or as a speech --------------------------------------------------------

TALK = [
    ("held_the_introduction_at_a_conference_nn",
     "Statssekretæren bad kommunane tenkje nytt\n\n"
     "Statssekretær Per Olsen i Kunnskapsdepartementet heldt innleiinga på haustkonferansen til KS Nordland i Bodø "
     "onsdag 8. oktober. Ein panelsamtale om skulebygg følgde.\n\n"
     "– Vi må bruke pengane klokt, sa Olsen.", "nn", (10, 8)),
    ("held_the_speech_at_a_conference_nb",
     "Ministeren talte til ordførerne\n\n"
     "Kommunal- og distriktsminister Eli Dahl holdt åpningstalen på vinterkonferansen til KS Innlandet på Hamar "
     "torsdag 6. februar.\n\n"
     "– Kommunene er grunnmuren, sa Dahl.", "nb", (2, 6)),
    ("held_a_speech_nb",
     "Ministeren talte til ordførerne\n\n"
     "Kunnskapsminister Eva Brattli holdt en tale på skolekonferansen i Bergen tirsdag 11. mars.\n\n"
     "– Lærerne er viktigst, sa Brattli.", "nb", (3, 11)),
]


@pytest.mark.parametrize("text,language,day", cases(TALK))
def test_a_talk_held_is_a_talk(text: str, language: str, day: tuple[int, int]) -> None:
    meeting = _meeting(text, language)
    assert meeting is not None and meeting.meeting_type == "foredrag" and (meeting.date.month, meeting.date.day) == day


@pytest.mark.parametrize("text,language", [
    ("Avtale om skolebygg\n\nKS og Kunnskapsdepartementet hadde en avtale om skolebygg som gikk ut i fjor.", "nb"),
    ("Avtale om ferjer\n\nFylket hadde ein avtale med reiarlaget som no er sagt opp.", "nn"),
], ids=["an_agreement_is_no_speech_nb", "an_agreement_is_no_speech_nn"])
def test_an_agreement_is_no_talk(text: str, language: str) -> None:
    meeting = _meeting(text, language)
    assert meeting is None or meeting.meeting_type != "foredrag"
