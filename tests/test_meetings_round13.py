"""Meetings round 13: the occasion by its kind. Counterparts that are no ministry (a hearing the Storting holds,
a meeting with the county governor or an agency), minutes with a header block (its date, who was there, who
was absent, a guest's talk that is part of the meeting), the time field of a header, and the kinds that
were right before (a bilateral meeting, a visit, a consultation) kept right beside them.

Every text here is written for the test, in bokmål and nynorsk, with other committees, counties, agencies and
ministries than any evaluation text."""
from __future__ import annotations

from datetime import date

import pytest

from extract_kit import meeting_of, result
from flows import lexicon
from flows.extract import document_layout, meeting_type, minutes, state_bodies, talk_labels
from flows.extract.actors import addressee_lexicon

# --- a hearing the Storting holds ---------------------------------------------------------------------------

HEARING_NN = ("Skulebygg og lærarar på høyringa\n\n"
              "Då utdannings- og forskingskomiteen heldt open høyring om opplæringslova måndag 3. mars, var KS "
              "mellom dei første på talarstolen. Kunnskapsdepartementet la fram lovforslaget i haust.\n\n"
              "Fylkesleiar Siri Lunde i KS Nordvik sa at kommunane treng meir tid.")
HEARING_NB = ("Høring i finanskomiteen om kommuneøkonomien\n\n"
              "Finanskomiteen på Stortinget holdt torsdag 10. april åpen høring om kommuneproposisjonen. "
              "Forslaget er lagt fram av Kommunal- og distriktsdepartementet.\n\n"
              "KS møtte med styreleder Per Vang, som ba komiteen sikre frie inntekter.")
HEARING_GENITIVE = ("Stortingets høring om sykehjemsplassene\n\n"
                    "KS deltok tirsdag 6. mai på Stortingets høring om ny plan for sykehjemsplasser. Helse- og "
                    "omsorgsdepartementet har ansvaret for planen.")
HEARING_COMPOUND_NN = ("KS på stortingshøyringa om barnevernet\n\n"
                       "I stortingshøyringa onsdag 14. mai bad KS om at Barne- og familiedepartementet må "
                       "finansiere reforma fullt ut.")
COMMITTEE_MET = ("KS-leiinga møtte kommunal- og forvaltningskomiteen\n\n"
                 "KS var i møte med kommunal- og forvaltningskomiteen på Stortinget fredag 7. februar om "
                 "inntektssystemet. Finansdepartementet var ikkje med.")


@pytest.mark.parametrize("text,language,day", [
    (HEARING_NN, "nn", (3, 3)),
    (HEARING_NB, "nb", (4, 10)),
    (HEARING_GENITIVE, "nb", (5, 6)),
    (HEARING_COMPOUND_NN, "nn", (5, 14)),
    (COMMITTEE_MET, "nn", (2, 7)),
], ids=["committee_holds_hearing_nn", "hearing_in_committee_nb", "storting_genitive", "compound_hearing_nn",
        "meeting_with_committee"])
def test_a_hearing_the_storting_holds_has_the_storting_as_counterpart(text: str, language: str,
                                                                       day: tuple[int, int]) -> None:
    meeting = meeting_of(text, language=language, published=None)
    assert meeting is not None and meeting.meeting_type == "annet"
    assert meeting.counterpart == "Stortinget"
    assert (meeting.date.month, meeting.date.day) == day


@pytest.mark.parametrize("sentence", [
    "Departementet sendte forslaget på høring, og Stortinget skal behandle det i vår.",
    "Valgkomiteen holdt høring med alle fylkeslagene.",
    "Komiteen i KS Nordvik skal lage ein ny plan.",
    "Stortinget vedtok budsjettet i desember.",
], ids=["written_round", "valgkomiteen", "ks_committee", "storting_in_passing"])
def test_no_storting_occasion(sentence: str) -> None:
    assert state_bodies.occasion_body((sentence,), sentence, "nb", (), False, None) is None


