"""The merge: each kept document's lines written into the staged CSV files, in file-name order, in bounded memory.

The shards (flows.shards) are read one at a time; each table's CSV file is written as its header followed by the
documents' lines, so memory holds one document's rows at a time, plus what the package needs from every document
(its metadata for `sources`, its person mentions for the persons table, the keys of the delta). An unchanged
document (the same cache entry as published, still as it was) is copied from the published files by byte range
(flows.range_copy) without reading its shard; only new, changed and removed documents are compared row by row
(flows.delta_stream). A document whose rows fail the checks on their own, whose id or text another document
already has, or whose shard cannot be read back, is set aside with its file name and the reason (flows.screen).
"""
from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypedDict

from flows import published_index
from flows.delta_stream import DeltaCollector
from flows.package_meta import package_metadata
from flows.publish import staging_dir
from flows.published_index import PublishedDoc, PublishedRows
from flows.release import DATA_TABLES, Delta, Published, next_version
from flows.schema import field_names, field_types
from flows.screen import Screen
from flows.shards import Shard
from flows.store import read_url
from flows.staged_tables import StagedTables
from flows.tables import DOCUMENT_TABLES, topic_rows
from flows.writers import write_csv

if TYPE_CHECKING:  # the extraction stage's module, not loaded by the assembly
    from flows.isolate import Outcome

Tick = Callable[[int], None]


class SetAside(TypedDict):
    file: str
    reason: str


class AssemblySummary(TypedDict):
    """Assembly.summary(): what the run report (flows.report) reads of an assembly, as plain data."""

    problems: list[str]
    version: str | None
    previous_version: str | None
    rows: dict[str, int]
    delta: dict[str, dict[str, int]]  # table -> added, modified, removed
    previous_documents: dict[str, str]  # published file name -> sha256
    staged: str | None
    warnings: list[str]
    compared_documents: int
    reused_documents: int
    published_index: str
    kept: list[str]
    set_aside: list[SetAside]
    damaged: list[str]
    repair: bool
    stopped: str | None
    rebuilt: list[Outcome]


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
    reused: int = 0  # unchanged documents whose lines were copied from the published files (shard not read)
    index_source: str = ""  # "saved" (OUT/.cache/published-index.json), "scanned" or "none"
    kept: list[str] = field(default_factory=list)  # files whose rows are in the package
    set_aside: list[SetAside] = field(default_factory=list)
    damaged: list[str] = field(default_factory=list)  # published files found damaged, "path: what is wrong"
    repair: bool = False  # the same version republished to restore damaged files
    stopped: str | None = None  # why no release was staged, in one line
    meta: dict[str, Any] = field(default_factory=dict)  # the package metadata of the new release
    rebuilt: list[Outcome] = field(default_factory=list)  # outcomes of documents processed again
    # rows at the start of each table of documents that are the published rows (flows.parquet_tail)
    unchanged_rows: dict[str, int] = field(default_factory=dict)

    def summary(self) -> AssemblySummary:
        return {"problems": self.problems, "version": self.version, "previous_version": self.previous_version,
                "rows": self.rows, "delta": self.delta.counts(), "previous_documents": self.previous_documents,
                "staged": self.staged, "warnings": self.warnings, "compared_documents": self.compared,
                "reused_documents": self.reused,
                "published_index": self.index_source, "kept": self.kept, "set_aside": self.set_aside,
                "damaged": self.damaged, "repair": self.repair, "stopped": self.stopped, "rebuilt": self.rebuilt}


def _columns(table: str) -> list[tuple[str, str]]:
    return [(n, field_types(table)[n]) for n in field_names(table)]


def _published_docs(out: Path, published: Published, result: Assembly) -> dict[str, PublishedDoc]:
    if published.version is None:
        result.index_source = "none"
        return {}
    if published.damage:  # the saved index describes files that are no longer as published: scan intact copies
        result.index_source = "scanned"
        return published_index.scan(published.sources)
    saved = published_index.load(out, extras=True)
    result.index_source = "saved" if saved is not None else "scanned"
    return saved if saved is not None else published_index.scan(published.sources)


