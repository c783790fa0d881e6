"""Page furniture set into a story does not break it (the layouts of eval/perturb/article_layouts.py):
a fact box or a photo caption between a quotation and the quotation paragraph that goes on with it, a
photo credit closing a paragraph, a writer's byline with an e-mail address, a quotation as the
headline above the publication line. Invented texts, bokmål and nynorsk."""
from __future__ import annotations

from datetime import date

import pytest
from extract_kit import document, result

from flows.extract import extract
from flows.extract.captions import without_credit
from flows.extract.layout import contact_line
from flows.publication_line import stamp_date
from flows.segment import segment

STORY_NB = """Fergene må få nye penger, sier fylkene

Fylkesleder i KS Nordkyst, Sigrid Melvær Aune, møtte samferdselsministeren i Ålesund tirsdag.

– Vi kan ikke drive fergene med de pengene vi har. Staten må dekke merkostnaden, sa Melvær Aune.

{box}

– Ellers må vi kutte avganger som folk trenger for å komme på jobb.

Statsråden lovet å se på saken.
"""
STORY_NN = """Ferjene må få nye pengar, seier fylka

Fylkesleiar i KS Nordkyst, Torbjørn Vikane Lid, møtte samferdselsministeren i Ålesund tysdag.

– Vi kan ikkje drive ferjene med dei pengane vi har. Staten må dekkje meirkostnaden, sa Vikane Lid.

{box}

– Elles må vi kutte avgangar som folk treng for å kome seg på jobb.

Statsråden lova å sjå på saka.
"""
BOXES = (
    "FAKTA\n\n• Fylket driv 19 ferjesamband.\n• Kostnadene har auka med 30 prosent sidan 2020.",
    "Fakta om sambanda\n\n- Det går 40 ferjer i fylket.\n- Den eldste er frå 1985.",
    "Faktaboks: Ferjene\n• Fylket har 19 samband.\nKilde: Statens vegvesen",
    "Bildet: Ferja på veg inn til kaia i Ålesund. Foto: Geir Arne Tufteland / NTB",
    "Ferja ved kaia i Ålesund. (Foto: Ola Nordmo Vik)",
    "Ferjekaia i Ålesund. Foto: Privat",
)


@pytest.mark.parametrize("box", BOXES)
@pytest.mark.parametrize("story,speaker", [(STORY_NB, "Sigrid Melvær Aune"), (STORY_NN, "Torbjørn Vikane Lid")])
def test_a_quotation_goes_on_after_furniture_set_into_it(story: str, speaker: str, box: str) -> None:
    rows = [(s.speaker.name, s.text) for s in result(story.format(box=box)).statements if s.kind == "direct"]
    assert any(name == speaker and t.startswith("Elles" if "Elles" in story else "Ellers") for name, t in rows), rows
    assert not any("Foto" in t or "Tufteland" in name or "Nordmo" in name for name, t in rows)


@pytest.mark.parametrize("story", [STORY_NB, STORY_NN])
def test_a_photo_credit_closing_a_quotation_paragraph_is_no_part_of_it(story: str) -> None:
    text = story.format(box="").replace("jobb.", "jobb. (Foto: Lise Berg Haugen / NTB)")
    texts = [s.text for s in result(text).statements if s.kind == "direct"]
    last = [t for t in texts if t.startswith(("Ellers", "Elles"))]
    assert last and all("Foto" not in t and "Haugen" not in t for t in last), texts


@pytest.mark.parametrize("text,expected", [
    ("Vi må ha svar. (Foto: NTB)", "Vi må ha svar."),
    ("Vi må ha svar. Foto: Kari Lunde / KS", "Vi må ha svar."),
    ("Me treng svar! (foto: Privat)", "Me treng svar!"),
    ("Vi sa det slik: Nei.", "Vi sa det slik: Nei."),
    ("Kjelde: SSB", "Kjelde: SSB"),  # no sentence before the credit: nothing to keep
    ("Dette er saka: Vi treng pengar.", "Dette er saka: Vi treng pengar."),
])
def test_without_credit(text: str, expected: str) -> None:
    assert without_credit(text) == expected


