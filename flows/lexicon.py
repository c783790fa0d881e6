"""Language knowledge as data: every word list the rules read lives in
`flows/data/*.yaml`, so a maintainer extends the pipeline without touching code.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

DATA_DIR = Path(__file__).parent / "data"
# libyaml's loader when PyYAML was built with it: the same data as the pure-Python SafeLoader (every file
# of flows/data/ and metadata/ loads equal, tests/test_lexicon_loader.py), in a tenth of the time
SAFE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@lru_cache(maxsize=None)
def load(name: str) -> Any:
    """Return the parsed content of `flows/data/<name>.yaml`."""
    path = DATA_DIR / f"{name}.yaml"
    return read_yaml(path, f"lexicon {name!r} not found: expected {path}")


def read_yaml(path: Path, missing: str) -> Any:
    """The parsed YAML file `path` (UTF-8); FileNotFoundError with the message `missing` when it is not there."""
    if not path.exists():
        raise FileNotFoundError(missing)
    with path.open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=SAFE_LOADER)  # noqa: S506  (a safe loader: SafeLoader or libyaml's)


@lru_cache(maxsize=None)
def words(name: str, key: str | None = None) -> frozenset[str]:
    """A word list from a lexicon file, lower-cased."""
    data = load(name)
    items = data[key] if key is not None else data
    return frozenset(str(item).casefold() for item in items)


def alternation(items: list[str] | frozenset[str]) -> str:
    """A regex alternation of literal phrases, longest first (so 'la til' wins over 'la')."""
    ordered = sorted({str(i) for i in items}, key=lambda s: (-len(s), s))
    return "|".join(re.escape(item).replace(r"\ ", r"\s+") for item in ordered)


@lru_cache(maxsize=1)
def request_verb_forms() -> tuple[str, ...]:
    """Every form of every verb of requesting (`requests` in request_verbs.yaml: "ber", "bad", "krev", "oppfordrar",
    ...), in the file's order: the one list the cue patterns, the list lead-ins and the clause readers share."""
    return tuple(str(v) for forms in load("request_verbs")["requests"].values() for v in forms)


WORD_START = r"(?<![\w-])"  # no letter, digit or hyphen before: a phrase starts a word
WORD_END = r"(?![\w-])"  # none after: it ends one


def phrase_pattern(items: Iterable[str], before: str = WORD_START, after: str = WORD_END,
                   flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """One compiled pattern for a word list: any of the literal phrases `items` (`alternation`: longest
    first, any white space between words), with the regex `before` in front and `after` behind it
    (by default a whole word or phrase, in any case). Compiling is not cheap: call it once, from a
    function cached with `lru_cache`, never per sentence."""
    return re.compile(rf"{before}(?:{alternation(list(items))}){after}", flags)


@lru_cache(maxsize=1)
def version() -> str:
    """A hash of every data file (word lists and the trained topic model): part of the extractor's version."""
    digest = hashlib.sha256()
    for path in sorted([*DATA_DIR.glob("*.yaml"), *DATA_DIR.glob("*.json")]):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
