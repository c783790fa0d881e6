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

Bad input never stops the release: a document whose rows fail the checks on their
own (computed by the worker with its shard), whose id or text another document
already has, or whose shard cannot be read back, is set aside with its file name
and the reason (flows.screen), and the others are published. The published
release is checked against its own sizes and hashes first (flows.published): its
old rows are read from intact copies, and a release that only repairs damaged
files keeps its version and republishes the same bytes. What stops a release,
with one line saying why: a published package too damaged to tell which release
it is, row-count assertions (flows.assertions: no documents at all, or many rows
lost, unless allow_shrink), a disk that fills up while staging.
"""
from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from flows import published_index, writers
from flows.assertions import shrink_problems
from flows.delta_stream import write_changes
from flows.memory import gc_paused
from flows.merge import Assembly, Pending, Retry, Tick, Waiter, merge
from flows.package_meta import missing_metadata
from flows.parquet_tail import csv_offset
from flows.publish import STAGING, Tail, finish_stage
from flows.release import Published, PublishedUnreadable, changelog_entry, changelog_text, read_published
from flows.writers import write_csv

if TYPE_CHECKING:
    from flows.isolate import Outcome

__all__ = ["Assembly", "assemble"]


def assemble(refs: list[Outcome], out: Path, tick: Tick | None = None, allow_shrink: bool = False,
             retry: Retry | None = None, pending: Pending | None = None) -> Assembly:
    """Merge the shards `refs` (each with `source_file` and `shard`, the shard's URL, or `shard_text`) in
    file-name order into OUT/.staging, setting aside the documents that fail the checks, compare with the
    published release and stage a new one when rows changed (or damaged files must be restored).

    A ref with `pending` is a document still being extracted elsewhere (flows.beside): the merge calls
    `pending` when it reaches the first one, which waits for their outcomes; one set aside there (its outcome
    `quarantined`) is left out here as if it had not been passed."""
    with gc_paused():  # the per-document state is acyclic (flows.memory)
        return _assemble(refs, out, tick, allow_shrink, retry, Waiter(pending))


def _assemble(refs: list[Outcome], out: Path, tick: Tick | None, allow_shrink: bool,
              retry: Retry | None, waiter: Waiter) -> Assembly:
    result = Assembly(warnings=missing_metadata())
    try:
        published = read_published(out, only=("persons", "topics"))
    except PublishedUnreadable as exc:
        result.stopped = str(exc)
        return result
    result.previous_version = published.version
    result.damaged = list(published.damage) + [f"{t}: no intact copy; rebuilt from the extractions"
                                               for t in published.lost]
    try:
        merge(refs, out, published, result, tick, retry, waiter)
        if result.problems or result.stopped:
            shutil.rmtree(out / STAGING, ignore_errors=True)
            return result
        _stage_release(out, published, result, allow_shrink)
    except OSError as exc:
        where = exc.filename or out / STAGING
        result.stopped = (f"could not write the package into {where}: {exc.strerror or exc}; "
                          "the published release is unchanged")
        result.staged = None
    if result.staged is None:
        shutil.rmtree(out / STAGING, ignore_errors=True)
    return result


def _previous_counts(result: Assembly) -> dict[str, int]:
    """Rows per table in the published release: now, less what was added, plus what was removed."""
    counts = result.delta.counts()
    return {t: n - counts[t]["added"] + counts[t]["removed"] for t, n in result.rows.items()}


def _stage_release(out: Path, published: Published, result: Assembly, allow_shrink: bool) -> None:
    """The row-count assertions, then the version, the changes table and the staged package. A repair
    (damaged files, no row changed) republishes the same version with its changes table and changelog
    as they were."""
    staging = out / STAGING
    removed = {t: c["removed"] for t, c in result.delta.counts().items()}
    shrink = shrink_problems(_previous_counts(result), result.rows, removed)
    if shrink and not allow_shrink:
        result.stopped = "release stopped, it would lose rows: " + "; ".join(shrink)
        result.version = None
        return
    changelog_path = out / "CHANGELOG.md"
    if result.version is None and result.damaged and published.version is not None:
        result.version, result.repair = published.version, True
        if "changes" in published.sources:
            shutil.copyfile(published.sources["changes"], staging / "processed/changes.csv")
        else:
            write_csv("changes", [], staging / "processed/changes.csv")
        entry = "" if changelog_path.is_file() else changelog_entry(result.version, result.rows, result.delta)
    elif result.version is not None:
        write_changes(result.version, result.delta, staging / "processed/changes.csv")
        entry = changelog_entry(result.version, result.rows, result.delta)
    else:
        return
    result.rows["changes"] = (_count_rows(staging / "processed/changes.csv") if result.repair else
                              sum(sum(c.values()) for c in result.delta.counts().values()))
    result.staged = str(finish_stage(staging, result.version, changelog_text(changelog_path, entry), result.meta,
                                     _parquet_tails(out, staging, result)))
    published_index.save_staged(staging, result.index)


def _parquet_tails(out: Path, staging: Path, result: Assembly) -> dict[str, Tail]:
    """The tables whose Parquet copy can keep published row groups (flows.parquet_tail): those whose first
    changed row comes after a whole row group, the published files intact."""
    if result.damaged or result.repair:
        return {}
    tails = {}
    for table, rows in result.unchanged_rows.items():
        keep, published = rows // writers.ROW_GROUP_ROWS, out / f"processed/{table}.parquet"
        if keep and published.is_file():
            csv_path = staging / f"processed/{table}.csv"
            tails[table] = Tail(published, keep, csv_offset(result.index, table, keep * writers.ROW_GROUP_ROWS,
                                                            csv_path))
    return tails


def _count_rows(path: Path) -> int:
    from flows.published_index import records_with_offsets
    from flows.writers import csv_field_limit

    with csv_field_limit(), path.open("rb") as handle:
        return sum(1 for _ in records_with_offsets(handle))
