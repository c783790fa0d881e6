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
from dataclasses import dataclass
from functools import lru_cache

from flows import lexicon
from flows.budget import check
from flows.extract.absence import absence_cues, absent_spans
from flows.extract.roles import ministry_staff_roles
from flows.model import Mention, Sentence

SUFFIXES = r"(?:en|a|ar|arane|ane|ene|er|ens|s)?"
WORD = "[\\wæøåÆØÅ]"


@dataclass(frozen=True)
class MinistryMention:
    ministry: str
    start: int
    end: int
    kind: str  # name, abbreviation, title, minister


@dataclass(frozen=True)
class Ministry:
    name: str
    aliases: tuple[str, ...]
    abbreviations: tuple[str, ...]
    titles: tuple[str, ...]
    ministers: tuple[tuple[str, int, int | None], ...]


@lru_cache(maxsize=1)
def ministries() -> tuple[Ministry, ...]:
    out: list[Ministry] = []
    for item in lexicon.load("ministries")["ministries"]:
        out.append(Ministry(
            name=str(item["name"]),
            aliases=tuple(str(a) for a in item.get("aliases") or ()),
            abbreviations=tuple(str(a) for a in item.get("abbreviations") or ()),
            titles=tuple(str(t) for t in item.get("titles") or ()),
            ministers=tuple((str(m["name"]), int(m["from"]), int(m["to"]) if m.get("to") else None)
                            for m in item.get("ministers") or ()),
        ))
    return tuple(out)


def ministry_names() -> frozenset[str]:
    return frozenset(m.name for m in ministries())


def _phrase(text: str) -> str:
    return re.escape(text).replace(r"\ ", r"\s+").replace(r"\-", "-")


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    out: list[tuple[str, str, re.Pattern[str]]] = []
    for m in ministries():
        for name in (m.name, *m.aliases):
            out.append((m.name, "name", re.compile(rf"(?<![\w-]){_phrase(name)}(?![\w-])", re.IGNORECASE)))
        for abbr in m.abbreviations:
            out.append((m.name, "abbreviation", re.compile(rf"(?<![\w-]){re.escape(abbr)}(?![\w])")))
        for title in m.titles:
            out.append((m.name, "title", re.compile(rf"(?<![\w-]){_phrase(title)}{SUFFIXES}(?![\w-])",
                                                   re.IGNORECASE)))
        for name, _, _ in m.ministers:
            out.append((m.name, "minister", re.compile(rf"(?<![\w-]){_phrase(name)}(?![\w-])")))
    return tuple(out)


@lru_cache(maxsize=1)
def _needles() -> tuple[str, ...]:
    """For each pattern of `_patterns()`, in the same order, a literal every match contains: the
    first word of the name, abbreviation, title or minister (lower-cased where the pattern
    ignores case)."""
    out: list[str] = []
    for m in ministries():
        out += [name.split()[0].lower() for name in (m.name, *m.aliases)]
        out += [abbr.split()[0] for abbr in m.abbreviations]
        out += [title.split()[0].lower() for title in m.titles]
        out += [name.split()[0] for name, _, _ in m.ministers]
    if len(out) != len(_patterns()):
        raise AssertionError("counterpart._needles must follow _patterns() one to one")
    return tuple(out)


def minister_years(ministry: str, name: str) -> tuple[int, int | None] | None:
    for m in ministries():
        if m.name == ministry:
            for minister, start, end in m.ministers:
                if minister == name:
                    return start, end
    return None


@lru_cache(maxsize=8192)
def find_ministries(text: str, year: int | None = None) -> tuple[MinistryMention, ...]:
    """Ministry mentions, longest first at overlapping positions; minister names
    only when they held the office in `year` (or any year when it is unknown)."""
    found: list[MinistryMention] = []
    low = text.lower()
    for (ministry, kind, pattern), needle in zip(_patterns(), _needles()):
        check()
        if needle not in (low if pattern.flags & re.IGNORECASE else text):
            continue  # the pattern's first word is nowhere in the text: it cannot match
        for match in pattern.finditer(text):
            if kind == "minister" and year is not None:
                span = minister_years(ministry, match.group(0))
                if span and not (span[0] <= year <= (span[1] or 9999)):
                    continue
            found.append(MinistryMention(ministry, match.start(), match.end(), kind))
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[MinistryMention] = []
    for m in found:
        if kept and m.start < kept[-1].end and not (m.start == kept[-1].start and m.end == kept[-1].end):
            continue
        kept.append(m)
    return tuple(kept)


TITLE_LIKE = re.compile(r"(?<![\w-])[\wæøå]{3,}(?:mi|ni|ms|mn|st|rå)[\wæøå]{3,}(?![\w-])", re.IGNORECASE)


