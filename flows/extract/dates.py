"""Norwegian date phrases (bokmål and nynorsk) and the date of the meeting.

`find_dates(text)` finds every date phrase with its offsets: "3. desember",
"Mandag 15. mars", a range by its first day ("3.–4. mars"), "11. november 2015", "3.12.2020",
"tysdag 14.5.", "i april", "tirsdag", "i går". `to_date_info(found, published)` turns one into a
DateInfo (the year a weekday fixes: `date_year`): what the
text states has source "text"; a part filled from the publication date (a
weekday, "i går", a missing year) makes the source "metadata". A year is never
guessed. `meeting_date(...)` picks the phrase that dates the meeting: in or near
the sentence that reports the occasion, never a deadline or a budget year.
Vocabulary lives in `data/date_words.yaml`.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Literal

from flows.budget import check
from flows import lexicon
from flows.extract import date_fallbacks
from flows.extract.date_year import year_for
from flows.model import DateInfo, Sentence
from flows.literal_gate import Searchable

Kind = Literal["full", "daymonth", "numeric", "monthonly", "weekday", "relative"]
STRONG: frozenset[str] = frozenset({"full", "daymonth", "numeric"})
DIGIT = re.compile(r"\d")  # as the patterns' \d reads it


@dataclass(frozen=True)
class FoundDate:
    text: str
    start: int
    end: int
    kind: Kind
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    offset: int | None = None  # days from publication, for "i dag", "i går"


@lru_cache(maxsize=1)
def _words() -> dict:
    return lexicon.load("date_words")


def _alt(items: object) -> str:
    return lexicon.alternation(sorted(str(i) for i in items))  # type: ignore[arg-type]


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    data = _words()
    month = _alt(data["months"])
    weekday = rf"(?:{_alt(data['weekdays'])})(?:en|ane|ar)?"
    flags = re.IGNORECASE
    today = data.get("today_before_occasion") or {}
    return {
        "daymonth": re.compile(
            rf"(?<![\w.])(?:(?P<wd>{weekday})\s+(?:(?:den|)\s*)?)?(?P<day>[0-3]?\d)\.\s*"
            rf"(?:(?:[–—-]|og|til)\s*[0-3]?\d\.\s*)?(?P<month>{month})(?![\w])"  # a range dates its first day
            rf"(?:\s+(?P<year>(?:19|20)\d\d)(?!\d))?", flags),
        "numeric": re.compile(r"(?<![\w.])(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>(?:19|20)\d\d)(?!\d)"),
        # day and month in figures without a year, after a weekday or "den": "tysdag 14.5.", "den 3.12."
        "numeric_daymonth": re.compile(
            rf"(?<![\w.])(?:(?P<wd>{weekday})\s+(?:den\s+)?|den\s+)(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)(?!\.?\d)\.?",
            flags),
        "monthonly": re.compile(
            rf"(?<![\w])(?:i|i\s+begynnelsen\s+av|i\s+starten\s+av|i\s+midten\s+av|i\s+slutten\s+av|i\s+byrjinga\s+av)"
            rf"\s+(?P<month>{month})(?![\w])(?:\s+(?P<year>(?:19|20)\d\d)(?!\d))?", flags),
        "weekday": re.compile(rf"(?<![\w])(?P<wd>{weekday})(?![\w])", flags),
        "relative": re.compile(rf"(?<![\w])(?P<rel>{_alt(data['relative'])})(?![\w])", flags),
        "today": re.compile(rf"(?<![\w])(?:{_alt(today.get('words') or ['dagens'])})(?=\s+(?:"
                            rf"{'|'.join(today.get('occasions') or [r'møte'])})(?![\w]))", flags),
    }


def date_words() -> dict:
    """The vocabulary and settings of `data/date_words.yaml`."""
    return _words()


def date_setting(key: str, default: int) -> int:
    """An integer setting of `data/date_words.yaml`."""
    return int(_words().get(key, default))


def _month(word: str) -> int | None:
    value = _words()["months"].get(word.casefold())
    return int(value) if value is not None else None


def _weekday(word: str) -> int | None:
    word = word.casefold()
    table = _words()["weekdays"]
    for suffix in ("", "en", "ane", "ar"):
        if suffix and word.endswith(suffix) and word[: -len(suffix)] in table:
            return int(table[word[: -len(suffix)]])
        if not suffix and word in table:
            return int(table[word])
    return None


def find_dates(text: str) -> tuple[FoundDate, ...]:
    """Every date phrase in `text`, in text order; a phrase inside a longer one is dropped."""
    p = _patterns()
    found: list[FoundDate] = []
    figures = DIGIT.search(text) is not None  # the day of these three patterns is in figures
    for m in p["daymonth"].finditer(text) if figures else ():
        year = int(m.group("year")) if m.group("year") else None
        found.append(FoundDate(m.group(0), m.start(), m.end(), "full" if year else "daymonth", year,
                               _month(m.group("month")), int(m.group("day")),
                               _weekday(m.group("wd")) if m.group("wd") else None))
    for m in p["numeric"].finditer(text) if figures else ():
        month, day = int(m.group("month")), int(m.group("day"))
        if 1 <= month <= 12 and 1 <= day <= 31:
            found.append(FoundDate(m.group(0), m.start(), m.end(), "numeric", int(m.group("year")), month, day))
    for m in p["numeric_daymonth"].finditer(text) if figures else ():
        month, day = int(m.group("month")), int(m.group("day"))
        if 1 <= month <= 12 and 1 <= day <= 31:
            found.append(FoundDate(m.group(0), m.start(), m.end(), "daymonth", None, month, day,
                                   _weekday(m.group("wd")) if m.group("wd") else None))
    for m in p["monthonly"].finditer(text):
        year = int(m.group("year")) if m.group("year") else None
        found.append(FoundDate(m.group(0), m.start(), m.end(), "monthonly", year, _month(m.group("month"))))
    for m in p["weekday"].finditer(text):
        found.append(FoundDate(m.group(0), m.start(), m.end(), "weekday", weekday=_weekday(m.group("wd"))))
    for m in p["relative"].finditer(text):
        offset = _words()["relative"].get(" ".join(m.group("rel").casefold().split()))
        found.append(FoundDate(m.group(0), m.start(), m.end(), "relative", offset=int(offset or 0)))
    for m in p["today"].finditer(text) if ("agens" in text or "agsens" in text) else ():  # "i dagens møte"
        found.append(FoundDate(m.group(0), m.start(), m.end(), "relative", offset=0))
    found.sort(key=lambda f: (f.start, -(f.end - f.start)))
    kept: list[FoundDate] = []
    for f in found:
        if kept and f.start < kept[-1].end:
            continue
        kept.append(f)
    return tuple(kept)


def _previous_weekday(published: date, weekday: int) -> date:
    return published - timedelta(days=(published.weekday() - weekday) % 7)


def to_date_info(found: FoundDate, published: date | None) -> DateInfo:
    """A DateInfo for one phrase; parts the text does not state come only from `published`."""
    base = {"text": found.text, "start": found.start, "end": found.end}
    if found.kind in STRONG or found.kind == "monthonly":
        year = found.year
        source: Literal["text", "metadata"] = "text"
        if year is None and published is not None:
            year = year_for(found.month, found.day, found.weekday, published)  # date_year.py
            source = "metadata"
        return DateInfo(year=year, month=found.month, day=found.day, source=source, **base)
    if published is None:
        return DateInfo(source="text", **base)
    if found.kind == "weekday" and found.weekday is not None:
        day = _previous_weekday(published, found.weekday)
    else:
        day = published + timedelta(days=found.offset or 0)
    return DateInfo(year=day.year, month=day.month, day=day.day, source="metadata", **base)


def blocked(text: str, found: FoundDate) -> bool:
    """True when the words before the phrase make it a deadline, period or budget year; also the
    last part of a compound ("høringsfrist 1. mars": `not_meeting_before_endings`). A budget word
    (`not_meeting_before_dated`) makes a period only of a phrase that can name one: a weekday or a
    day word after it ("i møtet om statsbudsjettet tirsdag") is the day something happened. After a
    verb of scheduling ("Møtet er satt til tirsdag 12. mars": `scheduled_before`) "til" names the
    occasion's date, not a deadline."""
    before = " ".join(text[max(0, found.start - 40):found.start].casefold().split())
    if _before_pattern("scheduled_before").search(before) and \
            not _deadline_word().search(text[max(0, found.start - 90):found.start].casefold().rsplit(". ", 1)[-1]):
        return False  # "Møtet er satt til tirsdag", but not "Fristen for innspill er satt til 1. mars"
    if _before_pattern("not_meeting_before").search(before) or _deadline_ending().search(before):
        return True
    return found.kind not in DAY_WORDS and _before_pattern("not_meeting_before_dated").search(before) is not None


