"""Where the date of an occasion stands when its own sentences give none (`dates.meeting_date`).

News tells what in the lead and when in the sentence before, the paragraph after, or the lead:
- `lead_in_date`: the sentence leading into the occasion's sentence in the same paragraph ("KS og
  NN la tirsdag fram ein plan. Planen vart overlevert statsråden i eit møte");
- `opening_date`: a day and month without a year that opens one of the sentences right after it
  ("Onsdag 4. juni satt partane ved same bord");
- `lead_date`: the first date of the text's opening (`opening_sentences`: the title, the lead and
  the first paragraph of the body): a day and month without a year ("KS og NN la tysdag 4. mars fram
  ein rapport"), else a weekday or a past or coming day word ("NORDBY: Det regna då statsråden steig
  ut av bilen onsdag").
None of them takes a deadline (`dates.blocked`) or a sentence placed at another time.
- `fact_box_date`: the dates of the event the occasion's sentence names ("foredraget sitt på
  Nordbykonferansen"), given only in a fact box about that event ("Nordbykonferansen ... 22.–23. mai").
- `event_year`: last, a year written as part of the occasion's name ("på Landskonferansen 2024").
- `caption_date`: last of all, a day and month a photo caption gives ("Biletet: F.v. NN og MM i Førdehuset 9.
  oktober"), when no sentence of the text dates the occasion: a picture of the occasion shows its day.
- `same_weekday`: the occasion's bare weekday written out in full elsewhere ("møtte departementet torsdag" in the
  lead, "gjekk inn dørene til departementet torsdag 13. mars" in the body): that day and month.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from flows import lexicon
from flows.extract import dates
from flows.extract.date_clause import own_clause
from flows.extract.date_year import calendar_day
from flows.model import Block, Sentence


def lead_in_date(text: str, previous: Sentence, evidence: Sentence) -> tuple[float, dates.FoundDate] | None:
    """With no date near the occasion, a date in the sentence leading into the
    occasion sentence in the same paragraph ("KS og NN la tirsdag fram ein plan.
    Planen vart overlevert statsråden i eit møte") dates it; across a paragraph break only a day and month opening
    that sentence before its verb ("Mandag 3. februar fikk vi endelig sitte ved samme bord som departementet.\n\n
    Møtet ble holdt i ...")."""
    apart = "\n\n" in text[previous.end:evidence.start]
    for found in dates.find_dates(previous.text):
        opens = found.kind == "daymonth" and found.start == 0 and bool(re.match(r" [^\W\d_]", previous.text[found.end:]))
        found = dates.FoundDate(found.text, found.start + previous.start, found.end + previous.start, found.kind,
                                found.year, found.month, found.day, found.weekday, found.offset)
        if not dates.blocked(text, found) and (opens or not apart):
            return 1.0, found
    return None


def opening_date(following: tuple[Sentence, ...], found_dates: tuple[dates.FoundDate, ...] | None,
                 elsewhen: Callable[[str], bool] | None) -> tuple[float, dates.FoundDate] | None:
    """With no date in the sentences of the occasion, a day and month without a year (a recent
    day) that open one of the sentences right after the evidence: news tells what in the lead and
    when in the paragraph after it ("KS møtte statsråden ... \n\nOnsdag 4. juni satt partane ved same
    bord"); a date with its year ("1. januar 2022 trådte ...") is history. The first sentence after the evidence
    may give it anywhere in its course ("Det var folksomt på brygga lørdag 26. april da statssekretær NN kom",
    under the heading "Statssekretær på besøk i båthuset"), and a month that opens it ("I slutten av februar, ...
    reiste ein delegasjon frå komiteen til Oslo") when no day is given."""
    for index, sentence in enumerate(following):
        if elsewhen is not None and elsewhen(sentence.text):
            continue
        for found in dates.dates_in(sentence, found_dates):
            after = sentence.text[found.end - sentence.start:]  # a verb follows, not "| Tekst: NN"
            if found.kind == "daymonth" and (found.start == sentence.start or index == 0) \
                    and re.match(r" [^\W\d_]", after):
                return 0.5, found
            if found.kind == "monthonly" and found.start == sentence.start and index == 0 \
                    and re.match(r",? [^\W\d_]", after):
                return 0.3, found  # "I slutten av februar, bare dager etter ..., reiste ein delegasjon til Oslo"
    return None


@lru_cache(maxsize=1)
def _called_off_or_moved() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in dates.date_words().get("called_off_or_moved") or ()) or r"(?!x)x",
                      re.IGNORECASE)


