"""Consultations (invented texts): an invitation to a consultation meeting, a denied consultation, KS beside another
organisation, a meeting outside the consultation scheme, and a consultation never held with a state body."""
from __future__ import annotations

import pytest

from extract_kit import AID, KD, cases, meeting_in_may, meeting_in_october, meeting_of
from flows.extract.ks_consultation import inside_scheme, ks_absent, outside_scheme


def test_invitation_to_a_consultation_meeting_is_a_consultation() -> None:
    meeting = meeting_of("KS er invitert til konsultasjonsmøte med helseministeren torsdag.", "nb")
    assert meeting is not None and meeting.meeting_type == "konsultasjonsmote"


@pytest.mark.parametrize("text,language,mtype", [
    ("KS møtte helseministeren og Legeforeningen tirsdag. Møtet var ikke et konsultasjonsmøte.", "nb", "annet"),
    ("KS møtte helseministeren og Legeforeininga tysdag. Møtet var ikkje eit konsultasjonsmøte.", "nn", "annet"),
    # negative: a negation elsewhere in the clause does not deny the meeting
    ("KS og statsråden ble ikke enige i konsultasjonsmøtet tirsdag.", "nb", "konsultasjonsmote"),
], ids=["denied_nb", "denied_nn", "disagreed_in_meeting"])
def test_denied_consultation(text: str, language: str, mtype: str) -> None:
    meeting = meeting_of(text, language)
    assert meeting is not None and meeting.meeting_type == mtype


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
    meeting = meeting_in_may(text, language)
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


OUTSIDE_SCHEME = [
    ("outside_nb",
     "KS og helseministeren drøftet sykehjemmene\n\n"
     "KS møtte onsdag 12. november helse- og omsorgsminister Per Lund for å drøfte tilskuddet til sykehjem. Møtet "
     "kom i stand utenom konsultasjonsordningen, etter ønske fra KS.\n\n"
     "Fra KS møtte styreleder Kari Dal.", "nb"),
    ("outside_nn",
     "KS og helseministeren drøfta sjukeheimane\n\n"
     "KS møtte onsdag 12. november helse- og omsorgsminister Per Lund for å drøfte tilskotet til sjukeheimar. Møtet "
     "er ikkje ein del av konsultasjonsordninga.\n\n"
     "Frå KS møtte styreleiar Kari Dal.", "nn"),
]


@pytest.mark.parametrize("text,language", cases(OUTSIDE_SCHEME))
def test_a_meeting_outside_the_scheme_is_no_consultation(text: str, language: str) -> None:
    meeting = meeting_in_october(text, language)
    assert meeting is not None
    assert meeting.meeting_type == "annet"
    assert meeting.counterpart == "Helse- og omsorgsdepartementet"


@pytest.mark.parametrize("sentence,expected", [
    ("Møtet kom i stand utenom konsultasjonsordningen.", True),
    ("Møtet kom i stand utanfor den faste konsultasjonsordninga.", True),
    ("Møtet er ikkje ein del av konsultasjonsordninga.", True),
    ("Møtet var ikke et konsultasjonsmøte.", True),
    ("Møtet var ikke et formelt konsultasjonsmøte, men et dialogmøte.", True),
    ("Møtet var ikkje eit vanleg konsultasjonsmøte, men eit dialogmøte.", True),
    ("Det var ikke et formelt møte, men KS tok det opp i konsultasjonsmøtet.", False),
    ("Nestlederen deltok ikke i konsultasjonsmøtet.", False),
    ("Legeforeininga var ikkje part i konsultasjonsmøtet.", False),
    ("KS møtte statsråden i konsultasjonsmøtet.", False),
])
def test_outside_the_scheme_is_told_by_the_text(sentence: str, expected: bool) -> None:
    assert outside_scheme(sentence) is expected


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
    meeting = meeting_in_may(text, language)
    assert meeting is not None and meeting.meeting_type == "konsultasjonsmote" and meeting.counterpart == counterpart


