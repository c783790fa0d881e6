"""Round 49 (the misses of eval/unseen50, eval/partset36 and eval/demset16, development material after stop 60),
invented texts, bokmål and nynorsk, with negatives:

- minutes: a meeting summary whose header lists those taking part under "Deltakere (Teams):" and those who sent word
  under "Meldt avbud:" records its meeting, the absent one not among its people, and the last name above the field of
  absence is no absent one;
- cues: a member of the government making the trip to a place ("la tirsdag turen innom mottaket"), the verb before or
  after the title, and it places the traveller at the occasion; many making the trip is no visit;
"""
from __future__ import annotations

from extract_kit import extracted_meeting, participant_names_of as names

TEAMS_SUMMARY = """Oppsummering – Teams-møte KS/KDD om bredbånd i distriktene
Ref.: KS-DIG/2025-03-11-02

Deltakere (Teams): Per Lian (statssekretær, KDD), Eva Bratt (avdelingsdirektør, KDD), Siri Holm (direktør, KS), \
Tor Nesje (spesialrådgiver, KS)
Meldt avbud: Kari Fjell (Digdir)

1. Bakgrunn
KS la fram tallene fra kartleggingen i januar. 30 kommuner har ikke søkt om tilskudd i år.

2. Oppfølging
- KS sender kartleggingen til departementet innen fredag
"""

NOTE_WITHOUT_FIELDS = """Oppsummering – bredbånd i distriktene

KS la fram tallene fra kartleggingen i januar. 30 kommuner har ikke søkt om tilskudd i år, og KS vil følge opp \
saken overfor departementet i vår.
"""

VISIT_V2 = """Lofoten Fiskarlag
Nyheiter

Statsråden på kaia

Tysdag 10/3 la fiskeri- og havminister Oddvar Lien turen innom mottaket vårt i Ballstad. Med seg hadde han \
statssekretær Mari Skog. Styreleiar Arne Pedersen og ordførar Line Hagen tok opp kvotane og hamnene.
"""

MANY_MADE_THE_TRIP = """Lofoten Fiskarlag
Nyheiter

Rekordsesong på kaia

Tysdag 10/3 la mange turen innom mottaket vårt i Ballstad for å sjå fangsten. Styreleiar Arne Pedersen seier \
sesongen kan bli den beste sidan 2019.
"""


def test_a_summary_listing_those_taking_part_and_those_who_sent_word_records_its_meeting() -> None:
    meeting = extracted_meeting(TEAMS_SUMMARY, "nb")
    assert meeting is not None and meeting.meeting_type == "annet"
    assert {"Per Lian", "Eva Bratt", "Siri Holm", "Tor Nesje"} <= names(meeting)
    assert "Kari Fjell" not in names(meeting)


def test_a_note_without_fields_records_no_meeting() -> None:
    assert extracted_meeting(NOTE_WITHOUT_FIELDS, "nb") is None


def test_a_minister_making_the_trip_to_a_place_is_a_visit() -> None:
    meeting = extracted_meeting(VISIT_V2, "nn")
    assert meeting is not None and meeting.meeting_type == "annet"
    assert (meeting.date.month, meeting.date.day) == (3, 10)
    assert {"Oddvar Lien", "Mari Skog", "Arne Pedersen", "Line Hagen"} <= names(meeting)


def test_many_making_the_trip_is_no_visit_by_the_government() -> None:
    assert extracted_meeting(MANY_MADE_THE_TRIP, "nn") is None
