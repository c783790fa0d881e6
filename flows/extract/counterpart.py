"""The government body KS met, from a gazetteer of ministries (`data/ministries.yaml`).

Mentions are ministry names and aliases, abbreviations (HOD, KMD), minister
titles in any form ("helseministeren", "klima- og miljøminister") and known
minister names. Each mention is weighed by where it stands: in the sentence
that reports the meeting, in a sentence about meeting or discussing ("drøftet
med helseministeren"), or elsewhere. A sentence that lists several ministries
together with "også"/"andre" names other meetings and does not count. Several
ministries in the meeting sentence, or "møtte regjeringen" with no ministry
named elsewhere, or participants from several ministries, make the counterpart
`regjeringen`. A ministry whose minister the text says was absent ("meldte
forfall") does not count in that sentence.
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows import lexicon
from flows.budget import check
from flows.extract.absence import absence_cues, absent_spans
from flows.extract.ministry_gazetteer import (  # noqa: F401  (re-exported: counterpart.X keeps working)
    Ministry, MinistryMention, _needles, _patterns, find_ministries, host_ministry, minister_years, ministries,
    ministry_names, misspelt_titles)
from flows.extract.roles import ministry_staff_roles
from flows.model import Mention, Sentence
from flows.literal_gate import Searchable



@lru_cache(maxsize=1)
def _government() -> re.Pattern[str]:
    words = lexicon.load("ministries")["government_words"]
    return lexicon.phrase_pattern(words)


MEET_GOVERNMENT = re.compile(
    r"(?:regjeringen|regjeringa)\s+og\s+KS\b|(?:møtte|møttes|møte\w*\s+(?:\w+\s+){0,3}(?:med|mellom)|med|og|mellom)\s+(?:hele\s+|heile\s+)?(?:regjeringen|regjeringa)\b",
    re.IGNORECASE)
OTHER_LIST = re.compile(r"(?<![\w])(?:også|òg|og\s+så|andre|anna|øvrige|andre\s+departement\w*)(?![\w])", re.IGNORECASE)
# what puts a ministry after it as the party met: "møte med", "mellom KS og", the verb of meeting with its object
# ("reiste til Oslo for å møte kommunalministeren", "møtte statsråden")
WITH_BEFORE = re.compile(r"(?:med|mellom\s+\w+\s+og|mellom|og|(?<![\w-])(?:å\s+møte|møtte|møter|møtt))\s+(?:\w+\s+){0,2}$",
                         re.IGNORECASE)


def _sentence_of(sentences: tuple[Sentence, ...], offset: int) -> int | None:
    for i, s in enumerate(sentences):
        if s.start <= offset < s.end:
            return i
    return None


def decide_counterpart(
    text: str,
    sentences: tuple[Sentence, ...],
    evidence: tuple[int, int] | None,
    cue: Searchable,
    participants: tuple[Mention, ...] = (),
    year: int | None = None,
    excluded: frozenset[str] = frozenset(),
) -> tuple[str | None, str]:
    """(counterpart, rule): a ministry's full name, `regjeringen` or None.

    `excluded` holds person names whose minister-name mentions must not count
    (people the text gives another role, e.g. a KS leader who later became minister)."""
    mentions = [m for m in find_ministries(text, year)
                if not (m.kind == "minister" and text[m.start:m.end] in excluded)]
    if not mentions:
        mentions = list(misspelt_titles(text))
    if not _has_substitute(participants):
        mentions = _without_absent(mentions, sentences)
    ev = _sentence_of(sentences, evidence[0]) if evidence and evidence[0] is not None else None
    by_sentence: dict[int, set[str]] = {}
    for m in mentions:
        i = _sentence_of(sentences, m.start)
        if i is not None:
            by_sentence.setdefault(i, set()).add(m.ministry)
    if ev is not None and is_plenary(sentences[ev].text):
        return "regjeringen", "plenary_meeting"
    if any(is_plenary(s.text) and MEET_GOVERNMENT.search(s.text) for s in sentences):
        return "regjeringen", "plenary_meeting_with_government"
    host = host_ministry(text, mentions) if len({m.ministry for m in mentions}) >= 2 else None
    if host is not None:
        return host, "host_of_joint_meeting"
    led = minister_with_staff(participants)
    if led is not None and not _government_consultation(sentences, ev):
        return led, "minister_with_other_staff"
    if _met_government_only(sentences, ev, by_sentence):
        return "regjeringen", "met_government_no_ministry"
    if ev is not None and len(by_sentence.get(ev, set())) >= 2 and not _is_between_list(sentences[ev].text):
        return "regjeringen", "several_ministries_in_meeting_sentence"
    met = _met_in_sentence(text, sentences, ev, mentions)
    if met is not None and len(leading_ministries(participants)) >= 2:
        return met, "ministry_met_in_meeting_sentence"
    if len(leading_ministries(participants)) >= 2:
        return "regjeringen", "ministers_of_several_ministries"
    scores: dict[str, float] = {}
    cued: dict[int, bool] = {}  # sentence index -> it holds an occasion cue (asked once per sentence)
    for m in mentions:
        i = _sentence_of(sentences, m.start)
        if i is None:
            continue
        sentence = sentences[i]
        if i not in cued:
            cued[i] = cue.search(sentence.text) is not None
        if i == ev:
            weight = 6.0
        elif cued[i] or WITH_BEFORE.search(text[sentence.start:m.start]) \
                or absence_cues(sentence.text):
            weight = 2.5
        else:
            weight = 1.0
        if len(by_sentence[i]) >= 3 and i != ev:
            weight *= 0.0 if OTHER_LIST.search(sentence.text) else 0.2
        scores[m.ministry] = scores.get(m.ministry, 0.0) + weight
    for person in participants:
        ministry = _ministry_of_person(person)
        if ministry:
            scores[ministry] = scores.get(ministry, 0.0) + 2.5
    for ministry in _staff_ministries(text, mentions, participants):
        scores[ministry] = scores.get(ministry, 0.0) + 2.5
    best = max(scores, key=lambda k: scores[k]) if scores else None
    meets_government = ev is not None and bool(MEET_GOVERNMENT.search(sentences[ev].text))
    if meets_government and best == "Statsministerens kontor":
        return "regjeringen", "met_government_with_prime_minister"
    if best is not None and scores[best] >= 2.5:
        return best, "ministry_in_meeting_context"
    if meets_government:
        return "regjeringen", "met_government"
    if best is not None and scores[best] >= 2.0:
        return best, "ministry_mentioned"
    return None, "none"


def _met_in_sentence(text: str, sentences: tuple[Sentence, ...], ev: int | None,
                     mentions: list[MinistryMention]) -> str | None:
    """The one ministry the occasion's own sentence names as the party met ("det bilaterale møtet med
    Kunnskapsdepartementet", "møte mellom KS og HOD"): the meeting was with it, whatever minister of another
    ministry the text has speak at another occasion of the same week. None when the sentence names no ministry
    or several."""
    if ev is None:
        return None
    sentence = sentences[ev]
    inside = {m.ministry for m in mentions if sentence.start <= m.start < sentence.end}
    if len(inside) != 1:
        return None
    return next((m.ministry for m in mentions if sentence.start <= m.start < sentence.end
                 and WITH_BEFORE.search(text[sentence.start:m.start])), None)


def only_ministry(text: str, year: int | None = None) -> str | None:
    """The one ministry a text names (by name, abbreviation, minister title or known minister), or None when it
    names none or several: a consultation the text reports with no ministry in its own sentences ("Konsultasjonsmøtet
    vart halde tysdag") was held with the ministry the text names elsewhere ("Kunnskapsministeren lova ...")."""
    found = {m.ministry for m in find_ministries(text, year) if m.ministry in ministry_names()}
    return found.pop() if len(found) == 1 else None


def _met_government_only(sentences: tuple[Sentence, ...], ev: int | None, by_sentence: dict[int, set[str]]) -> bool:
    """The occasion sentence says KS met the government ("konsultasjonsmøtet med regjeringa",
    "Regjeringa og KS møttest") and names no ministry and no bilateral meeting: the meeting was
    with the government, whichever minister speaks later. A heading that names neither lets the
    sentence after it speak. A fixed or bilateral meeting (`one_ministry_words`) is with one
    ministry."""
    if ev is None:
        return False
    index = ev
    if not by_sentence.get(ev) and not _government().search(sentences[ev].text) and ev + 1 < len(sentences):
        index = ev + 1
    text = sentences[index].text
    return bool(MEET_GOVERNMENT.search(text)) and not by_sentence.get(index) and not _one_ministry().search(text)


@lru_cache(maxsize=1)
def _one_ministry() -> re.Pattern[str]:
    words = lexicon.load("ministries").get("one_ministry_words") or ["bilateral"]
    return lexicon.phrase_pattern(words)


@lru_cache(maxsize=1)
def _plenary() -> re.Pattern[str]:
    words = lexicon.load("ministries").get("plenary_words") or ["plenum"]
    return lexicon.phrase_pattern(words)


@lru_cache(maxsize=1)
def _not_plenary() -> re.Pattern[str]:
    words = lexicon.load("ministries").get("not_plenary_words") or ["bilateral"]
    return lexicon.phrase_pattern(words)


def is_plenary(sentence: str) -> bool:
    """The sentence names a plenary consultation ("i plenum", "plenumsmøtet"), not a bilateral one."""
    return bool(_plenary().search(sentence)) and not _not_plenary().search(sentence)


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
                                    or _has_substitute(participants)):
        return counterpart
    if counterpart is not None and any(m.ministry == counterpart for m in find_ministries(evidence)):
        return counterpart
    return "regjeringen" if greets_government(text) else None


