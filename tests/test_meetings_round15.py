"""Meetings round 15: categories read from the misses on texts written by people who never saw the code (unseen13 and
partset a), each varied here in bokmål and nynorsk, with other layouts, names, bodies and places.

- one minister with another ministry's staff leads the government's side (also when the text says "Regjeringen og KS");
- a participant's ministry given as its abbreviation in brackets counts for the counterpart;
- KS beside another organisation in the meeting's sentence is a joint meeting, no bilateral consultation;
- a talk told by what it did: opening a conference, "med et innlegg om";
- a series of meetings: the previous meeting's month dates nothing, "møttes til et nytt møte" is the one reported;
- "når" with a verb of meeting in the present tells a meeting to come;
- a working meal is a meeting;
- a meeting called off or moved is dated by its new date;
- a medium meeting the one it interviews is no occasion;
- a month-only phrase beside the day and month of the occasion places nothing elsewhere.

Every text here is written for the test."""
from __future__ import annotations

from functools import partial

from datetime import date

import pytest

from extract_kit import extracted_meeting
from flows.extract.occasion_time import other_time


_meeting = partial(extracted_meeting, published=date(2025, 5, 20))


# --- one minister, another ministry's staff -------------------------------------------------------------------

LEAD_SIGNING_NB = ("Regjeringen og KS signerer avtale om lærlinger\n\n"
                   "Kunnskapsminister Eva Brattli og styreleder i KS Ola Nyhus signerte mandag 12. mai en ny avtale "
                   "om læreplasser i kommunene.\n\n"
                   "– Dette gir flere unge en vei inn i arbeidslivet, sier kunnskapsministeren.\n\n"
                   "Fra Arbeids- og inkluderingsdepartementet deltok statssekretær Per Olav Lid, som følger "
                   "ordningen for de unge flyktningene.")
LEAD_MEETING_NN = ("KS og Fagforbundet møtte samferdselsministeren\n\n"
                   "KS og Fagforbundet møtte onsdag 14. mai samferdselsminister Kjell Arne Vatne og statssekretær "
                   "Randi Hoel i Kommunal- og distriktsdepartementet for å drøfte ferjedrifta i kommunane.\n\n"
                   "– Vi hadde eit godt møte, sa styreleiar Oddvar Lie i KS etter møtet.")
CONSULTATION_NN = ("Konsultasjonsmøte om økonomien\n\n"
                   "Regjeringa og KS møttest tysdag 13. mai til konsultasjonsmøte om kommuneøkonomien. Frå regjeringa "
                   "møtte kommunal- og distriktsminister Lars Holm og statssekretær Eli Dahl i Finansdepartementet.")
TWO_MINISTERS_NB = ("Regjeringen og KS signerer avtale om bosetting\n\n"
                    "Arbeids- og inkluderingsminister Siri Moen og kommunal- og distriktsminister Lars Holm signerte "
                    "mandag 12. mai en ny avtale med styreleder i KS Ola Nyhus.")


@pytest.mark.parametrize("text,language,counterpart", [
    (LEAD_SIGNING_NB, "nb", "Kunnskapsdepartementet"),
    (LEAD_MEETING_NN, "nn", "Samferdselsdepartementet"),
    (TWO_MINISTERS_NB, "nb", "regjeringen"),
    (CONSULTATION_NN, "nn", "regjeringen"),
], ids=["signing_minister_and_other_staff_nb", "meeting_minister_and_other_staff_nn", "two_ministers_nb",
        "consultation_with_the_government_nn"])
def test_one_minister_with_other_staff_leads(text: str, language: str, counterpart: str) -> None:
    meeting = _meeting(text, language)
    assert meeting is not None and meeting.counterpart == counterpart


# --- a ministry by its abbreviation after a participant -------------------------------------------------------

ABBREVIATED_NB = ("Frokostmøte om skolebygg\n\n"
                  "KS inviterte til frokostmøte i Nordby torsdag 15. mai. I panelet satt statssekretær Jon Rud (KD) "
                  "og ordfører i Nordby Kari Lunde.\n\n"
                  "- Byggene må vedlikeholdes, sa Lunde i debatten.")
