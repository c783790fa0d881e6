"""The publish gate's fast check against frictionless, case by case.

The seed texts are published once into a temporary folder; each case copies that
valid package, breaks it in one way a schema can be broken (in the CSV, the
Parquet file or both), re-stamps the descriptor's bytes and hash (unless the case
is about them) and asserts the verdicts: the gate (`validate_package`: descriptor
check + fast check) and frictionless (`Package.validate()`, what `frictionless
validate` runs) agree, and the fast check names the broken constraint on the same
rows as frictionless. Where they differ on purpose the case says why.
"""
from __future__ import annotations

import csv
import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from frictionless import FrictionlessException, Package

from flows.publish import stage
from flows.validate import descriptor_errors, fast_problems, validate_package
from flows.schema import arrow_schema
from flows.writers import PANDAS_DTYPES, file_stats, write_parquet
from tests.package_kit import seed_tables

NOT_READ = ("frictionless does not read the Parquet copies: they are not resources (the `parquet` entry of a "
            "resource), since frictionless-py cannot read a list<string> column as a list field")


@pytest.fixture(scope="module")
def valid_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed texts published once with the project's writers."""
    return stage(seed_tables(), tmp_path_factory.mktemp("valid"), "1.0.0", "# Changelog\n").parent


# Corruptions: each edits the package in `pkg` and returns the names of the resources it touched.

def _csv_path(pkg: Path, table: str) -> Path:
    return pkg / "processed" / f"{table}.csv"


def read_rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def write_rows(path: Path, rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows)


def restamp(pkg: Path, names: set[str]) -> None:
    """Write the touched files' true bytes and hash into the descriptor (only the intended problem remains)."""
    path = pkg / "datapackage.json"
    descriptor = json.loads(path.read_text(encoding="utf-8"))
    for res in descriptor["resources"]:
        entries = ([res] if res["name"] in names else []) + ([res["parquet"]] if f"{res['name']}-parquet" in names else [])
        for entry in entries:  # the CSV resource, or its Parquet copy (the resource's `parquet` entry)
            size, digest = file_stats(pkg / entry["path"])
            entry["hash"] = f"sha256:{digest}"
            if "bytes" in entry:
                entry["bytes"] = size
    path.write_text(json.dumps(descriptor, indent=2, ensure_ascii=False), encoding="utf-8")


def edit_csv(table: str, edit: Callable[[list[list[str]]], None]) -> Callable[[Path], set[str]]:
    def apply(pkg: Path) -> set[str]:
        rows = read_rows(_csv_path(pkg, table))
        edit(rows)
        write_rows(_csv_path(pkg, table), rows)
        return {table}
    return apply


def edit_parquet(table: str, edit: Callable[[list[dict[str, Any]]], None]) -> Callable[[Path], set[str]]:
    def apply(pkg: Path) -> set[str]:
        path = pkg / "processed" / f"{table}.parquet"
        rows = pq.read_table(path).to_pylist()
        edit(rows)
        try:
            write_parquet(table, rows, path)
        except ValueError:  # a null in a required column: the writer refuses it, so write it nullable
            schema = pa.schema([f.with_nullable(True) for f in arrow_schema(table)])
            frame = pa.Table.from_pylist(rows, schema=schema).to_pandas(types_mapper=PANDAS_DTYPES.get)
            pq.write_table(pa.Table.from_pandas(frame, schema=schema, preserve_index=False), path)
        return {f"{table}-parquet"}
    return apply


def set_cell(table: str, row: int, field: str, csv_value: str | None, parquet_value: Any = "same",
             fmts: tuple[str, ...] = ("csv", "parquet")) -> Callable[[Path], set[str]]:
    """Data row `row` (0-based) of `table` gets a new value in the chosen files."""
    def csv_edit(rows: list[list[str]]) -> None:
        rows[row + 1][rows[0].index(field)] = csv_value or ""

    def parquet_edit(rows: list[dict[str, Any]]) -> None:
        rows[row][field] = csv_value if parquet_value == "same" else parquet_value

    def apply(pkg: Path) -> set[str]:
        touched: set[str] = set()
        if "csv" in fmts:
            touched |= edit_csv(table, csv_edit)(pkg)
        if "parquet" in fmts:
            touched |= edit_parquet(table, parquet_edit)(pkg)
        return touched
    return apply


def copy_key(table: str, fields: tuple[str, ...], fmts: tuple[str, ...] = ("csv", "parquet")) -> Callable[[Path], set[str]]:
    """Data row 2 takes the key of data row 1."""
    def csv_edit(rows: list[list[str]]) -> None:
        for f in fields:
            rows[2][rows[0].index(f)] = rows[1][rows[0].index(f)]

    def parquet_edit(rows: list[dict[str, Any]]) -> None:
        for f in fields:
            rows[1][f] = rows[0][f]

    def apply(pkg: Path) -> set[str]:
        touched: set[str] = set()
        if "csv" in fmts:
            touched |= edit_csv(table, csv_edit)(pkg)
        if "parquet" in fmts:
            touched |= edit_parquet(table, parquet_edit)(pkg)
        return touched
    return apply


