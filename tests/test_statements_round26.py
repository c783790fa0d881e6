"""Statement constructions from the misses of round 26 (invented texts, bokmål and nynorsk, with negatives): a colon
sentence that reports a person's words announcing the quotation under it, a colon sentence opened by a pronoun, a
modal verb opening a condition that is no first name, posts quoted from social media under a name and a handle, a
sound clip credited on a label line, a quotation or report repeated by its speaker given once, and a quotation
closed by an unnamed person's attribution."""
from __future__ import annotations

import pytest

from extract_kit import statements_of
from flows.model import Statement


def run(raw: str, language: str = "nb") -> tuple[Statement, ...]:
    return statements_of(raw, language)


def rows(raw: str, language: str = "nb") -> set[tuple[str, str, str]]:
    return {(s.kind, s.speaker.name, s.text.rstrip(".!?")) for s in run(raw, language)}


DAL = "Ordfører i Nordby, Kari Nordbø Dal, tok imot statsråden.\n\n"
LUND = "Ordførar i Fjordvik, Per Olav Lund, tok imot statsråden.\n\n"

POSITIVE: list[tuple[str, str, str, set[tuple[str, str, str]]]] = [
    ("reported_colon_lead_in_nynorsk", "nn",
     LUND + "Han legg til at kommunane ofte ikkje veit kor mange som søkjer:\n\n"
     "– Det trengst ei felles oversikt. I dag gjettar kvar kommune.",
     {("indirect", "Per Olav Lund", "kommunane ofte ikkje veit kor mange som søkjer"),
      ("direct", "Per Olav Lund", "Det trengst ei felles oversikt. I dag gjettar kvar kommune")}),
    ("reported_colon_lead_in_bokmal", "nb",
     DAL + "Hun mener det er synd at debatten bare handler om penger:\n\n"
     "– Penger er viktig, men vi kan ikke kjøpe lærere som ikke finnes.",
     {("indirect", "Kari Nordbø Dal", "det er synd at debatten bare handler om penger"),
      ("direct", "Kari Nordbø Dal", "Penger er viktig, men vi kan ikke kjøpe lærere som ikke finnes")}),
    ("pronoun_colon_lead_in_without_verb_of_saying", "nb",
     DAL + "Hun retter også kritikk mot fylket:\n\n– Fylket må ta ansvar for skoleskyssen. Det har vi ventet lenge på.",
     {("direct", "Kari Nordbø Dal", "Fylket må ta ansvar for skoleskyssen. Det har vi ventet lenge på")}),
    ("modal_verb_opening_a_condition_is_no_name", "nn",
     LUND + "Kva seier du til kritikken?\n\n– Eg forstår han, seier Lund.\n\n"
     "– Skal Fjordvik bli høyrd, må nokon frå Fjordvik vere til stades. Det er jobben min.",
     {("direct", "Per Olav Lund", "Eg forstår han"),
      ("direct", "Per Olav Lund", "Skal Fjordvik bli høyrd, må nokon frå Fjordvik vere til stades. Det er jobben min")}),
    ("social_media_post_name_and_handle_lines", "nb",
     DAL + "Kari Nordbø Dal\n@karidal\nSvar til @statsraden\nKommunene betaler fortsatt regningen selv. 1/2\n"
     "09:12 · 21. mar. 2025 · 4k visninger",
     {("direct", "Kari Nordbø Dal", "Kommunene betaler fortsatt regningen selv")}),
    ("social_media_post_handle_on_name_line", "nb",
     DAL + "Kari Nordbø Dal @karidal · 09:15\nVi trenger en varig modell, ikke en engangspott. #fastlege",
     {("direct", "Kari Nordbø Dal", "Vi trenger en varig modell, ikke en engangspott. #fastlege")}),
    ("social_media_post_header_set_apart", "nb",
     DAL + "Svaret kom samme kveld:\n\nKari Nordbø Dal @karidal · 14:20\n\n"
     "Jeg hører dere. Ingen skal tro at vi er i mål.",
     {("direct", "Kari Nordbø Dal", "Jeg hører dere. Ingen skal tro at vi er i mål")}),
    ("post_closing_with_handles_after_colon", "nb",
     DAL + "Ordfører Per Olav Lund skrev på X klokken 11.47: «Vi har fått to nye leger i år. Men det er kommunen "
     "som betaler. @statsraden @KSkommune»",
     {("direct", "Per Olav Lund", "Vi har fått to nye leger i år. Men det er kommunen som betaler. "
                                  "@statsraden @KSkommune")}),
    ("sound_clip_label_line", "nb",
     DAL + "Møtet er over.\n\nKLIPP Per Olav Lund, nestleder i KS:\n\n"
     "«Når retten utvides, må staten også betale for det. Det er ikke noe vi har bedt om.»",
     {("direct", "Per Olav Lund", "Når retten utvides, må staten også betale for det. Det er ikke noe vi har bedt om")}),
    ("bulletin_repeats_quotation_once", "nb",
     "KL. 06.00\nStyreleder Kari Nordbø Dal sier at ordningen ikke fungerer.\n"
     "– Innslaget har økt mye. Vi ber statsråden om å fryse innslaget i år.\n\n"
     "KL. 07.00\nKS går inn i møtet.\n– Vi ber statsråden om å fryse innslaget i år, sier Kari Nordbø Dal.\n\n"
     "KL. 08.00\nKari Nordbø Dal sier at ordningen ikke fungerer.",
     {("indirect", "Kari Nordbø Dal", "ordningen ikke fungerer"),
      ("direct", "Kari Nordbø Dal", "Innslaget har økt mye. Vi ber statsråden om å fryse innslaget i år")}),
    ("quotation_inside_quotation_repeated_stays", "nb",
     DAL + "– Vi skal se på praksisen, sa statsråd Per Olav Lund.\n\n"
     "– Han sa «vi skal se på praksisen». Det skal vi minne ham om, sier Dal.",
     {("direct", "Per Olav Lund", "Vi skal se på praksisen"),
      ("direct", "Kari Nordbø Dal", "Han sa «vi skal se på praksisen». Det skal vi minne ham om"),
      ("direct", "Per Olav Lund", "vi skal se på praksisen")}),
]

NEGATIVE: list[tuple[str, str, str, set[tuple[str, str, str]]]] = [
    ("unnamed_person_closing_a_quotation", "nb",
     DAL + "– Vi må ha en ambulanse her, sier Dal.\n\n"
     "– Vi kjører ofte alene de siste milene, sier en ambulansearbeider som ikke vil stå fram med navn.",
     {("direct", "Kari Nordbø Dal", "Vi må ha en ambulanse her")}),
    ("organisation_lead_in_with_empty_content_opens_no_quotation", "nb",
     "KS ber departementet om å:\n\n- opprette en tilskuddsordning for klimatilpasning.",
     set()),
    ("name_line_without_handle_is_no_post", "nb",
     DAL + "Kari Nordbø Dal\nKommunene betaler fortsatt regningen selv.",
     set()),
]


@pytest.mark.parametrize("raw,language,expected", [pytest.param(r, lang, e, id=i) for i, lang, r, e in POSITIVE])
def test_round26_statements(raw: str, language: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= rows(raw, language)


@pytest.mark.parametrize("raw,language,expected", [pytest.param(r, lang, e, id=i) for i, lang, r, e in NEGATIVE])
def test_round26_not_statements(raw: str, language: str, expected: set[tuple[str, str, str]]) -> None:
    assert rows(raw, language) == expected


def test_repeated_quotation_given_once() -> None:
    found = [s for s in run(POSITIVE[9][2]) if s.kind == "direct"]
    assert len(found) == 1
