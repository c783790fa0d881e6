"""The document tables' CSV files as the merge stages them (flows.merge): one file per table, its header and
then each kept document's lines in file-name order, with what the package needs beside them (the row counts,
the person mentions, each document's metadata).

A document is either copied by byte range from the published files (`copy_unchanged`: its lines are queued and
appended by the kernel, flows.range_copy) or written from its shard (`write_shard`, after the copies queued before
it); either way its index entry says where its lines now stand in the staged files.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import IO, Any

from flows.published_index import PublishedDoc, PublishedRows
from flows.range_copy import RangeCopier, write_all
from flows.shards import Shard
from flows.tables import DOCUMENT_TABLES, Persons
from flows.writers import csv_header


def document_meta(meta: dict[str, Any]) -> dict[str, Any]:
    """A document's metadata as package_meta reads a documents row (dates as dates), as Shard.document_meta."""
    return {k: (date.fromisoformat(v) if k in ("published", "accessed") and v else v) for k, v in meta.items()}


class StagedTables:
    """The open staged CSV files of the document tables (unbuffered: the unchanged documents' lines are appended
    by the kernel, the others written), the byte offset each has reached, and what the rows add to the package."""

    def __init__(self, staging: Path) -> None:
        self.handles: dict[str, IO[bytes]] = {t: (staging / f"processed/{t}.csv").open("wb", buffering=0)
                                              for t in DOCUMENT_TABLES}
        self.offsets = {t: write_all(self.handles[t], csv_header(t).encode("utf-8")) for t in DOCUMENT_TABLES}
        self.counts = dict.fromkeys(DOCUMENT_TABLES, 0)
        self.persons = Persons()
        self.metas: list[dict[str, Any]] = []
        self.copiers: dict[str, RangeCopier] = {}

    def copy_from(self, published: PublishedRows) -> None:
        """Unchanged documents' lines are to be copied from the published files."""
        self.copiers = {t: RangeCopier(published.handle(t), self.handles[t]) for t in DOCUMENT_TABLES}

    def copy_unchanged(self, old: PublishedDoc) -> PublishedDoc:
        """An unchanged document's lines queued for copying from the published files: its index entry with the
        ranges its lines take in the staged files."""
        ranges = {}
        for t in DOCUMENT_TABLES:
            length = 0
            for offset, size in old.ranges.get(t, ()):
                self.copiers[t].add(offset, size)
                length += size
            if length:
                ranges[t] = [(self.offsets[t], length)]
                self.offsets[t] += length
            self.counts[t] += old.counts.get(t, 0)
        for pid, name, role, organisation in old.mentions or []:
            self.persons.add(old.doc_id, str(name), role, organisation, pid)
        self.metas.append(document_meta(old.meta or {}))
        return replace(old, ranges=ranges)

    def write_shard(self, shard: Shard, shard_name: str | None, shard_stamp: list[int] | None) -> PublishedDoc:
        """A document's lines written from its shard (after the copies queued before it): its index entry, which
        names the cache entry its rows came from (`shard_name`, `shard_stamp`)."""
        ranges = {}
        for t in DOCUMENT_TABLES:
            data = shard.fragments[t].encode("utf-8")
            if data:
                if t in self.copiers:
                    self.copiers[t].flush()  # the unchanged documents before this one first
                ranges[t] = [(self.offsets[t], len(data))]
                self.offsets[t] += write_all(self.handles[t], data)
            self.counts[t] += len(shard.keys[t])
        for pid, name, role, organisation in shard.mentions:
            self.persons.add(shard.doc_id, str(name), role, organisation, pid)
        self.metas.append(shard.document_meta())
        return PublishedDoc(shard.source_file, shard.doc_id, shard.digest, ranges, shard.meta.get("sha256"),
                            {t: len(shard.keys[t]) for t in DOCUMENT_TABLES if shard.keys[t]},
                            shard_name, shard.text_key, shard.mentions, shard.meta, shard_stamp)

    def flush(self) -> None:
        """The copies still queued, done."""
        for copier in self.copiers.values():
            copier.flush()

    def close(self) -> None:
        for handle in self.handles.values():
            handle.close()
