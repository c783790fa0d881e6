"""The date a short report speaks from, and who took part; each construction in bokmål and
nynorsk, with negative cases.

- a publication line with a weekday between its label and the date ("Publisert onsdag 12. mars 2025") dates the text,
  and so does a press release's dateline of its own ("Nordby, 3. mars 2025") when no labelled line does: "i dag",
  "i går" and a bare weekday in the report are then resolved against it;
- a middle initial of several letters ("Kari Aa. Dal", "Per Kr. Lie") is part of the name and ends no sentence;
- a list under an attendance heading ("Disse deltok:") is read to its end, however many items it has;
- a sentence that opens with the same day or part of it ("Samme dag la statsråden fram ...", "Same ettermiddag heldt
  forbundet eit eige arrangement") tells of another event beside the occasion: its persons are not placed there;
- the note-taker or the secretary of the meeting ("førte protokoll", "var referent", "var sekretærar for møtet") and
  one who came in late ("kom inn i møtet etter ein halvtime") took part;
- the one a substitute came for, with the substitute between the verb and "i staden for" ("Frå forbundet møtte
  nestleiar A i staden for leiar B"), did not;
- names written with letters from abroad ("Petrović") are names.

Every text here is written for the test."""
from __future__ import annotations

from datetime import date

import pytest

from extract_kit import cases, extracted_meeting
from flows.model import Metadata
from flows.publication_line import stamp_date, with_stamp_date
from flows.segment import split_sentences


@pytest.mark.parametrize("raw,expected", [
    ("Publisert onsdag 12. mars 2025\n\nTittel\n\nTekst.", date(2025, 3, 12)),
    ("Tittel\n\nPublisert: tysdag 4. juni 2025 kl. 10.00\n\nTekst.", date(2025, 6, 4)),
    ("Tittel\n\nNordby, 3. mars 2025\n\nStatsråden besøkte i dag Nordby.", date(2025, 3, 3)),
    ("Tittel\n\nFjellvik, 14. oktober 2024\n\nStatsråden vitja i dag Fjellvik.", date(2024, 10, 14)),
    ("Øvre Dal, 5.11.2024\n\nTittel\n\nTekst.", date(2024, 11, 5)),
    # a labelled publication line outranks a dateline, wherever it stands
    ("Nordby, 3. mars 2025\n\nPublisert 4. mars 2025\n\nTekst.", date(2025, 3, 4)),
    # negatives: a date in a sentence of the story; a dateline too far down; a dateline without a year
    ("Tittel\n\nNordby, 3. mars 2025 møttes partene i rådhuset.", None),
    ("Tittel\n\nLinje\n\nLinje\n\nLinje\n\nLinje\n\nNordby, 3. mars 2025\n\nTekst.", None),
    ("Tittel\n\nNordby, 3. mars\n\nTekst.", None),
], ids=["label_weekday_nb", "label_weekday_nn", "dateline_nb", "dateline_nn", "dateline_numeric", "label_first",
        "story_sentence", "too_far_down", "no_year"])
def test_publication_date_from_a_weekday_line_or_a_dateline(raw: str, expected: date | None) -> None:
    assert stamp_date(raw) == expected


DATED_BY_THE_LINE = [
    ("today_dateline_nb",
     "Statsråden besøkte Nordby\n\nNordby, 3. mars 2025\n\n"
     "Helse- og omsorgsminister Per Lund besøkte i dag Nordby sykehjem sammen med styreleder i KS, Kari Dal.",
     "nb", (2025, 3, 3)),
    ("today_dateline_nn",
     "Statsråden vitja Fjellvik\n\nFjellvik, 14. oktober 2024\n\n"
     "Helse- og omsorgsminister Per Lund vitja i dag Fjellvik omsorgssenter saman med styreleiar i KS, Kari Dal.",
     "nn", (2024, 10, 14)),
    ("yesterday_weekday_label_nb",
     "Publisert fredag 6. juni 2025\n\nKS møtte statsråden\n\n"
     "KS og Kommunal- og distriktsdepartementet møttes i går til det faste bilaterale konsultasjonsmøtet. "
     "Styreleder Kari Dal ledet delegasjonen fra KS.", "nb", (2025, 6, 5)),
    ("weekday_weekday_label_nn",
     "Publisert onsdag 12. mars 2025\n\nKS møtte helseministeren\n\n"
     "Det faste bilaterale møtet mellom KS og Helse- og omsorgsdepartementet vart halde digitalt. "
     "Møtet tysdag vart leia av helse- og omsorgsminister Per Lund.", "nn", (2025, 3, 11)),
]


