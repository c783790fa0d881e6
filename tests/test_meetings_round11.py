"""Meetings round 11: a news site's menu, a talk reported by a trade paper, words said at another time,
those seated at the meeting table, a web outlet as a source and an arena as a venue.

- A newspaper's site menu ("Nyheter | Sport | Meninger | eAvis") lists its sections: the opinion section
  there is a link, no label of the piece, so a news report under it still reports its occasion; a
  breadcrumb or section label ("DEBATT | Nordby Avis | Meiningar") still makes a debate piece.
- A talk named with a possessive ("I sitt innlegg på konferansen", "i innlegget sitt") is a talk
  (`foredrag`), and the definite "etter innlegget" adds to it; a conference is its venue.
- A talk has the ministry as counterpart only when the ministry takes part: its person who answers the
  talk is a participant with the speaker.
- A person whose every sentence places their words at another time ("sa det slik i Stortinget i
  desember") is no participant, and gives a talk no counterpart.
- Those seated at the meeting table ("Rundt bordet satt A, B og C", "På den andre sida av bordet sat
  A") take part.
- A person speaking to a web outlet by its address ("seier til nordbyavisa.no") is a source.
- A capitalised phrase with an arena word ("Nordby Spektrum") is a venue, no person.
Every sentence here is written for the test (bokmål and nynorsk), with negative cases."""
from __future__ import annotations

from datetime import date

import pytest

from extract_kit import meeting_of
from flows.extract.date_year import year_for
from flows.extract.dates import find_dates
from flows.extract.document_genre import genre
from flows.extract.layout import caption_spans
from flows.extract.participant_details import any_pattern
from flows.extract.people import find_people
from flows.segment import segment

MENU_VISIT = ("NORDBY AVIS     Nyheter | Sport | Meninger | eAvis\n\nStatsråden lyttet til ordføreren\n\n"
              "Kommunal- og distriktsminister Per Lund besøkte Nordby fredag.\n\n"
              "Ordfører Kari Dal viste statsråden rundt på sykehjemmet, og hun ba om mer penger til nye plasser.\n\n"
              "– Vi klarer ikke dette alene, sa Dal.")


def test_a_site_menu_is_no_opinion_label() -> None:
    assert genre(MENU_VISIT) == "report"
    meeting = meeting_of(MENU_VISIT)
    assert meeting is not None and meeting.meeting_type == "annet"
    assert {"Per Lund", "Kari Dal"} <= {p.name for p in meeting.participants}


@pytest.mark.parametrize("head", ["DEBATT | Nordby Avis | Meiningar", "Nordby Avis | Meninger | Publisert 3.3.2025",
                                  "Forside › Debatt"], ids=["label_first", "breadcrumb_middle", "breadcrumb_arrow"])
def test_an_opinion_label_still_makes_a_debate_piece(head: str) -> None:
    assert genre(f"{head}\n\nKommunene trenger mer penger\n\nVi ber regjeringen om å lytte.") == "opinion"


TALK_NB = ("Nordby Medisin | Psykiatri\n\nKS: – Kommunene står alene\n\n"
           "På Nordbykonferansen om rus fikk departementet høre om ventelistene.\n\n"
           "Publisert 10.09.2024\n\n"
           "Rundt 500 deltakere var samlet i Nordby Spektrum. I sitt innlegg på konferansens andre dag gikk "
           "KS-nestleder Kari Dal rett på ventelistene.\n\n"
           "«Vi trenger flere plasser», sa Dal.\n\n"
           "Etter innlegget svarte statssekretær Per Lund i Helse- og omsorgsdepartementet fra scenen.\n\n"
           "«Vi hører hva KS sier», sa Lund.")


def test_a_talk_named_with_a_possessive_is_a_talk_and_the_answering_ministry_takes_part() -> None:
    meeting = meeting_of(TALK_NB, published=date(2024, 9, 10))
    assert meeting is not None
    assert meeting.meeting_type == "foredrag"
    assert meeting.counterpart == "Helse- og omsorgsdepartementet"
    names = [p.name for p in meeting.participants]
    assert names[0] == "Kari Dal" and "Per Lund" in names
    assert not any("Spektrum" in n for n in names)


