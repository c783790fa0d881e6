"""How a ministry is named (invented texts): misspelt titles, a title of several words, and a ministry written as its
abbreviation, also in a participant's brackets."""
from __future__ import annotations

import pytest

from extract_kit import HOD, KDD, cases, meeting_in_may, meeting_of
from flows.extract.counterpart import misspelt_titles
from flows.extract.ministry_gazetteer import misspelt_titles


@pytest.mark.parametrize("text, expected", [
    ("KS møtte helsemnisteren i går.", "Helse- og omsorgsdepartementet"),
    ("Saken ble tatt opp med kunnskapsminsiteren.", "Kunnskapsdepartementet"),
    ("Saken ble tatt opp med ministeren.", None),  # no title with one letter wrong
    ("Kommunestyret har behandlet saken.", None),
])
def test_misspelt_titles(text: str, expected: str | None) -> None:
    found = misspelt_titles(text)
    assert (found[0].ministry if found else None) == expected


MISSPELT = [
    ("several_words_letter_dropped_nb", "Bilateralt møte KS – helse- og omsorgsminstern", HOD),
    ("several_words_letter_moved_nb", "Ordførerne møtte kommunal- og distrisktminister Ola Holm", KDD),
    ("several_words_nn", "Vi møtte helse- og omsorgsministar Kari Dahl i går", HOD),
    ("single_word_nb", "Møte med helsemnisteren", HOD),
]


@pytest.mark.parametrize("text,expected", cases(MISSPELT))
def test_a_misspelt_title_of_several_words_names_its_ministry(text: str, expected: str) -> None:
    assert {m.ministry for m in misspelt_titles(text)} == {expected}


@pytest.mark.parametrize("text", [
    "Vi møtte ordføraren og kommunedirektøren i går",
    "Møte med helse- og omsorgsleiaren i kommunen",
    "Fagforbundet og kommunalsjefen var til stades",
])
def test_no_misspelt_title_in_other_words(text: str) -> None:
    assert misspelt_titles(text) == ()


@pytest.mark.parametrize("line,ministry", [
    ("Deltakere: statssekretær Per Lund (KD), Kari Dal (KS)", "Kunnskapsdepartementet"),
    ("Deltakarar: statssekretær Per Lund (HOD), Kari Dal (KS)", "Helse- og omsorgsdepartementet"),
], ids=["kd_nb", "hod_nn"])
def test_a_ministry_written_as_its_abbreviation_is_spelled_out(line: str, ministry: str) -> None:
    text = f"Taleutkast – Kari Dal, styreleder i KS\nMøte 3. mars 2025\n{line}\n\n- Vi ber om mer penger\n- Takk"
    meeting = meeting_of(text, published=None)
    assert meeting is not None
    assert {p.name: p.organisation for p in meeting.participants}.get("Per Lund") == ministry


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
    meeting = meeting_in_may(text, language)
    assert meeting is not None and meeting.counterpart == counterpart