@pytest.mark.parametrize("raw,language,expected", cases(DATED_BY_THE_LINE))
def test_a_relative_day_is_resolved_against_the_line(raw: str, language: str, expected: tuple[int, int, int]) -> None:
    published = with_stamp_date(Metadata(), raw).published
    meeting = extracted_meeting(raw, language, published)
    assert meeting is not None
    assert (meeting.date.year, meeting.date.month, meeting.date.day) == expected


def _names(raw: str, language: str) -> set[str]:
    meeting = extracted_meeting(raw, language, date(2025, 3, 5))
    assert meeting is not None
    return {p.name for p in meeting.participants}


def test_a_middle_initial_of_several_letters_is_part_of_the_name() -> None:
    sentences = split_sentences("Fra departementet deltok ekspedisjonssjef Kari Aa. Dal og rådgiver Per Kr. Lie. "
                                "Han sa lite.")
    assert [s.text for s in sentences][-1] == "Han sa lite."
    assert len(sentences) == 2
    # negative: a lower-case abbreviation still ends the sentence before a capital
    assert len(split_sentences("Billetten kostet 100 kr. Han betalte.")) == 2


INITIALS = [
    ("initial_nb",
     "KS møtte statssekretæren\n\nKS og Kommunal- og distriktsdepartementet hadde tirsdag konsultasjonsmøte. "
     "Statssekretær Kari Aa. Dal ledet møtet, og fra KS deltok styreleder Per Kr. Lie.", "nb",
     {"Kari Aa. Dal", "Per Kr. Lie"}),
    ("initial_nn",
     "KS møtte statssekretæren\n\nKS og Kommunal- og distriktsdepartementet hadde tysdag konsultasjonsmøte. "
     "Statssekretær Kari Aa. Dal leia møtet, og frå KS deltok styreleiar Per Kr. Lie.", "nn",
     {"Kari Aa. Dal", "Per Kr. Lie"}),
]


@pytest.mark.parametrize("raw,language,expected", cases(INITIALS))
def test_participants_with_a_middle_initial(raw: str, language: str, expected: set[str]) -> None:
    assert expected <= _names(raw, language)


_LIST_NAMES = ["Kari Dal", "Per Lund", "Ola Berg", "Eva Lie", "Nils Holm", "Anne Vik", "Tor Moe", "Siri Nes"]


@pytest.mark.parametrize("heading,language", [("Disse deltok:", "nb"), ("Desse deltok:", "nn")], ids=["nb", "nn"])
def test_a_list_under_an_attendance_heading_is_read_to_its_end(heading: str, language: str) -> None:
    items = "\n".join(f"- {name}, rådgiver i KS" for name in _LIST_NAMES)
    raw = ("KS møtte departementet\n\nKS og Helse- og omsorgsdepartementet hadde tirsdag bilateralt "
           f"konsultasjonsmøte om legevakt.\n\nFAKTA\n\n{heading}\n{items}\n\nTekst: Liv Aas")
    assert set(_LIST_NAMES) <= _names(raw, language)


