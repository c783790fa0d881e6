"""Text normalisation: one canonical text per document that every offset points into.

- Unicode NFC; zero-width characters and soft hyphens removed.
- Whitespace: NBSP and other spaces become a plain space, runs of spaces fold to
  one (leading indentation of list items is kept), trailing spaces go, line ends
  become "\\n", runs of blank lines fold to one.
- Dashes: a line that opens with any dash (hyphen, en, em, minus, with or
  without a space) opens with "– "; a spaced hyphen used as a dash inside a line
  becomes " – ". Hyphens inside or at the end of words ("helse- og") are kept.
- Quotes: typographic and straight double quotes become «» (paired per line);
  markdown emphasis markers (*, _) are dropped.
- Boilerplate lines and suffixes listed in `data/boilerplate.yaml` are dropped
  as whole lines, so the paragraphs around them keep their shape.
Markdown headings ("# ...") stay headings.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from flows import lexicon

ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
SPACES = re.compile("[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
LEADING_DASH = re.compile(rf"^(\s*)[{DASHES}](?![{DASHES}])\s*(?=\S)")
SPACED_DASH = re.compile(rf"(?<=\S) [{DASHES}] (?=\S)")
DOUBLE_QUOTES = re.compile("[\"\u201c\u201d\u201e\u201f\u2033]")
EMPHASIS = re.compile(r"(?<![\w*])([*_]{1,2})(?=\S)(.+?)(?<=\S)\1(?![\w*])")
INNER_SPACES = re.compile(r"(?<=\S) {2,}")


@lru_cache(maxsize=1)
def _boilerplate() -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]:
    data = lexicon.load("boilerplate")
    lines = tuple(re.compile(p, re.IGNORECASE) for p in data.get("line", []))
    suffixes = tuple(re.compile(p, re.IGNORECASE) for p in data.get("suffix", []))
    return lines, suffixes


def _pair_quotes(line: str) -> str:
    """Turn double quotes into «» by position: opening before a word, closing after."""
    if not DOUBLE_QUOTES.search(line):
        return line
    out: list[str] = []
    open_ = False
    for i, ch in enumerate(line):
        if DOUBLE_QUOTES.fullmatch(ch):
            before = line[i - 1] if i else " "
            if ch == "\u201c" or ch == "\u201e":
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


def normalise_line(line: str) -> str:
    """Normalise one line (no line breaks inside)."""
    line = SPACES.sub(" ", ZERO_WIDTH.sub("", line)).rstrip()
    while True:  # emphasis may hide a leading dash ("*-a*"), and a dash emphasis ("*-*a**"): to a fixed point
        unified = LEADING_DASH.sub(lambda m: f"{m.group(1)}– ", EMPHASIS.sub(r"\2", line))
        if unified == line:
            break
        line = unified
    line = SPACED_DASH.sub(" – ", line)
    line = _pair_quotes(line)
    return INNER_SPACES.sub(" ", line)


def is_boilerplate(line: str) -> bool:
    lines, _ = _boilerplate()
    stripped = line.strip()
    return any(p.search(stripped) for p in lines)


def strip_boilerplate_suffix(line: str) -> str:
    _, suffixes = _boilerplate()
    for pattern in suffixes:
        line = pattern.sub("", line)
    return line


def normalise(text: str) -> str:
    """The canonical form of a document's text."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    kept: list[str] = []
    for raw_line in text.split("\n"):
        line = normalise_line(raw_line)
        if line.strip() and is_boilerplate(line):
            continue
        line = strip_boilerplate_suffix(line)
        if not line.strip():
            if kept and kept[-1] != "":
                kept.append("")
            continue
        kept.append(line)
    while kept and kept[-1] == "":
        kept.pop()
    return "\n".join(kept) + ("\n" if kept else "")
