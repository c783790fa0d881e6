"""The counterpart of a talk at a conference: the ministry the talk addresses or that takes part.

A talk has a counterpart only when the ministry takes part (`for_talk`): one of its people is a participant, or the
talk's sentence names it. The opening of a talk that thanks or greets one minister speaks to that ministry
(`addressed_ministry`); a talk that greets ministers in its audience ("kjære statsråder") and names no ministry is
given to `regjeringen` (`greets_government`). The words are in `data/ministries.yaml` (`talk_address_words`,
`talk_audience_titles`, `talk_thanks_words`). A person of the ministry whom every sentence naming them places on
another day than the talk ("Dagen før hadde statsråden opna konferansen"; "Statsråden opna konferansen tysdag" beside
a talk on Wednesday: `elsewhen_only`) does not make the ministry take part in the talk.
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows import lexicon
from flows.extract import occasion_time
from flows.extract.dates import find_dates
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
             text: str = "", day: str = "") -> str | None:
    """A talk at a conference has a counterpart only when the ministry takes part:
    one of its people is a participant (also one with a government role in one ministry and no
    ministry of their own: "statssekretær NN (Ap)", "statsråd NN" under "Fra departementet:"
    stands for the ministry the text names), or the talk sentence names it. A talk that greets
    ministers in its audience and names no ministry is given to `regjeringen`. A talk whose
    opening thanks or greets one minister, or names one ministry beside the thanks ("Takk til
    statsråden ... godt å høre at departementet ..."), speaks to that ministry. `day`: the talk's date phrase; a
    participant whom the text places only on another day (`elsewhen_only`) does not take part in the talk."""
    addressed = addressed_ministry(text)
    if addressed is not None:
        return addressed
    if counterpart == "regjeringen":
        return counterpart
    present = tuple(p for p in participants if not elsewhen_only(p, text, day)) if text else participants
    if counterpart is not None and (counterpart in participant_ministries(present)
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


def elsewhen_only(person: Mention, text: str, day: str) -> bool:
    """Every sentence that names the person (by surname) places them at another time than the talk: a marker of
    another time ("Dagen før hadde statsråden opna konferansen", `occasion_time.other_time`) or a weekday other than
    the one of the talk's date phrase `day` ("opna konferansen tysdag" beside a talk "onsdag")."""
    surname = person.name.split()[-1] if person.name else ""
    own = {f.weekday for f in find_dates(day) if f.weekday is not None} if day else set()
    found, before = False, False  # the person is named; the sentence before was placed at another time
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        days = {f.weekday for f in find_dates(sentence) if f.kind == "weekday" and f.weekday is not None}
        elsewhen = occasion_time.other_time(sentence, None) or bool(own and days and not days & own) \
            or (before and _THEN.search(sentence) is not None)  # "Dagen før opna NN konferansen. NN sa då at ..."
        if surname and re.search(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", sentence):
            if not elsewhen:
                return False
            found = True
        before = elsewhen
    return found


_THEN = re.compile(r"(?<![\w-])(?:då|da)(?![\w-])", re.IGNORECASE)
