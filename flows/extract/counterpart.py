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

Which participant stands for which ministry is in `government_side`; the counterpart of a talk at a conference
(the ministry it addresses or that takes part) is in `talk_counterpart`. Both are re-exported here.
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows import lexicon
from flows.budget import check
from flows.extract import called_off
from flows.extract import roles as R
from flows.extract.absence import absence_cues, absent_spans
from flows.extract.occasion_report import meetings_in_general_before
from flows.extract.ministry_gazetteer import (  # noqa: F401  (re-exported: counterpart.X keeps working)
    Ministry, MinistryMention, _needles, _patterns, find_ministries, host_ministry, minister_years, ministries,
    ministry_names, misspelt_titles)
from flows.extract.government_side import (  # noqa: F401  (re-exported)
    MINISTER_ENDINGS, has_substitute, leading_ministries, minister_ministries, minister_with_staff, ministry_of_person,
    participant_ministries, staff_ministries)
from flows.extract.talk_counterpart import addressed_ministry, for_talk, greets_government  # noqa: F401  (re-exported)
from flows.model import Mention, Sentence
from flows.literal_gate import Searchable

@lru_cache(maxsize=1)
def _government() -> re.Pattern[str]:
    words = lexicon.load("ministries")["government_words"]
    return lexicon.phrase_pattern(words)


PRIME_MINISTER_OFFICE = "Statsministerens kontor"  # with ministers of two other ministries, it is the government
# "Onsdag møtte KS regjeringen": the subject after the verb when an adverbial opens the sentence
MEET_GOVERNMENT = re.compile(
    r"(?:regjeringen|regjeringa)\s+og\s+KS\b|(?:(?:møtte|møter)(?:\s+(?:KS|vi|de|dei|kommunesektoren))?|møttes|møte\w*\s+(?:\w+\s+){0,3}(?:med|mellom)|med|og|mellom)\s+(?:hele\s+|heile\s+)?(?:regjeringen|regjeringa)\b",
    re.IGNORECASE)
# a heading's quote after its colon ("Trepartsmøte om lærarane: – KS og regjeringa må ta ansvar"): what a party said
HEADING_QUOTE = re.compile(r":\s+[–—-]\s")
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
    if not has_substitute(participants):
        mentions = _without_absent(mentions, sentences)
    mentions = [m for m in mentions if not _recipient(text, sentences, m)]
    ev = _sentence_of(sentences, evidence[0]) if evidence and evidence[0] is not None else None
    mentions, participants = _without_called_off(text, sentences, ev, mentions, participants)
    by_sentence: dict[int, set[str]] = {}
    for m in mentions:
        i = _sentence_of(sentences, m.start)
        if i is not None:
            by_sentence.setdefault(i, set()).add(m.ministry)
    speaks = _speaking(sentences, ev, by_sentence)
    if speaks is not None and any(is_plenary(sentences[i].text) for i in {ev, speaks} if i is not None):
        return "regjeringen", "plenary_meeting"
    if any(is_plenary(s.text) and MEET_GOVERNMENT.search(s.text) for s in sentences) and not _bilateral(sentences, ev):
        return "regjeringen", "plenary_meeting_with_government"
    host = host_ministry(text, mentions) if len({m.ministry for m in mentions}) >= 2 else None
    if host is not None:
        return host, "host_of_joint_meeting"
    led = minister_with_staff(participants)
    bodies = {m.ministry for m in mentions if m.kind == "name" and ev is not None
              and _sentence_of(sentences, m.start) == ev}
    several = ev is not None and len(bodies) >= 2 and bool(_consultation().search(sentences[ev].text))  # the parties:
    # "KS, BFD og HOD møttest til eit felles konsultasjonsmøte" (not a minister and another ministry's staff)
    if led is not None and not _government_consultation(sentences, ev) and not several:
        return led, "minister_with_other_staff"
    if _met_government_only(sentences, ev, by_sentence):
        return "regjeringen", "met_government_no_ministry"
    if ev is not None and len(by_sentence.get(ev, set())) >= 2 and not _is_between_list(sentences[ev].text):
        return "regjeringen", "several_ministries_in_meeting_sentence"
    met = _met_in_sentence(text, sentences, ev, mentions)
    if met is None and speaks is not None and speaks != ev:  # the sentence after: the ministry by its name only
        met = _met_in_sentence(text, sentences, speaks, [m for m in mentions if m.kind in ("name", "abbreviation")])
    leading = leading_ministries(participants)
    if met == PRIME_MINISTER_OFFICE and len(leading - {met}) >= 2:
        return "regjeringen", "prime_minister_with_ministers"  # "møtte statsministeren og fire statsråder"
    if met is not None and len(leading) >= 2:
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
        elif meetings_in_general_before(text[sentence.start:m.start]):
            weight = 1.0  # "gjere X til eit fast tema i dei bilaterale konsultasjonsmøta med HOD": meetings in general
        elif cued[i] or WITH_BEFORE.search(text[sentence.start:m.start]) \
                or absence_cues(sentence.text):
            weight = 2.5
        else:
            weight = 1.0
        if len(by_sentence[i]) >= 3 and i != ev:
            weight *= 0.0 if OTHER_LIST.search(sentence.text) else 0.2
        scores[m.ministry] = scores.get(m.ministry, 0.0) + weight
    for person in participants:
        ministry = ministry_of_person(person)
        if ministry:
            scores[ministry] = scores.get(ministry, 0.0) + 2.5
    for ministry in staff_ministries(text, mentions, participants):
        scores[ministry] = scores.get(ministry, 0.0) + 2.5
    best = max(scores, key=lambda k: scores[k]) if scores else None
    meets_government = ev is not None and bool(MEET_GOVERNMENT.search(sentences[ev].text))
    if meets_government and best == PRIME_MINISTER_OFFICE:
        return "regjeringen", "met_government_with_prime_minister"
    if best is not None and scores[best] >= 2.5:
        return best, "ministry_in_meeting_context"
    if meets_government:
        return "regjeringen", "met_government"
    if best is not None and scores[best] >= 2.0:
        return best, "ministry_mentioned"
    if any(p.role and p.organisation is None and R.is_government_role(p.role) for p in participants):
        only = only_ministry(text, year)  # "møtte statssekretær NN" in a text naming one ministry ("lovforslaget
        if only is not None:  # frå Barne- og familiedepartementet"): the state secretary is that ministry's
            return only, "state_secretary_of_the_only_ministry"
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


