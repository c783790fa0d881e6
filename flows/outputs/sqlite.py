"""The SQLite build of a release: the same tables, keys and column descriptions as the package.

- Types: integer/year INTEGER, number REAL, boolean INTEGER 0/1, date/yearmonth/string TEXT
  (dates ISO 8601, so they sort and compare as text), list TEXT holding a JSON array
  (`json_each()` unnests it; Datasette shows it as a list).
- Keys: the primary key, UNIQUE for unique fields, a FOREIGN KEY for every foreign key of the
  schema and an index on every foreign-key column; CHECK constraints for booleans, code lists
  and JSON arrays.
- Descriptions: as `--` comments in each CREATE TABLE (shown by `.schema` and by Datasette) and
  in the metadata tables `_package`, `_tables`, `_columns` and `_categories`.
- Deterministic: built with the SQLite that apsw pins (not whatever library the interpreter
  links), rows inserted in CSV order, then `VACUUM INTO` a fresh file: the same package gives
  the same bytes. No timestamps are stored.
- Incremental: given the previous build and a plan (flows.outputs.plan), the rows of documents
  that did not change are copied from the previous database (`INSERT ... SELECT` by rowid, in
  C) and only the others are read from the CSV files. The rows, their rowids and the schema are
  those of a build from scratch, and `VACUUM INTO` writes a file from those alone, so the
  bytes are the same (tests/test_outputs_incremental.py).
"""
from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import apsw
import pyarrow as pa
import pyarrow.compute as pc

from flows.outputs.csv_read import typed
from flows.outputs.package import Package, Table, foreign_keys, one_line, primary_key
from flows.outputs.plan import Copy, Read, Segment
from flows.outputs.sheet_xml import booleans
from flows.outputs.sqlite_meta import METADATA_SQL, _insert_metadata, sql_type
from flows.schema import SchemaField
from flows.sql_quote import sql_name, sql_string

PAGE_SIZE = 4096
# The build's scratch file has no journal and no fsync, and SQLite's default page cache (2 MB): a cache of
# 64 MB, meant here until now but never set (see `pragmas`), raised the full build's peak at 20,000 documents
# from 0.93 to 0.99 GB without a measurable gain. None of these changes the bytes `VACUUM INTO` writes,
# which depend on the rows and the schema alone.


def _column_sql(table: Table, field: SchemaField) -> str:
    name, constraints = sql_name(field["name"]), field.get("constraints", {})
    parts = [name, sql_type(field)]
    if constraints.get("required") or field["name"] in primary_key(table):
        parts.append("NOT NULL")
    if constraints.get("unique") and primary_key(table) != [field["name"]]:
        parts.append("UNIQUE")
    if field["type"] == "boolean":
        parts.append(f"CHECK ({name} IN (0, 1))")
    elif field["type"] == "list":
        parts.append(f"CHECK (json_valid({name}) AND json_type({name}) = 'array')")
    elif field["type"] == "string" and constraints.get("enum"):
        parts.append(f"CHECK ({name} IN ({', '.join(sql_string(str(v)) for v in constraints['enum'])}))")
    return " ".join(parts)


def create_table_sql(table: Table) -> str:
    """CREATE TABLE with keys, constraints and every column's description as a comment."""
    lines: list[tuple[str, str]] = [(_column_sql(table, f), one_line(f.get("description", ""))) for f in table.fields]
    if primary_key(table):
        lines.append((f"PRIMARY KEY ({', '.join(sql_name(k) for k in primary_key(table))})", ""))
    for fields, ref_table, ref_fields in foreign_keys(table):
        lines.append((f"FOREIGN KEY ({', '.join(sql_name(f) for f in fields)}) REFERENCES {sql_name(ref_table)} "
                      f"({', '.join(sql_name(f) for f in ref_fields)})", ""))
    body = []
    for i, (definition, comment) in enumerate(lines):
        comma = "," if i < len(lines) - 1 else ""
        body.append(f"  {definition}{comma}" + (f" -- {comment}" if comment else ""))
    header = f"-- {one_line(table.description)}\n" if table.description else ""
    return f"CREATE TABLE {sql_name(table.name)} (\n{header}" + "\n".join(body) + "\n)"


def index_sql(table: Table) -> list[str]:
    """An index on every foreign key's columns (the primary key has SQLite's own)."""
    out = []
    for fields, _, _ in foreign_keys(table):
        name = sql_name(f"idx_{table.name}_{'_'.join(fields)}")
        out.append(f"CREATE INDEX {name} ON {sql_name(table.name)} ({', '.join(sql_name(f) for f in fields)})")
    return out


