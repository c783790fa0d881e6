"""What the unit tests of every perturbation family check, whatever its layout: the family is registered,
deterministic for a seed and applies to the module's invented text; it leaves the gold as it is, and every gold
string is still in the perturbed text. Each family test module gives its own text, gold, metadata and the way
it flattens a text before looking for a gold string (`plain`)."""
from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eval" / "perturb"))

from families import FAMILIES, perturb  # noqa: E402
from text_ops import gold_strings  # noqa: E402

Gold = dict[str, Any]


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
