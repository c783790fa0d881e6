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

The files are checked by size and a streamed sha256, not read: `sources` names,
for each table, an intact CSV file with the published bytes (the CSV itself,
the archived copy, or one written again from an intact Parquet copy under
OUT/.cache/published-copies), which the streaming assembly (flows.assemble)
reads its old rows from. Only the tables named in `only` are read into memory.
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

from flows.schema import TABLES, Row, Tables, TableSchema, field_names, load_schema
from flows.writers import csv_field_limit, file_stats, read_csv, read_parquet, write_csv

VERSION_LINE = re.compile(r"^- (\d+\.\d+\.\d+):", re.MULTILINE)
READ_ERRORS = (OSError, csv.Error, ValueError, TypeError, KeyError, UnicodeDecodeError)
LATEST = "releases/latest.json"
COPIES = Path(".cache") / "published-copies"  # under OUT: CSV files written again from an intact Parquet copy


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
    sources: dict[str, Path] = field(default_factory=dict)  # table -> an intact CSV file with its published rows

    @property
    def created(self) -> str | None:
        return self.meta.get("created")


def columns_of(schema: TableSchema) -> list[tuple[str, str]]:
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


def _without_descriptor(out_dir: Path, problem: str, only: tuple[str, ...] | None) -> Published:
    damage = f"datapackage.json: {problem}"
    archived = _archived_descriptor(out_dir)
    if archived is not None:
        found = _from_descriptor(out_dir, archived, only)
        return Published(found.version, found.columns, found.tables, found.meta, (damage, *found.damage), found.lost,
                         found.sources)
    version = _changelog_version(out_dir)
    if version is None:
        raise PublishedUnreadable(
            f"{out_dir / 'datapackage.json'}: {problem}, and neither {LATEST} nor CHANGELOG.md names a release "
            "to continue from; restore it (e.g. `git checkout datapackage.json`) or move processed/ away to publish anew")
    tables: Tables = {}
    sources: dict[str, Path] = {}
    lost = []
    for table in TABLES:
        rows = _parses(table, out_dir / "processed" / f"{table}.csv", out_dir / "processed" / f"{table}.parquet")
        if rows is None:
            lost.append(table)
            continue
        try:
            sources[table] = _copy_path(out_dir, table)
            write_csv(table, rows, sources[table])  # nothing vouches for the bytes: the rows as they parse
        except OSError:
            sources.pop(table, None)
            lost.append(table)
            continue
        if only is None or table in only:
            tables[table] = rows
    columns = {t: columns_of(load_schema(t)) for t in TABLES}  # unknown: taken as unchanged
    return Published(version, columns, tables, {}, (damage,), tuple(lost), sources)


def _copy_path(out_dir: Path, table: str) -> Path:
    path = out_dir / COPIES / f"{table}.csv"
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def _copies(out_dir: Path, version: str, res: dict[str, Any]) -> list[tuple[str, Path, dict[str, Any]]]:
    """(format, path, descriptor entry) of every copy of a table: the CSV, its Parquet, the archived CSV."""
    copies = [("csv", out_dir / str(res.get("path", "")), res)]
    parquet = res.get("parquet")
    if isinstance(parquet, dict):
        copies.append(("parquet", out_dir / str(parquet.get("path", "")), parquet))
    copies.append(("csv", out_dir / "releases" / version / str(res.get("path", "")), res))
    return copies


def _intact_csv(out_dir: Path, table: str, fmt: str, path: Path, res: dict[str, Any]) -> Path | None:
    """An intact copy as a CSV file with the published bytes (a Parquet copy written out as CSV)."""
    if fmt == "csv":
        return path
    target = _copy_path(out_dir, table)
    write_csv(table, read_parquet(path), target)
    return target if _mismatch(target, res) is None else None


def _from_descriptor(out_dir: Path, descriptor: dict[str, Any], only: tuple[str, ...] | None) -> Published:
    version = str(descriptor["version"])
    meta = {k: v for k, v in descriptor.items() if k not in ("resources", "version")}
    columns: dict[str, list[tuple[str, str]]] = {}
    tables: Tables = {}
    sources: dict[str, Path] = {}
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
            if n == 2 and (name in sources or not current):
                break  # the archive is a fallback, not part of the package: checked only when needed
            problem = _mismatch(path, entry)
            if problem and n < 2:
                damage.append(f"{path.relative_to(out_dir).as_posix()}: {problem}")
            if problem or name in sources or not current:
                continue
            try:
                source = _intact_csv(out_dir, name, fmt, path, res)
                if source is not None and (only is None or name in only):
                    tables[name] = read_csv(name, source)
            except Exception:  # pyarrow and csv raise their own error types for damaged files
                damage.append(f"{path.relative_to(out_dir).as_posix()}: does not parse against the {name} schema")
                continue
            if source is not None:
                sources[name] = source
        if current and name not in sources:
            lost.append(name)
    return Published(version, columns, tables, meta, tuple(damage), tuple(lost), sources)


def read_published(out_dir: Path, only: tuple[str, ...] | None = None) -> Published:
    """The published release, each table found in an intact copy; damage listed, never trusted. With
    `only`, only those tables' rows are read (the others are streamed from `sources` by flows.assemble)."""
    if not (out_dir / "datapackage.json").exists():
        if (out_dir / "processed").is_dir() and any((out_dir / "processed").iterdir()):
            return _without_descriptor(out_dir, "missing while processed/ holds tables", only)
        return Published(None, {}, {})
    try:
        descriptor = _descriptor(out_dir / "datapackage.json")
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        return _without_descriptor(out_dir, f"unreadable ({str(exc)[:80]})", only)
    return _from_descriptor(out_dir, descriptor, only)