SAME_DAY = [
    ("same_day_nb",
     "KS møtte helseministeren\n\nKS og Helse- og omsorgsdepartementet hadde tirsdag bilateralt konsultasjonsmøte. "
     "Fra KS deltok styreleder Kari Dal.\n\n"
     "Samme dag holdt Legeforeningen sin årlige konferanse i Bergen, der president Ola Berg talte om fastlegene.",
     "nb", "Ola Berg"),
    ("same_afternoon_nn",
     "KS møtte helseministeren\n\nKS og Helse- og omsorgsdepartementet hadde tysdag bilateralt konsultasjonsmøte. "
     "Frå KS deltok styreleiar Kari Dal.\n\n"
     "Same ettermiddag svarte finansminister Eva Lie på spørsmål i Stortingets spørjetime.", "nn", "Eva Lie"),
    ("same_day_next_sentence_nb",
     "KS møtte helseministeren\n\nKS og Helse- og omsorgsdepartementet hadde tirsdag bilateralt konsultasjonsmøte. "
     "Fra KS deltok styreleder Kari Dal.\n\n"
     "Samme dag holdt Sykepleierforbundet et seminar i Bergen. Der sa forbundsleder Nils Holm at flere må få heltid.",
     "nb", "Nils Holm"),
]


@pytest.mark.parametrize("raw,language,away", cases(SAME_DAY))
def test_a_same_day_event_places_nobody_at_the_occasion(raw: str, language: str, away: str) -> None:
    names = _names(raw, language)
    assert "Kari Dal" in names and away not in names


def test_a_participant_also_named_at_the_same_day_event_stays() -> None:
    raw = ("KS møtte helseministeren\n\nKS og Helse- og omsorgsdepartementet hadde tirsdag bilateralt "
           "konsultasjonsmøte. Helse- og omsorgsminister Per Lund ledet møtet, og fra KS deltok styreleder Kari Dal.\n\n"
           "Samme dag la Per Lund fram en ny plan for legevakt.")
    assert {"Kari Dal", "Per Lund"} <= _names(raw, "nb")


RECORD_KEEPERS = [
    ("protocol_nb",
     "KS møtte departementet\n\nKS og Kommunal- og distriktsdepartementet møttes tirsdag til bilateralt "
     "konsultasjonsmøte. Fra KS deltok styreleder Kari Dal. Rådgiver Siri Nes førte protokoll for KS.",
     "nb", "Siri Nes"),
    ("referent_nn",
     "KS møtte departementet\n\nHelse- og omsorgsdepartementet inviterte KS til høyringsmøte tysdag. "
     "Frå KS møtte styreleiar Kari Dal. Seniorrådgjevar Siri Nes frå departementet var referent.", "nn", "Siri Nes"),
    ("secretaries_nn",
     "KS møtte departementet\n\nKS og Helse- og omsorgsdepartementet hadde tysdag bilateralt konsultasjonsmøte. "
     "Frå KS deltok styreleiar Kari Dal. Rådgjevar Siri Nes frå departementet og rådgjevar Tor Moe frå KS var "
     "sekretærar for møtet.", "nn", "Tor Moe"),
    ("late_nb",
     "KS møtte statssekretæren\n\nKS og Kommunal- og distriktsdepartementet hadde torsdag bilateralt "
     "konsultasjonsmøte på Teams. Fra KS deltok styreleder Kari Dal. "
     "Fylkesleder Anne Vik kom inn i møtet etter en halvtime.", "nb", "Anne Vik"),
    ("late_nn",
     "KS møtte departementet på Teams\n\nKS og Helse- og omsorgsdepartementet hadde tysdag bilateralt "
     "konsultasjonsmøte på Teams. Frå KS deltok styreleiar Kari Dal. Kommunedirektør Anne Vik kom inn i møtet om lag "
     "tjue minutt for seint.", "nn", "Anne Vik"),
]


@pytest.mark.parametrize("raw,language,present", cases(RECORD_KEEPERS))
def test_note_takers_secretaries_and_late_comers_took_part(raw: str, language: str, present: str) -> None:
    assert {"Kari Dal", present} <= _names(raw, language)