ABBREVIATED_NN = ("Seminar om eldreomsorg\n\n"
                  "Over hundre møtte opp då KS Vestland inviterte til seminar i Førde tysdag 13. mai.\n\n"
                  "Frå venstre: statssekretær Ane Fet (HOD) og fylkesleiar Per Vik. Foto: Kari Nes\n\n"
                  "- Vi må tenkje nytt, sa Vik.")


@pytest.mark.parametrize("text,language,counterpart", [
    (ABBREVIATED_NB, "nb", "Kunnskapsdepartementet"),
    (ABBREVIATED_NN, "nn", "Helse- og omsorgsdepartementet"),
], ids=["panel_nb", "caption_nn"])
def test_a_participants_abbreviated_ministry_is_the_counterpart(text: str, language: str, counterpart: str) -> None:
    meeting = _meeting(text, language)
    assert meeting is not None and meeting.counterpart == counterpart


# --- KS beside another organisation ---------------------------------------------------------------------------

JOINT_NB = ("Turstier på dagsordenen\n\n"
            "Tirsdag 13. mai hadde KS og Norsk Friluftsliv et møte med klima- og miljøminister Tone Haug om "
            "merking av turstier.")
JOINT_NN = ("Møte om vatn\n\n"
            "Norsk Vatn og KS møtte måndag 12. mai klima- og miljøminister Tone Haug i departementet.")
ALONE_NB = ("KS møtte klimaministeren\n\n"
            "KS møtte tirsdag 13. mai klima- og miljøminister Tone Haug for å drøfte turstiene i kommunene.")


@pytest.mark.parametrize("text,language,kind", [
    (JOINT_NB, "nb", "annet"), (JOINT_NN, "nn", "annet"), (ALONE_NB, "nb", "konsultasjonsmote"),
], ids=["joint_nb", "joint_other_first_nn", "ks_alone_nb"])
def test_ks_beside_another_organisation_is_no_consultation(text: str, language: str, kind: str) -> None:
    meeting = _meeting(text, language)
    assert meeting is not None and meeting.meeting_type == kind
    assert meeting.counterpart == "Klima- og miljødepartementet"


@pytest.mark.parametrize("sentence,joint", [
    ("KS og Norsk Friluftsliv møtte statsråden.", True),
    ("Fagforbundet og KS hadde møte med helseministeren.", True),
    ("KS og Kommunal- og distriktsdepartementet møttest tysdag.", False),
    ("Regjeringa og KS møttest i går.", False),
    ("KS og Statssekretær Eli Dahl møttes i Bodø.", False),
    ("KS og HOD hadde møte.", False),
], ids=["organisation_after", "organisation_before", "ministry_with_og_inside", "government", "titled_person",
        "abbreviation"])
def test_who_stands_beside_ks(sentence: str, joint: bool) -> None:
    from flows.extract.ks_consultation import _joint_party
    assert _joint_party(sentence, frozenset()) is joint


# --- a talk told by what it did -------------------------------------------------------------------------------

OPENED_NB = ("Kunnskapsministeren i Bodø: – Lærerne er viktigst\n\n"
             "Det var kunnskapsminister Eva Brattli som åpnet Nordlandskonferansen i Bodø onsdag 14. mai. Hun "
             "snakket om rekruttering av lærere og svarte på spørsmål fra salen.")
OPENED_NN = ("Helseministeren opna konferansen\n\n"
             "Helse- og omsorgsminister Jon Rud opna tysdag 13. mai Kommunehelsedagane i Ålesund. Han snakka om "
             "legevakta i distrikta.")
TALK_WITH_NN = ("Statsråden på Fjordkonferansen\n\n"
                "Kommunal- og distriktsminister Lars Holm avslutta fredag 16. mai Fjordkonferansen på Stryn med eit "
                "føredrag om busetjing.")