def test_a_ministry_met_stays_the_counterpart_beside_a_storting_matter() -> None:
    text = ("KS møtte kunnskapsministeren\n\n"
            "KS møtte kunnskapsministeren tirsdag 4. mars til bilateralt møte om lærermangelen. Saken skal "
            "behandles av Stortinget i vår, og regjeringen sendte forslaget på høring i fjor.")
    meeting = meeting_of(text, published=None)
    assert meeting is not None and meeting.counterpart == "Kunnskapsdepartementet"


# --- the county governor and the agencies -------------------------------------------------------------------

GOVERNOR_NB = ("Fylkesstyret møtte statsforvalteren\n\n"
               "Fylkesstyret i KS Nordland hadde onsdag 2. april møte med statsforvalteren i Nordland om "
               "bosetting av flyktninger.")
GOVERNOR_NN = ("KS Vestland møtte statsforvaltaren\n\n"
               "KS Vestland møtte statsforvaltaren tysdag 11. mars for å drøfte beredskapen i kommunane.\n\n"
               "Statsforvaltaren i Vestland har fått nye oppgåver etter flaumen.")
GOVERNOR_PLACED = ("Ordførarane møtte statsforvaltaren\n\n"
                   "Ordførarane i Innlandet hadde møte med statsforvaltaren fredag 21. mars om jordvernet. "
                   "Kommunane i Innlandet vil ha meir fridom.")
AGENCY_NB = ("KS i møte med Helsedirektoratet\n\n"
             "KS hadde mandag 17. mars et møte med Helsedirektoratet om den nye veilederen for legevakt.")
AGENCY_ABBREVIATION_NN = ("KS møtte IMDi om busetjinga\n\n"
                          "KS møtte IMDi torsdag 6. februar om kor mange flyktningar kommunane skal busetje.")


@pytest.mark.parametrize("text,language,counterpart", [
    (GOVERNOR_NB, "nb", "Statsforvalteren i Nordland"),
    (GOVERNOR_NN, "nn", "Statsforvaltaren i Vestland"),
    (GOVERNOR_PLACED, "nn", "Statsforvaltaren i Innlandet"),
    (AGENCY_NB, "nb", "Helsedirektoratet"),
    (AGENCY_ABBREVIATION_NN, "nn", "IMDi"),
], ids=["governor_named_nb", "governor_named_later_nn", "governor_county_of_the_text", "directorate",
        "agency_abbreviation"])
def test_a_meeting_with_a_state_body_has_it_as_counterpart(text: str, language: str, counterpart: str) -> None:
    meeting = meeting_of(text, language=language, published=None)
    assert meeting is not None and meeting.counterpart == counterpart
    assert meeting.meeting_type == "annet"  # a meeting with no ministry is no consultation


@pytest.mark.parametrize("text,counterpart", [
    ("KS møtte helseministeren\n\nKS møtte helseministeren mandag 3. mars. Helsedirektoratet skal lage en ny "
     "veileder, og statsforvalteren skal følge opp.", "Helse- og omsorgsdepartementet"),
    ("Møte med kunnskapsministeren og Utdanningsdirektoratet\n\nKS hadde fredag 7. mars møte med "
     "kunnskapsministeren og Utdanningsdirektoratet om skolebygg.", "Kunnskapsdepartementet"),
], ids=["agencies_in_passing", "ministry_and_agency_met"])
def test_a_ministry_met_outranks_a_state_body(text: str, counterpart: str) -> None:
    meeting = meeting_of(text, published=None)
    assert meeting is not None and meeting.counterpart == counterpart


def test_the_agencies_are_one_table_for_counterparts_and_addressees() -> None:
    agencies = lexicon.load("state_bodies")["agencies"]
    addressees = addressee_lexicon()
    assert all(addressees[name] == [str(a) for a in forms] for name, forms in agencies.items())
    assert not set(agencies) & set(lexicon.load("actors")["addressees"])  # written once


# --- minutes with a header block ----------------------------------------------------------------------------

