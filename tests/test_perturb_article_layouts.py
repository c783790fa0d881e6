"""Unit tests of the article-layout perturbation families (eval/perturb/article_layouts.py, wording.py):
each is a pure seeded function that makes the layout it names and keeps its gold valid. Invented texts."""
from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import perturb_kit as kit
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eval" / "perturb"))

import article_layouts as al  # noqa: E402
import wording  # noqa: E402
from text_ops import gold_strings, paragraphs, squashed  # noqa: E402

TEXT = """Skolebussene står, og fylket vil ha svar

Styreleiar i KS Innlandet, Mari Solberg Dahl, møtte samferdselsminister Tor Eik Haugland på Hamar tysdag 9. september.

– Vi kan ikkje køyre bussane med dei pengane vi har no. Staten må dekkje meirkostnaden, sa Solberg Dahl.

– Elles må vi kutte ruter som elevane treng.

Haugland sa at departementet skal sjå på saka.

Fylka ba om:
– ein eigen pott til skuleskyss
– raskare svar på søknader om tilskot

Neste møte er i desember.
"""
GOLD = {
    "doc": "x",
    "meeting": {"meeting_type": "annet", "date": {"text": "tysdag 9. september", "year": 2025, "month": 9, "day": 9},
                "counterpart": "Samferdselsdepartementet",
                "participants": [{"name": "Mari Solberg Dahl"}, {"name": "Tor Eik Haugland"}]},
    "statements": [
        {"kind": "direct", "speaker": "Mari Solberg Dahl",
         "text": "Vi kan ikkje køyre bussane med dei pengane vi har no. Staten må dekkje meirkostnaden"},
        {"kind": "direct", "speaker": "Mari Solberg Dahl", "text": "Elles må vi kutte ruter som elevane treng"},
        {"kind": "indirect", "speaker": "Tor Eik Haugland", "text": "departementet skal sjå på saka"}],
    "demands": [{"claimant": "KS Innlandet", "addressee": "staten", "topic": "okonomi",
                 "text": "Staten må dekkje meirkostnaden"},
                {"claimant": "KS Innlandet", "addressee": None, "topic": "okonomi",
                 "text": "ein eigen pott til skuleskyss"}],
}
META = {"published": "2025-09-10"}
NEW = ("quote_headline", "fact_box_after_quote", "letter_header", "byline_role", "photo_credits",
       "english_summary", "windows_nbsp", "bullets", "nn_nb_swap")


def _plain(text: str) -> str:
    return squashed(re.sub(r"[«»\"“”–—\-•*]", " ", text.replace("\u00a0", " ")))


def _run(family: str, seed: int = 0, text: str = TEXT):
    return kit.run(family, text, GOLD, META, seed)


test_registered_deterministic_and_applies, test_gold_stays_as_it_is_and_in_the_text = kit.family_tests(
    NEW, TEXT, GOLD, META, _plain, gold_kept_except=("nn_nb_swap",))  # nn_nb_swap rewrites its gold too


def test_quote_headline_puts_a_short_quoted_sentence_first() -> None:
    seen = set()
    for seed in range(12):
        text, _, _ = _run("quote_headline", seed)
        head = paragraphs(text)[0]
        assert _plain(head).rstrip("!") .strip() in {"Vi kan ikkje køyre bussane med dei pengane vi har no",
                                                      "Staten må dekkje meirkostnaden",
                                                      "Elles må vi kutte ruter som elevane treng"}
        seen.add(head[0])
        assert paragraphs(text)[1] == paragraphs(TEXT)[0]  # the old title follows
    assert {"–", "«"} <= seen and seen - {"–", "«"}  # with a dash, in quotes and bare


def test_quote_headline_needs_a_direct_statement() -> None:
    gold = {**GOLD, "statements": [s for s in GOLD["statements"] if s["kind"] == "indirect"]}
    assert al.quote_headline(TEXT, gold, random.Random(0), META) is None


def test_fact_box_follows_a_quotation_paragraph() -> None:
    for seed in range(8):
        paras = paragraphs(_run("fact_box_after_quote", seed)[0])
        at = next(i for i, p in enumerate(paras) if p.startswith(("Fakta", "FAKTA", "Dette er")))
        assert paras[at - 1].startswith("– Vi kan ikkje")  # the quotation that another one follows


def test_fact_box_needs_a_quotation() -> None:
    assert al.fact_box_after_quote("Tittel\n\nEin vanleg tekst.\n\nEin til.\n", GOLD, random.Random(0), {}) is None