def moves_an_occasion(sentence: str) -> bool:
    """The sentence tells an occasion called off or moved ("Heradsstyremøtet ... er flytta til tysdag 10. juni")."""
    return _called_off_or_moved().search(sentence) is not None


def date_given_up(text: str, sentence: Sentence, found: dates.FoundDate) -> bool:
    """The date's sentence says the meeting was called off or moved ("Det planlagte møtet 12. mars er utsatt", "som
    var satt opp til 20. november, er utsatt", "skulle vore 20. mai, men vart flytta"), and the date is not the new one
    a verb of scheduling gives ("utsatt til 2. april"): the date the meeting no longer has."""
    if not _called_off_or_moved().search(sentence.text):
        return False
    return not dates.scheduled(text, found)


def lead_date(text: str, lead: tuple[Sentence, ...], found_dates: tuple[dates.FoundDate, ...] | None,
              elsewhen: Callable[[str], bool] | None) -> tuple[float, dates.FoundDate] | None:
    """With no date in or around the sentences of the occasion, the date the opening of the text
    gives (`opening_sentences`: news tells when in its lead or in the first paragraph of the body,
    "KS og NN la tysdag 4. mars fram ein rapport", "NORDBY: Det regna då statsråden steig ut av
    bilen onsdag"): its first day and month without a year, else its first weekday or past or coming
    day word ("i går", "i morgon"; not "i dag", which also means nowadays); not a deadline, nor a
    sentence placed at another time, nor the date a meeting was called off or moved from (`date_given_up`),
    nor a speaker's own words (a quotation, the first person of a
    talk: "mange kom allereie i går"), whose days are the speaker's."""
    day: dates.FoundDate | None = None
    for sentence in lead:
        if (elsewhen is not None and elsewhen(sentence.text)) or _quoted(sentence.text):
            continue
        own = _own_words(sentence.text)  # the first person: its day words are the speaker's, its day and month a date
        # ("Onsdag 9. april kom statssekretæren til oss"; round 59: an airport's news in its own voice)
        for found in dates.dates_in(sentence, found_dates):
            if dates.blocked(text, found) or date_given_up(text, sentence, found):
                continue  # a deadline; the date a meeting was moved from or called off on ("var sett til 3. april, er utsett")
            if own and found.kind != "daymonth":
                continue
            if found.kind == "daymonth" or (found.kind == "numeric" and _title_line(sentence.text)):
                return 0.3, found  # "Kort oppsummert fra fylkesstyremøtet 12.02.2025": a title's date in figures
            if day is None and (found.kind == "weekday" or (found.kind == "relative" and found.offset)):
                day = found
    return (0.2, day) if day is not None else None


def _title_line(text: str) -> bool:
    """A title of its own line: no stop at its end, no field or bars ("Dato: 12.06.2024", "Nyheit | Dato: ...")."""
    line = text.strip()
    return bool(line) and "\n" not in line and not line.endswith((".", "!", "?")) and ":" not in line and "|" not in line


