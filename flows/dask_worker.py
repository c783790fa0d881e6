"""Dask worker set-up: load the extractor's shared resources once per worker, before any task.

The extractor loads its resources lazily (lexicons, the lemmatiser's
dictionaries, the language model); a worker that loaded them inside its first
task would count that in the task's time, and threads of one process starting
together would each load them. The plugin extracts a short invented text when the worker
starts (and on every worker that joins later), so each process holds one copy,
loaded before work starts.

The plugin also records the extractor's and the rows' versions the worker loaded
(`versions`): a standing cluster (`python -m flows cluster`, flows.warm_cluster)
keeps its workers between runs, so a run checks that they run the code it would
run itself (flows.extraction), and every batch checks it again (flows.work).

It also stops the worker's statistical profiler (Dask samples the stack of the
task thread every 10 ms for its dashboard's profile page): in a worker of one
thread running pure Python, that sampling takes the interpreter lock from the
extraction and cost a measurable share of CPU per document (benchmarks/workers.py).
"""
from __future__ import annotations

from typing import Any

from distributed import WorkerPlugin

def warm_up() -> float:
    """Process a short text as a batch task does (read from a file, language detected, extracted, rows built
    and cached in a temporary folder): loads every lazily loaded resource and the modules a batch task runs
    in, and fixes the versions this process extracts with; returns seconds."""
    import time

    import prefect_dask.task_runners  # noqa: F401  (what unpickling a task sent by the flow imports)

    import flows.extraction  # noqa: F401  (the `extract-batch` task and Prefect's task engine)
    from flows.work import process_warm_up_text, versions

    t0 = time.perf_counter()
    process_warm_up_text()
    versions()
    return time.perf_counter() - t0


def warm_up_prefect() -> bool:
    """Run one trivial Prefect task in this process when a Prefect API is configured (PREFECT_API_URL): the
    first task run of a process sets up its API client, event and log workers (seconds), which a daily run's
    one batch would otherwise wait for. Without an API nothing is run (a task would start a server of its own)."""
    import os
    import warnings

    if not os.environ.get("PREFECT_API_URL"):
        return False
    from prefect import task

    try:
        with warnings.catch_warnings():  # its log lines belong to no flow run, which Prefect warns of
            warnings.simplefilter("ignore", UserWarning)
            task(name="ksdata-worker-warm-up", log_prints=False)(_nothing)()
    except Exception as exc:  # the server not up yet: the first real task sets the client up instead
        print(f"Prefect warm-up skipped: {type(exc).__name__}: {exc}")
        return False
    return True


def _nothing() -> None:
    return None


def worker_versions(dask_worker: Any) -> dict[str, str]:
    """flows.work.versions of a worker (for `client.run`)."""
    from flows.work import versions

    return versions()


PROFILER_CALLBACKS = ("profile", "profile-cycle")  # distributed.Worker's periodic stack sampling


def stop_profiler(worker: Any) -> list[str]:
    """Stop the worker's statistical profiler; returns the callbacks stopped."""
    stopped = []
    for name in PROFILER_CALLBACKS:
        callback = worker.periodic_callbacks.pop(name, None)
        if callback is not None:
            callback.stop()
            stopped.append(name)
    return stopped


class WarmUp(WorkerPlugin):
    """Runs `warm_up` once in every worker process of the cluster, and stops its profiler."""

    name = "ksdata-warm-up"

    def setup(self, worker: Any) -> None:
        global _warm
        stop_profiler(worker)
        if not _warm:  # a run registering the plugin again on a standing cluster's workers costs nothing
            warm_up()
            warm_up_prefect()
            _warm = True


_warm = False


def register(client: Any) -> None:
    """Warm up every worker of `client`'s cluster now and every worker that joins later."""
    client.register_plugin(WarmUp())
