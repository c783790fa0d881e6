"""The fast check: every constraint a data package's Table Schemas declare, checked with DuckDB.

`fast_check(datapackage.json)` opens every tabular resource (CSV and Parquet) in
DuckDB and checks, per resource, with a few set-based queries: the header (names
and order), that every cell reads as its field's type, the field constraints
(required, unique, pattern, enum, minimum/maximum and their exclusive forms,
minLength/maxLength), the primary key, the foreign keys (to other resources and
to itself), and the `bytes` and `hash` the descriptor declares. It reads the
schemas from the descriptor and knows no table. Optionally it checks the Arrow
types of Parquet files and that pairs of resources (a CSV and a Parquet file of
one table) hold the same rows.

One pass per file where it can: a CSV file is read and typed once into a table;
the row checks, `unique` and the primary key are counted in one scan of it (the
foreign keys in one more query); a Parquet file is scanned once, typed and
compared with its CSV row by row, and when the two read the same cell for cell
(typed value and type error alike, the usual case) its checks run on the CSV's
table, where the same queries were already answered (`rules.run` keeps every
answer by its SQL), so a Parquet copy costs one scan; a copy that differs is typed
into a table of its own and checked there. It reports problems as frictionless does (resource,
row number counting the header as row 1, field, value, the broken constraint) and
agrees with `frictionless validate` on every verdict (tests/test_fastcheck.py holds
the two side by side; benchmarks/validation.py times them).
"""
from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from flows.fastcheck.cells import Readers
from flows.fastcheck.files import pair_problems, stats_problems
from flows.fastcheck.problems import Problem
from flows.fastcheck.rules import resource_problems
from flows.fastcheck.sources import Source, arrow_problems, load_csv, load_parquet, open_source, share_or_keep

__all__ = ["Problem", "fast_check"]
LOADERS = {"csv": load_csv, "parquet": load_parquet}


# DuckDB's memory for the check; beyond it, its hash tables (unique and primary keys, foreign keys) spill
# to the temporary folder. At 20,000 documents (388k rows) the check needs ~0.45 GB and runs as fast
# capped at 0.25 GB as at 1 GB (2.9-3.1 CPU-s), so the gate's peak stays flat as the package grows; it
# runs beside the derived outputs' build, whose memory comes on top.
MEMORY_LIMIT = "256MB"


def _connect(tmp: str, threads: int | None) -> duckdb.DuckDBPyConnection:
    return duckdb.connect(config={"threads": threads or os.cpu_count() or 1, "temp_directory": tmp,
                                  "preserve_insertion_order": True, "memory_limit": MEMORY_LIMIT})


def fast_check(package_path: Path, *, extra_resources: Sequence[dict[str, Any]] = (),
               arrow_schemas: Mapping[str, pa.Schema] | None = None, pairs: Sequence[tuple[str, str]] = (),
               limit: int = 5, threads: int | None = None) -> list[Problem]:
    """Every problem of the package at `package_path` (empty when valid), at most `limit` listed per check.

    `extra_resources` are checked like the descriptor's own resources (e.g. a table's copy in another
    format that the descriptor lists in an extension property); `arrow_schemas` maps resource names to the
    Arrow schema their Parquet file must have; `pairs` names (CSV resource, Parquet resource) pairs that
    must hold the same rows."""
    descriptor = json.loads(package_path.read_text(encoding="utf-8"))
    base = package_path.parent
    resources = list(descriptor.get("resources", [])) + list(extra_resources)
    problems: list[Problem] = []
    with ThreadPoolExecutor(max_workers=1) as hashing, tempfile.TemporaryDirectory(prefix="fastcheck-") as tmp:
        stats = hashing.submit(lambda: [p for r in resources for p in stats_problems(r, base)])
        with _connect(tmp, threads) as con:
            readers = Readers()
            readers.register(con)
            sources: dict[str, Source] = {}
            for index, resource in enumerate(resources):
                source = open_source(index, resource, base)
                if source is None or not source.path.is_file():
                    continue
                sources[source.name] = source
                if arrow_schemas and source.name in arrow_schemas and source.fmt == "parquet":
                    problems += arrow_problems(source, arrow_schemas[source.name])
                loader = LOADERS.get(source.fmt)
                if loader is None:
                    problems.append(Problem(source.label, "format", None, None, None,
                                            f"format {source.fmt!r} is not read by the fast check",
                                            "publish tables as CSV or Parquet, or validate with frictionless"))
                    continue
                problems += loader(con, source, readers)
            compared: list[Problem] = []
            for csv_name, parquet_name in pairs:
                if csv_name in sources and parquet_name in sources:
                    found, same = pair_problems(con, sources[csv_name], sources[parquet_name], limit)
                    compared += found
                    share_or_keep(con, sources[parquet_name], sources[csv_name] if same else None)
            memo: dict[str, Any] = {}
            for source in sources.values():
                if source.readable:
                    problems += resource_problems(con, source, sources, limit, memo)
        return stats.result() + problems + compared
