"""Addressee of a demand whose own subject is no actor, from an actor inside the demanded phrase.

Decision 4 of the guidelines takes the addressee from the demand's own sentence. When the
demand is a noun phrase or a clause whose subject is not an actor ("en ny ordning ...", "Nå
trenger vi at ..."), the one who must act is often named inside it:

- as the subject of a clause the phrase holds ("en ordning der staten dekker tomgangsleien",
  "trenger vi at staten stiller opp"): `embedded_openers`;
- as an actor's adjective on the phrase's head when that head is a body that acts ("statlige etater",
  `actor_adjective_heads`; not on a measure: "et nytt statlig tilskudd" names no one who must act; not after a
  preposition: "en oversikt over statlige krav"): `actor_adjectives`, `head_ends`;
- as the payer of the measure ("finansiert over statsbudsjettet"): `funding_phrases`.

A demand whose subject is another claimant than the one demanding ("KS som arbeidsgiver må ta
eit større ansvar", said for a union; "at KS prioriterer heile stillingar") is addressed to that
organisation: `claimant_subject`.

The municipalities are never found this way: in such phrases they receive, they do not act.
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows import lexicon
from flows.extract.actors import MINISTRY, addressees_in, claimants_in, generic_claimants

OPENER = re.compile(r"^(?:(?:og|men|så|då|da|nå|no|må|bør|burde)\s+)*", re.IGNORECASE)  # "Og nå må KS ..."
RECEIVING = re.compile(r"\s+(?:må|bør|skal|kan)?\s*(?:få|får|fær|blir\s+bedt|vert\s+beden)(?![\w-])", re.IGNORECASE)
PURPOSE = re.compile(r"(?<![\w-])(?:slik|så|for)\s+at\s+$", re.IGNORECASE)  # "slik at Stortinget kan": who benefits
JOINED = re.compile(r"\s+(?:og|eller)\s", re.IGNORECASE)  # "hvordan staten og kommunene sammen skal": two act
HEAD_WORDS = 3  # an actor adjective counts on the phrase's first three words only (determiner, adjectives: its head)
NOT_ACTING = frozenset({"kommunene", "fylkeskommunene", "folkevalgte", MINISTRY})


@lru_cache(maxsize=1)
def _head_ends() -> frozenset[str]:
    return lexicon.words("request_verbs", "head_ends")


@lru_cache(maxsize=1)
def _actor_heads() -> frozenset[str]:
    return lexicon.words("request_verbs", "actor_adjective_heads")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    verbs = lexicon.load("request_verbs")
    adjectives = {str(k).casefold(): str(v) for k, v in lexicon.load("actors")["actor_adjectives"].items()}
    opener = lexicon.phrase_pattern(verbs["embedded_openers"], after=r"\s+$")
    funding = lexicon.phrase_pattern(verbs["funding_phrases"])
    return opener, funding, adjectives


def embedded_addressee(text: str) -> str | None:
    """The actor inside a demanded phrase that must act (module docstring); None when none is."""
    opener, funding, adjectives = _patterns()
    hits = [h for h in addressees_in(text) if h.name not in NOT_ACTING]
    for hit in hits:
        before = text[:hit.start]
        if opener.search(before) and not PURPOSE.search(before) and re.match(r"\s+[a-zæøå]", text[hit.end:]) \
                and not JOINED.match(text[hit.end:]):
            return hit.name  # "der staten dekker", "at staten stiller opp"
    words = text.split()
    for k, word in enumerate(words[:HEAD_WORDS]):
        if word.casefold() in _head_ends():
            break  # "en oversikt over statlige krav": the adjective is not on the head
        actor = adjectives.get(word.casefold().strip(",.;:"))
        if actor and k + 1 < len(words) and words[k + 1].casefold().strip(",.;:") in _actor_heads():
            return actor  # "statlige etater tar inn flere lærlinger"; not "et nytt statlig tilskudd"
    found = funding.search(text)
    if found:
        after = [h for h in hits if h.start >= found.start() - 1]
        if after and after[0].start - found.end() <= 2:
            return after[0].name  # "finansiert av staten"
        if text[found.end():].lstrip().casefold().startswith("statsbudsjett"):
            return "staten"  # "finansiert over statsbudsjettet"
    return None


def claimant_subject(text: str, claimants: tuple[str, ...]) -> str | None:
    """The organisation that opens a demand's text as its subject when it is a claimant other than the
    ones demanding ("KS som arbeidsgiver må ...", a union's demand; "KS prioriterer ..."): that
    organisation must act. None for the municipalities as a group (they receive), for the claimant
    itself ("KS må få ..." said by KS) and for a subject that receives ("KS må få ...")."""
    opener = OPENER.match(text)
    rest = text[opener.end() if opener else 0:]
    hits = claimants_in(rest[:80])
    if not hits or hits[0].start != 0:
        return None
    name = hits[0].name
    if name in claimants or name in generic_claimants() or RECEIVING.match(rest[hits[0].end:]):
        return None
    return name