def columns(table: str, change: Callable[[list[str]], list[str]]) -> Callable[[Path], set[str]]:
    """Every CSV line (header and data) rearranged by the same function."""
    return edit_csv(table, lambda rows: rows.__setitem__(slice(None), [change(r) for r in rows]))


def parquet_column(table: str, field: str, arrow_type: pa.DataType | None = None,
                   rename: str | None = None) -> Callable[[Path], set[str]]:
    def apply(pkg: Path) -> set[str]:
        path = pkg / "processed" / f"{table}.parquet"
        data = pq.read_table(path)
        i = data.schema.get_field_index(field)
        if arrow_type is not None:
            data = data.set_column(i, field, data.column(i).cast(arrow_type))
        if rename is not None:
            data = data.rename_columns([rename if n == field else n for n in data.schema.names])
        pq.write_table(data, path)
        return {f"{table}-parquet"}
    return apply


def descriptor(name: str, change: Callable[[dict[str, Any]], None]) -> Callable[[Path], set[str]]:
    """A change to resource `name` in datapackage.json."""
    def apply(pkg: Path) -> set[str]:
        path = pkg / "datapackage.json"
        d = json.loads(path.read_text(encoding="utf-8"))
        change(next(r for r in d["resources"] if r["name"] == name))
        path.write_text(json.dumps(d, indent=2, ensure_ascii=False), encoding="utf-8")
        return {f"!{name}"}
    return apply


def stale(corruption: Callable[[Path], set[str]]) -> Callable[[Path], set[str]]:
    """The corruption, and the descriptor keeps the old bytes and hash."""
    def apply(pkg: Path) -> set[str]:
        return {f"!{name}" for name in corruption(pkg)}
    return apply


def both(*corruptions: Callable[[Path], set[str]]) -> Callable[[Path], set[str]]:
    return lambda pkg: set().union(*(c(pkg) for c in corruptions))


@dataclass(frozen=True)
class Case:
    id: str
    corrupt: Callable[[Path], set[str]] | None
    check: str | None            # what the fast check reports (None: valid)
    frictionless_valid: bool     # what frictionless says
    why: str = ""                # why the verdicts differ, when they do
    same_rows: bool = True       # the fast check reports the rows frictionless reports


