"""Meetings round 17: categories read from the misses on unseen15 and partset2, each varied here in bokmål and nynorsk,
with other layouts, names, bodies and places.

- a meeting asked for or proposed ("har bedt om et møte med statsråden", "vil ta initiativ til eit møte") has not been
  held: it names no occasion the text reports;
- a plain meeting word counted for a specific kind (a title "KS i møte med ministeren" over a lead that names the
  bilateral meeting) does not anchor the occasion: the specific cue's sentence gives the date;
- a minister who was invited but declined or could not come ("takket nei", "hadde ikkje høve til å kome") is not the
  counterpart of a meeting no one of the ministry attended.

Every text here is written for the test."""
from __future__ import annotations

from datetime import date

import pytest

from extract_kit import FIN, HOD, KD, cases
from extract_kit import extracted_meeting


_meeting = extracted_meeting


# --- a meeting asked for or proposed has not been held -------------------------------------------------------------

ASKED_FOR = [
    ("asked_for_a_meeting_nb",
     "Lærerne vil ha mer lønn\n\n"
     "Utdanningsforbundet krever et større lønnsløft for lærere i kommunene.\n\n"
     "– Det mangler tusen lærere, sier leder Kari Berg.\n\n"
     "Forbundet har bedt om et møte med KS før forhandlingene starter.", "nb"),
    ("will_ask_for_an_own_meeting_nb",
     "Bibliotekarene krever løft\n\n"
     "Bibliotekarforbundet mener kommunene må satse mer på bibliotekene.\n\n"
     "Forbundet vil be om et eget møte med KS-ledelsen i løpet av våren, sier leder Per Dahl.", "nb"),
    ("take_the_initiative_to_a_meeting_nn",
     "Ferjene må bli billegare\n\n"
     "Fylkesordføraren meiner ferjeprisane er for høge for folk på øyane.\n\n"
     "– Eg vil ta initiativ til eit møte med Samferdselsdepartementet om dette, seier Ola Nes.", "nn"),
    ("asked_for_a_meeting_nn",
     "Legevakta treng pengar\n\n"
     "Kommunane i dalen meiner legevakta er underfinansiert.\n\n"
     "Regionrådet har bede om eit møte med helseministeren, seier leiar Liv Haug.", "nn"),
]


@pytest.mark.parametrize("text,language", cases(ASKED_FOR))
def test_a_meeting_asked_for_is_no_occasion(text: str, language: str) -> None:
    assert _meeting(text, language, date(2025, 3, 5)) is None


HELD_AFTER_ASKING = [
    ("asked_and_met_nb",
     "Ordføreren fikk møte statsråden\n\n"
     "Etter at kommunen hadde bedt om et møte, møtte ordfører Ola Berg helseminister Eva Lie i departementet "
     "torsdag 6. mars.\n\n"
     "– Vi fikk lagt fram saken, sa Berg.", "nb", (3, 6)),
    ("asked_and_met_nn",
     "Ordføraren fekk møte statsråden\n\n"
     "Fylkesstyret i KS Vestland møtte helseministeren i Førde tysdag 4. mars. Styret hadde lenge bede om eit møte.\n\n"
     "– Det var nyttig, sa fylkesstyreleiar Kari Dale.", "nn", (3, 4)),
]


@pytest.mark.parametrize("text,language,day", cases(HELD_AFTER_ASKING))
def test_a_meeting_held_after_it_was_asked_for_is_the_occasion(text: str, language: str,
                                                                 day: tuple[int, int]) -> None:
    meeting = _meeting(text, language, date(2025, 3, 7))
    assert meeting is not None and meeting.meeting_type == "annet" and (meeting.date.month, meeting.date.day) == day
    assert meeting.counterpart == HOD


# --- a plain meeting word in the title does not anchor a consultation the text names -------------------------------

ANCHOR = [
    ("title_meeting_word_heading_bilateral_nb",
     "KS i møte med finansministeren: – Vi trenger mer\n\n"
     "Våren har vært travel for kommuneøkonomien.\n\n"
     "Under høringen i Stortingets finanskomité 12. mai møtte KS med økonomidirektør Per Lie.\n\n"
     "Bilateralt møte i Finansdepartementet\n\n"
     "Onsdag 4. juni møtte KS finansminister Eva Holm i et bilateralt konsultasjonsmøte i departementet.\n\n"
     "– Vi ba om forståelse, sa styreleder Ola Berg etter møtet.", "nb", FIN, (6, 4)),
    ("title_meeting_word_lead_bilateral_nn",
     "KS i møte med kunnskapsministeren\n\n"
     "Då KS møtte Utdanningsforbundet 3. april, var lærarmangelen tema.\n\n"
     "Det faste bilaterale møtet\n\n"
     "Måndag 12. mai møtte KS kunnskapsminister Kari Dahl til det faste bilaterale møtet om skule.\n\n"
     "– Vi treng fleire lærarar, sa styreleiar Per Vik.", "nn", KD, (5, 12)),
]


@pytest.mark.parametrize("text,language,counterpart,day", cases(ANCHOR))
def test_a_specific_cue_anchors_the_occasion_over_a_plain_meeting_word(text: str, language: str, counterpart: str,
                                                                     day: tuple[int, int]) -> None:
    meeting = _meeting(text, language)
    assert meeting is not None and meeting.meeting_type == "konsultasjonsmote"
    assert meeting.counterpart == counterpart and (meeting.date.month, meeting.date.day) == day


def test_a_plain_meeting_of_its_own_kind_keeps_its_anchor() -> None:
    text = ("Ordføreren møtte statsråden\n\n"
            "Ordfører Ola Berg møtte helseminister Eva Lie i Nordby fredag 7. mars.\n\n"
            "Statsråden besøkte også sykehjemmet i Sørby 2. april.")
    meeting = _meeting(text, "nb", date(2025, 3, 8))
    assert meeting is not None and (meeting.date.month, meeting.date.day) == (3, 7)


# --- a minister who declined is not the counterpart ----------------------------------------------------------------

DECLINED = [
    ("invited_but_declined_nb",
     "Forbundet og KS enige om heltid\n\n"
     "Sykepleierforbundet og KS møttes tirsdag 4. mars til et eget møte om heltid i omsorgen.\n\n"
     "– Vi må se resultater, sier leder Kari Berg.\n\n"
     "Helse- og omsorgsminister Per Lund var invitert til møtet, men takket nei.", "nb"),
    ("could_not_come_nn",
     "Kommunekonferansen: – Vi må prioritere\n\n"
     "Over 200 folkevalde var samla til KS Troms sin kommunekonferanse i Tromsø tysdag 4. mars.\n\n"
     "Fylkesstyreleiar Liv Haug opna konferansen.\n\n"
     "Helse- og omsorgsminister Per Lund hadde ikkje høve til å kome, men sende ei videohelsing.", "nn"),
]


@pytest.mark.parametrize("text,language", cases(DECLINED))
def test_a_minister_who_declined_is_no_counterpart(text: str, language: str) -> None:
    meeting = _meeting(text, language, date(2025, 3, 5))
    assert meeting is not None and meeting.counterpart is None


def test_declining_something_else_is_no_absence() -> None:
    text = ("Helseministeren møtte KS\n\n"
            "Helse- og omsorgsminister Per Lund møtte styreleder Ola Berg i KS torsdag 6. mars.\n\n"
            "Lund takket nei til forslaget om en egen pott til legevakt, men lovet å se på saken.")
    meeting = _meeting(text, "nb", date(2025, 3, 7))
    assert meeting is not None and meeting.counterpart == HOD
