"""Meeting type and counterpart constructions from the misses of round 25 (invented texts): negotiations with the
state, a denied consultation beside a named meeting, a county governor met while a minister speaks elsewhere, and a
meeting of KS with one ministry that stays `annet` (a second ministry, a KS regional office, the consultations named
as another occasion)."""
from __future__ import annotations

import pytest

from extract_kit import HOD, KDD, FIN, meeting_of

NEGOTIATIONS = [
    ("negotiations_nb",
     "Enige om legevakt etter nattmøte\n\n"
     "Etter ti timers forhandlinger ble staten, KS og Legeforeningen enige om en ny avtale om legevakt natt til "
     "fredag.\n\nMøtet startet torsdag i Helse- og omsorgsdepartementet.", "nb"),
    ("negotiations_nn_date_inside",
     "Semje om kompensasjon\n\n"
     "Etter forhandlingar som starta torsdag 12. desember og heldt fram til natt til fredag, vart KS og Helse- og "
     "omsorgsdepartementet samde om kompensasjon for prisveksten.", "nn"),
]


@pytest.mark.parametrize("text,language", [c[1:] for c in NEGOTIATIONS], ids=[c[0] for c in NEGOTIATIONS])
def test_negotiations_with_the_state_are_the_occasion(text: str, language: str) -> None:
    meeting = meeting_of(text, language, None)
    assert meeting is not None and meeting.meeting_type == "annet" and meeting.rule == "forhandling"


def test_negotiations_beside_a_consultation_called_off() -> None:
    text = ("Semje om kompensasjon natt til fredag\n\n"
            "Etter forhandlingar som starta torsdag 12. desember og heldt fram til natt til fredag, vart KS og Helse- "
            "og omsorgsdepartementet samde om kompensasjon for prisveksten.\n\n"
            "Avtalen skal leggjast fram for Stortinget i februar.\n\n"
            "Konsultasjonsmøtet med Finansdepartementet, som var sett opp til 3. januar, er utsett.")
    meeting = meeting_of(text, "nn", None)
    assert meeting is not None and meeting.meeting_type == "annet"
    assert meeting.counterpart == HOD and (meeting.date.month, meeting.date.day) == (12, 12)


@pytest.mark.parametrize("text", [
    # wage talks with the unions name no state side; the parties' budget talks name no KS
    "Etter lange forhandlinger ble KS og Fagforbundet enige om lønnsoppgjøret.",
    "Etter forhandlingene mellom regjeringspartiene og Rødt er budsjettet klart.",
], ids=["wage_settlement", "budget_talks"])
def test_negotiations_without_both_sides_are_no_occasion(text: str) -> None:
    meeting = meeting_of(text, "nb", None)
    assert meeting is None or meeting.rule != "forhandling"


def test_denied_consultation_gives_the_named_meeting_no_type() -> None:
    text = ("Nordby, 4. mars: Fylkesstyret i KS Nordby møtte i dag Statsforvaltaren i Nordby for å drøfte tilsyn.\n\n"
            "Møtet var ikkje eit konsultasjonsmøte med staten, men eit fast dialogmøte som partane held to gonger i "
            "året.")
    meeting = meeting_of(text, "nn", None)
    assert meeting is not None and meeting.meeting_type == "annet"


def test_governor_met_while_a_minister_speaks_elsewhere() -> None:
    text = ("KS Vestland møtte statsforvaltaren\n\n"
            "Fylkesstyret i KS Vestland møtte onsdag Statsforvaltaren i Vestland for å drøfte tilsyn med sjukeheimane.\n\n"
            "Helse- og omsorgsminister Kari Vik sa i ein tale i Bergen tidlegare i veka at kommunane må få meir "
            "fridom. Talen vart nemnd fleire gonger i møtet.")
    meeting = meeting_of(text, "nn", None)
    assert meeting is not None and meeting.counterpart == "Statsforvaltaren i Vestland"


STAYS_ANNET = [
    ("second_ministry_in_lead",
     "KS møtte to departementer om ressurskrevende tjenester\n\n"
     "Kommunal- og distriktsministeren tok imot KS i sitt departement tirsdag. Også Helse- og "
     "omsorgsdepartementet var representert, ved en statssekretær.", "nb", KDD),
    ("consultation_named_as_another_occasion",
     "KS møtte finansministeren\n\n"
     "KS møtte finansministeren i Finansdepartementet torsdag 20. februar om kommuneøkonomien.\n\n"
     "Neste konsultasjonsmøte mellom regjeringen og KS er planlagt i mai.", "nb", FIN),
    ("ks_regional_office",
     "Rådgjevar frå KS møtte departementet\n\n"
     "Frå KS møtte berre ein rådgjevar frå regionkontoret i Bergen då Kommunal- og distriktsdepartementet kom "
     "til Førde tysdag.", "nn", KDD),
]


@pytest.mark.parametrize("text,language,counterpart", [c[1:] for c in STAYS_ANNET], ids=[c[0] for c in STAYS_ANNET])
def test_meeting_of_ks_and_a_ministry_that_is_no_consultation(text: str, language: str, counterpart: str) -> None:
    meeting = meeting_of(text, language, None)
    assert meeting is not None and meeting.meeting_type == "annet" and meeting.counterpart == counterpart


def test_meeting_of_ks_alone_with_one_ministry_is_still_a_consultation() -> None:
    text = ("KS møtte kunnskapsministeren\n\n"
            "KS møtte kunnskapsministeren i departementet tirsdag 4. mars for å drøfte lærermangelen.")
    meeting = meeting_of(text, "nb", None)
    assert meeting is not None and meeting.meeting_type == "konsultasjonsmote"


TALKS_ELSEWHEN = [
    ("minister_the_day_before_nn",
     "KS-nestleiar Per Hegge heldt innlegget «Tillit» på Kommunekonferansen i Nordby torsdag.\n\n"
     "Dagen før hadde kommunal- og distriktsminister Sindre Aas opna konferansen. Aas sa då at regjeringa vil "
     "fjerne statlege krav.\n\n"
     "– Kommunane treng tillit, sa Hegge i innlegget.", "nn"),
    ("minister_on_another_weekday_nb",
     "Styreleder i KS, Per Brekke, holdt onsdag innlegg på Kommunehelsekonferansen i Nordby.\n\n"
     "– Folk vil ha en fastlege som kjenner dem, sa Brekke.\n\n"
     "Helse- og omsorgsminister Tone Vik åpnet konferansen tirsdag, men hadde reist da Brekke holdt sitt "
     "innlegg.", "nb"),
]


@pytest.mark.parametrize("text,language", [c[1:] for c in TALKS_ELSEWHEN], ids=[c[0] for c in TALKS_ELSEWHEN])
def test_talk_without_the_minister_heard_on_another_day(text: str, language: str) -> None:
    meeting = meeting_of(text, language, None)
    assert meeting is not None and meeting.meeting_type == "foredrag" and meeting.counterpart is None


def test_talk_with_the_minister_on_the_same_day_keeps_the_ministry() -> None:
    text = ("Styreleder i KS, Per Brekke, holdt onsdag innlegg på Kommunehelsekonferansen i Nordby.\n\n"
            "– Folk vil ha en fastlege som kjenner dem, sa Brekke.\n\n"
            "Helse- og omsorgsminister Tone Vik svarte onsdag at hun vil se på saken.")
    meeting = meeting_of(text, "nb", None)
    assert meeting is not None and meeting.counterpart == HOD
