"""What a document is, from its layout: a report, or its author's own utterance.

A news report tells of an occasion; a letter, a hearing response, a statement or a debate piece is
itself the author's words to a ministry or the public, and the meetings it mentions ("vi tok dette opp med
statsråden i fjor", "i konsultasjonsmøtet i november") are background, not an
occasion the document reports (GUIDELINES, "Meeting": `null` when the text reports none).

The genre is read from the layout only, never from words in the body: a reference line or a
closing salutation (a letter), a title line naming a hearing response or a statement ("Felles
uttalelse fra ...") above the body (a label line after the report's first prose line heads a section: a
news item on a meeting that quotes the statement adopted there), a section label, a breadcrumb or the paper's opinion note (a debate piece); a
site menu line ("Nyheter | Sport | Meninger") names no genre; a newsletter's title or a case paper's or a memo's
label ("SAKSFRAMLEGG", "NOTAT") makes a report whatever salutation or archive reference it carries. The patterns are data
(`data/document_genres.yaml`). `genre(layout)` returns the first genre whose cues match, or
"report". The header and signature lines are read by the layout layer (`document_layout`),
computed once per document, which the author of a document (`authorship.py`) reads too.
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows import lexicon
from flows.extract.document_layout import Layout, read_layout

REPORT = "report"


@lru_cache(maxsize=1)
def _config() -> dict:
    return lexicon.load("document_genres")


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, re.Pattern[str] | None, re.Pattern[str] | None], ...]:
    out = []
    words = [str(w) for w in _config().get("opinion_labels") or ()]
    labels = [rf"^[ \t]*(?:{lexicon.alternation(words)})[ \t]*$"] if words else []  # "LEIAR" on a line of its own
    for name, conf in (_config().get("genres") or {}).items():
        head = [*(conf.get("head") or ()), *(labels if name == "opinion" else ())]
        tail = conf.get("tail") or ()
        out.append((str(name),
                    re.compile("|".join(f"(?:{p})" for p in head), re.IGNORECASE | re.MULTILINE) if head else None,
                    re.compile("|".join(f"(?:{p})" for p in tail), re.IGNORECASE | re.MULTILINE) if tail else None))
    return tuple(out)


def genre(layout: Layout | str) -> str:
    """The document's genre: "letter", "hearing_response", "statement", "opinion" (data), or
    "report"; from its layout (or from its text, read into a layout)."""
    return _genre(read_layout(layout) if isinstance(layout, str) else layout)


@lru_cache(maxsize=64)
def _genre(layout: Layout) -> str:
    """The genre of one layout, remembered: the occasion pass and the author's notes (notes.py) ask
    for the same document's genre."""
    head, tail = "\n".join(line for line in layout.head if not is_site_menu(line)), "\n".join(layout.tail)
    title = "\n".join(line for line in layout.head[:layout.body_at] if not is_site_menu(line))
    if _report_titles().search(title):
        return REPORT  # "Nyhetsbrev fra NN" over news items, a case paper: a salutation or a reference makes no letter
    for name, head_pattern, tail_pattern in _patterns():
        if (head_pattern is not None and head_pattern.search(title if name in _titled() else head)) or \
                (tail_pattern is not None and tail_pattern.search(tail)):
            return name
    return REPORT


@lru_cache(maxsize=1)
def _report_titles() -> re.Pattern[str]:
    """A newsletter's or a periodical's title (`newsletter_titles`) or a case paper's label (`case_paper_titles`)."""
    titles = [*(_config().get("newsletter_titles") or ()), *(_config().get("case_paper_titles") or ())]
    return re.compile("|".join(f"(?:{p})" for p in titles) or r"(?!x)x", re.IGNORECASE | re.MULTILINE)


@lru_cache(maxsize=1)
def _titled() -> frozenset[str]:
    """The genres a title line names (`title_genres`): their cue stands above the body's first prose line."""
    return frozenset(str(g) for g in _config().get("title_genres") or ())


@lru_cache(maxsize=1)
def _menu() -> tuple[frozenset[str], int]:
    conf = _config().get("site_menu") or {}
    return frozenset(str(w).lower() for w in conf.get("sections") or ()), int(conf.get("min_sections", 2))


def is_site_menu(line: str) -> bool:
    """A newspaper's site menu ("Nyheter | Sport | Meninger | eAvis"): a line of items between bars
    of which at least `site_menu.min_sections` are section names (data); its opinion section is a
    link, no label of the piece."""
    if "|" not in line:
        return False
    sections, least = _menu()
    return sum(item.strip().lower() in sections for item in line.split("|")) >= least


def reports_occasions(layout: Layout | str) -> bool:
    """False for a letter, a hearing response, a statement or a debate piece: the author's own words."""
    return genre(layout) == REPORT
