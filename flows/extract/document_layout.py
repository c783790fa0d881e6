"""A document's layout, read once: its header and its signature, where the cues of its genre and
of its author stand.

Two passes read the layout, and only the layout: what the document is (`document_genre`: a
letter, a hearing response, a statement, a debate piece or a report) and who wrote it
(`authorship`: the organisation a talk, an opinion piece, a statement or a letter speaks for).
This module finds the lines they read, computed once per document (`context.analyse`), so both
read the same lines:

- `head`, `tail`: the text's first and last non-empty lines (`head_lines`, `tail_lines` in
  `data/document_genres.yaml`), where a reference line, a title or a salutation stands;
- `body_at`: the index in `head` of the first line of running prose (`body_line` in the same file: a
  full sentence of several words), `len(head)` when none: a title line stands above it, and a label
  line below it ("Uttalelse fra hovedstyret" after the report of a meeting) heads a section of the body;
- `talk_lines`: under a talk's header label ("TALENOTAT", "Innlegg ved ...") or near a talk note
  ("Det talte ord gjelder"), the lines that name the speaker;
- `bylines`: under an opinion marker ("DEBATT", "Kronikk"), the lines that may open with the
  author's name ("Av Kari Nordmann, styreleiar i ..."), with what follows them;
- `titles`: what a statement's or a letter's title line names as its sender, after
  "Høringssvar fra", "Fråsegn frå";
- `signed`: the lines right under a letter's closing formula ("Med vennlig hilsen"): those
  who sign it;
- `address`: the first block (a letter's address);
- `labels`: header lines with an own-voice label opening the line or a part of it after a separator
  ("KS – SNAKKEPUNKTER / INTERNT", "Talepunkter til møtet med ...");
- `memo`: the header's memo fields ("Til:", "Fra:", "Dato:", a delegation line "Fra KS: ...");
- `bullets`, `first_person`: how many list items the text has, and how many first-person plural
  words stand outside quotations (the signs `notes.py` weighs with the header's).

The cue words are data (`data/request_verbs.yaml`: talk labels, opinion markers, byline
openers, statement titles, closing formulas; `data/document_genres.yaml`: the genres' cues and the
own-voice labels and memo fields), read into one table of patterns (`PATTERNS`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from flows import lexicon
from flows.extract import talk_labels
from flows.model import Block

HEADER_BLOCKS = 3  # a talk's or statement's header lines stand in its first blocks
OPINION_BLOCKS = 8  # an opinion piece's marker and byline stand among its first blocks
SPEAKER_LINES = 4  # the speaker of a talk is named on its label line or within the lines after it
MAX_TITLE = 200  # longest header line ("Innlegg ved styreleder i KS, NN, på ...")
MAX_AUTHOR_LIST = 600  # longest byline listing several authors, each with a role, between semicolons
SIGNATURE_LINES = 12  # a letter's closing formula stands among its last lines
SIGNED_LINES = 4  # the organisation or the person signing stands right under the closing formula
COSIGNED_LINES = 8  # other organisations signing with it stand on the lines after
SIGNATURE_BYLINE = 2  # an opinion piece signed at its end: the author's name and role in its last block, one or two lines


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
    labels: tuple[str, ...] = ()  # header lines carrying an own-voice label ("KS – SNAKKEPUNKTER / INTERNT")
    memo: tuple[tuple[str, str], ...] = ()  # a memo block's (field, value) lines ("fra", "KS v/ NN"); "Fra KS:": ("party", "KS")
    bullets: int = 0  # list items in the whole text
    first_person: int = 0  # first-person plural words outside quotations (not in dash quotes, not in «»)
    body_at: int = 0  # index in `head` of the first line of running prose (len(head) when none)


# The layout's cue patterns, one table: name -> (the data file, a template). A template's "{key}" is the
# alternation of that file's word list `key` ("own_voice.labels": a list one level down); every pattern
# ignores case.
PATTERNS: dict[str, tuple[str, str]] = {
    "talk_label": ("request_verbs", r"^\W*(?:{talk_titles}|<talk_labels>)(?![\w-])"),  # "TALENOTAT", "Innlegg ved"
    "talk_note": ("request_verbs", r"^\W*(?:<talk_notes>)(?![\w-])"),  # "Det talte ord gjelder"
    "opinion": ("request_verbs", r"(?<![\w-])(?:{opinion_markers})(?![\w-])"),  # "DEBATT", "Kronikk"
    # an editorial's or a column's label, a line of its own ("LEIAR", "ORDFØRAREN HAR ORDET"; round 47)
    "opinion_label": ("document_genres", r"^[ \t]*(?:{opinion_labels})[ \t]*$"),
    "byline_opener": ("request_verbs", r"(?:{byline_openers})\s+"),  # "Av " before the author's name
    "statement_title": ("request_verbs", r"^\W*(?:{statement_titles})\s+(?:fra|frå)\s+"),  # "Høringssvar fra "
    "closing": ("request_verbs", r"(?:{closing_formulas})\s*[,.!]?"),  # "Med vennlig hilsen"
    "own_label": ("document_genres", r"^\W*(?:{own_voice.labels})(?![\w-])"),  # "SNAKKEPUNKTER", "Internt notat"
    "memo_field": ("document_genres", r"^(?:{own_voice.memo_fields})\s*:\s*(?=\S)"),  # "Til: ", "Utarbeidet av: "
    "party_field": ("document_genres", r"^(?:{own_voice.party_fields})\s+([^:]{1,60}?)\s*:\s*(?=\S)"),  # "Fra KS: "
    "mail_sender": ("document_genres", r"^\s*(?:{own_voice.mail_sender_fields})\s*:[ \t]*"),  # "Fra: " an e-mail's sender
    "mail_field": ("document_genres", r"^\s*(?:{own_voice.mail_fields})\s*:"),  # "Fra:", "Emne:" an e-mail's header
    "first_person": ("document_genres", r"(?<![\w-])(?:{own_voice.first_person})(?![\w-])"),  # "vi", "oss", "me"
    # a social media post's age under its writer's name ("Ordfører i Nordby · 4 t · 🌍", "3 d • Redigert •")
    "post_age": ("document_genres", r"(?m)(?:^|[ \t])[·•][ \t]*\d{1,2}[ \t]*(?:{post_age_units})[ \t]*(?:[·•]|$)"
                                    r"|^\d{1,2}[ \t]*(?:{post_age_units})[ \t]*[·•]"),
}
LABEL_SEPARATOR = re.compile(r"\s[–—-]\s|[|/:·›]")  # between a letterhead and a label ("KS – SNAKKEPUNKTER")
QUOTED = re.compile(r"«[^«»]*»")
META_SEPARATOR = re.compile(r"\s[|·•]\s+")  # between the parts of a header's meta line ("Publisert ... | NN, rolle")


def _list(data: dict, key: str) -> list[str]:
    for part in key.split("."):
        data = data[part]
    return list(data)  # type: ignore[arg-type]


@lru_cache(maxsize=None)
def pattern(name: str) -> re.Pattern[str]:
    """The compiled cue pattern `name` of `PATTERNS`, its word lists filled in from the data."""
    source, template = PATTERNS[name]
    data = lexicon.load(source)
    filled = re.sub(r"\{([\w.]+)\}", lambda m: lexicon.alternation(_list(data, m.group(1))), template)
    filled = filled.replace("<talk_labels>", talk_labels.header_pattern()).replace("<talk_notes>",
                                                                                   talk_labels.note_pattern())
    return re.compile(filled, re.IGNORECASE)


@lru_cache(maxsize=1)
def _body_line() -> tuple[int, re.Pattern[str]]:
    conf = lexicon.load("document_genres").get("body_line") or {}
    return int(conf.get("min_words", 10)), re.compile(str(conf.get("ends") or r"(?!x)x"))


def body_at(head: tuple[str, ...]) -> int:
    """The index of the first header line that is running prose: at least `body_line.min_words` words
    ending a sentence; the first line (the title) only when it holds two sentences or more (a text
    that opens with its lead)."""
    least, ends = _body_line()
    return next((i for i, line in enumerate(head) if len(line.split()) >= least and ends.search(line)
                 and (i > 0 or SENTENCE_BREAK.search(line))), len(head))


SENTENCE_BREAK = re.compile(r"[.!?»]\s+[A-ZÆØÅ«–-]")  # one sentence ends and another begins


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
    labels = [i for i, line in enumerate(lines) if pattern("talk_label").match(line) or pattern("talk_note").match(line)]
    if not labels:
        return ()
    first = labels[0] if pattern("talk_label").match(lines[labels[0]]) else max(0, labels[0] - SPEAKER_LINES)
    return tuple(lines[first:first + SPEAKER_LINES + 1])


def _bylines(blocks: tuple[Block, ...]) -> tuple[Byline, ...]:
    if not any(pattern("opinion").search(block.text) or pattern("opinion_label").search(block.text)
               or pattern("post_age").search(block.text) for block in blocks[:OPINION_BLOCKS]):
        return ()
    lines = block_lines(blocks[:OPINION_BLOCKS])
    out = []
    for i, (at, line) in enumerate(lines):
        opener = pattern("byline_opener").match(line)
        if len(line) > MAX_TITLE and not (opener and ";" in line and len(line) <= MAX_AUTHOR_LIST):
            continue  # a byline listing several authors ("Av NN, ordførar i A; NN2, ordførar i B; ...") is longer
        following = lines[i + 1][1] if i + 1 < len(lines) else None
        out.append(Byline(at, line, opener.end() if opener else 0, following))
        for part in META_SEPARATOR.finditer(line):  # "Publisert 27. november | NN, kommunedirektør i Nordby"
            rest = line[part.end():]
            opener = pattern("byline_opener").match(rest)
            out.append(Byline(at + part.end(), rest, opener.end() if opener else 0, following))
    signed = block_lines(blocks[-1:]) if len(blocks) > OPINION_BLOCKS else []
    if 1 <= len(signed) <= SIGNATURE_BYLINE and len(signed[0][1]) <= MAX_TITLE:  # a reader's letter signed at its end
        out.append(Byline(signed[0][0], signed[0][1], 0, signed[1][1] if len(signed) > 1 else None))
    return tuple(out)


def _titles(blocks: tuple[Block, ...]) -> tuple[str, ...]:
    out = []
    for _, line in block_lines(blocks[:HEADER_BLOCKS]):
        title = pattern("statement_title").match(line) if len(line) <= MAX_TITLE else None
        if title is not None:
            out.append(line[title.end():])
    return tuple(out)


def _signed(blocks: tuple[Block, ...]) -> tuple[str, ...]:
    lines = [line.strip() for _, line in block_lines(blocks[-SIGNATURE_LINES:]) if line.strip()][-SIGNATURE_LINES:]
    for i, line in enumerate(lines):
        if pattern("closing").fullmatch(line):
            return tuple(lines[i + 1:i + 1 + COSIGNED_LINES])
    return ()


def _labels(blocks: tuple[Block, ...]) -> tuple[str, ...]:
    """Header lines with an own-voice label opening the line or a part of it after a separator
    ("KS – SNAKKEPUNKTER / INTERNT", "Talepunkter til møtet med ...", "Internt notat")."""
    out = []
    for _, line in block_lines(blocks[:HEADER_BLOCKS]):
        if len(line) <= MAX_TITLE and any(pattern("own_label").match(part) for part in LABEL_SEPARATOR.split(line)):
            out.append(line.strip())
    return tuple(out)


def _memo(head: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """The memo block's "Field: value" lines among the header lines."""
    out = []
    for line in head:
        field = pattern("memo_field").match(line)
        if field is not None:
            out.append((" ".join(line[:field.end()].rstrip().rstrip(":").casefold().split()), line[field.end():]))
            continue
        party = pattern("party_field").match(line)
        if party is not None:
            out.append(("party", party.group(1)))
    return tuple(out)


def _first_person(blocks: tuple[Block, ...]) -> int:
    """First-person plural words outside quotations: not in a dash quotation's paragraph, not in «»."""
    return sum(len(pattern("first_person").findall(QUOTED.sub("", block.text))) for block in blocks
               if not (block.kind == "paragraph" and block.marker == "dash"))


def read_layout(text: str, blocks: tuple[Block, ...] = ()) -> Layout:
    """The layout of a document: its text and its blocks (without blocks: `head` and `tail` only)."""
    head_lines, tail_lines = _counts()
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return Layout(head=tuple(lines[:head_lines]), tail=tuple(lines[-tail_lines:]), body_at=body_at(tuple(lines[:head_lines])),
                  talk_lines=_talk_lines(blocks), bylines=_bylines(blocks), titles=_titles(blocks),
                  signed=_signed(blocks), address=blocks[0].text if blocks else "", labels=_labels(blocks),
                  memo=_memo(tuple(lines[:head_lines])), bullets=sum(1 for b in blocks if b.kind == "item"),
                  first_person=_first_person(blocks))
