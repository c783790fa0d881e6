"""Ministries as actors: every written form of a ministry (gazetteer `data/ministries.yaml`: names,
aliases, abbreviations, minister titles with their definite and plural forms) and the ministry of
a minister named by surname (a title next to the name in the document, else the office holders)."""
from __future__ import annotations

from collections.abc import Iterator

import re
from functools import lru_cache

from flows.extract.counterpart import ministries


TITLE_FORMS = ("", "en", "ar", "ane", "arane", "ene", "er")


@lru_cache(maxsize=1)
def ministry_aliases() -> dict[str, str]:
    """Written forms of every ministry -> its full name, from the gazetteer `data/ministries.yaml`
    (names, aliases, abbreviations, minister titles with their definite and plural forms)."""
    aliases: dict[str, str] = {}
    for m in ministries():
        for alias in (m.name, *m.aliases, *m.abbreviations):
            aliases[alias] = m.name
        for title in m.titles:
            for ending in TITLE_FORMS:
                aliases[title + ending] = m.name
    return aliases


STATE_SIDE = ("regjeringen", "staten", "Stortinget")  # the state's side as a whole, beside its ministries


def is_state_side(name: str) -> bool:
    """True for the government, the state, the Storting or a ministry (an addressee's canonical name)."""
    return name in STATE_SIDE or name in set(ministry_aliases().values())


@lru_cache(maxsize=1)
def minister_surnames() -> dict[str, str]:
    """Surname of a known minister -> ministry, from the gazetteer (ambiguous surnames left out)."""
    seen: dict[str, set[str]] = {}
    for m in ministries():
        for name, _, _ in m.ministers:
            seen.setdefault(name.split()[-1], set()).add(m.name)
    return {surname: next(iter(found)) for surname, found in seen.items() if len(found) == 1}


def minister_ministry(surname: str, document_text: str) -> str | None:
    """The ministry of a minister named by surname: from a title next to the name in
    the document ("helse- og omsorgsminister Bent Høie"), else from the gazetteer."""
    return titled_ministry(surname, document_text) or minister_surnames().get(surname)


def titled_ministry(surname: str, document_text: str) -> str | None:
    """The ministry of a person the document names with a minister's title ("helse- og
    omsorgsminister Bent Høie"); None when it gives the surname no such title."""
    if surname in document_text and "minister" in document_text:  # what the pattern needs to match at all
        folded = _folded_aliases()
        for match in _title_matches(surname, document_text):
            title = match.group(1).casefold()
            found = [folded[t] for t in (title, title + "en") if t in folded]
            if found:
                return min(found)[1]
    return None


@lru_cache(maxsize=1)
def _folded_aliases() -> dict[str, tuple[int, str]]:
    """Casefolded written form of a ministry -> (the first alias's position, the ministry)."""
    out: dict[str, tuple[int, str]] = {}
    for i, (alias, ministry) in enumerate(ministry_aliases().items()):
        out.setdefault(alias.casefold(), (i, ministry))
    return out


@lru_cache(maxsize=4096)
def _minister_title_before(surname: str) -> re.Pattern[str]:
    """A minister's title followed, within three capitalised words, by `surname` (compiled once per surname)."""
    return re.compile(rf"([\w-]+(?:\s+og\s+[\w-]+)?minister(?:en)?)\s+(?:[A-ZÆØÅ][\w-]+\s+){{0,3}}{re.escape(surname)}\b")


def _title_matches(surname: str, text: str) -> Iterator[re.Match[str]]:
    """What `_minister_title_before(surname).finditer(text)` finds, found faster: a match that starts
    inside a run of word characters and hyphens has one at the run's start too (`[\\w-]+` takes the
    run's head), so the leftmost match starts where a run starts, or where the search starts. The
    search is tried at its start, then only at run starts (a lookbehind), instead of at every
    character with `[\\w-]+` backtracking over the rest of its word."""
    anywhere = _minister_title_before(surname)
    at_run_start = _minister_title_at_run_start(surname)
    pos = 0
    while pos <= len(text):
        match = anywhere.match(text, pos) or at_run_start.search(text, pos)
        if match is None:
            return
        yield match
        pos = match.end()  # never empty: the title holds "minister"


@lru_cache(maxsize=4096)
def _minister_title_at_run_start(surname: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])" + _minister_title_before(surname).pattern)