@pytest.mark.parametrize("line,contact", [
    ("Kari Lunde, journalist – kari.lunde@avisa.no", True),
    ("Per Arne Vik | Rådgiver | E-post: pav@ks.no", True),
    ("Kari Lunde, styreleder i KS Nordkyst", False),
    ("Send innspel til oss innan fredag.", False),
])
def test_contact_line(line: str, contact: bool) -> None:
    assert contact_line(line) is contact


@pytest.mark.parametrize("caption", [
    "Fra møtet i departementet. Foto: Geir Lunde / NTB",
    "Frå møtet. (Foto: Privat)",
    "Rådhuset i Nordvik. Foto: KS",
])
def test_a_caption_closed_by_a_credit_is_no_heading(caption: str) -> None:
    blocks = segment(f"Tittel her\n\nFørste avsnitt i saka.\n\n{caption}\n\nNeste avsnitt.\n")
    assert [b.kind for b in blocks if b.text.startswith(caption[:8])] == ["paragraph"]


def test_a_short_heading_is_still_a_heading() -> None:
    blocks = segment("Tittel her\n\nFørste avsnitt i saka.\n\nKrev nye pengar\n\nNeste avsnitt.\n")
    assert [b.kind for b in blocks if b.text == "Krev nye pengar"] == ["heading"]


WRITER = """Kommunane vil ha svar om legevakta

{byline}

Ordførar Gunhild Sæbø Rise møtte helseministeren i Florø måndag 3. mars.

– Staten må ta ein større del av rekninga for legevakta, sa Sæbø Rise.
"""


@pytest.mark.parametrize("byline", [
    "Marte Hovland Berg, journalist – marte.berg@avisa.no",
    "Marte Hovland Berg, seniorrådgiver – mhb@ks.no",
    "Marte Hovland Berg | Kommunikasjonsrådgiver | E-post: mhb@ks.no",
])
def test_a_writer_with_an_email_address_is_no_participant(byline: str) -> None:
    meeting = extract(document(WRITER.format(byline=byline), "nn", published=date(2025, 3, 4))).meeting
    assert meeting is not None
    names = {p.name for p in meeting.participants}
    assert "Gunhild Sæbø Rise" in names and "Marte Hovland Berg" not in names


@pytest.mark.parametrize("credit", ["Tekst: Jon Eide Brekke og Marte Hovland Berg",
                                    "Tekst og foto: Jon Eide Brekke og Marte Hovland Berg"])
def test_every_name_of_a_credit_is_nobody_of_the_story(credit: str) -> None:
    meeting = extract(document(WRITER.format(byline=credit), "nn", published=date(2025, 3, 4))).meeting
    assert meeting is not None
    assert {p.name for p in meeting.participants}.isdisjoint({"Jon Eide Brekke", "Marte Hovland Berg"})


def test_a_publication_line_counts_non_empty_lines() -> None:
    head = "\n\n".join(["– Vi treng svar no", "AVISA", "NYHEITER", "Kommunane vil ha svar",
                         "Ein ingress som fortel kva saka handlar om.", "Av Jon Eide Brekke",
                         "Publisert 4. mars 2025 kl. 06.00"])
    assert len(head.splitlines()) > 12
    assert stamp_date(head + "\n\nBrødtekst.\n") == date(2025, 3, 4)


@pytest.mark.parametrize("headline", ["– Vi treng fleire hender no", "«Vi treng fleire hender no»",
                                      "Vi treng fleire hender no"])
def test_a_quotation_headline_above_the_header_keeps_the_date(headline: str) -> None:
    raw = f"""{headline}

AVISA | Nyheiter | Sogn

Ordføraren bad statsråden om fleire hender

Helseministeren fekk sjå korleis kommunen driv eldreomsorga.

Tekst: Jon Eide Brekke
Publisert 19. mars 2025 kl. 06.12

Ordførar Gunhild Sæbø Rise tok imot helseminister Kjell Arne Lunde på omsorgssenteret i går formiddag.

– Vi treng fleire hender no. Staten må hjelpe oss med å rekruttere sjukepleiarar, sa Sæbø Rise.
"""
    meeting = extract(document(raw, "nn", published=date(2025, 3, 19))).meeting
    assert meeting is not None and (meeting.date.month, meeting.date.day) == (3, 18)
