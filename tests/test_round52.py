"""Round 52 (the misses of eval/unseen53, eval/partset39 and eval/demset19, development material after stop 63),
invented texts, bokmål and nynorsk, with negatives:

- what a text is: a reader's letter or a debate piece (not the paper's own journalist) reports a meeting its writer
  dates in a paragraph that names who met ("Møtet var 3. september. ... møtte ordføraren statssekretær NN"); a
  dated paragraph that names nobody, a piece written in the paper ("hadde 3. mars eit innlegg her") or the Storting's
  question time reports none;
- meeting cues: a meeting told by its course ("Møtet varte i halvannen time", "Møtet starta med ..."); the people
  around the table, the verb after ("Rundt bordet satt ..."); sitting at any table, or at a minister's ("satt ...
  rundt et lite bord", "sat ... ved kaffibordet til statssekretær NN"), not at anybody's; a quarter of an hour or
  minutes with a minister ("fekk tre kvarter med statsråd NN"); a minister taken along in the infinitive ("å ta
  statsråden med på en runde") and a guided tour in the definite form ("med på omvisningen");
- occasion time: a weekday before "for ei veke sidan" names the day of the occasion the text reports, not an
  earlier time ("Torsdag for en uke siden ... holdt foredrag");
- participants: the writers' company first in its sentence, with no "sammen" ("Med oss var òg A og B");
- dates: a note's "Dato:" under "Fra:" with a subject field ("Sak:", "Emne:") is the day it was written; the body's
  "Fredag 8. mars møtte foreningen ..." dates the meeting; minutes' "Dato:" (no "Fra:") still dates theirs.
"""
from __future__ import annotations

import pytest

from extract_kit import extracted_meeting, participant_names_of as names

READERS_LETTER_NN = """LESARBREV

Kven skal stå opp for grendeskulane?

Vi i foreldregruppa for Lia skule har følgt skulesaka tett sidan i vår.

Møtet var 3. september. Etter det vi har lese i lokalavisa, møtte ordførar Ola Berg statssekretær Kari Lund og \
to embetsfolk i Kunnskapsdepartementet.

Vi meiner kommunen må tenkje seg om før ho legg ned skulen.

Foreldregruppa for Lia skule
"""

DEBATE_NAMING_NOBODY = """DEBATT

Sykehjemmene kan ikke drives på vikarer

Kari Berg, forbundsleder i Norsk Sykepleierforbund

Onsdag 12. mars møtte helseministeren KS og kommunene i departementet. Vi var ikke invitert.

Det er på tide at regjeringen lytter til sykepleierne.
"""

DEBATE_ANSWERING_A_PIECE_NN = """DEBATT

Nei, statsråd – pengane strekk ikkje til

Torunn Vik, ordførar i Vang

Helseminister Sigrun Aas hadde 3. mars eit innlegg her i avisa med tittelen «Handlingsrommet er der». Eg kjenner \
meg ikkje att.

Finansminister Trond Aune sa i Stortingets spørretime 10. desember at ingen kommune skal tape.
"""


def test_a_readers_letter_reports_the_meeting_it_dates_and_names_who_met() -> None:
    meeting = extracted_meeting(READERS_LETTER_NN, "nn")
    assert meeting is not None and meeting.counterpart == "Kunnskapsdepartementet"
    assert (meeting.date.month, meeting.date.day) == (9, 3)
    assert {"Ola Berg", "Kari Lund"} <= names(meeting)


@pytest.mark.parametrize(("raw", "language"), [(DEBATE_NAMING_NOBODY, "nb"), (DEBATE_ANSWERING_A_PIECE_NN, "nn")],
                         ids=["names-nobody", "a-piece-and-question-time"])
def test_a_debate_piece_dating_what_others_did_reports_no_meeting(raw: str, language: str) -> None:
    assert extracted_meeting(raw, language) is None


