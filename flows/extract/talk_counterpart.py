"""The counterpart of a talk at a conference: the ministry the talk addresses or that takes part.

A talk has a counterpart only when the ministry takes part (`for_talk`): one of its people is a participant, or the
talk's sentence names it. The opening of a talk that thanks or greets one minister speaks to that ministry
(`addressed_ministry`); a talk that greets ministers in its audience ("kjære statsråder") and names no ministry is
given to `regjeringen` (`greets_government`). The words are in `data/ministries.yaml` (`talk_address_words`,
`talk_audience_titles`, `talk_thanks_words`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows import lexicon
from flows.extract.government_side import has_substitute, participant_ministries
from flows.extract.ministry_gazetteer import find_ministries, ministry_names
from flows.model import Mention


@lru_cache(maxsize=1)
def _greets_government() -> re.Pattern[str]:
    data = lexicon.load("ministries")
    address = lexicon.alternation(data.get("talk_address_words") or ["kjære"])
    titles = lexicon.alternation(data.get("talk_audience_titles") or ["statsråder"])
    return re.compile(rf"(?<![\w-])(?:{address})\s+(?:[\w-]+\s+){{0,1}}(?:{titles})(?![\w-])", re.IGNORECASE)


def greets_government(text: str) -> bool:
    """The talk addresses ministers in its audience ("Kjære ordførere og kjære statsråder")."""
    return bool(_greets_government().search(text))


def for_talk(counterpart: str | None, participants: tuple[Mention, ...], evidence: str,
             text: str = "") -> str | None:
    """A talk at a conference has a counterpart only when the ministry takes part:
    one of its people is a participant (also one with a government role in one ministry and no
    ministry of their own: "statssekretær NN (Ap)", "statsråd NN" under "Fra departementet:"
    stands for the ministry the text names), or the talk sentence names it. A talk that greets
    ministers in its audience and names no ministry is given to `regjeringen`. A talk whose
    opening thanks or greets one minister, or names one ministry beside the thanks ("Takk til
    statsråden ... godt å høre at departementet ..."), speaks to that ministry."""
    addressed = addressed_ministry(text)
    if addressed is not None:
        return addressed
    if counterpart == "regjeringen":
        return counterpart
    if counterpart is not None and (counterpart in participant_ministries(participants)
                                    or has_substitute(participants)):
        return counterpart
    if counterpart is not None and any(m.ministry == counterpart for m in find_ministries(evidence)):
        return counterpart
    return "regjeringen" if greets_government(text) else None


@lru_cache(maxsize=1)
def _thanks() -> re.Pattern[str]:
    return lexicon.phrase_pattern(lexicon.load("ministries").get("talk_thanks_words") or ["takk"])


def addressed_ministry(text: str, blocks: int = 8) -> str | None:
    """The one ministry the opening of a talk addresses: named (or its minister by title) in a
    sentence of the first `blocks` paragraphs that thanks or greets ("Takk til helseministeren,
    som sitter på første rad"). None when none or several are."""
    opening = "\n\n".join(text.split("\n\n")[:blocks])
    found: set[str] = set()
    for sentence in re.split(r"(?<=[.!?])\s+", opening):
        if _thanks().search(sentence):
            found |= {m.ministry for m in find_ministries(sentence) if m.ministry in ministry_names()}
    return found.pop() if len(found) == 1 else None
