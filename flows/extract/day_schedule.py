"""A programme printed day by day under headings of their own ("Statsrådens program uke 41": "Mandag 7. oktober",
"Tirsdag 8. oktober", each over the day's appointments).

In such a text the occasion's day is the heading above the entry that reports it, not a day the entries of another
day name, nor the page's publication date; and the persons the other days' entries name (a visit on Monday, a
hearing on Wednesday) took no part in it. A text is a programme when `MIN_DAYS` or more lines hold a weekday and a
date and nothing else, or an ISO date alone ("2025-03-03").
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
    heading = re.compile(rf"^[ \t]*(?:(?:{weekdays})"
                         r"[ \t]+(?:den[ \t]+)?[0-3]?\d\.[ \t]*(?:[a-zæøå]+\.?|[01]?\d\.?)(?:[ \t]+(?:19|20)\d\d)?"
                         r"|(?:19|20)\d\d-[01]\d-[0-3]\d)[ \t]*$",
                         re.IGNORECASE | re.MULTILINE)
    return re.compile(rf"(?:{weekdays})|^[ \t]*(?:19|20)\d\d-[01]\d-[0-3]\d[ \t]*$", re.IGNORECASE | re.MULTILINE), heading


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


def on_its_day(participants: tuple[Mention, ...], people: People, text: str, at: int | None,
               end: int | None = None) -> tuple[Mention, ...]:
    """The participants less those a programme names only under its other days or in the day's other timed
    appointments (the programme's owner, named in its header above the first day, stays); `at`/`end`: the span of the
    occasion's sentence."""
    held = day_section(text, at) if at is not None else None
    if held is None:
        return participants
    first = day_headings(text)[0][0]
    entries = _entries(text, held)
    stop = max(end or 0, at + 1)  # type: ignore[operator]
    overlap = {(a, b): min(b, stop) - max(a, at) for a, b in entries}  # type: ignore[type-var]
    own = max((e for e in entries if overlap[e] > 0), key=lambda e: overlap[e], default=None)  # the occasion's entry:
    # the one its sentence runs into ("Tirsdag 4. mars\n10.00 Bilateralt konsultasjonsmøte med KS ...")
    others = [e for e in entries if e != own] if own is not None else []
    kept = {m.name for m in people.mentions if m.start < first or (
        held[0] <= m.start < held[1] and not any(a <= m.start < b for a, b in others))}
    return tuple(p for p in participants if p.name in kept) or participants


@lru_cache(maxsize=1)
def slot_line() -> re.Pattern[str]:
    """A timed line of a programme ("14.00 Møte med ordførar NN", `programme.slot` in participant_patterns.yaml)."""
    return re.compile(str(lexicon.load("participant_patterns")["programme"]["slot"]), re.IGNORECASE | re.MULTILINE)


def _entries(text: str, day: tuple[int, int]) -> list[tuple[int, int]]:
    """The appointments of one day: each timed line with the lines under it, to the next timed line or the day's end
    ("10.00 Bilateralt konsultasjonsmøte med KS ... Fra KS deltar NN" apart from "14.00 Møte med ordfører MM")."""
    starts = [m.start() for m in slot_line().finditer(text, day[0], day[1])]
    return [(a, b) for a, b in zip(starts, [*starts[1:], day[1]])]


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


OWNER_LINE_WORDS = 8  # a line under the title naming the programme's owner: a role and a name


def _title_lines(head: str) -> list[tuple[int, int]]:
    """The spans of the lines above a programme's first day that name it ("Statsrådens program veke 12 – statsråd
    NN", also under a breadcrumb naming it), each with the short line of its own right under it ("Statsråd NN")."""
    out: list[tuple[int, int]] = []
    lines = head.split("\n")
    starts = [sum(len(x) + 1 for x in lines[:i]) for i in range(len(lines))]
    for i, line in enumerate(lines):
        if not _programme_title().search(line):
            continue
        out.append((starts[i], starts[i] + len(line)))
        below = next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)
        if below is not None and len(lines[below].split()) <= OWNER_LINE_WORDS and \
                not lines[below].rstrip().endswith((".", "!", "?")):
            out.append((starts[below], starts[below] + len(lines[below])))
    return out


def owner(text: str, people: People) -> Mention | None:
    """The one person a programme's title line names ("Program for finansminister NN, uke 14", "Statsrådens program
    veke 12 – statsråd NN" under a breadcrumb, or a short line under the title: "Statsråd NN"): the programme is
    theirs and they keep its appointments; None for a text that is no programme or a title naming none or two."""
    headings = day_headings(text)
    if not headings:
        return None
    spans = _title_lines(text[:headings[0][0]])
    if not spans:
        return None
    named = {m.name for m in people.mentions if m.kind == "full" and any(a <= m.start < b for a, b in spans)}
    if len(named) != 1:
        return None
    name = named.pop()
    return next((p for p in people.persons if p.name == name), Mention(name))
