"""Round 32 (the misses of eval/unseen33 and eval/partset19, developed after their first looks), invented texts,
bokmål and nynorsk, with negatives:

- talking points whose header lists the government's delegation first ("Fra JD: statsråd NN") and then KS's
  ("Fra KS: styreleder NN"): KS wrote them, so "Vi ber om ..." bullets are KS's demands; an imperative bullet
  ("Foreslå oppfølgingsmøte innen juni") is the author's request too;
- talking points for a meeting their header names are notes, not a talk: the meeting named decides the type;
- a lead-in under a section title ("1. Kompetansekrav for lærere" over "Fakta:") or opening with a condition
  ("Hvis statsråden viser til at ...:") leads in no demands;
- a letter that follows up a meeting with its day ("Vi viser til møtet 21. oktober") reports that meeting;
- an opinion piece whose writers tell "Då vi møtte samferdselsministeren i Molde i september" reports that
  meeting, and its byline's persons took part;
- a summit with a debate is a debate meeting (`lansering`);
- a programme's "Medvirkende:" list names those taking part in a launch.
"""
from __future__ import annotations

from datetime import date

import pytest

from extract_kit import demands, document, participant_names, statement_rows

from flows.extract import extract

POINTS_NB = ("TALEPUNKTER – INTERNT\n\n"
             "Bilateralt konsultasjonsmøte KS – Justis- og beredskapsdepartementet\n"
             "Møtedato: 12. februar 2026, kl. 13.00–14.30\n"
             "Fra JD: justis- og beredskapsminister Per Lid, statssekretær Ola Berg\n"
             "Fra KS: styreleder Kari Moe, områdedirektør Eva Dal\n\n"
             "Innledning\n\n"
             "- Takk for møtet – viktig at vi får snakke beredskap nå\n"
             "- Vi ber om at nye krav til kommunal beredskap følges av friske midler\n"
             "- Foreslå oppfølgingsmøte på administrativt nivå innen juni\n")
POINTS_NN = ("TALEPUNKT – INTERNT\n\n"
             "Møte med kunnskapsministeren om lærarmangel\n"
             "Stad: Kunnskapsdepartementet\n"
             "Frå KD: kunnskapsminister Per Lid\n"
             "Frå KS: styreleiar Kari Moe\n\n"
             "Bodskap\n\n"
             "- Vi ber om at fristen for kompetansekrava vert utsett til 2030\n"
             "- Gjer framlegg om eit fast kontaktmøte kvart halvår\n")
TALK_NB = ("TALENOTAT – styreleder Kari Moe\n\n"
           "Konsultasjonsmøtet om helse, 4. mars\n\n"
           "Takk for invitasjonen. Vi ber om at staten fullfinansierer de nye oppgavene.\n")


def test_talking_points_of_the_delegation_that_is_not_the_government_are_its_own() -> None:
    found = demands(POINTS_NB, "nb")
    texts = {text for _, _, text in found}
    assert {claimant for claimant, _, _ in found} == {"KS"}, found
    assert "nye krav til kommunal beredskap følges av friske midler" in texts, found
    assert any(t.startswith("oppfølgingsmøte på administrativt nivå") for t in texts), found
    assert not any("snakke beredskap" in t for t in texts), found  # thanks asks nothing


@pytest.mark.parametrize("raw,language,expected", [
    (POINTS_NB, "nb", "konsultasjonsmote"),
    (POINTS_NN, "nn", "konsultasjonsmote"),  # a plain meeting of KS alone with one ministry (ks_consultation)
    (TALK_NB, "nb", "foredrag"),  # negative: a talk manuscript is the talk, whatever meeting it is given at
], ids=["consultation_nb", "meeting_nn", "talk_nb"])
def test_talking_points_for_a_meeting_take_the_meetings_type(raw: str, language: str, expected: str) -> None:
    meeting = extract(document(raw, language, date(2026, 2, 1))).meeting
    assert meeting is not None and meeting.meeting_type == expected, meeting


FACTS_NB = ("TALEPUNKTER – TIL INTERN BRUK\n\n"
            "Møte med kunnskapsminister Per Lid om lærermangel\n"
            "Fra KS: styreleder Kari Moe\n\n"
            "1. Kompetansekrav for lærere\nFakta:\n"
            "- Om lag 4 200 lærere mangler fordypning i fag de underviser i.\n"
            "- 38 prosent av kommunene fikk ingen kvalifiserte søkere.\n\n"
            "Vi ber statsråden om å:\n"
            "- utsette fristen for kompetansekravene til 2030\n\n"
            "Hvis statsråden viser til at kravene allerede er justert:\n"
            "- Justeringen hjelper, men løser ikke problemet.\n")