FK_DOC = "doc-" + "f" * 16
CASES = [
    Case("valid package", None, None, True),
    Case("empty optional foreign key (demands.meeting_id)", set_cell("demands", 0, "meeting_id", None), None, True),
    Case("integer written with a plus sign (not canonical, valid)", edit_csv(
        "demands", lambda rows: rows[1].__setitem__(rows[0].index("char_start"), "+" + rows[1][rows[0].index("char_start")])),
         None, True),
    Case("pattern value with a trailing newline (frictionless's $ accepts it)",
         set_cell("documents", 0, "sha256", "0" * 64 + "\n"), None, True),
    Case("list cell rewritten in CSV and Parquet alike", set_cell("meetings", 0, "topics", "okonomi;styring",
                                                                  ["okonomi", "styring"]), None, True),
    Case("duplicate primary key, CSV", copy_key("demands", ("demand_id",), ("csv",)), "primary-key", False),
    Case("duplicate primary key, CSV and Parquet", copy_key("demands", ("demand_id",)), "primary-key", False),
    Case("duplicate composite primary key", copy_key("participants", ("meeting_id", "person_id")), "primary-key", False),
    Case("duplicate in a unique column", copy_key("documents", ("source_file",)), "unique", False),
    Case("dangling foreign key, CSV", set_cell("demands", 3, "doc_id", FK_DOC, fmts=("csv",)), "foreign-key", False),
    Case("dangling foreign key, Parquet", set_cell("demands", 3, "doc_id", FK_DOC, fmts=("parquet",)),
         "foreign-key", True, NOT_READ),
    Case("dangling foreign key to persons", set_cell("statements", 1, "person_id", "per-" + "0" * 16), "foreign-key",
         False),
    Case("value outside its enum", set_cell("documents", 1, "language", "sv"), "enum", False),
    Case("value outside its enum, Parquet", set_cell("statements", 2, "kind", "quoted", fmts=("parquet",)), "enum", True,
         NOT_READ),
    Case("pattern mismatch", set_cell("documents", 0, "sha256", "not-a-checksum"), "pattern", False),
    Case("a uri without a scheme", set_cell("documents", 2, "url", "www.ks.no/nyheter"), "type", False),
    Case("a bad yearmonth", set_cell("meetings", 0, "date_yearmonth", "2024-13", fmts=("csv",)), "type", False),
    Case("list cell differs between CSV and Parquet", set_cell("meetings", 0, "topics", "okonomi;styring",
                                                               fmts=("csv",)), "csv-parquet", True, NOT_READ),
    Case("pattern mismatch in an id", set_cell("changes", 0, "version", "1.0"), "pattern", False),
    Case("missing required value", set_cell("demands", 2, "claimant", None), "required", False),
    Case("missing required value, Parquet", set_cell("persons", 0, "name", None, fmts=("parquet",)), "required", True,
         NOT_READ),
    Case("text in an integer column", set_cell("demands", 4, "char_start", "12a", fmts=("csv",)), "type", False),
    Case("a bad date", set_cell("documents", 0, "published", "2024-02-30", fmts=("csv",)), "type", False),
    Case("a bad boolean", set_cell("demands", 1, "in_quote", "yes", fmts=("csv",)), "type", False),
    Case("below the minimum", set_cell("statements", 0, "char_start", "-1", -1), "minimum", False),
    Case("above the maximum", set_cell("meetings", 1, "date_month", "13", 13), "maximum", False),
    Case("blank row", edit_csv("topics", lambda rows: rows.append([""] * len(rows[0]))), "blank-row", False),
    Case("renamed header", columns("topics", lambda r: r if r[0] != "code" else ["kode", *r[1:]]), "header", False,
         same_rows=False),
    Case("missing column", columns("persons", lambda r: r[:-1]), "header", False, same_rows=False),
    Case("extra column", columns("persons", lambda r: [*r, "x"]), "header", False, same_rows=False),
    Case("reordered columns", columns("topics", lambda r: [r[1], r[0], *r[2:]]), "header", False, same_rows=False),
    Case("a row with an extra cell", edit_csv("topics", lambda rows: rows[3].append("x")), "parse", False,
         same_rows=False),
    Case("renamed Parquet column", parquet_column("persons", "name", rename="navn"), "header", True, NOT_READ),
    Case("Parquet column of the wrong Arrow type (int32)", parquet_column("demands", "char_start", pa.int32()),
         "arrow-type", True, NOT_READ),
    Case("Parquet dates written as strings", parquet_column("documents", "published", pa.string()),
         "arrow-type", True, NOT_READ),
    Case("CSV and Parquet differ", set_cell("demands", 5, "text", "Noe annet.", fmts=("parquet",)),
         "csv-parquet", True, NOT_READ),
    Case("Parquet file without its last row", edit_parquet("statements", lambda rows: rows.pop()), "csv-parquet", True,
         NOT_READ),
    Case("Parquet rows in another order", edit_parquet("topics", lambda rows: rows.reverse()), "csv-parquet", True,
         NOT_READ),
    Case("changed CSV with a stale hash", stale(set_cell("topics", 0, "label_en", "Doctors", fmts=("csv",))),
         "hash-count", False, same_rows=False),
    Case("changed Parquet with a stale hash", stale(set_cell("topics", 0, "label_en", "Doctors", fmts=("parquet",))),
         "hash-count", True, NOT_READ),
    Case("wrong bytes count", descriptor("meetings", lambda r: r.update(bytes=r["bytes"] + 1)), "byte-count", False,
         same_rows=False),
    Case("descriptor: unknown field type", descriptor("topics", lambda r: r["schema"]["fields"][1].update(type="text")),
         "descriptor", False, same_rows=False),
    Case("descriptor: primary key names no field", descriptor("persons", lambda r: r["schema"].update(primaryKey=["id"])),
         "descriptor", False, same_rows=False),
]


