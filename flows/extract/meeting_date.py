"""Which date phrase dates the occasion a text reports (`meeting_date`), and a talk's or release's
dateline (`dateline`).

The phrases themselves, their resolution against the publication date and the deadlines that date
nothing are `dates.py`'s; the fallbacks when the occasion's own sentences give no date are
`date_fallbacks.py`'s. Vocabulary and settings live in `data/date_words.yaml`.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from functools import lru_cache

from flows import lexicon
from flows.budget import check
from flows.extract import date_fallbacks, datelines, day_schedule, timeline_box
from flows.extract.date_clause import own_clause
from flows.extract.date_fallbacks import date_given_up
from flows.extract.minutes import field_date
from flows.extract.dates import STRONG, FoundDate, blocked, date_setting, date_words, dates_in, find_dates, scheduled, to_date_info
from flows.literal_gate import Searchable
from flows.publication_line import on_stamp_line
from flows.model import DateInfo, Sentence


@lru_cache(maxsize=1)
def _meeting_words() -> re.Pattern[str]:
    words = lexicon.alternation(sorted(str(w) for w in date_words()["month_only_needs"]))
    return re.compile(rf"(?<![\w])(?:{words})(?![\w])", re.IGNORECASE)


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
    boxes: tuple[tuple[int, int], ...] = (),
    captions: tuple[tuple[int, int], ...] = (),
) -> DateInfo:
    """The date of the meeting: a phrase in a sentence that reports it (the evidence
    sentence first, then the nearest sentence with a meeting word), else all-null.
    `found_dates`: the date phrases of every sentence (document offsets), when known.
    `header_first`: the occasion is a talk, whose notes name it in a header line with its date
    (`dateline`): that date outranks a date in another sentence with a meeting word (a visit
    the speaker tells of, a meeting planned later). `elsewhen(clause)`: true when the clause of a date
    phrase (`own_clause`) places its occasion at another time ("eit nytt møte i mai", "sist gang"): its
    dates belong to that other occasion and date nothing, unless it is the evidence sentence; a marker
    in a clause that follows the date ("Møtet fredag 4. mars var det tredje siden avtala i fjor") places
    the other event, not the date; so does a line of a timeline box (`timeline_box`) that is neither the evidence nor
    names a meeting or a visit (`timeline_occasion` in date_words.yaml). `lead`: the opening of the text
    (`date_fallbacks.opening_sentences`), which dates the occasion when nothing nearer does; by
    default the first `lead_date_sentences` sentences. Its day and month also outrank a bare weekday or
    day word in a sentence with only a meeting word and no occasion cue ("Konferansen held fram
    torsdag" under a lead that sets the scene "onsdag 22. mai"). `boxes`: the text's fact boxes
    (`layout.fact_box_spans`), where the dates of the event the occasion's sentence names may stand
    (`date_fallbacks.fact_box_date`). `captions`: the text's photo captions (`captions.caption_spans`), whose day and
    month date the occasion when nothing else does (`date_fallbacks.caption_date`). A date filling a time field of a header ("Dato: 6. februar 2025",
    `minutes.field_date`) outranks every date but a day and month in the evidence sentence; for a talk a field
    between bars on its page's header line ("Tale/artikkel | Dato: ...") dates it when no sentence gives a day and
    month."""
    scheduled_day = _programme_day(text, evidence, found_dates)
    if scheduled_day is not None:  # "Tirsdag 8. oktober" over the entry: a programme's day (day_schedule.py)
        return to_date_info(_year_of_sentence(scheduled_day, sentences), published)
    best: tuple[float, FoundDate] | None = None
    strong: tuple[float, FoundDate] | None = None  # the best day and month in a sentence of this occasion
    told: tuple[float, FoundDate] | None = None  # the best day and month in a sentence of it, outside a date field
    aside: int | None = None  # where a notice's own date stands, set aside for the day a sentence of the meeting gives
    best_cued = False  # the best phrase's sentence names an occasion with a cue (not only a meeting word)
    ev_index = next((i for i, s in enumerate(sentences) if evidence and s.start <= evidence[0] < s.end), None)
    timeline = timeline_box.box_lines(text)  # a timeline box's lines: the story's other steps, each at its own time
    heading = ev_index is not None and _is_heading(text, sentences[ev_index])  # the text under it tells the occasion
    for i, sentence in enumerate(sentences):
        check()
        if found_dates is not None and not any(sentence.start <= f.start < sentence.end for f in found_dates):
            continue  # no date phrase here: whatever the sentence says, it dates nothing (no cue search)
        in_evidence = ev_index == i
        cued = bool(cue and cue.search(sentence.text))
        # the heading's first sentence of prose tells the occasion the heading names, by a day word only ("I dag
        # skreiv NN under ..." under "Staten og KS skreiv under ny klimaavtale")
        under = heading and ev_index is not None and i == ev_index + 1 and _prose(sentence.text) \
            and not (cued or _meeting_words().search(sentence.text))
        cued = cued or under
        # the sentence leading into the occasion's in its paragraph, with a day and month ("Førre torsdag (12.6.) var
        # eg i Oslo saman med NN. Vi hadde eit møte med statssekretær NN"; round 59: a mayor's newsletter)
        worded = in_evidence or cued or _meeting_words().search(sentence.text) is not None
        leading = not worded and ev_index is not None and i == ev_index - 1 \
            and "\n\n" not in text[sentence.end:sentences[ev_index].start] \
            and not date_fallbacks.moves_an_occasion(sentence.text)  # not "X er flytta til tysdag 10. juni": X's days
        if not (worded or leading):
            continue
        for found in dates_in(sentence, found_dates):
            if blocked(text, found) or on_stamp_line(text, found.start) or (not in_evidence and elsewhen is not None
                                        and elsewhen(own_clause(sentence, found))):
                continue  # its dates belong to the other occasion ("Neste møte blir i mai")
            if timeline_box.in_box(timeline, found.start) and not in_evidence \
                    and not _timeline_occasion().search(sentence.text):
                continue  # "12. desember 2024: Begge kommunestyra vedtek samanslåing.": another step's day
            if found.kind == "relative" and not in_evidence and _quoted(text, sentence.start):
                continue  # "– ... I dag er vakta så dårleg løna ...": a speaker's "i dag" is nowadays, not the day
            if leading and found.kind not in STRONG:
                continue  # its day words date the lead-in's own event, not the occasion
            if under and not in_evidence and (found.kind != "relative" or (
                    not found.offset and not _told_today(sentence.text, found.end - sentence.start))):
                continue  # "I dag har kommunen for få sykepleiere": nowadays; "I dag skreiv NN under": the day
            score = (5.0 if in_evidence else 2.0) + (1.0 if found.kind in STRONG else 0.4)
            if _document_dated(text, found) and any(f is not found and f.kind in STRONG
                                                    for f in dates_in(sentence, found_dates)):
                score -= 1.5  # "Dato: 25.11.2025" over "Sak: Bilateralt møte ... tysdag 2. desember": the note's date
            elif _document_dated(text, found) and datelines.addressed_memo(text):
                score -= 4.0  # "Til: ... Fra: ... Dato: 24.10.2024": the day the memo was written; a sentence of
                # the meeting that dates it ("Teknisk møte i Finansdepartementet ... tirsdag 22. oktober") comes first
            reported = _reported_meeting().search(sentence.text) if found.kind in STRONG else None
            if reported is not None and found.start - sentence.start > reported.start():  # the date after it, not
                # the council's day before it ("Som lovet i formannskapet 1. april kommer her en orientering fra møtet")
                score += 3.5  # "NN orienterte om møtet med statsråden 04.06.2024": the meeting reported, over the minutes'
                # own "Møtedato:" (the evidence the minutes' title gives)
            if date_given_up(text, sentence, found):
                score -= 4.0  # the date a meeting was moved from: any other date of the occasion comes first
            elif _council_before().search(text, max(0, found.start - 60), found.start):
                score -= 3.0  # "Som lovet i formannskapet 1. april": the council's own meeting, any other date first
            if ev_index is not None:
                score -= 0.1 * (i - ev_index - 1 if heading and i > ev_index else abs(i - ev_index))
            score -= 0.01 * i
            if (in_evidence or cued) and cue is not None:
                score -= _cue_distance(cue, sentence, found)
            if best is None or score > best[0]:
                best, best_cued = (score, found), cued or in_evidence
            if found.kind in STRONG and score > 2.0 and not leading and (strong is None or score > strong[0]):
                strong = (score, found)
            if found.kind in STRONG and not _document_dated(text, found) and (told is None or score > told[0]):
                told = (score, found)  # the best day a sentence of the occasion gives, outside a date field
    if best is not None and told is not None and _document_dated(text, best[1]) \
            and date_fallbacks.days_before(told[1], best[1]) in range(1, 31):
        aside, best = best[1].start, told  # a notice's "Dato: 14.11.2025" over "Onsdag 12.11. hadde hamnestyret møte
        # med departementet": the meeting its sentence dates, a few days before the notice was written
    if best is not None and best[1].kind not in STRONG and strong is not None:
        best = strong  # "KS møtte statsråden tysdag. Møtet vart halde 4. mars": the day and month
    if best is not None and best[1].kind == "weekday":
        fuller = date_fallbacks.same_weekday(text, sentences, best[1], found_dates, elsewhen, boxes)
        best = (best[0], fuller) if fuller is not None else best  # "torsdag" ... "torsdag 13. mars": the day in full
    if best is not None and best[1].kind not in STRONG and not best_cued and ev_index is not None:
        best = _opening_day(text, lead if lead is not None else sentences[:date_setting("lead_date_sentences", 0)],
                            found_dates, elsewhen) or best
    if best is not None and ev_index is not None and _given_up(text, sentences, best[1]):
        opening = lead if lead is not None else sentences[:date_setting("lead_date_sentences", 0)]
        held = date_fallbacks.lead_date(text, opening, found_dates, elsewhen)  # "Møtet var opprinnelig satt opp 8.
        if held is not None and held[1].kind in STRONG:  # oktober, men ble utsatt" under a lead dating the one held
            best = held
    if best is None and ev_index:
        best = date_fallbacks.lead_in_date(text, sentences[ev_index - 1], sentences[ev_index])
    if best is None and ev_index is not None:
        best = date_fallbacks.opening_date(sentences[ev_index + 1:ev_index + 1 + int(date_words().get("opening_date_window", 3))],
                             found_dates, elsewhen)
    if best is None and ev_index is not None:
        opening = lead if lead is not None else sentences[:date_setting("lead_date_sentences", 0)]
        best = date_fallbacks.lead_date(text, opening, found_dates, elsewhen)
    line = datelines.dateline(sentences, found_dates)
    if line is not None and any(start <= line.start < end for start, end in boxes):
        line = None  # a date in a fact box ("• Sammenslått 1. januar 2020") is no dateline
    if line is not None and best is not None and best[1].kind == "relative" and published is None:
        best = (best[0], datelines.from_dateline(line, best[1]))  # "Nordby, 4. mars: ... møtte i dag": its day
    if line is None and best is not None and best[1].kind == "relative" and published is None:
        named = date_fallbacks.named_meeting_day(text, sentences, found_dates, elsewhen)  # a live blog's "I dag møtes ..." far down,
        best = (best[0], named) if named is not None else best  # no date to read it against: "Krisemøtet på Fillan
        # torsdag 8. februar varte ..." in its newest entry at the top
    if line is not None and best is not None and best[1].kind == "weekday" and line.kind in STRONG:
        best = (best[0], datelines.weekday_by(line, best[1]))  # "STEINKJER (3. november): ... brukte fredagen"
    if line is not None and (best is None or (header_first and best[0] < 5.0)):
        best = (0.0, line)  # a talk is dated by its header unless the occasion's own sentence dates it
    if best is None and ev_index is not None:
        boxed = date_fallbacks.fact_box_date(text, sentences[ev_index], boxes)
        best = (0.0, boxed) if boxed is not None else None
    if best is None and ev_index is not None and cue is not None:
        named = date_fallbacks.event_year(sentences[ev_index], cue)
        best = (0.0, named) if named is not None else None
    field = field_date(text, found_dates, boxes)
    if field is not None and field.start == aside:
        field = None  # the notice's own date, set aside above for the day its sentence gives
    if field is not None and best is not None and best[1] is not field and best[1].kind in STRONG \
            and _document_dated(text, field) and datelines.addressed_memo(text):
        field = None  # an addressed memo's own "Dato:" dates the memo, not the meeting a sentence dates
    if field is not None and best is not None and best[1].kind in STRONG \
            and not any(x.start <= field.start < x.end for x in sentences):
        field = None  # the minutes' own "Dato:" outside the case that reports the meeting (`story_parts.reported_case`:
        # "Sak 14/24 Oppsummering av besøket frå X", round 60): that case's day and month date it
    if field is not None and (best is None or best[0] < 5.0 or best[1].kind not in STRONG):
        best = (0.0, field)  # "Dato: 6. februar 2025": the header's date, unless the occasion's own sentence dates it
    page = field_date(text, found_dates, boxes, bars=True) if header_first and field is None else None
    if page is not None and (best is None or best[1].kind not in STRONG):
        best = (0.0, page)  # a talk's page "Tale | Dato: 3.3.2025 | ...", unless a sentence gives day and month
    if best is None and ev_index is not None:
        pictured = date_fallbacks.caption_date(text, found_dates, captions)
        best = (0.0, pictured) if pictured is not None else None
    if best is None:
        return DateInfo()
    if best[1].kind == "dayonly" and published is None:
        best = (best[0], datelines.header_month(text, best[1]))  # "Kalender og notat – oktober" over "Den 12."
    return to_date_info(_year_of_sentence(best[1], sentences), published)


@lru_cache(maxsize=1)
def _timeline_occasion() -> re.Pattern[str]:
    return re.compile(str(date_words()["timeline_occasion"]))


@lru_cache(maxsize=1)
def _reported_meeting() -> re.Pattern[str]:
    """A sentence reporting another meeting to a council (`reported_meeting` in date_words.yaml)."""
    return re.compile(str(date_words().get("reported_meeting") or r"(?!x)x"), re.IGNORECASE)


@lru_cache(maxsize=1)
def _council_before() -> re.Pattern[str]:
    """A council's own meeting right before a date ("i formannskapet 1. april", "i kommunestyremøtet 21. november":
    `council_meeting_before` in date_words.yaml)."""
    return re.compile(str(date_words()["council_meeting_before"]) + r"$", re.IGNORECASE)


def _cue_distance(cue: Searchable, sentence: Sentence, found: FoundDate) -> float:
    """Of two dates in a sentence that names the occasion, the one nearer its cue counts a little more: "Som lova i
    kommunestyremøtet 21. november kjem her ei orientering frå møtet vi hadde i departementet torsdag 28. november"
    (less than a sentence's step, `0.1`: it only parts dates of one sentence). In a sentence of several lines (a
    table's rows: "2026-05-19 | 10.00 | Bilateralt konsultasjonsmøte med KS"), a date on a line with no cue counts less."""
    at = found.start - sentence.start
    ends = [m.end() for m in cue.finditer(sentence.text)]
    near = min((min(abs(at - end), 90) for end in ends), default=0) * 0.001
    if "\n" not in sentence.text or not ends:
        return near
    line_start = sentence.text.rfind("\n", 0, at) + 1
    line_end = sentence.text.find("\n", at)
    line = sentence.text[line_start:line_end if line_end >= 0 else len(sentence.text)]
    return near if cue.search(line) else near + 0.09


def _programme_day(text: str, evidence: tuple[int, int] | None,
                   found_dates: tuple[FoundDate, ...] | None) -> FoundDate | None:
    """The date of the day heading the occasion's entry stands under in a programme printed day by day."""
    heading = day_schedule.heading_before(text, evidence[0]) if evidence is not None else None
    if heading is None:
        return None
    if found_dates is not None:
        return next((f for f in found_dates if heading[0] <= f.start < heading[1] and f.kind in STRONG), None)
    own = next((f for f in find_dates(text[heading[0]:heading[1]]) if f.kind in STRONG), None)
    return replace(own, start=own.start + heading[0], end=own.end + heading[0]) if own is not None else None


def _given_up(text: str, sentences: tuple[Sentence, ...], found: FoundDate) -> bool:
    """The date is one the meeting was moved from or called off on (`date_fallbacks.date_given_up`)."""
    sentence = next((s for s in sentences if s.start <= found.start < s.end), None)
    return sentence is not None and date_given_up(text, sentence, found)


YEAR_ADVERBIAL = re.compile(r"(?<![\w-])i\s+((?:19|20)\d\d)(?![\w-])")  # "Det første konsultasjonsmøtet i 2024"


def _year_of_sentence(found: FoundDate, sentences: tuple[Sentence, ...]) -> FoundDate:
    """A day and month without a year, in a sentence that places itself in one year ("Det første konsultasjonsmøtet i
    2024 ble holdt 6. februar"): the year the text states there (one year only, never guessed)."""
    if found.year is not None or found.kind not in STRONG or found.month is None:
        return found
    sentence = next((s for s in sentences if s.start <= found.start < s.end), None)
    years = {int(y) for y in YEAR_ADVERBIAL.findall(sentence.text)} if sentence is not None else set()
    return replace(found, year=years.pop()) if len(years) == 1 else found


PROSE_WORDS = 6  # fewer words make a dateline ("Oslo, 13. november 2025."), not the heading's first sentence


DOCUMENT_DATE_LINE = re.compile(r"^\W*dato\s*:\s*$", re.IGNORECASE)  # a note's own "Dato:" field


def _document_dated(text: str, found: FoundDate) -> bool:
    """The date fills a document's own date field ("Dato: 25.11.2025"), which dates the note, not its meeting."""
    return DOCUMENT_DATE_LINE.match(text[text.rfind("\n", 0, found.start) + 1:found.start]) is not None


PAST_AFTER_DAY = re.compile(r"\s+(?:\w+(?:te|de|et|tte|dde)|skreiv|skrev|kom|var|vart|ble|blei|gav|ga|tok|sa|sat|satt|"
                            r"fekk|fikk|heldt|holdt|møtte|vitja|underteikna|la|gjekk|gikk)(?![\w-])", re.IGNORECASE)


def _told_today(sentence: str, end: int) -> bool:
    """"I dag" followed by a verb in the past ("I dag skreiv minister NN under ..."): what happened today, not
    nowadays ("I dag har kommunen for få sykepleiere")."""
    return PAST_AFTER_DAY.match(sentence, end) is not None


def _quoted(text: str, at: int) -> bool:
    """The paragraph holding offset `at` is a quotation: it opens with a dash or «."""
    start = text.rfind("\n", 0, at) + 1
    return text[start:start + 1] in ("–", "—", "«") or text[start:start + 2] == "- "


def _prose(text: str) -> bool:
    """A sentence of running text: it ends with a stop and holds no field ("Dato: 3.10.2024") or bars of a page's
    header ("Nyheit | Dato: ... | Departementet")."""
    return text.rstrip().endswith((".", "!", "?")) and "|" not in text and ":" not in text[:30] and \
        len(text.split()) >= PROSE_WORDS


def _is_heading(text: str, sentence: Sentence) -> bool:
    """A line of its own without a closing stop ("Bilateralt møte i Finansdepartementet" between blank lines): the
    sentence after it is as near the occasion as the heading itself."""
    line = sentence.text.rstrip()
    before = text[max(0, sentence.start - 2):sentence.start]
    return bool(line) and not line.endswith((".", "!", "?", ":", "»", '"')) and \
        text[sentence.end:sentence.end + 2].lstrip(" ").startswith("\n") and (sentence.start == 0 or "\n" in before)


def _opening_day(text: str, lead: tuple[Sentence, ...], found_dates: tuple[FoundDate, ...] | None,
                 elsewhen: Callable[[str], bool] | None) -> tuple[float, FoundDate] | None:
    """The opening's day and month (`date_fallbacks.lead_date`), when it gives one."""
    found = date_fallbacks.lead_date(text, lead, found_dates, elsewhen)
    return found if found is not None and found[1].kind == "daymonth" else None
