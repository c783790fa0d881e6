"""A spreadsheet's table rows as compressed pieces, by chunks of documents (flows.outputs.spreadsheet).

A document table's rows are cut into chunks (flows.outputs.plan.table_chunks); each chunk is
the SpreadsheetML of its rows (flows.outputs.sheet_xml) deflated on its own
(flows.outputs.zipstream). A chunk whose key the previous spreadsheet's state lists is copied
from that file as it is; runs of other chunks are read together from their lines in the CSV
file. Tables without documents are read whole, a piece per Arrow batch.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import numpy as np

from flows.outputs import plan, zipstream
from flows.outputs.csv_read import Range
from flows.outputs.package import Package, Table
from flows.outputs.sheet_xml import Styles, concatenated, rows_xml

StateChunk = list[Any]  # [key, offset, compressed bytes, raw bytes, crc32, neutralised cells, cut cells]


@dataclass(frozen=True)
class Reusable:
    """The previous spreadsheet and where its chunks are (flows.outputs.state), by table and key."""

    path: Path
    chunks: dict[str, dict[str, StateChunk]]


@dataclass
class Rows:
    """A table's rows as compressed pieces, with their chunk keys and counts."""

    pieces: list[zipstream.Piece] = field(default_factory=list)
    keys: list[str | None] = field(default_factory=list)
    neutralised: list[int] = field(default_factory=list)
    cut: list[int] = field(default_factory=list)
    rows: int = 0
    reused: int = 0  # pieces copied from the previous file


def _row_xml(table: Table, styles: Styles, ranges: Sequence[Range] | None) -> Iterator[tuple[Any, np.ndarray, np.ndarray]]:
    for batch in table.batches(ranges=ranges):
        yield rows_xml(batch, table.fields, styles, table.resource["path"])


def _cut(stream: Iterator[tuple[Any, np.ndarray, np.ndarray]], sizes: Sequence[int]
         ) -> Iterator[tuple[bytes, int, int]]:
    """The rows of `stream` cut into pieces of `sizes` rows: (XML, cells made safe, cells cut) per piece."""
    sizes = list(sizes)
    parts: list[bytes] = []
    need, neutralised, cut, at = (sizes[0] if sizes else 0), 0, 0, 0
    for rows, safe, long in stream:
        start = 0
        while start < len(rows):
            if at >= len(sizes):
                raise ValueError(f"the CSV file has more rows than its index says ({sum(sizes)})")
            take = min(need, len(rows) - start)
            parts.append(concatenated(rows, start, start + take))
            neutralised += int(safe[start:start + take].sum())
            cut += int(long[start:start + take].sum())
            start, need = start + take, need - take
            if need == 0:
                yield b"".join(parts), neutralised, cut
                parts, neutralised, cut, at = [], 0, 0, at + 1
                need = sizes[at] if at < len(sizes) else 0
    if at < len(sizes):
        raise ValueError(f"the CSV file has fewer rows than its index says ({sum(sizes)})")


def chunked_rows(table: Table, styles: Styles, chunks: list[plan.Chunk], reusable: Reusable | None,
                  old: BinaryIO | None, whole: bool) -> Rows:
    """A document table's rows, chunk by chunk: copied from the previous file when its key is there, else
    computed from the CSV lines of the chunk (runs of such chunks read together; `whole`: the whole file)."""
    out = Rows()
    known = reusable.chunks.get(table.name, {}) if reusable else {}
    i = 0
    while i < len(chunks):
        found = known.get(chunks[i].key)
        if found is not None and old is not None:
            _, offset, size, raw, crc, neutralised, cut = found
            old.seek(offset)
            data = old.read(size)
            if len(data) != size:
                raise ValueError(f"{reusable.path if reusable else 'the previous spreadsheet'} ends before the chunk "
                                 f"its state puts at byte {offset}")
            out.pieces.append(zipstream.Piece(data, raw, crc))
            out.keys.append(chunks[i].key)
            out.neutralised.append(neutralised)
            out.cut.append(cut)
            out.rows += chunks[i].rows
            out.reused += 1
            i += 1
            continue
        j = i
        while j < len(chunks) and known.get(chunks[j].key) is None:
            j += 1
        run = chunks[i:j]
        everything = whole and i == 0 and j == len(chunks)  # the index accounts for every row: read the file
        ranges: list[Range] | None = None if everything else [r for c in run for r in c.ranges]
        for chunk, (xml, neutralised, cut) in zip(run, _cut(_row_xml(table, styles, ranges), [c.rows for c in run])):
            out.pieces.append(zipstream.compress(xml))
            out.keys.append(chunk.key)
            out.neutralised.append(neutralised)
            out.cut.append(cut)
            out.rows += chunk.rows
        i = j
    return out


def whole_rows(table: Table, styles: Styles, limit: int) -> Rows:
    """A table's rows read whole, one piece per Arrow batch, at most `limit` rows."""
    out = Rows()
    for rows, safe, long in _row_xml(table, styles, None):
        take = min(len(rows), limit - out.rows)
        if take <= 0:
            break
        out.pieces.append(zipstream.compress(concatenated(rows, 0, take)))
        out.keys.append(None)
        out.neutralised.append(int(safe[:take].sum()))
        out.cut.append(int(long[:take].sum()))
        out.rows += take
    return out


def chunk_salt(table: Table) -> str:
    """What a chunk's rows depend on besides its documents: the table's fields and CSV path."""
    return hashlib.sha256(json.dumps([table.resource["path"], table.fields], sort_keys=True).encode()).hexdigest()[:16]


def document_chunks(package: Package, index: list[Any] | None) -> dict[str, list[plan.Chunk]]:
    """Each document table's chunks from the package's index (flows.published_index; scanned from the CSV
    files when None); a table whose chunks do not account for every row is left out (read whole)."""
    from flows.published_index import scan
    from flows.tables import DOCUMENT_TABLES

    docs = index if index is not None else list(scan(package.root / "processed").values())
    out = {}
    for table in package.tables:
        if table.name not in DOCUMENT_TABLES or table.resource["path"] != f"processed/{table.name}.csv":
            continue
        chunks = plan.table_chunks(table.name, docs, chunk_salt(table))
        if sum(c.rows for c in chunks) == len(table.rows):
            out[table.name] = chunks
    return out
