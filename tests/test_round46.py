"""Round 46 (the misses of eval/unseen47, eval/partset32 and eval/demset13, development material after stop 57),
invented texts, bokmål and nynorsk, with negatives:

- meetings: a letter to the editor whose writer "skulle møte" the state secretary, the day in the paragraph that
  sets the scene; a council's case paper ("Referatsak") that reports its meeting ("Møtet vart halde ... onsdag 23.
  april"); a minister received by the mayor in a caption series, dated by the story's dateline; a weekday dated
  from a dateline with a year; a meeting called by one of two ministries; an addressed memo's own "Dato:";
- who asks: "Vi" and "Kommunen" in a municipality's own paper (its letterhead), "Fylkeskommunen meiner"; a
  ministry pointer is not the ministry named after it in its sentence; another party's wish the speaker grants
  ("har forståing for ønsket om") is no demand; agencies asked by name (Kystverket, Nkom);
- speakers: a podcast's guest listed after the host ("NN (programleder), MM (...)") is no host; initials keyed
  with a letter of the first name ("Kari Strand (KAS)") or spelling a ministry's short name ("(ED)") in minutes
  that key everyone; a minutes' point opened by a speaker's label ("– KAS: ..."); an association ending in "-lag"
  is no person; a county's name before a name in a contact line ("KS Møre og Romsdal Geir Inge Rekdal").
"""
from __future__ import annotations

from datetime import date

from extract_kit import demands, extracted_meeting, participant_names_of as names, result, statement_rows

LETTER_NN = """LESARINNLEGG

Brua og bussen – kva eg lærte i departementet

Per Hovde, ordførar i Lom (Sp)

I førre veke tok eg toget til Oslo. Det tek sin tid, men det gjer ikkje noko.

Eg skulle møte statssekretær Ane Brekke i Samferdselsdepartementet. Med meg hadde eg leiar i KS Innlandet, \
Tone Lie. Vi fekk ein halvtime.

Eg sa at staten må ta del i rekninga for fylkesvegbruene. Statssekretæren lytta.
"""


def test_a_letter_writer_who_was_to_meet_the_state_secretary_reports_that_meeting() -> None:
    meeting = extracted_meeting(LETTER_NN, "nn")
    assert meeting is not None and meeting.counterpart == "Samferdselsdepartementet"
    assert {"Per Hovde", "Tone Lie"} <= names(meeting)  # (the one met, object of "skulle møte", is not read yet)


def test_a_letter_writer_who_only_plans_to_meet_reports_no_meeting() -> None:
    raw = LETTER_NN.replace("I førre veke tok eg toget til Oslo. Det tek sin tid, men det gjer ikkje noko.",
                            "Toget til Oslo tek sin tid, men det gjer ikkje noko.")
    assert extracted_meeting(raw, "nn") is None


CASE_PAPER_NN = """HOVDEN KOMMUNE

Arkivsak-dok.: 25/00412-2
Saksbehandlar: Liv Aasen

Referatsak RS 9/25

ORIENTERING FRÅ ORDFØRAREN: MØTE MED SAMFERDSELSDEPARTEMENTET OM FERJEKAIA

Bakgrunn
Formannskapet bad ordføraren om å ta opp ferjekaia med departementet. Møtet vart halde i departementet \
tysdag 11. mars 2025.

Til stades
Frå Samferdselsdepartementet: statssekretær Odd Rise.
Frå Hovden kommune: ordførar Liv Aasen og teknisk sjef Per Nes.

Frå møtet
Vi bad departementet om å prioritere ny ferjekai i Nasjonal transportplan. Kommunen meiner Kystverket må \
mudre innseglinga før sommaren.

Hovden, 14.03.2025

Liv Aasen
ordførar
"""


def test_a_council_case_paper_reports_its_meeting_and_who_was_there() -> None:
    meeting = extracted_meeting(CASE_PAPER_NN, "nn")
    assert meeting is not None and (meeting.date.month, meeting.date.day) == (3, 11)
    assert meeting.counterpart == "Samferdselsdepartementet"
    assert {"Odd Rise", "Liv Aasen", "Per Nes"} <= names(meeting)