@pytest.mark.parametrize("text", [
    "Møtet ble holdt i Nordby Spektrum onsdag.",
    "Konferansen vart halden i Nordvik Messe tysdag.",
], ids=["spektrum_nb", "messe_nn"])
def test_an_arena_is_no_person(text: str) -> None:
    assert not {p.name for p in find_people(text).persons}


def test_a_letter_named_with_a_possessive_is_no_talk() -> None:
    meeting = meeting_of("Ordføreren skriver til statsråden\n\nI sitt brev ber ordfører Kari Dal om mer penger.")
    assert meeting is None or meeting.meeting_type != "foredrag"


TALK_NOTES = ("KS\nTALEMANUS\nDet talte ord gjelder\n\nNordbykonferansen 2025, Nordby, 12. mars 2025\n"
              "Kari Dal, nestleder i KS\n\nTakk for invitasjonen.\n\n"
              "Helse- og omsorgsminister Per Lund sa det slik i Stortinget i desember:\n\n"
              "«Ingen skal skrives ut til ingenting.»\n\nDet er vi enige i. Vi ber regjeringen stanse nedbyggingen.")


def test_words_said_at_another_time_place_nobody_at_the_talk() -> None:
    meeting = meeting_of(TALK_NOTES, published=None)
    assert meeting is not None and meeting.meeting_type == "foredrag"
    assert [p.name for p in meeting.participants] == ["Kari Dal"]
    assert meeting.counterpart is None


@pytest.mark.parametrize("text,language,expected", [
    ("Statsråden møtte partene\n\nHelseministeren kalte i går inn KS og Fagforbundet til et møte om "
     "sykepleiermangelen.\n\nRundt bordet satt helse- og omsorgsminister Per Lund, KS-leder Kari Dal og leder "
     "Ola Berg i Fagforbundet.", "nb", {"Per Lund", "Kari Dal", "Ola Berg"}),
    ("Statsråden møtte partane\n\nHelseministeren kalla i går inn KS til eit møte om sjukepleiarmangelen.\n\n"
     "Møtet i departementet varte i to timar. På den andre sida av bordet sat KS-leiar Kari Dal og "
     "direktør Ola Berg.", "nn", {"Kari Dal", "Ola Berg"}),
], ids=["around_the_table_nb", "other_side_of_the_table_nn"])
def test_those_seated_at_the_table_take_part(text: str, language: str, expected: set[str]) -> None:
    meeting = meeting_of(text, language)
    assert meeting is not None
    assert expected <= {p.name for p in meeting.participants}


@pytest.mark.parametrize("sentence,seated", [
    ("Rundt bordet satt A og B.", True),
    ("Kring bordet sat A og B.", True),
    ("A og B satt rundt møtebordet i to timer.", True),
    ("Ordføreren meiner at bordet står klart for ein ny avtale.", False),
    ("Saka ligg no på bordet til statsråden.", False),
], ids=["around_nb", "around_nn", "verb_first", "table_as_metaphor", "on_the_table"])
def test_only_sitting_at_the_table_is_attendance(sentence: str, seated: bool) -> None:
    assert bool(any_pattern("attendance").search(sentence)) is seated


def test_a_web_outlet_makes_its_speaker_a_source() -> None:
    text = ("Fylkestinget krev krafttak\n\nFylkestinget vedtok tysdag ei fråsegn med 39 mot 8 røyster.\n\n"
            "– Staten må ta ansvar, sa fylkesordførar Kari Dal då ho la fram saka.\n\n"
            "Fylkesleiar i KS Nordvik, Ola Berg, seier til nordvikavisa.no at KS stiller seg bak krava.\n\n"
            "– Vi står saman, seier Berg.")
    meeting = meeting_of(text, "nn")
    assert meeting is not None
    names = {p.name for p in meeting.participants}
    assert "Kari Dal" in names and "Ola Berg" not in names


