"""Write table rows as CSV (UTF-8) and Parquet (pyarrow, types from the Table Schema),
and read them back typed.

A `list` field is a Python list in the rows, a `;`-joined cell in CSV (the
field's `delimiter`) and a `list<string>` column in Parquet; an empty list is
written as null, so CSV and Parquet always read back the same value.
"""
from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, BinaryIO

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pcsv
import pyarrow.parquet as pq

from flows.schema import Row, arrow_schema, field_names, field_types, list_delimiters

# A document's text is one CSV cell; Python's csv module refuses cells over 131,072 characters
# by default. Texts are capped at flows.ingest.MAX_TEXT_BYTES, far below this limit.
CSV_FIELD_LIMIT = 2**31 - 1


@contextmanager
def csv_field_limit(limit: int = CSV_FIELD_LIMIT) -> Iterator[None]:
    """Raise the csv module's (process-wide) cell limit while reading; the previous limit is restored."""
    previous = csv.field_size_limit(limit)
    try:
        yield
    finally:
        csv.field_size_limit(previous)


class CellError(ValueError):
    """A value that cannot be written so that it reads back the same."""


def _csv_cell(value: Any, delimiter: str | None = None) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        if delimiter is None:
            raise CellError(f"a list {value!r} in a column that is not a list field")
        bad = [item for item in value if delimiter in str(item) or str(item) == ""]
        if bad:
            raise CellError(f"list item {bad[0]!r} is empty or holds the delimiter {delimiter!r}; "
                            "it would read back as different items: clean it in flows/tables.py")
        return delimiter.join(str(item) for item in value) if value else ""
    return str(value)


