"""The flow's extraction stage: every text of raw/ extracted, or its row shard found in the cache.

Documents to extract run in batches on the runner flows.runner chooses: the flow's own process for a few, a
local Dask cluster of one process per core for many, or an existing Dask cluster given its address; a daily
run's few new documents among many unchanged ones go to a helper process that extracts them while the run
assembles the others (flows.beside). The per-document records go to `find-cached` `quote`d: Prefect would
otherwise walk every record looking for futures.
"""
from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from prefect import task
from prefect.cache_policies import NO_CACHE
from prefect.utilities.annotations import quote

from flows import raw_stamps
from flows.beside import Helper, allowed, extract_beside, raw_folder_changed, start_helper, take_early, worthwhile
from flows.budget import DEFAULT_SECONDS
from flows.cache import prune
from flows.extraction import find_cached, run_extraction
from flows.progress import log
from flows.rawfiles import scan
from flows.report import RunReport
from flows.runner import ADDRESS_ENV, RunnerChoice, choose_runner, cores
from flows.store import Store
from flows.work import Outcome, extraction_name, ref


@dataclass(frozen=True)
class Settings:
    """The flow's parameters that the locked part of a run reads."""

    allow_shrink: bool
    seconds: float
    full_validation: bool
    runner: str
    workers: int | None
    dask_address: str | None
    full_check: bool = False  # the full gate even when the release only adds documents (flows.delta_gate)


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


def extract_all(raw: Path, out: Path, report: RunReport, cache_url: str, settings: Settings) -> Extracted:
    """Every text of raw/ extracted (or its shard taken from the cache) where the runner says; the files
    the listing refused are outcomes too. A few new documents among many unchanged ones are extracted in a
    helper process while the run assembles (flows.beside): `pending`, finished by `finish_extraction`."""
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


def finish_extraction(out: Path, report: RunReport, cache_url: str, outcomes: list[Outcome]) -> list[Outcome]:
    """Once every document's outcome is in: cache entries this run did not use are pruned, and the stat of
    every file read is remembered with its content key (flows.raw_stamps) for the next run."""
    store = Store(cache_url)
    used = {o["shard"] for o in outcomes if "shard" in o}
    used |= {store.path(extraction_name(o["key"])) for o in outcomes if "key" in o}
    report.cache_pruned = prune(store, used)
    raw_stamps.save(out, outcomes)
    return sorted(outcomes, key=lambda o: o["source_file"])
