"""The person subject of a verb of saying in an indirect statement: a pronoun resolved to a person, or a
name with a role before it ("KS' nestleder ", "2. nestleder ") and an apposition after it (", leder i LO Kommune,",
" (Ap)"), with every place the subject phrase may end.
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows.extract import roles as R
from flows.extract.actor_words import genitive_owner
from flows.extract.quote_attribution import SUBJECT_PRONOUN
from flows.extract.people import People, PersonMention, resolve
from flows.model import Mention


@lru_cache(maxsize=1)
def ROLE_PREFIX() -> re.Pattern[str]:
    """A role before a name, also with its organisation as a possessive or a prefix and with a
    numeric ordinal: "KS' nestleder ", "KSs leiar ", "KS-leder ", "2. nestleder ", the organisation before
    a body's title ("KS " of "KS Agder-lederen"); or a role with its
    field and place set off by a comma: "Byråd for eldre og helse i Tromsø, "."""
    return re.compile(rf"^(?:(?-i:[A-ZÆØÅ]{{2,}})(?:'|s)?\s+)?(?:(?-i:[A-ZÆØÅ]{{2,}})-)?(?:\d{{1,2}}\.\s)?"
                      rf"(?:{R.ROLE_PHRASE()},? |(?:{R.ROLE_PHRASE()})\s(?:for|i|ved|av)\s[^,.;:«»()]{{1,60}}?,\s)?$",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def APPOSITION() -> re.Pattern[str]:
    """What may follow a name or a title in a subject: ", leder i LO Kommune,", " (Ap)", " i Legeforeningen",
    up to three of them ("Ordføraren i Nordby, Kari Dal, som òg sit i fylkesstyret,")."""
    return re.compile(rf"^(?:, (?:[^,.;:«»]|\d\.){{1,80}}(?=,)|\s\([^)]{{1,12}}\)|\s(?:i|fra|frå) {R.ORG_PATTERN()})"
                      rf"{{1,3}},?")


def subject_at(text: str, pos: int, offset: int, people: People) -> tuple[Mention, int] | None:
    """A person subject starting at `pos` in `text`: (speaker, end of the subject phrase)."""
    found = subject_ends(text, pos, offset, people)
    return (found[0], found[1][0]) if found else None


def subject_ends(text: str, pos: int, offset: int, people: People) -> tuple[Mention, tuple[int, ...]] | None:
    """A person subject starting at `pos`: (speaker, where the subject phrase may end): after an
    apposition (", leder i LO Kommune,") and, when it has one, also right after the name: what looked
    like an apposition may be the predicate ("NN, tok opp X, der ...")."""
    pronoun = re.match(rf"{SUBJECT_PRONOUN}(?![\w-])", text[pos:])
    if pronoun:
        speaker = resolve(people, pronoun.group(0), offset + pos)
        return (speaker, (pos + pronoun.end(),)) if speaker else None
    mention = _mention_near(text, pos, offset, people)
    if mention is None:
        return None
    end = mention.end - offset
    apposition = APPOSITION().match(text[end:])
    ends = (end + apposition.end(), end) if apposition else (end,)
    speaker = next((p for p in people.persons if p.name == mention.name), Mention(mention.name))
    return speaker, ends


def _mention_near(text: str, pos: int, offset: int, people: People) -> PersonMention | None:
    for m in people.mentions:
        if offset + pos <= m.start < offset + pos + 70 and m.end <= offset + len(text):
            gap = text[pos:m.start - offset]
            if ROLE_PREFIX().match(gap) or _owner_genitive(gap):
                return m
            return None
    return None


OWNER_GENITIVE = re.compile(r"^((?-i:[A-ZÆØÅ])[\wæøå-]+)s\s+(.*)$", re.DOTALL)


def _owner_genitive(gap: str) -> bool:
    """A party's or an organisation's genitive before the name, with or without a role ("Senterpartiets NN",
    "Fagforbundets leiar NN"); not any word ending in -s ("Mens NN ber ...")."""
    found = OWNER_GENITIVE.match(gap)
    if found is None or not (found.group(2) == "" or ROLE_PREFIX().match(found.group(2))):
        return False
    return genitive_owner(found.group(1)) is not None