DAY_WORDS: frozenset[str] = frozenset({"weekday", "relative"})


@lru_cache(maxsize=None)
def _before_pattern(key: str) -> re.Pattern[str]:
    """Any phrase of the word list `key` ending the (casefolded) words before a date phrase."""
    words = _words().get(key) or ()
    return re.compile(rf"(?<![\w])(?:{'|'.join(re.escape(str(w)) for w in words) or '(?!x)x'})$")


@lru_cache(maxsize=1)
def _deadline_word() -> re.Pattern[str]:
    return re.compile(rf"(?:{_alt(_words().get('not_meeting_before_endings') or ['(?!x)x'])})(?![\w])")


@lru_cache(maxsize=1)
def _deadline_ending() -> re.Pattern[str]:
    return re.compile(rf"(?:{_alt(_words().get('not_meeting_before_endings') or ['(?!x)x'])})$")


@lru_cache(maxsize=1)
def _meeting_words() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])(?:{_alt(_words()['month_only_needs'])})(?![\w])", re.IGNORECASE)


def meeting_date(
    text: str,
    sentences: tuple[Sentence, ...],
    evidence: tuple[int, int] | None,
    published: date | None,
    cue: Searchable | None = None,
    found_dates: tuple[FoundDate, ...] | None = None,
    header_first: bool = False,
    elsewhen: Callable[[str], bool] | None = None,
    lead: tuple[Sentence, ...] | None = None,
) -> DateInfo:
    """The date of the meeting: a phrase in a sentence that reports it (the evidence
    sentence first, then the nearest sentence with a meeting word), else all-null.
    `found_dates`: the date phrases of every sentence (document offsets), when known.
    `header_first`: the occasion is a talk, whose notes name it in a header line with its date
    (`dateline`): that date outranks a date in another sentence with a meeting word (a visit
    the speaker tells of, a meeting planned later). `elsewhen(sentence)`: true when a sentence places
    its occasion at another time ("eit nytt møte i mai", "sist gang"): its dates belong to that
    other occasion and date nothing, unless it is the evidence sentence. `lead`: the opening of the
    text (`date_fallbacks.opening_sentences`), which dates the occasion when nothing nearer does; by
    default the first `lead_date_sentences` sentences."""
    best: tuple[float, FoundDate] | None = None
    strong: tuple[float, FoundDate] | None = None  # the best day and month in a sentence of this occasion
    ev_index = next((i for i, s in enumerate(sentences) if evidence and s.start <= evidence[0] < s.end), None)
    for i, sentence in enumerate(sentences):
        check()
        if found_dates is not None and not any(sentence.start <= f.start < sentence.end for f in found_dates):
            continue  # no date phrase here: whatever the sentence says, it dates nothing (no cue search)
        in_evidence = ev_index == i
        meetingish = bool(_meeting_words().search(sentence.text) or (cue and cue.search(sentence.text)))
        if not (in_evidence or meetingish):
            continue
        if not in_evidence and elsewhen is not None and elsewhen(sentence.text):
            continue  # its dates belong to the other occasion ("Neste møte blir i mai")
        for found in dates_in(sentence, found_dates):
            if blocked(text, found):
                continue
            score = (5.0 if in_evidence else 2.0) + (1.0 if found.kind in STRONG else 0.4)
            if ev_index is not None:
                score -= 0.1 * abs(i - ev_index)
            score -= 0.01 * i
            if best is None or score > best[0]:
                best = (score, found)
            if found.kind in STRONG and score > 2.0 and (strong is None or score > strong[0]):
                strong = (score, found)
    if best is not None and best[1].kind not in STRONG and strong is not None:
        best = strong  # "KS møtte statsråden tysdag. Møtet vart halde 4. mars": the day and month
    if best is None and ev_index:
        best = date_fallbacks.lead_in_date(text, sentences[ev_index - 1], sentences[ev_index])
    if best is None and ev_index is not None:
        best = date_fallbacks.opening_date(sentences[ev_index + 1:ev_index + 1 + int(_words().get("opening_date_window", 3))],
                             found_dates, elsewhen)
    if best is None and ev_index is not None:
        opening = lead if lead is not None else sentences[:date_setting("lead_date_sentences", 0)]
        best = date_fallbacks.lead_date(text, opening, found_dates, elsewhen)
    line = dateline(sentences, found_dates)
    if line is not None and (best is None or (header_first and best[0] < 5.0)):
        best = (0.0, line)  # a talk is dated by its header unless the occasion's own sentence dates it
    if best is None and ev_index is not None and cue is not None:
        named = date_fallbacks.event_year(sentences[ev_index], cue)
        best = (0.0, named) if named is not None else None
    if best is None:
        return DateInfo()
    return to_date_info(best[1], published)