MINUTES_NB = ("REFERAT FRA MØTE I FYLKESSTYRET I KS NORDLAND\n\n"
              "Dato: 12. mars 2025, kl. 09.00–15.00\n"
              "Sted: Bodø rådhus\n\n"
              "Til stede: Eva Holm (fylkesstyreleder), Jonas Berg (nestleder), Mari Strand, Knut Aas (regiondirektør)\n"
              "Forfall: Tone Rønning\n"
              "Gjest under sak 4/25: statsforvalter Lars Nilsen, Statsforvalteren i Nordland\n"
              "Referent: Ida Moe\n\n"
              "Sak 1/25 Godkjenning av innkalling\nVedtak: Innkallingen ble godkjent.\n\n"
              "Sak 2/25 Referat fra forrige møte\nReferatet fra møtet 14. januar ble godkjent.\n\n"
              "Sak 4/25 Statsforvalteren orienterer om beredskap\n\n"
              "Statsforvalter Lars Nilsen holdt en innledning om beredskapen i kommunene. Jonas Berg pekte på "
              "at kommunene mangler penger til øvelser.")
MINUTES_NN = ("Møtereferat – fylkesstyret i KS Trøndelag\n\n"
              "Møtedato: 4.3.2025\n"
              "Stad: Steinkjer\n"
              "Til stades: Gro Vik (fylkesstyreleiar), Arne Dahl, Liv Berge (nestleiar)\n"
              "Fråverande: Per Fjeld\n"
              "Referent: Siv Lund\n\n"
              "Sak 5/25 Orientering frå Helsedirektoratet\n\n"
              "Direktør Eirik Haug i Helsedirektoratet heldt eit innlegg om den nye rettleiaren. Gro Vik sa at "
              "kommunane treng meir rettleiing. Neste møte blir 6. mai.")
MINUTES_BILATERAL = ("Referat\n\n"
                     "Bilateralt møte mellom KS og Kunnskapsdepartementet\n\n"
                     "Tid: 3. oktober 2024 kl. 10.00–11.30\n"
                     "Sted: KD, møterom 3\n"
                     "Til stede: statssekretær Hanne Lie (KD), nestleder Odd Rud (KS), rådgiver Mia Sand (KS)\n"
                     "Referent: Mia Sand\n\n"
                     "Sak 1 Lærermangel\nKS ba om flere studieplasser.\n\n"
                     "Oppfølging:\n- Departementet kaller inn til nytt møte i januar.\n"
                     "- KS sender innspill innen 1. november.")


@pytest.mark.parametrize("text,language,kind,counterpart,day", [
    (MINUTES_NB, "nb", "annet", "Statsforvalteren i Nordland", (2025, 3, 12)),
    (MINUTES_NN, "nn", "annet", "Helsedirektoratet", (2025, 3, 4)),
    (MINUTES_BILATERAL, "nb", "konsultasjonsmote", "Kunnskapsdepartementet", (2024, 10, 3)),
], ids=["county_board_with_governor_nb", "county_board_with_directorate_nn", "bilateral_minutes"])
def test_minutes_date_type_and_counterpart_come_from_the_header(text: str, language: str, kind: str,
                                                                 counterpart: str, day: tuple[int, int, int]) -> None:
    meeting = result(text, language).meeting
    assert meeting is not None and meeting.meeting_type == kind
    assert meeting.counterpart == counterpart
    assert (meeting.date.year, meeting.date.month, meeting.date.day) == day


@pytest.mark.parametrize("text,language,present,absent", [
    (MINUTES_NB, "nb", {"Eva Holm", "Jonas Berg", "Mari Strand", "Knut Aas", "Lars Nilsen", "Ida Moe"},
     {"Tone Rønning"}),
    (MINUTES_NN, "nn", {"Gro Vik", "Arne Dahl", "Liv Berge", "Eirik Haug"}, {"Per Fjeld"}),
], ids=["forfall_nb", "fraverande_nn"])
def test_minutes_header_lists_who_took_part_and_who_was_absent(text: str, language: str, present: set[str],
                                                               absent: set[str]) -> None:
    meeting = result(text, language).meeting
    assert meeting is not None
    names = {p.name for p in meeting.participants}
    assert present <= names
    assert not absent & names


