"""A clause of its own coordinated after a demand ("Staten må dekke X, og det har vi sagt lenge", "Regjeringa må
finansiere Y, og eg håpar departementet er med"): no part of the demand's text, read from the parse.

The parse hangs a second main clause as KOORD under the first, with "og" as its KONJ. When that
conjunct follows a comma, has a subject of its own (SUBJ or FSUBJ) or is coordinated with the
clause that reports the demand ("KS meiner staten må X, og åtvarar mot Y": its head lies before
the demand), and is no subordinate clause
(no SBU: "der staten dekker X, og der kommunene betaler Y" is one clause pair of a noun), it is
a statement of its own: an evaluation, what someone did or hopes, what happens next. The demand
ends before the comma. A conjunct whose finite verb is a modal or a need verb ("og det må skje
nå", "og vi trenger den før sommeren", `own_clause_tails.kept_verbs` with the modals and
need verbs of `data/request_verbs.yaml`) stays: it times, conditions or repeats the demand
(timing_clauses.py), or is a second demand that the splitting finds.
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows import lexicon
from flows.extract.cue_patterns import cue_words
from flows.extract.parsed import Parsed, Token
from flows.extract.subjects import CONJUNCT
from flows.model import Block

OWN_SUBJECTS = ("SUBJ", "FSUBJ")


@lru_cache(maxsize=1)
def _data() -> tuple[frozenset[str], frozenset[str]]:
    """(conjunctions that open a clause of its own after a comma, finite verbs that keep it in the demand)."""
    data = lexicon.load("request_verbs")["own_clause_tails"]
    kept = {str(w).casefold() for w in data["kept_verbs"]}
    kept |= {w.casefold() for w in cue_words("modals") if " " not in w}
    kept |= {w.casefold() for w in cue_words("need_verbs")}
    return frozenset(str(w).casefold() for w in data["conjunctions"]), frozenset(kept)


def _own_clause(parsed: Parsed, verb: Token, start: int) -> Token | None:
    """The comma before `verb`'s conjunction when `verb` is a coordinated main clause of its own: finite,
    no subordinator, no modal or need verb, with a subject of its own or coordinated with a verb before
    the demand's `start` (the clause that reports it: "KS meiner staten må X, og åtvarar mot Y"); None
    otherwise."""
    conjunctions, kept = _data()
    if verb.dep not in CONJUNCT or verb.pos not in ("VERB", "AUX") or "VerbForm=Fin" not in verb.morph:
        return None
    if verb.text.casefold() in kept or parsed.child(verb.i, "SBU") is not None:
        return None
    if parsed.child(verb.i, *OWN_SUBJECTS) is None and parsed.tokens[verb.head].start >= start:
        return None
    konj = parsed.child(verb.i, "KONJ")
    if konj is None or konj.text.casefold() not in conjunctions or konj.i < 1 or konj.i >= verb.i:
        return None
    comma = parsed.tokens[konj.i - 1]
    if comma.text != ",":
        return None
    if any(t.dep == "SBU" or t.text.casefold() == "som" for t in parsed.tokens[konj.i + 1:verb.i]):
        return None  # "og der kommunene betaler", "og som": a subordinate or relative clause
    return comma


def own_clause_end(parsed: Parsed | None, start: int, end: int) -> int:
    """Where a demand text running over document offsets [start, end) ends when a clause of its own is
    coordinated inside it: at the comma before that clause's conjunction; `end` otherwise."""
    if parsed is None:
        return end
    for token in parsed.tokens:
        if start < token.start < end:
            comma = _own_clause(parsed, token, start)
            if comma is not None and comma.start > start:
                return comma.start
    return end


@lru_cache(maxsize=1)
def _cue() -> re.Pattern[str]:
    """A modal, a need verb or a request verb: a sentence that may hold a demand."""
    words = [*cue_words("modals"), *cue_words("need_verbs"), *lexicon.request_verb_forms()]
    return re.compile(rf"(?<![\w-])(?:{lexicon.alternation(words)})(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _tail() -> re.Pattern[str]:
    """A comma and a conjunction of `own_clause_tails` opening the next word."""
    return re.compile(rf",\s+(?:{lexicon.alternation(sorted(_data()[0]))})\s+\S", re.IGNORECASE)


def wanted(blocks: tuple[Block, ...]) -> frozenset[int]:
    """Starts of the sentences the demand pass needs parsed to end a demand before a clause of its own (quoted
    ones too): a comma and a conjunction of `own_clause_tails` after a demand cue."""
    tail = _tail()
    out: set[int] = set()
    for block in blocks:
        for sentence in block.sentences:
            joint = tail.search(sentence.text)
            if joint is not None and _cue().search(sentence.text, 0, joint.start()):
                out.add(sentence.start)
    return frozenset(out)
