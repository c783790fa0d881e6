"""KS asked by name: KS or one of its county bodies as the subject of a modal in the action clause, before the modal
("KS bør òg ta opp med regjeringa at ...", "KS og kommunene må forplikte seg til ...") or after it ("Nå må KS også si
det høyt"). The guidelines' addressee is who must act, and the claimant is often another (a union, a municipality,
a user organisation: 35 demands of this shape in the eval sets' gold at stop 54, 33 of them with KS as addressee).
KS that receives ("KS må involveres", "KS må få vere med") is not asked. The clause openers are `ks_asked_openers`
in data/request_verbs.yaml.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from flows.extract.cue_patterns import cue_words

KS_NAME = r"(?P<name>KS(?:\s+(?-i:[A-ZÆØÅ][a-zæøå]+))?)"  # "KS", "KS Vestland"
MODALS = r"(?:må|bør|burde|skal|skulle)"
# a passive or a verb of receiving after the modal: "KS må involveres", "KS må bli involvert"
PASSIVE_AFTER = re.compile(r"(?:(?:også|òg|heller|nå|no)\s+)*(?:bli|verte|få|være|vere)?\s*[\wæøå]+(?:es|ast|est)(?![\w-])",
                           re.IGNORECASE)
Receives = Callable[[str, int, int, str], bool]


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    openers = rf"(?:(?:{'|'.join(re.escape(w) for w in cue_words('ks_asked_openers'))})\s+){{0,2}}"
    before = re.compile(rf"^{openers}{KS_NAME}(?:\s+og\s+[\wæøå]+(?:\s+[\wæøå]+)?)?\s+{MODALS}\s", re.IGNORECASE)
    after = re.compile(rf"^{openers}{MODALS}\s+{KS_NAME}(?![\w-])", re.IGNORECASE)
    return before, after


def ks_subject(text: str, receives: Receives) -> str | None:
    """The KS body the action clause `text` opens with as the modal's subject, when it acts rather than receives
    (`receives`: the caller's test of a verb of receiving after an actor); None otherwise."""
    for pattern in _patterns():
        match = pattern.match(text)
        if match is None or not match.group("name").startswith("KS"):
            continue
        name = match.group("name")
        if not receives(text, match.start("name"), match.start("name") + len(name), name) \
                and not PASSIVE_AFTER.match(text, match.end()):
            return name
    return None
