"""A governing body named bare ("Hovudstyret bad om ...", "Hovedstyret fattet følgende vedtak:") after the
document named it with its organisation in the genitive ("KS' hovedstyre", "KS sitt hovudstyre",
"Fagforbundets forbundsstyre"): the body speaks for that organisation (decision 11), as for "hovedstyret i
KS" (attributed.body_voice)."""
from __future__ import annotations

import re
from functools import lru_cache

from flows import lexicon
from flows.extract.actors import claimants_in
from flows.extract.voice import Voice


@lru_cache(maxsize=1)
def _bodies() -> re.Pattern[str]:
    return re.compile(rf"^\W*({lexicon.alternation(lexicon.load('request_verbs')['own_bodies'])})(?![\w-])",
                      re.IGNORECASE)


@lru_cache(maxsize=64)
def _owned(stem: str) -> re.Pattern[str]:
    """An owner's name in the genitive before the body's stem ("KS' hovedstyre", "Fagforbundets
    forbundsstyre", "KS sitt hovudstyre"): group 1 the name."""
    return re.compile(rf"(?<![\w-])([A-ZÆØÅ][\w-]*?)(?:'|s)?\s+(?:sitt\s+|sine\s+)?{re.escape(stem)}\w*(?![\w-])")


def owned_body_voice(text: str, document_text: str) -> Voice | None:
    """The voice of a sentence whose subject is a bare governing body: the one organisation the document
    names that body after in the genitive; None when the sentence opens otherwise, or the document names
    the body so with no organisation or several."""
    opener = _bodies().match(text)
    if opener is None:
        return None
    word = opener.group(1).casefold()
    # the definite ending off ("styret": "styre", "hovedstyret": "hovedstyre", "landstinget": "landsting")
    stem = word[:-2] if word.endswith(("et", "en")) and len(word) >= 6 else word[:-1] if len(word) > 6 else word
    named = {hits[0].name for m in _owned(stem).finditer(document_text)
             if (hits := [h for h in claimants_in(m.group(1)) if h.start == 0 and h.end == len(m.group(1))])}
    return Voice((named.pop(),), False, None, "reported") if len(named) == 1 else None