def test_a_report_author_is_still_no_participant() -> None:
    raw = ("KS møtte departementet\n\nKS og Kommunal- og distriktsdepartementet møttes tirsdag til bilateralt "
           "konsultasjonsmøte. Fra KS deltok styreleder Kari Dal. Rådgiver Siri Nes førte protokoll for KS.\n\n"
           "KS viste til en rapport som forsker Ola Berg har skrevet.")
    names = _names(raw, "nb")
    assert "Siri Nes" in names and "Ola Berg" not in names


SUBSTITUTES = [
    ("instead_nn",
     "Høyringsmøte om ny lov\n\nHelse- og omsorgsdepartementet heldt tysdag eit høyringsmøte om lova. "
     "Frå Sjukepleiarforbundet møtte nestleiar Ola Berg i staden for forbundsleiar Eva Lie, som var på ein "
     "konferanse i Brussel. Frå KS møtte styreleiar Kari Dal.", "nn"),
    ("instead_nb",
     "Høringsmøte om ny lov\n\nHelse- og omsorgsdepartementet holdt tirsdag et høringsmøte om loven. "
     "Fra Sykepleierforbundet møtte nestleder Ola Berg i stedet for forbundsleder Eva Lie, som var på en "
     "konferanse i Brussel. Fra KS møtte styreleder Kari Dal.", "nb"),
]


@pytest.mark.parametrize("raw,language", cases(SUBSTITUTES))
def test_the_one_a_substitute_came_for_did_not_take_part(raw: str, language: str) -> None:
    names = _names(raw, language)
    assert "Ola Berg" in names and "Eva Lie" not in names


def test_a_name_with_letters_from_abroad() -> None:
    raw = ("KS møtte departementet\n\nKS og Arbeids- og inkluderingsdepartementet hadde tirsdag bilateralt "
           "konsultasjonsmøte. Fra KS deltok styreleder Kari Dal og kommunedirektør i Nordby kommune, Goran Marković.")
    assert {"Kari Dal", "Goran Marković"} <= _names(raw, "nb")


CAPTIONS = [
    ("caption_label_nb",
     "KS møtte helseministeren\n\nKS tok opp legevakta i det faste bilaterale møtet med Helse- og "
     "omsorgsdepartementet tirsdag.\n\nMøtet varte i to timer.\n\n"
     "Bildetekst: Fra venstre: statssekretær Ola Berg (HOD), styreleder i KS Kari Dal og helse- og omsorgsminister "
     "Per Lund etter møtet.", "nb"),
    ("caption_label_nn",
     "KS møtte helseministeren\n\nKS tok opp legevakta i det faste bilaterale møtet med Helse- og "
     "omsorgsdepartementet tysdag.\n\nMøtet varte i to timar.\n\n"
     "Bilettekst: Frå venstre: statssekretær Ola Berg (HOD), styreleiar i KS Kari Dal og helse- og omsorgsminister "
     "Per Lund etter møtet.", "nn"),
]


@pytest.mark.parametrize("raw,language", cases(CAPTIONS))
def test_a_labelled_caption_without_a_credit_shows_the_occasion(raw: str, language: str) -> None:
    assert {"Ola Berg", "Kari Dal", "Per Lund"} <= _names(raw, language)


def test_a_signing_told_in_the_passive_dates_the_occasion() -> None:
    raw = ("Stat og kommune signerte avtale\n\nKS og Digitaliserings- og forvaltningsdepartementet har fått på plass "
           "en felles avtale.\n\nAvtalen ble signert i departementets lokaler onsdag 12. mars 2025, og den skal gjelde "
           "ut 2028.")
    meeting = extracted_meeting(raw, "nb", date(2025, 3, 12))
    assert meeting is not None and (meeting.date.month, meeting.date.day) == (3, 12)