@pytest.mark.parametrize("text,language,day", [
    (OPENED_NB, "nb", (5, 14)), (OPENED_NN, "nn", (5, 13)), (TALK_WITH_NN, "nn", (5, 16)),
], ids=["opened_with_a_talk_nb", "opened_a_conference_nn", "closed_with_a_talk_nn"])
def test_a_talk_told_by_what_it_did(text: str, language: str, day: tuple[int, int]) -> None:
    meeting = _meeting(text, language)
    assert meeting is not None and meeting.meeting_type == "foredrag"
    assert (meeting.date.month, meeting.date.day) == day


ALLOWS_NB = ("Ny lov om tvang\n\n"
             "KS er kritisk til den nye loven. – Loven åpner for mer tvang i hverdagen, sier direktør Ola Nyhus i KS.")
CHAIR_NB = ("Møte om beredskap\n\n"
            "KS møtte justisministeren tirsdag 13. mai. Styreleder Ola Nyhus åpnet møtet.")


@pytest.mark.parametrize("text,expected", [(ALLOWS_NB, None), (CHAIR_NB, "konsultasjonsmote")],
                         ids=["allows_is_no_talk", "opening_a_meeting_is_chairing"])
def test_opening_something_else_is_no_talk(text: str, expected: str | None) -> None:
    meeting = _meeting(text)
    assert (meeting.meeting_type if meeting is not None else None) == expected


# --- a series of meetings -------------------------------------------------------------------------------------

SERIES_NB = ("Lærlinger i kommunene\n\n"
             "KS, Unio og Arbeids- og inkluderingsdepartementet møttes torsdag 9. oktober til et nytt møte om "
             "lærlingordningen.\n\n"
             "Det ble enighet om en felles kartlegging.\n\n"
             "Forrige møte i gruppa fant sted i april, med færre deltakere.")
SERIES_NN = ("Dialogmøte om busetjing\n\n"
             "KS Vestland og statsforvaltaren møttest måndag 6. oktober til eit nytt dialogmøte om busetjinga.\n\n"
             "Partane vart samde om å halde fram arbeidet.\n\n"
             "På det førre møtet i mai var bustadmangelen tema.")


@pytest.mark.parametrize("text,language", [(SERIES_NB, "nb"), (SERIES_NN, "nn")], ids=["series_nb", "series_nn"])
def test_a_meeting_of_a_series_is_dated_by_its_own_day(text: str, language: str) -> None:
    meeting = _meeting(text, language, published=None)
    assert meeting is not None and meeting.date.month == 10 and meeting.date.day in (6, 9)


def test_a_new_meeting_still_to_come_stays_another_time() -> None:
    assert other_time("Departementet vil kalle inn til et nytt møte i juni.", date(2025, 5, 20))
    assert not other_time("Partene møttes tirsdag 20. mai til et nytt møte i samarbeidet.", date(2025, 5, 20))


# --- "når" with a verb of meeting in the present ---------------------------------------------------------------

COMING_NB = ("Nye tall: flere uten fastlege\n\n"
             "Over 100 000 innbyggere står på lister uten fast lege, viser nye tall fra Helsedirektoratet.\n\n"
             "- Dette er alvorlig, sier direktør Ola Nyhus i KS.\n\n"
             "Saken står øverst på lista når KS-leder Kari Lunde møter helseministeren til konsultasjonsmøte 4. "
             "juni.\n\n"
             "Særlig distriktene sliter. I flere kommuner står halvparten av innbyggerne uten lege, og mange "
             "kommuner bruker store summer på vikarer.\n\n"
             "- Vi har varslet om dette lenge, sier kommuneoverlege Per Vik i Nordby.")
COMING_NN = ("Nye tal om barnevernet\n\n"
             "Fleire kommunar manglar barnevernspedagogar, viser ei ny kartlegging frå KS.\n\n"
             "- Vi treng fleire hender, seier direktør Ola Nyhus i KS.\n\n"
             "KS skal løfte saka når styreleiaren møter barne- og familieministeren i konsultasjonsmøtet i juni.\n\n"
             "Mange stillingar står ledige i nord, og fleire kommunar bruker mykje pengar på innleigde "
             "tilsette.\n\n"
             "- Dette har vi sagt lenge, seier kommunalsjef Per Vik i Nordby.")


