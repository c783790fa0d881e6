"""Checks on whole files: size and hash against the descriptor, and a CSV and a Parquet file holding the same rows."""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import duckdb

from flows.fastcheck.problems import Problem
from flows.fastcheck.sources import Source
from flows.sql_quote import sql_string

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


def pair_problems(con: duckdb.DuckDBPyConnection, csv: Source, parquet: Source,
                  limit: int) -> tuple[list[Problem], bool]:
    """The CSV and the Parquet file hold the same rows in the same order: the rows joined on their row
    number, any cell that differs (or a row only one file has) is reported. Also says whether the two
    files read the same cell for cell (typed value and type error alike): then every constraint gives the
    same answer on both, and the Parquet file's checks can run on the CSV's table (one scan of the
    Parquet file in all)."""
    label = f"{csv.name} / {parquet.name}"
    if not (csv.readable and parquet.readable) or [f["name"] for f in csv.fields] != [f["name"] for f in parquet.fields]:
        return [Problem(label, "csv-parquet", None, None, None, "not compared: one of the files could not be read",
                        "fix the problems reported for the two files first")], False
    joined = f"{csv.view} a FULL JOIN {parquet.view} b ON a.__row = b.__row"
    alone = "a.__row IS NULL OR b.__row IS NULL"
    differs = " OR ".join(f"a.c{j} IS DISTINCT FROM b.p{j}" for j in range(len(csv.fields))) or "false"
    same = " AND ".join(f"a.c{j} IS NOT DISTINCT FROM b.c{j} AND a.e{j} IS NOT DISTINCT FROM b.e{j}"
                        for j in range(len(csv.fields))) or "true"
    counts = f"SELECT count_if({alone} OR {differs}), count_if({alone} OR NOT ({same})), " \
             f"count_if(a.__row IS DISTINCT FROM b.__row) FROM "
    # Both files list their rows in order: joined by position, every row should meet the row with its number.
    # When one does not (rows missing or out of order), the join on the row number decides.
    broken, unlike, astray = con.execute(counts + f"{csv.view} a POSITIONAL JOIN {parquet.view} b").fetchone() \
        or (0, 0, 0)
    if astray:
        broken, unlike, _ = con.execute(counts + joined).fetchone() or (0, 0, 0)
    if not broken:
        return [], not unlike
    names = ", ".join(f"CASE WHEN a.c{j} IS DISTINCT FROM b.p{j} THEN {sql_string(f['name'])} END"
                      for j, f in enumerate(csv.fields))
    only = "CASE WHEN a.__row IS NULL THEN 'only in the Parquet file' WHEN b.__row IS NULL THEN 'only in the CSV' END"
    rows = con.execute(f"SELECT coalesce(a.__row, b.__row) AS r, {only}, list_filter([{names}], lambda x: x IS NOT NULL) "
                       f"AS cols FROM {joined} WHERE {alone} OR len(cols) > 0 ORDER BY r LIMIT {limit}").fetchall()
    fix = "write both files from the same rows in the same order (the pipeline writes them together: re-run it)"
    out = [Problem(label, "csv-parquet", row, None if side else ", ".join(cols), None,
                   side or "the CSV and the Parquet file hold different values in this row", fix)
           for row, side, cols in rows]
    if broken > len(rows):
        out.append(Problem(label, "csv-parquet", None, None, None, f"{broken - len(rows)} more row(s) differ", fix))
    return out, not unlike
