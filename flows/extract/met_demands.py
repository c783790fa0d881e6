"""Demands the text says were met ("Fylkeskommunene har i flere år bedt om flere studieplasser. Det kravet ble
innfridd i fjor", "KS Vestland har tidlegare bede om at X. Det er no på plass."): a past request the next
sentence reports as granted asks nothing any more (guidelines: what the government did is no demand). The
markers are data (`met_markers` in data/request_verbs.yaml)."""
from __future__ import annotations

import re
from functools import lru_cache

from flows import lexicon
from flows.model import Block, Demand


@lru_cache(maxsize=1)
def _met() -> re.Pattern[str]:
    data = lexicon.load("request_verbs")["met_markers"]
    openers = lexicon.alternation([str(w) for w in data["openers"]])
    granted = lexicon.alternation([str(w) for w in data["granted"]])
    return re.compile(rf"^\W*(?:{openers})\s+(?:[\wæøå]+\s+){{0,3}}?(?:{granted})(?![\w-])", re.IGNORECASE)


def met(sentence: str) -> bool:
    """True when a sentence opens by pointing back at a request and says it was granted ("Det kravet ble innfridd
    i fjor", "Det er no på plass gjennom helsefellesskapa")."""
    return bool(_met().search(sentence))


def without_met(demands: tuple[Demand, ...], blocks: tuple[Block, ...]) -> tuple[Demand, ...]:
    """The demands less those outside quotations whose sentence the next one in its paragraph reports as met."""
    granted: list[tuple[int, int]] = []
    for block in blocks:
        for before, after in zip(block.sentences, block.sentences[1:]):
            if met(after.text):
                granted.append((before.start, before.end))
    if not granted:
        return demands
    return tuple(d for d in demands if d.in_quote or not any(a <= d.start < b for a, b in granted))
