"""Minutes and board statements (invented texts): the header of minutes gives the date, type and counterpart and
lists who took part and who was absent; a board statement opening with its lead reports the meeting."""
from __future__ import annotations

import pytest

from extract_kit import extracted_meeting, meeting_of, participant_names_of, result
from flows.extract import minutes
from flows.normalise import normalise
from flows.segment import segment


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


# --- the fields of municipal minutes: "Møtt:", "Møtende medlemmer:", "Fravær:" ------------------------------------

MINUTES_FIELDS_NN = ("Referat frå møte i fylkesstyret i KS Nordvest\n\nDato: 3. mars 2025\nStad: Nordby rådhus\n"
              "Møtt: fylkesstyreleiar Kari Nes, nestleiar Ola Berg og statssekretær Eva Dal\nForfall: Per Lie\n\n"
              "Sak 1: Busetjing av flyktningar\n\nStatssekretæren orienterte om busetjinga.")

MINUTES_FIELDS_NB = ("Protokoll fra møte i fylkesstyret i KS Sørøst\n\nMøtedato: 4. april 2025\n"
              "Møtende medlemmer: fylkesstyreleder Kari Nes, nestleder Ola Berg\nMøtende varamedlemmer: Lise Dahl\n"
              "Fravær: Per Lie\n\nSak 3: Legevakt\n\nFylkesstyret drøftet legevakten.")


@pytest.mark.parametrize("text,language,present,day", [
    (MINUTES_FIELDS_NN, "nn", {"Kari Nes", "Ola Berg", "Eva Dal"}, (3, 3)),
    (MINUTES_FIELDS_NB, "nb", {"Kari Nes", "Ola Berg", "Lise Dahl"}, (4, 4)),
], ids=["mott_nn", "motende_medlemmer_nb"])
def test_minutes_fields_list_who_met_and_who_was_absent(text: str, language: str, present: set[str],
                                                        day: tuple[int, int]) -> None:
    meeting = extracted_meeting(text, language)
    assert meeting is not None and (meeting.date.month, meeting.date.day) == day
    assert participant_names_of(meeting) == present  # "Forfall:"/"Fravær:" names no participant


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


@pytest.mark.parametrize("line, expected", [
    ("4. mars 2025", ("paragraph", (2025, 3, 4))),
    ("12. oktober 2024", ("paragraph", (2024, 10, 12))),
    ("4. Vi trenger flere lærere", ("item", None)),
])
def test_date_line_is_not_a_list_item(line: str, expected: tuple) -> None:
    text = f"Innlegg på Skoledagen\n\n{line}\n\nPer Li, fylkesleder i KS Nordby\n\nVi trenger flere lærere."
    blocks = segment(normalise(text))
    assert blocks[1].kind == expected[0]
    m = meeting_of(text, published=None)
    assert m is not None and m.meeting_type == "foredrag"
    if expected[1] is not None:
        assert (m.date.year, m.date.month, m.date.day) == expected[1]


# --- minutes filed with a case number: no letter, they record their meeting -----------------------------------

MINUTES_FILED_NN = ("Referat frå kontaktmøte mellom KS og Kunnskapsdepartementet\n\n"
                    "Møtet er eitt av dei faste bilaterale møta i konsultasjonsordninga mellom staten og "
                    "kommunesektoren.\n\n"
                    "Dato: 6. mai 2025, kl. 10.00–12.00\n"
                    "Stad: Kunnskapsdepartementet, møterom 2\n"
                    "Referent: Åse Lid, KS\n"
                    "Arkivsak: 25/00412-3\n\n"
                    "Til stades:\n"
                    "Frå departementet: statssekretær Olav Brekke\n"
                    "Frå KS: nestleiar Tor Haugen\n\n"
                    "Sak 1/25 Lærarmangel\n\n"
                    "KS bad departementet om fleire studieplassar.")

MINUTES_FILED_NB = ("Referat fra kontaktmøte mellom KS og Kunnskapsdepartementet\n\n"
                    "Kontaktmøtet er en del av konsultasjonsordningen mellom staten og kommunesektoren.\n\n"
                    "Dato: 6. mai 2025, kl. 10.00–12.00\n"
                    "Sted: Kunnskapsdepartementet\n"
                    "Saksnr.: 25/00412-3\n\n"
                    "Til stede: statssekretær Olav Brekke (KD), nestleder Tor Haugen (KS)\n\n"
                    "Sak 1/25 Lærermangel\n\n"
                    "KS ba departementet om flere studieplasser.")

# negative: a letter with a case number and a closing salutation stays a letter and reports no meeting
LETTER_WITH_CASE_NUMBER = ("Kunnskapsdepartementet\n\n"
                           "Vår ref.: 25/00412-3\n\n"
                           "Innspill om lærermangel\n\n"
                           "KS viser til møtet med departementet i mars og ber om flere studieplasser i "
                           "lærerutdanningen fra høsten.\n\n"
                           "Med vennlig hilsen\n\nTor Haugen\nnestleder")


