"""Assemble and stage a release from row shards: a merge, not a rebuild, in bounded memory.

The shards (flows.shards) are read one at a time in file-name order; each
table's CSV file is written as its header followed by the documents' lines, so
memory holds one document's rows at a time, plus what the package needs from
every document (its metadata for `sources`, its person mentions for the persons
table, the keys of the delta). The release's delta is computed per document: a
document whose rows have the published digest (flows.published_index) changed
nothing and is not read back; only new, changed and removed documents are
compared row by row. The Parquet copies are then written from the CSV files in
row groups (flows.writers), and the descriptor, changelog, citation and archive
as before (flows.publish.finish_stage).
"""
from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from flows import published_index
from flows.package_meta import missing_metadata, package_metadata
from flows.publish import STAGING, finish_stage, staging_dir
from flows.published_index import PublishedDoc, PublishedRows
from flows.release import (
    DATA_TABLES,
    Delta,
    Published,
    changelog_entry,
    changelog_text,
    diff,
    iter_change_rows,
    next_version,
    read_published,
)
from flows.schema import field_names, field_types
from flows.shards import Shard
from flows.store import read_url
from flows.tables import DOCUMENT_TABLES, Persons, topic_rows
from flows.writers import csv_header, parse_fragment, write_csv

Tick = Callable[[int], None]


@dataclass
class Assembly:
    """What assembling found and staged (`staged` is None when nothing is to be published)."""

    problems: list[str] = field(default_factory=list)
    version: str | None = None
    previous_version: str | None = None
    rows: dict[str, int] = field(default_factory=dict)
    delta: Delta = field(default_factory=Delta)
    previous_documents: dict[str, str] = field(default_factory=dict)
    staged: str | None = None
    warnings: list[str] = field(default_factory=list)
    index: list[PublishedDoc] = field(default_factory=list)  # of the staged package, saved after the swap
    compared: int = 0  # documents whose rows were read back and compared row by row
    index_source: str = ""  # "saved" (OUT/.cache/published-index.json), "scanned" or "none"

    def summary(self) -> dict[str, Any]:
        return {"problems": self.problems, "version": self.version, "previous_version": self.previous_version,
                "rows": self.rows, "delta": self.delta.counts(), "previous_documents": self.previous_documents,
                "staged": self.staged, "warnings": self.warnings, "compared_documents": self.compared,
                "published_index": self.index_source}


def _columns(table: str) -> list[tuple[str, str]]:
    return [(n, field_types(table)[n]) for n in field_names(table)]


def _published_docs(out: Path, published: Published, result: Assembly) -> dict[str, PublishedDoc]:
    if published.version is None:
        result.index_source = "none"
        return {}
    saved = published_index.load(out)
    result.index_source = "saved" if saved is not None else "scanned"
    return saved if saved is not None else published_index.scan(out / "processed")


class _Delta:
    """The release's delta, collected document by document."""

    def __init__(self, stale: set[str]) -> None:
        self.delta = Delta({t: [] for t in DATA_TABLES}, {t: [] for t in DATA_TABLES}, {t: [] for t in DATA_TABLES})
        self.stale = stale  # tables whose published columns differ: their old rows do not count

    def added(self, shard: Shard) -> None:
        for t in DOCUMENT_TABLES:
            self.delta.added[t] += shard.keys[t]

    def compare(self, old: PublishedDoc, rows: PublishedRows, shard: Shard | None) -> None:
        for t in DOCUMENT_TABLES:
            before = {} if t in self.stale else {_key(t, r): r for r in rows.rows(old, t)}
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


def _key(table: str, row: dict[str, Any]) -> str:
    from flows.shards import key_of

    return key_of(table, row)


