"""Web page furniture around and inside a story does not change what is extracted from it (the layouts of
eval/perturb/web_furniture.py and furniture.read_more): a teaser for another article right before a
dash quotation, share/newsletter/cookie prompts, a paywall notice. Invented texts, bokmål and nynorsk."""
from __future__ import annotations

import pytest
from extract_kit import document, result

from flows.extract.layout import fact_box_blocks
from flows.normalise import is_boilerplate, normalise
from flows.segment import segment

STORY_NB = """Kaiene forfaller, sier kystkommunene

Regionleder i KS Havkyst, Gunnhild Storås Vevle, møtte fiskeriministeren i Kristiansund onsdag.

– Vi klarer ikke å vedlikeholde kaiene med de midlene vi har. Staten må ta sin del, sa Storås Vevle.

{box}

– Ellers må vi stenge kaier som fiskerne trenger hver dag.

Statsråden lovet å se på saken.
"""
STORY_NN = """Kaiane forfell, seier kystkommunane

Regionleiar i KS Havkyst, Åsmund Tveiten Lygre, møtte fiskeriministeren i Kristiansund onsdag.

– Vi klarar ikkje å halde ved like kaiane med dei midlane vi har. Staten må ta sin del, sa Tveiten Lygre.

{box}

– Elles må vi stengje kaiar som fiskarane treng kvar dag.

Statsråden lova å sjå på saka.
"""
STORIES = [(STORY_NB, "Gunnhild Storås Vevle", "Ellers"), (STORY_NN, "Åsmund Tveiten Lygre", "Elles")]
TEASERS = (
    "Se også: Slik blir havbruksfondet fordelt",
    "Sjå òg: Slik blir havbruksfondet fordelt",
    "Les meir: Kommunane ventar framleis på svar",
    "Les mer: Nye tall for kommuneøkonomien",
    "Les også: – Vi trenger flere hender på kaia",
    "LES OGSÅ: Fiskerne frykter nye avgifter",
    "Mer om saken: Dette er havbruksfondet",
    "Relaterte saker:\nHavbruksfondet deles ut i juni\nNy rapport om kaiene",
    "Relaterte saker\n\nHavbruksfondet deles ut i juni",
    "Anbefalte saker\nHavbruksfondet deles ut i juni",
)
PROMPTS = (
    "Del på Facebook\nDel artikkelen",
    "Del denne saken\nSend på e-post",
    "Abonner på nyhetsbrev",
    "Meld deg på nyhetsbrevet vårt og få sakene rett i innboksen.",
    "Vil du ha nyheiter frå oss? Abonner på nyhendebrevet.",
    "Vi bruker informasjonskapsler (cookies) for å gi deg en bedre opplevelse.\nGodta alle\nAvvis",
    "Vi brukar informasjonskapslar for å forbetre tenestene våre.",
    "Denne artikkelen er for abonnenter.\nKjøp abonnement\nAllerede abonnent? Logg inn",
    "Denne saka er berre for abonnentar.",
    "For å lese hele artikkelen må du være abonnent.\nPrøv 1 måned for 1 kr",
)


def _direct(text: str) -> list[tuple[str | None, str]]:
    return [(s.speaker.name if s.speaker else None, s.text) for s in result(text).statements if s.kind == "direct"]


@pytest.mark.parametrize("box", TEASERS + PROMPTS)
@pytest.mark.parametrize("story,speaker,opening", STORIES)
def test_a_dash_quotation_after_a_teaser_or_prompt_keeps_its_speaker(story: str, speaker: str, opening: str,
                                                                   box: str) -> None:
    rows = _direct(story.format(box=box))
    assert any(name == speaker and t.startswith(opening) for name, t in rows), rows
    assert len(rows) == 2, rows  # the teaser's and the prompt's words are nobody's


@pytest.mark.parametrize("story,speaker,opening", STORIES)
def test_a_fact_box_with_a_dash_list_after_a_blank_line_is_still_a_box(story: str, speaker: str,
                                                                       opening: str) -> None:
    box = "Fakta om kaiene\n\n- Det er 40 kommunale kaier i regionen.\n- Den eldste er fra 1952."
    doc = document(story.format(box=box))
    blocks = segment(doc.text)
    boxed = fact_box_blocks(blocks)
    assert [b.text[:12] for b in blocks if b.index in boxed] == ["Fakta om kai", "Det er 40 ko", "Den eldste e"]
    rows = _direct(story.format(box=box))
    assert len(rows) == 2 and any(name == speaker and t.startswith(opening) for name, t in rows), rows


