"""Meetings round 18: the counterpart of partset 3's misses, each varied here in bokmål and nynorsk.

- an agency met is spelled with its full name when the text writes one ("møttest KS og Integrerings- og
  mangfaldsdirektoratet (IMDi)"), and the public health institute (FHI) is an agency;
- a minister title of several words with its last word misspelt ("helse- og omsorgsminster", a letter moved in
  "kommunal- og distrisktminister") names the ministry when no ministry is named correctly;
- a minister as the object of the verb of meeting ("reiste til Oslo for å møte kommunalministeren") is the party met.

Every text here is written for the test."""
from __future__ import annotations

from functools import partial

from datetime import date

import pytest

from extract_kit import HOD, KDD, cases
from flows.extract.ministry_gazetteer import misspelt_titles
from extract_kit import extracted_meeting


_meeting = partial(extracted_meeting, published=date(2025, 5, 20))


AGENCIES = [
    ("full_name_nn",
     "Betre tenester til flyktningar\n\n"
     "I går møttest KS og Integrerings- og mangfaldsdirektoratet (IMDi) for å drøfte busetjinga. Møtet vart leidd "
     "av avdelingsdirektør Kari Holm i IMDi.\n\nFrå KS møtte spesialrådgjevar Ola Berg.", "nn",
     "Integrerings- og mangfaldsdirektoratet"),
    ("full_name_nb",
     "Bedre tjenester til flyktninger\n\n"
     "KS hadde tirsdag et møte med Integrerings- og mangfoldsdirektoratet (IMDi) om bosettingen. Fra IMDi deltok "
     "seksjonssjef Per Dahl.\n\nFra KS deltok spesialrådgiver Anne Moe.", "nb",
     "Integrerings- og mangfoldsdirektoratet"),
    ("abbreviation_only_keeps_canonical_nb",
     "Bedre tjenester til flyktninger\n\n"
     "KS hadde tirsdag et møte med IMDi om bosettingen. Fra IMDi deltok seksjonssjef Per Dahl.\n\n"
     "Fra KS deltok spesialrådgiver Anne Moe.", "nb", "IMDi"),
    ("public_health_institute_nb",
     "Møte med FHI om smittevern\n\n"
     "KS og Folkehelseinstituttet (FHI) hadde 4.3.2025 et digitalt møte om beredskapen i kommunene.\n\n"
     "Fra FHI deltok avdelingsdirektør Per Lunde. Fra KS deltok spesialrådgiver Anne Moe.", "nb",
     "Folkehelseinstituttet"),
    ("public_health_institute_nn",
     "Møte med FHI om vaksinar\n\n"
     "KS hadde onsdag eit møte med Folkehelseinstituttet om vaksinasjonen i kommunane.\n\n"
     "Frå FHI deltok overlege Siri Vik. Frå KS deltok spesialrådgjevar Eli Lie.", "nn",
     "Folkehelseinstituttet"),
]


@pytest.mark.parametrize("text,language,expected", cases(AGENCIES))
def test_an_agency_met_is_spelled_as_the_text_writes_it_in_full(text: str, language: str, expected: str) -> None:
    meeting = _meeting(text, language)
    assert meeting is not None
    assert meeting.counterpart == expected


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


MET_OBJECT = [
    ("travelled_to_meet_nb",
     "Ordførerne tok saken til departementet\n\n"
     "Tre ordførere reiste torsdag til Oslo for å møte kommunal- og distrisktminister Per Holm. Med i delegasjonen "
     "var Eli Sand (Sp), ordfører i Nordby, og Ola Li (H), ordfører i Sørby.\n\n"
     "Møtet i departementet varte i en time. Statsråden hadde med seg politisk rådgiver Line Kvam.\n\n"
     "– Vi ble lyttet til, sier Sand etter møtet.", "nb", KDD),
    ("delegation_met_nn",
     "Ordførarane tok saka til departementet\n\n"
     "Tre ordførarar reiste tysdag til Oslo for å møte helse- og omsorgsminster Kari Dahl. Med i delegasjonen var "
     "Eli Sand (Sp), ordførar i Nordby, og Ola Li (H), ordførar i Sørby.\n\n"
     "Møtet i departementet varte i ein time. Statsråden hadde med seg politisk rådgjevar Line Kvam.\n\n"
     "– Vi vart lytta til, seier Sand etter møtet.", "nn", HOD),
]


@pytest.mark.parametrize("text,language,expected", cases(MET_OBJECT))
def test_the_minister_met_as_object_is_the_counterpart(text: str, language: str, expected: str) -> None:
    meeting = _meeting(text, language)
    assert meeting is not None
    assert meeting.counterpart == expected


# --- two ministries at one meeting: the host is the party met -------------------------------------------------------