def frictionless_report(package: Path, names: set[str]) -> tuple[bool, set[tuple[str, int]]]:
    """frictionless's verdict on the tables touched (a Parquet copy's table: frictionless reads only its CSV),
    or on the whole package, and the rows it names."""
    try:
        pkg = Package(str(package))
    except FrictionlessException:
        return False, set()
    tables = {n.removesuffix("-parquet") for n in names}
    reports = [pkg.validate(name=n) for n in sorted(tables)] if tables else [pkg.validate()]
    rows = {(task.name, e.row_number) for r in reports for task in r.tasks for e in task.errors
            if getattr(e, "row_number", None)}
    return all(r.valid for r in reports), rows


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_fast_check_and_frictionless_agree(case: Case, valid_package: Path, tmp_path: Path) -> None:
    pkg = tmp_path / "pkg"
    shutil.copytree(valid_package, pkg)
    touched = case.corrupt(pkg) if case.corrupt else set()
    fresh = {n for n in touched if not n.startswith("!")}
    restamp(pkg, fresh)
    names = {n.lstrip("!") for n in touched}
    gate = descriptor_errors(pkg / "datapackage.json")
    problems = [] if gate else fast_problems(pkg / "datapackage.json")
    gate = gate or [str(p) for p in problems]  # what validate_package returns
    frictionless_valid, frictionless_rows = frictionless_report(pkg / "datapackage.json", names)

    assert frictionless_valid == case.frictionless_valid
    assert (gate == []) == (case.check is None), "\n".join(gate)
    if (case.check is None) != case.frictionless_valid:
        assert case.why, "verdicts differ: say why"
    if case.check == "descriptor":
        assert all(line.startswith("datapackage.json:") for line in gate) and gate
        return
    if case.check is not None:
        assert case.check in {p.check for p in problems}, "\n".join(map(str, problems))
        assert all(";" in str(p) for p in problems)  # every message says how to fix it
    if case.same_rows:  # on the resources frictionless reads (the CSV files)
        fast_rows = {(p.resource.split(" (")[0], p.row) for p in problems
                     if p.resource.split(" (")[0] in names and not p.resource.endswith(".parquet)") and p.row}
        assert fast_rows == frictionless_rows


def test_the_published_package_is_valid_for_both(valid_package: Path) -> None:
    """The whole package, every resource: both say valid (what users run: `frictionless validate`)."""
    assert Package(str(valid_package / "datapackage.json")).validate().valid
    assert validate_package(valid_package / "datapackage.json", full=True) == []


def test_messages_are_capped_per_check(valid_package: Path, tmp_path: Path) -> None:
    pkg = tmp_path / "pkg"
    shutil.copytree(valid_package, pkg)

    def every_language(rows: list[list[str]]) -> None:
        for row in rows[1:]:
            row[rows[0].index("language")] = "sv"
    restamp(pkg, edit_csv("documents", every_language)(pkg))
    lines = [p for p in fast_problems(pkg / "datapackage.json", limit=2) if p.check == "enum"]
    assert [p.row for p in lines] == [2, 3, None]
    assert "3 more row(s)" in str(lines[-1])


def test_message_names_table_row_field_value_and_fix(valid_package: Path, tmp_path: Path) -> None:
    pkg = tmp_path / "pkg"
    shutil.copytree(valid_package, pkg)
    restamp(pkg, set_cell("documents", 1, "language", "sv", fmts=("csv",))(pkg))
    line = next(str(p) for p in fast_problems(pkg / "datapackage.json") if p.check == "enum")
    assert line.startswith("documents (processed/documents.csv) row 3, language: 'sv' is not one of ['nb', 'nn'] [enum]; ")
    assert "add the value to the field's enum" in line


def test_full_validation_adds_frictionless_row_by_row(valid_package: Path, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    pkg = tmp_path / "pkg"
    shutil.copytree(valid_package, pkg)
    restamp(pkg, set_cell("documents", 1, "language", "sv")(pkg))
    fast = validate_package(pkg / "datapackage.json", full=False)
    assert fast and not any(line.endswith("(frictionless)") for line in fast)
    monkeypatch.setenv("KSDATA_FULL_VALIDATION", "1")
    full = validate_package(pkg / "datapackage.json")
    assert full[:len(fast)] == fast
    assert any(line.endswith("(frictionless)") and "language" in line for line in full[len(fast):])


SHARED = [c for c in CASES if c.id in {
    "valid package", "duplicate primary key, CSV", "duplicate primary key, CSV and Parquet",
    "duplicate composite primary key", "duplicate in a unique column", "dangling foreign key, Parquet",
    "value outside its enum", "value outside its enum, Parquet", "missing required value, Parquet",
    "Parquet column of the wrong Arrow type (int32)", "Parquet file without its last row", "blank row"}]


@pytest.mark.parametrize("case", SHARED, ids=[c.id for c in SHARED])
def test_parquet_checked_on_the_csv_table_reports_what_its_own_checks_report(
        case: Case, valid_package: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A Parquet copy that reads the same as its CSV is checked on the CSV's table (answers reused): the
    problems are exactly those of checking the copy on its own typed cells, queried afresh."""
    import flows.fastcheck as fastcheck

    pkg = tmp_path / "pkg"
    shutil.copytree(valid_package, pkg)
    if case.corrupt:
        restamp(pkg, {n for n in case.corrupt(pkg) if not n.startswith("!")})
    shared = fast_problems(pkg / "datapackage.json")
    own = fastcheck.share_or_keep
    monkeypatch.setattr(fastcheck, "share_or_keep", lambda con, parquet, twin: own(con, parquet, None))
    assert fast_problems(pkg / "datapackage.json") == shared
    assert (shared == []) == (case.check is None)
