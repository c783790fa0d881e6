"""Load a published table with the same column types from CSV or Parquet, in pandas,
polars or DuckDB: the recipe the README gives, as code.

Parquet files carry their types; a CSV file does not, and readers guess: an
all-empty integer column becomes float64 in pandas and VARCHAR in DuckDB. These
functions read the types from the package's own datapackage.json (so they work
on any release folder) and give, per reader, exactly what that reader makes of
the Parquet file:

| Table Schema | pandas | polars | DuckDB |
|---|---|---|---|
| string, yearmonth | str | String | VARCHAR |
| integer | Int64 | Int64 | BIGINT |
| number | float64 | Float64 | DOUBLE |
| boolean | boolean | Boolean | BOOLEAN |
| date | object (datetime.date) | Date | DATE |
| list (itemType string) | object (Python lists) | List(String) | VARCHAR[] |

pandas, polars and duckdb are imported only by the function that needs them.
This module needs nothing else from the repository: copy it next to a release.
"""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

PANDAS = {"string": "str", "yearmonth": "str", "integer": "Int64", "number": "float64", "boolean": "boolean",
          "date": "str", "list": "str"}
DUCKDB = {"string": "VARCHAR", "yearmonth": "VARCHAR", "integer": "BIGINT", "number": "DOUBLE",
          "boolean": "BOOLEAN", "date": "DATE", "list": "VARCHAR"}


def resource(package: Path | str, table: str) -> dict[str, Any]:
    """The table's resource in a datapackage.json (its CSV path, Parquet copy and schema)."""
    descriptor = json.loads(Path(package).read_text(encoding="utf-8"))
    for res in descriptor["resources"]:
        if res["name"] == table:
            return res
    raise KeyError(f"{package} has no table {table!r}")


def path_of(package: Path | str, table: str, fmt: str) -> Path:
    res = resource(package, table)
    if fmt == "csv":
        return Path(package).parent / res["path"]
    if fmt == "parquet":
        return Path(package).parent / res["parquet"]["path"]
    raise ValueError(f"format must be csv or parquet, not {fmt!r}")


def _fields(package: Path | str, table: str) -> list[dict[str, Any]]:
    return resource(package, table)["schema"]["fields"]


def pandas_csv_options(package: Path | str, table: str) -> dict[str, Any]:
    """Keyword arguments for pd.read_csv: the dtype of every column; only an empty cell is missing."""
    return {"dtype": {f["name"]: PANDAS[f["type"]] for f in _fields(package, table)},
            "keep_default_na": False, "na_values": [""]}


def read_pandas(package: Path | str, table: str, fmt: str = "csv") -> Any:
    import pandas as pd

    path = path_of(package, table, fmt)
    if fmt == "parquet":
        frame = pd.read_parquet(path)
    else:
        frame = pd.read_csv(path, **pandas_csv_options(package, table))
    for f in _fields(package, table):
        column = frame[f["name"]]
        if f["type"] == "date" and fmt == "csv":
            frame[f["name"]] = column.map(lambda v: date.fromisoformat(v) if isinstance(v, str) else None).astype(object)
        elif f["type"] == "list":
            delimiter = f.get("delimiter", ",")
            split = (lambda v: v.split(delimiter) if isinstance(v, str) else None) if fmt == "csv" else \
                (lambda v: list(v) if v is not None else None)
            frame[f["name"]] = column.astype(object).map(split).astype(object)
    return frame


def read_polars(package: Path | str, table: str, fmt: str = "csv") -> Any:
    import polars as pl

    path = path_of(package, table, fmt)
    if fmt == "parquet":
        return pl.read_parquet(path)
    types = {"string": pl.String, "yearmonth": pl.String, "integer": pl.Int64, "number": pl.Float64,
             "boolean": pl.Boolean, "date": pl.Date, "list": pl.String}
    fields = _fields(package, table)
    frame = pl.read_csv(path, schema={f["name"]: types[f["type"]] for f in fields})
    lists = [pl.col(f["name"]).str.split(f.get("delimiter", ",")) for f in fields if f["type"] == "list"]
    return frame.with_columns(lists) if lists else frame


def duckdb_sql(package: Path | str, table: str, fmt: str = "csv") -> str:
    """A DuckDB query that reads the table with the schema's types (e.g. for CREATE VIEW ... AS)."""
    path = path_of(package, table, fmt).as_posix().replace("'", "''")
    if fmt == "parquet":
        return f"SELECT * FROM read_parquet('{path}')"
    fields = _fields(package, table)
    columns = ", ".join(f"'{f['name']}': '{DUCKDB[f['type']]}'" for f in fields)
    select = ", ".join(
        f"string_split(\"{f['name']}\", '{f.get('delimiter', ',')}') AS \"{f['name']}\"" if f["type"] == "list"
        else f"\"{f['name']}\"" for f in fields)
    return (f"SELECT {select} FROM read_csv('{path}', header = true, auto_detect = false, delim = ',', "
            f"quote = '\"', escape = '\"', columns = {{{columns}}})")