def _speaking(sentences: tuple[Sentence, ...], ev: int | None, by_sentence: dict[int, set[str]]) -> int | None:
    """The sentence that tells whom the occasion was with: the occasion's own, or the one after it when the own
    names neither a ministry nor the government (a heading, "Forrige tirsdag satt NN i sitt siste konsultasjonsmøte."
    before "Det var plenumsmøtet, med ...")."""
    if ev is None:
        return None
    if not by_sentence.get(ev) and not _government().search(sentences[ev].text) and ev + 1 < len(sentences):
        return ev + 1
    return ev


def _bilateral(sentences: tuple[Sentence, ...], ev: int | None) -> bool:
    """The occasion's sentence or the one after it names a bilateral meeting ("KS og departementet heldt bilateralt
    konsultasjonsmøte"): a plenary meeting told elsewhere in the text (a press invitation to the next one) is
    another occasion."""
    return ev is not None and bool(_not_plenary().search(" ".join(s.text for s in sentences[ev:ev + 2])))


def _without_called_off(text: str, sentences: tuple[Sentence, ...], ev: int | None, mentions: list[MinistryMention],
                        participants: tuple[Mention, ...]) -> tuple[list[MinistryMention], tuple[Mention, ...]]:
    """Without the ministries only an occasion called off names ("Bilateralt møte med HOD gjennomført – møtet med AID
    utsatt", "..., mens møtet med KD er utsatt"), when the occasion's sentence (or the one after it) names another
    ministry outside such a clause: every mention of them, and the participants who stand for them (the minister who
    asked to move the meeting called off), count for no side of the occasion held."""
    spans = called_off.called_off_spans(text) if ev is not None else ()
    if not spans:
        return mentions, participants
    off = [any(a <= m.start < b for a, b in spans) for m in mentions]
    own = {ev, ev + 1} if ev is not None else set()
    held = {m.ministry for m, o in zip(mentions, off) if not o and _sentence_of(sentences, m.start) in own}
    dropped = {m.ministry for m, o in zip(mentions, off) if o} - held
    if not held or not dropped:
        return mentions, participants
    return ([m for m in mentions if m.ministry not in dropped],
            tuple(p for p in participants if ministry_of_person(p) not in dropped))


def _met_government_only(sentences: tuple[Sentence, ...], ev: int | None, by_sentence: dict[int, set[str]]) -> bool:
    """The occasion sentence says KS met the government ("konsultasjonsmøtet med regjeringa",
    "Regjeringa og KS møttest") and names no ministry and no bilateral meeting: the meeting was
    with the government, whichever minister speaks later. A heading that names neither lets the
    sentence after it speak. A fixed or bilateral meeting (`one_ministry_words`) is with one
    ministry."""
    index = _speaking(sentences, ev, by_sentence)
    if index is None:
        return False
    text = HEADING_QUOTE.split(sentences[index].text, maxsplit=1)[0]  # a quote in a heading names no party met
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


@lru_cache(maxsize=1)
def _sent_to() -> re.Pattern[str]:
    """A text sent somewhere, the recipients after it to the sentence's end (`sent_to` in ministries.yaml)."""
    return re.compile(rf"(?<![\w-])(?:{lexicon.alternation(lexicon.load('ministries')['sent_to'])})\s+(?:til\s+)?"
                      r"[^.!?\n]{0,80}$", re.IGNORECASE)


def _recipient(text: str, sentences: tuple[Sentence, ...], mention: MinistryMention) -> bool:
    """The ministry is named as where a text was sent ("Uttalelsen er sendt Stortingets kommunal- og
    forvaltningskomité og Kommunal- og distriktsdepartementet"): a recipient, not a party met (stop 53)."""
    i = _sentence_of(sentences, mention.start)
    if i is None:
        return False
    return _sent_to().search(text, sentences[i].start, mention.start) is not None


def _is_between_list(sentence: str) -> bool:
    """'møter mellom KS og A, B og C' with 'også': a list of other meetings."""
    return bool(OTHER_LIST.search(sentence))


