"""Checks on each document's rows before they are assembled: a document that fails one is
set aside with its file name and the reason, and the others are published. The worker
computes a document's row problems with its shard (flows.shards); the assembly gives the
verdict on each shard in file-name order (flows.assemble, `Screen`).

- Its rows must pass the table sanity checks on their own (the schema's
  constraints on every value, unique keys, offsets that point at their text,
  topic codes, excerpts keeping the text's length) and stay under
  MAX_ROWS_PER_DOCUMENT per table.
- Its text must not be the text of another document: of two files with the same
  normalised text, the first by name is published, the other set aside as a duplicate.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from flows.model import Extraction, Quarantined
from flows.tables import build_tables
from flows.validate import (
    MAX_ROWS_PER_DOCUMENT,
    rows_per_document_problems,
    sanity_check_constraints,
    sanity_check_keys,
    sanity_check_offsets,
    sanity_check_texts,
    sanity_check_topic_lists,
)

__all__ = ["MAX_ROWS_PER_DOCUMENT", "Screen", "Screened", "document_problems", "row_problems", "screen", "text_key"]


@dataclass(frozen=True)
class Screened:
    kept: tuple[Extraction, ...]
    set_aside: tuple[Quarantined, ...]


def row_problems(tables: dict[str, list[dict[str, Any]]]) -> list[str]:
    """What is wrong with one document's rows (every table built from it alone) on their own."""
    rows = {t: r for t, r in tables.items() if t != "topics"}  # the topics are the same for every document
    return (sanity_check_constraints(rows) + sanity_check_keys(tables) + sanity_check_offsets(tables)
            + sanity_check_topic_lists(tables) + sanity_check_texts(tables) + rows_per_document_problems(tables))


def document_problems(extraction: Extraction) -> list[str]:
    """What is wrong with one document's rows on their own (empty when nothing is)."""
    return row_problems(build_tables([extraction]))


def text_key(text: str) -> str:
    """Two files with the same normalised text are duplicates."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Screen:
    """The verdict on each document in file-name order: kept, or the reason it is set aside."""

    def __init__(self) -> None:
        self.ids: dict[str, str] = {}
        self.texts: dict[str, str] = {}

    def verdict(self, name: str, doc_id: str, key: str, problems: list[str]) -> str | None:
        """None when the document is kept (and remembered), else why it is set aside."""
        if problems:
            more = f" (and {len(problems) - 1} more problem(s))" if len(problems) > 1 else ""
            return f"set aside: {problems[0]}{more}"
        if doc_id in self.ids:
            return f"same document id as {self.ids[doc_id]}; rename one of them"
        if key in self.texts:
            return f"duplicate: same text as {self.texts[key]}, which is published; remove one of the two files"
        self.ids[doc_id] = name
        self.texts[key] = name
        return None


def screen(extractions: list[Extraction]) -> Screened:
    """The extractions that may be published (in file-name order) and the documents set aside."""
    kept: list[Extraction] = []
    aside: list[Quarantined] = []
    verdicts = Screen()
    for ex in sorted(extractions, key=lambda e: e.document.source_file):
        name = ex.document.source_file
        reason = verdicts.verdict(name, ex.document.doc_id, text_key(ex.document.text), document_problems(ex))
        if reason is None:
            kept.append(ex)
        else:
            aside.append(Quarantined(name, reason))
    return Screened(tuple(kept), tuple(aside))
