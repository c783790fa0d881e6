"""Stage, validate and atomically publish the data package.

Tables are written into `OUT/.staging/`, validated there, and only then swapped
into place: the old `processed/`, `datapackage.json` and the other top-level files
move to `OUT/.previous/`, the staged ones and the new release archive
(`releases/<version>/`, `releases/latest.json`) move in, the journal is removed. A run killed at any point
leaves either the previous release or the new one complete: `recover()` (run
first by every publish, under the lock) rolls an interrupted swap back.
"""
from __future__ import annotations

import copy
import fcntl
import json
import os
import shutil
import struct
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from flows import writers
from flows.archive import archive_entries, write_archive
from flows.citation import citation_cff, license_text
from flows.memory import release_memory
from flows.package_meta import package_metadata
from flows.parquet_tail import write_tail
from flows.schema import TABLES, load_schema
from flows.writers import file_stats, write_csv, write_parquet_from_csv

STAGING, PREVIOUS, JOURNAL, LOCK = ".staging", ".previous", ".publish-journal", ".ksdata.lock"
# Top-level files of a release, swapped in together with the release's archive (flows.archive);
# the last three are the derived outputs' (flows.outputs.TOP_LEVEL: the card, its charts, the DCAT record).
PUBLISHED = ("processed", "datapackage.json", "CHANGELOG.md", "CITATION.cff", "LICENSE-DATA.md",
             "DATASET.md", "charts", "catalog")
PARQUET_MEDIATYPE = "application/vnd.apache.parquet"


class PublishError(RuntimeError):
    """The package failed validation or could not be swapped in; nothing was published."""


class LockedError(RuntimeError):
    """Another run holds the output folder's lock."""


@contextmanager
def publish_lock(out_dir: Path, wait_seconds: float = 0.0) -> Iterator[None]:
    """An exclusive lock on OUT: a second run waits up to `wait_seconds`, then refuses."""
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / LOCK
    with path.open("a+") as handle:
        deadline = time.monotonic() + wait_seconds
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    handle.seek(0)
                    holder = handle.read().strip() or "unknown"
                    raise LockedError(f"another run is publishing into {out_dir} (lock {path}, held by pid "
                                      f"{holder}); wait for it to finish or retry later") from None
                time.sleep(0.2)
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _journal_entries(journal: Path) -> tuple[list[str], set[str]]:
    """(entries being swapped, those that existed before) from the journal; an old plain-text
    journal covers the top-level files only."""
    try:
        data = json.loads(journal.read_text(encoding="utf-8"))
        return list(data["entries"]), set(data["existed"])
    except (ValueError, KeyError, TypeError):
        return list(PUBLISHED), set(PUBLISHED)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    elif path.exists() or path.is_symlink():
        path.unlink()


def recover(out_dir: Path) -> str | None:
    """Undo an interrupted swap and clear leftovers; returns what was done, if anything."""
    journal, previous, staging = out_dir / JOURNAL, out_dir / PREVIOUS, out_dir / STAGING
    done = None
    if journal.exists():
        entries, existed = _journal_entries(journal)
        for name in entries:
            target = out_dir / name
            if name in existed:
                if (previous / name).exists():  # moved aside: put it back
                    _remove(target)
                    os.replace(previous / name, target)
            else:  # new in the interrupted release: take it out again
                _remove(target)
        journal.unlink()
        done = "rolled back an interrupted publish; the previous release is in place"
    for leftover in (previous, staging):
        if leftover.exists():
            shutil.rmtree(leftover)
    return done


def _resource(table: str, staging: Path) -> dict[str, Any]:
    """The table's Frictionless resource (the CSV file) with its Parquet copy in `parquet`.

    The Parquet files are not resources of their own: frictionless-py reads Parquet
    through pandas and cannot read a list<string> column as a `list` field, so a
    Parquet resource would fail `frictionless validate` and the SQL export. flows.validate
    checks the Parquet files itself (Arrow types, same rows as the CSV, bytes and hash).
    """
    schema = copy.deepcopy(load_schema(table))
    csv_size, csv_digest = file_stats(staging / f"processed/{table}.csv")
    pq_size, pq_digest = file_stats(staging / f"processed/{table}.parquet")
    return {
        "name": table, "type": "table", "path": f"processed/{table}.csv", "format": "csv",
        "mediatype": "text/csv", "encoding": "utf-8",
        "dialect": {"header": True, "delimiter": ",", "quoteChar": "\""},
        "bytes": csv_size, "hash": f"sha256:{csv_digest}",
        "parquet": {"path": f"processed/{table}.parquet", "format": "parquet", "mediatype": PARQUET_MEDIATYPE,
                    "bytes": pq_size, "hash": f"sha256:{pq_digest}"},
        "description": schema.get("description", ""), "schema": schema,
    }


def companion_files(resource: dict[str, Any]) -> list[dict[str, Any]]:
    """The files a resource describes besides its `path` (its Parquet copy), each with path, bytes, hash."""
    return [resource["parquet"]] if "parquet" in resource else []


