"""A document's layout, read once: its header and its signature, where the cues of its genre and
of its author stand.

Two passes read the layout, and only the layout: what the document is (`document_genre`: a
letter, a hearing response, a statement, a debate piece or a report) and who wrote it
(`authorship`: the organisation a talk, an opinion piece, a statement or a letter speaks for).
This module finds the lines they read, computed once per document (`context.analyse`), so both
read the same lines:

- `head`, `tail`: the text's first and last non-empty lines (`head_lines`, `tail_lines` in
  `data/document_genres.yaml`), where a reference line, a title or a salutation stands;
- `talk_lines`: under a talk's header label ("TALENOTAT", "Innlegg ved ...") or near a talk note
  ("Det talte ord gjelder"), the lines that name the speaker;
- `bylines`: under an opinion marker ("DEBATT", "Kronikk"), the lines that may open with the
  author's name ("Av Kari Nordmann, styreleiar i ..."), with what follows them;
- `titles`: what a statement's or a letter's title line names as its sender, after
  "Høringssvar fra", "Fråsegn frå";
- `signed`: the lines right under a letter's closing formula ("Med vennlig hilsen"): those
  who sign it;
- `address`: the first block (a letter's address).

The cue words are data (`data/request_verbs.yaml`: talk labels, opinion markers, byline
openers, statement titles, closing formulas; `data/document_genres.yaml`: the genres' cues).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from flows import lexicon
from flows.model import Block

HEADER_BLOCKS = 3  # a talk's or statement's header lines stand in its first blocks
OPINION_BLOCKS = 8  # an opinion piece's marker and byline stand among its first blocks
SPEAKER_LINES = 4  # the speaker of a talk is named on its label line or within the lines after it
MAX_TITLE = 200  # longest header line ("Innlegg ved styreleder i KS, NN, på ...")
SIGNATURE_LINES = 12  # a letter's closing formula stands among its last lines
SIGNED_LINES = 4  # the organisation or the person signing stands right under the closing formula
COSIGNED_LINES = 8  # other organisations signing with it stand on the lines after


@dataclass(frozen=True)
class Byline:
    """A line that may open with an opinion piece's author: its document offset, its text, where the
    name starts (after "Av ", else 0) and the line after it (the role written on a line of its own)."""

    at: int
    text: str
    skip: int
    next_line: str | None


@dataclass(frozen=True)
class Layout:
    """Where a document's genre and author cues stand (see the module docstring)."""

    head: tuple[str, ...] = ()
    tail: tuple[str, ...] = ()
    talk_lines: tuple[str, ...] = ()
    bylines: tuple[Byline, ...] = ()
    titles: tuple[str, ...] = ()
    signed: tuple[str, ...] = ()
    address: str = ""


def _words(key: str) -> str:
    return lexicon.alternation(lexicon.load("request_verbs")[key])


@lru_cache(maxsize=1)
def _talk_label() -> re.Pattern[str]:
    return re.compile(rf"^\W*(?:{_words('talk_titles')}|{_words('talk_labels')})(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _talk_note() -> re.Pattern[str]:
    return re.compile(rf"^\W*(?:{_words('talk_note_markers')})(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _opinion() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{_words('opinion_markers')})(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _byline_opener() -> re.Pattern[str]:
    return re.compile(rf"(?:{_words('byline_openers')})\s+", re.IGNORECASE)


@lru_cache(maxsize=1)
def _statement_title() -> re.Pattern[str]:
    return re.compile(rf"^\W*(?:{_words('statement_titles')})\s+(?:fra|frå)\s+", re.IGNORECASE)


@lru_cache(maxsize=1)
def _closing() -> re.Pattern[str]:
    return re.compile(rf"(?:{_words('closing_formulas')})\s*[,.!]?", re.IGNORECASE)


@lru_cache(maxsize=1)
def _counts() -> tuple[int, int]:
    conf = lexicon.load("document_genres")
    return int(conf.get("head_lines", 14)), int(conf.get("tail_lines", 12))


def block_lines(blocks: tuple[Block, ...]) -> list[tuple[int, str]]:
    """(document offset, text) of every line of the blocks."""
    out: list[tuple[int, str]] = []
    for block in blocks:
        at = block.start
        for line in block.text.split("\n"):
            out.append((at, line))
            at += len(line) + 1
    return out


def _talk_lines(blocks: tuple[Block, ...]) -> tuple[str, ...]:
    lines = [line for _, line in block_lines(blocks[:HEADER_BLOCKS]) if len(line) <= MAX_TITLE]
    labels = [i for i, line in enumerate(lines) if _talk_label().match(line) or _talk_note().match(line)]
    if not labels:
        return ()
    first = labels[0] if _talk_label().match(lines[labels[0]]) else max(0, labels[0] - SPEAKER_LINES)
    return tuple(lines[first:first + SPEAKER_LINES + 1])


def _bylines(blocks: tuple[Block, ...]) -> tuple[Byline, ...]:
    if not any(_opinion().search(block.text) for block in blocks[:OPINION_BLOCKS]):
        return ()
    lines = block_lines(blocks[:OPINION_BLOCKS])
    out = []
    for i, (at, line) in enumerate(lines):
        if len(line) > MAX_TITLE:
            continue
        opener = _byline_opener().match(line)
        out.append(Byline(at, line, opener.end() if opener else 0, lines[i + 1][1] if i + 1 < len(lines) else None))
    return tuple(out)


def _titles(blocks: tuple[Block, ...]) -> tuple[str, ...]:
    out = []
    for _, line in block_lines(blocks[:HEADER_BLOCKS]):
        title = _statement_title().match(line) if len(line) <= MAX_TITLE else None
        if title is not None:
            out.append(line[title.end():])
    return tuple(out)


def _signed(blocks: tuple[Block, ...]) -> tuple[str, ...]:
    lines = [line.strip() for _, line in block_lines(blocks[-SIGNATURE_LINES:]) if line.strip()][-SIGNATURE_LINES:]
    for i, line in enumerate(lines):
        if _closing().fullmatch(line):
            return tuple(lines[i + 1:i + 1 + COSIGNED_LINES])
    return ()


def read_layout(text: str, blocks: tuple[Block, ...] = ()) -> Layout:
    """The layout of a document: its text and its blocks (without blocks: `head` and `tail` only)."""
    head_lines, tail_lines = _counts()
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return Layout(head=tuple(lines[:head_lines]), tail=tuple(lines[-tail_lines:]),
                  talk_lines=_talk_lines(blocks), bylines=_bylines(blocks), titles=_titles(blocks),
                  signed=_signed(blocks), address=blocks[0].text if blocks else "")
