"""Meetings round 19: what is no occasion of KS, and a meeting outside the consultation scheme; each construction in
bokmål and nynorsk, with negative cases.

- a press conference ("Finansministeren sa på pressekonferansen at ...") is the government's announcement that KS
  reacts to from outside, no conference KS takes part in: it makes no meeting (a conference still does);
- a meeting still to be held, told after the lead ("KS skal møte statsråden til konsultasjonsmøte i november"), or
  an occasion "når fylkesstyret samles", names another occasion than the one the text reports;
- a meeting the text places outside the consultation scheme ("Møtet kom i stand utenom konsultasjonsordningen") is
  not upgraded to a consultation, though KS met one ministry alone;
- the split of `counterpart.py` keeps every name importable from it.

Every text here is written for the test."""
from __future__ import annotations

from functools import partial

from datetime import date

import pytest

from extract_kit import cases, extracted_meeting
from flows.extract import occasion_time
from flows.extract.ks_consultation import outside_scheme


_meeting = partial(extracted_meeting, published=date(2025, 10, 7))


BUDGET_REACTIONS = [
    ("press_conference_nb",
     "KS: Budsjettet er for stramt\n\n"
     "Regjeringen la i dag fram forslaget til statsbudsjett. KS mener veksten i frie inntekter er for liten.\n\n"
     "– Kommunene får for lite til barnehagene, sier styreleder i KS, Kari Dal, i en kommentar.\n\n"
     "Finansminister Per Lund sa på pressekonferansen at budsjettet er ansvarlig.", "nb"),
    ("press_conference_nn",
     "KS: Budsjettet er for stramt\n\n"
     "Regjeringa la i dag fram forslaget til statsbudsjett. KS meiner veksten i dei frie inntektene er for liten.\n\n"
     "– Kommunane får for lite til skulane, seier styreleiar i KS, Kari Dal, i ei pressemelding.\n\n"
     "Finansminister Per Lund sa på pressekonferansen at budsjettet er ansvarleg.", "nn"),
    ("coming_consultation_nb",
     "KS: Budsjettet er for stramt\n\n"
     "Regjeringen la i dag fram forslaget til statsbudsjett. KS mener veksten i frie inntekter er for liten.\n\n"
     "– Kommunene får for lite til barnehagene, sier styreleder i KS, Kari Dal, i en kommentar.\n\n"
     "Dal peker også på at tilskuddet til skolebygg står stille.\n\n"
     "KS skal møte kunnskapsminister Per Lund til konsultasjonsmøte.", "nb"),
    ("coming_consultation_nn",
     "KS: Budsjettet er for stramt\n\n"
     "Regjeringa la i dag fram forslaget til statsbudsjett. KS meiner veksten i dei frie inntektene er for liten.\n\n"
     "– Kommunane får for lite til skulane, seier styreleiar i KS, Kari Dal, i ei pressemelding.\n\n"
     "Dal peikar òg på at tilskotet til skulebygg står stille.\n\n"
     "KS skal etter planen møte kunnskapsminister Per Lund til konsultasjonsmøte.", "nn"),
]


@pytest.mark.parametrize("text,language", cases(BUDGET_REACTIONS))
def test_a_press_conference_or_a_coming_meeting_makes_no_occasion(text: str, language: str) -> None:
    assert _meeting(text, language) is None


CONFERENCES = [
    ("conference_nb",
     "Digitalisering i kommunene\n\n"
     "Styreleder i KS, Kari Dal, holdt torsdag innlegg på Nordbykonferansen om digitalisering i kommunene.\n\n"
     "– Vi må dele mer data, sa Dal på konferansen.", "nb"),
    ("conference_nn",
     "Digitalisering i kommunane\n\n"
     "Styreleiar i KS, Kari Dal, heldt torsdag innlegg på Nordbykonferansen om digitalisering i kommunane.\n\n"
     "– Vi må dele meir data, sa Dal på konferansen.", "nn"),
]


@pytest.mark.parametrize("text,language", cases(CONFERENCES))
def test_a_conference_is_still_an_occasion(text: str, language: str) -> None:
    assert _meeting(text, language) is not None


@pytest.mark.parametrize("sentence,expected", [
    ("KS skal møte helseministeren til konsultasjonsmøte i november.", True),
    ("Styreleiaren skal etter planen møte statsråden 3. april.", True),
    ("Saka blir viktig når fylkesstyret samles til strategikonferanse.", True),
    ("Saka blir viktig når fylkesstyret samlast til strategikonferanse.", True),
    ("KS møtte helseministeren til konsultasjonsmøte torsdag.", False),
    ("Fylkesstyret samla seg til strategikonferanse i går.", False),
])
def test_a_meeting_still_to_be_held_is_at_another_time(sentence: str, expected: bool) -> None:
    assert occasion_time.is_future(sentence) is expected


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
    meeting = _meeting(text, language)
    assert meeting is not None
    assert meeting.meeting_type == "annet"
    assert meeting.counterpart == "Helse- og omsorgsdepartementet"


@pytest.mark.parametrize("sentence,expected", [
    ("Møtet kom i stand utenom konsultasjonsordningen.", True),
    ("Møtet kom i stand utanfor den faste konsultasjonsordninga.", True),
    ("Møtet er ikkje ein del av konsultasjonsordninga.", True),
    ("Møtet var ikke et konsultasjonsmøte.", True),
    ("Nestlederen deltok ikke i konsultasjonsmøtet.", False),
    ("Legeforeininga var ikkje part i konsultasjonsmøtet.", False),
    ("KS møtte statsråden i konsultasjonsmøtet.", False),
])
def test_outside_the_scheme_is_told_by_the_text(sentence: str, expected: bool) -> None:
    assert outside_scheme(sentence) is expected


def test_the_split_keeps_counterpart_names_importable() -> None:
    from flows.extract import counterpart as cp
    from flows.extract import government_side, talk_counterpart
    assert cp.for_talk is talk_counterpart.for_talk
    assert cp.addressed_ministry is talk_counterpart.addressed_ministry
    assert cp.greets_government is talk_counterpart.greets_government
    assert cp.minister_with_staff is government_side.minister_with_staff
    assert cp.participant_ministries is government_side.participant_ministries
    assert cp.leading_ministries is government_side.leading_ministries


SUBSTITUTES = [
    ("substitute_nn",
     "Konsultasjonsmøte om psykisk helse\n\n"
     "KS hadde tysdag eit bilateralt konsultasjonsmøte med Helse- og omsorgsdepartementet. Statssekretær Eva Nes "
     "møtte i staden for helse- og omsorgsminister Per Lund, som var på ein konferanse i Bergen.\n\n"
     "Frå KS møtte styreleiar Kari Dal.", "nn"),
    ("substitute_nb",
     "Konsultasjonsmøte om psykisk helse\n\n"
     "KS hadde tirsdag et bilateralt konsultasjonsmøte med Helse- og omsorgsdepartementet. Statssekretær Eva Nes "
     "møtte i stedet for helse- og omsorgsminister Per Lund, som var på en konferanse i Bergen.\n\n"
     "Fra KS møtte styreleder Kari Dal.", "nb"),
]


@pytest.mark.parametrize("text,language", cases(SUBSTITUTES))
def test_the_minister_a_substitute_came_for_took_no_part(text: str, language: str) -> None:
    meeting = _meeting(text, language)
    assert meeting is not None
    names = {p.name for p in meeting.participants}
    assert "Eva Nes" in names and "Kari Dal" in names
    assert "Per Lund" not in names
