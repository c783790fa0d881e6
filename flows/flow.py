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
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from prefect import flow, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.utilities.annotations import quote

from flows import published_index, raw_stamps
from flows.assemble import assemble
from flows.beside import Helper, allowed, extract_beside, raw_folder_changed, start_helper, take_early, worthwhile
from flows.budget import DEFAULT_SECONDS
from flows.cache import prune
from flows.extraction import find_cached, run_extraction
from flows.memory import release_memory
from flows.outputs.dcat import missing_catalog_metadata
from flows.preflight import PreflightError, check_folder
from flows.progress import Progress, log
from flows.publish import LockedError, PublishError, publish_lock, recover, swap_in
from flows.rawfiles import scan
from flows.report import RunReport, log_documents, log_outcome, log_rows, render_markdown, write_json
from flows.runner import ADDRESS_ENV, RunnerChoice, choose_runner, cores
from flows.store import Store
from flows.validate import validate_package
from flows.work import Outcome, extraction_name, rebuild, ref

CACHE_ENV = "KSDATA_CACHE"
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


@task(name="assemble-and-stage", cache_policy=NO_CACHE)
def assemble_and_stage(refs: list[dict[str, Any]], out_dir: str, allow_shrink: bool = False,
                       cache_url: str | None = None, seconds: float = DEFAULT_SECONDS,
                       pending: Callable[[], list[dict[str, Any]]] | None = None) -> dict[str, Any]:
    """Merge the row shards into the tables (setting aside the documents that fail the checks), compare with
    the published release (checked against its own hashes), run the row-count assertions and stage a new one
    (flows.assemble); the index of the staged package is kept for after the swap. `pending`: the outcomes of
    documents still being extracted beside the assembly (flows.beside), waited for when the merge needs them."""
    with Progress("assemble", len(refs)) as progress:
        retry = (lambda outcome: rebuild(outcome, cache_url, seconds)) if cache_url else None
        assembly = assemble(refs, Path(out_dir), tick=progress.advance, allow_shrink=allow_shrink, retry=retry,
                            pending=pending)
    return assembly.summary()


@task(name="validate-package", cache_policy=NO_CACHE)
def validate_staged(package_path: str, full_validation: bool = False) -> dict[str, Any]:
    """The publish gate: the descriptor checked by frictionless, every row by the fast check (DuckDB); with
    `full_validation` (or KSDATA_FULL_VALIDATION=1) frictionless also validates every row. Returns the
    problems and the gate's own wall time (it runs beside the derived outputs' build)."""
    t0 = time.perf_counter()
    problems = validate_package(Path(package_path), full=True if full_validation else None)
    return {"problems": problems, "seconds": time.perf_counter() - t0}


@task(name="derived-outputs", cache_policy=NO_CACHE)
def derived_outputs(package_path: str, out_dir: str) -> dict[str, Any]:
    """SQLite, spreadsheet, Datasette metadata, charts, dataset card and DCAT record next to the
    staged package, reusing the published outputs' rows of unchanged documents, then checked
    against it; a failure is a problem that stops the release."""
    from flows.outputs import state
    from flows.outputs.build import build_outputs, check_outputs

    try:
        built = build_outputs(Path(package_path), previous=Path(out_dir))
        state.save_staged(Path(package_path).parent, built.pop("state"))
        return {**built, "problems": check_outputs(Path(package_path), built_here=True)}
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
    """Move the staged package into place, then save where its documents' rows are (for the next run's delta)."""
    from flows.outputs import state

    pending = published_index.take_staged(Path(out_dir))
    pending_state = state.take_staged(Path(out_dir))
    swap_in(Path(out_dir))
    published_index.promote(Path(out_dir), pending)
    state.promote(Path(out_dir), pending_state)


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
                    allow_shrink: bool = False, document_seconds: float = DEFAULT_SECONDS, runner: str = "auto",
                    workers: int | None = None, dask_address: str | None = None,
                    cache: str | None = None) -> dict[str, Any]:
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
    """
    raw, out = Path(raw_dir).resolve(), Path(out_dir).resolve()
    try:
        check_folder("--raw", raw)
    except PreflightError as exc:
        raise FileNotFoundError(str(exc)) from None
    cache_url = cache or os.environ.get(CACHE_ENV) or str(out / ".cache")
    report = RunReport(raw_dir=str(raw), out_dir=str(out))
    _discover_and_fetch(raw, out, report, fetch, discover)
    try:
        with publish_lock(out, wait_seconds=LOCK_WAIT_SECONDS):
            _run_locked(raw, out, report, cache_url, Settings(allow_shrink, document_seconds, full_validation,
                                                              runner, workers, dask_address))
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


@dataclass(frozen=True)
class Settings:
    """The flow's parameters that the locked part of a run reads."""

    allow_shrink: bool
    seconds: float
    full_validation: bool
    runner: str
    workers: int | None
    dask_address: str | None


@task(name="extract-beside", cache_policy=NO_CACHE)
def extract_beside_task(files: list[dict[str, str]], cache_url: str, seconds: float = DEFAULT_SECONDS,
                        helper: Helper | None = None) -> list[dict[str, Any]]:
    """Extract a daily run's few new documents in a helper process while the run assembles (flows.beside;
    `helper`: one started before the listing, loading the extractor meanwhile)."""
    return extract_beside(files, cache_url, seconds, helper)


@dataclass
class Extracted:
    """What the extraction stage found: outcomes so far, and the documents still being extracted beside the
    assembly (their outcomes come from `beside`)."""

    outcomes: list[Outcome]
    pending: list[dict[str, str]]
    beside: Any = None  # the PrefectFuture of `extract-beside`
    done: list[Outcome] | None = None

    def wait(self) -> list[Outcome]:
        """The outcomes of the pending documents (waits for the helper the first time)."""
        if self.done is None:
            self.done = self.beside.result() if self.beside is not None else []
        return self.done