# --- a named meeting the text places in the consultation scheme -----------------------------------------------

INSIDE_SCHEME = [
    ("contact_meeting_nn",
     "KS vil ha fleire lærarar\n\n"
     "KS og Kunnskapsdepartementet møttest tysdag til kontaktmøte om lærarmangelen.\n\n"
     "Kontaktmøtet er ein del av konsultasjonsordninga mellom staten og kommunesektoren.\n\n"
     "Frå KS møtte nestleiar Tor Haugen og fylkesstyreleiar i KS Nordvik, Siv Lunde.", "nn"),
    ("contact_meeting_nb",
     "KS og Kunnskapsdepartementet møttes tirsdag til kontaktmøte om lærermangelen.\n\n"
     "Møtet er ett av de faste møtene i konsultasjonsordningen. Fra KS møtte nestleder Tor Haugen.", "nb"),
]


@pytest.mark.parametrize("text,language", cases(INSIDE_SCHEME))
def test_a_named_meeting_in_the_scheme_is_a_consultation(text: str, language: str) -> None:
    meeting = meeting_in_october(text, language)
    assert meeting is not None
    assert meeting.meeting_type == "konsultasjonsmote"
    assert meeting.counterpart == "Kunnskapsdepartementet"


def test_a_named_meeting_with_no_word_of_the_scheme_stays_annet() -> None:
    text = ("KS og Kunnskapsdepartementet møttes tirsdag til kontaktmøte om lærermangelen.\n\n"
            "Fra KS møtte nestleder Tor Haugen og fylkesstyreleder i KS Nordvik, Siv Lunde.")
    meeting = meeting_in_october(text, "nb")
    assert meeting is not None and meeting.meeting_type == "annet"


@pytest.mark.parametrize("sentence,expected", [
    ("Kontaktmøtet er ein del av konsultasjonsordninga.", True),
    ("Møtet er eitt av dei faste bilaterale møta i konsultasjonsordninga.", True),
    ("Møtet inngår i den faste konsultasjonsordningen.", True),
    ("Møtet er ikkje ein del av konsultasjonsordninga.", False),
    ("KS vil styrke konsultasjonsordningen.", False),
])
def test_inside_the_scheme_is_told_by_the_text(sentence: str, expected: bool) -> None:
    assert inside_scheme(sentence) is expected


# --- a meeting the text says KS was not at: a municipality's own meeting with a minister --------------------------

KS_ABSENT = [
    ("mayor_nn",
     "Ordføraren fekk møte helseministeren\n\n"
     "Ordførar Per Lund i Nordvik kommune fekk fredag ein time med helse- og omsorgsminister Eva Dahl i "
     "departementet. KS var ikkje med på møtet.\n\n"
     "- Eg og kommunedirektøren møtte statsråden og fekk forklare kor sårbare vi er, seier Lund.", "nn"),
    ("mayor_nb",
     "Ordføreren fikk møte helseministeren\n\n"
     "Ordfører Per Lund i Nordvik kommune fikk fredag et møte med helse- og omsorgsminister Eva Dahl i "
     "departementet, uten KS.\n\n"
     "- Vi fikk forklare hvor sårbare vi er, sier Lund.", "nb"),
]


@pytest.mark.parametrize("text,language", cases(KS_ABSENT))
def test_a_meeting_without_ks_is_no_consultation(text: str, language: str) -> None:
    meeting = meeting_in_october(text, language)
    assert meeting is not None
    assert meeting.meeting_type == "annet"
    assert meeting.counterpart == "Helse- og omsorgsdepartementet"


@pytest.mark.parametrize("sentence,expected", [
    ("KS var ikkje med på møtet.", True),
    ("KS deltok ikke i møtet.", True),
    ("Ordføreren møtte statsråden uten KS.", True),
    ("KS var med på møtet.", False),
    ("Uten KS-medlemskap står kommunen alene.", False),
])
def test_ks_absent_is_told_by_the_text(sentence: str, expected: bool) -> None:
    assert ks_absent(sentence) is expected
