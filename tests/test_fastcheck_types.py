"""The fast check on Table Schema features the project's schemas do not use (yet): every v2 type
(number, datetime, time, year, yearmonth, list, object, email strings), custom boolean values,
several missing values, length and exclusive bounds, a self-referencing and a composite foreign
key. A small hand-made package is broken cell by cell; the fast check and frictionless must give
the same verdict on the same rows. A property test holds the SQL reading of each type against
frictionless's reader on generated cells."""
from __future__ import annotations

import csv
import json
from datetime import timezone
from pathlib import Path
from typing import Any

import duckdb
import pytest
from frictionless import Field, Package
from hypothesis import given, settings
from hypothesis import strategies as st

from flows.fastcheck import fast_check
from flows.fastcheck.cells import Readers, typed

THINGS = [
    {"name": "id", "type": "integer"},
    {"name": "parent", "type": "integer"},
    {"name": "code", "type": "string", "constraints": {"minLength": 2, "maxLength": 5, "pattern": "[A-Z]+",
                                                        "unique": True}},
    {"name": "score", "type": "number", "constraints": {"minimum": 0, "exclusiveMaximum": 100}},
    {"name": "flag", "type": "boolean", "trueValues": ["ja"], "falseValues": ["nei"]},
    {"name": "day", "type": "date", "constraints": {"minimum": "2000-01-01"}},
    {"name": "at", "type": "datetime"},
    {"name": "clock", "type": "time"},
    {"name": "yr", "type": "year", "constraints": {"minimum": 1990}},
    {"name": "ym", "type": "yearmonth", "constraints": {"maximum": "2030-12"}},
    {"name": "tags", "type": "list", "delimiter": ";", "constraints": {"required": True, "minLength": 1,
                                                                       "maxLength": 3}},
    {"name": "counts", "type": "list", "itemType": "integer"},
    {"name": "mail", "type": "string", "format": "email"},
    {"name": "meta", "type": "object"},
]
LINKS = [{"name": "thing", "type": "integer"}, {"name": "year", "type": "year"}, {"name": "note", "type": "string"}]
THING_ROWS = [
    ["1", "", "AB", "1.5", "ja", "2001-02-03", "2024-01-01T10:00:00", "10:00:00", "1990", "2024-05", "a;b", "1,2",
     "a@example.org", '{"a": 1}'],
    ["2", "1", "ABC", "99.5", "nei", "2024-12-31", "2024-06-30T23:59:59", "23:59:59", "2024", "2030-12", "x", "",
     "", ""],
    ["3", "2", "XYZ", "0", "", "", "", "", "", "", "z", "3", "b@example.org", "{}"],
]
LINK_ROWS = [["1", "1990", "first"], ["2", "2024", "second"], ["", "", "no reference"]]
TH, LI = {f["name"]: i for i, f in enumerate(THINGS)}, {f["name"]: i for i, f in enumerate(LINKS)}


