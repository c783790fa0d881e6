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
from flows.assemble import assemble
from flows.budget import DEFAULT_SECONDS
from flows.cache import ExtractionCache, prune
from flows.isolate import Outcome, extract_source
from flows.outputs.dcat import missing_catalog_metadata
from flows.preflight import PreflightError, check_folder
from flows.publish import LockedError, PublishError, publish_lock, recover, swap_in
from flows.rawfiles import RawFile, scan
from flows.report import RunReport, render_markdown, write_json
from flows.validate import validate_package

BATCH_SIZE = 25
SOURCES_FILE = "sources.csv"
FEEDS_FILE = "feeds.yaml"
DISCOVERED_FILE = "discovered.csv"
DISCOVER_STATE = Path(".cache") / "discover-state.json"  # under OUT, beside the extraction cache
LOCK_WAIT_SECONDS = 600.0


@task(name="discover-sources", cache_policy=NO_CACHE)
def discover_sources(feeds_path: str, raw_dir: str, state_path: str) -> dict[str, Any]:
    """Find new articles in the feeds file's feeds and sitemaps; append them to raw/discovered.csv."""
    from flows.discover import FeedsError, discover_all

    try:
        report = discover_all(Path(feeds_path), Path(raw_dir), Path(state_path))
    except (FeedsError, OSError) as exc:  # a broken feeds file is set aside; the run publishes what raw/ has
        print(f"discovery skipped: {exc}")
        return {"error": str(exc)}
    print(f"discovery: {report.summary()}")
    return report.as_dict()


@task(name="fetch-sources", cache_policy=NO_CACHE, retries=1, retry_delay_seconds=30)
def fetch_sources(sources_path: str, raw_dir: str) -> dict[str, Any]:
    """Fetch the articles of the sources file and raw/discovered.csv into raw/ (conditional; failures listed)."""
    from flows.fetch import SourcesError, fetch_all

    try:
        report = fetch_all(Path(sources_path), Path(raw_dir), discovered_path=Path(raw_dir) / DISCOVERED_FILE,
                           robots=True)
    except SourcesError as exc:  # a configuration error: retrying cannot fix it
        return {"error": str(exc)}
    return {"fetched": report.fetched, "unchanged": report.unchanged, "duplicates": report.duplicates,
            "failed": report.failed, "failures": [{"url": u, "reason": r} for u, r in report.failures],
            "duplicate_of": [{"url": u, "reason": r} for u, r in report.duplicate_of]}


@task(name="extract-batch", cache_policy=NO_CACHE)
def extract_batch(files: list[dict[str, str]], cache_dir: str, seconds: float = DEFAULT_SECONDS) -> list[Outcome]:
    """Extract each document of a batch (or reuse its cached extraction); one small record per file."""
    cache = ExtractionCache(Path(cache_dir), records.extractor_version())
    return [extract_source(RawFile(Path(f["path"]), f["name"]), cache, seconds) for f in files]


@task(name="assemble-and-stage", cache_policy=NO_CACHE)
def assemble_and_stage(outcomes: list[Outcome], out_dir: str, allow_shrink: bool = False) -> dict[str, Any]:
    """Check each document, build the tables, run the checks and the row-count assertions, compare with the
    published release (checked against its own hashes) and stage a new one (flows.assemble)."""
    return assemble(outcomes, out_dir, allow_shrink)


@task(name="validate-package", cache_policy=NO_CACHE)
def validate_staged(package_path: str, full_validation: bool = False) -> list[str]:
    """The publish gate: the descriptor checked by frictionless, every row by the fast check (DuckDB); with
    `full_validation` (or KSDATA_FULL_VALIDATION=1) frictionless also validates every row."""
    return validate_package(Path(package_path), full=True if full_validation else None)


@task(name="derived-outputs", cache_policy=NO_CACHE)
def derived_outputs(package_path: str) -> dict[str, Any]:
    """SQLite, spreadsheet, Datasette metadata, charts, dataset card and DCAT record next to the
    staged package, then checked against it; a failure is a problem that stops the release."""
    from flows.outputs.build import build_outputs, check_outputs

    try:
        built = build_outputs(Path(package_path))
        return {**built, "problems": check_outputs(Path(package_path))}
    except Exception as exc:  # a failed build publishes nothing and says why
        return {"files": [], "problems": [f"derived outputs could not be built: {type(exc).__name__}: {exc}"]}


@task(name="refresh-derived-outputs", cache_policy=NO_CACHE)
def refresh_outputs(out_dir: str) -> dict[str, list[str]]:
    """With no new release: rebuild the derived outputs from the published package and stage
    them for the swap when they differ from the published ones."""
    from flows.outputs.refresh import stage_refresh

    try:
        return stage_refresh(Path(out_dir))
    except Exception as exc:
        return {"changed": [], "problems": [f"derived outputs could not be rebuilt: {type(exc).__name__}: {exc}"]}


@task(name="swap-in", cache_policy=NO_CACHE)
def swap(out_dir: str) -> None:
    swap_in(Path(out_dir))


def _batches(items: list[dict[str, str]], size: int) -> list[list[dict[str, str]]]:
    return [items[i:i + size] for i in range(0, len(items), size)]


