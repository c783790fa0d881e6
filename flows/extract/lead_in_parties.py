"""Who a lead-in of a list of demands names (lists.py): a heading that names the claims over its bullets ("KS'
hovedbudskap til regjeringen", `titled_lead`), the one a lead-in of matters addresses after "til" (`addressed_to`), the
bodies in the subject of a lead-in in the first person (`own_claimants`: "Vi i Fagforbundet krever at:"), the body
named last after "at" (`asked_at_end`: "Vi krever at KS:" asks KS; round 45), and the actor who must act, which a
lead-in names as its subject ("Staten må:", `actor_lead_in`) or in its closing "at"-clause ("Der heter det at
kommunene bør:", `reported_actor`; round 47; moved here from lists.py), and the one a lead-in asks
(`actor_addressee`: "Kommunen bad departementet om følgjande:" asks the ministry; round 57, moved from lists.py).
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows import lexicon
from flows.extract.actors import addressees_in, claimants_in
from flows.extract.list_cues import ACTOR_LEAD_IN, INVERTED_LEAD_IN, REPORTED_ACTOR_LEAD_IN
from flows.extract.organisation_names import bodies_named, organisations_in
from flows.extract.speech import speech_subject

TO = re.compile(r"(?<![\w-])til\s+$")


@lru_cache(maxsize=1)
def _request_verb() -> re.Pattern[str]:
    return lexicon.phrase_pattern(lexicon.request_verb_forms())


def actor_addressee(text: str) -> str | None:
    """The first addressee named in a text that is not part of a claimant's name; one the text
    addresses ("tre råd frå KS til kommunane:") is one even when it could be a claimant. Of a request verb's
    lead-in whose subject stands right before the verb, the one named after it ("Kommunen bad departementet om
    følgjande:": the ministry, not the asker; not in an inverted clause: "For at ..., ber Statsforvalteren Askøy
    kommune om å:")."""
    claims = claimants_in(text)
    hits = addressees_in(text)
    verb = _request_verb().search(text)
    if verb is not None and any(h.end <= verb.start() and not text[h.end:verb.start()].strip() for h in hits + claims):
        asked = [h for h in hits if h.start >= verb.end()]  # the subject before the verb asks the one after it
        if asked:
            return asked[0].name
    for hit in hits:
        if not any(c.start <= hit.start < c.end for c in claims) or TO.search(text, 0, hit.start):
            return hit.name
    return None


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


def actor_lead_in(text: str) -> str | None:
    """The actor of a lead-in that only says who must act ("Staten må:", "Fylkene må også:",
    "Regjeringa bør difor:"): that actor is the addressee of the items, not their claimant."""
    match = ACTOR_LEAD_IN().match(text.strip()) or INVERTED_LEAD_IN().match(text.strip())
    if not match:
        return None
    hits = addressees_in(match.group("actor"))
    return hits[0].name if len(hits) == 1 and hits[0].start == 0 and \
        hits[0].end == len(match.group("actor")) else None


def reported_actor(lead: str) -> tuple[int, str] | None:
    """(where "at" opens, the actor) of a lead-in whose closing "at"-clause names the actor who must act ("Der heter
    det at kommunene bør:", "Forbundet meiner at staten må:"): the addressee of the items, not their claimant."""
    line = own_line(lead).strip()
    match = REPORTED_ACTOR_LEAD_IN().search(line)
    if not match:
        return None
    hits = addressees_in(match.group("actor"))
    if len(hits) != 1 or hits[0].start != 0 or hits[0].end != len(match.group("actor")):
        return None
    return len(lead.rstrip()) - len(line) + match.start(), hits[0].name


def last_line_actor(text: str) -> str | None:
    """`actor_lead_in` of a text or of its last line: a lead-in on the line under a numbered
    section title ("3. Det vi ber om" and on the next line "Staten må:")."""
    return actor_lead_in(text) or actor_lead_in(own_line(text))


def own_line(text: str) -> str:
    """The lead-in's own line: the last line of a text whose first lines are a section's title ("1.
    Kompetansekrav for lærere" over "Fakta:", "3. Det vi ber om" over "Staten må:"): a cue in the title names no
    request."""
    return text.rstrip().split("\n")[-1]
