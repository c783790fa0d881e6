"""What a PDF's text and a scraped page carry that is not the story, taken out by the normaliser
(flows/line_layout.py, flows/page_furniture.py, data/boilerplate.yaml): words broken at a hyphen at a
line's end, page numbers and running headers that cut a sentence, a comment section and an author box
after the story, a list of related articles, an audio player, a reading time and a gallery's counters.
Invented texts, bokmål and nynorsk; negative cases too."""
from __future__ import annotations

import pytest

from flows.line_layout import joined
from flows.normalise import normalise
from flows.page_furniture import page_number, related_lists, without_tail


def _paras(text: str) -> list[str]:
    return [p.strip() for p in normalise(text).split("\n\n") if p.strip()]


WRAPPED_NB = """Fylkesrådet ba departementet om mer penger

Fylkesrådslederen i Sørvik sa etter møtet at fylkeskommunen ikke lenger kan
dekke kostnadene ved drift av ferjene alene, og at staten må bære mer an-
svar for ferjesambandene langs kysten. Hun viste til at kommunene i re-
gionen allerede har kuttet i tilbudet, og at de kommunale helse- og
omsorgstjenestene merker det når ferjene går sjeldnere enn de gjorde før.
"""
WRAPPED_NN = """Kommunane vil ha fleire lærarar

Ordføraren i Austvik sa at kommunane treng fleire lærarar i skulen, og at
staten må sjå på korleis e-
post frå foreldra og nye krav til dokumentasjon tek tid frå undervisninga.
Ho meinte at rekrutteringa i distrikta er det største problemet for skule-
eigarane, og at KS-
leiaren har teke dette opp med statsråden i fleire møte det siste året.
"""


@pytest.mark.parametrize("text, words", [
    (WRAPPED_NB, ["ansvar for", "kommunene i regionen", "helse- og omsorgstjenestene"]),  # "re-" "gionen"
    (WRAPPED_NN, ["korleis e-post frå", "skuleeigarane", "KS-leiaren har"]),
])
def test_a_word_broken_at_a_line_end_is_put_together(text: str, words: list[str]) -> None:
    paras = _paras(text)
    assert len(paras) == 2
    for w in words:
        assert w in paras[1]
    assert "an- svar" not in paras[1] and "re- gionen" not in paras[1]


@pytest.mark.parametrize("previous, line, out", [
    ("det er kommu-", "nene som betaler", "det er kommunene som betaler"),
    ("tilbodet i helse-", "og omsorgstenestene", "tilbodet i helse- og omsorgstenestene"),
    ("stats-", "eller fylkesvegar", "stats- eller fylkesvegar"),
    ("sende ein e-", "post til", "sende ein e-post til"),
    ("møtte KS-", "leiaren", "møtte KS-leiaren"),
    ("heile Nord-", "Noreg", "heile Nord-Noreg"),
    ("ho sa at", "vi må", "ho sa at vi må"),
    ("tala for 2024-", "2025 viser", "tala for 2024- 2025 viser"),
])
def test_joined(previous: str, line: str, out: str) -> None:
    assert joined(previous, line) == out


def test_the_text_decides_a_hyphen_it_writes_elsewhere() -> None:
    assert joined("Leve heile livet-", "reforma er god", frozenset({"livet-reforma"})) == "Leve heile livet-reforma er god"
    assert joined("dei bilaterale møta med departe-", "mentet", frozenset({"departementet"})) == \
        "dei bilaterale møta med departementet"


def test_a_line_that_ends_in_a_dash_of_its_own_is_no_broken_word() -> None:
    text = "Tittel\n\nDette er ei liste over tiltak –\nsom kommunane har sett i gang.\n"
    assert "tiltak – som" in normalise(text).replace("\n", " ")


