"""Statements and meeting reports (invented texts): a statement quoted under the report of its meeting or framed by
it keeps the meeting, a statement with its label on top reports none, and a site menu is no opinion label."""
from __future__ import annotations

from datetime import date

import pytest

from extract_kit import extracted_meeting, meeting_of, participant_names_of
from flows.extract.document_genre import genre


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


# --- a board's statement under the report of the meeting it was adopted after ----------------------

BOARD_NB = ("Styret i KS etter møtet med kulturministeren: Frivilligheten må få bedre vilkår\n\n"
            "Publisert: 10.06.2025\n\n"
            "KS' hovedstyre møtte kultur- og likestillingsminister Per Lund til bilateralt konsultasjonsmøte "
            "tirsdag 3. juni. Etter møtet vedtok hovedstyret en uttalelse om frivilligheten.\n\n"
            "Fra KS deltok styreleder Kari Dal og nestleder Ola Berg.\n\n"
            "Uttalelse fra KS' hovedstyre\n\n"
            "Frivilligheten er limet i lokalsamfunnene. Hovedstyret mener at regjeringen må styrke "
            "momskompensasjonen til frivillige organisasjoner.")

BOARD_NN = ("Fylkesstyret i KS Nordvik møtte samferdselsministeren: – Ferjene må bli billegare\n\n"
            "Publisert 2.10.2025\n\n"
            "Fylkesstyret i KS Nordvik hadde måndag 29. september eit møte med samferdselsminister Jon Bakke "
            "i Nordvik. Etter møtet vedtok fylkesstyret ei fråsegn om ferjetilbodet.\n\n"
            "Frå KS Nordvik møtte fylkesstyreleiar Siri Vik og nestleiar Lars Moe.\n\n"
            "Fråsegn frå fylkesstyret\n\n"
            "Ferjetilbodet i fylket er for dårleg. Fylkesstyret krev at staten aukar ferjeavløysingsmidlane.")


@pytest.mark.parametrize("text,language,day,names", [
    (BOARD_NB, "nb", (6, 3), {"Per Lund", "Kari Dal", "Ola Berg"}),
    (BOARD_NN, "nn", (9, 29), {"Jon Bakke", "Siri Vik", "Lars Moe"}),
], ids=["hovedstyret_nb", "fylkesstyret_nn"])
def test_a_statement_quoted_under_the_report_of_its_meeting_keeps_the_meeting(
        text: str, language: str, day: tuple[int, int], names: set[str]) -> None:
    assert genre(text) == "report"
    meeting = meeting_of(text, language=language, published=None)
    assert meeting is not None
    assert (meeting.date.month, meeting.date.day) == day
    assert names <= {p.name for p in meeting.participants}


@pytest.mark.parametrize("text", [
    "Uttalelse fra KS' hovedstyre\n\nVedtatt 12. juni 2025.\n\nKommuneøkonomien er stram. Hovedstyret ber "
    "regjeringen om å kompensere lønnsveksten. Dette tok KS opp i konsultasjonsmøtet med regjeringen i mai.",
    "Fråsegn frå fylkesstyret i KS Nordvik\n\nFylkesstyret er uroa over ferjetilbodet. Fylkesstyret krev at "
    "staten aukar ferjeavløysingsmidlane, og har teke dette opp i møte med statsråden.",
], ids=["uttalelse_nb", "fraasegn_nn"])
def test_a_statement_with_its_label_on_top_reports_no_meeting(text: str) -> None:
    assert genre(text) == "statement"
    assert meeting_of(text, published=None) is None


# --- a statement under a frame that tells the meeting ----------------------------------------------------------

FRAMED_NB = ("Felles uttalelse fra KS og Utdanningsforbundet om skolehelsetjenesten\n\n"
             "Onsdag 4. juni møtte styreleder Karin Ødegård i KS og forbundsleder Tor Arne Viken i "
             "Utdanningsforbundet barne- og familieminister Helge Strand i Barne- og familiedepartementet. "
             "Etter møtet ble partene enige om denne uttalelsen:\n\n"
             "«Skolehelsetjenesten må styrkes. Vi ber regjeringen om å øke tilskuddet til helsesykepleiere.»")

FRAMED_NN = ("Fellesfråsegn frå KS og Fagforbundet om bemanning\n\n"
             "Måndag 10. mars møttest fylkesleiar Oddny Lid i KS Vestfold og leiar Kåre Tveito i "
             "Fagforbundet og arbeids- og inkluderingsminister Siri Haug. Etter møtet sende partane ut denne "
             "fråsegna:\n\n"
             "«Kommunane treng fleire heile stillingar. Vi ber regjeringa om å endre regelverket for turnus.»")

FRAMED_TODAY = ("Uttalelse fra KS og NHO om lærlinger\n\n"
                "I dag hadde KS og NHO et møte med kunnskapsminister Eva Berg i Kunnskapsdepartementet. Etter "
                "møtet sendte partene ut følgende uttalelse:\n\n"
                "\"Flere lærlinger må få plass i kommunene. Vi ber regjeringen om å øke lærlingtilskuddet.\"")


@pytest.mark.parametrize("text,language,day,counterpart,people", [
    (FRAMED_NB, "nb", (6, 4), "Barne- og familiedepartementet", {"Karin Ødegård", "Tor Arne Viken", "Helge Strand"}),
    (FRAMED_NN, "nn", (3, 10), "Arbeids- og inkluderingsdepartementet", {"Oddny Lid", "Kåre Tveito", "Siri Haug"}),
    (FRAMED_TODAY, "nb", (5, 20), "Kunnskapsdepartementet", {"Eva Berg"}),
], ids=["framed_nb", "framed_nn", "framed_today_straight_quotes"])
def test_a_statement_framed_by_its_meeting_reports_the_meeting(text: str, language: str, day: tuple[int, int],
                                                               counterpart: str, people: set[str]) -> None:
    meeting = extracted_meeting(text, language, published=date(2025, 5, 20))
    assert meeting is not None and meeting.meeting_type in ("annet", "konsultasjonsmote")
    assert (meeting.date.month, meeting.date.day) == day
    assert meeting.counterpart == counterpart
    assert people <= participant_names_of(meeting)


UNFRAMED_NB = ("Felles uttalelse fra KS og Legeforeningen om legevakt\n\n"
               "Legevakten i distriktene er under press. I konsultasjonsmøtet i fjor tok vi opp dette med "
               "statsråden, uten at noe har skjedd. Vi ber regjeringen om å styrke basistilskuddet.")

FRAME_WITHOUT_MEETING = ("Felles uttalelse fra KS og Delta om heltid\n\n"
                         "KS og Delta har sendt en felles uttalelse til regjeringen. Her er den:\n\n"
                         "«Vi har et felles ansvar. Derfor ber vi om en nasjonal plan, slik vi sa i "
                         "konsultasjonsmøtet i fjor.»")


@pytest.mark.parametrize("text", [UNFRAMED_NB, FRAME_WITHOUT_MEETING], ids=["unframed", "frame_without_meeting"])
def test_a_statement_without_a_meeting_in_its_frame_reports_none(text: str) -> None:
    assert extracted_meeting(text) is None
