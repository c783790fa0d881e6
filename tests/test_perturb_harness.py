"""Smoke test of the perturbation harness (eval/perturb): every family is deterministic and keeps
its gold valid for the text it makes. No extraction here (eval/perturb/run.py scores the families)."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eval" / "perturb"))

from families import FAMILIES, perturb  # noqa: E402
from text_ops import gold_strings, squashed  # noqa: E402

TEXT = """Ordførere ba om mer penger til legevakt

Fylkesleder i KS Fjordane, Astrid Ulvik Holm, møtte helseminister Petter Aas Rognli i Førde onsdag 4. mars.

– Vi har ikke råd til å drive legevakta alene. Staten må ta en større del av regningen, sa Ulvik Holm.

«Vi ser på saken», sa Rognli etter møtet. Helse- og omsorgsdepartementet vil komme tilbake med svar.

Holm ba også om at kravene til legevaktleger blir gjort om.

Neste møte er planlagt til høsten, og kommunene i regionen vil følge saken tett fram mot budsjettet.
"""
GOLD = {
    "doc": "t",
    "meeting": {"meeting_type": "annet", "date": {"text": "onsdag 4. mars", "year": None, "month": 3, "day": 4},
                "counterpart": "Helse- og omsorgsdepartementet",
                "participants": [{"name": "Astrid Ulvik Holm"}, {"name": "Petter Aas Rognli"}]},
    "statements": [
        {"kind": "direct", "speaker": "Astrid Ulvik Holm",
         "text": "Vi har ikke råd til å drive legevakta alene. Staten må ta en større del av regningen"},
        {"kind": "direct", "speaker": "Petter Aas Rognli", "text": "Vi ser på saken"}],
    "demands": [{"claimant": "KS Fjordane", "addressee": "staten", "topic": "okonomi",
                 "text": "Staten må ta en større del av regningen"}],
}
META = {"published": "2025-03-05"}


def _plain(text: str) -> str:
    """The text as the scorer's tokens see it: no quote marks, no dashes, no invisible characters."""
    text = re.sub("[\u00ad\u200b\u200c\u2060\ufeff]", "", text)
    return squashed(re.sub(r"[«»\"“”–—-]", " ", text))


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_family_is_deterministic(family: str) -> None:
    assert perturb(family, "t", TEXT, GOLD, META, seed=3) == perturb(family, "t", TEXT, GOLD, META, seed=3)


# the PDF families break words at line ends and cut sentences with page furniture: their own tests
# (tests/test_perturb_page_widgets.py) look for the gold in the text with those undone
@pytest.mark.parametrize("family", sorted(set(FAMILIES) - {"rename_people", "swap_ministries", "nn_nb_swap",
                                                         "pdf_hyphens", "pdf_pages"}))
def test_layout_families_keep_the_gold_in_the_text(family: str) -> None:
    text, gold, _ = perturb(family, "t", TEXT, GOLD, META)
    assert gold == GOLD
    flat = _plain(text)
    for s in gold_strings(gold):
        assert _plain(s) in flat, (family, s)


def test_renamed_people_are_renamed_in_text_and_gold() -> None:
    text, gold, changed = perturb("rename_people", "t", TEXT, GOLD, META)
    assert changed and "Ulvik Holm" not in text and "Rognli" not in text
    names = {p["name"] for p in gold["meeting"]["participants"]}
    assert names.isdisjoint({"Astrid Ulvik Holm", "Petter Aas Rognli"})
    assert all(n in text for n in names)
    assert {s["speaker"] for s in gold["statements"]} == names


def test_swapped_ministries_are_swapped_in_text_and_gold() -> None:
    text, gold, changed = perturb("swap_ministries", "t", TEXT, GOLD, META)
    assert changed and "Helse- og omsorgsdepartementet" not in text and "helseminister" not in text
    assert gold["meeting"]["counterpart"] in text and gold["meeting"]["counterpart"] != GOLD["meeting"]["counterpart"]


def test_a_truncated_text_is_shorter_and_keeps_every_gold_row() -> None:
    text, gold, changed = perturb("truncated", "t", TEXT, GOLD, META)
    assert changed and len(text) < len(TEXT) and gold == GOLD