PAGES_NB = """Kommunene krever bedre finansiering av barnevernet

Kommunene har fått flere oppgaver i barnevernet etter reformen, uten at overføringene har økt. Ordføreren i
Nordby sa på møtet med statsråden at kommunene

Side 2 av 4

Kommunene krever bedre finansiering av barnevernet

trenger full kompensasjon for utgiftene til fosterhjem og institusjonsplasser.

Hun viste til tall fra fylkesmannen.

- 3 -

Statsråden svarte at hun vil se på tallene.
"""
PAGES_NN = """Fylket ber om pengar til rassikring

Fylkesordføraren la fram ei liste over vegane der rasfaren er størst, og bad departementet om å
3/5
setje av meir pengar i neste transportplan.
"""


def test_page_furniture_is_dropped_and_the_cut_sentence_goes_on() -> None:
    paras = _paras(PAGES_NB)
    assert not any(p.startswith(("Side 2", "– 3")) for p in paras)
    assert sum("finansiering av barnevernet" in p for p in paras) == 1  # the running header went with the number
    assert any("sa på møtet med statsråden at kommunene trenger full kompensasjon for utgiftene" in " ".join(p.split())
               for p in paras)
    assert paras[-2].startswith("Hun viste") and paras[-1].startswith("Statsråden svarte")


def test_page_number_between_lines_of_a_sentence_in_nynorsk() -> None:
    flat = " ".join(normalise(PAGES_NN).split())
    assert "bad departementet om å setje av meir pengar" in flat and "3/5" not in flat


@pytest.mark.parametrize("line, is_number", [
    ("Side 3 av 7", True), ("side 12", True), ("3 av 7", True), ("3/7", True), ("– 3 -", True), ("4", True),
    ("ks.no | Side 2 av 5", True), ("3 (7)", True),
    ("2025", False), ("Side om side med kommunene", False), ("3 av 4 kommuner sier nei", False), ("1.", False),
])
def test_page_number(line: str, is_number: bool) -> None:
    assert page_number(line) is is_number


def test_no_page_furniture_leaves_the_lines_as_they_are() -> None:
    text = "Tittel\n\nKS møtte statsråden.\n\n2025 blir eit krevjande år.\n"
    assert normalise(text) == text


TAIL_NB = """Rådmannen ba om mer tid

Rådmannen i Elvestad sa at kommunen trenger mer tid til å innføre de nye kravene i pleie- og omsorgstjenestene, og at departementet må utsette fristen med ett år.

Departementet har ikke svart.

Kommentarer (7)

Bygdeliv · for 3 timer siden
Regjeringen må lytte til kommunene nå!
Svar
"""
TAIL_NN = """Skribenten vil ha meir lokalt sjølvstyre

Kommunane må få styre meir sjølve. Staten legg stadig nye krav på kommunane utan å følgje opp med pengar, og det går ut over tenestene til innbyggjarane i heile landet.

Om forfattaren
Ola Sandvik er rådgjevar i ein interkommunal organisasjon.
E-post: ola.sandvik@example.no
"""


@pytest.mark.parametrize("text, kept, gone", [
    (TAIL_NB, "Departementet har ikke svart.", ["Kommentarer", "Regjeringen må lytte"]),
    (TAIL_NN, "innbyggjarane i heile landet.", ["Om forfattaren", "rådgjevar", "E-post"]),
])
def test_what_follows_the_story_is_cut_off(text: str, kept: str, gone: list[str]) -> None:
    out = normalise(text)
    assert out.rstrip().endswith(kept)
    for g in gone:
        assert g not in out


def test_a_tail_label_in_the_first_half_stays() -> None:
    lines = ["Om forfatteren", "", "Kari Holm skriv om kommuneøkonomi.", "", "Ein lang tekst " * 20]
    assert without_tail(lines) == lines


RELATED = """Tittel om skulen

Kommunestyret vedtok budsjettet med ein auke til skulen.

Relaterte saker

– Vi må få fleire lærarar i skulen

«Dette er eit svik mot distrikta»

Ordførar: – Staten må ta rekninga (3 dagar sidan)

Neste møte i kommunestyret er i juni, og då skal saka om skulestrukturen opp att til behandling.
"""


