"""The Prefect flow: raw texts → extractions → tables → validated, atomically published package.

Tasks are thin wrappers around the pure stages and pass paths and small
records. Extraction is cached per document under OUT/.cache/extractions, keyed
by the sha256 of the raw bytes (and sidecar) and the extractor's version, so a
run re-extracts only new or changed documents. Prefect's own result caching is
off on purpose (NO_CACHE): the key that matters is the content hash, not the task inputs.

Bad input never stops the run: a file that cannot be read, a bad sidecar, a
document over its time budget or one whose rows fail the checks is set aside
in the report with its name and the reason (flows.rawfiles, flows.isolate,
flows.screen) and the others are published. What stops a run, with one line
saying why: a release that would lose many rows (flows.assertions, unless
allow_shrink), a published package too damaged to continue from, a disk that
fills up while staging (the published release is then left as it was).
"""
from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from prefect import flow, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE

from flows import records
from flows.assertions import shrink_problems
from flows.budget import DEFAULT_SECONDS
from flows.cache import ExtractionCache, prune
from flows.isolate import Outcome, extract_source, load_extraction
from flows.model import Extraction
from flows.preflight import PreflightError, check_folder
from flows.publish import LockedError, PublishError, publish_lock, recover, stage, swap_in
from flows.rawfiles import RawFile, scan
from flows.release import (
    DATA_TABLES,
    Delta,
    Published,
    PublishedUnreadable,
    change_rows,
    changelog_entry,
    changelog_text,
    diff,
    next_version,
    read_published,
)
from flows.report import RunReport, render_markdown, write_json
from flows.screen import screen
from flows.tables import build_tables
from flows.validate import sanity_checks, validate_package

BATCH_SIZE = 25
SOURCES_FILE = "sources.csv"
LOCK_WAIT_SECONDS = 600.0


@task(name="fetch-sources", cache_policy=NO_CACHE, retries=1, retry_delay_seconds=30)
def fetch_sources(sources_path: str, raw_dir: str) -> dict[str, Any]:
    """Fetch the articles listed in the sources file into raw/ (conditional requests; failures listed)."""
    from flows.fetch import SourcesError, fetch_all

    try:
        report = fetch_all(Path(sources_path), Path(raw_dir))
    except SourcesError as exc:  # a configuration error: retrying cannot fix it
        return {"error": str(exc)}
    return {"fetched": report.fetched, "unchanged": report.unchanged, "failed": report.failed,
            "failures": [{"url": u, "reason": r} for u, r in report.failures]}


@task(name="extract-batch", cache_policy=NO_CACHE)
def extract_batch(files: list[dict[str, str]], cache_dir: str, seconds: float = DEFAULT_SECONDS) -> list[Outcome]:
    """Extract each document of a batch (or reuse its cached extraction); one small record per file."""
    cache = ExtractionCache(Path(cache_dir), records.extractor_version())
    return [extract_source(RawFile(Path(f["path"]), f["name"]), cache, seconds) for f in files]


def _load(outcomes: list[Outcome]) -> tuple[list[Extraction], list[dict[str, str]]]:
    extractions, lost = [], []
    for outcome in outcomes:
        try:
            extractions.append(load_extraction(outcome))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            lost.append({"file": outcome["source_file"],
                         "reason": f"its extraction could not be read back ({type(exc).__name__}: {exc}); "
                                   "it is extracted again on the next run"})
    return extractions, lost


def _stage_release(tables: dict[str, Any], out: Path, published: Published, delta: Delta,
                   result: dict[str, Any]) -> None:
    """Decide the version and stage the package; fills `result`. A repair (damaged files, no row
    changed) republishes the same version with its changes table and changelog as they were."""
    version = next_version(published, delta)
    changelog_path = out / "CHANGELOG.md"
    if version is None and published.damage:
        version, result["repair"] = published.version, True
        tables["changes"] = list(published.tables.get("changes", []))
        entry = "" if changelog_path.is_file() else changelog_entry(str(version), tables, delta)
    elif version is not None:
        tables["changes"] = change_rows(version, delta)
        entry = changelog_entry(version, tables, delta)
    result["version"] = version
    if version is None:
        return
    result["rows"]["changes"] = len(tables["changes"])
    try:
        result["staged"] = str(stage(tables, out, version, changelog_text(changelog_path, entry)))
    except OSError as exc:
        where = exc.filename or out / ".staging"
        result["stopped"] = (f"could not write the package into {where}: {exc.strerror or exc}; "
                             "the published release is unchanged")
        recover(out)