@pytest.mark.parametrize("text,expected", [
    (MINUTES_NB, True), (MINUTES_NN, True), (MINUTES_BILATERAL, True),
    ("Talepunkter\nDato: 4. juni 2024\nSted: departementet\nFra KS: styreleder A, nestleder B", False),
    ("Referat fra konferansen\n\nKonferansen samlet 300 deltakere i Nordby.", False),
], ids=["minutes_nb", "minutes_nn", "bilateral", "talking_points_are_no_minutes", "a_report_titled_referat"])
def test_minutes_are_told_by_their_header(text: str, expected: bool) -> None:
    assert minutes.is_minutes(text) is expected


@pytest.mark.parametrize("text,day", [
    ("Invitasjon\n\nKS inviterer til dialogmøte.\n\nTid: Onsdag 9. oktober kl. 13.00\nStad: Nordby", (10, 9)),
    ("Snakkepunkter\nDato: 2. juni 2025, kl. 14.00\nMøte med statsråden. Neste møte blir 5. september.", (6, 2)),
    ("Referat\nMøtedato: 5.3.2025\nTil stede: A, B\nReferatet fra møtet 4. februar ble godkjent.", (3, 5)),
], ids=["tid_field_nn", "dato_field", "numeric_motedato"])
def test_a_header_time_field_dates_the_occasion(text: str, day: tuple[int, int]) -> None:
    found = minutes.field_date(text)
    assert found is not None and (found.month, found.day) == day


def test_a_date_in_running_text_after_dato_is_no_field() -> None:
    assert minutes.field_date("Vi sendte brevet. Dato for svar: se under.\nMøtet var 3. mars.") is None


# --- the kinds that were right: a bilateral meeting, a visit, a consultation ---------------------------------

@pytest.mark.parametrize("text,language,kind,counterpart", [
    ("KS og Helse- og omsorgsdepartementet hadde bilateralt møte mandag 3. februar om legevakta.", "nb",
     "konsultasjonsmote", "Helse- og omsorgsdepartementet"),
    ("Det faste bilaterale møtet mellom KS og Barne- og familiedepartementet vart halde tysdag 8. april.", "nn",
     "konsultasjonsmote", "Barne- og familiedepartementet"),
    ("Samferdselsministeren besøkte Nordby kommune torsdag 15. mai og fikk se den nye bussterminalen.", "nb",
     "annet", "Samferdselsdepartementet"),
    ("Statsråden vitja Nordvik\n\nKulturministeren vitja Nordvik fredag 9. mai og møtte ordføraren.", "nn",
     "annet", "Kultur- og likestillingsdepartementet"),
    ("I konsultasjonsmøtet med regjeringen onsdag 7. mai la KS fram kravene til kommuneøkonomien.", "nb",
     "konsultasjonsmote", "regjeringen"),
], ids=["bilateral_nb", "fixed_bilateral_nn", "visit_nb", "visit_nn", "consultation_with_government"])
def test_other_kinds_of_occasion_stay_as_they_were(text: str, language: str, kind: str, counterpart: str) -> None:
    meeting = meeting_of(text, language=language, published=date(2025, 5, 20))
    assert meeting is not None and meeting.meeting_type == kind
    assert meeting.counterpart == counterpart


# --- one table of talk labels -------------------------------------------------------------------------------

@pytest.mark.parametrize("line", ["TALENOTAT", "Taleutkast – styreleiar", "Utkast til innlegg", "Stikkord til talen",
                                  "Talepunkta", "Forslag til tale"])
def test_a_talk_label_is_a_header_label_and_a_cue(line: str) -> None:
    assert document_layout.pattern("talk_label").match(line)
    assert any(c.rule == "talenotat" and c.pattern.search(line) for c in meeting_type.cues())


@pytest.mark.parametrize("line", ["Manus", "Stikkord:", "Manuskriptet"])
def test_a_common_word_labels_a_talk_only_in_the_header(line: str) -> None:
    assert document_layout.pattern("talk_label").match(line)
    assert not any(c.rule == "talenotat" and c.pattern.search(f"Han las {line.lower()} til filmen.")
                   for c in meeting_type.cues())