COURSE = """Havbruksfondet på bordet

Ordførerne i Frøya og Hitra, Lise Strand og Odd Leirvik, tok opp havbruksfondet med fiskeriminister Kjetil Waage \
i Trondheim. {sentence}

– Vi har bygd skoler for å ta imot folk som kommer for å jobbe i næringen. Da må inntektene være til å stole på, \
sa Strand.

Statsråden lovet ikke mer penger.

Messa pågår ut uka.
"""


@pytest.mark.parametrize("sentence", [
    "Møtet varte i knapt tre kvarter før statsråden måtte videre.",
    "Møtet startet med en gjennomgang av tallene fra fylkeskommunen.",
    "Rundt bordet satt også fylkesordfører Tor Aas.",
], ids=["varte", "startet", "rundt-bordet"])
def test_a_meeting_told_by_its_course_or_its_table_is_reported(sentence: str) -> None:
    meeting = extracted_meeting(COURSE.format(sentence=sentence), "nb")
    assert meeting is not None and meeting.meeting_type == "annet"
    assert meeting.counterpart == "Nærings- og fiskeridepartementet"
    assert {"Lise Strand", "Kjetil Waage"} <= names(meeting)


AT_A_TABLE = """Kystmagasinet

Fondet tok plass på messa

TRONDHEIM: Midt i messehallen satt i dag fiskeri- og havminister Kjetil Waage og fire lokalpolitikere fra \
havbrukskommuner rundt et lite bord på standen til fylkeskommunen. Ordfører i Frøya, Lise Strand, la fram tallene.
"""

AT_A_MINISTERS_TABLE_NN = """NLR Vest · Nyhende

Rådgjevarmangel på bordet

Morgonen etter at avtalen var underskriven, sat dagleg leiar Solveig Eide og landbrukssjef Ivar Fosse ved \
kaffibordet til statssekretær Halvor Rysstad i Landbruks- og matdepartementet.

Tema var kompetansen i den kommunale landbruksforvaltninga.
"""

AT_GRANDMOTHERS_TABLE = """Bygdeposten

Hundre år og like blid

Hele familien satt søndag ved kjøkkenbordet til Anna Berg, som fylte hundre år. Ordfører Per Lie kom innom med blomster \
fra kommunen.
"""


def test_sitting_at_any_table_with_a_minister_is_a_meeting() -> None:
    meeting = extracted_meeting(AT_A_TABLE, "nb")
    assert meeting is not None and meeting.counterpart == "Nærings- og fiskeridepartementet"
    assert {"Kjetil Waage", "Lise Strand"} <= names(meeting)


def test_sitting_at_a_state_secretarys_table_is_a_meeting() -> None:
    meeting = extracted_meeting(AT_A_MINISTERS_TABLE_NN, "nn")
    assert meeting is not None and meeting.meeting_type == "annet"
    assert meeting.counterpart == "Landbruks- og matdepartementet"


def test_sitting_at_somebody_elses_table_is_no_meeting() -> None:
    assert extracted_meeting(AT_GRANDMOTHERS_TABLE, "nb") is None


QUARTER_NN = """FOLK OG FE

● Ordførar i Ullensvang, Kristian Haugsnes, var før helga i Oslo. Med seg hadde han Kvam-ordførar Siri Tufteland, \
og dei to fekk tre kvarter med statsråd Jon Arvid Ness om havbruksfondet.

● Hardingtonar har fått ny dirigent.
"""


def test_a_quarter_of_an_hour_with_a_minister_is_a_meeting() -> None:
    meeting = extracted_meeting(QUARTER_NN, "nn")
    assert meeting is not None and meeting.meeting_type == "annet"
    assert {"Siri Tufteland", "Jon Arvid Ness"} <= names(meeting)


TOUR = """NORDBYGDA IL

Statsråden dukket opp på julecupen

{sentence} Hallen er fra 1987, og garderobene er slitte.

– Vi har søkt spillemidler tre år på rad, sa styreleder Roar Kvisle.
"""


