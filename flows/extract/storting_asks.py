"""The one asked to ask the government ("KS ber Stortinget om å be regjeringen utrede X", "ber Stortinget be regjeringa
kome tilbake med ..."): the demand's action is the government's, but the claimant asks the body that is to request
it, the one named before the inner request (gold writes that body, `Stortinget`, as the addressee). A demand that
itself opens with the inner request ("be regjeringen utrede X") is asked of the Storting when the text names it or
one of its committees: only the Storting asks the government so, by its resolutions (`asked_to_ask` in actors.yaml)."""
from __future__ import annotations

import re
from functools import lru_cache

from flows import lexicon
from flows.extract.actors import addressees_in

STORTINGET = "Stortinget"
BEFORE = 90  # characters before a demand searched for the request to ask


@lru_cache(maxsize=1)
def _parts() -> tuple[str, str, str]:
    conf = lexicon.load("actors").get("asked_to_ask") or {}
    verbs = lexicon.alternation([str(v) for v in conf.get("verbs", ["be"])])
    outer = lexicon.alternation([str(v) for v in conf.get("outer_verbs", ["ber", "ba", "bad", "bed"])])
    government = lexicon.alternation([str(g) for g in conf.get("government", ["regjeringen"])])
    return verbs, outer, government


@lru_cache(maxsize=1)
def _opening() -> re.Pattern[str]:
    verbs, _, government = _parts()
    return re.compile(rf"^\W*(?:{verbs})\s+(?:{government})(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _before() -> re.Pattern[str]:
    verbs, outer, government = _parts()
    return re.compile(rf"(?<![\w-])(?:{outer})\s+(?P<asked>(?:[\w-]+\s+){{1,3}}?)(?:om\s+|til\s+)?(?:å\s+)?(?:{verbs})\s+"
                      rf"(?:{government})\s*(?:om\s+(?:å\s+|at\s+)?)?$", re.IGNORECASE)


def storting_asked(addressee: str | None, demand: str, text: str, start: int = -1) -> str | None:
    """The body asked to request the government (see the module docstring); any other addressee unchanged."""
    if start > 0:
        found = _before().search(text[max(0, start - BEFORE):start])
        hits = addressees_in(found.group("asked")) if found else []
        if hits and hits[0].name not in ("regjeringen", "kommunene"):
            return hits[0].name
    if not _opening().match(demand):
        return addressee
    low = text.casefold()
    return STORTINGET if "storting" in low or "komit" in low else addressee
