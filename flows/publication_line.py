"""The publication date a text states in its own header, for a text without a sidecar date.

News pages print when they were published in a line of its own near the top ("Publisert:
13.05.2025", "Publisert 3. mars 2025 kl. 10.12", "Dato: 12.03.2025", "12.03.2025 | Tekst: NN",
"Pressemelding | Nr: 14/2025 | Dato: 12.03.2025", "Av NN | 22. oktober 2024"), or only when they were
last updated ("Oppdatert 23. mai 2024 kl. 11:42").
The normaliser drops such lines as boilerplate, so `ingest` asks this module for the date while it
still has the raw text: `with_stamp_date(meta, raw_text)` fills `Metadata.published` from the
line when the sidecar gives no date. Only a full date (day, month and year) counts: a line
without a year ("Publisert 17. september") dates nothing. The line's labels are data
(`publication_line` in `data/date_words.yaml`).
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import lru_cache
from typing import TypedDict

from flows import lexicon
from flows.model import Metadata

INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")  # as the normaliser drops them (`normalise.ZERO_WIDTH`)


class LineConfig(TypedDict, total=False):
    """`publication_line` of flows/data/date_words.yaml."""

    lines: int                  # how many non-empty lines from the top are searched
    labels: list[str]           # a publication line opens with one of these
    update_labels: list[str]    # a line of the last update
    byline_openers: list[str]   # an author's byline


@lru_cache(maxsize=1)
def _config() -> LineConfig:
    return lexicon.load("date_words").get("publication_line") or {}


@lru_cache(maxsize=1)
def _label() -> re.Pattern[str]:
    labels = lexicon.alternation(sorted(str(w) for w in _config().get("labels") or ()))
    weekdays = lexicon.alternation(sorted(str(w) for w in lexicon.load("date_words")["weekdays"]))
    return re.compile(rf"^\s*(?:{labels})\s*:?\s*(?:(?:den\s+)?(?:{weekdays})\s*,?\s*(?:den\s+)?)?", re.IGNORECASE)


@lru_cache(maxsize=1)
def _date() -> re.Pattern[str]:
    """A full date at the start: "13.05.2025", "3. mars 2025" (months from `months`) or ISO "2025-05-13" (a
    broadcast's "Sendt: 2025-05-13 kl. 22.05"); no import of the extractor, so that ingest stays light."""
    months = lexicon.alternation(sorted(str(m) for m in lexicon.load("date_words")["months"]))
    return re.compile(rf"(?P<d>[0-3]?\d)\.\s*(?:(?P<m>[01]?\d)\.|(?P<w>{months})\s+)(?P<y>(?:19|20)\d\d)(?!\d)"
                      rf"|(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)(?![\d-])", re.IGNORECASE)


def stamp_date(raw_text: str) -> date | None:
    """The full date of a publication line among the first `lines` non-empty lines: a line that opens with
    a label ("Publisert:") and a date, or opens with a date followed by a separator or a time
    ("12.03.2025 |", "12.03.2025 kl. 10.00", "14.11.2024 06:00"); also the date in the field right
    after an author's byline ("Av NN | 22. oktober 2024"). Without any, a line labelled as updated
    (`update_labels`: "Oppdatert 23. mai 2024") dates the text: the last change stands closest to its
    publication. Lines are counted without the blank ones, so that a text with blank lines between its
    paragraphs and one without them are read alike."""
    raw_text = INVISIBLE.sub("", raw_text)  # a soft hyphen or a zero-width space inside "Pub­lisert" or a date
    lines = [line for line in raw_text.splitlines() if line.strip()][:int(_config().get("lines", 12))]
    return _first_date(_fields(lines, _label()), _label()) or _first_date(_fields(lines, _update()), _update()) \
        or _place_line_date(lines)


@lru_cache(maxsize=1)
def _place_line() -> re.Pattern[str]:
    return re.compile(str(_config().get("place_line") or r"(?!x)x"))


def _place_line_date(lines: list[str]) -> date | None:
    """A press release's or a county page's dateline: a line of its own that holds only a place and a full date
    ("Nordby, 3. mars 2025", `place_line`), the day the text was sent out; read only when no labelled line dates
    the text."""
    for line in lines[:int(_config().get("place_line_lines", 4))]:
        place = _place_line().match(line.strip())
        if not place:
            continue
        rest = line.strip()[place.end():]
        found = _date().match(rest)
        if found and not rest[found.end():].strip(" ."):
            return _full_date(found)
    return None


def _full_date(found: re.Match[str]) -> date | None:
    if found.group("iy"):
        try:
            return date(int(found.group("iy")), int(found.group("im")), int(found.group("id")))
        except ValueError:
            return None
    month = int(found.group("m")) if found.group("m") else \
        int(lexicon.load("date_words")["months"][found.group("w").casefold()])
    try:
        return date(int(found.group("y")), month, int(found.group("d")))
    except ValueError:
        return None


def _first_date(lines: list[tuple[str, bool]], labels: re.Pattern[str]) -> date | None:
    for line, bylined in lines:
        label = labels.match(line)
        rest = line[label.end():] if label else line.strip()
        found = _date().match(rest)
        if not found:
            continue
        after = rest[found.end():].strip()
        if label or bylined or after.startswith(("|", "kl", "·", "-", "–")) or re.match(r"\d\d?[:.]\d\d(?!\d)", after):
            return _full_date(found)
    return None


@lru_cache(maxsize=1)
def _update() -> re.Pattern[str]:
    labels = lexicon.alternation(sorted(str(w) for w in _config().get("update_labels") or ("Oppdatert",)))
    return re.compile(rf"^\s*(?:{labels})\s*:?\s*", re.IGNORECASE)


@lru_cache(maxsize=1)
def _byline() -> re.Pattern[str]:
    openers = lexicon.alternation(sorted(str(w) for w in _config().get("byline_openers") or ("Av",)))
    return re.compile(rf"^\s*(?:{openers})\s*:?\s+(?:[A-ZÆØÅ][\wæøå.-]*\s*){{1,4}}(?:,\s*[\wæøå. -]{{1,40}})?$")  # and
    # the author's role after a comma ("Innlegg av NN, frivillig · 24. august 2025")


def _fields(lines: list[str], labels: re.Pattern[str]) -> list[tuple[str, bool]]:
    """Each line, and after it the labelled fields of a header line of fields ("Pressemelding  |  Nr:
    14/2025  |  Dato: 12.03.2025", "Tekst: NN     Publisert 07.05.2024"): a field after a separator
    counts only with its label, or right after an author's byline ("Av NN | 22. oktober 2024"); each
    with whether it stands after a byline."""
    out: list[tuple[str, bool]] = []
    for line in lines:
        out.append((line, False))
        if "|" in line or "·" in line or "   " in line:
            fields = [f.strip() for f in re.split(r"\s[|·]\s|\s{3,}", line.strip())]
            for i, field in enumerate(fields[1:], 1):
                bylined = _byline().match(fields[i - 1]) is not None
                if labels.match(field) or bylined:
                    out.append((field, bylined))
    return out


def with_stamp_date(meta: Metadata, raw_text: str) -> Metadata:
    """`meta` with its publication date taken from the text's publication line when it has none."""
    if meta.published is not None:
        return meta
    found = stamp_date(raw_text)
    return replace(meta, published=found) if found is not None else meta


@lru_cache(maxsize=1)
def _stamp_label() -> re.Pattern[str]:
    """A label that only stamps the text (`labels` and `update_labels` but the time fields of minutes, "Dato:", which
    may date their meeting), with an optional weekday after it: "Sendt: mandag ", "Publisert "."""
    conf = lexicon.load("date_words")
    fields = {str(w).casefold() for w in conf.get("time_fields") or ()}
    labels = lexicon.alternation(sorted(str(w) for w in [*(_config().get("labels") or ()),
                                                         *(_config().get("update_labels") or ())]
                                        if str(w).casefold() not in fields))
    weekdays = lexicon.alternation(sorted(str(w) for w in conf["weekdays"]))
    return re.compile(rf"^\W*(?:{labels})\s*:?\s*(?:(?:den\s+)?(?:{weekdays})\s*,?\s*(?:den\s+)?)?$", re.IGNORECASE)


def on_stamp_line(text: str, start: int) -> bool:
    """True when the date phrase at `start` fills a line's stamp label ("Sendt: mandag 3. mars 2025 08:14" over an
    email, "Publisert 3. mars 2025" where the normaliser keeps it): the text's own date, never its occasion's."""
    before = text[text.rfind("\n", 0, start) + 1:start]
    if _stamp_label().match(before) is not None:
        return True
    field = re.fullmatch(r"(.*\S)\s[|·]\s*", before)  # the field right after an author's byline ("Innlegg av NN,
    return field is not None and _byline().match(field.group(1)) is not None  # frivillig · 24. august 2025"; round 60)