def _staff_ministries(text: str, mentions: list[MinistryMention], participants: tuple[Mention, ...]) -> set[str]:
    """Ministries named right after a participant's staff role in the definite form
    ("statssekretæren i Helse- og omsorgsdepartementet" when a statssekretær with no ministry of
    their own took part), or right after that participant's name ("Gjest: statssekretær NN,
    Kommunal- og distriktsdepartementet", "statssekretær NN i Kunnskapsdepartementet", also with the party in
    brackets between: "statssekretær NN (Sp) i Kunnskapsdepartementet"): that participant stands for the ministry."""
    roles = {p.role.casefold() for p in participants
             if p.role and p.role.casefold() in ministry_staff_roles() and _ministry_of_person(p) is None}
    if not roles:
        return set()
    before = lexicon.phrase_pattern(sorted(roles), after=r"(?:en|a)\s+(?:i|fra|frå|ved)\s+$")
    names = [re.escape(p.name) for p in participants
             if p.role and p.role.casefold() in roles and _ministry_of_person(p) is None]
    beside = re.compile(rf"(?<![\w-])(?:{'|'.join(names)})(?:\s*\([^()\n]{{1,12}}\))?\s*(?:,|\s(?:i|fra|frå|ved))\s*$")
    return {m.ministry for m in mentions if m.kind == "name" and (before.search(text[max(0, m.start - 60):m.start])
                                                                  or beside.search(text[max(0, m.start - 80):m.start]))}


