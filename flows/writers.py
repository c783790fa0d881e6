"""Write table rows as CSV (UTF-8) and Parquet (pyarrow, types from the Table Schema)."""
from __future__ import annotations

import csv
import hashlib
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from flows.schema import arrow_schema, field_names, field_types

Row = dict[str, Any]
# A document's text is one CSV cell; Python's csv module refuses cells over 131,072 characters
# by default. Texts are capped at flows.ingest.MAX_TEXT_BYTES, far below this limit.
CSV_FIELD_LIMIT = 2**31 - 1


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def write_csv(table: str, rows: list[Row], path: Path) -> None:
    """RFC 4180 CSV with a header, UTF-8 without BOM, '\\n' line ends, empty cell = null."""
    names = field_names(table)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(names)
        for row in rows:
            writer.writerow([_csv_cell(row.get(n)) for n in names])


# Nullable pandas dtypes recorded in the file's pandas metadata, so that readers going through
# pandas (frictionless among them) see a missing integer as <NA>, not as the float NaN.
PANDAS_DTYPES = {pa.int64(): pd.Int64Dtype(), pa.bool_(): pd.BooleanDtype()}


def write_parquet(table: str, rows: list[Row], path: Path) -> None:
    """Parquet with the Arrow types of the Table Schema (date32, int64, bool, string), zstd."""
    schema = arrow_schema(table)
    columns = {name: [row.get(name) for row in rows] for name in schema.names}
    arrow_table = pa.Table.from_pydict(columns, schema=schema)
    frame = arrow_table.to_pandas(types_mapper=PANDAS_DTYPES.get)
    arrow_table = pa.Table.from_pandas(frame, schema=schema, preserve_index=False)
    pq.write_table(arrow_table, path, compression="zstd", write_statistics=True)


def read_csv(table: str, path: Path) -> list[Row]:
    """Rows of a published CSV with values typed per the Table Schema."""
    types = field_types(table)
    csv.field_size_limit(CSV_FIELD_LIMIT)
    with path.open(encoding="utf-8", newline="") as handle:
        return [{k: _typed(v, types[k]) for k, v in row.items()} for row in csv.DictReader(handle)]


def read_parquet(path: Path) -> list[Row]:
    return pq.read_table(path).to_pylist()


def _typed(value: str, type_: str) -> Any:
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
    return value


def file_stats(path: Path) -> tuple[int, str]:
    data = path.read_bytes()
    return len(data), hashlib.sha256(data).hexdigest()
