"""Plain records passed between stages.

Every stage is a pure function from these records to these records; nothing
here knows about Prefect, pandas or files. Offsets (`start`, `end`) are always
character offsets into `Document.text`, the normalised text, end-exclusive.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

BlockKind = Literal["heading", "paragraph", "item"]
Marker = Literal["dash", "bullet", "number", ""]


@dataclass(frozen=True)
class Metadata:
    """Optional sidecar `raw/<name>.meta.json` (written by the fetch stage or by hand)."""

    url: str | None = None
    title: str | None = None
    published: date | None = None
    publisher: str | None = None
    language: str | None = None
    accessed: date | None = None  # when the text was retrieved (the fetch stage's fetched_at)
    license: str | None = None  # overrides the publisher's licence from metadata/licenses.yaml
    note: str | None = None  # what is known and not known of the text's provenance


@dataclass(frozen=True)
class Document:
    doc_id: str
    source_file: str
    sha256: str
    encoding: str  # utf-8, utf-8-sig or cp1252
    text: str  # the normalised text every offset points into
    language: str  # nb or nn
    meta: Metadata = field(default_factory=Metadata)
    title: str | None = None


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Block:
    """A logical line of the text: a heading, a paragraph or a list item.

    `text` is the block without its marker ("- ", "• ", "# "); `start` points at
    the first character of `text`. `marker` tells how the line opened, `level`
    is the heading level or the list indentation, `section` counts headings
    seen before the block (blocks under the same heading share a section).
    """

    index: int
    kind: BlockKind
    marker: Marker
    level: int
    start: int
    end: int
    text: str
    section: int
    sentences: tuple[Sentence, ...] = ()
    blank_before: bool = True  # preceded by an empty line (or start of text)


@dataclass(frozen=True)
class Mention:
    """A person as the text names them, resolved to the document's full name."""

    name: str
    role: str | None = None
    organisation: str | None = None


@dataclass(frozen=True)
class Statement:
    kind: Literal["direct", "indirect"]
    speaker: Mention
    text: str
    start: int
    end: int
    rule: str
    block: int  # Block.index the statement starts in


@dataclass(frozen=True)
class Demand:
    claimant: str
    addressee: str | None
    text: str
    topic: str
    in_quote: bool
    start: int
    end: int
    rule: str
    statement: tuple[int, int] | None = None  # (start, end) of the enclosing statement


@dataclass(frozen=True)
class DateInfo:
    text: str | None = None
    year: int | None = None
    month: int | None = None
    day: int | None = None
    source: Literal["text", "metadata"] | None = None
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class Meeting:
    meeting_type: str
    date: DateInfo
    counterpart: str | None
    topics: tuple[str, ...]
    participants: tuple[Mention, ...]
    rule: str
    evidence_start: int | None = None
    evidence_end: int | None = None


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one document."""

    document: Document
    meeting: Meeting | None
    statements: tuple[Statement, ...]
    demands: tuple[Demand, ...]


@dataclass(frozen=True)
class Quarantined:
    source_file: str
    reason: str