MINISTER_ENDINGS = ("minister", "ministar", "statsråd")  # a role that heads a ministry


def participant_ministries(participants: tuple[Mention, ...]) -> frozenset[str]:
    """The ministries the participants stand for. Ministers of several ministries
    at one meeting (a plenary consultation) make the counterpart the government."""
    return frozenset(filter(None, (_ministry_of_person(p) for p in participants)))


def leading_ministries(participants: tuple[Mention, ...]) -> frozenset[str]:
    """The ministries that lead the government's side: those of the ministers who take part, when one does ("helseminister
    NN" with "statssekretær NN i Kunnskapsdepartementet", who was also there: the health ministry alone); else those
    of every participant of a ministry (two ministries' state secretaries: the government)."""
    ministers = frozenset(filter(None, (_ministry_of_person(p) for p in participants
                                        if p.role and p.role.casefold().endswith(MINISTER_ENDINGS))))
    return ministers or participant_ministries(participants)


def minister_with_staff(participants: tuple[Mention, ...]) -> str | None:
    """The ministry of the one minister who takes part when the other ministries there sent staff only ("klima- og
    miljøminister NN og statssekretær NN i Kommunal- og distriktsdepartementet"; a signing by one minister with
    another ministry's state secretary "også til stede"): that minister leads the government's side, whatever the
    sentence calls the government ("Regjeringen og KS signerer ..."), and two ministries' names in the occasion's
    sentence make no meeting with the government. None unless exactly one ministry has a minister there and
    another ministry has staff there."""
    leading = {_ministry_of_person(p) for p in participants
               if p.role and p.role.casefold().endswith(MINISTER_ENDINGS)} - {None}
    if len(leading) != 1:
        return None
    others = participant_ministries(participants) - leading
    return next(iter(leading)) if others else None


@lru_cache(maxsize=1)
def _consultation() -> re.Pattern[str]:
    words = lexicon.load("ministries")["consultation_words"]
    return re.compile(rf"(?<![\w-])(?:{lexicon.alternation(words)})\w*", re.IGNORECASE)


def _government_consultation(sentences: tuple[Sentence, ...], ev: int | None) -> bool:
    """The occasion's sentence has KS consult the government ("Regjeringa og KS møttest til konsultasjonsmøte"):
    ministers and state secretaries of several ministries sit on the government's side, whichever of them is a
    minister, so one minister among others' staff does not make the consultation that minister's."""
    if ev is None:
        return False
    near = " ".join(s.text for s in sentences[ev:ev + 2])  # a heading lets the sentence after it speak
    return bool(MEET_GOVERNMENT.search(near)) and bool(_consultation().search(near))


def _has_substitute(participants: tuple[Mention, ...]) -> bool:
    """A participant with a government role and no ministry of its own (a
    statssekretær sent "i sitt sted") stands for the ministry of an absent minister."""
    roles = ministry_staff_roles()
    return any(p.role in roles and _ministry_of_person(p) is None for p in participants)


def _without_absent(mentions: list[MinistryMention], sentences: tuple[Sentence, ...]) -> list[MinistryMention]:
    """Drop the ministry a sentence says was absent ("Samferdselsministeren meldte
    forfall"): every mention of it in that sentence."""
    dropped: set[tuple[int, str]] = set()
    for i, sentence in enumerate(sentences):
        check()
        inside = [m for m in mentions if sentence.start <= m.start < sentence.end]
        for j in absent_spans([(m.start, m.end) for m in inside], sentence.start, sentence.text):
            dropped.add((i, inside[j].ministry))
    return [m for m in mentions if (_sentence_of(sentences, m.start), m.ministry) not in dropped]


def _ministry_of_person(person: Mention) -> str | None:
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


def _is_between_list(sentence: str) -> bool:
    """'møter mellom KS og A, B og C' with 'også': a list of other meetings."""
    return bool(OTHER_LIST.search(sentence))


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
