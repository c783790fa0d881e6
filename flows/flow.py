"""The Prefect flow: raw texts → extractions and row shards → tables → validated, atomically published package.

Tasks are thin wrappers around the pure stages and pass paths and small
records. Each document's extraction and its rows (a row shard, flows.shards)
are cached under the cache URL (default OUT/.cache), keyed by the sha256 of the
raw bytes (and sidecar) and the extractor's and rows' versions, so a run
extracts only new or changed documents, and assembling the package is a merge
of shards (flows.assemble). Documents to extract run in batches on the runner
flows.runner chooses: the flow's own process for a few, a local Dask cluster of
one process per core for many, or an existing Dask cluster given its address; a
daily run's few new documents among many unchanged ones go to a helper process
that extracts them while this one assembles the others (flows.beside).
Prefect's own result caching is off on purpose (NO_CACHE): the key that matters
is the content hash, not the task inputs. The two tasks given one record per
document (finding cached shards, assembling) get them `quote`d: Prefect would
otherwise walk every record twice looking for futures, 3 CPU-seconds at 20,000
documents.

Bad input never stops the run: a file that cannot be read or is refused by the
listing (flows.rawfiles), a bad sidecar, a document over its time budget or one
whose rows fail the checks is set aside in the report with its name and the
reason (flows.work, flows.isolate, flows.screen), on every runner alike, and
the others are published. What stops a run, with one line saying why: a release
that would lose many rows (flows.assertions, unless allow_shrink), a published
package too damaged to continue from, a disk that fills up while staging (the
published release is then left as it was).
"""
from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

from prefect import flow
from prefect.artifacts import create_markdown_artifact
from prefect.utilities.annotations import quote

from flows.budget import DEFAULT_SECONDS
from flows.memory import release_memory
from flows.outputs.dcat import missing_catalog_metadata
from flows.preflight import PreflightError, check_folder
from flows.publish import LockedError, PublishError, publish_lock, recover
from flows.report import RunReport, log_documents, log_outcome, log_rows, render_markdown, write_json
from flows.stage_extract import Settings, extract_all, finish_extraction
from flows.stage_fetch import DISCOVER_STATE, DISCOVERED_FILE, FEEDS_FILE, SOURCES_FILE, discover_and_fetch
from flows.stage_publish import assemble_and_stage, publish_staged, refresh_outputs, swap
from flows.validate import full_validation_requested

__all__ = ["CACHE_ENV", "DISCOVERED_FILE", "DISCOVER_STATE", "FEEDS_FILE", "LOCK_WAIT_SECONDS", "SOURCES_FILE",
           "publish_dataset"]
CACHE_ENV = "KSDATA_CACHE"
FULL_CHECK_ENV = "KSDATA_FULL_CHECK"
LOCK_WAIT_SECONDS = 600.0


def full_check_requested() -> bool:
    return os.environ.get(FULL_CHECK_ENV, "").strip().lower() in ("1", "true", "yes")


