"""Texts that report no occasion of KS (invented texts): a debate or a matter alone, a meeting asked for or still to
come, a preview of a consultation, a press conference, and a medium meeting the one it interviews; a conference and a
meeting held after it was asked for still are occasions."""
from __future__ import annotations

from datetime import date

import pytest

from extract_kit import HOD, cases, extracted_meeting, meeting_in_may, meeting_in_october, meeting_of


@pytest.mark.parametrize("text", [
    # "møter" as a plural noun, "tar imot" something that is not a party
    "Det har vært mange møter om saken i år. Kommunen tar imot flyktninger.",
    # a visit only planned in an opinion piece with no occasion
    "Kommunene mener regjeringen bør bruke mer penger på vedlikehold av veier.",
])
def test_no_occasion(text: str) -> None:
    assert meeting_of(text) is None


def test_public_debate_alone_reports_no_occasion() -> None:
    assert meeting_of("Forbundslederen mener debatten handler for mye om lønn. Debatten om arbeidstid vil "
                      "fortsette.") is None


def test_matter_handled_without_a_meeting_is_no_occasion() -> None:
    assert meeting_of("Fylkesstyret behandlet proposisjonen i går og vedtok en uttalelse.") is None


@pytest.mark.parametrize("text,language", [
    ("Forslaget ble sendt på høring torsdag. KS vil svare på høringen innen fristen.", "nb"),
    ("Forslaget vart sendt på høyring torsdag. I høyringa har KS peika på kostnadene.", "nn"),
    # a matter to be raised at a meeting to come, outside the lead
    ("KS har skrevet brev til departementet om klimatilpasning.\n\nBrevet ble sendt torsdag.\n\n"
     "KS vil ta opp saken i det bilaterale møtet med statsråden i juni.", "nb"),
], ids=["written_consultation_nb", "written_consultation_nn", "meeting_to_come"])
def test_no_occasion_reported(text: str, language: str) -> None:
    assert meeting_of(text, language) is None


@pytest.mark.parametrize("text,language", [
    ("Fastlegene må ikke glemmes\n\nKari Dal, direktør i KS, sier til avisen at fastlegene ikke må glemmes i "
     "debatten om helsetjenesten.\n\nHun mener ordningen trenger mer penger.", "nb"),
    ("Fastlegane må ikkje gløymast\n\nKari Dal, direktør i KS, seier til avisa at fastlegane ikkje må gløymast i "
     "debatten om helsetenesta.\n\nHo meiner ordninga treng meir pengar.", "nn"),
], ids=["public_debate_as_subject_nb", "public_debate_as_subject_nn"])
def test_the_debate_as_a_subject_is_no_occasion(text: str, language: str) -> None:
    meeting = meeting_of(text, language)
    assert meeting is None or meeting.meeting_type != "lansering"


# --- a preview of a meeting still to come ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    ("Intervju\n\nKS-leder Berit Hauge forbereder seg til høstens konsultasjonsmøte med regjeringen. Hun mener "
     "kommunene trenger mer penger.\n\nKommunal Rapport: Hvorfor?\n\nHauge: – Kostnadene vokser."),
    ("Intervju\n\nKS-leiar Berit Hauge førebur seg til haustens konsultasjonsmøte med regjeringa.\n\n"
     "Kva forventar du deg av konsultasjonsmøtet i november?\n\nHauge: – Meir pengar til kommunane."),
], ids=["preparing_nb", "expecting_nn"])
def test_a_preview_of_a_coming_consultation_is_no_consultation_held(text: str) -> None:
    meeting = meeting_of(text, published=date(2025, 9, 2))
    assert meeting is None or meeting.meeting_type != "konsultasjonsmote"


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
    assert meeting_in_may(text, language) is None


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
    assert meeting_in_may(text, language) is None


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
    assert extracted_meeting(text, language, date(2025, 3, 5)) is None


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
    meeting = extracted_meeting(text, language, date(2025, 3, 7))
    assert meeting is not None and meeting.meeting_type == "annet" and (meeting.date.month, meeting.date.day) == day
    assert meeting.counterpart == HOD


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
    assert meeting_in_october(text, language) is None


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
    assert meeting_in_october(text, language) is not None