HOST = [
    ("host_after_nn",
     "Felles møte om skulehelsetenesta\n\n"
     "Helse- og omsorgsdepartementet og Kunnskapsdepartementet hadde onsdag 5. mars eit felles bilateralt møte med KS "
     "om skulehelsetenesta. Kunnskapsdepartementet var vertskap for møtet.\n\n"
     "Frå KS møtte styreleiar Ola Nyhus.", "nn", "Kunnskapsdepartementet"),
    ("host_after_nb",
     "Felles møte om økonomien\n\n"
     "KS møtte tirsdag 4. mars Helse- og omsorgsdepartementet og Kommunal- og distriktsdepartementet til et felles "
     "bilateralt møte. Helse- og omsorgsdepartementet var vert for møtet.\n\n"
     "Fra KS deltok styreleder Kari Lunde.", "nb", HOD),
]


@pytest.mark.parametrize("text,language,expected", cases(HOST))
def test_the_host_of_a_joint_meeting_is_the_counterpart(text: str, language: str, expected: str) -> None:
    meeting = _meeting(text, language)
    assert meeting is not None
    assert meeting.counterpart == expected


def test_two_ministries_without_a_host_stay_the_government() -> None:
    meeting = _meeting(
        "Felles møte om skulehelsetenesta\n\n"
        "Helse- og omsorgsdepartementet og Kunnskapsdepartementet møtte onsdag 5. mars KS til eit felles møte om "
        "skulehelsetenesta.\n\nFrå KS møtte styreleiar Ola Nyhus.", "nn")
    assert meeting is not None
    assert meeting.counterpart != "Kunnskapsdepartementet"


# --- a talk told with its time or its title between ----------------------------------------------------------------

TALKS = [
    ("date_between_nb",
     "Kommunene kan ikke bære alt alene\n\n"
     "Styreleder i KS, Kari Lunde, holdt 12. mars 2025 innlegget «Kommunenes ansvar» på Nordbyforumets lederseminar "
     "i Bodø.\n\nSeminaret ble ledet av generalsekretær Per Vik. Etter innlegget var det spørsmål fra salen.", "nb"),
    ("weekday_between_nn",
     "Kommunane treng tillit\n\n"
     "Nestleiar i KS, Ola Berg, heldt torsdag innlegget «Tillit først» på leiarseminaret til Nordbyforbundet.\n\n"
     "Seminaret vart leidd av generalsekretær Eli Dahl. Etter innlegget fekk salen stille spørsmål.", "nn"),
]


@pytest.mark.parametrize("text,language", cases(TALKS))
def test_a_talk_with_its_time_or_title_between_is_a_talk(text: str, language: str) -> None:
    meeting = _meeting(text, language)
    assert meeting is not None
    assert meeting.meeting_type == "foredrag"


# --- the meeting held, with its time and the definite noun; an occasion after it is another --------------------------

def test_a_meeting_held_with_its_time_between_outranks_a_seminar_after_it_nn() -> None:
    meeting = _meeting(
        "KS Nordland og Statsforvaltaren drøfta tilsyn\n\n"
        "Fylkesstyret i KS Nordland hadde måndag 10. mars det årlege møtet sitt med Statsforvaltaren i Nordland. "
        "Hovudtemaet var tilsyna med omsorgstenestene.\n\n"
        "Statsforvaltaren orienterte om ein ny modell for tilsyn.\n\n"
        "Etter møtet heldt kommunedirektør Eli Dahl eit innlegg om tilsyn på eit seminar for kommunedirektørane.", "nn")
    assert meeting is not None
    assert (meeting.meeting_type, meeting.counterpart) == ("annet", "Statsforvaltaren i Nordland")
    assert (meeting.date.month, meeting.date.day) == (3, 10)


def test_a_meeting_held_with_its_time_between_nb() -> None:
    meeting = _meeting(
        "KS Vestfold og Statsforvalteren drøftet beredskap\n\n"
        "Fylkesstyret i KS Vestfold hadde tirsdag det årlige møtet sitt med Statsforvalteren i Vestfold. Temaet var "
        "beredskapen i kommunene.\n\n"
        "Etter møtet holdt fylkesleder Ola Berg et innlegg på et seminar for ordførerne.", "nb")
    assert meeting is not None
    assert meeting.meeting_type == "annet"


def test_after_the_meeting_said_keeps_the_meeting_nb() -> None:
    meeting = _meeting(
        "Godt møte om legevakt\n\n"
        "KS hadde tirsdag 4. mars et bilateralt møte med Helse- og omsorgsdepartementet om legevakten.\n\n"
        "Fra KS deltok styreleder Kari Lunde.\n\n"
        "Etter møtet sa Lunde at konsultasjonsmøtet hadde vært nyttig.", "nb")
    assert meeting is not None
    assert meeting.meeting_type == "konsultasjonsmote"
    assert (meeting.date.month, meeting.date.day) == (3, 4)


def test_the_day_before_is_another_occasion() -> None:
    from flows.extract.occasion_time import other_time
    assert other_time("Dagen før hadde statsråden opna konferansen.", date(2025, 5, 20))
    assert other_time("Konferansen ble åpnet dagen før av forbundslederen.", date(2025, 5, 20))
    assert not other_time("Konferansen ble åpnet torsdag av forbundslederen.", date(2025, 5, 20))
