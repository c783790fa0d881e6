"""What is published in OUT now, checked before it is trusted.

Every run starts by reading the published package: `datapackage.json`, then
each table from a copy whose size and sha256 match the descriptor (the CSV,
else the Parquet). A file that is missing, truncated or changed is listed as
damage; the run then republishes the package from the extractions (the same
version when no rows changed, so the files come back byte for byte) instead of
reporting "unchanged". When `datapackage.json` itself is unreadable, the tables
are read from files that parse against the Table Schemas and the version is
taken from the last line of CHANGELOG.md; when no version can be found at all,
the run stops with a message naming the file (PublishedUnreadable).
"""
from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from flows.schema import TABLES, field_names, load_schema
from flows.writers import file_stats, read_csv, read_parquet

Row = dict[str, Any]
Tables = dict[str, list[Row]]
VERSION_LINE = re.compile(r"^- (\d+\.\d+\.\d+):", re.MULTILINE)
READ_ERRORS = (OSError, csv.Error, ValueError, TypeError, KeyError, UnicodeDecodeError)


class PublishedUnreadable(RuntimeError):
    """The published package is damaged beyond telling which release it is; the message says what to do."""


@dataclass(frozen=True)
class Published:
    """What is published now in OUT (nothing when `version` is None)."""

    version: str | None
    columns: dict[str, list[tuple[str, str]]]
    tables: Tables
    damage: tuple[str, ...] = field(default=())  # "path: what is wrong", one per damaged file
    lost: tuple[str, ...] = field(default=())  # tables with no intact copy

    def counts(self) -> dict[str, int]:
        return {t: len(rows) for t, rows in self.tables.items()}


def columns_of(schema: dict[str, Any]) -> list[tuple[str, str]]:
    return [(f["name"], f["type"]) for f in schema["fields"]]


def _changelog_version(out_dir: Path) -> str | None:
    try:
        versions = VERSION_LINE.findall((out_dir / "CHANGELOG.md").read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return None
    return versions[-1] if versions else None


def _intact(out_dir: Path, resource: dict[str, Any]) -> str | None:
    """Why a resource's file does not match its descriptor entry, or None when it does."""
    path = out_dir / str(resource.get("path", ""))
    if not path.is_file():
        return "missing"
    size, digest = file_stats(path)
    if resource.get("hash") != f"sha256:{digest}" or resource.get("bytes", size) != size:
        return f"{size} bytes, sha256 {digest[:12]}… do not match the descriptor (truncated or changed after publishing)"
    return None


def _read_table(table: str, csv_path: Path, parquet_path: Path) -> list[Row] | None:
    """A table from whichever file parses against its schema (descriptor unreadable: nothing to verify)."""
    try:
        with csv_path.open(encoding="utf-8", newline="") as handle:
            header = next(csv.reader(handle), [])
        if header == field_names(table):
            return read_csv(table, csv_path)
    except READ_ERRORS:
        pass
    try:
        if pq.read_schema(parquet_path).names == field_names(table):
            return read_parquet(parquet_path)
    except Exception:  # pyarrow raises its own error types for damaged files
        pass
    return None


def _without_descriptor(out_dir: Path, problem: str) -> Published:
    version = _changelog_version(out_dir)
    if version is None:
        raise PublishedUnreadable(
            f"{out_dir / 'datapackage.json'}: {problem}, and CHANGELOG.md names no release to continue from; "
            "restore it (e.g. `git checkout datapackage.json`) or move processed/ away to publish anew")
    tables: Tables = {}
    lost = []
    for table in TABLES:
        rows = _read_table(table, out_dir / "processed" / f"{table}.csv", out_dir / "processed" / f"{table}.parquet")
        if rows is None:
            lost.append(table)
        else:
            tables[table] = rows
    columns = {t: columns_of(load_schema(t)) for t in TABLES}  # unknown: taken as unchanged
    return Published(version, columns, tables, (f"datapackage.json: {problem}",), tuple(lost))


def _descriptor(out_dir: Path) -> dict[str, Any]:
    data = json.loads((out_dir / "datapackage.json").read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("resources"), list) or not data.get("version"):
        raise ValueError("not a data package descriptor with a version and resources")
    return data


def read_published(out_dir: Path) -> Published:
    """The published release, each table read from an intact copy; damage listed, never trusted."""
    descriptor_path = out_dir / "datapackage.json"
    if not descriptor_path.exists():
        if (out_dir / "processed").is_dir() and any((out_dir / "processed").iterdir()):
            return _without_descriptor(out_dir, "missing while processed/ holds tables")
        return Published(None, {}, {})
    try:
        descriptor = _descriptor(out_dir)
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        return _without_descriptor(out_dir, f"unreadable ({str(exc)[:80]})")
    columns: dict[str, list[tuple[str, str]]] = {}
    tables: Tables = {}
    damage: list[str] = []
    copies: dict[str, list[dict[str, Any]]] = {}
    for res in descriptor["resources"]:
        if not isinstance(res, dict):
            continue
        name = str(res.get("name", "")).removesuffix("-parquet")
        if name not in TABLES:
            continue
        problem = _intact(out_dir, res)
        if problem:
            damage.append(f"{res.get('path')}: {problem}")
        else:
            copies.setdefault(name, []).append(res)
        if res.get("format") == "csv" and isinstance(res.get("schema"), dict):
            columns[name] = columns_of(res["schema"])
    lost = []
    for table in TABLES:
        if table in columns and columns[table] != columns_of(load_schema(table)):
            continue  # a schema change: the table is republished whole (a major release)
        for res in sorted(copies.get(table, []), key=lambda r: r.get("format") != "csv"):
            try:
                path = out_dir / res["path"]
                tables[table] = read_csv(table, path) if res.get("format") == "csv" else read_parquet(path)
                break
            except READ_ERRORS:
                damage.append(f"{res['path']}: does not parse against the {table} schema")
        else:
            if table in columns or table in copies:
                lost.append(table)
    return Published(str(descriptor["version"]), columns, tables, tuple(damage), tuple(lost))
