"""Open each tabular resource in DuckDB as a view of typed cells, checking its header on the way.

The table `v<i>` of a resource has one row per data row: `__row` (the row number
as frictionless counts it: the header is row 1) and, per field j, `c<j>` the value
read with the field's type (NULL when the cell is one of the schema's missing
values or does not read) and `e<j>` the cell as written when it does not read as
its type; a cell is missing when both are NULL. A CSV file is read once (DuckDB
keeps its row order); a Parquet file is scanned through the view `v<i>_in`, and its view also carries
`p<j>`, the cell as written (what the CSV's `c<j>` must equal, flows/fastcheck/files.py).
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, field as dc_field
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from flows.fastcheck.cells import Readers, missing_values, native, sql_type, typed
from flows.fastcheck.problems import Problem
from flows.sql_quote import sql_name, sql_string

# Physical DuckDB types a Parquet column may have for each field type (VARCHAR is read like a CSV cell).
INTEGERS = {"TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT", "USMALLINT", "UINTEGER", "UBIGINT"}
FAMILIES: dict[str, set[str]] = {
    "integer": INTEGERS, "year": INTEGERS, "number": INTEGERS | {"FLOAT", "DOUBLE"}, "boolean": {"BOOLEAN"},
    "date": {"DATE"}, "datetime": {"TIMESTAMP", "TIMESTAMP_NS", "TIMESTAMP_MS", "TIMESTAMP_S"}, "time": {"TIME"},
}


@dataclass
class Source:
    index: int
    resource: dict[str, Any]
    path: Path
    fmt: str
    fields: list[dict[str, Any]]
    view: str = ""
    readable: bool = False  # header right and every row parsed: the value checks can run
    physical: list[str] = dc_field(default_factory=list)  # DuckDB types of the Parquet columns

    @property
    def name(self) -> str:
        return str(self.resource.get("name", f"resource {self.index + 1}"))

    @property
    def label(self) -> str:
        return f"{self.name} ({self.resource.get('path')})"

    def key(self, j: int) -> str:
        return f"{self.index}:{j}"

    def sql_type(self, j: int) -> str:
        return sql_type(self.fields[j])


def open_source(index: int, resource: dict[str, Any], base: Path) -> Source | None:
    if not isinstance(resource.get("path"), str) or "schema" not in resource:
        return None  # not a table in one file
    rel = str(resource.get("path", ""))
    fmt = str(resource.get("format") or Path(rel).suffix.lstrip(".")).lower()
    return Source(index, resource, base / rel, fmt, list(resource.get("schema", {}).get("fields", [])))


def header_problems(source: Source, labels: list[str]) -> list[Problem]:
    names = [f["name"] for f in source.fields]
    if labels == names:
        return []
    missing = [n for n in names if n not in labels]
    extra = [label for label in labels if label not in names]
    parts = ([f"missing {missing}"] if missing else []) + ([f"unexpected {extra}"] if extra else [])
    if len(set(labels)) < len(labels):
        parts.append("duplicate labels")
    if not parts:
        parts.append("the columns are in another order")
    return [Problem(source.label, "header", None, None, ", ".join(map(str, labels)),
                    f"the header differs from the schema's fields {names}: {'; '.join(parts)}",
                    "write the columns with the schema's names in the schema's order")]


def _materialise(con: duckdb.DuckDBPyConnection, source: Source, inner: str, raws: list[str],
                 cells: list[str], kind: str = "TABLE", extra: dict[str, str] | None = None) -> None:
    """Create the table (or view) `v<i>` of typed cells (`c<j>`) and type errors (`e<j>`) from `v<i>_in`,
    with the `extra` columns (name -> expression over `v<i>_in`) carried along."""
    extra = extra or {}
    carried = "".join(f", {name}" for name in extra)
    columns, middle = [], []
    for j, (spec, cell) in enumerate(zip(source.fields, cells)):
        if native(spec) is None:  # frictionless reads the cell: a type error leaves no value
            middle.append(f"r{j}, fl_notes({sql_string(source.key(j))}, CAST(r{j} AS VARCHAR)) AS n{j}")
            columns.append(f"CASE WHEN n{j} = 'type' THEN NULL ELSE {cell} END AS c{j}, "
                           f"CASE WHEN n{j} = 'type' THEN CAST(r{j} AS VARCHAR) END AS e{j}")
        elif cell == f"r{j}":  # read as written (a string): a cell that is there always reads
            middle.append(f"r{j} AS c{j}")
            columns.append(f"c{j}, NULL::VARCHAR AS e{j}")
        else:
            middle.append(f"r{j}, {cell} AS c{j}")
            columns.append(f"c{j}, CASE WHEN r{j} IS NOT NULL AND c{j} IS NULL THEN CAST(r{j} AS VARCHAR) END AS e{j}")
    typed_cols = ", ".join(middle)
    raw_cols = ", ".join(f"{raw} AS r{j}" for j, raw in enumerate(raws)) + "".join(
        f", {expr} AS {name}" for name, expr in extra.items())
    source.view = f"v{source.index}"
    con.execute(f"CREATE {kind} {source.view} AS SELECT __row, {', '.join(columns)}{carried} FROM "
                f"(SELECT __row, {typed_cols}{carried} FROM (SELECT {inner} AS __row, {raw_cols} FROM {source.view}_in))")


def _missing(spec: dict[str, Any], schema: dict[str, Any], col: str) -> str:
    values = missing_values(spec, schema)
    return f"CASE WHEN {col} IN ({', '.join(sql_string(v) for v in values)}) THEN NULL ELSE {col} END" if values else col


def load_csv(con: duckdb.DuckDBPyConnection, source: Source, readers: Readers) -> list[Problem]:
    dialect = source.resource.get("dialect", {})
    delim, quote_char = dialect.get("delimiter", ","), dialect.get("quoteChar", '"')
    escape = quote_char if dialect.get("doubleQuote", True) else dialect.get("escapeChar", "")
    header = dialect.get("header", True)
    with source.path.open(encoding=source.resource.get("encoding", "utf-8"), newline="") as handle:
        first = next(csv.reader(handle, delimiter=delim, quotechar=quote_char), None)
    if first is None:
        return [Problem(source.label, "source", None, None, None, "the file is empty (not even a header)",
                        "write the header row at least")]
    labels = first if header else [f["name"] for f in source.fields]
    problems = header_problems(source, labels) if header else []
    columns = ", ".join(f"{sql_string(f'k{j}')}: 'VARCHAR'" for j in range(len(first)))
    try:
        con.execute(f"CREATE TABLE {sql_name(f'v{source.index}_in')} AS SELECT * FROM read_csv({sql_string(str(source.path))}, "
                    f"columns={{{columns}}}, header={str(bool(header)).lower()}, auto_detect=false, "
                    f"delim={sql_string(delim)}, quote={sql_string(quote_char)}, escape={sql_string(escape)}, "
                    f"nullstr={sql_string(chr(0) + 'none')}, allow_quoted_nulls=false, strict_mode=true)")
    except duckdb.Error as exc:
        detail = " ".join(str(exc).splitlines()[:3])
        return problems + [Problem(source.label, "parse", None, None, None, f"cannot be read as CSV: {detail}",
                                   "every row needs as many cells as the header, quoted as RFC 4180 says")]
    if problems:
        return problems
    schema = source.resource.get("schema", {})
    raws = [_missing(spec, schema, f"k{j}") for j, spec in enumerate(source.fields)]
    cells = [typed(spec, f"r{j}", source.key(j)) for j, spec in enumerate(source.fields)]
    for j, spec in enumerate(source.fields):
        readers.add(source.key(j), spec)
    _materialise(con, source, f"rowid + {1 + int(bool(header))}", raws, cells)
    con.execute(f"DROP TABLE v{source.index}_in")
    source.readable = True
    return []


def arrow_problems(source: Source, expected: pa.Schema) -> list[Problem]:
    actual = pq.read_schema(source.path)
    problems = []
    if actual.names != expected.names:
        problems.append(Problem(source.label, "arrow-type", None, None, None,
                                f"columns {actual.names} differ from the schema's {expected.names}",
                                "write the Parquet file with the schema's columns in its order"))
    for want in expected:
        if want.name in actual.names and not actual.field(want.name).type.equals(want.type):
            problems.append(Problem(source.label, "arrow-type", None, want.name, str(actual.field(want.name).type),
                                    f"column type differs from the schema's Arrow type {want.type}",
                                    "write the Parquet file with the Arrow types the Table Schema maps to"))
    return problems


def _parquet_cell(spec: dict[str, Any], physical: str, j: int, key: str) -> str:
    kind = spec.get("type", "any")
    if native(spec) is None:
        return f"CAST(r{j} AS VARCHAR)"
    if physical == "VARCHAR":
        return typed(spec, f"r{j}", key)
    if kind == "list" and physical.endswith("[]"):
        return f"TRY_CAST(r{j} AS {sql_type(spec)})"
    if physical.split("(")[0] in FAMILIES.get(kind, set()) or (kind == "number" and physical.startswith("DECIMAL")):
        return f"TRY_CAST(r{j} AS {sql_type(spec)})"
    return f"NULL::{sql_type(spec)}"


def pair_cell(spec: dict[str, Any], physical: str, key: str) -> str:
    """A Parquet cell as written (an empty string stays an empty string, no missing values), typed like the
    CSV's: what the CSV's typed cell (`c<j>`) must equal for the two files to hold the same rows."""
    col = sql_name(spec["name"])
    if native(spec) is None:
        return f"CAST({col} AS VARCHAR)"
    if physical == "VARCHAR" and spec.get("type") != "string":
        return typed(spec, col, key)
    return f"TRY_CAST({col} AS {sql_type(spec)})"


def load_parquet(con: duckdb.DuckDBPyConnection, source: Source, readers: Readers) -> list[Problem]:
    scan = f"read_parquet({sql_string(str(source.path))}, file_row_number=true)"
    try:
        described = con.execute(f"DESCRIBE SELECT * FROM {scan}").fetchall()
    except duckdb.Error as exc:
        return [Problem(source.label, "parse", None, None, None, f"cannot be read as Parquet: {str(exc)[:200]}",
                        "rewrite the file with pyarrow")]
    columns = [(name, kind) for name, kind, *_ in described if name != "file_row_number"]
    problems = header_problems(source, [name for name, _ in columns])
    if problems:
        return problems
    source.physical = [kind for _, kind in columns]
    schema = source.resource.get("schema", {})
    raws = [_missing(spec, schema, sql_name(spec["name"])) if kind == "VARCHAR" else sql_name(spec["name"])
            for spec, (_, kind) in zip(source.fields, columns)]
    cells = [_parquet_cell(spec, kind, j, source.key(j)) for j, (spec, (_, kind)) in enumerate(zip(source.fields, columns))]
    for j, spec in enumerate(source.fields):
        readers.add(source.key(j), spec)
    pairs = {f"p{j}": pair_cell(spec, kind, source.key(j)) for j, (spec, (_, kind)) in enumerate(zip(source.fields, columns))}
    con.execute(f"CREATE VIEW v{source.index}_in AS SELECT * FROM {scan}")
    _materialise(con, source, "file_row_number + 2", raws, cells, "VIEW", pairs)
    source.readable = True
    return []


def share_or_keep(con: duckdb.DuckDBPyConnection, parquet: Source, twin: Source | None) -> None:
    """Point a Parquet file's checks at the table of its CSV `twin` when the two read the same cell for
    cell (the same queries give the same answers there); otherwise keep its typed cells in a table of its
    own, so that its checks scan the file once rather than once per query."""
    if twin is not None:
        parquet.view = twin.view
        return
    if parquet.readable and parquet.view:
        con.execute(f"CREATE TABLE {parquet.view}_t AS SELECT * FROM {parquet.view}")
        parquet.view = f"{parquet.view}_t"
