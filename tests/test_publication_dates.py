"""The day a text speaks from (invented texts): the publication line, a byline or update line, a header of fields, a
sidecar date, "dagens møte", a fact box on the event, and a lead's date without a publication date."""
from __future__ import annotations

from datetime import date

import pytest

from extract_kit import meeting_of
from flows.extract import minutes
from flows.model import Metadata
from flows.publication_line import stamp_date, with_stamp_date


@pytest.mark.parametrize("text,expected", [
    ("I dagens konsultasjonsmøte ba KS om mer penger. Det neste møtet holdes i september.", (2025, 3, 5)),
    ("På dagsens møte med statsråden kravde KS meir pengar.", (2025, 3, 5)),
    # negative: "dagens" before a word that names no occasion dates nothing
    ("I konsultasjonsmøtet ba KS om å endre dagens ordning.", (None, None, None)),
], ids=["dagens_nb", "dagsens_nn", "dagens_ordning"])
def test_todays_meeting_is_dated_by_publication(text: str, expected: tuple) -> None:
    meeting = meeting_of(text, "nb", date(2025, 3, 5))
    assert meeting is not None
    assert (meeting.date.year, meeting.date.month, meeting.date.day) == expected


@pytest.mark.parametrize("raw,expected", [
    ("Forside\n\nTittel\n\nPublisert: 13.05.2025\nSist oppdatert: 14.05.2025 kl. 10.12\n\nTekst.", date(2025, 5, 13)),
    ("Tittel\n\nPublisert 3. mars 2025 kl. 10.12\n\nTekst.", date(2025, 3, 3)),
    ("Tittel\n\n04.06.2025 | Tekst: Kari Nordmann\n\nTekst.", date(2025, 6, 4)),
    # negatives: no year; a date opening a sentence of the story; a line too far down
    ("Tittel\n\nPublisert 17. september\n\nTekst.", None),
    ("Tittel\n\n04.06.2025 var en fin dag for kommunene.", None),
    ("\n".join(["Linje"] * 20) + "\nPublisert: 13.05.2025", None),
], ids=["label_numeric", "label_words", "date_and_bar", "no_year", "story_sentence", "too_far_down"])
def test_publication_line(raw: str, expected: date | None) -> None:
    assert stamp_date(raw) == expected


def test_sidecar_date_outranks_the_publication_line() -> None:
    sidecar = Metadata(published=date(2024, 1, 2))
    assert with_stamp_date(sidecar, "Publisert: 13.05.2025\n").published == date(2024, 1, 2)
    assert with_stamp_date(Metadata(), "Publisert: 13.05.2025\n").published == date(2025, 5, 13)


# --- the publication date in a byline or an update line ----------------------------------------------

@pytest.mark.parametrize("raw,expected", [
    ("Tittel\n\nAv Kari Dal | 14. mars 2025\n\nTekst.", date(2025, 3, 14)),
    ("Tittel\n\nTekst: Ola Berg     Publisert 02.04.2025\n\nTekst.", date(2025, 4, 2)),
    ("Tittel\n\nAv Mona Lie, Nordby Avis\nOppdatert 3. juni 2025 kl. 11:42\n\nTekst.", date(2025, 6, 3)),
    ("Tittel\n\nSist oppdatert 28.11.2025\n\nTekst.", date(2025, 11, 28)),
    ("Tittel\n\n14.11.2024 06:00 (oppdatert 15.11.2024)\n\nTekst.", date(2024, 11, 14)),
    # the publication line outranks the update line, wherever they stand
    ("Tittel\n\nSist oppdatert: 14.05.2025\nPublisert: 13.05.2025\n\nTekst.", date(2025, 5, 13)),
    # negatives: an unlabelled date after a masthead; a date in a sentence; an update without a year
    ("Nordby Avis | Nyheter | 04.02.2025\n\nTekst", None),
    ("Tittel\n\nAv Kari Dal\n\nDen 14. mars 2025 møttes partene.", None),
    ("Tittel\n\nOppdatert 3. juni kl. 11:42\n\nTekst.", None),
], ids=["byline_bar", "byline_spaces_label", "updated_words", "last_updated_numeric", "date_and_time",
        "published_first", "masthead_field", "story_sentence", "update_no_year"])
def test_publication_date_in_a_byline_or_an_update_line(raw: str, expected: date | None) -> None:
    from flows.publication_line import stamp_date

    assert stamp_date(raw) == expected


