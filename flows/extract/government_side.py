"""Who stands for which ministry among a meeting's participants (the government's side of the table).

A participant stands for a ministry by a minister title of the gazetteer ("helseminister NN"), by the ministry as
organisation, or by its abbreviation ("statssekretær NN (HOD)"). A state secretary with no ministry of their own
stands for the ministry the text names beside their role or name (`staff_ministries`) or for an absent minister
(`has_substitute`). Ministers of several ministries make the counterpart the government; one minister beside other
ministries' staff leads that side (`minister_with_staff`). Used by `counterpart.decide_counterpart` and by the talk
rules in `talk_counterpart`.
"""
from __future__ import annotations

import re

from flows import lexicon
from flows.extract.ministry_gazetteer import MinistryMention, find_ministries, ministry_names
from flows.extract.roles import ministry_staff_roles
from flows.model import Mention


def staff_ministries(text: str, mentions: list[MinistryMention], participants: tuple[Mention, ...]) -> set[str]:
    """Ministries named right after a participant's staff role in the definite form
    ("statssekretæren i Helse- og omsorgsdepartementet" when a statssekretær with no ministry of
    their own took part), or right after that participant's name ("Gjest: statssekretær NN,
    Kommunal- og distriktsdepartementet", "statssekretær NN i Kunnskapsdepartementet", also with the party in
    brackets between: "statssekretær NN (Sp) i Kunnskapsdepartementet"): that participant stands for the ministry."""
    roles = {p.role.casefold() for p in participants
             if p.role and p.role.casefold() in ministry_staff_roles() and ministry_of_person(p) is None}
    if not roles:
        return set()
    before = lexicon.phrase_pattern(sorted(roles), after=r"(?:en|a)\s+(?:i|fra|frå|ved)\s+$")
    names = [re.escape(p.name) for p in participants
             if p.role and p.role.casefold() in roles and ministry_of_person(p) is None]
    beside = re.compile(rf"(?<![\w-])(?:{'|'.join(names)})(?:\s*\([^()\n]{{1,12}}\))?\s*(?:,|\s(?:i|fra|frå|ved))\s*$")
    return {m.ministry for m in mentions if m.kind == "name" and (before.search(text[max(0, m.start - 60):m.start])
                                                                  or beside.search(text[max(0, m.start - 80):m.start]))}


MINISTER_ENDINGS = ("minister", "ministar", "statsråd")  # a role that heads a ministry


def participant_ministries(participants: tuple[Mention, ...]) -> frozenset[str]:
    """The ministries the participants stand for. Ministers of several ministries
    at one meeting (a plenary consultation) make the counterpart the government."""
    return frozenset(filter(None, (ministry_of_person(p) for p in participants)))


def minister_ministries(participants: tuple[Mention, ...]) -> frozenset[str]:
    """The ministries of the ministers who take part ("helseminister NN": the health ministry)."""
    return frozenset(filter(None, (ministry_of_person(p) for p in participants
                                   if p.role and p.role.casefold().endswith(MINISTER_ENDINGS))))


def leading_ministries(participants: tuple[Mention, ...]) -> frozenset[str]:
    """The ministries that lead the government's side: those of the ministers who take part, when one does ("helseminister
    NN" with "statssekretær NN i Kunnskapsdepartementet", who was also there: the health ministry alone); else those
    of every participant of a ministry (two ministries' state secretaries: the government)."""
    return minister_ministries(participants) or participant_ministries(participants)


def minister_with_staff(participants: tuple[Mention, ...]) -> str | None:
    """The ministry of the one minister who takes part when the other ministries there sent staff only ("klima- og
    miljøminister NN og statssekretær NN i Kommunal- og distriktsdepartementet"; a signing by one minister with
    another ministry's state secretary "også til stede"): that minister leads the government's side, whatever the
    sentence calls the government ("Regjeringen og KS signerer ..."), and two ministries' names in the occasion's
    sentence make no meeting with the government. None unless exactly one ministry has a minister there and
    another ministry has staff there."""
    leading = minister_ministries(participants)
    if len(leading) != 1:
        return None
    others = participant_ministries(participants) - leading
    return next(iter(leading)) if others else None


def has_substitute(participants: tuple[Mention, ...]) -> bool:
    """A participant with a government role and no ministry of its own (a
    statssekretær sent "i sitt sted") stands for the ministry of an absent minister."""
    roles = ministry_staff_roles()
    return any(p.role in roles and ministry_of_person(p) is None for p in participants)


def ministry_of_person(person: Mention) -> str | None:
    """The ministry a participant stands for: from the gazetteer's titles, else the organisation."""
    if person.role:
        titles = [m for m in find_ministries(person.role) if m.kind == "title"]
        if titles:
            return titles[0].ministry
    if person.organisation in ministry_names():
        return person.organisation
    named = list(find_ministries(person.organisation)) if person.organisation else []
    if len(named) == 1 and named[0].kind == "abbreviation" and named[0].end - named[0].start == len(person.organisation or ""):
        return named[0].ministry  # "statssekretær NN (HOD)": the ministry by its abbreviation
    return None