@pytest.mark.parametrize("line", [line for p in PROMPTS for line in p.split("\n")] + [
    "Se også: Dette er havbruksfondet", "Sjå òg: Dette er havbruksfondet", "Les meir: Kaiane forfell",
    "Relaterte saker: Havbruksfondet", "Meir om saka: Kaiane forfell", "Godta", "Avslå alle",
    "Innstillinger for informasjonskapsler", "Jeg forstår", "Se våre tilbud"])
def test_web_prompts_are_boilerplate(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", [
    "Se også på hvordan kommunen har løst det.",
    "Vi bruker mer penger på kaiene enn før.",
    "Få kommuner har svart på brevet om nyhetsbrevet.",
    "Denne saken er viktig for alle kystkommunene.",
    "Godta alle vilkår, sa han.",
    "Mer om saken kommer i morgen",
    "Relaterte saker",
    "Dei som er abonnentar, får avisa på døra.",
    "Kjøp av tjenester koster kommunene dyrt.",
])
def test_story_lines_are_not_boilerplate(line: str) -> None:
    assert not is_boilerplate(line)


def test_a_teaser_line_leaves_the_paragraphs_around_it_as_they_were() -> None:
    text = "Tittel\n\nFørste avsnitt.\n\nSe også: Ein annan sak\n\nAndre avsnitt.\n"
    assert normalise(text) == "Tittel\n\nFørste avsnitt.\n\nAndre avsnitt.\n"


@pytest.mark.parametrize("text,expected", [
    ("Sport\nMeninger\nNyheter\n\nTittel\n\nTekst.\n", "Tittel\n\nTekst.\n"),
    ("Tips oss\nMeiningar\nLogg inn\nMeny\n\nTittel\n\nTekst.\n", "Tittel\n\nTekst.\n"),
    ("Nyheiter | Sport | Kultur | E-avis\n\nTittel\n\nTekst.\n", "Tittel\n\nTekst.\n"),
    ("Meninger\n\nTittel\n\nTekst.\n", "Meninger\n\nTittel\n\nTekst.\n"),  # a lone label names an opinion piece
    ("DEBATT\n\nTittel\n\nTekst.\n", "DEBATT\n\nTittel\n\nTekst.\n"),
    ("Tittel\n\nØkonomi\n\nTekst om pengar.\n", "Tittel\n\nØkonomi\n\nTekst om pengar.\n"),  # a heading
    ("Forsiden › Nyheter › Kommuneøkonomi\n\nTittel\n\nTekst.\n", "Tittel\n\nTekst.\n"),
    ("Heim / Aktuelt\n\nTittel\n\nTekst.\n", "Tittel\n\nTekst.\n"),
    ("Nyheiter → Lokalt → Samferdsel\n\nTittel\n\nTekst.\n", "Tittel\n\nTekst.\n"),
])
def test_site_menus_and_breadcrumbs_are_dropped(text: str, expected: str) -> None:
    assert normalise(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Kaiane forfell\n\nKaiane forfell\n\nTekst.\n", "Kaiane forfell\n\nTekst.\n"),
    ("Kaiene forfaller – KS\n\nKaiene forfaller\n\nTekst.\n", "Kaiene forfaller\n\nTekst.\n"),
    ("Kaiene forfaller\n\nKaiene forfaller | Avisa Nordkyst\n\nTekst.\n", "Kaiene forfaller\n\nTekst.\n"),
    ("Kaiene forfaller\n\nKaiene forfaller raskt.\n\nTekst.\n", "Kaiene forfaller\n\nKaiene forfaller raskt.\n\nTekst.\n"),
])
def test_a_repeated_title_is_dropped(text: str, expected: str) -> None:
    assert normalise(text) == expected


@pytest.mark.parametrize("row,expected", [
    ("Kommune\tInnbyggjarar\tFrie inntekter", "Kommune | Innbyggjarar | Frie inntekter"),
    ("|Fylke|Kaier|Kostnad|", "Fylke | Kaier | Kostnad"),
    ("| Nordvik | 12 000 | +2,1 % |", "Nordvik | 12 000 | +2,1 %"),
])
def test_table_rows_keep_their_cells_apart(row: str, expected: str) -> None:
    assert normalise(f"Tittel\n\n{row}\n") == f"Tittel\n\n{expected}\n"


