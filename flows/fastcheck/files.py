"""Checks on whole files: size and hash against the descriptor, and a CSV and a Parquet file holding the same rows."""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import duckdb

from flows.fastcheck.cells import ident, native, quote, sql_type, typed
from flows.fastcheck.problems import Problem
from flows.fastcheck.sources import Source

CHUNK = 1 << 20
STALE = "the file changed after datapackage.json was written: re-run the pipeline (make run) to rewrite both"


def digest(path: Path, algorithm: str) -> tuple[int, str]:
    """Size and hex digest of a file, read in chunks (constant memory)."""
    hasher, size = hashlib.new(algorithm), 0
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            hasher.update(chunk)
            size += len(chunk)
    return size, hasher.hexdigest()


def stats_problems(resource: dict[str, Any], base: Path) -> list[Problem]:
    """`bytes` and `hash` (`sha256:…`, `md5:…` or a bare md5) of a resource against its file."""
    if not isinstance(resource.get("path"), str):
        return []  # inline data or a multipart resource: nothing to hash here
    path, label = base / resource["path"], f"{resource.get('name')} ({resource.get('path')})"
    if not path.is_file():
        return [Problem(label, "scheme", None, None, None, "the file does not exist", "publish the file the descriptor lists")]
    declared = str(resource.get("hash", ""))
    algorithm, expected = declared.split(":", 1) if ":" in declared else ("md5", declared)
    if "bytes" not in resource and not declared:
        return []
    size, actual = digest(path, algorithm if declared else "sha256")
    problems = []
    if declared and actual != expected:
        problems.append(Problem(label, "hash-count", None, None, None,
                                f"the file's {algorithm} is {actual}, the descriptor says {expected}", STALE))
    if "bytes" in resource and resource["bytes"] != size:
        problems.append(Problem(label, "byte-count", None, None, None,
                                f"the file has {size} bytes, the descriptor says {resource['bytes']}", STALE))
    return problems


def _parquet_cells(source: Source) -> str:
    """The Parquet cells as written (an empty string stays an empty string), typed like the CSV's."""
    cols = []
    for j, (spec, physical) in enumerate(zip(source.fields, source.physical)):
        col = ident(spec["name"])
        if native(spec) is None:
            cols.append(f"CAST({col} AS VARCHAR) AS c{j}")
        elif physical == "VARCHAR" and spec.get("type") != "string":
            cols.append(f"{typed(spec, col, source.key(j))} AS c{j}")
        else:
            cols.append(f"TRY_CAST({col} AS {sql_type(spec)}) AS c{j}")
    return ", ".join(cols)


def pair_problems(con: duckdb.DuckDBPyConnection, csv: Source, parquet: Source, limit: int) -> list[Problem]:
    """The CSV and the Parquet file hold the same rows in the same order: the rows joined on their row
    number, any cell that differs (or a row only one file has) is reported."""
    label = f"{csv.name} / {parquet.name}"
    if not (csv.readable and parquet.readable) or [f["name"] for f in csv.fields] != [f["name"] for f in parquet.fields]:
        return [Problem(label, "csv-parquet", None, None, None, "not compared: one of the files could not be read",
                        "fix the problems reported for the two files first")]
    a = f"SELECT * FROM {csv.view}"
    b = f"SELECT file_row_number + 2 AS __row, {_parquet_cells(parquet)} FROM {parquet.view}_in"
    names = ", ".join(f"CASE WHEN a.c{j} IS DISTINCT FROM b.c{j} THEN {quote(f['name'])} END"
                      for j, f in enumerate(csv.fields))
    only = "CASE WHEN a.__row IS NULL THEN 'only in the Parquet file' WHEN b.__row IS NULL THEN 'only in the CSV' END"
    rows = con.execute(f"SELECT coalesce(a.__row, b.__row) AS r, {only}, list_filter([{names}], lambda x: x IS NOT NULL) "
                       f"AS cols, count(*) OVER () FROM ({a}) a FULL JOIN ({b}) b ON a.__row = b.__row "
                       f"WHERE a.__row IS NULL OR b.__row IS NULL OR len(cols) > 0 ORDER BY r LIMIT {limit}").fetchall()
    fix = "write both files from the same rows in the same order (the pipeline writes them together: re-run it)"
    out = [Problem(label, "csv-parquet", row, None if side else ", ".join(cols), None,
                   side or "the CSV and the Parquet file hold different values in this row", fix)
           for row, side, cols, _ in rows]
    if rows and rows[0][3] > len(rows):
        out.append(Problem(label, "csv-parquet", None, None, None, f"{rows[0][3] - len(rows)} more row(s) differ", fix))
    return out