def test_facts_and_answers_under_lead_ins_ask_nothing() -> None:
    texts = [text for _, _, text in demands(FACTS_NB, "nb")]
    assert any(t.startswith("utsette fristen") for t in texts), texts
    assert not any(t.startswith(("Om lag", "38 prosent", "Justeringen")) for t in texts), texts


LETTER_NN = ("Arbeids- og inkluderingsdepartementet\nPostboks 8019 Dep\n0030 Oslo\n\n"
             "Vår referanse: 25/01877-4\nDato: 3. november 2025\n\n"
             "Oppfølging av møtet om NAV-kontor i små kommunar\n\n"
             "Vi viser til møtet 21. oktober 2025 mellom KS og Arbeids- og inkluderingsdepartementet om "
             "NAV-kontora i små kommunar. Vi takkar for eit godt møte.\n\n"
             "Frå departementet møtte statsråd Per Lid. Frå KS møtte styreleiar Kari Moe og ordførar Ola Berg.\n\n"
             "Vi ber departementet sikre at den statlege bemanninga ved små kontor ikkje vert redusert.\n\n"
             "Med helsing\n\nKari Moe\nstyreleiar\n")
LETTER_NO_MEETING_NN = ("Arbeids- og inkluderingsdepartementet\nPostboks 8019 Dep\n0030 Oslo\n\n"
                        "Vår referanse: 25/01877-4\nDato: 3. november 2025\n\n"
                        "NAV-kontor i små kommunar\n\n"
                        "KS er uroa over situasjonen for NAV-kontora i små kommunar. Vi ber departementet sikre at "
                        "den statlege bemanninga ved små kontor ikkje vert redusert.\n\n"
                        "Med helsing\n\nKari Moe\nstyreleiar\n")


@pytest.mark.parametrize("raw,expected", [
    (LETTER_NN, {"Per Lid", "Kari Moe", "Ola Berg"}),
    (LETTER_NO_MEETING_NN, None),  # negative: a letter that follows up no meeting reports none
], ids=["follow_up_nn", "no_meeting_nn"])
def test_a_letter_following_up_a_meeting_reports_it(raw: str, expected: set[str] | None) -> None:
    assert participant_names(raw, "nn") == expected


OPINION_NN = ("KRONIKK\n\nKven skal ta ferja når ferja ikkje går?\n\n"
              "Kari Moe, fylkesleiar i KS Møre og Romsdal\n"
              "Ola Berg, ordførar i Hareid kommune (Sp)\n\n"
              "Ferja er innstilt. Igjen. Fylkeskommunane har ikkje pengar til nye fartøy.\n\n"
              "Då vi møtte samferdselsminister Per Lid i Molde i september, la vi fram nett desse tala. I møtet "
              "sa statsråden at regjeringa vil kome tilbake til saka.\n\n"
              "Vi ber regjeringa om å auke rammetilskotet til fylkesvegane.\n")
OPINION_NO_MEETING_NN = OPINION_NN.replace("Då vi møtte samferdselsminister Per Lid i Molde i september, la vi fram "
                                           "nett desse tala. I møtet sa statsråden",
                                           "Samferdselsminister Per Lid har sagt")


@pytest.mark.parametrize("raw,expected", [
    (OPINION_NN, {"Per Lid", "Kari Moe", "Ola Berg"}),
    (OPINION_NO_MEETING_NN, None),  # negative: a minister quoted, no meeting told
], ids=["told_nn", "not_told_nn"])
def test_the_writers_of_an_opinion_piece_who_tell_their_meeting_took_part(raw: str,
                                                                          expected: set[str] | None) -> None:
    assert participant_names(raw, "nn") == expected


SUMMIT_NB = ("DIREKTE: KS-toppmøtet 2026\n\n"
             "Over 500 ordførere er samlet på Gardermoen til KS' politiske toppmøte. Statsministeren står på "
             "programmet.\n\n"
             "Kl. 10.15\nStatsminister Per Lid åpnet toppmøtet og lovte mer tillit.\n\n"
             "Kl. 11.30\nI paneldebatten etterpå møtte KS-leder Kari Moe finansministeren.\n")
