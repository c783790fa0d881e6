"""What the unit tests of every perturbation family check, whatever its layout: the family is registered,
deterministic for a seed and applies to the module's invented text; it leaves the gold as it is, and every gold
string is still in the perturbed text; a furniture family only adds paragraphs around the story's. Each family
test module gives its own text, gold, metadata and the way it flattens a text before looking for a gold string
(`plain`), and takes its parametrised tests from `family_tests` and `adds_only_tests`."""
from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eval" / "perturb"))

from families import FAMILIES, perturb  # noqa: E402
from text_ops import gold_strings, paragraphs  # noqa: E402

Gold = dict[str, Any]
Test = Callable[..., None]
SEEDS = range(6)


def run(family: str, text: str, gold: Gold, meta: dict[str, str], seed: int = 0) -> tuple[str, Gold, Any]:
    """The family applied to one invented document: (text, gold, what it changed)."""
    return perturb(family, "x", text, gold, meta, seed=seed)


def check_registered_deterministic_and_applies(family: str, text: str, gold: Gold, meta: dict[str, str]) -> None:
    assert family in FAMILIES
    assert run(family, text, gold, meta, 5) == run(family, text, gold, meta, 5)
    assert run(family, text, gold, meta)[2]


def check_gold_kept(family: str, seed: int, text: str, gold: Gold, meta: dict[str, str],
                    plain: Callable[[str], str]) -> None:
    perturbed, kept, _ = run(family, text, gold, meta, seed)
    assert kept == gold
    for s in gold_strings(gold):
        assert plain(s) in plain(perturbed), (family, s)


def check_only_adds_paragraphs(perturbed: str, text: str, fold: Callable[[str], str] = lambda p: p) -> None:
    """Every paragraph of the story is still in the perturbed text, in its order (both sides `fold`ed)."""
    it = iter([fold(p) for p in paragraphs(perturbed)])
    assert all(any(fold(p) == q for q in it) for p in paragraphs(text))


def family_tests(families: Iterable[str], text: str, gold: Gold, meta: dict[str, str],
                 plain: Callable[[str], str], *, gold_kept_except: Iterable[str] = ()) -> tuple[Test, Test]:
    """The two tests every family of a module takes, parametrised over its families: registered,
    deterministic and applying to `text`; and for each seed, the gold kept as it is and every gold string in
    the perturbed text (`plain` on both sides), leaving out the families of `gold_kept_except` (those whose
    own tests check the gold in their own way). A module binds them to its own test names."""
    families = tuple(families)
    skipped = set(gold_kept_except)

    @pytest.mark.parametrize("family", families)
    def test_registered_deterministic_and_applies(family: str) -> None:
        check_registered_deterministic_and_applies(family, text, gold, meta)

    @pytest.mark.parametrize("family", [f for f in families if f not in skipped])
    @pytest.mark.parametrize("seed", SEEDS)
    def test_gold_stays_as_it_is_and_in_the_text(family: str, seed: int) -> None:
        check_gold_kept(family, seed, text, gold, meta, plain)

    return test_registered_deterministic_and_applies, test_gold_stays_as_it_is_and_in_the_text


def adds_only_tests(families: Iterable[str], text: str, gold: Gold, meta: dict[str, str],
                    fold: Callable[[str, str], str] = lambda family, p: p) -> Test:
    """The test of furniture families, for each seed: every paragraph of `text` is still there, in its
    order; the family only adds around them (`fold(family, paragraph)` flattens what a family may change in
    a paragraph, such as an intertitle put in capitals)."""

    @pytest.mark.parametrize("family", list(families))
    @pytest.mark.parametrize("seed", SEEDS)
    def test_only_adds_paragraphs(family: str, seed: int) -> None:
        check_only_adds_paragraphs(run(family, text, gold, meta, seed)[0], text, lambda p: fold(family, p))

    return test_only_adds_paragraphs