def _discover_and_fetch(raw: Path, out: Path, report: RunReport, fetch: bool, discover: bool) -> None:
    """The optional first steps: discovery (feeds file) and fetching (sources file, discovered.csv)."""
    if discover and (raw / FEEDS_FILE).is_file():
        t0 = time.perf_counter()
        report.discover = discover_sources(str(raw / FEEDS_FILE), str(raw), str(out / DISCOVER_STATE))
        report.timings["discover"] = time.perf_counter() - t0
    elif discover:
        report.discover = {"skipped": f"no {FEEDS_FILE} in {raw}"}
    if not (fetch or discover):
        return
    if (raw / SOURCES_FILE).is_file() or (raw / DISCOVERED_FILE).is_file():
        t0 = time.perf_counter()
        try:
            report.fetch = fetch_sources(str(raw / SOURCES_FILE), str(raw))
        except Exception as exc:  # the fetch failing must not keep raw/ from being published
            report.fetch = {"error": f"fetch failed: {type(exc).__name__}: {exc}"}
        report.timings["fetch"] = time.perf_counter() - t0
    else:
        report.fetch = {"skipped": f"no {SOURCES_FILE} or {DISCOVERED_FILE} in {raw}"}


@flow(name="ks-demands-publish", log_prints=True)
def publish_dataset(raw_dir: Path | str = "raw", out_dir: Path | str = ".",
                    report_path: Path | str | None = None, fetch: bool = False,
                    discover: bool = False, full_validation: bool = False,
                    allow_shrink: bool = False, document_seconds: float = DEFAULT_SECONDS) -> dict[str, Any]:
    """Run the whole pipeline on `raw_dir` and publish `out_dir/datapackage.json` + `out_dir/processed/`.

    With `fetch`, the articles listed in `raw_dir/sources.csv` (and `raw_dir/discovered.csv`)
    are fetched first. With `discover`, new articles are first looked for in the feeds of
    `raw_dir/feeds.yaml` (skipped while it does not exist) and then fetched. With `full_validation`,
    frictionless validates every row as well as the fast check (slow; for maintainers and tests).
    `allow_shrink` lets a release remove many rows (flows.assertions); `document_seconds` is each
    document's time budget for reading and extraction.
    """
    raw, out = Path(raw_dir).resolve(), Path(out_dir).resolve()
    try:
        check_folder("--raw", raw)
    except PreflightError as exc:
        raise FileNotFoundError(str(exc)) from None
    report = RunReport(raw_dir=str(raw), out_dir=str(out))
    _discover_and_fetch(raw, out, report, fetch, discover)
    try:
        with publish_lock(out, wait_seconds=LOCK_WAIT_SECONDS):
            _run_locked(raw, out, report, allow_shrink, document_seconds, full_validation)
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


def _extract_all(raw: Path, out: Path, report: RunReport, seconds: float) -> list[Outcome]:
    """Every text of raw/ extracted (or taken from the cache) in batches; the files refused as outcomes too."""
    t0 = time.perf_counter()
    listing = scan(raw)
    files = [{"path": str(f.path), "name": f.name} for f in listing.files]
    cache_dir = out / ".cache" / "extractions"
    futures = [extract_batch.submit(batch, str(cache_dir), seconds) for batch in _batches(files, BATCH_SIZE)]
    outcomes = [r for f in futures for r in f.result()]
    report.timings["extract"] = time.perf_counter() - t0
    report.cache_pruned = prune(cache_dir, {o["cache"] for o in outcomes if "cache" in o})
    refused = [{"source_file": q.source_file, "quarantined": q.reason, "warnings": []} for q in listing.refused]
    return refused + outcomes


def _publish_staged(out: Path, staged: str, report: RunReport, full_validation: bool) -> None:
    """Validate the staged package, build its derived outputs, swap it in."""
    t0 = time.perf_counter()
    report.validation = validate_staged(staged, full_validation)
    report.timings["validate"] = time.perf_counter() - t0
    if not report.validation:
        t0 = time.perf_counter()
        derived = derived_outputs(staged)
        report.timings["outputs"] = time.perf_counter() - t0
        report.outputs = {"built": derived["files"], "spreadsheet": derived.get("spreadsheet")}
        report.validation = derived["problems"]
    if not report.validation:
        t0 = time.perf_counter()
        try:
            swap(str(out))
            report.published = True
        except OSError as exc:
            report.stopped = f"could not swap the new package into {out}: {exc.strerror or exc}; " \
                             "the previous release is kept"
        report.timings["publish"] = time.perf_counter() - t0


def _run_locked(raw: Path, out: Path, report: RunReport, allow_shrink: bool, seconds: float,
                full_validation: bool) -> None:
    """Everything that reads or writes OUT, under its lock."""
    report.recovered = recover(out)
    outcomes = _extract_all(raw, out, report, seconds)
    t0 = time.perf_counter()
    assembled = assemble_and_stage([o for o in outcomes if "quarantined" not in o], str(out), allow_shrink)
    report.timings["assemble"] = time.perf_counter() - t0
    report.add_documents(outcomes, assembled)
    report.add_assembly(assembled)
    for warning in assembled["warnings"] + missing_catalog_metadata():
        print(f"warning: {warning}")
    if assembled["stopped"]:
        report.stopped = assembled["stopped"]
    elif assembled["problems"]:
        report.validation = assembled["problems"]
    elif assembled["staged"]:
        _publish_staged(out, assembled["staged"], report, full_validation)
    elif (out / "datapackage.json").exists():
        t0 = time.perf_counter()
        refreshed = refresh_outputs(str(out))
        report.timings["outputs"] = time.perf_counter() - t0
        report.validation = refreshed["problems"]
        if refreshed["changed"]:
            swap(str(out))
            report.outputs = {"refreshed": refreshed["changed"]}
    recover(out)  # clears a staged package that failed validation, or rolls back a failed swap