@task(name="assemble-and-stage", cache_policy=NO_CACHE)
def assemble_and_stage(outcomes: list[Outcome], out_dir: str, allow_shrink: bool = False) -> dict[str, Any]:
    """Check each document, build the tables, run the sanity checks and the row-count assertions,
    compare with the published release (checked against its own hashes) and stage a new one."""
    out = Path(out_dir)
    extractions, lost = _load(outcomes)
    screened = screen(extractions)
    tables = build_tables(list(screened.kept))
    result: dict[str, Any] = {
        "set_aside": lost + [{"file": q.source_file, "reason": q.reason} for q in screened.set_aside],
        "kept": [ex.document.source_file for ex in screened.kept],
        "problems": sanity_checks(tables, expected_documents=len(screened.kept)),
        "rows": {t: len(tables[t]) for t in DATA_TABLES},
        "version": None, "previous_version": None, "previous_documents": {}, "delta": {},
        "damaged": [], "repair": False, "stopped": None, "staged": None,
    }
    try:
        published = read_published(out)
    except PublishedUnreadable as exc:
        result["stopped"] = str(exc)
        return result
    delta = diff(published.tables, tables)
    result.update({
        "previous_version": published.version, "delta": delta.counts(),
        "damaged": list(published.damage) + [f"{t}: no intact copy; rebuilt from the extractions" for t in published.lost],
        "previous_documents": {r["source_file"]: r["sha256"] for r in published.tables.get("documents", [])},
    })
    if result["problems"]:
        return result
    shrink = shrink_problems(published.counts(), result["rows"], {t: c["removed"] for t, c in delta.counts().items()})
    if shrink and not allow_shrink:
        result["stopped"] = "release stopped, it would lose rows: " + "; ".join(shrink)
        return result
    _stage_release(tables, out, published, delta, result)
    return result


@task(name="validate-package", cache_policy=NO_CACHE)
def validate_staged(package_path: str) -> list[str]:
    return validate_package(Path(package_path))


@task(name="swap-in", cache_policy=NO_CACHE)
def swap(out_dir: str) -> None:
    swap_in(Path(out_dir))


def _batches(items: list[str], size: int) -> list[list[str]]:
    return [items[i:i + size] for i in range(0, len(items), size)]


@flow(name="ks-demands-publish", log_prints=True)
def publish_dataset(raw_dir: Path | str = "raw", out_dir: Path | str = ".",
                    report_path: Path | str | None = None, fetch: bool = False,
                    allow_shrink: bool = False, document_seconds: float = DEFAULT_SECONDS) -> dict[str, Any]:
    """Run the whole pipeline on `raw_dir` and publish `out_dir/datapackage.json` + `out_dir/processed/`.

    With `fetch`, the articles listed in `raw_dir/sources.csv` are fetched first. `allow_shrink` lets a
    release remove many rows (flows.assertions); `document_seconds` is each document's time budget.
    """
    raw, out = Path(raw_dir).resolve(), Path(out_dir).resolve()
    try:
        check_folder("--raw", raw)
    except PreflightError as exc:
        raise FileNotFoundError(str(exc)) from None
    report = RunReport(raw_dir=str(raw), out_dir=str(out))
    if fetch and (raw / SOURCES_FILE).is_file():
        t0 = time.perf_counter()
        try:
            report.fetch = fetch_sources(str(raw / SOURCES_FILE), str(raw))
        except Exception as exc:  # the fetch failing must not keep raw/ from being published
            report.fetch = {"error": f"fetch failed: {type(exc).__name__}: {exc}"}
        report.timings["fetch"] = time.perf_counter() - t0
    elif fetch:
        report.fetch = {"skipped": f"no {SOURCES_FILE} in {raw}"}
    try:
        with publish_lock(out, wait_seconds=LOCK_WAIT_SECONDS):
            _run_locked(raw, out, report, allow_shrink, document_seconds)
    except LockedError as exc:
        report.stopped = str(exc)
    summary = report.as_dict()
    create_markdown_artifact(key="ks-demands-run-report", markdown=render_markdown(summary),
                             description="Documents, rows, validation and timings of the run")
    if report_path:
        write_json(Path(report_path), summary)
    if report.stopped:
        print(f"run stopped, nothing was published: {report.stopped}")
    elif report.validation:
        print(PublishError("validation failed, nothing was published:\n  " + "\n  ".join(report.validation)))
    return summary


def _run_locked(raw: Path, out: Path, report: RunReport, allow_shrink: bool, seconds: float) -> None:
    """Everything that reads or writes OUT, under its lock."""
    report.recovered = recover(out)
    t0 = time.perf_counter()
    listing = scan(raw)
    files = [{"path": str(f.path), "name": f.name} for f in listing.files]
    cache_dir = out / ".cache" / "extractions"
    futures = [extract_batch.submit(batch, str(cache_dir), seconds) for batch in _batches(files, BATCH_SIZE)]
    outcomes = [r for f in futures for r in f.result()]
    report.timings["extract"] = time.perf_counter() - t0
    report.cache_pruned = prune(cache_dir, {o["cache"] for o in outcomes if "cache" in o})
    t0 = time.perf_counter()
    assembled = assemble_and_stage([o for o in outcomes if "quarantined" not in o], str(out), allow_shrink)
    report.timings["assemble"] = time.perf_counter() - t0
    refused = [{"source_file": q.source_file, "quarantined": q.reason, "warnings": []} for q in listing.refused]
    report.add_documents(refused + outcomes, assembled)
    report.add_assembly(assembled)
    if assembled["stopped"]:
        report.stopped = assembled["stopped"]
    elif assembled["problems"]:
        report.validation = assembled["problems"]
    elif assembled["staged"]:
        t0 = time.perf_counter()
        report.validation = validate_staged(assembled["staged"])
        report.timings["validate"] = time.perf_counter() - t0
        if not report.validation:
            t0 = time.perf_counter()
            try:
                swap(str(out))
                report.published = True
            except OSError as exc:
                report.stopped = f"could not swap the new package into {out}: {exc.strerror or exc}; " \
                                 "the previous release is kept"
            report.timings["publish"] = time.perf_counter() - t0
    recover(out)  # clears a staged package that failed validation, or rolls back a failed swap
