"""Norwegian date phrases (bokmål and nynorsk) and the date of the meeting.

`find_dates(text)` finds every date phrase with its offsets: "3. desember",
"Mandag 15. mars", a range by its first day ("3.–4. mars"), "11. november 2015", "3.12.2020",
"tysdag 14.5.", a bare "12.03." or "12/3" (`_not_bare`), "i april", "tirsdag", "i går". `to_date_info(found, published)` turns one into a
DateInfo (the year a weekday fixes: `date_year`): what the
text states has source "text"; a part filled from the publication date (a
weekday, "i går", a missing year) makes the source "metadata". A year is never
guessed. `blocked(text, found)`: a deadline, a period or a budget year, which dates
no occasion. Which phrase dates the meeting is `meeting_date.meeting_date`'s (re-exported
here). Vocabulary lives in `data/date_words.yaml`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Literal

from flows.budget import check
from flows import lexicon
from flows.extract.date_year import year_for
from flows.model import DateInfo, Sentence
from flows.literal_gate import Searchable

Kind = Literal["full", "daymonth", "numeric", "monthonly", "weekday", "relative", "dayonly"]
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
def _role_heads() -> list[str]:
    """The last parts of role words (`roles.yaml: role_heads`): "statssekretær" ends in "sekretær"."""
    return [str(w) for w in lexicon.load("roles").get("role_heads") or ()]


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    data = _words()
    month = _alt(data["months"])
    weekday = rf"(?:{_alt(data['weekdays'])})(?:en|ane|ar)?"
    short = _alt(data.get("weekday_abbreviations") or ["(?!x)x"])
    flags = re.IGNORECASE
    today = data.get("today_before_occasion") or {}
    return {
        "daymonth": re.compile(
            rf"(?<![\w.])(?:(?P<wd>{weekday})\s+(?:(?:den|)\s*)?)?(?P<day>[0-3]?\d)\.\s*"
            rf"(?:(?:[–—-]|og|til)\s*[0-3]?\d\.\s*)?(?P<month>{month})(?![\w])"  # a range dates its first day
            rf"(?:\.?\s+(?P<year>(?:19|20)\d\d)(?!\d))?", flags),  # also after a month cut short ("6. feb. 2025")
        "numeric": re.compile(r"(?<![\w.])(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>(?:19|20)\d\d)(?!\d)"),
        # the year in two figures ("Nordlandskonferansen 19.03.25"; round 46): this century
        "numeric_short": re.compile(r"(?<![\w.])(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>\d\d)(?![\w]|\.\d)"),
        # a day and month in figures filling a date field alone on its line ("Møtedato: 28.08"; round 46)
        "field_daymonth": re.compile(r"(?im)(?<=:)[ \t]*(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)(?=[ \t]*$)"),
        # the ISO form a calendar or a table may give: "2025-03-04"
        "iso": re.compile(r"(?<![\w.-])(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?![\w-])"),
        # day and month in figures without a year, after a weekday or "den": "tysdag 14.5.", "den 3.12."
        "numeric_daymonth": re.compile(
            rf"(?<![\w.])(?:(?P<wd>{weekday}|(?:{short})(?=\.?\s+[0-3]?\d\.[01]?\d))\.?\s+(?:den\s+)?|den\s+)"
            rf"(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)(?!\.?\d)\.?", flags),  # also "Ti 11.03" (`weekday_abbreviations`)
        # a bare day and month in figures: "12.03." (the closing stop required), "12/3"
        "numeric_bare": re.compile(
            r"(?<![\w.,:/])(?P<day>[0-3]?\d)(?:\.(?P<month>[01]?\d)\.(?![\w])|/(?P<smonth>[01]?\d)(?![\w/]|[.,]\d))"),
        "monthonly": re.compile(
            rf"(?<![\w])(?:i|i\s+begynnelsen\s+av|i\s+starten\s+av|i\s+midten\s+av|i\s+slutten\s+av|i\s+byrjinga\s+av"
            rf"|i\s+enden\s+av|primo|medio|ultimo)"  # "Ultimo april", "medio mars": the month's part
            rf"\s+(?P<month>{month})(?![\w])(?:\s+(?P<year>(?:19|20)\d\d)(?!\d))?", flags),
        "weekday": re.compile(rf"(?<![\w])(?P<wd>{weekday})(?![\w])", flags),
        # a weekday and its day with no month ("Tysdag 14. var fellesrådet invitert"): the day of a month left to the
        # reader, as "den 3."; not a day and month ("tysdag 14. mars", "tysdag 14.5.")
        "weekday_day": re.compile(rf"(?<![\w])(?P<wd>{weekday})\s+(?:den\s+)?(?P<day>[0-3]?\d)\."
                                  rf"(?!\d|\s*(?:{month})(?![\w]))", flags),
        # a day written out before its month ("Den tjueførste august", `day_ordinals`): the month found first, then
        # the word before it looked up (an alternation of the ordinals tried at every word costs more than the rest)
        "ordinal_month": re.compile(rf"(?<![\w])(?P<month>{month})(?![\w-])(?:\s+(?P<year>(?:19|20)\d\d)(?!\d))?",
                                    flags),
        "ordinal_before": re.compile(r"(?<![\w])(?:(?P<den>den)\s+)?(?P<ord>[a-zæøå]+)\s+$", flags),
        # a day alone that closes its sentence: "den 3. Møtet tok til ...", "den 3." at the end of a line; or its
        # clause: a conjunction after it ("startet den 3. og varte"), or a title and a name ("møtte den 3. statssekretær NN"),
        # or a place ("vart halde den 3. i departementet", not a rank: "den 3. i rekka")
        "dayonly": re.compile(
            rf"(?<![\w])(?:{_alt(data.get('day_only_before') or ['den'])})\s+(?P<day>[0-3]?\d)\."
            rf"(?!\s*(?:{month})(?![\w]))(?=\s*$|[ \t]*\n|\s+(?-i:[A-ZÆØÅ])"
            rf"|\s+(?:{_alt(data.get('day_only_joiners') or ['og'])})\s+(?![0-3]?\d\.)"
            rf"(?!(?:{'|'.join(data.get('day_only_not_after_joiner') or [r'(?!x)x'])})(?![\w]))"
            rf"|\s+[\wæøå-]*(?:{_alt(_role_heads())})\s+(?-i:[A-ZÆØÅ])"
            rf"|\s+(?:{_alt(data.get('day_only_places') or ['(?!x)x'])})\s+"
            rf"(?!(?:{'|'.join(data.get('day_only_not_places') or [r'(?!x)x'])})(?![\w])))", flags),
        "relative": re.compile(rf"(?<![\w])(?P<rel>{_alt(data['relative'])})(?![\w])", flags),
        "today": re.compile(rf"(?<![\w])(?:{_alt(today.get('words') or ['dagens'])})(?=\s+(?:"
                            rf"{'|'.join(today.get('occasions') or [r'møte'])})(?![\w]))", flags),
    }


@lru_cache(maxsize=1)
def _bare_context() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    data = _words()
    before = _alt(data.get("numeric_bare_not_before") or ["(?!x)x"])
    after = _alt(data.get("numeric_bare_not_after") or ["(?!x)x"])
    return (re.compile(rf"(?<![\w])(?:{before})\s*:?\s*$", re.IGNORECASE),
            re.compile(rf"\s+(?:{after})(?![\w])", re.IGNORECASE),
            frozenset(str(w) for w in data.get("numeric_bare_not") or ()))


def _not_bare(text: str, start: int, end: int) -> bool:
    """A bare day and month in figures that is something else: a time or a stamp by the words before it on its line
    ("kl. 12.30.", "Publisert 16.03."), a number of a section ("punkt 4.6.", a number first on its line and no colon
    after it: "12.3.: Ministeren landet" is a dated entry), a share by
    the word after it ("1/3 av"), a fixed figure ("24/7")."""
    before, after, fixed = _bare_context()
    line = text[max(0, start - 40):start].rsplit("\n", 1)[-1]
    heading = text[end:end + 1] == ":"  # "12.3.: Samferdselsministeren landet": a dated entry's heading, no number
    return text[start:end] in fixed or (not line.strip() and not heading) or before.search(line) is not None \
        or after.match(text, end) is not None  # first on its line: a section's or an item's number


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
    short = _words().get("weekday_abbreviations") or {}
    if word.rstrip(".") in short:
        return int(short[word.rstrip(".")])  # "Ti 11.03" in a calendar
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
    for m in (*p["numeric"].finditer(text), *p["iso"].finditer(text)) if figures else ():  # "4.3.2025", "2025-03-04"
        month, day = int(m.group("month")), int(m.group("day"))
        if 1 <= month <= 12 and 1 <= day <= 31:
            found.append(FoundDate(m.group(0), m.start(), m.end(), "numeric", int(m.group("year")), month, day))
    for m in p["numeric_short"].finditer(text) if figures else ():
        month, day = int(m.group("month")), int(m.group("day"))
        if 1 <= month <= 12 and 1 <= day <= 31:
            found.append(FoundDate(m.group(0), m.start(), m.end(), "numeric", 2000 + int(m.group("year")), month, day))
    for m in p["field_daymonth"].finditer(text) if figures else ():
        month, day = int(m.group("month")), int(m.group("day"))
        line = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        if 1 <= month <= 12 and 1 <= day <= 31 and "dato" in line.casefold():
            found.append(FoundDate(m.group(0).strip(), m.start() + len(m.group(0)) - len(m.group(0).lstrip()), m.end(),
                                   "daymonth", None, month, day))
    for m in p["numeric_daymonth"].finditer(text) if figures else ():
        month, day = int(m.group("month")), int(m.group("day"))
        if 1 <= month <= 12 and 1 <= day <= 31:
            found.append(FoundDate(m.group(0), m.start(), m.end(), "daymonth", None, month, day,
                                   _weekday(m.group("wd")) if m.group("wd") else None))
    for m in p["numeric_bare"].finditer(text) if figures else ():
        month, day = int(m.group("month") or m.group("smonth")), int(m.group("day"))
        if 1 <= month <= 12 and 1 <= day <= 31 and not _not_bare(text, m.start(), m.end()):
            found.append(FoundDate(m.group(0), m.start(), m.end(), "daymonth", None, month, day))
    for m in p["monthonly"].finditer(text):
        year = int(m.group("year")) if m.group("year") else None
        found.append(FoundDate(m.group(0), m.start(), m.end(), "monthonly", year, _month(m.group("month"))))
    for m in p["dayonly"].finditer(text) if figures else ():
        if 1 <= int(m.group("day")) <= 31:
            found.append(FoundDate(m.group(0), m.start(), m.end(), "dayonly", day=int(m.group("day"))))
    for m in p["weekday_day"].finditer(text) if figures else ():
        if 1 <= int(m.group("day")) <= 31:
            found.append(FoundDate(m.group(0), m.start(), m.end(), "dayonly", day=int(m.group("day")),
                                   weekday=_weekday(m.group("wd"))))
    ordinals = _words().get("day_ordinals") or {}
    for m in p["ordinal_month"].finditer(text) if ordinals else ():
        before = p["ordinal_before"].search(text, max(0, m.start() - 30), m.start())
        day = ordinals.get(before.group("ord").casefold()) if before else None
        if day is not None:
            year = int(m.group("year")) if m.group("year") else None
            found.append(FoundDate(text[before.start():m.end()], before.start(), m.end(), "full" if year else "daymonth",
                                   year, _month(m.group("month")), int(day)))
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


def _last_day_numbered(published: date, day: int) -> date | None:
    """The last date on or before `published` whose day of the month is `day` (this month or one of the two
    before it): the month a day alone ("den 3.") leaves to the reader."""
    year, month = published.year, published.month
    for _ in range(3):
        try:
            found = date(year, month, day)
        except ValueError:
            found = None
        if found is not None and found <= published:
            return found
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return None


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
    if found.kind == "dayonly" and found.day is not None:
        if published is None:
            return DateInfo(day=found.day, source="text", **base)
        day = _last_day_numbered(published, found.day)
        return DateInfo(year=day.year if day else None, month=day.month if day else None, day=found.day,
                        source="metadata", **base)
    if published is None:
        return DateInfo(source="text", **base)
    if found.kind == "weekday" and found.weekday is not None:
        day = _previous_weekday(published, found.weekday)
    else:
        day = published + timedelta(days=found.offset or 0)
    return DateInfo(year=day.year, month=day.month, day=day.day, source="metadata", **base)


LAST_BEFORE = re.compile(r"(?<![\w-])sist$")  # "sist måndag": last Monday
ABOUT_BUDGET = re.compile(r"(?<![\w-])om\s+(?:stats)?budsjettet\s*$")  # "møtet om statsbudsjettet 12. mars"


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
    if found.kind == "weekday" and LAST_BEFORE.search(before):
        return False  # "var sist måndag med då KS hadde møte": the last such day, not a deadline (stop 62)
    if _before_pattern("not_meeting_before").search(before) or _deadline_ending().search(before):
        return True
    # a phrase opened by a weekday ("statsbudsjettet onsdag 23. oktober") names a day, never a budget's period, nor
    # does a day and month without a year after a meeting's subject ("konsultasjonsmøtet om statsbudsjettet 12. mars")
    about = found.kind == "daymonth" and found.year is None and ABOUT_BUDGET.search(before) is not None
    return found.kind not in DAY_WORDS and found.weekday is None and not about \
        and _before_pattern("not_meeting_before_dated").search(before) is not None


def scheduled(text: str, found: FoundDate) -> bool:
    """A verb of scheduling stands right before the phrase ("er satt til", "utsatt til": `scheduled_before`), and not
    as the old plan ("som var sett til", "opprinnelig satt til": `scheduled_past`)."""
    before = " ".join(text[max(0, found.start - 40):found.start].casefold().split())
    return _before_pattern("scheduled_before").search(before) is not None and \
        _before_pattern("scheduled_past").search(before) is None


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


def dates_in(sentence: Sentence, found_dates: tuple[FoundDate, ...] | None) -> tuple[FoundDate, ...]:
    """The date phrases of one sentence, with document offsets."""
    if found_dates is not None:
        return tuple(f for f in found_dates if sentence.start <= f.start < sentence.end)
    return tuple(FoundDate(f.text, f.start + sentence.start, f.end + sentence.start, f.kind, f.year, f.month, f.day,
                           f.weekday, f.offset) for f in find_dates(sentence.text))


def __getattr__(name: str) -> object:
    """`dates.meeting_date` and `dates.dateline` keep working: they live in `meeting_date.py`."""
    if name in ("meeting_date", "dateline"):
        from flows.extract import meeting_date as module
        return getattr(module, name)
    raise AttributeError(name)