def write_package(folder: Path, things: list[list[str]], links: list[list[str]]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, fields, rows in (("things", THINGS, things), ("links", LINKS, links)):
        with (folder / f"{name}.csv").open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle, lineterminator="\n").writerows([[f["name"] for f in fields], *rows])
    descriptor = {
        "$schema": "https://datapackage.org/profiles/2.0/datapackage.json", "name": "types",
        "resources": [
            {"name": "things", "type": "table", "path": "things.csv", "format": "csv", "schema": {
                "$schema": "https://datapackage.org/profiles/2.0/tableschema.json", "fields": THINGS,
                "missingValues": ["", "NA"], "primaryKey": ["id"],
                "foreignKeys": [{"fields": ["parent"], "reference": {"resource": "", "fields": ["id"]}}]}},
            {"name": "links", "type": "table", "path": "links.csv", "format": "csv", "schema": {
                "$schema": "https://datapackage.org/profiles/2.0/tableschema.json", "fields": LINKS,
                "foreignKeys": [{"fields": ["thing", "year"],
                                 "reference": {"resource": "things", "fields": ["id", "yr"]}}]}},
        ]}
    (folder / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    return folder / "datapackage.json"


# (id, table, row index, field, new cell, the check the fast check reports or None for valid)
EDITS = [
    ("valid", "things", 0, "id", "1", None),
    ("duplicate primary key", "things", 1, "id", "1", "primary-key"),
    ("dangling self reference", "things", 1, "parent", "9", "foreign-key"),
    ("empty self reference", "things", 1, "parent", "", None),
    ("unique string repeated", "things", 2, "code", "AB", "unique"),
    ("too short", "things", 0, "code", "A", "minLength"),
    ("too long", "things", 0, "code", "ABCDEF", "maxLength"),
    ("pattern", "things", 0, "code", "ab", "pattern"),
    ("exclusive maximum", "things", 0, "score", "100", "exclusiveMaximum"),
    ("exclusive maximum, exponent", "things", 0, "score", "1e2", "exclusiveMaximum"),
    ("number NaN breaks its bounds", "things", 0, "score", "NaN", "minimum"),
    ("number with spaces (valid)", "things", 0, "score", " 5 ", None),
    ("below the minimum", "things", 0, "score", "-0.5", "minimum"),
    ("boolean not in trueValues", "things", 0, "flag", "true", "type"),
    ("date below its minimum", "things", 0, "day", "1999-12-31", "minimum"),
    ("date without zero padding (valid)", "things", 0, "day", "2001-2-3", None),
    ("impossible date", "things", 0, "day", "2023-02-29", "type"),
    ("datetime with a space (valid)", "things", 0, "at", "2024-01-01 10:00:00", None),
    ("datetime with a zone (valid)", "things", 0, "at", "2024-01-01T10:00:00+02:00", None),
    ("datetime without seconds", "things", 0, "at", "2024-01-01T10:00", "type"),
    ("time 24:00 (valid)", "things", 0, "clock", "24:00:00", None),
    ("time without padding", "things", 0, "clock", "7:00:00", "type"),
    ("year below its minimum", "things", 0, "yr", "1989", "minimum"),
    ("year of five digits", "things", 2, "yr", "12345", "type"),
    ("yearmonth above its maximum", "things", 0, "ym", "2031-01", "maximum"),
    ("yearmonth month 13", "things", 0, "ym", "2024-13", "type"),
    ("yearmonth without padding (valid)", "things", 0, "ym", "2024-5", None),
    ("list missing (NA) but required", "things", 0, "tags", "NA", "required"),
    ("list too long", "things", 0, "tags", "a;b;c;d", "maxLength"),
    ("integer list with text", "things", 0, "counts", "1,x", "type"),
    ("integer list with spaces (valid)", "things", 0, "counts", "1, 2", None),
    ("email", "things", 0, "mail", "nobody", "type"),
    ("object", "things", 0, "meta", "{broken", "type"),
    ("composite foreign key", "links", 0, "year", "1991", "foreign-key"),
    ("composite foreign key, half empty", "links", 0, "year", "", "foreign-key"),
    ("composite foreign key, all empty", "links", 1, "thing", "", "foreign-key"),
]


@pytest.mark.parametrize(("table", "row", "field", "cell", "check"), [e[1:] for e in EDITS], ids=[e[0] for e in EDITS])
def test_fast_check_and_frictionless_agree_on_every_type(tmp_path: Path, table: str, row: int, field: str, cell: str,
                                                         check: str | None) -> None:
    things, links = [list(r) for r in THING_ROWS], [list(r) for r in LINK_ROWS]
    if table == "things":
        things[row][TH[field]] = cell
    else:
        links[row][LI[field]] = cell
        if field == "thing":  # all empty: clear the year as well
            links[row][LI["year"]] = ""
            check = None
    path = write_package(tmp_path, things, links)
    report = Package(str(path)).validate()
    frictionless_rows = {(t.name, e.row_number) for t in report.tasks for e in t.errors if getattr(e, "row_number", None)}
    problems = fast_check(path)
    assert report.valid == (check is None) == (problems == []), "\n".join(map(str, problems))
    if check:
        assert check in {p.check for p in problems}, "\n".join(map(str, problems))
    assert {(p.resource.split(" (")[0], p.row) for p in problems if p.row} == frictionless_rows


# The SQL reading of each type against frictionless's reader.

FIELDS: dict[str, dict[str, Any]] = {
    "integer": {"name": "x", "type": "integer"},
    "number": {"name": "x", "type": "number"},
    "boolean": {"name": "x", "type": "boolean"},
    "date": {"name": "x", "type": "date"},
    "datetime": {"name": "x", "type": "datetime"},
    "time": {"name": "x", "type": "time"},
    "year": {"name": "x", "type": "year"},
    "yearmonth": {"name": "x", "type": "yearmonth"},
    "list": {"name": "x", "type": "list", "itemType": "integer"},
    "uri": {"name": "x", "type": "string", "format": "uri"},
}
CELLS = {
    "integer": st.from_regex(r"\A[ +\-]?[0-9_]{0,20}[ ]?\Z"),
    "number": st.from_regex(r"\A[ +\-]?[0-9_]{0,16}(\.[0-9]{0,16})?([eE][+\-]?[0-9]{1,3})?[ ]?\Z")
    | st.sampled_from(["NaN", "inf", "-Infinity", "sNaN", "1e999", ".5", "5."]),
    "boolean": st.sampled_from(["true", "True", "TRUE", "1", "false", "0", "yes", " true", ""]),
    "date": st.from_regex(r"\A[0-9]{3,5}-[0-9 ]{1,2}-[0-9 ]{1,3}\Z"),
    "datetime": st.from_regex(r"\A[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,7})?)?"
                              r"(Z|[+\-][0-9]{2}(:?[0-9]{2})?)?\Z"),
    "time": st.from_regex(r"\A[0-9]{1,2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6})?)?(Z|[+\-][0-9]{2}:[0-9]{2})?\Z"),
    "year": st.from_regex(r"\A[ +\-]?[0-9]{1,5}\Z"),
    "yearmonth": st.from_regex(r"\A[+\-]?[0-9]{1,5}-[0-9]{1,3}\Z"),
    "list": st.from_regex(r"\A[0-9 x,]{0,12}\Z"),
    "uri": st.from_regex(r"\A[a-zA-Z0-9+.:/?# -]{0,12}\Z"),
}


def python_value(kind: str, value: Any) -> Any:
    """frictionless's value as DuckDB hands back the SQL value."""
    if value is None:
        return None
    if kind == "number":
        return "nan" if value.is_nan() else float(value)
    if kind == "datetime" and value.tzinfo is not None:
        return value.astimezone(timezone.utc).replace(tzinfo=None)
    if kind == "time":
        return value.replace(tzinfo=None)
    if kind == "yearmonth":
        return [value.year, value.month]
    return value


@pytest.fixture(scope="module")
def con() -> duckdb.DuckDBPyConnection:
    connection = duckdb.connect()
    readers = Readers()
    readers.register(connection)
    for kind, spec in FIELDS.items():
        readers.add(kind, spec)
    return connection


@pytest.mark.parametrize("kind", list(FIELDS))
@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_sql_reads_cells_as_frictionless_does(con: duckdb.DuckDBPyConnection, kind: str, data: st.DataObject) -> None:
    cells = data.draw(st.lists(CELLS[kind] | st.text(max_size=6), min_size=1, max_size=30))
    expression = typed(FIELDS[kind], "x", kind)
    shown = {"number": f"CASE WHEN isnan({expression}) THEN 'nan' ELSE CAST({expression} AS VARCHAR) END",
             "yearmonth": f"CASE WHEN {expression} IS NOT NULL THEN [year({expression}), month({expression})] END",
             }.get(kind, expression)
    got = [row[0] for row in con.execute(f"SELECT {shown} FROM unnest(?::VARCHAR[]) WITH ORDINALITY AS t(x, i) "
                                         "ORDER BY i", [cells]).fetchall()]
    reader = Field.from_descriptor(FIELDS[kind]).create_value_reader()
    expected = [python_value(kind, reader(cell)) for cell in cells]
    if kind == "number":
        got = [g if g in (None, "nan") else float(g) for g in got]
    assert got == expected, list(zip(cells, got, expected))
