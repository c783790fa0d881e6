"""Meetings round 12: talk drafts written for a meeting with a ministry, a board's statement quoted under the
report of the meeting it was adopted after, dates in a clause that tells of another event, a bare weekday
against the opening's day and month, and the hosts who receive a visitor.

- A talk draft or the speaker's key words ("Taleutkast", "Utkast til innlegg", "Stikkord til innlegget",
  "Forslag til tale") name a talk (`foredrag`) as "Talenotat" does; the speaker named on the label line
  and the persons of the header's "Deltakere:" line take part; the ministry met is the counterpart.
- A meeting with a state secretary ("møte med statssekretær NN") is a meeting as one with a minister is.
- A statement's label ("Uttalelse fra hovedstyret") heads the document only above its first line of
  running prose: under the report of a meeting it heads the statement the text quotes, and the text
  reports the meeting. A statement with its label on top still reports none.
- A marker of another time in a clause after the date ("... var det tredje sidan avtala i fjor") places
  that other event, not the date.
- A bare weekday found only outside the occasion's own sentence ("Konferansen held fram torsdag") does not
  outrank the day and month the opening gives ("onsdag 22. mai").
- The hosts who receive a visitor ("vart møtt av ordførar A og leiar for X, B") take part.
Every sentence here is written for the test (bokmål and nynorsk, other ministries and layouts)."""
from __future__ import annotations

from datetime import date

import pytest

from extract_kit import meeting_of
from flows.extract.document_genre import genre

# --- talk drafts for a meeting with a ministry -------------------------------------------------------

DRAFT_NB = ("Innspill til møte med statssekretær i Kunnskapsdepartementet\n"
            "Taleutkast – Kari Dal, seniorrådgiver, KS\n"
            "Møte 12. mai 2025 kl. 10.00, KD\n"
            "Deltakere: statssekretær Per Lund (KD), Kari Dal og Ola Berg (KS)\n\n"
            "1. Innledning\n- Takk for invitasjonen\n\n"
            "2. Våre budskap\n- Skolebyggene forfaller\n- Kommunene må få et rentekompensasjonstilskudd\n"
            "- Staten må ta ansvar for lærerutdanningen")

DRAFT_NN = ("Utkast til innlegg i møte med helseministeren\n"
            "Stikkord – Siri Vik, styreleiar i KS Nordvik\n"
            "Nordvik, 3. april 2025\n"
            "Deltakarar: helse- og omsorgsminister Jon Bakke, Siri Vik og Lars Moe (KS Nordvik)\n\n"
            "- Legevakta i distrikta manglar folk\n- Me ber om ei ny tilskotsordning\n- Staten må kome på banen")

DRAFT_KEYWORDS = ("Stikkord til innlegget på møtet med Barne- og familiedepartementet\n"
                  "Innlegg ved Mona Lie, direktør, KS\n"
                  "Møte 20. januar 2025, BFD\n\n"
                  "- Barnevernet trenger flere fosterhjem\n- Kommunene må få dekket utgiftene\n"
                  "- Vi ber om et fast møte hvert kvartal")


@pytest.mark.parametrize("text,language,counterpart,day,names", [
    (DRAFT_NB, "nb", "Kunnskapsdepartementet", (5, 12), {"Kari Dal", "Per Lund", "Ola Berg"}),
    (DRAFT_NN, "nn", "Helse- og omsorgsdepartementet", (4, 3), {"Siri Vik", "Jon Bakke", "Lars Moe"}),
    (DRAFT_KEYWORDS, "nb", "Barne- og familiedepartementet", (1, 20), {"Mona Lie"}),
], ids=["taleutkast_nb", "utkast_stikkord_nn", "stikkord_til_innlegget"])
def test_a_talk_draft_for_a_ministry_meeting_is_a_talk(text: str, language: str, counterpart: str,
                                                         day: tuple[int, int], names: set[str]) -> None:
    meeting = meeting_of(text, language=language, published=None)
    assert meeting is not None and meeting.meeting_type == "foredrag"
    assert meeting.counterpart == counterpart
    assert (meeting.date.month, meeting.date.day) == day
    assert names <= {p.name for p in meeting.participants}