def test_a_markdown_rule_row_is_dropped() -> None:
    assert normalise("Tittel\n\n|A|B|\n|---|---|\n|1|2|\n") == "Tittel\n\nA | B\n1 | 2\n"


@pytest.mark.parametrize("raw,expected", [
    ("‚Vi må ha pengar til kaiane,‘ sa ho.", "«Vi må ha pengar til kaiane,» sa ho."),
    ("‘Vi trenger svar nå’, sa han.", "«Vi trenger svar nå», sa han."),
    ("„Vi sa ‚nei‘ til det“, sa ho.", "«Vi sa ‚nei‘ til det», sa ho."),  # a quotation inside one stays
    ("„Vi treng meir.\n\n„Og det no“, sa ho.", "«Vi treng meir.\n\n«Og det no», sa ho."),
    ("Dei treng meir, og det no“, sa ho.", "Dei treng meir, og det no», sa ho."),  # closes an earlier one
    ("Det er KS’ syn.", "Det er KS' syn."),  # an apostrophe, as a straight one
    ("«Dei sa ‘nei’ til det», sa ho.", "«Dei sa ‘nei' til det», sa ho."),
])
def test_typographic_single_quotes_pair_into_guillemets(raw: str, expected: str) -> None:
    assert normalise(raw) == expected + "\n"


TABLE = "Fylke\tKaier\tKostnad\nNordvik Vest\t12\t4,5\nSørvik Aust\t9\t3,1"


@pytest.mark.parametrize("story,speaker,opening", STORIES)
@pytest.mark.parametrize("quotes", ["„{}“", "“{}”", "‚{}‘"])
def test_typographic_quotes_and_a_table_leave_the_speaker(story: str, speaker: str, opening: str,
                                                         quotes: str) -> None:
    text = story.format(box=TABLE).replace("\n– ", "\n" + quotes.format("").rstrip()[:1])
    text = "\n".join(line[:1] + line[1:].replace(", sa ", quotes[-1] + ", sa ", 1) if line.startswith(quotes[0])
                     else line for line in text.split("\n"))
    rows = _direct(text)
    assert not any(name and ("Fylke" in name or "Nordvik" in name or "Sørvik" in name) for name, _ in rows), rows
    assert any(name == speaker for name, _ in rows), rows


@pytest.mark.parametrize("line", ["Pub\u00adli\u00adsert 12.03.2025 kl. 10.00", "Publisert 12.0\u200b3.2025 10:00"])
def test_a_publication_line_with_invisible_characters_dates_the_text(line: str) -> None:
    from datetime import date

    from flows.publication_line import stamp_date
    assert stamp_date(f"Tittel\n\n{line}\n\nTekst.\n") == date(2025, 3, 12)


@pytest.mark.parametrize("table", [
    "Fylke\tKaier\tKostnad\nNordvik\t12\t4,5\nSørvik\t9\t3,1\nAustvik\t4\t1,2",
    "Tabell 1\n|Fylke|Kaier|Kostnad|\n|---|---|---|\n|Nordvik|12|4,5|\n|Sørvik|9|3,1|",
    "Kilde: SSB\nÅr | Kaier | Kostnad\n2023 | 12 | 4,5\n2024 | 13 | 5,1",
])
@pytest.mark.parametrize("story,speaker,opening", STORIES)
def test_a_table_between_two_quotation_paragraphs_is_stepped_over(story: str, speaker: str, opening: str,
                                                                 table: str) -> None:
    rows = _direct(story.format(box=table))
    assert any(name == speaker and t.startswith(opening) for name, t in rows), rows
    assert len(rows) == 2, rows


@pytest.mark.parametrize("text,table", [
    ("Fylke | Kaier | Kostnad\nNordvik | 12 | 4,5\nSørvik | 9 | 3,1", True),
    ("Tabell 1\nFylke | Kaier\nNordvik | 12\nSørvik | 9", True),
    ("Pressemelding | Departementet\nNr: 3/2025 | Dato: 04.03.2025", False),  # a header's fields
    ("Publisert 04.03.2025 | Oppdatert 05.03.2025", False),
])
def test_table_block(text: str, table: bool) -> None:
    from flows.extract.layout import table_block
    assert table_block(text) is table
