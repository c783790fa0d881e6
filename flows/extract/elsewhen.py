"""Whether a sentence tells of another time than the occasion's: words said or a meeting attended then.

`elsewhen`: the sentence places what it tells at another time than the reference day (`occasion_time.other_time`:
"i fjor", a month other than the occasion's), or opens by pointing back to the sentence before it in the same
paragraph (`carried_time` in `data/participant_patterns.yaml`: "Der", "Då", "Den gongen") when that one does ("I mars
var saka oppe i det første møtet. Der ba dåverande leiar NN om ..."). `only_elsewhen`: the persons every sentence
naming whom tells of another time and names no occasion. `former_mention`: a name whose role the text marks as held then
("daværende statssekretær NN"); `other_meeting`: the sentences that point at another meeting with a stressed demonstrative
("Det møtet vart leidd av NN") and the sentence before each in its paragraph; `elsewhere_only`: the persons every mention
of whom is one of these; `other_sections`: a timeline's sections under dated headings ("Oktober 2024: Ny økning") that
tell another time than the occasion's.
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from flows import lexicon
from flows.extract.called_off import held_instead
from flows.extract.dates import find_dates
from flows.extract.layout import inside
from flows.extract.occasion_time import other_time
from flows.extract.participant_details import pattern_data as _data
from flows.extract.people import People
from flows.extract.memo import memoised
from flows.literal_gate import Searchable, gated
from flows.model import Sentence


def _sentence_of(sentences: tuple[Sentence, ...], offset: int) -> Sentence | None:
    for s in sentences:
        if s.start <= offset < s.end:
            return s
    return None


@lru_cache(maxsize=1)
def _carried_time() -> re.Pattern[str]:
    return re.compile(str(_data()["carried_time"]), re.IGNORECASE)


def elsewhen(sentences: tuple[Sentence, ...], sentence: Sentence, day: date | None, text: str) -> bool:
    """The sentence places what it tells at another time than `day` (`occasion_time.other_time`), or opens by
    pointing back to the sentence before it in the same paragraph (`carried_time`: "Der", "Då", "Den gongen") when
    that one does: "I mars var saka oppe i det første møtet. Der ba daverande leiar NN om ..."."""
    if other_time(sentence.text, day):
        return True
    if not _carried_time().match(sentence.text):
        return False
    before = [s for s in sentences if s.end <= sentence.start]
    if not before or "\n" in text[before[-1].end:sentence.start]:
        return False
    return other_time(before[-1].text, day)


@lru_cache(maxsize=1)
def _dated_heading() -> re.Pattern[str]:
    """A section heading that opens with a month and a year, or a year, then a colon or a dash ("Oktober 2024: Ny
    økning", "2019 – Arbeidsgruppen legg fram rapporten"), on a line of its own of at most 80 characters."""
    months = "|".join(re.escape(m) for m in sorted(lexicon.load("date_words")["months"], key=len, reverse=True))
    return re.compile(rf"^[ \t]*(?:(?P<month>{months})\s+)?(?P<year>(?:19|20)\d\d)\s*[:–—-][^\n]{{0,80}}$",
                      re.IGNORECASE | re.MULTILINE)


def other_sections(text: str, occasion_at: int | None, year: int | None, month: int | None) -> tuple[tuple[int, int], ...]:
    """The sections of a timeline that tell another time than the occasion's: a text with two or more dated
    headings (`_dated_heading`: "Oktober 2015: Det første kuttet", "Mars 2025: Møtet med helseministeren"), each
    section running to the next heading; a section tells another time unless its heading gives the occasion's year
    (and month, when both are known) or it holds the occasion's cue (`occasion_at`)."""
    heads = _headings(text)
    if len(heads) < 2:
        return ()
    out: list[tuple[int, int]] = []
    for (start, head_year, head_month), after in zip(heads, (*(h[0] for h in heads[1:]), len(text))):
        same = year is not None and head_year == year and (head_month is None or month is None or head_month == month)
        holds = occasion_at is not None and start <= occasion_at < after
        if not (same or holds):
            out.append((start, after))
    return tuple(out)


@memoised
def _headings(text: str) -> tuple[tuple[int, int, int | None], ...]:
    months = lexicon.load("date_words")["months"]
    return tuple((m.start(), int(m.group("year")), int(months[m.group("month").casefold()]) if m.group("month") else None)
                 for m in _dated_heading().finditer(text))


def only_elsewhen(people: People, sentences: tuple[Sentence, ...], occasion: Searchable,
                   day: date | None, text: str = "", earlier: tuple[tuple[int, int], ...] = ()) -> frozenset[str]:
    """Persons every sentence naming whom places at another time than `day` and names no occasion
    ("Ministeren sa det slik i Stortinget i desember: «...»"), or stands in a timeline's section of another time
    (`earlier`, `other_sections`): their quoted words are from elsewhere."""
    if day is None and not earlier:
        return frozenset()
    elsewhere: dict[str, bool] = {}
    apart_at: dict[int, bool] = {}  # each sentence read once
    for mention in people.mentions:
        if not elsewhere.get(mention.name, True):
            continue
        sentence = _sentence_of(sentences, mention.start)
        if sentence is not None and sentence.start not in apart_at:
            apart_at[sentence.start] = inside(earlier, sentence.start) or \
                (day is not None and not occasion.search(sentence.text) and elsewhen(sentences, sentence, day, text))
            # a timeline's earlier step (its "høringen i Stortinget" another occasion), else another time, no occasion
        elsewhere[mention.name] = sentence is not None and apart_at[sentence.start]
    return frozenset(name for name, apart in elsewhere.items() if apart)


@lru_cache(maxsize=8)
def _pattern(key: str) -> re.Pattern[str]:
    return gated(re.compile(str(_data()[key]), re.IGNORECASE))  # searches skipped where a match's words are absent


def former_mention(text: str, start: int) -> bool:
    """The role written right before the name at `start` is marked as held then ("daværende statssekretær NN",
    "dåverande fylkesstyreleiar NN") or before ("tidligere KS-leder NN", "førre statsforvaltar, NN"): the person is
    named for another time."""
    window = text[max(0, start - 80):start]
    if not any(stem in window.casefold() for stem in ("værende", "verande", "varande", "ærande", "tidl", "førre",
                                                      "forrige")):
        return False  # the cheap check: every word of `former_role` has one of these
    return bool(_pattern("former_role").search(window))


def _days(text: str) -> set[tuple[int, int]]:
    """The days of the month a text names ("3. februar", "03.02."; `dates.find_dates`)."""
    return {(d.day, d.month) for d in find_dates(text) if d.day and d.month}


@lru_cache(maxsize=1)
def _invitation_heading() -> re.Pattern[str]:
    return re.compile(rf"(?m)^[ \t]*(?:{_data()['invitation_heading']})[ \t]*:?[ \t]*$", re.IGNORECASE)


@memoised  # asked by absence and participants of the same document
def other_meeting(sentences: tuple[Sentence, ...], text: str) -> frozenset[int]:
    """The starts of the sentences that tell of another meeting: one opening with a stressed demonstrative ("Det møtet
    ble ledet av NN", `other_meeting_opener`), and the sentence before it in the same paragraph, which names that
    meeting ("Samme morgen arrangerte forbundet et eget møte, der NN deltok."); a sentence after the lead that tells of
    a meeting called off (`other_meeting_called_off`: "Møtet med KD, der NN skulle delta, ble utsatt") and the one after
    it that points back to it ("Der skulle NN ha møtt KS"); and every sentence under a press
    invitation's heading that follows the report (`invitation_heading`: "PRESSEINVITASJON"), which invites to a
    coming occasion, unless it names a day the text before it names (the invitation to the occasion announced)."""
    out: set[int] = set()
    opener, named = _pattern("other_meeting_opener"), _pattern("other_meeting_named")
    invitation = _invitation_heading().search(text)
    if invitation is not None and any(s.end <= invitation.start() for s in sentences) and \
            not _days(text[invitation.end():]) & _days(text[:invitation.start()]):
        out |= {s.start for s in sentences if s.start >= invitation.end()}  # a press invitation under the report
    called_off, lead = _pattern("other_meeting_called_off"), int(_data().get("other_meeting_called_off_after", 3))
    for i, sentence in enumerate(sentences):
        if named.search(sentence.text) or (i >= lead and called_off.search(sentence.text)
                                           and not held_instead(sentence.text)):
            # "Et tilsvarende møte ble holdt i oktober. Der deltok NN."; "Møtet med KD, der NN skulle delta, ble utsatt"
            out.add(sentence.start)
            if i + 1 < len(sentences) and "\n" not in text[sentence.end:sentences[i + 1].start] and \
                    _carried_time().match(sentences[i + 1].text):
                out.add(sentences[i + 1].start)
        if not opener.match(sentence.text):
            continue
        out.add(sentence.start)
        if i > 0 and "\n" not in text[sentences[i - 1].end:sentence.start]:
            out.add(sentences[i - 1].start)
    return frozenset(out)


def elsewhere_only(people: People, sentences: tuple[Sentence, ...], text: str) -> frozenset[str]:
    """The persons every named mention of whom is a former role (`former_mention`) or stands in a sentence of another
    meeting (`other_meeting`): they took part in something else, not in the occasion reported."""
    others = other_meeting(sentences, text)
    away: dict[str, bool] = {}
    for mention in people.mentions:
        if mention.kind == "title" or not away.get(mention.name, True):
            continue
        sentence = _sentence_of(sentences, mention.start)
        away[mention.name] = former_mention(text, mention.start) or (sentence is not None and sentence.start in others)
    return frozenset(name for name, elsewhere in away.items() if elsewhere)
