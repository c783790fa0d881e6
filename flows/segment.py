"""Split a normalised text into blocks (headings, paragraphs, list items) and sentences.

A block is one logical line: a line that follows a non-empty line without a
marker of its own continues the block before it. Offsets stay exact: a block's
`text` is `document.text[start:end]`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows import lexicon
from flows.model import Block, Marker, Sentence

HEADING = re.compile(r"^(#{1,6})\s+")
MARKERS: tuple[tuple[Marker, re.Pattern[str]], ...] = (
    ("dash", re.compile(r"^– ")),
    ("bullet", re.compile(r"^[•●▪◦·*+] ?")),
    ("number", re.compile(r"^\d{1,2}[.)] (?=\S)")),
)
SENTENCE_FINAL = re.compile(r"[.!?»]$")
TERMINAL = re.compile(r"[.!?:;»)\]]$")
SENTENCE_END = re.compile(r"[.!?]+[»)]?(?=\s+[«(–\"']?[A-ZÆØÅ0-9]|\s*$)")
MAX_HEADING_WORDS = 12


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return lexicon.words("abbreviations")


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the '.' at `dot` ends an abbreviation or an ordinal, not a sentence."""
    match = re.search(r"(\S+)$", text[:dot])
    if not match:
        return False
    token = match.group(1).casefold().lstrip("(«")
    if re.fullmatch(r"\d{1,2}", token):  # ordinals: "3. desember", "2. nestleder"
        return True
    return token + "." in _abbreviations() or (len(token) == 1 and token.isalpha())


def split_sentences(text: str, offset: int = 0) -> tuple[Sentence, ...]:
    """Sentences of one block with offsets shifted by `offset`."""
    sentences: list[Sentence] = []
    start = 0
    for match in SENTENCE_END.finditer(text):
        end = match.end()
        if text[match.start()] == "." and match.end() - match.start() == 1 and _is_abbreviation(text, match.start()):
            if end < len(text.rstrip()):
                continue
        piece = text[start:end]
        lead = len(piece) - len(piece.lstrip())
        if piece.strip():
            sentences.append(Sentence(offset + start + lead, offset + end, piece.strip()))
        start = end
    rest = text[start:]
    if rest.strip():
        lead = len(rest) - len(rest.lstrip())
        sentences.append(Sentence(offset + start + lead, offset + start + len(rest.rstrip()), rest.strip()))
    return tuple(sentences)


def _marker(line: str) -> tuple[Marker, int]:
    for name, pattern in MARKERS:
        match = pattern.match(line)
        if match:
            return name, match.end()
    return "", 0


def _looks_like_heading(text: str, blank_before: bool, blank_after: bool) -> bool:
    words = text.split()
    return (
        blank_before
        and blank_after
        and 0 < len(words) <= MAX_HEADING_WORDS
        and not TERMINAL.search(text)
        and text[0].isupper()
    )


def segment(text: str) -> tuple[Block, ...]:
    """Blocks of a normalised text, in order."""
    raw: list[dict] = []
    pos = 0
    prev_blank = True
    for line in text.split("\n"):
        line_start = pos
        pos += len(line) + 1
        if not line.strip():
            prev_blank = True
            continue
        indent = len(line) - len(line.lstrip(" "))
        body = line[indent:]
        heading = HEADING.match(body)
        marker, skip = ("", 0) if heading else _marker(body)
        continues = (raw and not prev_blank and not heading and not marker and raw[-1]["kind"] != "heading"
                     and not (SENTENCE_FINAL.search(text[raw[-1]["start"]:raw[-1]["end"]]) and body[:1].isupper()))
        if continues:
            raw[-1]["end"] = line_start + len(line.rstrip())
        else:
            skip = heading.end() if heading else skip
            raw.append({
                "kind": "heading" if heading else ("item" if marker else "paragraph"),
                "marker": marker,
                "level": len(heading.group(1)) if heading else indent // 2,
                "start": line_start + indent + skip,
                "end": line_start + len(line.rstrip()),
                "blank_before": prev_blank,
            })
        prev_blank = False
    blocks: list[Block] = []
    section = 0
    for i, item in enumerate(raw):
        body = text[item["start"]:item["end"]]
        blank_after = i + 1 == len(raw) or raw[i + 1]["blank_before"]
        kind = item["kind"]
        if kind == "paragraph" and _looks_like_heading(body, item["blank_before"], blank_after):
            kind = "heading"
        if kind == "heading" and blocks:
            section += 1
        blocks.append(Block(
            index=i,
            kind=kind,
            marker=item["marker"],
            level=item["level"],
            start=item["start"],
            end=item["end"],
            text=body,
            section=section,
            sentences=split_sentences(body, item["start"]),
            blank_before=item["blank_before"],
        ))
    return tuple(blocks)
