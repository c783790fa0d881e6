"""Split a normalised text into blocks (headings, paragraphs, list items) and sentences.

A block is one logical line: a line that follows a non-empty line without a
marker of its own continues the block before it. Offsets stay exact: a block's
`text` is `document.text[start:end]`.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NotRequired, TypedDict

from flows import lexicon
from flows.budget import MAX_SENTENCE_CHARS, check
from flows.model import Block, BlockKind, Marker, Sentence

HEADING = re.compile(r"^(#{1,6})\s+")
MARKERS: tuple[tuple[Marker, re.Pattern[str]], ...] = (
    ("dash", re.compile(r"^– ")),
    ("bullet", re.compile(r"^[•●▪◦·*+] ?")),
    ("number", re.compile(r"^(?:\d{1,2}[.)]|[a-h]\)) (?=\S)")),  # "1. ", "2) ", a letter item "a) "
)
SENTENCE_FINAL_CHARS = ".!?»"
TERMINAL = re.compile(r"[.!?:;»)\]]$")
# Possessive and anchored at the start of a run of marks, so a run of 100,000 dots is one attempt.
SENTENCE_END = re.compile(r"(?<![.!?])[.!?]++[»)]?(?=\s+[«(–\"']?[A-ZÆØÅ0-9]|\s*$)")
LAST_TOKEN = re.compile(r"\S+$")
TOKEN_WINDOW = 40  # an abbreviation or ordinal before a '.' is shorter than this
MAX_HEADING_WORDS = 12
GLUED_HEADING_WORDS = 10  # a subheading set on the line right above its paragraph is this short
BODY_LINE_WORDS = 6  # ... and the line under it a whole sentence of at least this many words
BODY_LINE = re.compile(r"^[«\"]?[A-ZÆØÅ].*[.!?»]$")
WRAPPED_LINE = re.compile(r"[\wæøå,]\n[a-zæøå]")  # a line broken inside a sentence: the text is hard-wrapped
WRAPPED_LINES = 2  # ... this many times or more: no short line in it is a subheading that lost its blank line
# a broadcast transcript's label in capitals for its host or reporter opening a paragraph ("REPORTER:",
# "PROGRAMLEIAR:"; `transcripts.hosts` in speech_verbs.yaml): the writer's narration follows
CAPS_LABEL = re.compile(r"^(([A-ZÆØÅ]{2,}):)[ \t]+(?=\S)")
CLOCK_LINE = re.compile(r"^(?:[Kk]l\.?\s*)?\d{1,2}[.:]\d{2}$")  # a live report's entry time ("10.20", "kl. 10:20")


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return lexicon.words("abbreviations")


@lru_cache(maxsize=1)
def _name_initials() -> frozenset[str]:
    """Initials of several letters inside a name ("Kari Aa. Dal"), as written (`name_initials.yaml`)."""
    return frozenset(str(w) for w in lexicon.load("name_initials"))


@lru_cache(maxsize=1)
def host_words() -> frozenset[str]:
    """The words for a programme's host or reporter (`transcripts.hosts` in speech_verbs.yaml), casefolded; the
    transcript reader (`extract.interview_turns`) reads them from here too."""
    return frozenset(str(w).casefold() for w in lexicon.load("speech_verbs")["transcripts"]["hosts"])


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the '.' at `dot` ends an abbreviation or an ordinal, not a sentence."""
    match = LAST_TOKEN.search(text[max(0, dot - TOKEN_WINDOW):dot])
    if not match:
        return False
    if match.group(0) in _name_initials() and re.match(r"\s[A-ZÆØÅ]", text[dot + 1:dot + 3]):
        return True  # "Kari Aa. Dal": a middle initial between two name words
    token = match.group(0).casefold().lstrip("(«")
    if re.fullmatch(r"\d{1,2}", token):  # ordinals: "3. desember", "2. nestleder"
        return True
    return token + "." in _abbreviations() or (len(token) == 1 and token.isalpha())


def _cut(sentence: Sentence) -> list[Sentence]:
    """A sentence longer than MAX_SENTENCE_CHARS as pieces of at most that length, cut after a space
    where there is one, so that every rule matches on a bounded text (offsets stay exact)."""
    if len(sentence.text) <= MAX_SENTENCE_CHARS:
        return [sentence]
    pieces, text, at = [], sentence.text, 0
    while at < len(text):
        end = min(at + MAX_SENTENCE_CHARS, len(text))
        if end < len(text):
            space = text.rfind(" ", at + 1, end)
            end = space if space > at else end
        piece = text[at:end]
        stripped = piece.strip()
        if stripped:
            lead = len(piece) - len(piece.lstrip())
            start = sentence.start + at + lead
            pieces.append(Sentence(start, start + len(stripped), stripped))
        at = end
    return pieces


def split_sentences(text: str, offset: int = 0) -> tuple[Sentence, ...]:
    """Sentences of one block with offsets shifted by `offset` (overlong ones cut, see `_cut`)."""
    sentences: list[Sentence] = []
    start = 0
    content_end = len(text.rstrip())
    label = CAPS_LABEL.match(text)
    if label is not None and label.group(2).casefold() in host_words() and SENTENCE_END.search(text, label.end()):
        # "REPORTER: Regionrådet vil at ...": the host's or reporter's label is no part of the sentence
        sentences.append(Sentence(offset, offset + label.end(1), label.group(1)))
        start = label.end()
    for match in SENTENCE_END.finditer(text):
        end = match.end()
        if text[match.start()] == "." and match.end() - match.start() == 1 and _is_abbreviation(text, match.start()):
            if end < content_end:
                continue
        piece = text[start:end]
        lead = len(piece) - len(piece.lstrip())
        if piece.strip():
            sentences += _cut(Sentence(offset + start + lead, offset + end, piece.strip()))
        start = end
    rest = text[start:]
    if rest.strip():
        lead = len(rest) - len(rest.lstrip())
        sentences += _cut(Sentence(offset + start + lead, offset + start + len(rest.rstrip()), rest.strip()))
    return tuple(sentences)