def test_a_related_list_goes_with_its_titles() -> None:
    paras = _paras(RELATED)
    assert paras == ["Tittel om skulen", "Kommunestyret vedtok budsjettet med ein auke til skulen.",
                     "Neste møte i kommunestyret er i juni, og då skal saka om skulestrukturen opp att til behandling."]


@pytest.mark.parametrize("lines", [
    ["Andre saker", "", "Partane drøfta også tilskotet til omsorgsbustader og kva det vil koste å byggje dei."],
    ["Andre saker", "Desse sakene drøfta partane til slutt:", "– rekruttering", "– beredskap"],
    ["Fleire saker", "Budsjett", "Vegar"],  # a meeting's other matters, short items
    ["Les også", "Ein einaste tittel her"],  # one title: too little to call it a list
])
def test_a_label_over_prose_or_short_items_stays(lines: list[str]) -> None:
    assert related_lists(lines) == set()


@pytest.mark.parametrize("line", ["Lytt til saken", "Hør saken", "Les opp", "▶ Lytt", "00:00 / 03:12",
                                  "Lesetid: 4 min", "4 min lesetid", "Artikkelen blir lest opp med syntetisk stemme.",
                                  "Bilde 2 av 5", "Bilete 1 av 3", "Vis bildegalleri", "Fotograf: Kari Holm",
                                  "(Foto: Kari Holm / NTB)"])
def test_widget_lines_are_boilerplate(line: str) -> None:
    text = f"Tittel\n\n{line}\n\nKS møtte statsråden i går.\n"
    assert normalise(text) == "Tittel\n\nKS møtte statsråden i går.\n"


@pytest.mark.parametrize("line", ["Lytt til kommunene!", "Les opp vedtaket for oss, sa ho.", "Bilde av situasjonen"])
def test_lines_that_only_look_like_widgets_stay(line: str) -> None:
    assert line in normalise(f"Tittel\n\n{line}\n")


def test_a_page_break_before_a_number_that_goes_on_with_the_sentence() -> None:
    text = ("Tittel\n\nFylkesstyret har bedt regjeringa om ein gjennomgang av heile ordninga før kommuneproposisjonen for"
            "\n\nSide 2 av 3\n\n2027, sa fylkesleiaren.\n")
    assert "kommuneproposisjonen for 2027, sa fylkesleiaren." in " ".join(normalise(text).split())


def test_a_page_break_after_a_heading_keeps_the_heading_apart() -> None:
    text = "Tittel\n\nKort om saka\n\n- 2 -\n\nKommunestyret vedtok planen i går.\n"
    assert _paras(text) == ["Tittel", "Kort om saka", "Kommunestyret vedtok planen i går."]


CONTINUED = (
    ("Ferjene må få meir pengar\n\nFylkesordførar Eldbjørg Nesheim Vatle opna møtet med statsråden i Florø.\n\n"
     "– Ferjetilbodet er på sitt lågaste nivå på tjue år. Fleire samband går berre annakvar time.\n\n{box}\n\n"
     "Slik kan det ikkje halde fram. Vi ber staten om eit eige ferjeløft i neste budsjett, sa Nesheim Vatle.\n",
     "Eldbjørg Nesheim Vatle", "Ferjetilbodet er"),
    ("Sykehjemmene mangler folk\n\nKommunedirektør Arvid Solbakk Lien la fram tallene for formannskapet.\n\n"
     "– Vi har over tretti ledige stillinger i pleie og omsorg. Mange av dem har stått tomme i et år.\n\n{box}\n\n"
     "Dette kan ikke fortsette. Vi ber departementet om en egen rekrutteringspott, sa Solbakk Lien.\n",
     "Arvid Solbakk Lien", "Vi har over tretti"),
)
BOXES = ("Kommune\tStillingar\tLedige\nNordvik\t120\t12\nSørvik\t80\t9\nAustvik\t45\t4",
         "Tabell 2\n|År|Stillinger|Ledige|\n|---|---|---|\n|2023|200|18|\n|2024|210|25|",
         "Fakta om saken\n- Kommunen har 9 000 innbyggere.\n- Sykehjemmet har 60 plasser.")


