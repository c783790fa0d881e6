"""The extraction stage of the flow: which documents need extracting, and extracting them where
flows.runner says (batches in the flow's process, or the subflow `extract-documents` on a Dask
cluster). Workers write each extraction and row shard to the cache themselves (flows.work) and
return one small record per document: where its shard is, or why it was set aside (every runner
isolates documents the same way, each under its time budget)."""
from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path
from typing import Any

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.settings import PREFECT_API_URL, temporary_settings

from flows import raw_stamps
from flows.budget import DEFAULT_SECONDS
from flows.cache import ExtractionCache
from flows.progress import Progress, log
from flows.runner import LOCAL_CLUSTER_MIN_DOCUMENTS, RunnerChoice, batches, cores, task_runner, worker_environment
from flows.runner import batch_size as runner_batch_size
from flows.store import Store
from flows.work import FileRef, StaleWorker, cached_shard, cached_shards, process_batch, raw_file, versions


@task(name="find-cached", cache_policy=NO_CACHE)
def find_cached(files: list[FileRef], cache_url: str, out_dir: str | None = None
                ) -> tuple[list[dict[str, Any]], list[FileRef]]:
    """(outcomes of the documents whose row shard is cached, files to extract). With `out_dir`, content keys
    of files unchanged since the last run are taken from its stamp index (flows.raw_stamps), not hashed."""
    cache = ExtractionCache(Store(cache_url))
    stamps = raw_stamps.load(Path(out_dir)) if out_dir else None
    cached: list[dict[str, Any]] = []
    todo: list[FileRef] = []
    position = {file["name"]: i for i, file in enumerate(files)}
    if stamps is not None and stamps.entries:  # unchanged files at one stat each; the others as below
        cached, files = cached_shards(files, cache, stamps)
    for file in files:
        hit = cached_shard(raw_file(file), cache, stamps)  # None also when unreadable now: the worker sets it aside
        if hit is None:
            todo.append(file)
        else:
            cached.append(hit)
    cached.sort(key=lambda outcome: position[outcome["source_file"]])  # in the listing's order, as before
    return cached, todo


@task(name="extract-batch", cache_policy=NO_CACHE)
def extract_batch(files: list[FileRef], cache_url: str, seconds: float = DEFAULT_SECONDS,
                  expected: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """Extract each document of a batch (or reuse its cached extraction), each under its time budget of
    `seconds`, and write its row shard to the cache; one small record per file. `expected`: the flow's
    extractor and rows versions, which the process running the batch must have (flows.work.StaleWorker)."""
    return process_batch(files, cache_url, seconds, expected)


@flow(name="extract-documents", log_prints=True)
def extract_documents(todo_file: str, cache_url: str, batch: int, seconds: float = DEFAULT_SECONDS) -> list[dict[str, Any]]:
    """Extract the documents listed in `todo_file` (a JSON list of files; a flow's parameters must stay
    small) in batches of `batch` on this flow's task runner (a Dask cluster: workers warmed up first),
    reporting progress as batches finish."""
    from prefect.context import FlowRunContext
    from prefect.futures import as_completed

    paths = json.loads(Path(todo_file).read_text(encoding="utf-8"))
    context = FlowRunContext.get()
    runner = context.task_runner if context else None
    expected = versions()
    if runner is not None and type(runner).__name__ == "DaskTaskRunner":
        from flows.dask_worker import register, worker_versions

        t0 = time.perf_counter()
        register(runner.client)
        stale = {w: v for w, v in runner.client.run(worker_versions).items() if v != expected}
        if stale:
            raise StaleWorker(f"{len(stale)} Dask worker(s) run other code than this flow ({sorted(stale)[0]}: "
                              f"{stale[sorted(stale)[0]]}, the flow: {expected}); restart the cluster "
                              "(`make cluster`) so its workers load the current code")
        log(f"extract: {len(runner.client.scheduler_info().get('workers', {}))} Dask workers ready, language "
            f"resources loaded in each ({time.perf_counter() - t0:.1f} s)")
    parts = batches(paths, batch)
    futures = [extract_batch.submit(part, cache_url, seconds, expected) for part in parts]
    sizes = {id(f): len(part) for f, part in zip(futures, parts)}
    with Progress("extract", len(paths)) as progress:
        for future in as_completed(futures):
            progress.advance(sizes[id(future)])
    return [r for f in futures for r in f.result()]


def run_extraction(paths: list[FileRef], cache_url: str, choice: RunnerChoice,
                   seconds: float = DEFAULT_SECONDS) -> list[dict[str, Any]]:
    """Extract `paths` where `choice` says: batches in this process, or a subflow on a Dask cluster."""
    if choice.kind == "sequential":
        size = runner_batch_size(len(paths), 1)
        out: list[dict[str, Any]] = []
        with Progress("extract", len(paths)) as progress:
            for part in batches(paths, size):
                out += extract_batch(part, cache_url, seconds)
                progress.advance(len(part))
        return out
    try:
        return _on_dask(paths, cache_url, choice, seconds)
    except (StaleWorker, OSError) as exc:  # a standing cluster down, or started before the code changed
        instead = (RunnerChoice("local", cores(), None, "the cluster runs other code")
                   if len(paths) >= LOCAL_CLUSTER_MIN_DOCUMENTS and cores() > 1 and choice.kind == "cluster"
                   else RunnerChoice("sequential", 1, None, "the cluster runs other code"))
        if isinstance(exc, OSError) and choice.kind == "cluster":
            exc = OSError(f"the Dask cluster at {choice.address} cannot be reached ({exc})")
        elif isinstance(exc, OSError):
            raise
        log(f"warning: {exc}; extracting {len(paths)} documents {instead.describe()} instead")
        return run_extraction(paths, cache_url, instead, seconds)


def _on_dask(paths: list[FileRef], cache_url: str, choice: RunnerChoice, seconds: float) -> list[dict[str, Any]]:
    """The subflow `extract-documents` on the Dask cluster of `choice` (local or at its address)."""
    if choice.kind == "cluster" and choice.address:
        reachable(choice.address)
    size = runner_batch_size(len(paths), choice.workers)
    with tempfile.TemporaryDirectory(prefix="ksdata-todo-") as folder:
        todo = Path(folder) / "todo.json"
        todo.write_text(json.dumps(paths), encoding="utf-8")
        # Workers run their tasks against this run's Prefect API: name it in the settings the tasks carry,
        # also when it is the temporary server of a local run (a worker would otherwise start its own).
        with temporary_settings({PREFECT_API_URL: api_url()}), worker_environment():
            return extract_documents.with_options(task_runner=task_runner(choice))(str(todo), cache_url, size,
                                                                                   seconds)


def reachable(address: str, seconds: float = 5.0) -> None:
    """OSError when nothing answers at a TCP scheduler address (Dask's client would wait 30 s to say so)."""
    import socket
    from urllib.parse import urlsplit

    parts = urlsplit(address)
    if parts.scheme in ("tcp", "tls") and parts.hostname and parts.port:
        socket.create_connection((parts.hostname, parts.port), timeout=seconds).close()


def api_url() -> str:
    """The Prefect API this run talks to (a standing server's, or the temporary server's of a local run)."""
    from prefect.client.orchestration import get_client

    return PREFECT_API_URL.value() or str(get_client(sync_client=True).api_url)