@lru_cache(maxsize=1)
def _month_after_number() -> re.Pattern[str]:
    """A day and a month ("4. mars", "12. okt."): a date line, not item 4 of a numbered list."""
    months = sorted(lexicon.load("date_words")["months"], key=len, reverse=True)
    return re.compile(r"^\d{1,2}\. (?:" + "|".join(re.escape(str(m)) for m in months) + r")(?![\w])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _ordinal_role() -> re.Pattern[str]:
    """An ordinal before a deputy role ("1. nestleder", "2. nestleiar i KS"): a sentence naming a
    person, not item 1 of a numbered list (`deputy_prefixes` in roles.yaml)."""
    prefixes = [str(p) for p in lexicon.load("roles")["deputy_prefixes"] if str(p)[:1].isdigit()]
    return re.compile(r"^(?:" + "|".join(re.escape(p) for p in prefixes) + r")[a-zæøå]", re.IGNORECASE)


def _marker(line: str) -> tuple[Marker, int]:
    for name, pattern in MARKERS:
        match = pattern.match(line)
        if match:
            if name == "number" and (_month_after_number().match(line) or _ordinal_role().match(line)):
                return "", 0
            return name, match.end()
    return "", 0


@lru_cache(maxsize=1)
def _credited() -> re.Pattern[str]:
    """A sentence closed by a photo or text credit ("Fra møtet. Foto: NN / NTB"): a caption, no heading
    (`credit_cues` in roles.yaml)."""
    cues = "|".join(re.escape(str(c)) for c in sorted(lexicon.load("roles")["credit_cues"], key=len, reverse=True))
    return re.compile(rf"[.!?»]\s+\(?(?:{cues})\s*:[^.!?()]{{1,80}}\)?\s*$", re.IGNORECASE)


def _looks_like_heading(text: str, blank_before: bool, blank_after: bool) -> bool:
    words = text.split()
    return (
        blank_before
        and blank_after
        and 0 < len(words) <= MAX_HEADING_WORDS
        and not TERMINAL.search(text)
        and text[0].isupper()
        and not (":" in text and _credited().search(text))
    )


class _Line(TypedDict):
    """A block as the first pass finds it (lines joined into paragraphs), before headings are decided."""

    kind: BlockKind
    marker: Marker       # a list item's marker, else ""
    level: int
    start: int
    end: int
    blank_before: bool
    subheading: NotRequired[bool]  # a short line glued over its paragraph (`_glued_subheading`)


@lru_cache(maxsize=1)
def _not_subheadings() -> re.Pattern[str]:
    """Labels of a line that is no subheading though it stands short over a paragraph: a credit or a
    contact ("Foto: NN", "Kontakt: ...": `glued_heading_exceptions` in roles.yaml)."""
    labels = "|".join(re.escape(str(c)) for c in lexicon.load("roles")["glued_heading_exceptions"])
    return re.compile(rf"^(?:{labels})\b", re.IGNORECASE)


def _glued_subheading(previous: _Line, text: str, body: str) -> bool:
    """A web page's subheading that lost the blank line under it ("Legeforeningen reagerer" right above
    "Også legene er kritiske. ..."), or a live report's entry time ("10.20" over the entry): the block so far
    is one short line after a blank line, without a sentence's closing mark, and the line under it is a
    whole sentence of its own; the two are a heading and a paragraph, not one paragraph. Not in a hard-wrapped
    text (`WRAPPED_LINE`), where such a line is a sentence's first part."""
    head = text[previous["start"]:previous["end"]]
    return (previous["blank_before"] and previous["kind"] == "paragraph" and "\n" not in head
            and 0 < len(head.split()) <= GLUED_HEADING_WORDS and (head[:1].isupper() or bool(CLOCK_LINE.match(head)))
            and not TERMINAL.search(head) and not head.endswith(",")
            and bool(BODY_LINE.match(body.rstrip())) and len(body.split()) >= BODY_LINE_WORDS
            and not _not_subheadings().match(head))


def segment(text: str) -> tuple[Block, ...]:
    """Blocks of a normalised text, in order."""
    raw: list[_Line] = []
    pos = 0
    prev_blank = True
    wrapped = len(WRAPPED_LINE.findall(text, 0, 20_000)) >= WRAPPED_LINES
    for line in text.split("\n"):
        check()
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
                     and not (text[raw[-1]["end"] - 1] in SENTENCE_FINAL_CHARS and body[:1].isupper()))
        if continues and not wrapped and _glued_subheading(raw[-1], text, body):
            raw[-1]["subheading"] = True
            continues = False
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
        check()
        body = text[item["start"]:item["end"]]
        blank_after = i + 1 == len(raw) or raw[i + 1]["blank_before"]
        kind = item["kind"]
        if kind == "paragraph" and (item.get("subheading")
                                    or _looks_like_heading(body, item["blank_before"], blank_after)):
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
