"""Types that survive every reader: each table loads into the same types and values from
CSV and from Parquet in pandas, polars and DuckDB (with flows.load's schema-driven recipe),
frictionless reads and exports the package, and column names are safe in SQL."""
from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import duckdb
import pandas as pd
import polars as pl
import pytest

from flows import load
from flows.extract import extract
from flows.ingest import ingest
from flows.publish import stage, swap_in
from flows.release import Delta, change_rows
from flows.schema import TABLES, arrow_schema, field_names, fields, load_schema
from flows.tables import build_tables
from flows.validate import validate_package

ROOT = Path(__file__).resolve().parent.parent
# SQLite's keywords (sqlite.org/lang_keywords.html) and PostgreSQL's reserved words; DuckDB's come from DuckDB.
SQL_KEYWORDS = set("""
ABORT ACTION ADD AFTER ALL ALTER ALWAYS ANALYZE AND AS ASC ATTACH AUTOINCREMENT BEFORE BEGIN BETWEEN BY CASCADE
CASE CAST CHECK COLLATE COLUMN COMMIT CONFLICT CONSTRAINT CREATE CROSS CURRENT CURRENT_DATE CURRENT_TIME
CURRENT_TIMESTAMP DATABASE DEFAULT DEFERRABLE DEFERRED DELETE DESC DETACH DISTINCT DO DROP EACH ELSE END ESCAPE
EXCEPT EXCLUDE EXCLUSIVE EXISTS EXPLAIN FAIL FILTER FIRST FOLLOWING FOR FOREIGN FROM FULL GENERATED GLOB GROUP
GROUPS HAVING IF IGNORE IMMEDIATE IN INDEX INDEXED INITIALLY INNER INSERT INSTEAD INTERSECT INTO IS ISNULL JOIN
KEY LAST LEFT LIKE LIMIT MATCH MATERIALIZED NATURAL NO NOT NOTHING NOTNULL NULL NULLS OF OFFSET ON OR ORDER
OTHERS OUTER OVER PARTITION PLAN PRAGMA PRECEDING PRIMARY QUERY RAISE RANGE RECURSIVE REFERENCES REGEXP REINDEX
RELEASE RENAME REPLACE RESTRICT RETURNING RIGHT ROLLBACK ROW ROWS SAVEPOINT SELECT SET TABLE TEMP TEMPORARY THEN
TIES TO TRANSACTION TRIGGER UNBOUNDED UNION UNIQUE UPDATE USING VACUUM VALUES VIEW VIRTUAL WHEN WHERE WINDOW WITH
WITHOUT ANALYSE ANY ARRAY ASYMMETRIC BOTH CURRENT_CATALOG CURRENT_ROLE CURRENT_USER FALSE FETCH GRANT LATERAL
LEADING LOCALTIME LOCALTIMESTAMP ONLY PLACING SESSION_USER SOME SYMMETRIC SYSTEM_USER TRAILING TRUE USER VARIADIC
""".split())