def test_letter_header_holds_only_what_the_gold_says() -> None:
    kinds = set()
    for seed in range(10):
        text = _run("letter_header", seed)[0]
        block = next(p for p in paragraphs(text)[:2] if re.search(r"^(Dato|Frå|Fra|Sted|Stad):", p, re.M))
        if "Til stades:" in block or "Til stede:" in block:
            assert "Mari Solberg Dahl, Tor Eik Haugland" in block
        if re.search(r"^Til: ", block, re.M):
            assert "Til: Samferdselsdepartementet" in block
        if "Dato:" in block:
            assert "Dato: 09.09.2025" in block
        kinds.add("Referent" in block or "Skrivar" in block)
    assert kinds == {True, False}  # minutes and letters


def test_letter_header_leaves_out_a_date_the_gold_lacks() -> None:
    gold = {**GOLD, "meeting": {**GOLD["meeting"], "date": {"text": None, "year": None, "month": None, "day": None}}}
    for seed in range(6):
        assert "Dato:" not in al.letter_header(TEXT, gold, random.Random(seed), META)[0]


def test_byline_role_adds_a_role_an_address_and_a_stamp() -> None:
    for seed in range(6):
        paras = paragraphs(_run("byline_role", seed)[0])
        added = "\n".join(paras[1:3])
        assert "@" in added and re.search(r"(Publisert|Oppdatert)[: ]", added)
        assert paras[0] == paragraphs(TEXT)[0]


def test_byline_role_adds_no_second_publication_line() -> None:
    stamped = TEXT.replace("\n\nStyreleiar", "\n\nPublisert 08.09.2025\n\nStyreleiar")
    for seed in range(6):
        text = al.byline_role(stamped, GOLD, random.Random(seed), META)[0]
        assert len(re.findall(r"Publisert|Oppdatert", text)) == 1


def test_photo_credits_end_paragraphs() -> None:
    text = _run("photo_credits", 1)[0]
    assert len(re.findall(r"\((?:Foto|foto): [^)]+\)$", text, re.M)) == 3


def test_english_summary_is_one_english_paragraph() -> None:
    paras = paragraphs(_run("english_summary")[0])
    assert len(paras) == len(paragraphs(TEXT)) + 1
    assert sum(p.startswith(("English summary", "Summary in English", "In English")) for p in paras) == 1


def test_windows_nbsp_has_crlf_and_nbsp_only_as_new_whitespace() -> None:
    text = _run("windows_nbsp")[0]
    assert "\r\n" in text and "\n" not in text.replace("\r\n", "")
    assert "–\u00a0Vi kan" in text and "Mari\u00a0Solberg\u00a0Dahl" in text
    assert text.replace("\r\n", "\n").replace("\u00a0\n", "\n").replace("\u00a0", " ") == TEXT


@pytest.mark.parametrize("seed", range(4))
def test_bullets_mark_list_items_not_quotations(seed: int) -> None:
    text = _run("bullets", seed)[0]
    assert re.search(r"^[•*]\s?ein eigen pott", text, re.M) and re.search(r"^[•*]\s?raskare svar", text, re.M)
    assert "\n– Vi kan ikkje" in text and "\n– Elles" in text  # quotation paragraphs keep their dash


def test_bullets_need_a_list() -> None:
    assert al.bullets("Tittel\n\n– Eitt sitat.\n\n– Eit anna.\n", GOLD, random.Random(0), {}) is None
    assert al.bullets("Tittel\n\nHo sa det slik:\n– Vi treng svar no.\n", GOLD, random.Random(0), {}) is None


def test_nn_nb_swap_rewrites_text_and_gold_alike() -> None:
    text, gold, changed = _run("nn_nb_swap", 2)
    assert changed and text != TEXT
    assert gold["meeting"]["participants"] == GOLD["meeting"]["participants"]
    for s in gold_strings(gold):
        assert _plain(s) in _plain(text)
    assert gold["statements"][0]["text"] != GOLD["statements"][0]["text"] or "ikkje" in text


def test_nn_nb_swap_turns_bokmaal_towards_nynorsk() -> None:
    nb = "Tittel\n\n– Jeg vet ikke hva vi gjør, sier hun. Det er bare noe vi må se på fra i dag.\n"
    outs = {wording.nn_nb_swap(nb, {"statements": [], "demands": []}, random.Random(s), {})[0] for s in range(6)}
    assert any("ikkje" in o for o in outs) and any("Eg" in o for o in outs)
    assert all(re.search(r"\b(sier|seier)\b", o) for o in outs)