def cell(value: Any, field: SchemaField) -> Any:
    """A typed value as stored in SQLite."""
    if value is None:
        return None
    if field["type"] == "list":
        return json.dumps([c.isoformat() if isinstance(c, date) else c for c in value], ensure_ascii=False)
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def sql_columns(batch: pa.RecordBatch, fields: Sequence[SchemaField], missing: tuple[str, ...]) -> list[list[Any]]:
    """A batch of CSV text cells as the values `cell` stores, a column at a time (Arrow casts for numbers and
    booleans; lists through `typed` and `cell`, as a row at a time would)."""
    out = []
    for field in fields:
        column = batch.column(field["name"])
        kind = field["type"]
        if kind in ("integer", "year"):
            out.append(pc.cast(column, pa.int64()).to_pylist())
        elif kind == "number":
            out.append(pc.cast(column, pa.float64()).to_pylist())
        elif kind == "boolean":
            out.append([None if v is None else int(v) for v in booleans(column, field).to_pylist()])
        elif kind in ("list", "date"):
            out.append([None if v is None else cell(typed(v, field, missing), field) for v in column.to_pylist()])
        else:
            out.append(column.to_pylist())
    return out


def _insert_rows(db: apsw.Connection, table: Table, segments: Sequence[Segment]) -> None:
    """The table's rows in package order: runs copied from the attached previous database (`old`), runs
    read from the CSV file."""
    names = [f["name"] for f in table.fields]
    columns = ", ".join(sql_name(n) for n in names)
    insert = f"INSERT INTO {sql_name(table.name)} ({columns}) VALUES ({', '.join('?' for _ in names)})"
    missing = tuple(str(v) for v in table.schema.get("missingValues", [""]))
    for segment in segments:
        if isinstance(segment, Copy):
            db.execute(f"INSERT INTO {sql_name(table.name)} ({columns}) SELECT {columns} FROM old.{sql_name(table.name)} "
                       "WHERE rowid BETWEEN ? AND ? ORDER BY rowid", (segment.first, segment.first + segment.count - 1))
            continue
        for batch in table.batches(ranges=segment.ranges):
            db.executemany(insert, zip(*sql_columns(batch, table.fields, missing)))


def _foreign_key_problems(db: apsw.Connection) -> list[str]:
    return [f"{table} row {rowid}: no row in {parent} for its foreign key"
            for table, rowid, parent, _ in db.execute("PRAGMA foreign_key_check")]


def vacuum_into(db: apsw.Connection, scratch: Path, target: Path, beside: Callable[[Path], Any] | None = None
                ) -> Any:
    """`VACUUM INTO target` from the database `db` (whose file is `scratch`, every change committed); returns
    what `beside(scratch)` returns (None without it). `beside` reads the committed rows from the scratch file
    while the VACUUM copies them, in this thread, the VACUUM in a thread of its own (SQLite works without the
    interpreter lock, so a second core takes it): the charts' queries and drawing (flows.outputs.build)
    read the same rows the new file holds, and the file's bytes are the VACUUM's alone."""
    vacuum = f"VACUUM INTO {sql_string(str(target))}"
    if beside is None:
        db.execute(vacuum)
        return None
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sqlite-vacuum") as pool:
        copied = pool.submit(db.execute, vacuum)
        try:
            return beside(scratch)
        finally:
            copied.result()  # the file is complete before anything reads it; raises the VACUUM's error


@contextmanager
def scratch_database(target: Path, copy_of: Path | None = None) -> Iterator[tuple[apsw.Connection, Path]]:
    """An open database in the scratch file `<target>.build` (a copy of `copy_of`, else empty), with `target`
    and any old scratch file removed first; closed and the scratch file removed on the way out, whatever
    happens (`vacuum_into` writes `target` from it)."""
    scratch = target.with_name(target.name + ".build")
    for path in (scratch, target):
        path.unlink(missing_ok=True)
    flags = apsw.SQLITE_OPEN_READWRITE | apsw.SQLITE_OPEN_URI
    if copy_of is None:
        flags |= apsw.SQLITE_OPEN_CREATE
    else:
        shutil.copyfile(copy_of, scratch)
    db = apsw.Connection(str(scratch), flags=flags)
    try:
        yield db, scratch
    finally:
        db.close()
        scratch.unlink(missing_ok=True)


def pragmas(db: apsw.Connection, *settings: str) -> None:
    """Run each `PRAGMA name = value` on its own: apsw runs the statements of one string one by one as its
    cursor is read, so a string of pragmas stops after the first that returns a row (journal_mode does)."""
    for setting in settings:
        for _ in db.execute(f"PRAGMA {setting}"):
            pass