def reserved_words() -> set[str]:
    duck = duckdb.sql("SELECT upper(keyword_name) FROM duckdb_keywords() WHERE keyword_category = 'reserved'")
    return SQL_KEYWORDS | {row[0] for row in duck.fetchall()}


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed texts published as a package; one text has full provenance, so columns hold values and nulls."""
    raw = tmp_path_factory.mktemp("raw")
    for path in (ROOT / "raw").iterdir():
        shutil.copy(path, raw / path.name)
    (raw / "004_8c0d8c14a1ed8e8f.meta.json").write_text(json.dumps({
        "url": "https://www.regjeringen.no/no/aktuelt/test/id1/", "publisher": "regjeringen.no",
        "published": "2021-03-16", "fetched_at": "2026-11-25T06:00:00Z"}))
    tables = build_tables([extract(d) for d in ingest(raw)[0]])
    delta = Delta(added={t: [] for t in tables}, modified={"persons": [(tables["persons"][0]["person_id"],
                                                                         ["roles", "organisations"])]})
    tables["changes"] = change_rows("2.0.0", delta)
    out = tmp_path_factory.mktemp("out")
    path = stage(tables, out, "2.0.0", "# 2.0.0\n")
    assert validate_package(path) == []
    swap_in(out)
    return out / "datapackage.json"


@pytest.mark.parametrize("table", TABLES)
def test_pandas_reads_csv_and_parquet_alike(package: Path, table: str) -> None:
    csv, parquet = load.read_pandas(package, table, "csv"), load.read_pandas(package, table, "parquet")
    assert list(csv.columns) == field_names(table)
    assert csv.dtypes.to_dict() == parquet.dtypes.to_dict()
    assert csv.equals(parquet)
    # the recipe gives what plain pd.read_parquet gives: Parquet files carry their pandas types
    assert pd.read_parquet(load.path_of(package, table, "parquet")).dtypes.to_dict() == parquet.dtypes.to_dict()


@pytest.mark.parametrize("table", TABLES)
def test_polars_reads_csv_and_parquet_alike(package: Path, table: str) -> None:
    csv, parquet = load.read_polars(package, table, "csv"), load.read_polars(package, table, "parquet")
    assert csv.schema == parquet.schema
    assert csv.equals(parquet)


@pytest.mark.parametrize("table", TABLES)
def test_duckdb_reads_csv_and_parquet_alike(package: Path, table: str) -> None:
    con = duckdb.connect()
    csv, parquet = con.sql(load.duckdb_sql(package, table, "csv")), con.sql(load.duckdb_sql(package, table, "parquet"))
    assert csv.columns == parquet.columns == field_names(table)
    assert [str(t) for t in csv.types] == [str(t) for t in parquet.types]
    assert csv.fetchall() == parquet.fetchall()


EXPECTED = {  # column: (pandas, polars, DuckDB), the same from either file
    ("documents", "url"): ("str", pl.String, "VARCHAR"),  # mostly empty
    ("documents", "accessed"): ("object", pl.Date, "DATE"),
    ("documents", "full_text"): ("boolean", pl.Boolean, "BOOLEAN"),
    ("meetings", "date_year"): ("Int64", pl.Int64, "BIGINT"),  # all empty in the seeds
    ("meetings", "date"): ("object", pl.Date, "DATE"),  # all empty in the seeds
    ("meetings", "topics"): ("object", pl.List(pl.String), "VARCHAR[]"),
    ("persons", "roles"): ("object", pl.List(pl.String), "VARCHAR[]"),
    ("changes", "columns"): ("object", pl.List(pl.String), "VARCHAR[]"),
    ("statements", "char_start"): ("Int64", pl.Int64, "BIGINT"),
}


@pytest.mark.parametrize(("table", "column"), list(EXPECTED))
@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_the_types_each_reader_gets(package: Path, table: str, column: str, fmt: str) -> None:
    pandas_type, polars_type, duck_type = EXPECTED[(table, column)]
    assert str(load.read_pandas(package, table, fmt)[column].dtype) == pandas_type
    assert load.read_polars(package, table, fmt).schema[column] == polars_type
    relation = duckdb.sql(load.duckdb_sql(package, table, fmt))
    assert str(relation.types[relation.columns.index(column)]) == duck_type


def test_without_the_recipe_empty_columns_change_type(package: Path, tmp_path: Path) -> None:
    """Why the recipe exists: readers guess the type of a CSV column, and an empty one goes wrong."""
    naive = pd.read_csv(load.path_of(package, "meetings", "csv"))
    assert str(naive["date_year"].dtype) == "float64"  # the recipe: Int64
    undated = tmp_path / "undated.csv"  # the meetings without a year: date_year and date all empty
    lines = load.path_of(package, "meetings", "csv").read_text(encoding="utf-8").splitlines(keepends=True)
    undated.write_text("".join([lines[0]] + [line for line in lines[1:] if ",2021," not in line]), encoding="utf-8")
    guessed = duckdb.sql(f"SELECT * FROM read_csv('{undated.as_posix()}')")
    assert [str(guessed.types[guessed.columns.index(c)]) for c in ("date_year", "date")] == ["VARCHAR", "VARCHAR"]


def test_list_values_read_back_as_lists(package: Path) -> None:
    changes = load.read_pandas(package, "changes", "parquet")
    assert changes.loc[0, "columns"] == ["roles", "organisations"]
    meetings = load.read_polars(package, "meetings", "csv")
    assert meetings["topics"].to_list()[0][:2] == load.read_polars(package, "meetings", "parquet")["topics"].to_list()[0][:2]


def test_schema_rules_for_sql_and_v2() -> None:
    reserved = reserved_words()
    assert {"TABLE", "ORDER", "USER"} <= reserved  # the check can fail
    for table in TABLES:
        schema = load_schema(table)
        for f in fields(table):
            assert f["name"].upper() not in reserved, f"{table}.{f['name']} is an SQL reserved word"
            required = f.get("constraints", {}).get("required", False)
            # frictionless' SQLite export evaluates REGEXP on NULL and fails: patterns only where a value is required
            assert "pattern" not in f.get("constraints", {}) or required, f"{table}.{f['name']}"
            if f["type"] == "list":
                assert f["delimiter"] == ";" and f["itemType"] == "string"
            if "enum" in f.get("constraints", {}):
                values = [c["value"] if isinstance(c, dict) else c for c in f["categories"]]
                assert values == f["constraints"]["enum"], f"{table}.{f['name']}: categories differ from enum"
        assert arrow_schema(table).names == field_names(table)
        fks = {tuple(fk["fields"]) for fk in schema.get("foreignKeys", [])}
        for name in ("doc_id", "meeting_id", "statement_id", "person_id"):
            if name in field_names(table) and name != schema["primaryKey"][0] and table not in ("changes",):
                assert (name,) in fks, f"{table}.{name} has no foreign key"
    assert ("topic",) in {tuple(fk["fields"]) for fk in load_schema("demands")["foreignKeys"]}


def test_topic_codes_agree_everywhere() -> None:
    from flows.lexicon import load as lexicon

    codes = list(lexicon("topics"))
    for table, column in (("topics", "code"), ("demands", "topic")):
        field = next(f for f in fields(table) if f["name"] == column)
        assert [c["value"] for c in field["categories"]] == field["constraints"]["enum"] == codes


def test_frictionless_reads_lists_and_exports_to_sqlite(package: Path, tmp_path: Path) -> None:
    from frictionless import Package

    pkg = Package(str(package))
    rows = pkg.get_table_resource("meetings").read_rows()
    assert all(isinstance(r["topics"], list) for r in rows if r["topics"] is not None)
    database = tmp_path / "ks.sqlite"
    pkg.publish(f"sqlite:///{database}")
    with sqlite3.connect(database) as con:
        counts = {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in TABLES}
        joined = con.execute("SELECT count(*) FROM demands d JOIN topics t ON t.code = d.topic").fetchone()[0]
    expected = {t: len(load.read_pandas(package, t)) for t in TABLES}
    assert counts == expected and joined == expected["demands"]


def test_frictionless_command_line_validates_and_indexes(package: Path, tmp_path: Path) -> None:
    exe = Path(sys.executable).parent / "frictionless"
    checked = subprocess.run([str(exe), "validate", str(package)], capture_output=True, text=True, cwd=package.parent)
    assert checked.returncode == 0, checked.stdout[-2000:]
    indexed = subprocess.run([str(exe), "index", str(package), "--database", f"sqlite:///{tmp_path / 'i.db'}"],
                             capture_output=True, text=True, cwd=package.parent)
    assert indexed.returncode == 0, indexed.stdout[-2000:]
    with sqlite3.connect(tmp_path / "i.db") as con:
        assert con.execute("SELECT count(*) FROM demands").fetchone()[0] == len(load.read_pandas(package, "demands"))
