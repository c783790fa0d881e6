"""The SQLite build: same tables, keys, indexes and descriptions as the package; deterministic."""
from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from flows.outputs.build import output_paths
from flows.outputs.package import read_package
from flows.outputs.queries import load_queries, run
from flows.outputs.sqlite import build_sqlite, check_sqlite
from flows.schema import TABLES, load_schema
from tests.conftest import copy_published_package
from tests.package_kit import read_csv_rows, write_csv_rows


@pytest.fixture(scope="module")
def db(built_outputs: Path) -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(built_outputs.parent / output_paths(read_package(built_outputs).name)["sqlite"])
    yield connection
    connection.close()


def test_every_schema_table_and_column_is_in_the_database(db: sqlite3.Connection) -> None:
    for table in TABLES:
        columns = [r[1] for r in db.execute(f'PRAGMA table_info("{table}")')]
        assert columns == [f["name"] for f in load_schema(table)["fields"]], table


@pytest.mark.parametrize("table", TABLES)
def test_keys_and_indexes_follow_the_schema(db: sqlite3.Connection, table: str) -> None:
    schema = load_schema(table)
    info = {r[1]: r for r in db.execute(f'PRAGMA table_info("{table}")')}
    assert [name for name, r in sorted(info.items(), key=lambda kv: kv[1][5]) if r[5]] == schema["primaryKey"]
    declared = {(tuple(fk["fields"]), fk["reference"]["resource"], tuple(fk["reference"]["fields"]))
                for fk in schema.get("foreignKeys", [])}
    found: dict[int, list] = {}
    for row in db.execute(f'PRAGMA foreign_key_list("{table}")'):
        found.setdefault(row[0], []).append(row)
    assert {(tuple(r[3] for r in rows), rows[0][2], tuple(r[4] for r in rows)) for rows in found.values()} == declared
    indexed = {tuple(c[2] for c in db.execute(f'PRAGMA index_info("{ix[1]}")'))
               for ix in db.execute(f'PRAGMA index_list("{table}")')}
    assert tuple(schema["primaryKey"]) in indexed
    assert all(fields in indexed for fields, _, _ in declared)
    for f in schema["fields"]:
        assert bool(info[f["name"]][3]) == bool(f.get("constraints", {}).get("required") or f["name"] in schema["primaryKey"])


def test_column_descriptions_are_in_the_metadata_table(db: sqlite3.Connection) -> None:
    rows = {(t, c): d for t, c, d in db.execute('SELECT table_name, column_name, description FROM "_columns"')}
    for table in TABLES:
        for f in load_schema(table)["fields"]:
            assert rows[(table, f["name"])] == " ".join(f["description"].split())
    (sql,) = db.execute("SELECT sql FROM sqlite_master WHERE name = 'demands'").fetchone()
    assert "-- " + " ".join(load_schema("demands")["fields"][0]["description"].split()) in sql


def test_values_keep_their_types(built_outputs: Path, db: sqlite3.Connection) -> None:
    package = read_package(built_outputs)
    for table in package.tables:
        names = [f["name"] for f in table.fields]
        stored = db.execute(f'SELECT {", ".join(chr(34) + n + chr(34) for n in names)} FROM "{table.name}"').fetchall()
        assert len(stored) == len(table.rows)
        for row, values in zip(table.rows, stored):
            for f, value in zip(table.fields, values):
                expected = row[f["name"]]
                if f["type"] == "list" and expected is not None:
                    assert json.loads(value) == expected
                elif f["type"] == "date" and expected is not None:
                    assert value == expected.isoformat()
                elif f["type"] == "boolean" and expected is not None:
                    assert value == int(expected)
                else:
                    assert value == expected, (table.name, f["name"])


def test_json_arrays_unnest_with_json_each(db: sqlite3.Connection) -> None:
    topics = db.execute('SELECT count(*) FROM meetings, json_each(meetings.topics)').fetchone()[0]
    with (Path(__file__).parent.parent / "processed" / "meetings.csv").open(encoding="utf-8") as handle:
        expected = sum(len(r["topics"].split(";")) for r in csv.DictReader(handle) if r["topics"])
    assert topics == expected > 0