def opening_sentences(blocks: tuple[Block, ...]) -> tuple[Sentence, ...]:
    """The opening of a text: its blocks up to and including the first paragraph of the body (the
    first paragraph of at least `opening_paragraph_words` words, often led by a dateline, "NORDBY:"),
    at most `opening_blocks` blocks; headings and paragraphs only (not quotations or list items)."""
    words = dates.date_setting("opening_paragraph_words", 40)
    out: list[Sentence] = []
    for block in blocks[:dates.date_setting("opening_blocks", 6)]:
        if block.kind != "item":
            out.extend(block.sentences)
        if block.kind == "paragraph" and len(block.text.split()) >= words:
            break
    return tuple(out)


@lru_cache(maxsize=1)
def _first_person() -> re.Pattern[str]:
    words = lexicon.load("pronouns").get("first_person") or ["jeg"]
    return re.compile(rf"(?<![\w])(?:{'|'.join(re.escape(str(w)) for w in words)})(?![\w])", re.IGNORECASE)


def _quoted(sentence: str) -> bool:
    """A quotation: the sentence opens with a dash or «."""
    return sentence.lstrip().startswith(("–", "—", "-", "«"))


def _own_words(sentence: str) -> bool:
    """A quotation (`_quoted`) or a sentence in the first person."""
    return _quoted(sentence) or _first_person().search(sentence) is not None


def event_year(sentence: Sentence, cue: re.Pattern[str]) -> dates.FoundDate | None:
    """A year written as part of the occasion's name ("på Landskonferansen 2024", "toppmøtet
    2025"): the year of the occasion when the text gives no other date."""
    ends = [m.end() for m in cue.finditer(sentence.text)] + [m.end() for m in _event_name().finditer(sentence.text)]
    for end in sorted(ends):
        year = re.match(r"[\wæøåÆØÅ-]*\s+((?:19|20)\d\d)(?![\d.,:]\d)", sentence.text[end:])
        if year:
            start = sentence.start + end + year.start(1)
            return dates.FoundDate(year.group(1), start, start + 4, "full", year=int(year.group(1)))
    return None


@lru_cache(maxsize=1)
def _event_name() -> re.Pattern[str]:
    """A capitalised name of an event ("Vegdagen", "Kommunekonferansen"): `event_name_endings`."""
    words = dates.date_words().get("event_name_endings") or ["konferansen"]
    endings = lexicon.alternation(sorted(str(e) for e in words))
    return re.compile(rf"(?<![\w-])[A-ZÆØÅ][\wæøå-]*(?:{endings})(?![\w-])")


def fact_box_date(text: str, evidence: Sentence, boxes: tuple[tuple[int, int], ...]) -> dates.FoundDate | None:
    """The first day and month (a range by its first day) of a fact box that names the event the
    occasion's sentence names ("I foredraget sitt på Nordbykonferansen" and a box "Nordbykonferansen:
    22.–23. mai i Nordby"): the box tells when that event was, the text nowhere else."""
    names = {m.group(0).casefold() for m in _event_name().finditer(evidence.text)}
    for start, end in boxes if names else ():
        box = text[start:end]
        if not any(name in box.casefold() for name in names):
            continue
        for found in dates.find_dates(box):
            found = dates.FoundDate(found.text, found.start + start, found.end + start, found.kind, found.year,
                                    found.month, found.day, found.weekday, found.offset)
            if found.kind in dates.STRONG and not dates.blocked(text, found):
                return found
    return None


def same_weekday(text: str, sentences: tuple[Sentence, ...], weekday: dates.FoundDate,
                 found_dates: tuple[dates.FoundDate, ...] | None, elsewhen: Callable[[str], bool] | None,
                 boxes: tuple[tuple[int, int], ...] = ()) -> dates.FoundDate | None:
    """The day and month that the text writes after the same weekday as the occasion's bare weekday ("KS møtte
    departementet torsdag." ... "i Oslo torsdag 13. mars"): the weekday named in full. Only one such day and month
    (a second "torsdag 20. mars" makes the weekday ambiguous), not a deadline, a fact box, the date a meeting was
    moved from or a clause placed at another time ("Neste møte er torsdag 20. mars") or naming a deadline ("Fristen er ...")."""
    if weekday.kind != "weekday" or weekday.weekday is None:
        return None
    fuller: list[dates.FoundDate] = []
    for sentence in sentences:
        for found in dates.dates_in(sentence, found_dates):
            if found.kind not in dates.STRONG or found.weekday != weekday.weekday or found.start == weekday.start:
                continue
            if dates.blocked(text, found) or any(start <= found.start < end for start, end in boxes) \
                    or date_given_up(text, sentence, found) or _deadline(own_clause(sentence, found)) \
                    or (elsewhen is not None and elsewhen(own_clause(sentence, found))):
                continue
            fuller.append(found)
    return fuller[0] if fuller and len({(f.month, f.day) for f in fuller}) == 1 else None