def _one_edit(a: str, b: str) -> bool:
    """True when `a` and `b` differ by exactly one letter inserted, dropped, changed or two
    neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


@lru_cache(maxsize=1)
def _single_word_titles() -> dict[str, str]:
    """Title word -> ministry, for one-word titles long enough to be recognised with a typo."""
    return {t.lower(): m.name for m in ministries() for t in m.titles if " " not in t and len(t) >= 9}


def misspelt_titles(text: str) -> tuple[MinistryMention, ...]:
    """Minister titles written with one letter wrong ("helsemnisteren", "kunnskapsminsiter"), for a
    text that names no ministry correctly; definite and plural endings as for the exact titles."""
    titles = _single_word_titles()
    out: list[MinistryMention] = []
    for match in TITLE_LIKE.finditer(text):
        word = match.group(0).lower()
        for ending in ("", "en", "a", "ar", "ane", "ene", "er", "ens", "s"):
            stem = word[: len(word) - len(ending)] if ending and word.endswith(ending) else word
            if ending and not word.endswith(ending):
                continue
            hit = next((ministry for title, ministry in titles.items() if _one_edit(stem, title)), None)
            if hit:
                out.append(MinistryMention(hit, match.start(), match.end(), "title"))
                break
    return tuple(out)


@lru_cache(maxsize=1)
def _government() -> re.Pattern[str]:
    words = lexicon.load("ministries")["government_words"]
    return re.compile(rf"(?<![\w-])(?:{lexicon.alternation(words)})(?![\w-])", re.IGNORECASE)


MEET_GOVERNMENT = re.compile(
    r"(?:regjeringen|regjeringa)\s+og\s+KS\b|(?:møtte|møttes|møte\w*\s+(?:\w+\s+){0,3}(?:med|mellom)|med|og|mellom)\s+(?:hele\s+|heile\s+)?(?:regjeringen|regjeringa)\b",
    re.IGNORECASE)
OTHER_LIST = re.compile(r"(?<![\w])(?:også|òg|og\s+så|andre|anna|øvrige|andre\s+departement\w*)(?![\w])", re.IGNORECASE)
WITH_BEFORE = re.compile(r"(?:med|mellom\s+\w+\s+og|mellom|og)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def _sentence_of(sentences: tuple[Sentence, ...], offset: int) -> int | None:
    for i, s in enumerate(sentences):
        if s.start <= offset < s.end:
            return i
    return None


def decide_counterpart(
    text: str,
    sentences: tuple[Sentence, ...],
    evidence: tuple[int, int] | None,
    cue: re.Pattern[str],
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
    if _met_government_only(sentences, ev, by_sentence):
        return "regjeringen", "met_government_no_ministry"
    if ev is not None and len(by_sentence.get(ev, set())) >= 2 and not _is_between_list(sentences[ev].text):
        return "regjeringen", "several_ministries_in_meeting_sentence"
    if len(_participant_ministries(participants)) >= 2:
        return "regjeringen", "ministers_of_several_ministries"
    scores: dict[str, float] = {}
    for m in mentions:
        i = _sentence_of(sentences, m.start)
        if i is None:
            continue
        sentence = sentences[i]
        if i == ev:
            weight = 6.0
        elif cue.search(sentence.text) or WITH_BEFORE.search(text[sentence.start:m.start]) \
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
    return re.compile(rf"(?<![\w-])(?:{lexicon.alternation(words)})(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _plenary() -> re.Pattern[str]:
    words = lexicon.load("ministries").get("plenary_words") or ["plenum"]
    return re.compile(rf"(?<![\w-])(?:{lexicon.alternation(words)})(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _not_plenary() -> re.Pattern[str]:
    words = lexicon.load("ministries").get("not_plenary_words") or ["bilateral"]
    return re.compile(rf"(?<![\w-])(?:{lexicon.alternation(words)})(?![\w-])", re.IGNORECASE)


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
    one of its people is a participant, or the talk sentence names it. A talk that greets
    ministers in its audience and names no ministry is given to `regjeringen`."""
    if counterpart == "regjeringen":
        return counterpart
    if counterpart is not None and counterpart in _participant_ministries(participants):
        return counterpart
    if counterpart is not None and any(m.ministry == counterpart for m in find_ministries(evidence)):
        return counterpart
    return "regjeringen" if greets_government(text) else None


def _staff_ministries(text: str, mentions: list[MinistryMention], participants: tuple[Mention, ...]) -> set[str]:
    """Ministries named right after a participant's staff role in the definite form
    ("statssekretæren i Helse- og omsorgsdepartementet" when a statssekretær with no ministry of
    their own took part): that participant stands for the ministry."""
    roles = {p.role.casefold() for p in participants
             if p.role and p.role.casefold() in ministry_staff_roles() and _ministry_of_person(p) is None}
    if not roles:
        return set()
    before = re.compile(rf"(?<![\w-])(?:{lexicon.alternation(sorted(roles))})(?:en|a)\s+(?:i|fra|frå|ved)\s+$",
                        re.IGNORECASE)
    return {m.ministry for m in mentions if m.kind == "name" and before.search(text[max(0, m.start - 60):m.start])}


def _participant_ministries(participants: tuple[Mention, ...]) -> frozenset[str]:
    """The ministries the participants stand for. Ministers of several ministries
    at one meeting (a plenary consultation) make the counterpart the government."""
    return frozenset(filter(None, (_ministry_of_person(p) for p in participants)))


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
    return person.organisation if person.organisation in ministry_names() else None


def _is_between_list(sentence: str) -> bool:
    """'møter mellom KS og A, B og C' with 'også': a list of other meetings."""
    return bool(OTHER_LIST.search(sentence))
