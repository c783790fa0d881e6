"""Releases: compare new tables with the published ones, decide the semantic
version, list the delta and write the changelog line.

major: a table's columns or types changed; minor: rows added or removed;
patch: only existing rows corrected, or only the package's metadata changed
(metadata/package.yaml, licences, sources). No change: no release.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from flows.published import Published, PublishedUnreadable, read_published
from flows.published import columns_of as _columns
from flows.schema import TABLES, Row, Tables, load_schema

__all__ = ["DATA_TABLES", "FIRST_VERSION", "Delta", "Published", "PublishedUnreadable", "change_rows",
           "changelog_entry", "changelog_text", "diff", "next_version", "read_published", "schema_changed"]

FIRST_VERSION = "1.0.0"
DATA_TABLES = tuple(t for t in TABLES if t != "changes")  # the tables a release compares


@dataclass
class Delta:
    added: dict[str, list[str]] = field(default_factory=dict)
    removed: dict[str, list[str]] = field(default_factory=dict)
    modified: dict[str, list[tuple[str, list[str]]]] = field(default_factory=dict)

    def counts(self) -> dict[str, dict[str, int]]:
        return {t: {"added": len(self.added.get(t, [])), "modified": len(self.modified.get(t, [])),
                    "removed": len(self.removed.get(t, []))} for t in DATA_TABLES}

    def empty(self) -> bool:
        return not any(self.added.values()) and not any(self.removed.values()) and not any(self.modified.values())


def _key(table: str, row: Row) -> str:
    return "|".join(str(row[k]) for k in load_schema(table)["primaryKey"])


def comparable_meta(meta: dict[str, Any]) -> dict[str, Any]:
    """Package metadata as releases compare it (`created` follows from the inputs, not compared)."""
    return {k: v for k, v in meta.items() if k not in ("resources", "version", "created")}


def diff(old: Tables, new: Tables) -> Delta:
    delta = Delta()
    for table in DATA_TABLES:
        before = {_key(table, r): r for r in old.get(table, [])}
        after = {_key(table, r): r for r in new.get(table, [])}
        delta.added[table] = sorted(set(after) - set(before))
        delta.removed[table] = sorted(set(before) - set(after))
        delta.modified[table] = [
            (k, [c for c in after[k] if after[k][c] != before[k].get(c)])
            for k in sorted(set(before) & set(after)) if after[k] != before[k]
        ]
    return delta


def schema_changed(published: Published) -> bool:
    return any(published.columns.get(t) not in (None, _columns(load_schema(t))) for t in TABLES) or (
        published.version is not None and any(t not in published.columns for t in TABLES))


def next_version(published: Published, delta: Delta, meta: dict[str, Any] | None = None) -> str | None:
    """The new release's version, or None when nothing changed.

    `meta` is the new package metadata; when given and different from the published
    one while no row changed, the release is a patch."""
    if published.version is None:
        return FIRST_VERSION
    major, minor, patch = (int(x) for x in published.version.split("."))
    if schema_changed(published):
        return f"{major + 1}.0.0"
    if delta.empty():
        if meta is not None and comparable_meta(meta) != comparable_meta(published.meta):
            return f"{major}.{minor}.{patch + 1}"
        return None
    if any(delta.added.values()) or any(delta.removed.values()):
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def iter_change_rows(version: str, delta: Delta) -> Iterator[Row]:
    """The rows of the `changes` table, one at a time (a first release lists every row)."""
    for table in DATA_TABLES:
        for k in delta.added.get(table, []):
            yield {"version": version, "table_name": table, "row_id": k, "change": "added", "columns": None}
        for k, cols in delta.modified.get(table, []):
            yield {"version": version, "table_name": table, "row_id": k, "change": "modified", "columns": cols}
        for k in delta.removed.get(table, []):
            yield {"version": version, "table_name": table, "row_id": k, "change": "removed", "columns": None}


def change_rows(version: str, delta: Delta) -> list[Row]:
    return list(iter_change_rows(version, delta))


def changelog_entry(version: str, tables: Tables | dict[str, int], delta: Delta) -> str:
    """The changelog line: rows per table (`tables` holds the rows or their counts) and the delta."""
    parts = []
    for table in DATA_TABLES:
        a, m, r = (len(delta.added.get(table, [])), len(delta.modified.get(table, [])),
                   len(delta.removed.get(table, [])))
        rows = tables[table]
        parts.append(f"{table} {rows if isinstance(rows, int) else len(rows)} (+{a} ~{m} -{r})")
    return f"- {version}: " + ", ".join(parts) + "\n"


def changelog_text(previous: Path, entry: str) -> str:
    """The changelog with `entry` appended (started when there is none)."""
    header = "# Changelog\n\nOne line per release of the data package: rows per table (+added ~modified -removed).\n\n"
    return (previous.read_text(encoding="utf-8") if previous.exists() else header) + entry