@pytest.mark.parametrize("raw,expected", [
    ("Pressemelding  |  Nr: 3/2025  |  Dato: 04.02.2025\nKommunal- og distriktsdepartementet\n\nTekst",
     date(2025, 2, 4)),
    ("Nyheit · Publisert: 5. mars 2025 kl. 10.00\n\nTekst", date(2025, 3, 5)),
    # negative: a date after a separator without its label dates nothing; neither does a case number
    ("Nordby Avis | Nyheter | 04.02.2025\n\nTekst", None),
    ("Pressemelding | Nr: 14/2025\n\nTekst", None),
], ids=["press_release_fields", "dot_separator_nn", "unlabelled_field", "no_date"])
def test_publication_date_in_a_header_of_fields(raw: str, expected: date | None) -> None:
    from flows.publication_line import stamp_date

    assert stamp_date(raw) == expected


@pytest.mark.parametrize("text,language,mtype", [
    ("Inviterer til bustadmøte\n\nKommunalminister Per Vik inviterer KS og Husbanken til eit eige møte om "
     "bustadbygging torsdag 6. mars.\n\nKS tok opp bustadbygginga i det bilaterale konsultasjonsmøtet med "
     "departementet i november.", "nn", "annet"),
    ("Inviterer til skolemøte\n\nKunnskapsminister Kari Dal inviterer KS og Utdanningsforbundet til et eget møte "
     "om lærermangel fredag 7. mars.\n\nKS tok opp lærermangelen i det bilaterale konsultasjonsmøtet med "
     "departementet i oktober.", "nb", "annet"),
    # negative: the consultation meeting in the month the lead gives is the occasion
    ("KS møtte kunnskapsministeren torsdag 6. november.\n\nStatsråden lyttet.\n\nKS tok opp lærermangelen i "
     "konsultasjonsmøtet i november.", "nb", "konsultasjonsmote"),
], ids=["background_consultation_nn", "background_consultation_nb", "same_month"])
def test_lead_date_places_another_month_without_publication_date(text: str, language: str, mtype: str) -> None:
    """Without a publication date, the day the lead gives is the day the text speaks from: a month
    without a day in a later paragraph places its meeting at another time (`occasion_time.lead_day`)."""
    meeting = meeting_of(text, language, None)
    assert meeting is not None and meeting.meeting_type == mtype


# --- the dates of the event the talk was given at, in a fact box ---------------------------------------

@pytest.mark.parametrize("text,language,day", [
    ("KS: – Staten må ta ansvar for journalen\n\nKS-direktør Kari Dal brukte foredraget sitt på "
     "Nordbykonferansen til å kreve en nasjonal journalløsning.\n\n– Vi kan ikke vente, sa Dal.\n\n"
     "FAKTA: Nordbykonferansen\n• Arrangeres 22.–23. mai i Nordby\n• Om lag 800 deltakere", "nb", (5, 22)),
    ("KS: – Skulen treng meir pengar\n\nStyreleiar Siri Vik heldt innlegg på Vestlandsdagane om skulebygg.\n\n"
     "– Bygga forfell, sa Vik.\n\nFAKTA\nVestlandsdagane\n– Vart arrangerte 3.–4. september i Nordvik\n"
     "– 300 deltakarar", "nn", (9, 3)),
], ids=["konferansen_nb", "dagane_nn"])
def test_a_fact_box_on_the_event_dates_a_talk_given_there(text: str, language: str, day: tuple[int, int]) -> None:
    meeting = meeting_of(text, language=language, published=None)
    assert meeting is not None and meeting.meeting_type == "foredrag"
    assert (meeting.date.month, meeting.date.day) == day


def test_a_fact_box_on_something_else_dates_nothing() -> None:
    text = ("KS: – Staten må ta ansvar\n\nKS-direktør Kari Dal brukte foredraget sitt på Nordbykonferansen til å "
            "kreve en nasjonal journalløsning.\n\n– Vi kan ikke vente, sa Dal.\n\n"
            "FAKTA: Nordby kommune\n• Kommunesammenslåing 1. januar 2020\n• 14 000 innbyggere")
    meeting = meeting_of(text, published=None)
    assert meeting is not None and meeting.date.day is None


@pytest.mark.parametrize("text,day", [
    ("Invitasjon\n\nKS inviterer til dialogmøte.\n\nTid: Onsdag 9. oktober kl. 13.00\nStad: Nordby", (10, 9)),
    ("Snakkepunkter\nDato: 2. juni 2025, kl. 14.00\nMøte med statsråden. Neste møte blir 5. september.", (6, 2)),
    ("Referat\nMøtedato: 5.3.2025\nTil stede: A, B\nReferatet fra møtet 4. februar ble godkjent.", (3, 5)),
], ids=["tid_field_nn", "dato_field", "numeric_motedato"])
def test_a_header_time_field_dates_the_occasion(text: str, day: tuple[int, int]) -> None:
    found = minutes.field_date(text)
    assert found is not None and (found.month, found.day) == day


def test_a_date_in_running_text_after_dato_is_no_field() -> None:
    assert minutes.field_date("Vi sendte brevet. Dato for svar: se under.\nMøtet var 3. mars.") is None
