"""Checks on each document's extraction before the tables are built: a document that
fails one is set aside with its file name and the reason, and the others are published.

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

__all__ = ["MAX_ROWS_PER_DOCUMENT", "Screened", "document_problems", "screen"]


@dataclass(frozen=True)
class Screened:
    kept: tuple[Extraction, ...]
    set_aside: tuple[Quarantined, ...]


def document_problems(extraction: Extraction) -> list[str]:
    """What is wrong with one document's rows on their own (empty when nothing is)."""
    tables = build_tables([extraction])
    rows = {t: r for t, r in tables.items() if t != "topics"}  # the topics are the same for every document
    return (sanity_check_constraints(rows) + sanity_check_keys(tables) + sanity_check_offsets(tables)
            + sanity_check_topic_lists(tables) + sanity_check_texts(tables) + rows_per_document_problems(tables))


def _text_key(extraction: Extraction) -> str:
    return hashlib.sha256(extraction.document.text.encode("utf-8")).hexdigest()


def screen(extractions: list[Extraction]) -> Screened:
    """The extractions that may be published (in file-name order) and the documents set aside."""
    kept: list[Extraction] = []
    aside: list[Quarantined] = []
    ids: dict[str, str] = {}
    texts: dict[str, str] = {}
    for ex in sorted(extractions, key=lambda e: e.document.source_file):
        name = ex.document.source_file
        problems = document_problems(ex)
        if problems:
            more = f" (and {len(problems) - 1} more problem(s))" if len(problems) > 1 else ""
            aside.append(Quarantined(name, f"set aside: {problems[0]}{more}"))
            continue
        if ex.document.doc_id in ids:
            aside.append(Quarantined(name, f"same document id as {ids[ex.document.doc_id]}; rename one of them"))
            continue
        key = _text_key(ex)
        if key in texts:
            aside.append(Quarantined(name, f"duplicate: same text as {texts[key]}, which is published; "
                                           "remove one of the two files"))
            continue
        ids[ex.document.doc_id] = name
        texts[key] = name
        kept.append(ex)
    return Screened(tuple(kept), tuple(aside))
