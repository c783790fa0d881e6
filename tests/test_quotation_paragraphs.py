"""Which paragraphs a quotation runs on into (invented texts): a paragraph naming its speaker, first-person
continuation, subheadings glued to a paragraph or summing it up, titles and labels."""
from __future__ import annotations

import pytest

from extract_kit import cases, rows_without_full_stop, statement_rows
from flows.extract.document_genre import genre
from flows.normalise import normalise
from flows.segment import segment


def test_a_paragraph_naming_the_speaker_is_no_continuation() -> None:
    raw = ("Styreleder Kari Dal i KS møtte statsråden i går.\n\n– Vi har ikke fått dekket lønnsveksten på flere "
           "år. Det merker innbyggerne hver dag, sier Kari Dal til avisen.\n\nFra regjeringen møtte to statsråder. "
           "KS stilte med Dal og flere av oss i styret, og vi la fram kravene.")
    rows = statement_rows(raw)
    assert not any(text.startswith("Fra regjeringen") for _, _, text in rows)


def test_first_person_continuation_still_holds_in_news() -> None:
    raw = ("Styreleder Kari Dal i KS møtte statsråden i går.\n\n– Vi har ikke fått dekket lønnsveksten, sier Dal."
           "\n\nVi ser at det går ut over tjenestene folk trenger hver dag.")
    assert ("direct", "Kari Dal", "Vi ser at det går ut over tjenestene folk trenger hver dag") in statement_rows(raw)


SECTIONS = ("Ordfører i Nordby Kari Dal tok imot helseministeren i går.\n\nDal viste fram sykehjemmet.\n\n"
            "– Vi trenger nye plasser, og vi klarer ikke å bygge dem alene, sa Dal.\n\n")


def test_subheading_summary_is_no_statement() -> None:
    raw = (SECTIONS + "Statsråden: – Tar det med meg\n\nHelseminister Per Lund sa han hadde lært mye.\n\n"
           "– Jeg ser at bygget er gammelt. Jeg skal ta med meg det jeg har hørt her i dag, sa Lund.")
    rows = statement_rows(raw)
    assert not any(text.startswith("Tar det med meg") for _, _, text in rows)
    assert ("direct", "Per Lund", "Jeg ser at bygget er gammelt. Jeg skal ta med meg det jeg har hørt her i dag") \
        in rows


def test_title_label_quote_is_kept() -> None:
    raw = ("Ordføreren til statsråden: – Vi kan ikke betale for flommen alene\n\nJustisminister Per Lund "
           "besøkte Nordby i går.\n\nOrdfører Kari Dal viste ham skadene langs elva.")
    assert ("direct", "Kari Dal", "Vi kan ikke betale for flommen alene") in statement_rows(raw)


GLUED_SUBHEADINGS = [
    ("label_quote_nb", "nb",
     "Møtet om legevakten ble utsatt i går.\n\nLegeforeningen: – Dette koster\n"
     "Også legene er kritiske. Leder i Nordby legeforening, Kari Lunde Berg, sier utsettelsen gir et dårlig signal.",
     ("indirect", "Kari Lunde Berg", "utsettelsen gir et dårlig signal")),
    ("plain_subheading_nb", "nb",
     "Statsråden besøkte Nordby onsdag.\n\nLærermangel\n"
     "Berg, som til daglig er ordfører i Nordby, tok opp mangelen på lærere i de små skolene.",
     None),
    ("label_quote_nn", "nn",
     "Partane møttest i departementet måndag.\n\nStatsråden: – Vi lyttar\n"
     "Per Olav Dalen sa at regjeringa vil vidareføre tilskotet til heiltidsprosjekt i to år til.",
     ("indirect", "Per Olav Dalen", "regjeringa vil vidareføre tilskotet til heiltidsprosjekt i to år til")),
    ("plain_subheading_nn", "nn",
     "Ordførar Siri Haugen tok imot statsråden.\n\nVil ha meir pengar\n"
     "Haugen meinte at staten må ta ein større del av rekninga for nye skulebygg.",
     ("indirect", "Siri Haugen", "staten må ta ein større del av rekninga for nye skulebygg")),
    ("live_report_time_nn", "nn",
     "Statsråd Gunn Ellen Vik kom til Dalsbygd i dag.\n\n10.20\n"
     "Vik seier til NRK før ho gjekk i land at ho har kome for å lytte til folk.",
     ("indirect", "Gunn Ellen Vik", "ho har kome for å lytte til folk")),
]


@pytest.mark.parametrize("language,raw,expected", cases(GLUED_SUBHEADINGS))
def test_a_subheading_without_a_blank_line_is_no_part_of_the_paragraph(language: str, raw: str,
                                                                          expected: tuple[str, str, str] | None) -> None:
    found = rows_without_full_stop(raw, language)
    if expected is None:  # the subheading alone: the paragraph is a block of its own
        blocks = segment(normalise(raw))
        assert [b.kind for b in blocks][-2:] == ["heading", "paragraph"]
        return
    assert expected in found


NOT_SUBHEADINGS = [
    ("credit_over_caption_nb",
     "Statsråden kom til Nordby.\n\nTekst: Kari Berg\nGLAD: Ordfører Per Dal viser fram den nye skolen til statsråden.",
     "Tekst: Kari Berg\nGLAD: Ordfører Per Dal viser fram den nye skolen til statsråden."),
    ("wrapped_sentence_nb",
     "Statsråden kom til Nordby, og hun hadde med seg\nstatssekretæren og to rådgivere fra\ndepartementet.\n\n"
     "Møtet ble ledet av ordfører\nPer Dal og varte i to timer på rådhuset.",
     "Møtet ble ledet av ordfører\nPer Dal og varte i to timer på rådhuset."),
    ("short_second_line_nn",
     "Statsråden kom til Dalsbygd.\n\nKontaktperson\nKari Berg, rådgjevar",
     "Kontaktperson\nKari Berg, rådgjevar"),
]


@pytest.mark.parametrize("raw,paragraph", cases(NOT_SUBHEADINGS))
def test_a_credit_a_wrapped_sentence_or_a_short_line_stays_one_block(raw: str, paragraph: str) -> None:
    assert segment(normalise(raw))[-1].text == paragraph


def test_a_statement_title_of_one_long_sentence_is_still_a_title() -> None:
    text = ("Uttalelse fra KS' hovedstyre om kommuneøkonomien i revidert nasjonalbudsjett for neste år.\n\n"
            "Kommunene trenger mer penger. Hovedstyret ber regjeringen om å styrke rammene, og tok dette opp i "
            "konsultasjonsmøtet med regjeringen.")
    assert genre(text) == "statement"