SUMMIT_NO_DEBATE_NB = SUMMIT_NB.replace("I paneldebatten etterpå møtte KS-leder Kari Moe finansministeren.",
                                        "KS-leder Kari Moe takket statsministeren fra talerstolen.")


@pytest.mark.parametrize("raw,expected", [
    (SUMMIT_NB, "lansering"),
    (SUMMIT_NO_DEBATE_NB, "annet"),  # negative: a summit with no debate stays a gathering
], ids=["debate_nb", "no_debate_nb"])
def test_a_summit_with_a_debate_is_a_debate_meeting(raw: str, expected: str) -> None:
    meeting = extract(document(raw, "nb", date(2026, 2, 6))).meeting
    assert meeting is not None and meeting.meeting_type == expected, meeting


LAUNCH_NB = ("Pressen inviteres: Lansering av veileder for legevaktsamarbeid\n\n"
             "Helse- og omsorgsdepartementet og KS lanserer en ny veileder. Lanseringen finner sted tirsdag 22. "
             "oktober kl. 09.00 i KS-huset.\n\n"
             "Medvirkende:\n"
             "Per Lid            helse- og omsorgsminister\n"
             "Kari Moe           styreleder, KS\n\n"
             "Statssekretær Ola Berg var satt opp i programmet, men er forhindret fra å delta.\n")


def test_a_programmes_list_of_contributors_names_those_taking_part() -> None:
    assert participant_names(LAUNCH_NB, "nb") == {"Per Lid", "Kari Moe"}


SAMI_NB = ("Ordfører i Guovdageaidnu/Kautokeino, Ánte Sárre, var tydelig etter møtet.\n\n"
           "– Staten må ta et ansvar for å utdanne flere samisktalende sykepleiere, sa Sárre.\n")
COUNTY_NB = ("Pressemelding fra Nordland fylkeskommune\n\n"
             "Fra Nordland fylkeskommune deltok fylkesråd for samferdsel Linn Berg.\n\n"
             "– Vi trenger et svar fra departementet før sommeren, sier Berg.\n")


@pytest.mark.parametrize("raw,expected", [
    (SAMI_NB, "Guovdageaidnu/Kautokeino kommune"),  # an official name in two languages is one place
    (COUNTY_NB, "Nordland fylkeskommune"),  # a county government member speaks for the county
], ids=["sami_name_nb", "county_councillor_nb"])
def test_a_local_leader_speaks_for_the_body_of_the_place(raw: str, expected: str) -> None:
    found = demands(raw, "nb")
    assert found and {claimant for claimant, _, _ in found} == {expected}, found


def test_a_title_opening_a_sentence_is_no_part_of_the_name() -> None:
    raw = ("Førsteamanuensis Tone Lie ved OsloMet mener begge har et poeng.\n\n"
           "– Det er riktig at inntektene har vokst, sier Lie.\n")
    speakers = {speaker for _, speaker, _ in statement_rows(raw, "nb")}
    assert speakers == {"Tone Lie"}, speakers


TABLE_NN = ("Voss herad var med då KS møtte departementet\n\n"
            "For to veker sidan var ordførar Per Lid med i delegasjonen frå KS Vestland som møtte Helse- og "
            "omsorgsdepartementet om reforma Leve heile livet.\n\n"
            "Desse var med i møtet:\n\n"
            "Namn                 Tittel\n"
            "Kari Moe             fylkesleiar, KS Vestland\n"
            "Per Lid              ordførar, Voss herad\n"
            "Ola Berg             statssekretær, Helse- og omsorgsdepartementet\n\n"
            "Kommunedirektør Eva Dal måtte melde forfall.\n")
VENUE_NN = ("Referat frå dialogmøte\n\nDato: 17.04.2024\nStad: Scandic Hamar / Teams\n\n"
            "Til stades: fylkesleiar Kari Moe (KS Innlandet), statssekretær Ola Berg (Helse- og "
            "omsorgsdepartementet)\n\nSak 1: Legevakt\n\nKS Innlandet la fram situasjonen for legevakta.\n")


@pytest.mark.parametrize("raw,expected", [
    (TABLE_NN, {"Kari Moe", "Per Lid", "Ola Berg"}),  # a table whose columns the normaliser joined; no header row
    (VENUE_NN, {"Kari Moe", "Ola Berg"}),  # a hotel in the venue field is no person
], ids=["joined_table_nn", "hotel_venue_nn"])
def test_lists_of_those_present_without_false_names(raw: str, expected: set[str]) -> None:
    assert participant_names(raw, "nn") == expected