@flow(name="ks-demands-publish", log_prints=True)
def publish_dataset(raw_dir: Path | str = "raw", out_dir: Path | str = ".",
                    report_path: Path | str | None = None, fetch: bool = False,
                    discover: bool = False, full_validation: bool = False,
                    allow_shrink: bool = False, document_seconds: float = DEFAULT_SECONDS, runner: str = "auto",
                    workers: int | None = None, dask_address: str | None = None,
                    cache: str | None = None, full_check: bool = False) -> dict[str, Any]:
    """Run the whole pipeline on `raw_dir` and publish `out_dir/datapackage.json` + `out_dir/processed/`.

    With `fetch`, the articles listed in `raw_dir/sources.csv` (and `raw_dir/discovered.csv`)
    are fetched first. With `discover`, new articles are first looked for in the feeds of
    `raw_dir/feeds.yaml` (skipped while it does not exist) and then fetched. With `full_validation`,
    frictionless validates every row as well as the fast check (slow; for maintainers and tests).
    `allow_shrink` lets a release remove many rows (flows.assertions); `document_seconds` is each
    document's time budget for reading and extraction.

    Where documents are extracted (flows.runner): `runner` auto, sequential, local or cluster;
    `workers` processes of a local cluster (default: one per core); `dask_address` an existing Dask
    scheduler (default: KSDATA_DASK_ADDRESS). `cache`: where extractions and row shards are kept, a
    path or fsspec URL the workers can write (default: OUT/.cache, or KSDATA_CACHE).

    The publish gate of a release that only adds documents to the published one checks the new rows in
    full and proves the others unchanged (flows.delta_gate); `full_check` (or KSDATA_FULL_CHECK=1) runs the
    full gate over every row instead, as every other release does.
    """
    raw, out = Path(raw_dir).resolve(), Path(out_dir).resolve()
    try:
        check_folder("--raw", raw)
    except PreflightError as exc:
        raise FileNotFoundError(str(exc)) from None
    cache_url = cache or os.environ.get(CACHE_ENV) or str(out / ".cache")
    report = RunReport(raw_dir=str(raw), out_dir=str(out))
    discover_and_fetch(raw, out, report, fetch, discover)
    try:
        with publish_lock(out, wait_seconds=LOCK_WAIT_SECONDS):
            _run_locked(raw, out, report, cache_url, Settings(allow_shrink, document_seconds, full_validation,
                                                              runner, workers, dask_address,
                                                              full_check or full_check_requested()))
    except LockedError as exc:
        report.stopped = str(exc)
    summary = report.as_dict()
    log_outcome(summary)
    create_markdown_artifact(key="ks-demands-run-report", markdown=render_markdown(summary),
                             description="Documents, rows, validation and timings of the run")
    if report_path:
        write_json(Path(report_path), summary)
    if report.stopped:
        print(f"run stopped, nothing was published: {report.stopped}")
    elif report.validation:
        print(PublishError("validation failed, nothing was published:\n  " + "\n  ".join(report.validation)))
    return summary


def _run_locked(raw: Path, out: Path, report: RunReport, cache_url: str, settings: Settings) -> None:
    """Everything that reads or writes OUT, under its lock."""
    report.recovered = recover(out)
    extracted = extract_all(raw, out, report, cache_url, settings)
    release_memory()
    t0 = time.perf_counter()
    refs = [o for o in extracted.outcomes if "quarantined" not in o]
    refs += [{"source_file": f["name"], "pending": True} for f in extracted.pending]
    try:
        assembled = assemble_and_stage(quote(refs), str(out), settings.allow_shrink, cache_url, settings.seconds,
                                       quote(extracted.wait) if extracted.pending else None)
    finally:  # the helper's documents are waited for, pruned around and remembered even when assembling failed
        outcomes = finish_extraction(out, report, cache_url, extracted.outcomes + extracted.wait())
    release_memory()  # the merge's per-document state and the Parquet writers' buffers, before the gate
    report.timings["assemble"] = time.perf_counter() - t0
    again = {o["source_file"]: o for o in assembled["rebuilt"]}
    outcomes = [again.get(o["source_file"], o) for o in outcomes]
    report.add_documents(outcomes, assembled)
    report.add_assembly(assembled)
    log_documents(report.as_dict())
    for warning in assembled["warnings"] + missing_catalog_metadata():
        print(f"warning: {warning}")
    if assembled["stopped"]:
        report.stopped = assembled["stopped"]
    elif assembled["problems"]:
        report.validation = assembled["problems"]
    elif assembled["staged"]:
        log_rows(report.as_dict(), assembled)
        incremental = not (settings.full_check or settings.full_validation or full_validation_requested()) \
            and assembled["published_index"] == "saved" and not assembled["damaged"] and not assembled["repair"]
        publish_staged(out, assembled["staged"], report, settings.full_validation, incremental)
    elif (out / "datapackage.json").exists():
        t0 = time.perf_counter()
        refreshed = refresh_outputs(str(out))
        report.timings["outputs"] = time.perf_counter() - t0
        report.validation = refreshed["problems"]
        if refreshed["changed"]:
            swap(str(out))
            report.outputs = {"refreshed": refreshed["changed"]}
    recover(out)  # clears a staged package that failed validation, or rolls back a failed swap