@pytest.mark.parametrize("sentence,attends", [
    ("Frå Arbeids- og inkluderingsdepartementet kjem statssekretær Per Lund.", True),
    ("Fra KS Nordby stiller fylkesleder Kari Dal.", True),
    ("Fra departementet kom det ingen svar.", False),
    ("Fra Nordby kommer mange turister om sommeren.", False),
], ids=["ministry_comes_nn", "ks_body_sends_nb", "no_answer", "no_name"])
def test_a_party_sending_a_named_person_is_attendance(sentence: str, attends: bool) -> None:
    assert bool(any_pattern("attendance").search(sentence)) is attends


@pytest.mark.parametrize("text,day,month", [
    ("Fylkesmøtet i KS Nordby vart halde 3.–4. mars i Nordvik.", 3, 3),
    ("Landstinget samlet ordførere 3. og 4. mars.", 3, 3),
], ids=["range_dash_nn", "range_og_nb"])
def test_a_range_dates_its_first_day(text: str, day: int, month: int) -> None:
    found = find_dates(text)
    assert [(f.day, f.month) for f in found] == [(day, month)]


@pytest.mark.parametrize("month,day,weekday,published,year", [
    (6, 12, 3, date(2025, 3, 7), 2025),  # an invitation in March to "torsdag 12. juni" of the same year
    (12, 3, 1, date(2025, 1, 10), 2024),  # a report in January of "tysdag 3. desember" the year before
    (12, 3, None, date(2025, 1, 10), 2024),  # no weekday: the month after the publication's by more than one
    (6, 12, None, date(2025, 3, 7), 2024),
], ids=["weekday_coming", "weekday_past", "no_weekday_past", "no_weekday_default"])
def test_the_weekday_fixes_the_year_left_out(month: int, day: int, weekday: int | None, published: date,
                                             year: int) -> None:
    assert year_for(month, day, weekday, published) == year


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


def test_a_meeting_held_with_someone_is_a_meeting() -> None:
    meeting = meeting_of("Statssekretæren i Nordby\n\nStatssekretær Per Lund hadde et møte med ordføreren i Nordby "
                         "fredag.\n\n– Vi trenger hjelp, sa ordfører Kari Dal.", published=date(2025, 3, 8))
    assert meeting is not None and meeting.meeting_type == "annet"
    assert {"Per Lund", "Kari Dal"} <= {p.name for p in meeting.participants}


@pytest.mark.parametrize("text", [
    "Kommunene sliter\n\nMange kommuner sliter med å rekruttere sykepleiere.\n\nTurene til fastlegen blir "
    "lengre, sier ordfører Kari Dal.",
    "Kommunane slit\n\nFleire innbyggjarar tok turen til legevakta i helga, og køen var lang.",
], ids=["no_visit_nb", "a_trip_that_is_no_visit_nn"])
def test_no_visit_without_its_words(text: str) -> None:
    assert meeting_of(text) is None


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


@pytest.mark.parametrize("caption", [
    "Frå venstre Ola Berg, Anne Vik og Per Lund etter møtet.",
    "F.v. Ola Berg, Anne Vik og Per Lund.",
    "På bildet: Ola Berg og Anne Vik etter møtet.",
], ids=["from_left_nn", "fv", "in_the_picture"])
def test_a_caption_placing_those_pictured_names_participants(caption: str) -> None:
    text = ("KS møtte statsråden\n\nKS møtte kunnskapsminister Per Lund i departementet tirsdag.\n\n"
            f"{caption}\n\n– Et godt møte, sa styreleder Kari Dal.")
    meeting = meeting_of(text, published=date(2025, 3, 7))
    assert meeting is not None
    assert {"Ola Berg", "Anne Vik"} <= {p.name for p in meeting.participants}


@pytest.mark.parametrize("paragraph,caption", [
    ("F.v. Ola Berg og Anne Vik.", True),
    ("Biletet: Ola Berg og Anne Vik.", True),
    ("Bildet er ikke så enkelt, mener forsker Ola Berg.", False),
    ("Fra venstresida i bystyret kom det kritikk.", False),
], ids=["fv", "picture_colon_nn", "picture_as_a_word", "left_side"])
def test_only_a_caption_opener_makes_a_caption(paragraph: str, caption: bool) -> None:
    assert bool(caption_spans(segment(paragraph))) is caption
