"""Stage, validate and atomically publish the data package.

Tables are written into `OUT/.staging/`, validated there, and only then swapped
into place: the old `processed/` and `datapackage.json` move to `OUT/.previous/`,
the staged ones move in, the journal is removed. A run killed at any point
leaves either the previous release or the new one complete: `recover()` (run
first by every publish, under the lock) rolls an interrupted swap back.
"""
from __future__ import annotations

import copy
import fcntl
import json
import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from flows.schema import TABLES, load_schema
from flows.writers import file_stats, write_csv, write_parquet

STAGING, PREVIOUS, JOURNAL, LOCK = ".staging", ".previous", ".publish-journal", ".ksdata.lock"
PUBLISHED = ("processed", "datapackage.json", "CHANGELOG.md")
PACKAGE_META: dict[str, Any] = {
    "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
    "name": "ks-demands",
    "title": "KS demands: what the Norwegian municipal sector asks of the government, meeting by meeting",
    "description": (
        "Meetings between KS (Kommunesektorens organisasjon) and the ministries, the statements made "
        "(direct and indirect quotes with the speaker resolved) and the demands raised (claimant, addressee, "
        "action, topic), extracted from Norwegian news articles and talk notes. Every statement and demand "
        "carries its document, character offsets into the document's normalised text (documents.text) and "
        "the extraction rule that produced it. Each table is published as CSV and as Parquet. "
        "The extracted rows are licensed CC-BY-4.0; the source texts (documents.text, raw/) are quoted from "
        "their publishers (KS, regjeringen.no, newspapers) and remain under their terms."
    ),
    "licenses": [{"name": "CC-BY-4.0", "title": "Creative Commons Attribution 4.0",
                  "path": "https://creativecommons.org/licenses/by/4.0/"}],
    "sources": [
        {"title": "KS (Kommunesektorens organisasjon): news and talk notes", "path": "https://www.ks.no/"},
        {"title": "Regjeringen.no: news from the ministries", "path": "https://www.regjeringen.no/"},
    ],
    "contributors": [{"title": "KS demands dataset maintainers", "roles": ["creator", "maintainer"]}],
    "keywords": ["KS", "kommunesektoren", "konsultasjonsordningen", "regjeringen", "departementer",
                 "Norway", "municipalities", "demands", "quotations", "meetings"],
}


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


def recover(out_dir: Path) -> str | None:
    """Undo an interrupted swap and clear leftovers; returns what was done, if anything."""
    journal, previous, staging = out_dir / JOURNAL, out_dir / PREVIOUS, out_dir / STAGING
    done = None
    if journal.exists():
        for name in PUBLISHED:
            if (previous / name).exists():
                target = out_dir / name
                if target.is_dir():
                    shutil.rmtree(target)
                elif target.exists():
                    target.unlink()
                os.replace(previous / name, target)
        journal.unlink()
        done = "rolled back an interrupted publish; the previous release is in place"
    for leftover in (previous, staging):
        if leftover.exists():
            shutil.rmtree(leftover)
    return done


def _resource(table: str, fmt: str, path: Path, rel: str) -> dict[str, Any]:
    size, digest = file_stats(path)
    schema = copy.deepcopy(load_schema(table))
    name = table if fmt == "csv" else f"{table}-parquet"
    if fmt == "parquet":
        for fk in schema.get("foreignKeys", []):
            fk["reference"]["resource"] += "-parquet"
    resource: dict[str, Any] = {"name": name, "type": "table", "path": rel, "format": fmt}
    if fmt == "csv":
        resource.update({"mediatype": "text/csv", "encoding": "utf-8",
                         "dialect": {"header": True, "delimiter": ",", "quoteChar": "\""}})
    else:
        resource["mediatype"] = "application/vnd.apache.parquet"
    if fmt == "csv":
        # frictionless-py reads Parquet through pyarrow and never counts its bytes, so a declared
        # `bytes` fails `frictionless validate`; Parquet resources carry the hash, which
        # flows.validate checks itself (frictionless skips a hash it cannot compute).
        resource["bytes"] = size
    resource.update({"hash": f"sha256:{digest}", "description": schema.get("description", ""), "schema": schema})
    return resource


def stage(tables: dict[str, list[dict[str, Any]]], out_dir: Path, version: str, changelog: str) -> Path:
    """Write every table as CSV and Parquet, datapackage.json and CHANGELOG.md into OUT/.staging;
    return the staged descriptor's path."""
    staging = out_dir / STAGING
    if staging.exists():
        shutil.rmtree(staging)
    (staging / "processed").mkdir(parents=True)
    resources = []
    for fmt in ("csv", "parquet"):
        for table in TABLES:
            rel = f"processed/{table}.{fmt}"
            (write_csv if fmt == "csv" else write_parquet)(table, tables[table], staging / rel)
            resources.append(_resource(table, fmt, staging / rel, rel))
    descriptor = {**PACKAGE_META, "version": version, "resources": resources}
    (staging / "CHANGELOG.md").write_text(changelog, encoding="utf-8")
    path = staging / "datapackage.json"
    path.write_text(json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def swap_in(out_dir: Path) -> None:
    """Move the staged package into place; the previous one is kept until the swap is complete."""
    staging, previous, journal = out_dir / STAGING, out_dir / PREVIOUS, out_dir / JOURNAL
    if previous.exists():
        shutil.rmtree(previous)
    previous.mkdir()
    journal.write_text("swapping\n", encoding="utf-8")
    for name in PUBLISHED:
        if (out_dir / name).exists():
            os.replace(out_dir / name, previous / name)
    for name in PUBLISHED:
        os.replace(staging / name, out_dir / name)
    journal.unlink()
    shutil.rmtree(previous)
    shutil.rmtree(staging)