def dateline(sentences: tuple[Sentence, ...], found_dates: tuple[FoundDate, ...] | None = None) -> FoundDate | None:
    """A line near the top that holds only a place and a full date ("Nordby, 3. mars 2025"), or the
    header of talk notes naming the occasion and its venue before the date ("Skoledagen,
    Nordby rådhus, 3. mars 2025": `dateline_header`): the date of talk notes or a press release
    whose occasion sentences give none."""
    words = _words()
    place = str(words.get("dateline_place") or "")
    header = str(words.get("dateline_header") or r"(?!x)x")
    for sentence in sentences[:int(words.get("dateline_lines", 0))]:
        for found in dates_in(sentence, found_dates):
            if found.kind not in STRONG:
                continue
            before = sentence.text[:found.start - sentence.start].rsplit("\n", 1)[-1]
            after = sentence.text[found.end - sentence.start:].split("\n", 1)[0]
            if (re.fullmatch(place, before) or re.fullmatch(header, before)) and re.fullmatch(r"\s*\.?\s*", after):
                return found
    return None


def dates_in(sentence: Sentence, found_dates: tuple[FoundDate, ...] | None) -> tuple[FoundDate, ...]:
    """The date phrases of one sentence, with document offsets."""
    if found_dates is not None:
        return tuple(f for f in found_dates if sentence.start <= f.start < sentence.end)
    return tuple(FoundDate(f.text, f.start + sentence.start, f.end + sentence.start, f.kind, f.year, f.month, f.day,
                           f.weekday, f.offset) for f in find_dates(sentence.text))