def staging_dir(out_dir: Path) -> Path:
    """An empty OUT/.staging/processed (what a previous run left there is removed)."""
    staging = out_dir / STAGING
    if staging.exists():
        shutil.rmtree(staging)
    (staging / "processed").mkdir(parents=True)
    return staging


def stage(tables: dict[str, list[dict[str, Any]]], out_dir: Path, version: str, changelog: str,
          previous_created: str | None = None) -> Path:
    """Write every table as CSV and Parquet, datapackage.json, CHANGELOG.md, CITATION.cff,
    LICENSE-DATA.md and the release's archive into OUT/.staging; return the staged descriptor's path.

    `previous_created` is the published release's `created` (package metadata never goes back in time).
    """
    staging = staging_dir(out_dir)
    for table in TABLES:
        write_csv(table, tables[table], staging / f"processed/{table}.csv")
    return finish_stage(staging, version, changelog, package_metadata(tables["documents"], previous_created))


def finish_stage(staging: Path, version: str, changelog: str, meta: dict[str, Any],
                 tails: dict[str, Tail] | None = None) -> Path:
    """With every table's CSV file in `staging/processed`: their Parquet copies (written from the CSV
    in row groups; `tails`: the published row groups a table keeps, flows.parquet_tail), datapackage.json,
    CHANGELOG.md, CITATION.cff, LICENSE-DATA.md and the archive."""
    write_parquet_copies(staging, tails)
    descriptor = {**meta, "version": version, "resources": [_resource(t, staging) for t in TABLES]}
    (staging / "CHANGELOG.md").write_text(changelog, encoding="utf-8")
    (staging / "CITATION.cff").write_text(citation_cff(descriptor), encoding="utf-8")
    (staging / "LICENSE-DATA.md").write_text(license_text(descriptor), encoding="utf-8")
    path = staging / "datapackage.json"
    path.write_text(json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    write_archive(staging, version, descriptor["created"])
    return path


@dataclass(frozen=True)
class Tail:
    """A table's Parquet copy written from a published one: its first `keep_groups` row groups kept, the rows
    from the CSV file's byte `offset` on written after them."""

    published: Path
    keep_groups: int
    offset: int


PARQUET_THREADS = 2  # tables written at once: Arrow parses the CSV and compresses without the interpreter lock


def write_parquet_copies(staging: Path, tails: dict[str, Tail] | None = None) -> None:
    """Every table's Parquet copy from its CSV file, PARQUET_THREADS tables at a time, largest first (each
    file is what one thread alone writes: its bytes depend on its CSV file only). A table in `tails` keeps
    the published file's row groups before its first changed row and has only the later rows written
    (flows.parquet_tail: the same bytes); where the published file was written otherwise, all of it."""
    def write(table: str) -> None:
        csv_path, target = staging / f"processed/{table}.csv", staging / f"processed/{table}.parquet"
        tail = (tails or {}).get(table)
        try:
            done = tail is not None and write_tail(tail.published, tail.keep_groups, writers.ROW_GROUP_ROWS, lambda path:
                                                   write_parquet_from_csv(table, csv_path, path, tail.offset), target)
        except (ValueError, IndexError, KeyError, TypeError, struct.error):  # not a file written alike
            done = False
        if not done:
            write_parquet_from_csv(table, csv_path, target)
        release_memory(collect=False)  # Arrow keeps a table's buffers in its pool; give them back

    tables = sorted(TABLES, key=lambda t: -(staging / f"processed/{t}.csv").stat().st_size)
    with ThreadPoolExecutor(max_workers=PARQUET_THREADS, thread_name_prefix="parquet") as pool:
        for _ in pool.map(write, tables):  # raises the first table's error (a full disk) here
            pass


def staged_entries(out_dir: Path) -> list[str]:
    """What a swap moves into OUT: the top-level files, the release's archive folder and releases/latest.json."""
    staging = out_dir / STAGING
    return [name for name in PUBLISHED if (staging / name).exists()] + archive_entries(staging)


def swap_in(out_dir: Path) -> None:
    """Move the staged package into place; what it replaces is kept until the swap is complete.

    The journal lists every entry and which of them existed before, so `recover()` can
    put back what was moved aside and take out what was new.
    """
    staging, previous, journal = out_dir / STAGING, out_dir / PREVIOUS, out_dir / JOURNAL
    entries = staged_entries(out_dir)
    if previous.exists():
        shutil.rmtree(previous)
    previous.mkdir()
    existed = [name for name in entries if (out_dir / name).exists()]
    journal.write_text(json.dumps({"entries": entries, "existed": existed}) + "\n", encoding="utf-8")
    for name in existed:
        (previous / name).parent.mkdir(parents=True, exist_ok=True)
        os.replace(out_dir / name, previous / name)
    for name in entries:
        (out_dir / name).parent.mkdir(parents=True, exist_ok=True)
        os.replace(staging / name, out_dir / name)
    journal.unlink()
    shutil.rmtree(previous)
    shutil.rmtree(staging)
