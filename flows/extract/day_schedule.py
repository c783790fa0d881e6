"""A programme printed day by day under headings of their own ("Statsrådens program uke 41": "Mandag 7. oktober",
"Tirsdag 8. oktober", each over the day's appointments).

In such a text the occasion's day is the heading above the entry that reports it, not a day the entries of another
day name, nor the page's publication date; and the persons the other days' entries name (a visit on Monday, a
hearing on Wednesday) took no part in it. A text is a programme when `MIN_DAYS` or more lines hold a weekday and a
date and nothing else.
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows import lexicon

from flows.extract.people import People
from flows.model import Mention

MIN_DAYS = 2


@lru_cache(maxsize=1)
def _day_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a weekday anywhere, a line that is a weekday and a date and nothing else), bokmål and nynorsk weekdays from
    date_words.yaml (read on first use)."""
    weekdays = lexicon.alternation(sorted(str(w) for w in lexicon.load("date_words")["weekdays"]))
    heading = re.compile(rf"^[ \t]*(?:{weekdays})"
                         r"[ \t]+(?:den[ \t]+)?[0-3]?\d\.[ \t]*(?:[a-zæøå]+\.?|[01]?\d\.?)(?:[ \t]+(?:19|20)\d\d)?[ \t]*$",
                         re.IGNORECASE | re.MULTILINE)
    return re.compile(rf"(?:{weekdays})", re.IGNORECASE), heading


@lru_cache(maxsize=4)
def day_headings(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each day heading of a programme, () for a text with fewer than `MIN_DAYS` of them."""
    day_words, day_heading = _day_patterns()
    if len(day_words.findall(text)) < MIN_DAYS:
        return ()  # fewer weekdays than a programme's days: no line to read
    found = tuple((m.start() + len(m.group(0)) - len(m.group(0).lstrip()), m.end()) for m in day_heading.finditer(text))
    return found if len(found) >= MIN_DAYS else ()


def heading_before(text: str, at: int) -> tuple[int, int] | None:
    """The day heading the programme's entry at `at` stands under, None when the text is no programme or `at` is
    above its first day."""
    return next((h for h in reversed(day_headings(text)) if h[0] <= at), None)


def day_section(text: str, at: int) -> tuple[int, int] | None:
    """(start, end) of the programme's day holding `at`: its heading to the next day's heading or the text's end."""
    headings = day_headings(text)
    held = heading_before(text, at)
    if held is None:
        return None
    after = next((h[0] for h in headings if h[0] > held[0]), len(text))
    return held[0], after


def on_its_day(participants: tuple[Mention, ...], people: People, text: str, at: int | None) -> tuple[Mention, ...]:
    """The participants less those a programme names only under its other days (the programme's owner, named in its
    header above the first day, stays)."""
    held = day_section(text, at) if at is not None else None
    if held is None:
        return participants
    first = day_headings(text)[0][0]
    kept = {m.name for m in people.mentions if m.start < first or held[0] <= m.start < held[1]}
    return tuple(p for p in participants if p.name in kept) or participants


KS_NAMED = re.compile(r"(?<![\w-])KS(?![\w-])")


def entries_naming_ks(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each line under a programme's days that names KS ("Kl. 09.00: Møte med KS om skatteøren"), ()
    for a text that is no programme."""
    headings = day_headings(text)
    if not headings:
        return ()
    out: list[tuple[int, int]] = []
    pos = headings[0][0]
    for line in text[pos:].split("\n"):
        if KS_NAMED.search(line):
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return tuple(out)


@lru_cache(maxsize=1)
def _programme_title() -> re.Pattern[str]:
    words = lexicon.alternation(sorted(str(w) for w in lexicon.load("meeting_types")["programme_titles"]))
    return re.compile(rf"(?<![\w-])(?:{words})(?![\w-])", re.IGNORECASE)


def owner(text: str, people: People) -> Mention | None:
    """The one person a programme's title line names ("Program for finansminister NN, uke 14"): the programme is
    theirs and they keep its appointments; None for a text that is no programme or a title naming none or two."""
    headings = day_headings(text)
    if not headings:
        return None
    title_end = text.find("\n")
    title_end = title_end if 0 <= title_end < headings[0][0] else headings[0][0]
    if not _programme_title().search(text[:title_end]):
        return None
    named = {m.name for m in people.mentions if m.kind == "full" and m.start < title_end}
    if len(named) != 1:
        return None
    name = named.pop()
    return next((p for p in people.persons if p.name == name), Mention(name))
