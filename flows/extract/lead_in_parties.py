"""Who a lead-in of a list of demands names (lists.py): a heading that names the claims over its bullets ("KS'
hovedbudskap til regjeringen", `titled_lead`), the one a lead-in of matters addresses after "til" (`addressed_to`), the
bodies in the subject of a lead-in in the first person (`own_claimants`: "Vi i Fagforbundet krever at:") and the body
named last after "at" (`asked_at_end`: "Vi krever at KS:" asks KS). Round 45.
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows import lexicon
from flows.extract.actors import addressees_in
from flows.extract.organisation_names import bodies_named, organisations_in
from flows.extract.speech import speech_subject

TO = re.compile(r"(?<![\w-])til\s+$")


def titled_lead(text: str) -> bool:
    """A heading that names the claims of the bullets under it, with no colon: "KS' hovedbudskap til regjeringen",
    "Våre krav til kommunene" (a noun of demands or messages, `claim_nouns` in data/request_verbs.yaml)."""
    line = text.strip()
    return "\n" not in line and not line.endswith((".", "!", "?", ":")) and _claim_noun().search(line) is not None


@lru_cache(maxsize=1)
def _claim_noun() -> re.Pattern[str]:
    data = lexicon.load("request_verbs")
    nouns = [*data["claim_nouns"], *data["matters"]["nouns"]]
    return re.compile(rf"(?<![\w-])(?:{lexicon.alternation(nouns)})(?![\w-])", re.IGNORECASE)


def addressed_to(text: str) -> str | None:
    """The addressee a lead-in of matters names after "til" ("KS' hovedbudskap til regjeringen:"), else None."""
    return next((hit.name for hit in addressees_in(text) if TO.search(text, 0, hit.start)), None)


def own_claimants(lead: str) -> tuple[str, ...]:
    """The bodies in the subject of a lead-in in the first person ("Vi i Fagforbundet krever at:"); none for a bare
    "Vi krever at KS:", whose voice is the writer's, not a body named in the sentences before it."""
    region = speech_subject(lead)
    return tuple(dict.fromkeys(h.name for h in bodies_named(region))) if region is not None else ()


AT_BODY_END = re.compile(r"(?<![\w-])at\s+$")


def asked_at_end(lead: str) -> str | None:
    """The body a lead-in names last, as the subject of the items' clause ("Vi krever at KS:": KS acts)."""
    body = lead.rstrip().rstrip(":").rstrip()
    hits = [h for h in organisations_in(body) if h.end == len(body) and AT_BODY_END.search(body, 0, h.start)]
    return hits[-1].name if hits else None
