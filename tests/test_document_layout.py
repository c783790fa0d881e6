"""The layout layer (document_layout.py): the header and signature lines that the genre of a
document and its author are read from, found once per document. Invented texts, bokmål and nynorsk."""
from __future__ import annotations

import pytest

from flows.extract.document_genre import genre
from flows.extract.document_layout import Layout, read_layout
from flows.normalise import normalise
from flows.segment import segment


def layout(raw: str) -> Layout:
    text = normalise(raw)
    return read_layout(text, segment(text))


@pytest.mark.parametrize("raw,expected", [
    ("TALENOTAT\nKari Nordmann, styreleder i KS Nordby\nSkoledagen, 3. mars 2025\n\nTakk for invitasjonen.",
     ("TALENOTAT", "Kari Nordmann, styreleder i KS Nordby", "Skoledagen, 3. mars 2025", "Takk for invitasjonen.")),
    ("Innlegg ved fylkesleiar Per Vik på Vegdagen\n\nTakk for at eg fekk kome.",
     ("Innlegg ved fylkesleiar Per Vik på Vegdagen", "Takk for at eg fekk kome.")),
    # negatives: a news text, and a talk label further down than the header
    ("KS vil ha flere lærere\n\nStyreleder Kari Nordmann sa at staten må betale.", ()),
    ("Nytt om skolebygg\n\nFørste avsnitt.\n\nAndre avsnitt.\n\nTALENOTAT\nKari Nordmann", ()),
], ids=["talk_nb", "talk_nn", "news_nb", "label_below_header"])
def test_talk_lines(raw: str, expected: tuple[str, ...]) -> None:
    assert layout(raw).talk_lines == expected


@pytest.mark.parametrize("raw,expected", [
    ("KS\n\nSaka gjeld skulebygg.\n\nMed helsing\nKS\nKari Nordmann", ("KS", "Kari Nordmann")),
    ("Departementet\n\nVi ber om svar.\n\nMed vennlig hilsen\n\nNordby kommune", ("Nordby kommune",)),
    ("Med vennlig hilsen\n\nDette er ikke et brev.", ("Dette er ikke et brev.",)),
    ("KS vil ha flere lærere.\n\nStyreleder Kari Nordmann sa dette.", ()),  # negative: no closing formula
], ids=["signed_nn", "signed_nb", "closing_at_top_of_short_text", "no_closing"])
def test_signed(raw: str, expected: tuple[str, ...]) -> None:
    assert layout(raw).signed == expected


@pytest.mark.parametrize("raw,expected", [
    ("DEBATT\n\nVegane forfell\n\nAv Per Vik, fylkesleiar i KS Nordby\n\nHola er mange.",
     [(6 + 2 + 14 + 2, "Av Per Vik, fylkesleiar i KS Nordby", 3)]),
    ("Skolebygg forfaller\n\nAv Per Vik, fylkesleder i KS Nordby\n\nHullene er mange.", []),  # no marker
], ids=["opinion_nn", "byline_without_marker"])
def test_bylines(raw: str, expected: list[tuple[int, str, int]]) -> None:
    found = [(b.at, b.text, b.skip) for b in layout(raw).bylines if b.text.startswith("Av ")]
    assert found == expected


@pytest.mark.parametrize("raw,expected", [
    ("Høringssvar fra KS – nye krav til skolebygg\n\nKS viser til brevet.", ("KS – nye krav til skolebygg",)),
    ("Fråsegn frå fylkesstyret i KS Nordby\n\nFylkesstyret er uroa.", ("fylkesstyret i KS Nordby",)),
    ("KS: Uttalelse fra statsråden skuffer\n\nKS er skuffet.", ()),  # negative: a news title
], ids=["hearing_nb", "statement_nn", "news_title"])
def test_titles(raw: str, expected: tuple[str, ...]) -> None:
    assert layout(raw).titles == expected


def test_genre_reads_the_same_layout_from_text_or_blocks() -> None:
    raw = "Kunnskapsdepartementet\n\nDykkar ref.: 25/1\n\nVi ber om svar.\n\nMed helsing\nKS"
    assert genre(layout(raw)) == genre(normalise(raw)) == "letter"
    assert layout(raw).address == "Kunnskapsdepartementet"


@pytest.mark.parametrize("raw,expected", [
    ("KS Agder – SNAKKEPUNKTER / INTERNT\n\nMøte med statsråden\n\n- Vi har mange skoler.", ("KS Agder – SNAKKEPUNKTER / INTERNT",)),
    ("Talepunkt til møtet med samferdselsministeren\n\nKS Vestland\n\n- Me har mange bruer.",
     ("Talepunkt til møtet med samferdselsministeren",)),
    ("Internt notat\n\nTil: Kunnskapsdepartementet\nFra: KS", ("Internt notat",)),
    # negatives: a news title whose word only begins like a label, and a label below the header
    ("KS: Notatet viser store hull\n\nKS har laget et notat.", ()),
    ("Nye skoler\n\nFørste avsnitt.\n\nAndre avsnitt.\n\nTredje avsnitt.\n\nSNAKKEPUNKTER", ()),
], ids=["letterhead_label_nb", "label_first_nn", "internal_memo_nb", "news_title", "label_below_header"])
def test_own_voice_labels(raw: str, expected: tuple[str, ...]) -> None:
    assert layout(raw).labels == expected


@pytest.mark.parametrize("raw,expected", [
    ("Notat\n\nTil: Kunnskapsdepartementet\nFra: KS v/ Kari Lid\nDato: 3. mars 2025\nSak: Skolebygg\n\nTekst.",
     (("til", "Kunnskapsdepartementet"), ("fra", "KS v/ Kari Lid"), ("dato", "3. mars 2025"), ("sak", "Skolebygg"))),
    ("Snakkepunkt\n\nFrå KS: fylkesleiar Per Vik\nUtarbeidd av: Kari Lid\n\nTekst.",
     (("party", "KS"), ("utarbeidd av", "Kari Lid"))),
    ("KS vil ha flere lærere\n\nKS sier: Staten må betale.", ()),  # negative: a colon in a sentence
], ids=["memo_nb", "delegation_and_author_nn", "news"])
def test_memo_fields(raw: str, expected: tuple[tuple[str, str], ...]) -> None:
    assert layout(raw).memo == expected