def _extract_all(raw: Path, out: Path, report: RunReport, cache_url: str, settings: Settings) -> Extracted:
    """Every text of raw/ extracted (or its shard taken from the cache) where the runner says; the files
    the listing refused are outcomes too. A few new documents among many unchanged ones are extracted in a
    helper process while the run assembles (flows.beside): `pending`, finished by `_finish_extraction`."""
    t0 = time.perf_counter()
    address = settings.dask_address or os.environ.get(ADDRESS_ENV)
    helper_allowed = allowed(settings.runner, settings.workers, address, cores())
    # files added since the last run: start loading the extractor in a helper while listing (flows.beside)
    early = take_early(raw, out)  # started by the command line before the orchestrator
    if early is None and helper_allowed and raw_folder_changed(raw, out):
        early = start_helper()
    try:
        listing = scan(raw)
        files = [ref(f) for f in listing.files]
        cached, todo = find_cached(quote(files), cache_url, str(out))
        choice: RunnerChoice = choose_runner(len(todo), settings.runner, settings.workers, settings.dask_address)
    except BaseException:
        if early is not None:
            early.stop()
        raise
    beside = choice.kind == "sequential" and helper_allowed and worthwhile(len(todo), len(cached))
    if early is not None and not beside:
        early.stop()  # nothing new to extract after all, too much for one helper, or not allowed
    log(f"ingest: {len(files)} documents in {raw}; {len(cached)} unchanged since they were last "
        f"extracted, {len(todo)} to extract "
        f"{'in a helper process while the others are assembled' if beside else choice.describe()}")
    report.runner = {"kind": "beside" if beside else choice.kind, "workers": choice.workers,
                     "address": choice.address, "reason": choice.reason, "cache": cache_url}
    refused = [{"source_file": q.source_file, "quarantined": q.reason, "warnings": []} for q in listing.refused]
    if beside:
        extracted = Extracted(refused + cached, todo,
                              extract_beside_task.submit(todo, cache_url, settings.seconds, quote(early)))
    else:
        extracted = Extracted(refused + cached + (run_extraction(todo, cache_url, choice, settings.seconds)
                                                  if todo else []), [])
    report.timings["extract"] = time.perf_counter() - t0
    return extracted


def _finish_extraction(out: Path, report: RunReport, cache_url: str, outcomes: list[Outcome]) -> list[Outcome]:
    """Once every document's outcome is in: cache entries this run did not use are pruned, and the stat of
    every file read is remembered with its content key (flows.raw_stamps) for the next run."""
    store = Store(cache_url)
    used = {o["shard"] for o in outcomes if "shard" in o}
    used |= {store.path(extraction_name(o["key"])) for o in outcomes if "key" in o}
    report.cache_pruned = prune(store, used)
    raw_stamps.save(out, outcomes)
    return sorted(outcomes, key=lambda o: o["source_file"])


def _publish_staged(out: Path, staged: str, report: RunReport, full_validation: bool) -> None:
    """Validate the staged package and build its derived outputs side by side, then swap it in.

    The gate (DuckDB, hashing: mostly without the interpreter lock) runs in a task of its own while the
    derived outputs are built next to the staged package, so a second core takes one of the two. The
    outputs only read the staged files and write their own, which the gate does not read; when the
    gate finds a problem, nothing is swapped in and the staging folder, outputs included, is removed."""
    t0 = time.perf_counter()
    gate = validate_staged.submit(staged, full_validation)
    derived = derived_outputs(staged, str(out))
    report.timings["outputs"] = time.perf_counter() - t0
    checked = gate.result()
    release_memory()  # DuckDB's and the checks' buffers, the outputs' state
    report.timings["validate"] = checked["seconds"]
    report.validation = checked["problems"]
    log(f"validate: {'valid' if not report.validation else f'{len(report.validation)} problem(s)'} "
        f"({report.timings['validate']:.1f} s, beside the derived outputs: {report.timings['outputs']:.1f} s)")
    if not report.validation:
        report.outputs = {"built": derived["files"], "spreadsheet": derived.get("spreadsheet"),
                          "reuse": derived.get("reuse"), "timings": derived.get("timings")}
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


def _run_locked(raw: Path, out: Path, report: RunReport, cache_url: str, settings: Settings) -> None:
    """Everything that reads or writes OUT, under its lock."""
    report.recovered = recover(out)
    extracted = _extract_all(raw, out, report, cache_url, settings)
    release_memory()
    t0 = time.perf_counter()
    refs = [o for o in extracted.outcomes if "quarantined" not in o]
    refs += [{"source_file": f["name"], "pending": True} for f in extracted.pending]
    try:
        assembled = assemble_and_stage(quote(refs), str(out), settings.allow_shrink, cache_url, settings.seconds,
                                       quote(extracted.wait) if extracted.pending else None)
    finally:  # the helper's documents are waited for, pruned around and remembered even when assembling failed
        outcomes = _finish_extraction(out, report, cache_url, extracted.outcomes + extracted.wait())
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
        _publish_staged(out, assembled["staged"], report, settings.full_validation)
    elif (out / "datapackage.json").exists():
        t0 = time.perf_counter()
        refreshed = refresh_outputs(str(out))
        report.timings["outputs"] = time.perf_counter() - t0
        report.validation = refreshed["problems"]
        if refreshed["changed"]:
            swap(str(out))
            report.outputs = {"refreshed": refreshed["changed"]}
    recover(out)  # clears a staged package that failed validation, or rolls back a failed swap
