"""Minutes (referat) and texts with a header block of fields: what their header says of the occasion.

A header block sets out the occasion in fields before the text tells it:

    REFERAT FRÅ MØTE I FYLKESSTYRET I KS NORDBY
    Dato: 3. mars 2025, kl. 09.00–15.00
    Stad: Nordby rådhus
    Til stades: A (fylkesstyreleiar), B (nestleiar), C
    Forfall: D
    Referent: E

- `is_minutes`: the text is the minutes of a meeting (`minutes` in `data/document_genres.yaml`: a title
  line such as "Referat frå møte i ..." with a field, or two minutes fields such as "Til stades:",
  "Forfall:", "Referent:" (or a summary's "Deltakere (Teams):" and "Meldt avbud:"), in the header; or a title heading the text and a field among its last
  `tail_lines` lines, as minutes that list those present at the end). A page label between bars
  ("Referat | Dato: 19.06.2025") is no title. Minutes report the meeting they record, so a guest's talk under one of its
  items is part of it (`occasion_retype.retype_minutes`).
- `field_date`: the date in a time field ("Dato:", "Tid:", "Møtedato:": `time_fields` in
  `data/date_words.yaml`) dates the occasion, also in talking points and an invitation's practical block;
  it outranks a date elsewhere in the text (a former meeting's minutes approved, a next meeting called).
- `absent_field_names`: the persons a field of absence names ("Forfall: D") did not take part.
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows import lexicon
from flows.extract.dates import STRONG, FoundDate, date_words, find_dates
from flows.model import Block


@lru_cache(maxsize=1)
def _minutes() -> dict:
    return lexicon.load("document_genres")["minutes"]


@lru_cache(maxsize=1)
def _title() -> re.Pattern[str]:
    """A minutes title at a line's start, also in an e-mail's subject field ("Emne: Referat – møte med ...")."""
    subject = lexicon.alternation([str(w) for w in _minutes().get("title_fields") or ()])
    before = rf"^\W*(?:(?:{subject})\s*:\s*)?" if subject else r"^\W*"
    return lexicon.phrase_pattern(_minutes()["titles"], before=before)


@lru_cache(maxsize=1)
def _field() -> re.Pattern[str]:
    """A minutes field, also naming the party whose people it lists ("Til stede fra KS:", "Til stades frå X:") or, in
    brackets before the colon, how they took part ("Deltakere (Teams):")."""
    parties = lexicon.alternation([str(w) for w in _minutes().get("field_parties") or ()])
    words = int(_minutes().get("party_words", 0))
    party = rf"(?:\s+(?:{parties})(?:\s+[^\s:]+){{1,{words}}})?" if parties and words else ""
    return lexicon.phrase_pattern(_minutes()["fields"], before=r"^\W*", after=rf"{party}(?:\s*\([^()\n]{{1,20}}\))?\s*:")


@lru_cache(maxsize=1)
def _absence_field() -> re.Pattern[str]:
    words = [str(w) for w in _minutes()["absence_fields"]]
    return lexicon.phrase_pattern(words, before=r"^\W*", after=r"\s*:")


def _head(text: str) -> list[str]:
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    return lines[:int(lexicon.load("document_genres").get("head_lines", 14))]


def is_minutes(text: str) -> bool:
    """The text is the minutes of a meeting: a minutes title and a field, or two fields, in its header; or a minutes
    title heading the text and a field in its closing lines ("REFERAT" ... "Til stede: A, B"), as minutes list those
    present at the end."""
    if ":" not in text:
        return False
    head = _head(text)
    fields = sum(1 for line in head if _field().match(line))
    titled = any(_title_line(line) for line in head[:3]) or any(_bare_title(line) for line in head)  # "REFERAT" on
    # its own line under a ministry's letterhead and reference lines (round 60)
    return fields >= 2 or (fields >= 1 and titled) or (titled and any(_field().match(line) for line in _tail(text)))


def _bare_title(line: str) -> bool:
    """A line that is a minutes title and nothing else ("REFERAT", "Møtereferat")."""
    return line.strip(" \t:.").casefold() in _titles()


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    return frozenset(str(w).casefold() for w in _minutes()["titles"])


def _title_line(line: str) -> bool:
    """A minutes title ("REFERAT", "Referat frå møte i ..."), not a page's label line between bars ("Referat | Dato:
    19.06.2025": the page's kind and publication date, above the minutes' own title)."""
    return bool(_title().match(line)) and "|" not in line.split("\n", 1)[0]


