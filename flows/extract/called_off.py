"""An occasion called off beside the one held in its place.

A text may tell that the occasion planned did not take place ("Konsultasjonsmøtet utsett", "det avlyste møtet",
"Møtet ... er utsatt") and that another was held instead ("KS møtte direktoratet i staden", "Partane møttest i
stedet onsdag"). The report is of the occasion held: a cue in a clause that calls its occasion off names the one
that was not held and counts little (`meeting_type.cue_hits`, the `other_time` factor). Only in a text that tells
an occasion held instead: a text that reports only the call-off ("Konsultasjonsmøtet avlyst – KS reagerer") still
names that occasion as its subject, and a meeting moved to another day is the same occasion. But a text whose title or
lead cancels its occasion and that tells no occasion held (`only_called_off`) reports none: the meeting did not
take place (the gold of every set: 13 stories of a meeting cancelled, none with a meeting).

Vocabulary (`called_off` in `data/meeting_types.yaml`): `participles` (the words that call an occasion off, also
attributive: "det utsette møtet"), `instead` (a marker of an occasion held in its place; "i staden for NN", a
person standing in for another, is none), `after_all` (an occasion held after all: "fekk likevel møtt statsråden")
and `clause_breaks` (what ends a clause of a title or sentence).
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows import lexicon
from flows.extract.memo import memoised
from flows.model import Block
from flows.literal_gate import gated


@lru_cache(maxsize=1)
def _config() -> dict:
    return lexicon.load("meeting_types").get("called_off") or {}


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    conf = _config()
    words = lexicon.alternation(sorted(str(w) for w in conf.get("participles") or ["(?!x)x"]))
    instead = "|".join(f"(?:{p})" for p in conf.get("instead") or ()) or r"(?!x)x"
    breaks = "|".join(f"(?:{p})" for p in conf.get("clause_breaks") or ()) or r"(?!x)x"
    return (re.compile(rf"(?<![\w])(?:{words})(?![\w])", re.IGNORECASE), re.compile(instead, re.IGNORECASE),
            re.compile(breaks))


@lru_cache(maxsize=16)
def held_instead(text: str) -> bool:
    """The text tells an occasion held in place of another ("møtte direktoratet i staden"). Asked of the same
    document's text by the type cues, the body met (once per sentence of the occasion) and absence: kept per text."""
    return _patterns()[1].search(text) is not None


@lru_cache(maxsize=1)
def _after_all() -> re.Pattern[str]:
    return gated(re.compile(str(_config().get("after_all") or r"(?!x)x"), re.IGNORECASE))


@lru_cache(maxsize=1)
def _held_beside() -> re.Pattern[str]:
    return gated(re.compile(str(_config().get("held_beside") or r"(?!x)x"), re.IGNORECASE))


@memoised  # asked of the document's text by absence, once per mention list
def held_all_the_same(text: str) -> bool:
    """The text tells an occasion held although one was called off: in its place (`held_instead`), after all
    ("KS fekk likevel møtt statsråden", "gjennomføre møtet som planlagt") or beside it ("Bilateralt møte med HOD
    gjennomført – møtet med AID utsatt", "men helsemøtet vart halde": `held_beside`). Asked by absence: then the
    call-off in the title or lead makes nobody absent."""
    return held_instead(text) or _after_all().search(text) is not None or _held_beside().search(text) is not None


def calls_off(sentence: str) -> bool:
    """The sentence calls an occasion off ("Møtet vart utsett då statsråden vart sjuk"): a word of `participles`."""
    return _patterns()[0].search(sentence) is not None


def clause_at(text: str, start: int, end: int) -> str:
    """The clause of `text` around the match `start:end`: between the nearest clause breaks (a dash between words,
    a colon, a semicolon, a sentence's end)."""
    breaks = _patterns()[2]
    left = max((m.end() for m in breaks.finditer(text, 0, start)), default=0)
    right = breaks.search(text, end)
    return text[left:right.start() if right else len(text)]


def called_off_clause(text: str, start: int, end: int) -> bool:
    """The clause of the cue at `start:end` calls its occasion off and tells nothing held instead."""
    participle, instead, _ = _patterns()
    clause = clause_at(text, start, end)
    return participle.search(clause) is not None and instead.search(clause) is None


def without_called_off(sentence: str, text: str) -> str:
    """The sentence without its clauses that call an occasion off, in a text that tells one held instead
    ("Konsultasjonsmøtet med departementet utsett – KS møtte direktoratet i staden": the second clause); the
    sentence itself otherwise."""
    if not held_instead(text):
        return sentence
    participle, instead, breaks = _patterns()
    cuts = [0, *(m.end() for m in breaks.finditer(sentence)), len(sentence)]
    kept = [sentence[a:b] for a, b in zip(cuts, cuts[1:])]
    return "".join(c for c in kept if participle.search(c) is None or instead.search(c) is not None)


@lru_cache(maxsize=1)
def _contrast() -> re.Pattern[str]:
    items = _config().get("contrast_breaks") or ()
    return re.compile("|".join(f"(?:{p})" for p in items) or r"(?!x)x", re.IGNORECASE)


@lru_cache(maxsize=16)
def called_off_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The (start, end) of each clause of `text` that calls its occasion off and tells nothing held instead
    ("møtet med AID utsatt" after "Bilateralt møte med HOD gjennomført –"; "mens møtet med KD er utsatt"): a clause
    ends at a clause break or before a contrast ("mens", "medan", `contrast_breaks`)."""
    participle, instead, breaks = _patterns()
    cuts = sorted({0, len(text), *(m.end() for m in breaks.finditer(text)), *(m.start() for m in _contrast().finditer(text))})
    return tuple((a, b) for a, b in zip(cuts, cuts[1:])
                 if participle.search(text, a, b) is not None and instead.search(text, a, b) is None)


MEETING_WORD = re.compile(r"m(?:ø|o)t\w*|konsultasjon\w*|samtale\w*|besøk\w*|høring\w*|høyring\w*", re.IGNORECASE)
LEAD_BLOCKS = 3  # the title and the lead: where a story about a call-off says so


@lru_cache(maxsize=1)
def _cancel() -> re.Pattern[str]:
    words = lexicon.alternation(sorted(str(w) for w in _config().get("cancel_words") or ["(?!x)x"]))
    return re.compile(rf"(?<![\w])(?<!ikkje )(?<!ikke )(?:{words})(?![\w])", re.IGNORECASE)


def only_called_off(title: str, text: str, blocks: tuple[Block, ...]) -> bool:
    """The title or the lead cancels the occasion ("Departementet avlyste møtet om bosetting", "Konsultasjonsmøtet
    avlyst – KS reagerer"; `cancel_words`, not a postponement) and the document's `text` tells no occasion held in
    its place, after all or beside it."""
    lead = [title, *(b.text for b in blocks[:LEAD_BLOCKS])]
    if held_all_the_same(text):
        return False
    for line in lead:
        for match in _cancel().finditer(line):
            if MEETING_WORD.search(clause_at(line, match.start(), match.end())):
                return True
    return False
