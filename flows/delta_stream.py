"""The release's delta collected document by document, as the streaming assembly reads the shards.

A new document adds its rows; a changed, removed or set-aside document is compared
row by row with its published rows, read back from their byte ranges
(flows.published_index); the persons and topics tables are compared whole.
"""
from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from flows.published_index import PublishedDoc, PublishedRows
from flows.release import DATA_TABLES, Delta, diff, iter_change_rows
from flows.schema import field_names
from flows.shards import Shard, key_of
from flows.tables import DOCUMENT_TABLES
from flows.writers import _csv_cell, list_delimiters, parse_fragment, write_csv

CHANGE_COLUMNS = ["version", "table_name", "row_id", "change", "columns"]  # the changes table's, in order


class DeltaCollector:
    """The release's delta, collected document by document."""

    def __init__(self, stale: set[str]) -> None:
        self.delta = Delta({t: [] for t in DATA_TABLES}, {t: [] for t in DATA_TABLES}, {t: [] for t in DATA_TABLES})
        self.stale = stale  # tables whose published columns differ, or that were lost: their old rows do not count

    def added(self, shard: Shard) -> None:
        for t in DOCUMENT_TABLES:
            self.delta.added[t] += shard.keys[t]

    def compare(self, old: PublishedDoc, rows: PublishedRows, shard: Shard | None) -> None:
        for t in DOCUMENT_TABLES:
            before = {} if t in self.stale else {key_of(t, r): r for r in rows.rows(old, t)}
            after = {} if shard is None else dict(zip(shard.keys[t], parse_fragment(t, shard.fragments[t])))
            self.delta.added[t] += [k for k in after if k not in before]
            self.delta.removed[t] += [k for k in before if k not in after]
            self.delta.modified[t] += [(k, [c for c in after[k] if after[k][c] != before[k].get(c)])
                                       for k in after if k in before and after[k] != before[k]]

    def whole_table(self, table: str, old: list[dict[str, Any]], new: list[dict[str, Any]]) -> None:
        part = diff({table: old}, {table: new})
        self.delta.added[table], self.delta.removed[table] = part.added[table], part.removed[table]
        self.delta.modified[table] = part.modified[table]

    def sorted(self) -> Delta:
        for t in DOCUMENT_TABLES:
            self.delta.added[t].sort()
            self.delta.removed[t].sort()
            self.delta.modified[t].sort()
        return self.delta


def write_changes(version: str, delta: Delta, path: Path) -> int:
    """The changes table of `version` (flows.release.iter_change_rows) as write_csv writes it, byte for byte,
    at the speed of the csv module: a first release lists every row of the package (387,000 at 20,000
    documents), and its cells are known strings but for the changed columns of a modified row. Returns
    the number of rows."""
    if field_names("changes") != CHANGE_COLUMNS:  # a schema this writer does not know: the generic writer
        write_csv("changes", iter_change_rows(version, delta), path)
        return sum(len(delta.added.get(t, [])) + len(delta.modified.get(t, [])) + len(delta.removed.get(t, []))
                   for t in DATA_TABLES)
    delimiter = list_delimiters("changes").get("columns")
    rows = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(CHANGE_COLUMNS)
        for table in DATA_TABLES:
            added, modified, removed = (delta.added.get(table, []), delta.modified.get(table, []),
                                        delta.removed.get(table, []))
            writer.writerows((version, table, _csv_cell(k), "added", "") for k in added)
            writer.writerows((version, table, _csv_cell(k), "modified", _csv_cell(cols, delimiter))
                             for k, cols in modified)
            writer.writerows((version, table, _csv_cell(k), "removed", "") for k in removed)
            rows += len(added) + len(modified) + len(removed)
    return rows