@pytest.mark.parametrize("text,language", [(COMING_NB, "nb"), (COMING_NN, "nn")], ids=["coming_nb", "coming_nn"])
def test_a_meeting_to_come_named_in_the_body_is_no_occasion(text: str, language: str) -> None:
    assert _meeting(text, language) is None


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
    meeting = _meeting(text, language)
    assert meeting is not None and meeting.meeting_type == "annet" and meeting.counterpart == counterpart


# --- a meeting called off or moved ----------------------------------------------------------------------------

MOVED_NB = ("Skolemøtet må vente\n\n"
            "Konsultasjonsmøtet om skolebygg, som skulle vært holdt mellom KS og Kunnskapsdepartementet 11. mars, "
            "ble utsatt etter ønske fra statsråden. Møtet holdes i stedet 8. april.\n\n"
            "– Vi venter spent, sier direktør Ola Nyhus i KS.")
MOVED_NN = ("Nyttårsmøtet vart flytta\n\n"
            "Landbruksministeren og KS skulle ha hatt bilateralt møte 20. mai, men møtet vart flytta av "
            "departementet. Partane møtest no tysdag 10. juni i Oslo.")
MOVED_INLINE_NB = ("Møtet utsatt\n\n"
                   "Konsultasjonsmøtet mellom KS og Helse- og omsorgsdepartementet 12. mars er utsatt til 26. mars.")


@pytest.mark.parametrize("text,language,day", [
    (MOVED_NB, "nb", (4, 8)), (MOVED_NN, "nn", (6, 10)), (MOVED_INLINE_NB, "nb", (3, 26)),
], ids=["new_meeting_set_nb", "new_date_proposed_nn", "moved_to_nb"])
def test_a_moved_meeting_is_dated_by_its_new_date(text: str, language: str, day: tuple[int, int]) -> None:
    meeting = _meeting(text, language, published=date(2025, 3, 1))
    assert meeting is not None and (meeting.date.month, meeting.date.day) == day


# --- a medium meeting the one it interviews ---------------------------------------------------------------------

INTERVIEW_NB = ("«Vi må prioritere»\n\n"
                "INTERVJU: Styreleder Kari Lunde i KS mener staten må ta en større del av regningen.\n\n"
                "Nordby Avis møtte henne i kantina på rådhuset en regnfull fredag.\n\n"
                "Hva venter du av budsjettet?\n\n"
                "– Ikke mye. Men kommunene må kompenseres, sier Lunde.")
INTERVIEW_NN = ("– Vi må prioritere\n\n"
                "Styreleiar Kari Lunde i KS meiner staten må ta ein større del av rekninga.\n\n"
                "NRK møtte henne på kontoret i Oslo.\n\n"
                "– Kommunane må få full kompensasjon, seier Lunde.")


@pytest.mark.parametrize("text,language", [(INTERVIEW_NB, "nb"), (INTERVIEW_NN, "nn")],
                         ids=["paper_nb", "broadcaster_nn"])
def test_a_medium_meeting_its_interviewee_is_no_occasion(text: str, language: str) -> None:
    assert _meeting(text, language) is None


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


SERIES_WITH_FORMER_NN = ("Digitalt møte med departementet\n\n"
                         "Fylkesstyret i KS Nordland hadde måndag 12. mai eit digitalt møte med statssekretær Eli Dahl "
                         "i Kunnskapsdepartementet om skulebygg.\n\n"
                         "- Vi treng ei ny ordning, sa fylkesleiar Per Vik.\n\n"
                         "Saka var òg oppe i eit møte i fjor haust. Det møtet vart leidd av dåverande fylkesleiar "
                         "Anne Moe.")


def test_a_former_office_holder_at_an_earlier_meeting_is_no_participant() -> None:
    meeting = _meeting(SERIES_WITH_FORMER_NN, "nn")
    assert meeting is not None and meeting.counterpart == "Kunnskapsdepartementet"
    names = {p.name for p in meeting.participants}
    assert {"Eli Dahl", "Per Vik"} <= names and "Anne Moe" not in names