@pytest.mark.parametrize("sentence", [
    "Styreleder Roar Kvisle benyttet anledningen til å ta statsråden med på en runde i anlegget.",
    "Kulturminister Lene Vikhagen var i hallen, og styreleder Roar Kvisle var med på omvisningen.",
], ids=["ta-statsraden-med", "omvisningen"])
def test_a_minister_shown_round_in_the_infinitive_or_on_the_tour_is_a_visit(sentence: str) -> None:
    meeting = extracted_meeting(TOUR.format(sentence=sentence), "nb")
    assert meeting is not None and meeting.meeting_type == "annet"
    assert "Roar Kvisle" in names(meeting)


WEEKDAY_A_WEEK_AGO = """Frivilligsentralen i Steinkjer
Nyhetsbrev, februar

Statssekretæren snakket frivillighet

Torsdag for en uke siden var frivilligsentralen godt representert da statssekretær i Kultur- og \
likestillingsdepartementet, Lars Ove Fjellheim, holdt foredrag på den regionale frivillighetskonferansen.

Fra sentralen deltok daglig leder Anne Kari Sæter og styreleder Birger Aune.
"""


def test_a_weekday_a_week_ago_names_the_day_of_the_talk_reported() -> None:
    meeting = extracted_meeting(WEEKDAY_A_WEEK_AGO, "nb")
    assert meeting is not None and meeting.meeting_type == "foredrag"
    assert meeting.counterpart == "Kultur- og likestillingsdepartementet"
    assert {"Lars Ove Fjellheim", "Anne Kari Sæter", "Birger Aune"} <= names(meeting)


WITH_US_NN = """ungdomsradet_voss

Sist veke reiste fire av oss i ungdomsrådet til Oslo for å møte kultur- og likestillingsministeren. Vi fekk nesten \
ein heil time med statsråd Marianne Rygg.

Leiar i ungdomsrådet, Sunniva Himle, la fram kva unge på Voss svarar i Ungdata.

Med oss var òg Emma Rokne og Jonas Bjørgo frå rådet, og ungdomskonsulent Hanne Vinje frå heradet.
"""


def test_the_writers_company_first_in_its_sentence_took_part() -> None:
    assert {"Emma Rokne", "Jonas Bjørgo", "Hanne Vinje"} <= names(extracted_meeting(WITH_US_NN, "nn"))


NOTE_TO_MEMBERS = """NOTAT – til medlemmene

Fra: Styret i Reindriftssamenes forening i Midt-Troms
Dato: 11. mars 2024
{subject}: Møte med Landbruks- og matdepartementet om arealinngrep

Fredag 8. mars møtte foreningen Landbruks- og matdepartementet på rådhuset i Storsteinnes. Møtet kom i stand etter \
initiativ fra Balsfjord kommune.

Til stede var leder i foreningen Nils Sara og statssekretær Åsmund Lillevik.
"""

MINUTES = """REFERAT

Dato: 11. mars 2024
Sted: Rådhuset i Storsteinnes

Møte med Landbruks- og matdepartementet om arealinngrep. Til stede var leder i foreningen Nils Sara og statssekretær \
Åsmund Lillevik.

Møtet tok opp kommunenes rolle som planmyndighet.
"""


@pytest.mark.parametrize("subject", ["Sak", "Emne"])
def test_a_notes_date_field_is_the_day_it_was_written(subject: str) -> None:
    meeting = extracted_meeting(NOTE_TO_MEMBERS.format(subject=subject), "nb")
    assert meeting is not None and (meeting.date.month, meeting.date.day) == (3, 8)


def test_minutes_date_field_still_dates_their_meeting() -> None:
    meeting = extracted_meeting(MINUTES, "nb")
    assert meeting is not None and (meeting.date.month, meeting.date.day) == (3, 11)
