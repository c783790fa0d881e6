"""Meeting constructions from the misses of round 27 (invented texts, with negatives): the title of minutes
("Referat frå møte i ..."), a meeting with the county governor ("eit møte med statsforvalter NN"), and a news story
that prints a letter in full below its own report of the meeting (its story's cues count, the letter's do not)."""
from __future__ import annotations

from extract_kit import meeting_of

STORY = (
    "KS i brev til Samferdselsdepartementet: Ferjene kan ikkje vente\n\n"
    "KS møtte samferdselsminister Per Arne Vik og statssekretær Eva Lie i det bilaterale konsultasjonsmøtet "
    "tysdag 9. oktober. Frå KS møtte styreleiar Kari Nordal Lid og fylkesordførar Ola Brekke Aune. "
    + " ".join(["Fylka har fått auka kostnader til ferjedrift etter at nullutsleppskrava kom, og dei seier at "
                "tilbodet må kuttast dersom staten ikkje stiller opp med meir pengar i neste budsjett."] * 6)
    + "\n\nBrevet er gjengitt i sin heilskap under.\n\n")
LETTER = (
    "Samferdselsdepartementet\nPostboks 8010 Dep\n0030 OSLO\n\nVår ref.: 25/01873-4\nDato: 24.10.2025\n\n"
    "Oppfølging av møtet 9. oktober\n\nVi viser til møtet og ber departementet om å dekkje meirkostnadene.\n\n"
    "Med helsing\n\nKari Nordal Lid\nstyreleiar")


def test_minutes_title_records_its_meeting() -> None:
    text = ("Referat frå møte i samarbeidsforumet mellom staten og kommunesektoren\n\n"
            "Møtedato: 3. mars 2025\n\nDeltakarar frå staten: statssekretær Eva Lie Brekke.\n"
            "Frå KS: styreleiar Kari Nordal Lid.\n\nSak 1\n\n"
            "Partane drøfta korleis arbeidet med felles løysingar skal organiserast vidare.")
    meeting = meeting_of(text, "nn", None)
    assert meeting is not None
    assert (meeting.date.year, meeting.date.month, meeting.date.day) == (2025, 3, 3)


def test_meeting_with_the_county_governor() -> None:
    text = ("Kommunane som står i ROBEK\n\n"
            "Onsdag var ordførarane i Molde. KS Møre og Romsdal hadde invitert dei til eit møte med statsforvalter "
            "Eva Lie Brekke for å snakke om vegen ut av registeret.")
    assert meeting_of(text, "nn") is not None


def test_a_letter_printed_under_a_news_report_of_the_meeting() -> None:
    meeting = meeting_of(STORY + LETTER, "nn", None)
    assert meeting is not None and meeting.meeting_type == "konsultasjonsmote"
    assert (meeting.date.month, meeting.date.day) == (10, 9)


def test_a_letter_under_a_short_intro_reports_no_meeting() -> None:
    text = "KS har sendt eit brev til departementet etter møtet 9. oktober.\n\n" + LETTER
    assert meeting_of(text, "nn", None) is None


def test_a_letter_alone_reports_no_meeting() -> None:
    assert meeting_of(LETTER, "nn", None) is None