@pytest.mark.parametrize("box", BOXES)
@pytest.mark.parametrize("story,speaker,opening", CONTINUED)
def test_a_dash_quotation_before_a_box_takes_the_speaker_of_the_paragraph_after_it(story: str, speaker: str,
                                                                                   opening: str, box: str) -> None:
    from extract_kit import result
    rows = [(s.speaker.name if s.speaker else None, s.text) for s in result(story.format(box=box)).statements
            if s.kind == "direct"]
    assert any(name == speaker and t.startswith(opening) for name, t in rows), rows
    assert len(rows) == 2 and all(name == speaker for name, _ in rows), rows


@pytest.mark.parametrize("line, kept", [
    ("– Vi må ha meir pengar til vegane, sa ho. (Foto: Kari Holm / NTB)", "– Vi må ha meir pengar til vegane, sa ho."),
    ("«Staten må ta rekninga», sa han. Foto: Per Lid", "«Staten må ta rekninga», sa han."),
    ("Ordføraren fortalde at seks sjukepleiarar har gått over til sjukehuset sidan nyttår, og at kommunen "
     "no slit med å finne folk med rett utdanning til stillingane i heimetenesta i heile regionen. (Foto: Privat)",
     "Ordføraren fortalde at seks sjukepleiarar har gått over til sjukehuset sidan nyttår, og at kommunen "
     "no slit med å finne folk med rett utdanning til stillingane i heimetenesta i heile regionen."),
    ("Frå møtet i departementet. (Foto: Kari Holm / NTB)", "Frå møtet i departementet. (Foto: Kari Holm / NTB)"),
    ("Statsråden og ordføraren på befaring. Foto: Per Lid", "Statsråden og ordføraren på befaring. Foto: Per Lid"),
])
def test_a_credit_run_into_the_story_is_cut_off_and_a_caption_keeps_its_own(line: str, kept: str) -> None:
    assert normalise(f"Tittel\n\n{line}\n") == f"Tittel\n\n{kept}\n"


def test_a_long_paragraph_closed_by_a_credit_is_no_caption() -> None:
    from flows.extract.captions import caption_spans
    from flows.segment import segment
    long = ("Rådmannen sa at kommunen har fått fleire oppgåver dei siste åra utan at pengane har følgt med, og at det "
            "no går ut over tilbodet til dei eldre i kommunen og til barna i skulen. Foto: Per Lid")
    assert caption_spans(segment(f"Tittel\n\n{long}\n")) == ()
    assert len(caption_spans(segment("Tittel\n\nFrå møtet i Oslo. Foto: Per Lid\n"))) == 1


@pytest.mark.parametrize("gallery", [
    "Bilde 1 av 3\nKaia i Nordvik ein vinterdag.\nFoto: Kari Holm / NTB\nBilde 2 av 3\nDen nye skulen. Foto: Per Lid",
    "Bilete 1 av 2\nFrå befaringa i fjor haust.\n\nBilete 2 av 2\nRådhuset sett frå sjøen. FOTO: Per Lid",
    "Lukk\n\n1/3\nMøterommet i rådhuset.\nFoto: Per Lid\n\n2/3\nBrua over elva. (Foto: Kari Holm)",
])
def test_an_image_gallery_goes_with_its_captions(gallery: str) -> None:
    text = f"Tittel\n\nKommunestyret vedtok planen i går.\n\n{gallery}\n\nOrdføraren var nøgd med vedtaket.\n"
    assert normalise(text) == "Tittel\n\nKommunestyret vedtok planen i går.\n\nOrdføraren var nøgd med vedtaket.\n"


def test_a_paragraph_with_a_long_line_under_a_counter_stays() -> None:
    text = ("Tittel\n\nBilde 1 av 2\nOrdføraren sa at kommunen har fått fleire oppgåver dei siste åra utan at pengane "
            "har følgt med, og at det no går ut over tilbodet til dei eldre.\n")
    assert "Ordføraren sa at" in normalise(text)