def _write_rows(table: str, rows: Iterable[Row], handle: Any, header: bool) -> None:
    names = field_names(table)
    delimiters = list_delimiters(table)
    writer = csv.writer(handle, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    if header:
        writer.writerow(names)
    for row in rows:
        try:
            writer.writerow([_csv_cell(row.get(n), delimiters.get(n)) for n in names])
        except CellError as exc:
            raise CellError(f"{table}: {exc}") from None


def write_csv(table: str, rows: Iterable[Row], path: Path) -> None:
    """RFC 4180 CSV with a header, UTF-8 without BOM, '\\n' line ends, empty cell = null."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        _write_rows(table, rows, handle, header=True)


def csv_header(table: str) -> str:
    """The header line of a table's CSV file."""
    buffer = io.StringIO()
    _write_rows(table, [], buffer, header=True)
    return buffer.getvalue()


def csv_fragment(table: str, rows: Iterable[Row]) -> str:
    """The lines `rows` take in the table's CSV file (no header): the CSV file is the header
    followed by the fragments of its documents, byte for byte."""
    buffer = io.StringIO()
    _write_rows(table, rows, buffer, header=False)
    return buffer.getvalue()


def parse_fragment(table: str, text: str) -> list[Row]:
    """Typed rows of CSV lines without a header (the inverse of csv_fragment)."""
    names, types, delimiters = field_names(table), field_types(table), list_delimiters(table)
    with csv_field_limit():
        return [{n: _typed(v, types[n], delimiters.get(n)) for n, v in zip(names, record)}
                for record in csv.reader(io.StringIO(text, newline=""))]


@lru_cache(maxsize=1)
def pandas_dtypes() -> dict[pa.DataType, Any]:
    """Nullable pandas dtypes recorded in the file's pandas metadata, so that pandas reads a missing integer as
    <NA> (Int64), not as the float NaN, and booleans as `boolean`. pandas is imported here, when a Parquet file
    is written, not by every process that builds rows (an extraction worker)."""
    import pandas as pd

    return {pa.int64(): pd.Int64Dtype(), pa.bool_(): pd.BooleanDtype()}


def __getattr__(name: str) -> Any:
    if name == "PANDAS_DTYPES":  # the mapping under its former module-level name
        return pandas_dtypes()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _column(values: list[Any]) -> list[Any]:
    return [None if isinstance(v, (list, tuple)) and not v else v for v in values]


# Rows per Parquet row group: memory stays bounded whatever the table's length, and a daily run's incremental
# gate decodes only the row groups from the first new row on (flows.delta_gate; the earlier ones are compared
# byte for byte with the published file), so a group is small enough to decode in a few milliseconds.
ROW_GROUP_ROWS = 10_000
CSV_BLOCK_BYTES = 4 << 20  # bytes of CSV parsed at a time when a Parquet file is written from its CSV


@lru_cache(maxsize=None)
def parquet_schema(table: str) -> pa.Schema:
    """The table's Arrow schema with the pandas metadata (nullable Int64 and boolean dtypes) that
    pandas writes for it; it does not depend on the rows, so it is computed from none."""
    schema = arrow_schema(table)
    frame = pa.Table.from_pylist([], schema=schema).to_pandas(types_mapper=pandas_dtypes().get)
    return pa.Table.from_pandas(frame, schema=schema, preserve_index=False).schema


def _parquet_writer(table: str, path: Path) -> pq.ParquetWriter:
    return pq.ParquetWriter(path, parquet_schema(table), compression="zstd", write_statistics=True)


def write_parquet(table: str, rows: Iterable[Row], path: Path) -> None:
    """Parquet with the Arrow types of the Table Schema (date32, int64, bool, string, list<string>), zstd,
    written in row groups of ROW_GROUP_ROWS rows."""
    schema = parquet_schema(table)
    with _parquet_writer(table, path) as writer:
        batch: list[Row] = []
        written = False
        for row in rows:
            batch.append(row)
            if len(batch) == ROW_GROUP_ROWS:
                writer.write_table(_arrow_rows(schema, batch))
                batch, written = [], True
        if batch or not written:
            writer.write_table(_arrow_rows(schema, batch))


def _arrow_rows(schema: pa.Schema, rows: list[Row]) -> pa.Table:
    return pa.Table.from_pydict({name: _column([row.get(name) for row in rows]) for name in schema.names},
                                schema=schema)


def _csv_batches(table: str, path: Path, offset: int | None = None) -> Iterator[pa.RecordBatch]:
    """The typed record batches of a CSV file written by write_csv (lists split, empty cell = null); with
    `offset`, of its records from that byte on (the start of a record)."""
    schema = parquet_schema(table)
    delimiters = list_delimiters(table)
    types = {f.name: (pa.string() if pa.types.is_list(f.type) else f.type) for f in schema}
    convert = pcsv.ConvertOptions(column_types=types, null_values=[""], strings_can_be_null=True,
                                  quoted_strings_can_be_null=True, true_values=["true"], false_values=["false"],
                                  include_columns=schema.names)
    read = pcsv.ReadOptions(block_size=CSV_BLOCK_BYTES, use_threads=False)
    if offset is not None:  # the records from byte `offset` on, under the file's header
        if offset >= path.stat().st_size:
            return
        with path.open("rb") as handle:
            read.column_names = next(csv.reader([handle.readline().decode("utf-8")]))
        source: Any = pa.OSFile(str(path))
        source.seek(offset)
    else:
        source = path
    reader = pcsv.open_csv(source, read_options=read,
                           parse_options=pcsv.ParseOptions(newlines_in_values=True), convert_options=convert)
    for batch in reader:
        columns = [pc.split_pattern(batch.column(f.name), delimiters[f.name]) if f.name in delimiters
                   else batch.column(f.name) for f in schema]
        yield pa.RecordBatch.from_arrays([c.cast(f.type) for c, f in zip(columns, schema)], schema=schema)


def write_parquet_from_csv(table: str, csv_path: Path, path: Path, offset: int | None = None) -> int:
    """The Parquet copy of a CSV file written by write_csv, read in blocks and written in row groups of
    ROW_GROUP_ROWS rows: the same bytes as write_parquet of its rows. Returns the number of rows. With
    `offset`, of the records from that byte on (flows.parquet_tail)."""
    schema = parquet_schema(table)
    rows = 0
    with _parquet_writer(table, path) as writer:
        pending: list[pa.RecordBatch] = []
        size = 0
        for batch in _csv_batches(table, csv_path, offset):
            pending.append(batch)
            size += batch.num_rows
            while size >= ROW_GROUP_ROWS:
                whole = pa.Table.from_batches(pending, schema=schema)
                # one chunk per group: where the CSV blocks end must not move the data pages' boundaries
                writer.write_table(whole.slice(0, ROW_GROUP_ROWS).combine_chunks())
                rest = whole.slice(ROW_GROUP_ROWS)
                pending, size = rest.to_batches(), rest.num_rows
                rows += ROW_GROUP_ROWS
        rows += size
        writer.write_table(pa.Table.from_batches(pending, schema=schema).combine_chunks() if pending else
                           pa.Table.from_pylist([], schema=schema))
    return rows


def read_csv(table: str, path: Path) -> list[Row]:
    """Rows of a published CSV with values typed per the Table Schema."""
    return list(iter_csv(table, path))


def read_parquet(path: Path) -> list[Row]:
    return pq.read_table(path).to_pylist()


def iter_csv(table: str, path: Path) -> Iterator[Row]:
    """Typed rows of a published CSV, one at a time."""
    types = field_types(table)
    delimiters = list_delimiters(table)
    with csv_field_limit(), path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            yield {k: _typed(v, types[k], delimiters.get(k)) for k, v in row.items()}


def iter_parquet(path: Path, batch_rows: int = 10_000) -> Iterator[Row]:
    """Rows of a Parquet file, one row group batch at a time."""
    for batch in pq.ParquetFile(path).iter_batches(batch_size=batch_rows):
        yield from batch.to_pylist()


def _typed(value: str, type_: str, delimiter: str | None = None) -> Any:
    if value == "":
        return None
    if type_ == "integer":
        return int(value)
    if type_ == "number":
        return float(value)
    if type_ == "boolean":
        return value == "true"
    if type_ == "date":
        return date.fromisoformat(value)
    if type_ == "list":
        return value.split(delimiter)
    return value


def file_stats(path: Path) -> tuple[int, str]:
    """(bytes, sha256) of a file, read in blocks."""
    digest, size = hashlib.sha256(), 0
    with path.open("rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
            size += len(block)
    return size, digest.hexdigest()


def copy_stats(source: BinaryIO, target: BinaryIO) -> tuple[int, str]:
    """Copy a stream and return (bytes, sha256) of what was copied."""
    digest, size = hashlib.sha256(), 0
    while block := source.read(1 << 20):
        digest.update(block)
        target.write(block)
        size += len(block)
    return size, digest.hexdigest()
