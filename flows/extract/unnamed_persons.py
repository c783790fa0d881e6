"""Unnamed persons a pronoun may point back to: "en hjelpepleier", "ein rektor i Sunnfjord",
"ei mor i bygda".

A story that brings in a person without a name ("Forrige måned ringte jeg en hjelpepleier.
Hun ...", "Ein rektor sa til meg at ho ...") makes the next "hun"/"ho" that person, not
someone named before; `flows.extract.people` passes over no such person when it resolves a pronoun.

An indefinite article, at most two words (adjectives, an age), and a noun for a person: a role
(`roles.yaml`, not one of `not_person_nouns`: "en ny veileder") or one of `unnamed_person_nouns`
(pronouns.yaml). Not after a copula or a comma
("Dal er en erfaren sykepleier", "Kari Dal, ein sjukepleiar frå Førde,": the named person herself).
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows import lexicon
from flows.extract import roles as R

ARTICLE = re.compile(r"(?<![\w-])(?:[Ee]n|[Ee]in|[Ee]i)\s+(?:[\wæøå-]+\s+){0,2}?(?P<noun>[a-zæøå-]{3,})(?![\w-])")
NOT_AFTER = re.compile(r"(?:,|(?<![\w-])(?:er|var|blir|ble|blei|vert|vart|være|vere|som|som\s+er))\s*$",
                       re.IGNORECASE)


@lru_cache(maxsize=1)
def _nouns() -> frozenset[str]:
    return frozenset(str(w) for w in lexicon.load("pronouns").get("unnamed_person_nouns") or ())


@lru_cache(maxsize=1)
def _not_persons() -> frozenset[str]:
    return frozenset(str(w) for w in lexicon.load("pronouns").get("not_person_nouns") or ())


def _person_noun(word: str) -> bool:
    """A noun for a person: `unnamed_person_nouns` or a role, not a thing named like one ("veileder")."""
    return word in _nouns() or (R.is_role(word) and word not in _not_persons())


def _quoted(text: str, at: int) -> bool:
    """Inside someone's quotation (a paragraph opened by a dash, or an open «): a person the speaker
    talks about in general ("når ein kommune får ein ny brukar"), no one the story brings in."""
    line = text[text.rfind("\n", 0, at) + 1:at]
    return line.lstrip()[:1] in ("-", "–", "—") or line.count("«") > line.count("»")


def cue(text: str) -> bool:
    return " en " in text or " ein " in text or " ei " in text or "En " in text or "Ein " in text or "Ei " in text


SENTENCE_END = re.compile(r"[.!?:»]\s|\n")


def unnamed_persons(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Start offsets of the unnamed persons a text brings in, in text order, and the offsets of the sentence
    ends before them (a pronoun passes over an unnamed person only in the sentence of the named one)."""
    if not cue(text):
        return (), ()
    out = []
    for m in ARTICLE.finditer(text):
        if _person_noun(m.group("noun").casefold()) and not NOT_AFTER.search(text[max(0, m.start() - 12):m.start()]) \
                and not _quoted(text, m.start()):
            out.append(m.start())
    if not out:
        return (), ()
    ends = tuple(e.start() for e in SENTENCE_END.finditer(text, 0, out[-1]))
    return tuple(out), ends
