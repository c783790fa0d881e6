"""When a sentence places an occasion: the one the text reports, or another time.

A news text reports one occasion, and often mentions others: the previous
consultation meeting ("Sist KS og regjeringen hadde konsultasjonsmøte, i
oktober"), the next one ("Statsråden vil ta saka opp igjen seinare", "Saka skal
følgjast opp i neste møte"), a visit long ago ("For to år siden var hun på
besøk i Nordby"). `other_time(sentence, published)` is true for
such a sentence: it holds a marker of the past or the future
(`other_time.past`/`future` in `data/meeting_types.yaml`), or a month without a
day ("i september") that is not the month the text was published (without a
publication date: the month of the first day and month its lead gives, `lead_day`), or a season
("i sommar", "i vinter", `other_time.seasons`) that is not the season of that month. A cue in
such a sentence counts less (`meeting_type.cue_hits`), unless it stands in the
lead, which tells what the text reports.

`is_invitation(text)` tells a press invitation ("Pressen er velkommen"), which
reports a coming occasion: there the future does not discount a cue.
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from flows import lexicon
from flows.extract.dates import find_dates
from flows.extract.minutes import field_date, is_minutes
from flows.model import Block


@lru_cache(maxsize=1)
def _config() -> dict:
    return lexicon.load("meeting_types").get("other_time") or {}


@lru_cache(maxsize=None)
def _pattern(key: str) -> re.Pattern[str]:
    """The patterns of one key as one alternation; those opening on a word boundary share it ("\\b(?:i fjor\\b|...)"):
    the same matches, with one boundary test a position instead of one a pattern."""
    items = [str(p) for p in _config().get(key) or ()]
    bounded = [p[2:] for p in items if p.startswith(r"\b")]
    rest = [p for p in items if not p.startswith(r"\b")]
    parts = ([rf"\b(?:{'|'.join(f'(?:{p})' for p in bounded)})"] if bounded else []) + [f"(?:{p})" for p in rest]
    return re.compile("|".join(parts) or r"(?!x)x", re.IGNORECASE)


def factor() -> float:
    return float(_config().get("factor", 1.0))


def lead_blocks() -> int:
    return int(_config().get("lead_blocks", 2))


def after_occasion(sentence: str) -> bool:
    """The sentence opens after the occasion ("Etter møtet heldt NN eit innlegg på eit seminar", `after`): an
    occasion cue there names a later one."""
    return bool(_pattern("after").search(sentence))


def is_future(sentence: str) -> bool:
    return bool(_pattern("future").search(sentence))


def other_time(sentence: str, published: date | None, invitation: bool = False) -> bool:
    """True when the sentence places its occasion at another time than the one the text reports."""
    if _pattern("past").search(sentence) or (is_future(sentence) and not invitation):
        return True
    if published is None:
        return False
    found = find_dates(sentence)
    if any(f.kind in ("daymonth", "full") and f.month == published.month for f in found):
        return False  # "etter uvêret i august, i spørjetimen onsdag 2. oktober": the day and month place it
    return any(f.kind == "monthonly" and f.month is not None and f.month != published.month
               for f in found) or _other_season(sentence, published.month)


@lru_cache(maxsize=1)
def _seasons() -> tuple[re.Pattern[str], dict[str, frozenset[int]]]:
    conf = _config().get("seasons") or {}
    months = {str(w).casefold(): frozenset(int(m) for m in ms) for w, ms in (conf.get("months") or {}).items()}
    words = "|".join(re.escape(w) for w in sorted(months, key=len, reverse=True)) or r"(?!x)x"
    return re.compile(str(conf.get("pattern") or r"(?!x)x").replace("<seasons>", words), re.IGNORECASE), months


def _other_season(sentence: str, month: int) -> bool:
    """A season named without a year ("i sommar", "i vinter") that the month of publication is not in."""
    pattern, months = _seasons()
    if not months or not any(w in sentence.casefold() for w in months):
        return False  # no season word: nothing to search
    return any(month not in months.get((m.group(1) or m.group(2)).casefold(), frozenset({month})) for m in pattern.finditer(sentence))


HEADER_FIELD_BLOCKS = 6  # blocks of a header that may hold a time field ("Møtedato: 14.03.2025")


def lead_day(lead: tuple[Block, ...], header: tuple[Block, ...] = ()) -> date | None:
    """The day a text without a publication date speaks from: the first day and month its lead
    gives ("inviterer til eit møte torsdag 6. mars"), so that a month without a day elsewhere ("i
    konsultasjonsmøtet i november") is placed at another time; failing that a date field of its header (`header`:
    minutes' "Møtedato: 14.03.2025" under two title lines; round 47). The year is a placeholder: only the
    month is compared."""
    for block in lead:
        for found in find_dates(block.text):
            if found.kind in ("daymonth", "full", "numeric", "iso") and found.month is not None and found.day is not None:
                # (also in figures: "14.03.2025")
                return date(found.year or 2000, found.month, found.day)
    field = field_date("\n\n".join(b.text for b in header[:HEADER_FIELD_BLOCKS])) if header else None
    if field is not None and field.month is not None and field.day is not None:  # the time field minutes.py reads
        return date(field.year or 2000, field.month, field.day)
    return None


@lru_cache(maxsize=4)
def is_invitation(text: str) -> bool:
    """A press invitation to a coming occasion ("Pressen er velkommen", "Tid og stad"); read once a text (the type,
    the participants and their details each ask)."""
    return bool(_pattern("invitation").search(text)) and not is_minutes(text)  # minutes' "Tid:" and "Sted:" record
    # the meeting held (round 60)