def test_a_talk_draft_for_an_internal_event_has_no_ministry() -> None:
    text = ("Taleutkast – Kari Dal, styreleder i KS Nordby\nFylkesmøtet i KS Nordby, 14. mars 2025\n\n"
            "- Kommunene i fylket har gjort en stor jobb\n- Vi må stå sammen om kravene\n- Takk til alle")
    meeting = meeting_of(text, published=None)
    assert meeting is not None and meeting.meeting_type == "foredrag"
    assert meeting.counterpart is None
    assert [p.name for p in meeting.participants] == ["Kari Dal"]


@pytest.mark.parametrize("text", [
    "Styret har fått et utkast til uttalelse om skolebyggene. Utkastet sendes på høring i kommunene.",
    "Kommunene får stikkord til hvordan de kan søke om midlene. Fristen er 1. mai.",
], ids=["utkast_til_uttalelse", "stikkord_til_soknad"])
def test_a_draft_or_key_words_for_anything_but_a_talk_name_no_talk(text: str) -> None:
    assert meeting_of(text) is None


@pytest.mark.parametrize("text,language", [
    ("KS hadde mandag et møte med statssekretær Per Lund om skolebyggene. Kommunene ba om mer penger.", "nb"),
    ("Nordvik kommune hadde eit møte med statssekretær Jon Bakke i Helse- og omsorgsdepartementet.", "nn"),
], ids=["nb", "nn"])
def test_a_meeting_with_a_state_secretary_is_a_meeting(text: str, language: str) -> None:
    meeting = meeting_of(text, language=language)
    assert meeting is not None


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


# --- dates -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,language,day", [
    ("Fagforbundet i trepartsmøte om heltid\n\nFagforbundet møtte KS og departementet i trepartssamarbeidet.\n\n"
     "Møtet torsdag 9. oktober var det fjerde siden partene skrev under avtalen i fjor.", "nb", (10, 9)),
    ("Sjukepleiarane i dialogmøte\n\nNSF møtte KS og Helse- og omsorgsdepartementet i eit dialogmøte.\n\n"
     "Møtet tysdag 4. november var det andre sidan partane vart samde om planen i fjor.", "nn", (11, 4)),
], ids=["siden_nb", "sidan_nn"])
def test_a_time_marker_in_a_following_clause_does_not_move_the_date(text: str, language: str,
                                                                     day: tuple[int, int]) -> None:
    meeting = meeting_of(text, language=language, published=None)
    assert meeting is not None
    assert (meeting.date.month, meeting.date.day) == day


def test_a_date_in_a_sentence_of_another_time_still_dates_nothing() -> None:
    text = ("Delta i trepartsmøte\n\nDelta møtte KS og departementet i trepartssamarbeidet.\n\n"
            "Forrige gang møttes partene 3. mars i fjor.")
    meeting = meeting_of(text, published=None)
    assert meeting is not None and meeting.date.day is None


@pytest.mark.parametrize("text,language", [
    ("– Vi trenger en felles journal\n\nKS-direktør Kari Dal brukte foredraget sitt på Nordbykonferansen til å "
     "kreve fart i digitaliseringen.\n\nDet var fullt i salen i Nordby onsdag 22. mai da Dal gikk på scenen.\n\n"
     "– Staten må ta ansvaret, sa Dal.\n\nKonferansen fortsetter torsdag med forskning.", "nb"),
    ("– Me treng ein felles journal\n\nKS-direktør Kari Dal nytta føredraget sitt på Nordvikkonferansen til å "
     "krevje fart i digitaliseringa.\n\nSalen i Nordvik var full onsdag 22. mai då Dal gjekk på scena.\n\n"
     "– Staten må ta ansvaret, sa Dal.\n\nKonferansen held fram torsdag med forsking.", "nn"),
], ids=["nb", "nn"])
def test_the_openings_day_and_month_outrank_a_later_bare_weekday(text: str, language: str) -> None:
    meeting = meeting_of(text, language=language, published=None)
    assert meeting is not None and meeting.meeting_type == "foredrag"
    assert (meeting.date.month, meeting.date.day) == (5, 22)


