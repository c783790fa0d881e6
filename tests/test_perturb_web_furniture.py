"""Unit tests of the web-furniture perturbation families (eval/perturb/web_furniture.py): each is a pure
seeded function that makes the layout it names, leaves the story's words as they are and keeps its gold
valid. Invented texts."""
from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import perturb_kit as kit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eval" / "perturb"))

import web_furniture as wf  # noqa: E402
from text_ops import paragraphs, squashed  # noqa: E402

TEXT = """Hamnene treng pengar, seier kystkommunane

Leiaren i KS Havbruk, Oddny Skarstein Vatne, møtte fiskeriministeren i Florø måndag 3. mars.

«Vi kan ikkje vedlikehalde kaiene med dei midlane vi har i dag. Staten må ta sin del», sa Skarstein Vatne.

«Dersom ingenting skjer, må vi stengje 'den gamle kaia' til hausten.

Det rammar både fiskarane og ferja.»

Statsråden sa at departementet skal sjå på KS' innspel.

Kommunane ba om:
– ein eigen pott til hamneutbygging
– raskare svar på søknader om tilskot

Neste møte er i juni.
"""
GOLD = {
    "doc": "x",
    "meeting": {"meeting_type": "annet", "date": {"text": "måndag 3. mars", "year": 2025, "month": 3, "day": 3},
                "counterpart": "Nærings- og fiskeridepartementet",
                "participants": [{"name": "Oddny Skarstein Vatne"}]},
    "statements": [
        {"kind": "direct", "speaker": "Oddny Skarstein Vatne",
         "text": "Vi kan ikkje vedlikehalde kaiene med dei midlane vi har i dag. Staten må ta sin del"},
        {"kind": "indirect", "speaker": "Statsråden", "text": "departementet skal sjå på KS' innspel"}],
    "demands": [{"claimant": "KS Havbruk", "addressee": "staten", "topic": "okonomi",
                 "text": "Staten må ta sin del"},
                {"claimant": "KS Havbruk", "addressee": None, "topic": "okonomi",
                 "text": "ein eigen pott til hamneutbygging"}],
}
META = {"published": "2025-03-04"}
NEW = ("share_cookie", "breadcrumb", "contact_block", "paywall", "flat_table", "headline_repeat", "soft_hyphens",
       "typographic_quotes")
INVISIBLE = re.compile("[\u00ad\u200b\u200c\u2060\ufeff]")


def _plain(text: str) -> str:
    text = INVISIBLE.sub("", text).replace("\u2019", "'")
    return squashed(re.sub("[«»\"\u201c\u201d\u201e\u201a\u2018]", " ", text))


def _run(family: str, seed: int = 0, text: str = TEXT):
    return kit.run(family, text, GOLD, META, seed)


test_registered_deterministic_and_applies, test_gold_stays_as_it_is_and_in_the_text = kit.family_tests(
    NEW, TEXT, GOLD, META, _plain)
test_furniture_only_adds_paragraphs = kit.adds_only_tests(
    ["share_cookie", "breadcrumb", "contact_block", "paywall", "flat_table", "headline_repeat"], TEXT, GOLD, META)


def test_share_cookie_adds_share_newsletter_and_cookie_lines() -> None:
    for seed in range(6):
        added = "\n".join(p for p in paragraphs(_run("share_cookie", seed)[0]) if p not in paragraphs(TEXT))
        assert re.search(r"^(Del|Kopier|Send)", added, re.M)
        assert re.search(r"nyhe\w*brev", added, re.I) and "informasjonskaps" in added


def test_breadcrumb_stands_above_the_title() -> None:
    seps = set()
    for seed in range(12):
        paras = paragraphs(_run("breadcrumb", seed)[0])
        at = paras.index(paragraphs(TEXT)[0])
        assert at in (1, 2) and paras[at - 1].startswith(("Forsiden", "Nyheter"))
        seps.add(re.search(r" (\S) ", paras[at - 1]).group(1))
    assert len(seps) >= 3


def test_contact_block_closes_the_text_with_a_name_a_phone_and_an_address() -> None:
    for seed in range(6):
        last = paragraphs(_run("contact_block", seed)[0])[-1]
        assert last.startswith(("Kontakt", "For mer", "Spørsmål"))
        assert re.search(r"\d{2} \d{2}", last) and "@ks.no" in last
        assert not any(w in TEXT for w in re.findall(r"[A-ZÆØÅ]\w+", last.split("\n", 1)[1]) if len(w) > 3)


def test_paywall_stands_between_paragraphs_outside_a_quotation() -> None:
    for seed in range(6):
        paras = paragraphs(_run("paywall", seed)[0])
        at = next(i for i, p in enumerate(paras) if "abonn" in p.lower())
        before = "\n".join(paras[:at])
        assert before.count("«") == before.count("»")
        assert paras[-1] == paragraphs(TEXT)[-1]  # the text goes on after it


def test_outside_quotes_skips_a_quotation_over_paragraphs() -> None:
    paras = paragraphs(TEXT)
    inside = next(i for i, p in enumerate(paras) if p.startswith("Det rammar"))
    assert inside not in wf.outside_quotes(paras)


def test_flat_table_has_cells_in_rows() -> None:
    kinds = set()
    for seed in range(10):
        added = [p for p in paragraphs(_run("flat_table", seed)[0]) if p not in paragraphs(TEXT)]
        assert len(added) == 1
        rows = [r for r in added[0].split("\n") if "\t" in r or "|" in r]
        assert len(rows) >= 4
        kinds.add("\t" if "\t" in rows[0] else "|")
    assert kinds == {"\t", "|"}


def test_headline_repeat_doubles_the_title() -> None:
    for seed in range(6):
        paras = paragraphs(_run("headline_repeat", seed)[0])
        title = paragraphs(TEXT)[0]
        assert paras[0].startswith(title) and paras[1].startswith(title)


def test_soft_hyphens_only_add_invisible_characters() -> None:
    text = _run("soft_hyphens")[0]
    assert "\u00ad" in text and INVISIBLE.sub("", text) == TEXT


def test_typographic_quotes_replace_guillemets_and_apostrophes() -> None:
    styles = set()
    for seed in range(16):
        text = _run("typographic_quotes", seed)[0]
        assert "«" not in text and "»" not in text and "KS\u2019 innspel" in text
        styles.add(text[text.index("Vi kan") - 1])
        assert re.sub("[\u201c\u201d\u201e\u201a\u2018\u2019]", "", text) == re.sub("[«»']", "", TEXT)
    assert styles >= {"\u201e", "\u201c"}


def test_typographic_quotes_needs_quotes() -> None:
    assert wf.typographic_quotes("Tittel\n\nEin tekst utan sitat.\n", GOLD, random.Random(0), {}) is None