def _shard_name(ref: Outcome) -> str | None:
    """The name of the cache entry a document's rows come from (its content key, name key and the rows'
    version: the same name, the same rows); None when the rows were passed in memory."""
    return ref["shard"].rsplit("/", 1)[-1] if "shard" in ref else None


def _shard_stamp(ref: Outcome) -> list[int] | None:
    """Size and mtime_ns of a document's cache entry in a local cache (None elsewhere, or when it is gone)."""
    if "shard" not in ref or "://" in ref["shard"]:
        return None
    try:
        st = os.stat(ref["shard"])
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns]


def _same_shard(ref: Outcome, old: PublishedDoc) -> bool:
    """The document's rows come from the cache entry they were published from, which is still as it was
    then (a damaged or rewritten entry is read, and built again when it cannot be)."""
    return old.shard is not None and old.text_key is not None and old.meta is not None and \
        _shard_name(ref) == old.shard and old.shard_stamp is not None and _shard_stamp(ref) == old.shard_stamp


def _read_shard(ref: Outcome) -> Shard:
    return Shard.loads(ref["shard_text"] if "shard_text" in ref else read_url(ref["shard"]))


Retry = Callable[["Outcome"], "Outcome"]  # a document's outcome processed again (flows.work.rebuild)
Pending = Callable[[], list["Outcome"]]  # the outcomes of documents still being extracted (waits for them)

class Waiter:
    """The outcomes of the pending documents by file name, asked for once, when first needed."""

    def __init__(self, pending: Pending | None) -> None:
        self.pending, self.outcomes = pending, None

    def outcome(self, source_file: str) -> Outcome | None:
        if self.outcomes is None:
            self.outcomes = {o["source_file"]: o for o in (self.pending() if self.pending else [])}
        found = self.outcomes.get(source_file)
        return None if found is None or "quarantined" in found else found



def merge(refs: list[Outcome], out: Path, published: Published, result: Assembly, tick: Tick | None,
          retry: Retry | None, waiter: Waiter) -> None:
    """Write each kept document's lines into the staged CSV files, the persons and topics tables, and
    find the delta; fills `result` (rows, delta, version, kept and set-aside documents)."""
    stale = {t for t in DOCUMENT_TABLES if published.columns.get(t) not in (None, _columns(t))}
    stale |= {t for t in DOCUMENT_TABLES if published.version is not None and t in published.lost}
    old_docs = _published_docs(out, published, result)
    result.previous_documents = {d.source_file: d.sha256 or "" for d in old_docs.values()}
    staging = staging_dir(out)
    staged = StagedTables(staging)
    screen = Screen()
    delta = DeltaCollector(stale)
    old_rows = PublishedRows(published.sources)
    # unchanged documents are copied from the published files when the saved index says which cache entry
    # their rows came from and every document table has an intact copy with the current columns
    reusable = result.index_source == "saved" and not stale and all(t in published.sources for t in DOCUMENT_TABLES)
    published_order = list(old_docs.values()) if not stale else []
    if reusable:
        staged.copy_from(old_rows)
    try:
        for ref in sorted(refs, key=lambda r: r["source_file"]):
            if tick:
                tick(1)
            if ref.get("pending"):
                ref = waiter.outcome(ref["source_file"])
                if ref is None:  # set aside while extracting: the run's report says why
                    continue
            old = old_docs.get(ref["source_file"])
            if old is not None and reusable and _same_shard(ref, old):
                _reuse(old, old_docs, staged, screen, result)
            else:
                _write(ref, old_docs, staged, screen, delta, old_rows, stale, result, retry)
        staged.flush()
        for old in old_docs.values():  # documents no longer in raw/, or set aside now
            delta.compare(old, old_rows, None)
            result.compared += 1
    finally:
        old_rows.close()
        staged.close()
    person_rows, topics = staged.persons.rows(), topic_rows()
    write_csv("persons", person_rows, staging / "processed/persons.csv")
    write_csv("topics", topics, staging / "processed/topics.csv")
    delta.whole_table("persons", published.tables.get("persons", []), person_rows)
    delta.whole_table("topics", published.tables.get("topics", []), topics)
    result.delta = delta.sorted()
    result.rows = {**staged.counts, "persons": len(person_rows), "topics": len(topics)}
    result.rows = {t: result.rows[t] for t in DATA_TABLES}
    result.meta = package_metadata(staged.metas, published.created)
    result.version = next_version(published, result.delta, result.meta)
    result.unchanged_rows = common_rows(published_order, result.index)