def test_a_weekday_in_the_occasions_own_sentence_still_dates_it() -> None:
    text = ("Statsråden besøkte Nordby\n\nDet var fint vær i Nordby 3. mars.\n\n"
            "Kommunalminister Per Lund besøkte Nordby tirsdag og møtte ordfører Kari Dal.")
    meeting = meeting_of(text, published=date(2025, 3, 5))
    assert meeting is not None
    assert meeting.date.text == "tirsdag"


# --- hosts receiving a visitor -----------------------------------------------------------------------

@pytest.mark.parametrize("text,language,names", [
    ("Statsråden besøkte Nordby\n\nKommunalminister Per Lund besøkte Nordby fredag. Han ble møtt av ordfører "
     "Kari Dal (H), rådmann Ola Berg og leder for helsetjenesten, Mona Lie.", "nb",
     {"Per Lund", "Kari Dal", "Ola Berg", "Mona Lie"}),
    ("Ministeren vitja Nordvik\n\nHelseminister Jon Bakke vitja Nordvik tysdag. Han vart teken imot av "
     "ordførar Siri Vik og leiar for legevakta, Lars Moe.", "nn", {"Jon Bakke", "Siri Vik", "Lars Moe"}),
], ids=["moett_av_nb", "teken_imot_nn"])
def test_the_hosts_who_receive_a_visitor_take_part(text: str, language: str, names: set[str]) -> None:
    meeting = meeting_of(text, language=language)
    assert meeting is not None
    assert names <= {p.name for p in meeting.participants}


def test_a_person_only_mentioned_beside_the_hosts_is_no_participant() -> None:
    text = ("Statsråden besøkte Nordby\n\nKommunalminister Per Lund besøkte Nordby fredag og ble møtt av "
            "ordfører Kari Dal.\n\nRapporten om sykehjemmene ble skrevet av professor Mona Lie i fjor.")
    meeting = meeting_of(text)
    assert meeting is not None
    assert "Mona Lie" not in {p.name for p in meeting.participants}


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


@pytest.mark.parametrize("line,ministry", [
    ("Deltakere: statssekretær Per Lund (KD), Kari Dal (KS)", "Kunnskapsdepartementet"),
    ("Deltakarar: statssekretær Per Lund (HOD), Kari Dal (KS)", "Helse- og omsorgsdepartementet"),
], ids=["kd_nb", "hod_nn"])
def test_a_ministry_written_as_its_abbreviation_is_spelled_out(line: str, ministry: str) -> None:
    text = f"Taleutkast – Kari Dal, styreleder i KS\nMøte 3. mars 2025\n{line}\n\n- Vi ber om mer penger\n- Takk"
    meeting = meeting_of(text, published=None)
    assert meeting is not None
    assert {p.name: p.organisation for p in meeting.participants}.get("Per Lund") == ministry


@pytest.mark.parametrize("text", [
    "Taleutkast – Kari Dal, styreleder i KS\n\nKommunene bør samtidig:\n\n- Samarbeide tettere med sykehusene\n"
    "- Bygge kompetanse i barnevernet",
    "Stikkord – Siri Vik, styreleiar i KS Nordvik\n\nKommunane må òg:\n\n- Samarbeide tettare med sjukehusa\n"
    "- Byggje kompetanse i barnevernet",
], ids=["samtidig_nb", "og_nn"])
def test_a_lead_in_line_with_an_adverb_is_no_demand_in_talk_notes(text: str) -> None:
    from extract_kit import demands

    found = [row[2] for row in demands(text)]
    assert not any(t.rstrip(":").endswith(("samtidig", "òg")) for t in found)
    assert any(t.startswith("Samarbeide") for t in found)


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