def _tail(text: str) -> list[str]:
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    return lines[-int(lexicon.load("document_genres").get("tail_lines", 12)):]


def title_block(blocks: tuple[Block, ...]) -> Block | None:
    """The block of the minutes' title ("Referat frå møte i fylkesstyret"), else of their first field."""
    head = blocks[:3]
    return next((b for b in head if _title_line(b.text)), None) or next(
        (b for b in blocks[:8] if any(_field().match(line) for line in b.text.split("\n"))), None)


@lru_cache(maxsize=1)
def _time_field() -> re.Pattern[str]:
    words = lexicon.alternation([str(w) for w in date_words().get("time_fields") or ["dato"]])
    return re.compile(rf"^[^\w\n]*(?:{words})\s*[:|]\s*(?:den\s+)?$", re.IGNORECASE)  # "Dato:", a table's "| Dato |"


PRESS_RELEASE = re.compile(r"(?im)^\W*(?:pressemelding|pressemelding\w*|nyhetsmelding|nyheitsmelding)(?![\w-])")
PRESS_HEAD = 300  # a press release names itself among its first lines


DOCUMENT_DATE_FIELD = "dato:"


def field_date(text: str, found_dates: tuple[FoundDate, ...] | None = None,
               boxes: tuple[tuple[int, int], ...] = (), bars: bool = False) -> FoundDate | None:
    """The first day-and-month date that fills a time field of its own line ("Dato: 3. mars 2025, kl. 9"),
    outside a fact box; None when the text has none. With `bars`, also a field among others on a page's
    header line, between bars ("Tale | Dato: 3.3.2025 | Nærings- og fiskeridepartementet"): the date a
    ministry's page gives a talk it publishes."""
    if ":" not in text or PRESS_RELEASE.search(text[:PRESS_HEAD]):
        return None  # "Pressemelding | KDD" over "Dato: 07.05.2025 | Nr: 41/2025": the release's date, not the meeting's
    fields: list[tuple[FoundDate, str]] = []
    for found in found_dates if found_dates is not None else find_dates(text):
        if found.kind not in STRONG or any(a <= found.start < b for a, b in boxes):
            continue
        line = text[text.rfind("\n", 0, found.start) + 1:found.start]
        if _time_field().match(line) or (bars and "|" in line and _time_field().match(line.rsplit("|", 1)[1])):
            fields.append((found, line.rsplit("|", 1)[-1].strip().casefold()))
    # a note's own "Dato:" over the meeting's "Tid:" ("Frå: NN\nDato: 5. mai 2025 ... Tid: 2. mai 2025 kl. 13"): the
    # field that times the occasion, not the one that dates the document
    timed = [found for found, field in fields if not field.startswith(DOCUMENT_DATE_FIELD)]
    return (timed or [found for found, _ in fields] or [None])[0]


def absent_field_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The lines that open with a field of absence ("Forfall: D", "Fråverande: E og F"); a field label alone on its
    line ("Forfall:") with the lines under it to the next blank line (a list of those absent: "Turid Sande, medlem")."""
    if ":" not in text:
        return ()
    out: list[tuple[int, int]] = []
    start = 0
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if _absence_field().match(line):
            end = start + len(line)
            if line.rstrip().endswith(":"):  # the label alone: its list follows, one name a line
                for below in lines[i + 1:]:
                    if not below.strip():
                        break
                    end += len(below) + 1
            out.append((start, end))
        start += len(line) + 1
    return tuple(out)
