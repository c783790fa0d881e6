"""What is published in OUT now, checked before it is trusted.

Every run starts by reading the published package: `datapackage.json`, then
each table from a copy whose size and sha256 match the descriptor (the CSV, its
Parquet companion, or the CSV in the release's archive `releases/<version>/`).
A file that is missing, truncated or changed is listed as damage; the run then
republishes the package from the extractions (the same version when no rows
changed, so the files come back byte for byte) instead of reporting
"unchanged". When `datapackage.json` itself is unreadable, the archived copy
named by `releases/latest.json` takes its place (checked against the hash there);
without one, the tables are read from files that parse against the Table
Schemas and the version is taken from the last line of CHANGELOG.md. When no
version can be found at all, the run stops with a message naming the file
(PublishedUnreadable).
"""
from __future__ import annotations

import csv
import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from flows.schema import TABLES, field_names, load_schema
from flows.writers import csv_field_limit, file_stats, read_csv, read_parquet

Row = dict[str, Any]
Tables = dict[str, list[Row]]
VERSION_LINE = re.compile(r"^- (\d+\.\d+\.\d+):", re.MULTILINE)
READ_ERRORS = (OSError, csv.Error, ValueError, TypeError, KeyError, UnicodeDecodeError)
LATEST = "releases/latest.json"


class PublishedUnreadable(RuntimeError):
    """The published package is damaged beyond telling which release it is; the message says what to do."""


@dataclass(frozen=True)
class Published:
    """What is published now in OUT (nothing when `version` is None)."""

    version: str | None
    columns: dict[str, list[tuple[str, str]]]
    tables: Tables
    meta: dict[str, Any] = field(default_factory=dict)  # descriptor without resources and version
    damage: tuple[str, ...] = ()  # "path: what is wrong", one per damaged file
    lost: tuple[str, ...] = ()  # tables with no intact copy

    @property
    def created(self) -> str | None:
        return self.meta.get("created")

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


def _mismatch(path: Path, entry: dict[str, Any]) -> str | None:
    """Why a file does not match its descriptor entry (`bytes`, `hash`), or None when it does."""
    if not path.is_file():
        return "missing"
    size, digest = file_stats(path)
    if entry.get("hash") != f"sha256:{digest}" or entry.get("bytes", size) != size:
        return f"{size} bytes, sha256 {digest[:12]}… do not match the descriptor (truncated or changed after publishing)"
    return None


def _parses(table: str, csv_path: Path, parquet_path: Path) -> list[Row] | None:
    """A table from whichever file parses against its schema (nothing to verify it against)."""
    try:
        with csv_field_limit(), csv_path.open(encoding="utf-8", newline="") as handle:
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


def _descriptor(path: Path) -> dict[str, Any]:
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("resources"), list) or not data.get("version"):
        raise ValueError("not a data package descriptor with a version and resources")
    return data


def _archived_descriptor(out_dir: Path) -> dict[str, Any] | None:
    """The descriptor archived with the latest release, when releases/latest.json vouches for it."""
    try:
        latest = json.loads((out_dir / LATEST).read_text(encoding="utf-8"))
        path = out_dir / str(latest["datapackage"])
        if hashlib.sha256(path.read_bytes()).hexdigest() != latest["datapackage_sha256"]:
            return None
        return _descriptor(path)
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _without_descriptor(out_dir: Path, problem: str) -> Published:
    damage = f"datapackage.json: {problem}"
    archived = _archived_descriptor(out_dir)
    if archived is not None:
        found = _from_descriptor(out_dir, archived)
        return Published(found.version, found.columns, found.tables, found.meta, (damage, *found.damage), found.lost)
    version = _changelog_version(out_dir)
    if version is None:
        raise PublishedUnreadable(
            f"{out_dir / 'datapackage.json'}: {problem}, and neither {LATEST} nor CHANGELOG.md names a release "
            "to continue from; restore it (e.g. `git checkout datapackage.json`) or move processed/ away to publish anew")
    tables: Tables = {}
    lost = []
    for table in TABLES:
        rows = _parses(table, out_dir / "processed" / f"{table}.csv", out_dir / "processed" / f"{table}.parquet")
        if rows is None:
            lost.append(table)
        else:
            tables[table] = rows
    columns = {t: columns_of(load_schema(t)) for t in TABLES}  # unknown: taken as unchanged
    return Published(version, columns, tables, {}, (damage,), tuple(lost))


def _copies(out_dir: Path, version: str, res: dict[str, Any]) -> list[tuple[str, Path, dict[str, Any]]]:
    """(format, path, descriptor entry) of every copy of a table: the CSV, its Parquet, the archived CSV."""
    copies = [("csv", out_dir / str(res.get("path", "")), res)]
    parquet = res.get("parquet")
    if isinstance(parquet, dict):
        copies.append(("parquet", out_dir / str(parquet.get("path", "")), parquet))
    copies.append(("csv", out_dir / "releases" / version / str(res.get("path", "")), res))
    return copies


def _from_descriptor(out_dir: Path, descriptor: dict[str, Any]) -> Published:
    version = str(descriptor["version"])
    meta = {k: v for k, v in descriptor.items() if k not in ("resources", "version")}
    columns: dict[str, list[tuple[str, str]]] = {}
    tables: Tables = {}
    damage: list[str] = []
    lost: list[str] = []
    for res in descriptor["resources"]:
        name = res.get("name") if isinstance(res, dict) else None
        if name not in TABLES:
            continue
        if isinstance(res.get("schema"), dict):
            columns[name] = columns_of(res["schema"])
        current = columns.get(name) == columns_of(load_schema(name))
        for n, (fmt, path, entry) in enumerate(_copies(out_dir, version, res)):
            problem = _mismatch(path, entry)
            if problem and n < 2:  # the archive is a fallback, not part of the package
                damage.append(f"{path.relative_to(out_dir).as_posix()}: {problem}")
            if problem or name in tables or not current:
                continue
            try:
                tables[name] = read_csv(name, path) if fmt == "csv" else read_parquet(path)
            except READ_ERRORS:
                damage.append(f"{path.relative_to(out_dir).as_posix()}: does not parse against the {name} schema")
        if current and name not in tables:
            lost.append(name)
    return Published(version, columns, tables, meta, tuple(damage), tuple(lost))


def read_published(out_dir: Path) -> Published:
    """The published release, each table read from an intact copy; damage listed, never trusted."""
    if not (out_dir / "datapackage.json").exists():
        if (out_dir / "processed").is_dir() and any((out_dir / "processed").iterdir()):
            return _without_descriptor(out_dir, "missing while processed/ holds tables")
        return Published(None, {}, {})
    try:
        descriptor = _descriptor(out_dir / "datapackage.json")
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        return _without_descriptor(out_dir, f"unreadable ({str(exc)[:80]})")
    return _from_descriptor(out_dir, descriptor)