def test_the_talk_cue_reads_the_table() -> None:
    table = lexicon.load("meeting_types")["talk_labels"]
    assert all(word in talk_labels.cue_pattern() for word in table["words"])
    assert "talk_labels" not in lexicon.load("request_verbs")


# --- participants: absence told in a subordinate clause; an office first named alone -------------------------

@pytest.mark.parametrize("text,language,absent", [
    ("KS møtte kunnskapsministeren tirsdag 4. mars. Leder i Utdanningsforbundet, Eva Lunde, som ikke var til "
     "stede, mener møtet kom for sent. Styreleder Per Vang møtte for KS.", "nb", "Eva Lunde"),
    ("KS Vestland møtte helseministeren fredag 7. mars. Ordførar Nils Aasen, som ikkje kunne delta, sende ei "
     "helsing. Fylkesstyreleiar Kari Myr møtte for KS.", "nn", "Nils Aasen"),
], ids=["som_ikke_var_til_stede", "som_ikkje_kunne_delta"])
def test_absence_in_a_subordinate_clause(text: str, language: str, absent: str) -> None:
    meeting = result(text, language).meeting
    assert meeting is not None
    assert absent not in {p.name for p in meeting.participants}


def test_an_office_named_alone_takes_the_ministry_a_later_mention_gives() -> None:
    text = ("Statssekretær lovet ny plan for skolebygg\n\n"
            "Skolestatssekretær Ole Brun holdt foredrag på KS' skolekonferanse onsdag. Det var godt oppmøte.\n\n"
            "– Vi skal ha en plan før jul, sa statssekretær i Kunnskapsdepartementet Ole Brun fra scenen.")
    meeting = result(text).meeting
    assert meeting is not None and meeting.meeting_type == "foredrag"
    assert meeting.counterpart == "Kunnskapsdepartementet"
    assert any(p.name == "Ole Brun" and p.organisation == "Kunnskapsdepartementet" for p in meeting.participants)


# --- a guest's talk at a board's own meeting ------------------------------------------------------------------

@pytest.mark.parametrize("text,language,counterpart", [
    ("Statssekretæren på fylkesstyremøtet\n\nStatssekretær Eva Dal i Kommunal- og distriktsdepartementet heldt "
     "eit innlegg på fylkesstyremøtet i KS Vestland fredag 7. mars.", "nn", "Kommunal- og distriktsdepartementet"),
    ("Fylkesstyret i KS Nordland hadde besøk av statsforvalteren\n\nStatsforvalter Tom Ness holdt en innledning "
     "om beredskap da fylkesstyret i KS Nordland møttes mandag 10. mars.", "nb", "Statsforvalteren i Nordland"),
    ("Statsforvaltaren gjesta fylkesstyret\n\nStatsforvaltar Ola Bø var gjest på møtet i fylkesstyret i KS "
     "Innlandet tysdag 4. mars. Han heldt eit innlegg om busetjinga.", "nn", "Statsforvaltaren i Innlandet"),
], ids=["state_secretary_at_board_meeting_nn", "governor_introduction_nb", "governor_guest_nn"])
def test_a_guest_from_the_state_at_a_county_board_is_a_meeting(text: str, language: str, counterpart: str) -> None:
    meeting = meeting_of(text, language=language, published=None)
    assert meeting is not None and meeting.meeting_type == "annet"
    assert meeting.counterpart == counterpart


def test_a_board_leaders_talk_at_a_conference_stays_a_talk() -> None:
    text = ("Fylkesstyreleder holdt innlegg\n\nFylkesstyreleder i KS Nordland, Ida Moe, holdt innlegg på "
            "Samferdselskonferansen i Bodø torsdag 6. mars.")
    meeting = meeting_of(text, published=None)
    assert meeting is not None and meeting.meeting_type == "foredrag"


def test_a_directorate_head_as_guest_of_a_board() -> None:  # was a strict xfail before round 14
    text = ("Helsedirektøren møtte fylkesstyret\n\nHelsedirektør Per Lid holdt innlegg for fylkesstyret i KS Agder "
            "onsdag 12. mars om legevakt.")
    meeting = meeting_of(text, published=None)
    assert meeting is not None and meeting.counterpart == "Helsedirektoratet"