def test_same_package_gives_the_same_bytes_and_another_package_other_bytes(tmp_path: Path) -> None:
    package = read_package(copy_published_package(tmp_path / "a"))
    first = build_sqlite(package, tmp_path / "1.sqlite").read_bytes()
    assert build_sqlite(package, tmp_path / "2.sqlite").read_bytes() == first
    changed = tmp_path / "a" / "processed" / "topics.csv"
    changed.write_text(changed.read_text(encoding="utf-8").replace("Refugees", "Refugees and asylum"), encoding="utf-8")
    assert build_sqlite(read_package(tmp_path / "a" / "datapackage.json"), tmp_path / "3.sqlite").read_bytes() != first


def _rewrite(path: Path, column: str, value: str) -> None:
    rows = read_csv_rows(path)
    rows[0][column] = value
    write_csv_rows(path, rows)


def test_a_broken_foreign_key_stops_the_build(tmp_path: Path) -> None:
    descriptor = copy_published_package(tmp_path / "a")
    _rewrite(tmp_path / "a" / "processed" / "demands.csv", "doc_id", "doc-ffffffffffffffff")
    with pytest.raises(ValueError, match="foreign key"):
        build_sqlite(read_package(descriptor), tmp_path / "x.sqlite")
    assert not (tmp_path / "x.sqlite").exists()


@pytest.mark.parametrize("built_here", [False, True])
def test_check_finds_a_database_that_disagrees_with_the_csv(tmp_path: Path, built_here: bool) -> None:
    descriptor = copy_published_package(tmp_path / "a")
    target = build_sqlite(read_package(descriptor), tmp_path / "x.sqlite")
    assert check_sqlite(read_package(descriptor), target, built_here) == []
    connection = sqlite3.connect(target)
    connection.execute('DELETE FROM "changes"')
    connection.commit()
    connection.close()
    assert any("changes has 0 rows" in p for p in check_sqlite(read_package(descriptor), target, built_here))


@pytest.mark.parametrize("built_here", [False, True])
def test_check_finds_a_database_damaged_after_it_was_written(tmp_path: Path, built_here: bool) -> None:
    """The check of a database just built (quick_check) still reads every page: a page overwritten on disk
    after the build is found, as the full integrity check finds it."""
    descriptor = copy_published_package(tmp_path / "a")
    target = build_sqlite(read_package(descriptor), tmp_path / "x.sqlite")
    connection = sqlite3.connect(target)
    root = connection.execute("SELECT rootpage FROM sqlite_schema WHERE name = 'statements'").fetchone()[0]
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    connection.close()
    with target.open("r+b") as handle:  # the statements table's root page, its cell pointers overwritten
        handle.seek((root - 1) * page_size + 8)
        handle.write(b"\xff" * 64)
    problems = check_sqlite(read_package(descriptor), target, built_here)
    assert problems and any("check says" in p or "malformed" in p or "corrupt" in p for p in problems), problems


def test_only_a_database_built_here_skips_the_foreign_key_lookups(tmp_path: Path) -> None:
    """A database from elsewhere is checked in full: a dangling foreign key is reported."""
    descriptor = copy_published_package(tmp_path / "a")
    target = build_sqlite(read_package(descriptor), tmp_path / "x.sqlite")
    connection = sqlite3.connect(target)
    connection.execute('UPDATE "demands" SET "doc_id" = \'doc-ffffffffffffffff\'')
    connection.commit()
    connection.close()
    assert any("foreign key" in p for p in check_sqlite(read_package(descriptor), target))


@pytest.mark.parametrize("query", [q.name for q in load_queries()])
def test_every_canned_query_runs_and_returns_rows(built_outputs: Path, query: str) -> None:
    database = built_outputs.parent / output_paths(read_package(built_outputs).name)["sqlite"]
    rows = run(database, query, {"name": "a"})
    assert rows, f"{query} returned no rows on the seed package"


def test_demands_per_ministry_per_year_adds_up_to_every_demand(built_outputs: Path) -> None:
    database = built_outputs.parent / output_paths(read_package(built_outputs).name)["sqlite"]
    rows = run(database, "demands_per_ministry_per_year")
    assert sum(r["demands"] for r in rows) == len(read_package(built_outputs).table("demands").rows)


def test_a_text_longer_than_the_csv_modules_field_limit_is_read(tmp_path: Path) -> None:
    import csv as csv_module

    descriptor = copy_published_package(tmp_path / "a")
    note = "lang " * 40_000  # 200,000 characters: over the csv module's default 131,072
    _rewrite(tmp_path / "a" / "processed" / "documents.csv", "note", note)
    before = csv_module.field_size_limit()
    assert read_package(descriptor).table("documents").rows[0]["note"] == note
    assert csv_module.field_size_limit() == before  # the module's limit is left as it was