# --- a board statement that opens with its lead, and the attendance lines under it ---------------------

BOARD_LEAD = ("Hovedstyret i KS møtte kommunalminister Per Lund til bilateralt konsultasjonsmøte mandag 3. mars. "
              "Etter møtet vedtok hovedstyret en uttalelse.\n\nUttalelse fra hovedstyret\n\n"
              "Kommunene trenger mer penger. Hovedstyret ber regjeringen om å styrke rammene.\n\n")


@pytest.mark.parametrize("line,language,names", [
    ("Deltok fra KS: styreleder Kari Dal, nestleder Ola Berg og direktør Mona Lie.", "nb",
     {"Per Lund", "Kari Dal", "Ola Berg", "Mona Lie"}),
    ("Deltok: styreleder Kari Dal (KS), nestleder Ola Berg (KS), statssekretær Lars Moe (KDD)", "nb",
     {"Per Lund", "Kari Dal", "Ola Berg", "Lars Moe"}),
    ("Frå KS deltok: styreleiar Kari Dal og nestleiar Ola Berg.", "nn", {"Per Lund", "Kari Dal", "Ola Berg"}),
    ("Til stede fra departementet var også statssekretær Lars Moe.", "nb", {"Per Lund", "Lars Moe"}),
    ("Til stades frå KS var styreleiar Kari Dal.", "nn", {"Per Lund", "Kari Dal"}),
], ids=["deltok_fra_ks", "deltok_label", "fraa_ks_deltok_nn", "til_stede_fra_nb", "til_stades_fraa_nn"])
def test_a_board_statement_opening_with_its_lead_reports_the_meeting_and_its_attendance_lines(
        line: str, language: str, names: set[str]) -> None:
    meeting = meeting_of(BOARD_LEAD + line, language=language, published=None)
    assert meeting is not None and meeting.meeting_type == "konsultasjonsmote"
    assert {p.name for p in meeting.participants} == names


def test_a_contact_line_under_a_board_statement_is_no_participant() -> None:
    meeting = meeting_of(BOARD_LEAD + "Kontakt: kommunikasjonsrådgiver Siri Vik, tlf. 900 00 000", published=None)
    assert meeting is not None
    assert "Siri Vik" not in {p.name for p in meeting.participants}


def test_a_statement_title_of_one_long_sentence_is_still_a_title() -> None:
    text = ("Uttalelse fra KS' hovedstyre om kommuneøkonomien i revidert nasjonalbudsjett for neste år.\n\n"
            "Kommunene trenger mer penger. Hovedstyret ber regjeringen om å styrke rammene, og tok dette opp i "
            "konsultasjonsmøtet med regjeringen.")
    assert genre(text) == "statement"


# --- a lead-in's list ends where the notes' next numbered section begins ----------------------------

@pytest.mark.parametrize("text", [
    "Taleutkast – Kari Dal, styreleder i KS\nMøte med statssekretær Per Lund, 3. mars 2025\n\n"
    "1. Hva vi ber om\nStaten må:\n- Dekke utgiftene til skoleskyss\n- Styrke rammetilskuddet\n\n"
    "2. Bakgrunn\n- Skolene i distriktene er små\n- Mange elever reiser langt",
    "Stikkord – Siri Vik, styreleiar i KS Nordvik\nMøte med helseministeren 4. april 2025\n\n"
    "1. Kva me ber om\nStaten må:\n- Auke tilskotet til legevakta\n- Ta ansvar for rekrutteringa\n\n"
    "2. Situasjonen\n- Legevakta har tre ledige stillingar\n- Mange legar pendlar",
], ids=["nb", "nn"])
def test_a_lead_in_list_ends_at_the_next_numbered_section(text: str) -> None:
    from extract_kit import demands

    found = [row[2] for row in demands(text)]
    assert len(found) == 2
    assert not any(t.startswith(("Skolene", "Mange", "Legevakta", "Bakgrunn", "Situasjonen")) for t in found)
