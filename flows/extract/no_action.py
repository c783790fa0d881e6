"""Cues that name no action (annotation decision 3), read by `clauses.find_cues` after it has found and cut them.

- a modal or a request whose items follow ("Staten må:", "vi ber regjeringa om tre ting:", "For å nå målet må
  staten:") or whose object names nothing ("vi ber om fire konkrete grep");
- a position asked as a question ("Er ikke dette noe kommunene må ta selv?"), an indirect question ("kva KS meiner må
  til"), a clause under a goal ("Målet må være at ...");
- a denied clause ("Det er ikke slik at vi krever ..."), and a habitual consequence: what the speaker's own side has
  to do when something happens ("Når ferja går tidleg, må heimetenesta leggje om vaktene").
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows import lexicon
from flows.extract.actors import addressees_in
from flows.extract.cue_patterns import Cue, cue_words, patterns
from flows.extract.list_cues import ACTOR_LEAD_IN


@lru_cache(maxsize=1)
def _what_before() -> re.Pattern[str]:
    """An indirect question's "what" a few words before a modal ("kva KS meiner må til", `indirect_question_words`)."""
    words = lexicon.alternation(cue_words("indirect_question_words"))
    return re.compile(rf"(?<![\w-])(?:{words})(?:\s+[\wæøå'’-]+){{0,4}}\s*$", re.IGNORECASE)


QUESTION_KINDS = frozenset({"modal", "passive", "need_verb"})
ASKED_KINDS = QUESTION_KINDS | {"request"}  # "Hva vil dere at staten skal gjøre?": a question asks for nothing


def no_action(text: str, cue: Cue) -> bool:
    """True for a cue that names no action (decision 3): a modal with nothing after it (a lead-in
    line "Staten må:" whose items follow), a request or a modal for "tre ting:" (the items follow), a position in a question ("Er ikke dette noe kommunene
    må ta selv?"), the clause under a goal ("Målet må være at ...")."""
    words = text[cue.start:cue.end].split()
    if cue.kind == "modal" and words and patterns()["modal"].fullmatch(words[-1]):
        return True
    if cue.kind == "modal" and ACTOR_LEAD_IN().match(text.strip()):
        return True  # "Kommunene bør samtidig:": a lead-in line with adverbs after the modal, the items follow
    if cue.kind == "modal" and text[cue.end:].strip() == ":" and _actor_after_modal(text[cue.start:cue.end]):
        return True  # "For å nå målet må staten:": an inverted lead-in line, the items follow
    if cue.kind in ("request", "modal") and text[cue.end:].strip() == ":" \
            and _cataphoric().search(text[cue.start:cue.end]):
        return True  # "vi ber regjeringa om tre ting:", "må staten gjere to ting:": the items that follow
    if cue.kind == "request" and _vague_object().fullmatch(text[cue.start:]):
        return True  # "Derfor ber vi regjeringen om fire konkrete grep.", "vi ber om mye": no action named
    if cue.kind in ASKED_KINDS and text.rstrip(" »”\"").endswith("?"):
        return True
    if _denied(text, cue.anchor):
        return True  # "Det er ikke slik at vi krever X": the clause is denied
    if _withdrawn().search(text, cue.anchor):
        return True  # "NN kravde i fjor at staten skulle X, men det kravet er no lagt bort": withdrawn since
    if cue.kind == "modal" and _what_before().search(text[:cue.anchor]):
        return True  # "Ho var klar på kva KS meiner må til": an indirect question, what is asked follows
    if cue.kind == "modal" and _habitual_consequence(text, cue):
        return True  # "Når ferja går tidleg, må heimetenesta leggje om vaktene": what happens, not a call
    opening = text.lstrip("–—-«»\"“„ ").split()
    return cue.kind in QUESTION_KINDS and bool(opening) and bool(patterns()["goal"].fullmatch(opening[0])) \
        and cue.start > 0


@lru_cache(maxsize=1)
def _habitual() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    opener = lexicon.phrase_pattern(cue_words("habitual_openers"), before=r"^[\W]*")
    own = lexicon.phrase_pattern(cue_words("own_side_subjects"), before=r"\s*")
    return opener, own, frozenset(w.casefold() for w in cue_words("own_side_still_asks") + cue_words("receiving_verbs")
                                                  + cue_words("joining_verbs"))


def _habitual_consequence(text: str, cue: Cue) -> bool:
    """True for a modal after a fronted clause of time whose subject, after the modal, is the speaker's own
    side or a service of theirs (`own_side_subjects`) and whose verb is no receiving or being allowed:
    what has to be done when something happens ("Når X, må legevakta starte på nytt")."""
    opener, own, asks = _habitual()
    if not opener.match(text):
        return False
    modal = patterns()["modal"].search(text, cue.anchor)
    if modal is None or "," not in text[:modal.start()]:
        return False
    subject = own.match(text, modal.end())
    if subject is None:
        return False
    words = [w.casefold().strip(",.;:!?»") for w in text[subject.end():].split()[:5]]
    return not any(w in asks for w in words)  # "må vi (òg) få ...", "må kommunen kunne ...": still asked


def _denied(text: str, anchor: int) -> bool:
    """True when a cue stands in the clause a denying matrix introduces ("Det er ikke slik at
    vi krever ...", "Det betyr ikkje at staten må ...", `denial_frames`), with no contrast (", men")
    between the frame and the cue."""
    found = [m for m in patterns()["denial"].finditer(text, 0, anchor)]
    return bool(found) and not re.search(r",\s*men(?![\w-])", text[found[-1].end():anchor])


def _actor_after_modal(clause: str) -> bool:
    """True when a clause ends in a modal and the one actor after it ("... må staten", "bør
    regjeringa òg"), adverbs aside."""
    found = list(patterns()["modal"].finditer(clause))
    if not found:
        return False
    rest = clause[found[-1].end():]
    hits = addressees_in(rest)
    return len(hits) == 1 and not rest[:hits[0].start].strip() \
        and not patterns()["adverb"].sub("", rest[hits[0].end:]).strip()


@lru_cache(maxsize=1)
def _cataphoric() -> re.Pattern[str]:
    return lexicon.phrase_pattern(cue_words("cataphoric_objects"))


@lru_cache(maxsize=1)
def _vague_object() -> re.Pattern[str]:
    """A request's object to the end of its sentence that names no action: a count of things ("fire
    konkrete grep"), an amount alone ("mye") or only where it was asked ("det vi bad om i møtet")."""
    data = lexicon.load("request_verbs")
    counts = lexicon.alternation([str(k) for k in data["announced_counts"]])
    adjectives = lexicon.alternation(data["count_adjectives"])
    nouns = lexicon.alternation(data["announced_nouns"])
    amounts = lexicon.alternation(data["amount_objects"])
    placed = lexicon.alternation(data["placed_objects"])
    return re.compile(rf"\s*(?:(?:(?:{counts})\s+(?:(?:{adjectives})\s+)?(?:{nouns})|{amounts})"
                      r"(?:\s+(?:i|på|til|fra|frå|av)\s+[\w\s-]{1,40}?)?"  # "tre ting av regjeringa": of whom
                      rf"|(?:{placed})\s+[\w-]+(?:\s+[\w-]+)?)[\s.!»”\"]*", re.IGNORECASE)


@lru_cache(maxsize=1)
def _withdrawn() -> re.Pattern[str]:
    """A clause after the cue that says the demand was withdrawn (`withdrawn_claims` in request_verbs.yaml)."""
    return re.compile(str(lexicon.load("request_verbs").get("withdrawn_claims") or r"(?!x)x"), re.IGNORECASE)