@pytest.mark.parametrize("text,language", [(MINUTES_FILED_NN, "nn"), (MINUTES_FILED_NB, "nb")],
                         ids=["case_number_nn", "case_number_nb"])
def test_minutes_with_a_case_number_record_their_meeting(text: str, language: str) -> None:
    meeting = result(text, language).meeting
    assert meeting is not None and meeting.meeting_type == "konsultasjonsmote"
    assert meeting.counterpart == "Kunnskapsdepartementet"
    assert (meeting.date.year, meeting.date.month, meeting.date.day) == (2025, 5, 6)


def test_a_letter_with_a_case_number_reports_no_meeting() -> None:
    assert result(LETTER_WITH_CASE_NUMBER, "nb").meeting is None


# --- minutes that list those present at the end ------------------------------------------------------------------

_ITEMS_NB = ("Sak 1/25 Godkjenning av dagsorden\nDagsorden ble godkjent uten merknader.\n\n"
             "Sak 2/25 Rekruttering til barnehagene\nKS orienterte om mangelen på barnehagelærere i distriktene. "
             "Departementet orienterte om arbeidet med en ny kompetansestrategi.\n\n"
             "Sak 3/25 Tilskudd til inkludering\nKS pekte på at tilskuddet ikke har fulgt kostnadene.\n\n"
             "Sak 4/25 Eventuelt\nIngen saker.\n\nNeste møte: etter nærmere avtale.\n\n")
CLOSING_PRESENT_NB = ("REFERAT\n\nBilateralt møte mellom KS og Kunnskapsdepartementet\n\n"
                      "Tid: Tirsdag 11. mars 2025 kl. 13.00–14.30\nSted: Kunnskapsdepartementet, Oslo\n"
                      "Vår ref.: 25/00917\n\n" + _ITEMS_NB +
                      "Til stede: Berit Lund, styreleder i KS, Tor Aas, spesialrådgiver i KS, Anja Moe, "
                      "statssekretær, Kunnskapsdepartementet\n\nForfall: Nils Dahl, nestleder i KS")
_ITEMS_NN = ("Sak 1/25 Godkjenning av dagsorden\nDagsordenen vart godkjend.\n\n"
             "Sak 2/25 Ferjer og fylkesvegar\nKS orienterte om vedlikehaldsetterslepet på fylkesvegane. "
             "Departementet orienterte om arbeidet med nasjonal transportplan.\n\n"
             "Sak 3/25 Ferjetilskot\nKS peika på at tilskotet ikkje har følgt kostnadane.\n\n"
             "Sak 4/25 Eventuelt\nIngen saker.\n\nNeste møte: etter nærare avtale.\n\n")
CLOSING_PRESENT_NN = ("REFERAT\n\nBilateralt møte mellom KS og Samferdselsdepartementet\n\n"
                      "Tid: Tysdag 11. mars 2025 kl. 13.00–14.30\nStad: Samferdselsdepartementet, Oslo\n"
                      "Vår ref.: 25/00917\n\n" + _ITEMS_NN +
                      "Til stades: Berit Lund, styreleiar i KS, Tor Aas, spesialrådgjevar i KS, Anja Moe, "
                      "statssekretær, Samferdselsdepartementet")


@pytest.mark.parametrize("text,language,counterpart,present", [
    (CLOSING_PRESENT_NB, "nb", "Kunnskapsdepartementet", {"Berit Lund", "Tor Aas", "Anja Moe"}),
    (CLOSING_PRESENT_NN, "nn", "Samferdselsdepartementet", {"Berit Lund", "Tor Aas", "Anja Moe"}),
], ids=["closing_present_nb", "closing_present_nn"])
def test_minutes_listing_those_present_at_the_end_record_their_meeting(text: str, language: str, counterpart: str,
                                                                        present: set[str]) -> None:
    assert minutes.is_minutes(text)
    meeting = result(text, language).meeting
    assert meeting is not None and meeting.counterpart == counterpart
    assert (meeting.date.year, meeting.date.month, meeting.date.day) == (2025, 3, 11)
    assert present <= {p.name for p in meeting.participants}


@pytest.mark.parametrize("text", [
    # a page's label line between bars is no minutes title; the story is news that ends with a contact line
    "Referat | Dato: 19.06.2025\n\nKS møtte statsråden i dag.\n\n" + _ITEMS_NB + "Til stede: Berit Lund",
    # a news story that closes on an attendance line has no minutes title
    "Kommunene vil ha mer penger\n\nKS møtte statsråden i dag.\n\n" + _ITEMS_NB + "Til stede: Berit Lund",
], ids=["page_label_is_no_title", "news_without_a_minutes_title"])
def test_a_closing_attendance_line_alone_makes_no_minutes(text: str) -> None:
    assert not minutes.is_minutes(text)