def test_we_and_the_municipality_of_its_own_paper_are_the_municipality() -> None:
    rows = demands(CASE_PAPER_NN, "nn")
    assert ("Hovden kommune", "Samferdselsdepartementet",
            "prioritere ny ferjekai i Nasjonal transportplan") in rows
    assert ("Hovden kommune", "Kystverket", "Kystverket må mudre innseglinga før sommaren") in rows


def test_the_municipality_that_speaks_is_none_when_two_are_named() -> None:
    raw = ("Ordførarane i Bremnes kommune og Stord kommune møtte statssekretæren.\n\nKommunen meiner Kystverket må "
           "mudre innseglinga før sommaren.\n")
    assert not any(c.endswith(" kommune") for c, _, _ in demands(raw, "nn"))


def test_the_county_council_that_speaks_is_the_one_named() -> None:
    raw = ("Vestland fylkeskommune møtte statssekretæren i Klima- og miljødepartementet.\n\nFylkeskommunen meiner "
           "Klimasats bør opnast for tiltak mot flaum.\n")
    assert ("Vestland fylkeskommune", None, "Klimasats bør opnast for tiltak mot flaum") in demands(raw, "nn")


def test_a_ministry_pointer_is_not_the_ministry_named_after_it() -> None:
    raw = ("Ordførar Kari Vik i Bremnes kommune møtte fiskeriministeren i Nærings- og fiskeridepartementet.\n\n"
           "Kari Vik bad departementet om å ta saka vidare med Samferdselsdepartementet.\n")
    rows = demands(raw, "nn")
    assert [a for _, a, t in rows if t.startswith("ta saka vidare")] == ["Nærings- og fiskeridepartementet"]


def test_a_wish_the_speaker_grants_is_no_demand() -> None:
    raw = ("Nordby kommune har sendt høyringssvar til Arbeids- og inkluderingsdepartementet.\n\nKommunen har "
           "forståing for ønsket om rask busetjing, men fristen blir vanskeleg å halde.\n")
    assert not any("busetjing" in text for _, _, text in demands(raw, "nn"))


def test_an_agency_is_asked_by_name() -> None:
    raw = ("KS Troms møtte forsvarsministeren i Bardu.\n\nFylkesleiar Eva Moe i KS Troms meiner Nkom må "
           "følgje opp teleoperatørane betre.\n")
    assert ("KS Troms", "Nkom", "Nkom må følgje opp teleoperatørane betre") in demands(raw, "nn")


PODCAST_NB = """KOMMUNEPODDEN
Episode 12: Skatten og kommunene

Medvirkende: Eva Lund (programleder), Ola Berg (ordfører i Tysvær), Kari Mo (økonomisjef i Stord kommune)

[00:01:02] EVA LUND: Ola Berg, du var i møte med Finansdepartementet forrige uke. Hva skjedde?

[00:01:10] OLA BERG: Vi møtte statssekretæren og sa at kommunene må kompenseres krone for krone.

[00:01:30] EVA LUND: Kari, hva betyr det for dere?

[00:01:34] KARI MO: Det er snakk om 30 millioner kroner i året for oss.

[00:01:50] OLA BERG: Og derfor ba vi departementet vente med endringene.
"""


def test_a_guest_listed_after_the_host_is_no_host() -> None:
    rows = statement_rows(PODCAST_NB)
    assert any(s == "Ola Berg" and t.startswith("Vi møtte statssekretæren") for _, s, t in rows)
    assert not any(s == "Eva Lund" for _, s, _ in rows)  # the host's questions are nobody's statements


MINUTES_NB = """KS – Forhandlingsenheten

Til: Forhandlingsledelsen
Fra: Forhandlingsenheten v/ Nils Rud
Dato: 30.10.2024
Sak: Teknisk møte med FIN og KDD om deflatoren

Teknisk møte i Finansdepartementet tirsdag 22. oktober 2024. Møtet ble innkalt av FIN. KDD deltok.

Til stede:
– FIN: avdelingsdirektør Siri Holm (SH), rådgiver Kjetil Moe (KM)
– KDD: underdirektør Tor Aas (TA)
– KS: Kari Strand (KAS), Erlend Dahl (ED), Nils Rud (NR, referent)

– KAS: KS mener lønnsanslaget må justeres i revidert nasjonalbudsjett.
– SH: «Vi kommer ikke til å endre metoden midt i et budsjettår.»
– ED pekte på at deflatoren ikke fanger opp veksten i pensjonskostnadene.
– TA (KDD) la til at departementet kjenner problemet.
"""