@lru_cache(maxsize=1)
def _deadline_words() -> re.Pattern[str]:
    words = dates.date_words().get("not_meeting_before_endings") or ["frist"]
    return re.compile(rf"(?:{lexicon.alternation(sorted(str(w) for w in words))})(?![\w])", re.IGNORECASE)


def _deadline(clause: str) -> bool:
    """The clause names a deadline ("Fristen for innspel er tysdag 1. april", `not_meeting_before_endings`)."""
    return _deadline_words().search(clause) is not None


@lru_cache(maxsize=1)
def _compound_meeting() -> re.Pattern[str]:
    """A compound naming the meeting ("Krisemøtet", "dialogmøtet": `meeting_compound_heads` in date_words.yaml)."""
    heads = lexicon.alternation(sorted(str(w) for w in dates.date_words()["meeting_compound_heads"]))
    return re.compile(rf"(?<![\w-])[\wæøå]{{3,}}-?(?:{heads})(?![\w])", re.IGNORECASE)


def named_meeting_day(text: str, sentences: tuple[Sentence, ...], found_dates: tuple[dates.FoundDate, ...] | None,
                      elsewhen: Callable[[str], bool] | None) -> dates.FoundDate | None:
    """The first day and month in a sentence naming the meeting by a compound ("Krisemøtet på Fillan torsdag 8. februar
    varte ...") that places no other occasion: the day a relative date with nothing to read it against (no publication
    date, no dateline) stands for, a live blog's "I dag møtes ..." far below its newest entry."""
    for sentence in sentences:
        if not _compound_meeting().search(sentence.text):
            continue
        for found in dates.dates_in(sentence, found_dates):
            if found.kind in dates.STRONG and not dates.blocked(text, found) \
                    and not (elsewhen and elsewhen(own_clause(sentence, found))):
                return found
    return None


CAPTION_WORDS_BEFORE = 2  # words of the caption's line before its date: the date is told in it, no stamp opening it


def caption_date(text: str, found_dates: tuple[dates.FoundDate, ...] | None,
                 captions: tuple[tuple[int, int], ...]) -> dates.FoundDate | None:
    """The first day and month (`dates.STRONG`) told inside a photo caption (`captions.caption_spans`), after at least
    `CAPTION_WORDS_BEFORE` words of its line (not a byline's stamp "04.06.2025 | Tekst: NN"), or None."""
    def told(found: dates.FoundDate) -> bool:
        return len(text[text.rfind("\n", 0, found.start) + 1:found.start].split()) >= CAPTION_WORDS_BEFORE

    return next((f for f in found_dates or () if f.kind in dates.STRONG and told(f)
                 and any(start <= f.start < end for start, end in captions)), None)


def days_before(earlier: dates.FoundDate, later: dates.FoundDate) -> int | None:
    """How many days `earlier` (its year, else `later`'s) falls before `later`; None when either lacks a day, a month
    or a year to read them by."""
    year = later.year
    if year is None or None in (earlier.month, earlier.day, later.month, later.day):
        return None
    first = calendar_day(earlier.year or year, earlier.month, earlier.day)  # type: ignore[arg-type]
    second = calendar_day(year, later.month, later.day)  # type: ignore[arg-type]
    return (second - first).days if first is not None and second is not None else None
