"""Write table rows as CSV (UTF-8) and Parquet (pyarrow, types from the Table Schema),
and read them back typed.

A `list` field is a Python list in the rows, a `;`-joined cell in CSV (the
field's `delimiter`) and a `list<string>` column in Parquet; an empty list is
written as null, so CSV and Parquet always read back the same value.
"""
from __future__ import annotations

import csv
import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from flows.schema import arrow_schema, field_names, field_types, list_delimiters

Row = dict[str, Any]
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


def write_csv(table: str, rows: list[Row], path: Path) -> None:
    """RFC 4180 CSV with a header, UTF-8 without BOM, '\\n' line ends, empty cell = null."""
    names = field_names(table)
    delimiters = list_delimiters(table)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(names)
        for row in rows:
            try:
                writer.writerow([_csv_cell(row.get(n), delimiters.get(n)) for n in names])
            except CellError as exc:
                raise CellError(f"{table}: {exc}") from None


# Nullable pandas dtypes recorded in the file's pandas metadata, so that pandas reads a
# missing integer as <NA> (Int64), not as the float NaN, and booleans as `boolean`.
PANDAS_DTYPES = {pa.int64(): pd.Int64Dtype(), pa.bool_(): pd.BooleanDtype()}


def _column(values: list[Any]) -> list[Any]:
    return [None if isinstance(v, (list, tuple)) and not v else v for v in values]


def write_parquet(table: str, rows: list[Row], path: Path) -> None:
    """Parquet with the Arrow types of the Table Schema (date32, int64, bool, string, list<string>), zstd."""
    schema = arrow_schema(table)
    columns = {name: _column([row.get(name) for row in rows]) for name in schema.names}
    arrow_table = pa.Table.from_pydict(columns, schema=schema)
    frame = arrow_table.to_pandas(types_mapper=PANDAS_DTYPES.get)
    arrow_table = pa.Table.from_pandas(frame, schema=schema, preserve_index=False)
    pq.write_table(arrow_table, path, compression="zstd", write_statistics=True)


def read_csv(table: str, path: Path) -> list[Row]:
    """Rows of a published CSV with values typed per the Table Schema."""
    types = field_types(table)
    delimiters = list_delimiters(table)
    with csv_field_limit(), path.open(encoding="utf-8", newline="") as handle:
        return [{k: _typed(v, types[k], delimiters.get(k)) for k, v in row.items()} for row in csv.DictReader(handle)]


def read_parquet(path: Path) -> list[Row]:
    return pq.read_table(path).to_pylist()


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
    data = path.read_bytes()
    return len(data), hashlib.sha256(data).hexdigest()