def reusable_tables(package: Package, previous: Path) -> frozenset[str]:
    """Tables of the previous database whose CREATE TABLE is the one this package gives (its rows can be
    copied); empty when the file cannot be read."""
    try:
        db = apsw.Connection(f"file:{previous}?mode=ro", flags=apsw.SQLITE_OPEN_READONLY | apsw.SQLITE_OPEN_URI)
        try:
            found = {name: sql for name, sql in db.execute("SELECT name, sql FROM sqlite_schema WHERE type = 'table'")}
        finally:
            db.close()
    except apsw.Error:
        return frozenset()
    return frozenset(t.name for t in package.tables if found.get(t.name) == create_table_sql(t))


def build_sqlite(package: Package, target: Path, segments: dict[str, list[Segment]] | None = None,
                 previous: Path | None = None, beside: Callable[[Path], Any] | None = None) -> Path:
    """Write the package's tables into a new SQLite database at `target` (replaced if present).

    `segments` (flows.outputs.plan.table_segments) says, per table, which rows to copy from the database
    `previous` and which to read from the CSV file; a table it leaves out is read whole. (When the new rows
    only extend the published tables, flows.outputs.sqlite_append writes the same bytes in less time.)
    `beside`: called with the scratch database's path once every row is in, while `VACUUM INTO` writes
    `target` (vacuum_into); the caller keeps what it computes."""
    plan = segments or {}
    with scratch_database(target) as (db, scratch):
        if any(isinstance(s, Copy) for segs in plan.values() for s in segs) and previous is None:
            raise ValueError("the SQLite plan copies rows but names no previous database")
        pragmas(db, f"page_size = {PAGE_SIZE}", "journal_mode = OFF", "synchronous = OFF")
        if previous is not None:
            db.execute("ATTACH ? AS old", (f"file:{previous}?mode=ro",))
        with db:  # one transaction; foreign keys are not enforced as rows go in, but checked after it, all at once
            for sql in METADATA_SQL:
                db.execute(sql)
            for table in package.tables:
                db.execute(create_table_sql(table))
                _insert_rows(db, table, plan.get(table.name, [Read(None)]))
                for sql in index_sql(table):
                    db.execute(sql)
            _insert_metadata(db, package)
        if previous is not None:
            db.execute("DETACH old")
        problems = _foreign_key_problems(db)
        if problems:
            raise ValueError("the SQLite build breaks foreign keys: " + "; ".join(problems[:5]))
        vacuum_into(db, scratch, target, beside)
    return target


def check_sqlite(package: Package, path: Path, built_here: bool = False) -> list[str]:
    """Problems of a built database: integrity, foreign keys, row counts equal to the CSV files.

    `built_here`: the file is the one `build_sqlite` just wrote in this process, whose rows SQLite checked
    as they went in (NOT NULL, CHECK, and the primary key and UNIQUE through their indexes) and whose
    foreign keys `build_sqlite` checked before `VACUUM INTO` copied them. What can still be wrong is the
    file as written: `PRAGMA quick_check` reads every page of it (b-tree structure, record format, NOT NULL
    and CHECK again) at a sixth of `integrity_check`'s cost, which would also compare every index with its
    table and look up every foreign key once more, both already done on the same rows. Any other file gets
    `integrity_check` and the foreign-key check."""
    if not path.exists():
        return [f"{path} is missing; the SQLite build did not run"]
    db = apsw.Connection(f"file:{path}?mode=ro", flags=apsw.SQLITE_OPEN_READONLY | apsw.SQLITE_OPEN_URI)
    try:
        check = "quick_check" if built_here else "integrity_check"
        problems = [f"{path.name}: {check.replace('_', ' ')} says {r[0]}" for r in db.execute(f"PRAGMA {check}")
                    if r[0] != "ok"]
        problems += [] if built_here else [f"{path.name}: {p}" for p in _foreign_key_problems(db)]
        for table in package.tables:
            (count,) = db.execute(f"SELECT count(*) FROM {sql_name(table.name)}").fetchone()
            if count != len(table.rows):
                problems.append(f"{path.name}: {table.name} has {count} rows, {table.resource['path']} has "
                                f"{len(table.rows)}; rebuild it with the pipeline")
    except apsw.Error as exc:  # a file SQLite cannot read through is a problem to report, not a crash
        problems = [f"{path.name}: SQLite cannot read it ({type(exc).__name__}: {exc}); the file is damaged: "
                    "rebuild it with the pipeline"]
    finally:
        db.close()
    return problems
