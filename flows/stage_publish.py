"""The flow's assembly and publishing stages: the row shards merged and staged, the staged package checked by
the publish gate beside the derived outputs' build, and swapped in atomically.

Tasks are thin wrappers around flows.assemble, flows.validate, flows.outputs and flows.publish, passing
paths and small records; the per-document records go to `assemble-and-stage` `quote`d by the caller.
"""
from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from prefect import task
from prefect.cache_policies import NO_CACHE

from flows import published_index
from flows.assemble import assemble
from flows.budget import DEFAULT_SECONDS
from flows.memory import release_memory
from flows.progress import Progress, log
from flows.publish import swap_in
from flows.report import RunReport
from flows.validate import validate_package
from flows.work import rebuild


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
def validate_staged(package_path: str, full_validation: bool = False,
                    published: str | None = None) -> dict[str, Any]:
    """The publish gate. With `published` (the OUT folder of a release the staged one may only add documents
    to) the incremental gate (flows.delta_gate: the new rows in full, the rest proven unchanged), which falls
    back to the full gate when the release is not of that kind. The full gate: the descriptor checked by
    frictionless, every row by the fast check (DuckDB); with `full_validation` (or KSDATA_FULL_VALIDATION=1)
    frictionless also validates every row. Returns the problems, which gate ran (and why the full one) and
    the gate's own wall time (it runs beside the derived outputs' build)."""
    from flows.delta_gate import incremental_problems

    t0 = time.perf_counter()
    problems, why = (None, "asked for") if published is None else incremental_problems(Path(package_path),
                                                                                        Path(published))
    if problems is None:
        problems = validate_package(Path(package_path), full=True if full_validation else None)
    return {"problems": problems, "seconds": time.perf_counter() - t0,
            "gate": {"kind": "full" if why else "incremental", **({"reason": why} if why else {})}}


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
        checked = built.pop("sqlite_check")  # the database checked in its own thread as soon as it was written
        return {**built, "problems": check_outputs(Path(package_path), built_here=True, sqlite_check=checked)}
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


def publish_staged(out: Path, staged: str, report: RunReport, full_validation: bool, incremental: bool) -> None:
    """Validate the staged package and build its derived outputs side by side, then swap it in.

    The gate (DuckDB, hashing: mostly without the interpreter lock) runs in a task of its own while the
    derived outputs are built next to the staged package, so a second core takes one of the two. The
    outputs only read the staged files and write their own, which the gate does not read; when the
    gate finds a problem, nothing is swapped in and the staging folder, outputs included, is removed.
    `incremental`: the incremental gate may run (flows.delta_gate; the full one when the release is not
    one that only adds documents)."""
    t0 = time.perf_counter()
    gate = validate_staged.submit(staged, full_validation, str(out) if incremental else None)
    derived = derived_outputs(staged, str(out))
    report.timings["outputs"] = time.perf_counter() - t0
    checked = gate.result()
    release_memory()  # DuckDB's and the checks' buffers, the outputs' state
    report.timings["validate"] = checked["seconds"]
    report.validation = checked["problems"]
    report.gate = checked["gate"]
    log(f"validate ({report.gate['kind']} gate): "
        f"{'valid' if not report.validation else f'{len(report.validation)} problem(s)'} "
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
