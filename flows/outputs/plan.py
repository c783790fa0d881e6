"""Which rows of a package a derived output can take from the published package's outputs.

A package the pipeline stages has an index (flows.published_index): for every document, in
file-name order, the digest of its rows and, per document table, how many rows it has and
where their lines are in the CSV file. Compared with the index of the published package it
says which documents' rows did not change. The SQLite build copies the rows of those documents
from the published database and reads only the others from the CSV files
(`table_segments`); the spreadsheet cuts each document table into chunks of documents and
reuses every chunk whose documents did not change (`table_chunks`). Tables without a `doc_id`
(persons, topics, changes) are read whole.
"""
from __future__ import annotations

import hashlib
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from flows.outputs.csv_read import Range
from flows.published_index import PublishedDoc, add_range

CHUNK_DOCUMENTS = 32  # a spreadsheet chunk ends after a document whose id hashes to 0 modulo this (on average)


@dataclass(frozen=True)
class Copy:
    """Rows taken from the previous database: its rowids first .. first + count - 1, in order."""

    first: int
    count: int


@dataclass(frozen=True)
class Read:
    """Rows read from the package's CSV file: these byte ranges (None: the whole file)."""

    ranges: tuple[Range, ...] | None
    count: int | None = None


Segment = Copy | Read


@dataclass(frozen=True)
class Previous:
    """The published package and its outputs, as far as they can be reused."""

    root: Path
    index: dict[str, PublishedDoc]  # by source file, in file-name order
    tables: frozenset[str]  # tables whose schema is the new package's: their old rows can be reused


def _merge(ranges: list[Range], new: list[Range]) -> None:
    for offset, length in new:
        add_range(ranges, offset, length)


def _with_rows(docs: list[PublishedDoc], table: str) -> Iterator[tuple[PublishedDoc, int]]:
    """The documents that have rows in `table`, in order, each with how many."""
    for doc in docs:
        count = doc.counts.get(table, 0)
        if count:
            yield doc, count


def table_segments(table: str, docs: list[PublishedDoc], previous: Previous | None) -> list[Segment]:
    """The rows of `table` in the order of the new package, as runs copied from the previous database
    (documents whose rows did not change) and runs read from the new CSV file (the others)."""
    if previous is None or table not in previous.tables:
        return [Read(None)]
    first: dict[str, int] = {}
    row = 1
    for old in previous.index.values():
        first[old.source_file] = row
        row += old.counts.get(table, 0)
    segments: list[Segment] = []
    for doc, count in _with_rows(docs, table):
        old = previous.index.get(doc.source_file)
        if old is not None and old.digest == doc.digest and old.counts.get(table, 0) == count:
            last = segments[-1] if segments else None
            if isinstance(last, Copy) and last.first + last.count == first[doc.source_file]:
                segments[-1] = Copy(last.first, last.count + count)
            else:
                segments.append(Copy(first[doc.source_file], count))
        else:
            last = segments[-1] if segments else None
            if isinstance(last, Read) and last.ranges is not None and last.count is not None:
                ranges = list(last.ranges)
                _merge(ranges, doc.ranges.get(table, []))
                segments[-1] = Read(tuple(ranges), last.count + count)
            else:
                ranges = []
                _merge(ranges, doc.ranges.get(table, []))
                segments.append(Read(tuple(ranges), count))
    return segments


def ends_chunk(doc_id: str) -> bool:
    """A document whose rows close a spreadsheet chunk: decided by its id alone, so an insertion or a
    removal elsewhere leaves every other chunk as it was."""
    return zlib.crc32(doc_id.encode("utf-8")) % CHUNK_DOCUMENTS == 0


@dataclass(frozen=True)
class Chunk:
    """Consecutive documents' rows of one table: how many, where they are in the CSV file, and a key
    that changes whenever one of their rows does."""

    key: str
    rows: int
    ranges: tuple[Range, ...]


def table_chunks(table: str, docs: list[PublishedDoc], salt: str) -> list[Chunk]:
    """`table`'s rows cut into chunks after every document that ends_chunk (documents without rows in
    the table are skipped); `salt` (the code version) goes into every key."""
    chunks: list[Chunk] = []
    digest, rows, ranges = hashlib.sha256(f"{salt}\n{table}\n".encode()), 0, []
    for doc, count in _with_rows(docs, table):
        digest.update(f"{doc.source_file}\n{doc.digest}\n".encode())
        rows += count
        _merge(ranges, doc.ranges.get(table, []))
        if ends_chunk(doc.doc_id):
            chunks.append(Chunk(digest.hexdigest(), rows, tuple(ranges)))
            digest, rows, ranges = hashlib.sha256(f"{salt}\n{table}\n".encode()), 0, []
    if rows:
        chunks.append(Chunk(digest.hexdigest(), rows, tuple(ranges)))
    return chunks