def test_minutes_keyed_by_initials_give_each_labelled_point_to_its_speaker() -> None:
    rows = statement_rows(MINUTES_NB)
    assert ("indirect", "Kari Strand", "KS mener lønnsanslaget må justeres i revidert nasjonalbudsjett") in rows
    assert ("direct", "Siri Holm", "Vi kommer ikke til å endre metoden midt i et budsjettår") in rows
    assert any(s == "Erlend Dahl" and t.startswith("deflatoren ikke fanger") for _, s, t in rows)


def test_a_memo_dates_its_meeting_by_the_meetings_sentence_and_its_caller() -> None:
    meeting = extracted_meeting(MINUTES_NB)
    assert meeting is not None and (meeting.date.month, meeting.date.day) == (10, 22)
    assert meeting.counterpart == "Finansdepartementet"
    assert "Erlend Dahl" in names(meeting)


def test_a_ministrys_short_name_in_brackets_after_a_delegate_stays_the_ministry() -> None:
    raw = ("KS møtte Energidepartementet i Oslo onsdag 5. mars.\n\nFra departementet møtte statssekretær "
           "Eli Dahl (ED). Fra KS møtte styreleder Kari Lie.\n")
    meeting = extracted_meeting(raw)
    assert meeting is not None and "Eli Dahl" in names(meeting)


def test_an_association_ending_in_lag_is_no_person() -> None:
    raw = ("Ordførar Kari Vik i Bremnes kommune møtte fiskeriministeren tysdag 4. mars.\n\nVi viste til at "
           "Hordaland Fylkes Fiskarlag i brev til departementet har bede om ein ny kvoteordning.\n")
    meeting = extracted_meeting(raw, "nn")
    assert meeting is not None and "Hordaland Fylkes Fiskarlag" not in names(meeting)


def test_a_countys_last_word_before_a_name_in_a_contact_line_is_the_countys() -> None:
    raw = ("PRESSEMELDING\nMøre og Romsdal fylkeskommune\n\nLeiar i KS Møre og Romsdal, Geir Dahl, møtte "
           "statssekretæren tysdag 4. mars.\n\nKontakt:\nLeiar i KS Møre og Romsdal Geir Dahl, tlf. 900 00 000\n")
    people = {p.name for p in result(raw, "nn").meeting.participants}
    assert "Geir Dahl" in people and not any(p.startswith("Romsdal") for p in people)


CAPTIONS_NB = """BILDESERIE | Ministeren i Namsos

NAMSOS (7. mars): Kunnskapsministeren brukte fredagen på å se hvordan kommunen jobber med skolebygg.

1/3 Kunnskapsminister Eli Strand blir tatt imot av ordfører Per Lund utenfor rådhuset. Foto: Ola Vik

2/3 Rektor Anne Mo viser statsråden den nye skolen. Foto: Ola Vik
"""


def test_a_minister_received_by_the_mayor_is_a_visit_dated_by_its_dateline() -> None:
    meeting = extracted_meeting(CAPTIONS_NB)
    assert meeting is not None and meeting.meeting_type == "annet"
    assert (meeting.date.month, meeting.date.day) == (3, 7)
    assert {"Eli Strand", "Per Lund"} <= names(meeting)


def test_a_weekday_is_placed_before_a_dateline_with_its_year() -> None:
    raw = ("KRISTIANSAND (16. mai 2025): Boligsosiale tiltak sto på dagsordenen.\n\nKS Agder møtte "
           "kommunalministeren torsdag. Styreleder Kari Moe i KS Agder tok opp startlånet.\n")
    meeting = extracted_meeting(raw)
    assert meeting is not None and (meeting.date.year, meeting.date.month, meeting.date.day) == (2025, 5, 15)


def test_a_weekday_with_no_dateline_keeps_no_day() -> None:
    meeting = extracted_meeting("KS Agder møtte kommunalministeren torsdag.\n\nStyreleder Kari Moe i KS Agder "
                                "tok opp boligsosiale tiltak.\n", published=None)
    assert meeting is not None and meeting.date.day is None
