"""The SQLite build of a daily run: the published database copied, the new documents' rows appended.

When every document table of the new package is the published one's rows, in the same order, followed
by new rows (new documents whose files sort after every published one: the usual daily run), the
database a build from scratch would write differs from the published one only by those rows and the
tables rewritten whole (persons, topics, changes and the metadata tables). Then the published file is
copied (by the kernel), the new rows are inserted at the end of their tables, the small tables are
emptied and filled again, and `VACUUM INTO` writes the result: VACUUM copies each table and index in
key order into a fresh file, so its bytes depend on the rows, their rowids and the schema alone. The
rows of a document table keep their rowids (1..n, then the new ones, as a build from scratch numbers
them); an emptied table numbers its rows from 1 again; the schema cookie, which each `VACUUM INTO`
counts up by one, is set back to the published file's source's, so the file is byte for byte the
one `flows.outputs.sqlite.build_sqlite` writes from scratch (tests/test_outputs_incremental.py).

Anything else (a document removed, changed or inserted between published ones, another schema, a
database this code did not write) takes the general path: every row inserted into a new database,
the unchanged ones copied from the published database in SQLite.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import apsw

from flows.outputs.package import Package
from flows.outputs.plan import Copy, Read, Segment
from flows.outputs.sqlite import _insert_rows, create_table_sql, index_sql, pragmas, scratch_database, vacuum_into
from flows.outputs.sqlite_meta import METADATA_SQL, META_TABLES, _insert_metadata
from flows.sql_quote import sql_name

APPEND_CACHE_KIB = 8192


def _expected_schema(package: Package) -> list[str]:
    """Every CREATE statement a build of `package` runs, in the order it runs them."""
    sql = list(METADATA_SQL)
    for table in package.tables:
        sql += [create_table_sql(table), *index_sql(table)]
    return sql


def _appended(segments: list[Segment], old_rows: int) -> list[Segment] | None:
    """The segments to insert when `segments` is all `old_rows` rows of the published table, then new rows
    read from the CSV file; None otherwise."""
    if not segments or not isinstance(segments[0], Copy):  # no published rows to keep: only a table that had none
        return list(segments) if not old_rows and all(isinstance(s, Read) and s.ranges is not None
                                                       for s in segments) else None
    first = segments[0]
    if first.first != 1 or first.count != old_rows or any(not isinstance(s, Read) for s in segments[1:]):
        return None
    return segments[1:]


def _plan(db: apsw.Connection, package: Package, segments: dict[str, list[Segment]]
          ) -> dict[str, list[Segment] | None] | None:
    """Per table: the segments to append (a document table), or None (a table rewritten whole); None when
    the published database cannot be extended this way."""
    found = sorted(sql for (sql,) in db.execute("SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL"))
    if found != sorted(_expected_schema(package)):
        return None
    plan: dict[str, list[Segment] | None] = {}
    for table in package.tables:
        if table.name not in segments:
            plan[table.name] = None
            continue
        (rows, last) = db.execute(f"SELECT count(*), coalesce(max(rowid), 0) FROM {sql_name(table.name)}").fetchone()
        if rows != last:
            return None
        append = _appended(segments[table.name], rows)
        if append is None:
            return None
        plan[table.name] = append
    return plan


def _append(db: apsw.Connection, package: Package, plan: dict[str, list[Segment] | None]) -> None:
    """The new rows appended, the small tables emptied and filled again, in the open transaction.

    Foreign keys are enforced by SQLite as the rows go in: with `foreign_keys` on and the constraints
    deferred, every row inserted without its parent, and every parent deleted while it has children,
    counts one violation, every parent inserted for waiting children and child removed takes them off,
    and the commit fails while any is left (apsw.ConstraintError). The published database had none
    (its build checked every key), so a commit that succeeds leaves none: the whole-database
    `PRAGMA foreign_key_check` a build from scratch runs (a lookup per row of every table, 0.3 CPU-s at
    20,000 documents) would find nothing more."""
    db.execute("PRAGMA defer_foreign_keys = ON")
    for name in META_TABLES:
        db.execute(f"DELETE FROM {sql_name(name)}")
    for table in package.tables:
        append = plan[table.name]
        if append is None:
            db.execute(f"DELETE FROM {sql_name(table.name)}")
            _insert_rows(db, table, [Read(None)])
        else:
            _insert_rows(db, table, append)
    _insert_metadata(db, package)


def append_sqlite(package: Package, target: Path, segments: dict[str, list[Segment]], previous: Path,
                  beside: Callable[[Path], Any] | None = None) -> Path | None:
    """Write the package's database at `target` from the published one at `previous` and the new rows, when
    the plan allows it (see above); None when it does not (nothing is written, `beside` is not called).
    `beside`: as for flows.outputs.sqlite.build_sqlite."""
    with scratch_database(target, copy_of=previous) as (db, scratch):
        # a few thousand rows go in; VACUUM INTO reads the file once in order: a small page cache will do
        pragmas(db, "journal_mode = OFF", "synchronous = OFF", f"cache_size = -{APPEND_CACHE_KIB}", "foreign_keys = ON")
        plan = _plan(db, package, segments)
        if plan is None:
            return None
        (cookie,) = db.execute("PRAGMA schema_version").fetchone()
        try:
            with db:  # one transaction; foreign keys checked at its end (see _append)
                _append(db, package, plan)
        except apsw.ConstraintError as exc:
            raise ValueError(f"the SQLite build breaks a constraint: {exc}") from exc
        # VACUUM INTO counts the schema cookie up by one: the published file's is its scratch file's plus one
        db.execute(f"PRAGMA schema_version = {int(cookie) - 1}")
        vacuum_into(db, scratch, target, beside)
    return target