def assemble(refs: list[dict[str, Any]], out: Path, tick: Tick | None = None) -> Assembly:
    """Merge the shards `refs` (each with `source_file` and `shard`, the shard's URL) in file-name order
    into OUT/.staging, compare with the published release and stage a new one when rows changed."""
    result = Assembly(warnings=missing_metadata())
    published = read_published(out, only=("persons", "topics"))
    result.previous_version = published.version
    stale = {t for t in DOCUMENT_TABLES if published.columns.get(t) not in (None, _columns(t))}
    old_docs = _published_docs(out, published, result)
    result.previous_documents = {d.source_file: d.sha256 or "" for d in old_docs.values()}
    staging = staging_dir(out)
    handles: dict[str, IO[bytes]] = {t: (staging / f"processed/{t}.csv").open("wb") for t in DOCUMENT_TABLES}
    offsets = {t: handles[t].write(csv_header(t).encode("utf-8")) for t in DOCUMENT_TABLES}
    counts = dict.fromkeys(DOCUMENT_TABLES, 0)
    persons, metas, ids = Persons(), [], {}
    delta = _Delta(stale)
    old_rows = PublishedRows(out / "processed")
    try:
        for ref in sorted(refs, key=lambda r: r["source_file"]):
            shard = Shard.loads(read_url(ref["shard"]))
            result.problems += [f"{shard.source_file}: {p}" for p in shard.problems]
            if shard.doc_id in ids:
                result.problems.append(f"{shard.source_file}: same document id {shard.doc_id} as {ids[shard.doc_id]}; "
                                       "rename one of the two files")
            ids[shard.doc_id] = shard.source_file
            ranges = {}
            for t in DOCUMENT_TABLES:
                data = shard.fragments[t].encode("utf-8")
                if data:
                    ranges[t] = [(offsets[t], len(data))]
                    offsets[t] += handles[t].write(data)
                counts[t] += len(shard.keys[t])
            result.index.append(PublishedDoc(shard.source_file, shard.doc_id, shard.digest, ranges,
                                             shard.meta.get("sha256"),
                                             {t: len(shard.keys[t]) for t in DOCUMENT_TABLES if shard.keys[t]}))
            for pid, name, role, organisation in shard.mentions:
                persons.add(shard.doc_id, str(name), role, organisation, pid)
            metas.append(shard.document_meta())
            old = old_docs.pop(shard.source_file, None)
            if old is None and not stale:
                delta.added(shard)
            elif old is None or stale or old.digest != shard.digest:
                delta.compare(old or PublishedDoc(shard.source_file, shard.doc_id, ""), old_rows, shard)
                result.compared += 1
            if tick:
                tick(1)
        for old in old_docs.values():  # documents no longer in raw/
            delta.compare(old, old_rows, None)
            result.compared += 1
    finally:
        old_rows.close()
        for handle in handles.values():
            handle.close()
    person_rows, topics = persons.rows(), topic_rows()
    write_csv("persons", person_rows, staging / "processed/persons.csv")
    write_csv("topics", topics, staging / "processed/topics.csv")
    delta.whole_table("persons", published.tables.get("persons", []), person_rows)
    delta.whole_table("topics", published.tables.get("topics", []), topics)
    result.delta = delta.sorted()
    result.rows = {**counts, "persons": len(person_rows), "topics": len(topics)}
    result.rows = {t: result.rows[t] for t in DATA_TABLES}
    meta = package_metadata(metas, published.created)
    result.version = next_version(published, result.delta, meta)
    if result.problems or result.version is None:
        shutil.rmtree(out / STAGING, ignore_errors=True)
        return result
    write_csv("changes", iter_change_rows(result.version, result.delta), staging / "processed/changes.csv")
    result.rows["changes"] = sum(len(v) for d in (result.delta.added, result.delta.modified, result.delta.removed)
                                 for v in d.values())
    entry = changelog_entry(result.version, result.rows, result.delta)
    result.staged = str(finish_stage(staging, result.version, changelog_text(out / "CHANGELOG.md", entry), meta))
    published_index.save_staged(staging, result.index)
    return result
