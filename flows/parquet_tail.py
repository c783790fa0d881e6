"""A Parquet copy updated in place of rewritten: the published row groups before the first changed row kept as
they are, only the later rows encoded, the footer joined from the two.

The Parquet copies are written from the CSV files in row groups of ROW_GROUP_ROWS rows (flows.writers), and a
row group's bytes depend on its rows only. So when a release changes a table only from row N on (the daily
run: new documents at the end of the file-name order, or among the last published ones), the file a full
write gives starts with the published file's bytes up to row group N // ROW_GROUP_ROWS. `write_tail` copies
those bytes, writes the rows from that group on as the full write would (a file of their own, whose row
groups are the same bytes), and joins the two footers (the Thrift compact encoding of Parquet's FileMetaData:
the kept groups' metadata as published, the new groups' with their offsets moved and ordinals renumbered).
The result is byte for byte the full write (tests/test_parquet_tail.py); whenever the published file was not
written the same way (another pyarrow, other row groups, page indexes), `write_tail` returns False and the
caller writes the whole file.
"""
from __future__ import annotations

import struct
import tempfile
from pathlib import Path
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, BinaryIO

from flows.thrift_compact import LIST, STRUCT, Field, read_struct, write_struct

if TYPE_CHECKING:
    from flows.published_index import PublishedDoc

MAGIC = b"PAR1"


# ---- the footer --------------------------------------------------------------------------------------------

def _footer(path: Path) -> tuple[list[Field], int]:
    """The file's FileMetaData fields and where the footer starts."""
    with path.open("rb") as handle:
        handle.seek(-8, 2)
        size_bytes, magic = handle.read(4), handle.read(4)
        if magic != MAGIC:
            raise ValueError(f"{path} is not a Parquet file")
        size = struct.unpack("<i", size_bytes)[0]
        handle.seek(-8 - size, 2)
        start = handle.tell()
        fields, _ = read_struct(handle.read(size))
    return fields, start


def _get(fields: list[Field], fid: int) -> Any:
    return next((v for f, _, v in fields if f == fid), None)


def _set(fields: list[Field], fid: int, kind: int, value: Any) -> list[Field]:
    return [(f, k, value if f == fid else v) for f, k, v in fields] if any(f == fid for f, _, _ in fields) \
        else sorted(fields + [(fid, kind, value)], key=lambda x: x[0])


# Absolute byte offsets: RowGroup.file_offset (5); ColumnChunk.file_offset (2), offset and column index (4, 6);
# ColumnMetaData data, index and dictionary page and bloom filter offsets (9, 10, 11, 14).
ROW_GROUP_OFFSETS, CHUNK_OFFSETS, COLUMN_OFFSETS = {5}, {2, 4, 6}, {9, 10, 11, 14}


def _moved(row_group: list[Field], delta: int, ordinal: int) -> list[Field]:
    """A row group's metadata with every offset moved by `delta` bytes and its ordinal set."""
    def chunk(fields: list[Field]) -> list[Field]:
        out = []
        for fid, kind, value in fields:
            if fid in CHUNK_OFFSETS and value:
                value += delta
            elif fid == 3 and kind == STRUCT:
                value = [(f, k, v + delta if f in COLUMN_OFFSETS and v else v) for f, k, v in value]
            out.append((fid, kind, value))
        return out

    moved = []
    for fid, kind, value in row_group:
        if fid == 1 and kind == LIST:
            value = (value[0], [chunk(c) for c in value[1]])
        elif fid in ROW_GROUP_OFFSETS and value:
            value += delta
        moved.append((fid, kind, value))
    return _set(moved, 7, 4, ordinal) if _get(row_group, 7) is not None else moved


def _has_page_index(row_groups: list[list[Field]]) -> bool:
    return any(_get(c, 4) is not None or _get(c, 6) is not None for rg in row_groups for c in _get(rg, 1)[1])


def _group_end(row_group: list[Field]) -> int:
    """Where a row group's column chunks end (the next group, or the footer, starts there)."""
    ends = []
    for chunk in _get(row_group, 1)[1]:
        meta = _get(chunk, 3)
        dictionary = _get(meta, 11)
        start = min(dictionary, _get(meta, 9)) if dictionary else _get(meta, 9)
        ends.append(start + _get(meta, 7))  # total_compressed_size: the chunk's pages with their headers
    return max(ends)


def write_tail(published: Path, keep_groups: int, group_rows: int, write_rows: Callable[[Path], object],
               target: Path) -> bool:
    """Write `target`: the published Parquet file's first `keep_groups` row groups (of `group_rows` rows each)
    as they are, then the row groups `write_rows(path)` writes into a file of its own (the rows from group
    `keep_groups` on, written as the full write writes them), with one footer. False (nothing written) when
    the two files were not written alike."""
    old_meta, _ = _footer(published)
    old_groups = _get(old_meta, 4)[1] if _get(old_meta, 4) else []
    if keep_groups > len(old_groups) or _has_page_index(old_groups) \
            or any(_get(g, 3) != group_rows for g in old_groups[:keep_groups]):
        return False
    with tempfile.TemporaryDirectory(prefix="parquet-tail-", dir=target.parent) as tmp:
        tail = Path(tmp) / "tail.parquet"
        write_rows(tail)
        new_meta, new_start = _footer(tail)
        new_groups = _get(new_meta, 4)[1] if _get(new_meta, 4) else []
        same = all(_get(old_meta, f) == _get(new_meta, f) for f in (1, 2, 5, 6, 7))
        if not same or _has_page_index(new_groups):
            return False
        keep_bytes = _group_end(old_groups[keep_groups - 1]) if keep_groups else len(MAGIC)
        delta = keep_bytes - len(MAGIC)
        groups = old_groups[:keep_groups] + [_moved(g, delta, keep_groups + i) for i, g in enumerate(new_groups)]
        rows = sum(_get(g, 3) for g in groups)
        meta = _set(_set(new_meta, 3, 6, rows), 4, LIST, (STRUCT, groups))
        footer = write_struct(meta)
        with published.open("rb") as src, tail.open("rb") as rest, target.open("wb") as out:
            _copy(src, out, keep_bytes)
            rest.seek(len(MAGIC))
            _copy(rest, out, new_start - len(MAGIC))
            out.write(footer + struct.pack("<i", len(footer)) + MAGIC)
    return True


def _copy(src: BinaryIO, dst: BinaryIO, size: int) -> None:
    while size:
        data = src.read(min(1 << 20, size))
        if not data:
            raise ValueError("the file ended early")
        dst.write(data)
        size -= len(data)


def csv_offset(docs: list[PublishedDoc], table: str, row: int, csv_path: Path) -> int:
    """The byte offset of record `row` (0 = the first after the header) of a staged table's CSV file, from the
    staged index (`docs`: PublishedDoc in row order, each with one range per table); the file's size when
    the table has fewer rows."""
    from io import BytesIO

    from flows.published_index import records_with_offsets
    from flows.writers import csv_field_limit

    at = 0
    for doc in docs:
        n = doc.counts.get(table, 0)
        if n and at + n > row:
            (offset, length), = doc.ranges[table]
            if row == at:
                return int(offset)
            with csv_path.open("rb") as handle:
                handle.seek(offset)
                data = handle.read(length)
            with csv_field_limit():
                for i, (_, start, _) in enumerate(records_with_offsets(BytesIO(b"\n" + data))):
                    if at + i == row:
                        return int(offset) + start - 1
        at += n
    return csv_path.stat().st_size
