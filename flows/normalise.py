"""Text normalisation: one canonical text per document that every offset points into.

- Unicode NFC; zero-width characters, soft hyphens, bidirectional controls and
  other control characters (C0 except tab and line ends, C1) removed; the line
  and paragraph separators U+2028/U+2029 become line ends.
- Whitespace: NBSP and other spaces become a plain space, runs of spaces fold to
  one (leading indentation of list items is kept), trailing spaces go, line ends
  become "\\n", runs of blank lines fold to one.
- Dashes: a line that opens with any dash (hyphen, en, em, minus, with or
  without a space) opens with "– "; a spaced hyphen used as a dash inside a line
  becomes " – ". Hyphens inside or at the end of words ("helse- og") are kept.
- Quotes: typographic and straight double quotes become «» (paired per line), and so does a pair of
  typographic single quotes (‚...‘, ‘...’) outside «»; a curly apostrophe after a word becomes "'";
  markdown emphasis markers (*, _) are dropped.
- Boilerplate lines and suffixes listed in `data/boilerplate.yaml` are dropped
  as whole lines, so the paragraphs around them keep their shape; so is a paragraph that is a site
  menu (`menu` there: "Meny", "Nyheter", "Sport", "Logg inn", one link per line or in a row).
- A title repeated as the first paragraph (with or without the site's name after it) is dropped.
- A PDF's page numbers and running headers are dropped, a sentence a page break cut goes on after them
  (`page_furniture.without_pages`); a comment section or an author box after the story ("Kommentarer (12)",
  "Om forfatteren") is cut off (`without_tail`), a list of related articles' titles dropped (`related_lists`);
  a picture's credit run into a quotation or a long paragraph after its last sentence is cut off
  (`without_run_in_credit`); an image gallery's paragraphs (a counter "Bilde 2 av 5", captions, credits)
  are dropped (`gallery_lines`).
- Tables flattened to lines (cells between tabs, or a markdown "|a|b|" row) keep their cells apart
  as "a | b"; a markdown table's rule row ("|---|---|") is dropped.
- Line layout: a hard-wrapped text has its paragraphs joined into one line each, and a text
  with one paragraph per line and no blank lines gets a blank line between paragraphs
  (`line_layout.relayout`); a word broken at a hyphen at a line's end ("kommu-" / "nene") is put together.
Markdown headings ("# ...") stay headings.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from functools import lru_cache

from flows import lexicon
from flows.budget import check
from flows.line_layout import relayout
from flows.page_furniture import (gallery_lines, menu_lines, related_lists, table_row, without_pages, without_repeated_title,
                                  without_run_in_credit, without_tail)

ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069"
                        "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
SPACES = re.compile("[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
LEADING_DASH = re.compile(rf"^(\s*)[{DASHES}](?![{DASHES}])\s*(?=\S)")
SPACED_DASH = re.compile(rf"(?<=\S) [{DASHES}] (?=\S)")
DOUBLE_QUOTES = re.compile("[\"\u201c\u201d\u201e\u201f\u2033]")
# Markdown emphasis: a marker (*, _, **, __) not preceded by a word character or '*' and
# followed by a non-space opens; the first same marker preceded by a non-space and not
# followed by a word character or '*' closes. Scanned in O(n log n) by `_strip_emphasis`
# (the equivalent lazy regex is quadratic on a line of "_x _x _x ...").
EMPHASIS_MARKS = "*_"
WORDISH = re.compile(r"[\w*]")
OPENER = re.compile(r"(?<![\w*])[*_]")
MAX_EMPHASIS_PASSES = 50  # real text needs one or two; bounds the work on a line of nested markers
INNER_SPACES = re.compile(r"(?<=\S) {2,}")
SUFFIX_WINDOW = 200
RULE = "|---|"  # what a markdown table's rule row normalises to: dropped as a line (boilerplate)


@lru_cache(maxsize=1)
def _boilerplate() -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]:
    data = lexicon.load("boilerplate")
    lines = tuple(re.compile(p, re.IGNORECASE) for p in data.get("line", []))
    suffixes = tuple(re.compile(p, re.IGNORECASE) for p in data.get("suffix", []))
    return lines, suffixes


def _pair_quotes(line: str) -> str:
    """Turn double quotes into «» by position: opening before a word, closing after; a double
    quote in closing position after an open « closes it («Vi må ...," sa NN: the marks mixed)."""
    if not DOUBLE_QUOTES.search(line):
        return line
    out: list[str] = []
    open_ = False
    guillemets = 0  # « opened and not closed
    for i, ch in enumerate(line):
        if ch in "«»":
            guillemets = max(0, guillemets + (1 if ch == "«" else -1))
            out.append(ch)
        elif DOUBLE_QUOTES.fullmatch(ch):
            before = line[i - 1] if i else " "
            if not open_ and guillemets and not before.isspace():
                out.append("»")  # «Vi må ...," sa NN: a quotation opened with « closed by a double quote
                guillemets -= 1
                continue
            after = line[i + 1] if i + 1 < len(line) else " "
            if ch == "\u201e":
                opening = True  # the low mark „ only opens
            elif ch in "\u201c\u201d" and not before.isspace() and before not in "([–" and \
                    (after.isspace() or after in ".,;:!?)–"):
                opening = False  # after a word, before a space or a stop: a quotation that began in an
                # earlier paragraph ends here („...“ with no mark at the paragraph's end, ”...” alike)
            elif ch == "\u201c":
                opening = not open_ or before.isspace()
            elif ch == "\u201d" and open_:
                opening = False
            else:
                opening = not open_
            out.append("«" if opening else "»")
            open_ = opening
        else:
            out.append(ch)
    return "".join(out)


SINGLE_OPENERS, SINGLE_CLOSERS = "\u201a\u2018", "\u2018\u2019"
CURLY_APOSTROPHE = re.compile("(?<=\\w)\u2019")  # "KS’ leiar", "Norge’s": the apostrophe, as "'"


def _pair_single_quotes(line: str) -> str:
    """A quotation in typographic single quotes (‚...‘, ‘...’) outside «» becomes «...»: an opening mark
    after a space or the line's start and before a word, the next closing mark after a word and before
    no letter. An apostrophe ("KS’ leiar") with no opening mark before it stays as it is; so do single
    quotes inside «» (a quotation within a quotation). A curly apostrophe left after a word becomes "'"
    ("KS’ styreleder" reads as "KS' styreleder")."""
    if "\u201a" not in line and "\u2018" not in line:
        return CURLY_APOSTROPHE.sub("'", line) if "\u2019" in line else line
    out = list(line)
    depth, opened = 0, -1
    for i, ch in enumerate(line):
        before = line[i - 1] if i else " "
        after = line[i + 1] if i + 1 < len(line) else " "
        if ch in "«»":
            depth = max(0, depth + (1 if ch == "«" else -1))
        elif ch in SINGLE_OPENERS and opened < 0 and depth == 0 and (before.isspace() or before in "(–:") \
                and not after.isspace():
            opened = i
        elif ch in SINGLE_CLOSERS and opened >= 0 and not before.isspace() and not after.isalpha():
            out[opened], out[i] = "«", "»"
            opened = -1
    return CURLY_APOSTROPHE.sub("'", "".join(out))


def _closers(line: str, marker: str) -> list[int]:
    """Positions where `marker` can close emphasis, ascending."""
    n, size, out = len(line), len(marker), []
    at = line.find(marker)
    while at >= 0:
        after = at + size
        if at > 0 and not line[at - 1].isspace() and (after >= n or not WORDISH.match(line[after])):
            out.append(at)
        at = line.find(marker, at + 1)
    return out


def _strip_emphasis(line: str) -> str:
    """Drop markdown emphasis markers around a span, keeping the span (see EMPHASIS_MARKS)."""
    if "*" not in line and "_" not in line:
        return line
    closers: dict[str, list[int]] = {}
    out: list[str] = []
    i, n = 0, len(line)
    while (opener := OPENER.search(line, i)) is not None:
        at = opener.start()
        out.append(line[i:at])
        i = at + 1
        sizes = (2, 1) if at + 1 < n and line[at + 1] in EMPHASIS_MARKS else (1,)
        for size in sizes:
            marker, body = line[at:at + size], at + size
            if body >= n or line[body].isspace():
                continue
            if marker not in closers:
                closers[marker] = _closers(line, marker)
            k = bisect_left(closers[marker], body + 1)
            if k < len(closers[marker]):
                end = closers[marker][k]
                out.append(line[body:end])
                i = end + size
                break
        else:
            out.append(line[at])
    out.append(line[i:])
    return "".join(out)


def _strip_emphasis_fully(line: str) -> str:
    """Strip emphasis until none is left: removing one pair can turn the markers around it into a pair."""
    for _ in range(MAX_EMPHASIS_PASSES):
        stripped = _strip_emphasis(line)
        if stripped == line:
            break
        line = stripped
        check()
    return line


def _normalise_unquoted(line: str) -> str:
    """One line normalised but for its double quotes (paired once the paragraph's lines are joined)."""
    line = ZERO_WIDTH.sub("", line)
    row = table_row(line)
    if row == "":
        return RULE
    line = line if row is None else row  # its cells normalised as any line is (a second pass finds no tabs)
    line = INNER_SPACES.sub(" ", SPACES.sub(" ", line).rstrip())
    line = _strip_emphasis_fully(line)  # before the dashes: "*-a*" must end up as "– a", as "-a" does
    line = LEADING_DASH.sub(lambda m: f"{m.group(1)}– ", line)
    line = SPACED_DASH.sub(" – ", line)
    return INNER_SPACES.sub(" ", line)


def normalise_line(line: str) -> str:
    """Normalise one line (no line breaks inside)."""
    return INNER_SPACES.sub(" ", _pair_single_quotes(_pair_quotes(_normalise_unquoted(line))))


def is_boilerplate(line: str) -> bool:
    lines, _ = _boilerplate()
    stripped = line.strip()
    return any(p.search(stripped) for p in lines)


def strip_boilerplate_suffix(line: str) -> str:
    """The line without the boilerplate suffixes at its end (matched on its last SUFFIX_WINDOW
    characters, so that a pattern never scans a whole overlong line), repeated until none is left."""
    _, suffixes = _boilerplate()
    while True:
        head, tail = line[:-SUFFIX_WINDOW], line[-SUFFIX_WINDOW:]
        for pattern in suffixes:
            tail = pattern.sub("", tail)
        if head + tail == line:
            return line
        line = head + tail


def normalise(text: str) -> str:
    """The canonical form of a document's text."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    kept: list[str] = []
    lines = []
    for raw_line in text.split("\n"):
        check()
        lines.append(_normalise_unquoted(raw_line))
    gallery = gallery_lines(lines)  # before the page numbers: a counter "2/5" is the gallery's
    lines = without_tail(without_pages([line for at, line in enumerate(lines) if at not in gallery]))
    menus = menu_lines(lines) | related_lists(lines)
    for at, line in enumerate(lines):
        if at in menus or line == RULE:
            continue
        if line.strip() and is_boilerplate(line):
            continue
        line = without_run_in_credit(strip_boilerplate_suffix(line))
        if line.strip() and is_boilerplate(line):
            continue
        if not line.strip():
            if kept and kept[-1] != "":
                kept.append("")
            continue
        kept.append(line)
    while kept and kept[-1] == "":
        kept.pop()
    kept = without_repeated_title(kept)
    kept = [INNER_SPACES.sub(" ", _pair_single_quotes(_pair_quotes(line))) for line in relayout(kept)]
    return "\n".join(kept) + ("\n" if kept else "")