def _reuse(old: PublishedDoc, old_docs: dict[str, PublishedDoc], staged: StagedTables, screen: Screen,
           result: Assembly) -> None:
    """An unchanged document whose cache entry is as published: its lines copied from the published files (unless
    the screen sets it aside now)."""
    reason = screen.verdict(old.source_file, old.doc_id, str(old.text_key), [])
    if reason is not None:
        result.set_aside.append({"file": old.source_file, "reason": reason})
        return
    del old_docs[old.source_file]
    result.kept.append(old.source_file)
    result.reused += 1
    result.index.append(staged.copy_unchanged(old))


def _write(ref: Outcome, old_docs: dict[str, PublishedDoc], staged: StagedTables, screen: Screen,
           delta: DeltaCollector, old_rows: PublishedRows, stale: set[str], result: Assembly,
           retry: Retry | None) -> None:
    """A new or changed document (or one whose published copy cannot be reused): its lines written from its
    shard, and its rows compared with the published ones where they may differ."""
    shard = _shard_of(ref, result, retry)
    if shard is None:
        return
    reason = screen.verdict(shard.source_file, shard.doc_id, shard.text_key, shard.problems)
    if reason is not None:
        result.set_aside.append({"file": shard.source_file, "reason": reason})
        return
    result.kept.append(shard.source_file)
    result.index.append(staged.write_shard(shard, _shard_name(ref), _shard_stamp(ref)))
    old = old_docs.pop(shard.source_file, None)
    if old is None and not stale:
        delta.added(shard)
    elif old is None or stale or old.digest != shard.digest:
        delta.compare(old or PublishedDoc(shard.source_file, shard.doc_id, ""), old_rows, shard)
        result.compared += 1


def common_rows(published: list[PublishedDoc], staged: list[PublishedDoc]) -> dict[str, int]:
    """How many rows at the start of each table are the published ones: those of the documents, in file-name
    order, that are the same documents with the same rows (digest) in both, up to the first that is not."""
    rows = dict.fromkeys(DOCUMENT_TABLES, 0)
    for doc, old in zip(staged, published):
        if doc.source_file != old.source_file or doc.digest != old.digest:
            break
        for table, n in doc.counts.items():
            rows[table] += n
    return rows


def _read_back(ref: Outcome) -> Shard | str:
    """A document's shard, or why it could not be read back from the cache."""
    try:
        return _read_shard(ref)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        return f"its rows could not be read back from the cache ({type(exc).__name__}: {str(exc)[:120]})"


def _shard_of(ref: Outcome, result: Assembly, retry: Retry | None) -> Shard | None:
    """A document's shard; one that cannot be read back is built again (`retry`), or its document set aside."""
    shard = _read_back(ref)
    if isinstance(shard, str) and retry is not None and "path" in ref:
        again = retry(ref)
        result.rebuilt.append(again)
        if "quarantined" in again:
            result.set_aside.append({"file": ref["source_file"], "reason": again["quarantined"]})
            return None
        shard = _read_back(again)
    if not isinstance(shard, str):
        return shard
    result.set_aside.append({"file": ref["source_file"], "reason": f"{shard}; it is extracted again on the next run"})
    return None
