"""Where documents are extracted: in the flow's own process, on a local Dask cluster, or on a
Dask cluster elsewhere.

- `sequential`: batches run one after the other in the flow's process. What a
  small run wants: no cluster to start (a local cluster costs ~5-10 s of start-up
  and loading the language resources once per worker).
- `local`: a `distributed.LocalCluster` of worker processes, one thread each
  (the extractor is pure Python: threads would share one interpreter lock),
  as many as cores (or `workers`), run through prefect-dask's `DaskTaskRunner`.
- `cluster`: an existing Dask cluster given by its scheduler's address
  (`dask_address`, or the environment variable KSDATA_DASK_ADDRESS). Its workers
  need this package installed and must reach the raw folder and the cache (a
  shared path or an fsspec URL) and the Prefect API.

The default (`auto`) is sequential for fewer than LOCAL_CLUSTER_MIN_DOCUMENTS
documents to extract (cached documents cost nothing), a local cluster above it
when the machine has more than one core, and the cluster when an address is given.
"""
from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Literal

ADDRESS_ENV = "KSDATA_DASK_ADDRESS"
WORKERS_ENV = "KSDATA_WORKERS"
# Below this many documents to extract, starting a local cluster costs more than the second core saves
# (measured in benchmarks/RESULTS.md: a local cluster of 2 workers starts and warms up in ~6-10 s).
LOCAL_CLUSTER_MIN_DOCUMENTS = 200
BATCHES_PER_WORKER = 4  # enough batches that workers finish together
MIN_BATCH = 20  # a task's fixed cost (Prefect task run, scheduling) stays under 5 % of a batch
MAX_BATCH = 200  # progress is reported at least every MAX_BATCH documents per worker

Kind = Literal["sequential", "local", "cluster"]


class RunnerError(ValueError):
    """A runner setting that cannot work; the message names it."""


@dataclass(frozen=True)
class RunnerChoice:
    kind: Kind
    workers: int  # processes that extract (1 for sequential; the cluster's own count is not known here)
    address: str | None
    reason: str

    def describe(self) -> str:
        where = {"sequential": "in the flow's process", "local": f"on a local Dask cluster of {self.workers} "
                 "worker processes", "cluster": f"on the Dask cluster at {self.address}"}[self.kind]
        return f"{where} ({self.reason})"


def cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def choose_runner(to_extract: int, runner: str = "auto", workers: int | None = None,
                  address: str | None = None) -> RunnerChoice:
    """The runner for `to_extract` documents. `runner`: auto, sequential, local or cluster;
    `workers`: processes of a local cluster (default: the environment's KSDATA_WORKERS, else the cores)."""
    address = address or os.environ.get(ADDRESS_ENV) or None
    if workers is None and os.environ.get(WORKERS_ENV):
        try:
            workers = int(os.environ[WORKERS_ENV])
        except ValueError:
            raise RunnerError(f"{WORKERS_ENV}={os.environ[WORKERS_ENV]!r} is not a number of workers") from None
    if workers is not None and workers < 1:
        raise RunnerError(f"workers must be 1 or more, not {workers}")
    if runner not in ("auto", "sequential", "local", "cluster"):
        raise RunnerError(f"runner {runner!r} is not one of auto, sequential, local, cluster")
    if runner == "cluster" and not address:
        raise RunnerError(f"runner 'cluster' needs the scheduler's address (--dask-address or {ADDRESS_ENV})")
    n = workers or cores()
    if runner == "sequential" or (runner == "auto" and workers == 1):
        return RunnerChoice("sequential", 1, None, "asked for" if runner == "sequential" else "one worker")
    if runner == "cluster" or (runner == "auto" and address):
        return RunnerChoice("cluster", n, address, "address given")
    if runner == "local":
        return RunnerChoice("local", n, None, "asked for")
    if to_extract == 0:
        return RunnerChoice("sequential", 1, None, "nothing to extract")
    if n < 2:
        return RunnerChoice("sequential", 1, None, "one core")
    if to_extract < LOCAL_CLUSTER_MIN_DOCUMENTS:
        return RunnerChoice("sequential", 1, None, f"{to_extract} documents to extract, fewer than "
                                                   f"{LOCAL_CLUSTER_MIN_DOCUMENTS}")
    return RunnerChoice("local", n, None, f"{to_extract} documents to extract")


def batch_size(documents: int, workers: int) -> int:
    """Documents per task: BATCHES_PER_WORKER batches per worker, within [MIN_BATCH, MAX_BATCH], and the
    number of batches a multiple of the workers where there are enough documents, so that each worker gets
    as many (98 documents on 2 workers: 4 batches of 25, not 5 of 20, which leave one worker 3 of them;
    1,001 on 2: 10 of 101, not 9 of 125)."""
    if documents <= 0:
        return 1
    size = min(MAX_BATCH, max(MIN_BATCH, documents // (workers * BATCHES_PER_WORKER)))
    count = -(-documents // size)
    if workers > 1 and count >= workers and count % workers:
        more = -(-count // workers) * workers  # smaller batches, unless that takes them under MIN_BATCH
        size = -(-documents // more) if -(-documents // more) >= MIN_BATCH else -(-documents // (more - workers))
    return size


def batches(items: list[Any], size: int) -> list[list[Any]]:
    return [items[i:i + size] for i in range(0, len(items), size)]


# What Dask's nanny sets in a worker's environment before starting it, left out for ours: a fixed glibc trim
# threshold also fixes the mmap threshold at 128 kB (it no longer adapts), so every array above it (spaCy's
# and numpy's, per sentence) is mapped and unmapped again, page faults and all (benchmarks/workers.py).
# The one-thread settings of OpenMP and the BLAS libraries stay.
NOT_IN_WORKER_ENVIRONMENT = ("MALLOC_TRIM_THRESHOLD_",)


# A worker's event loop wakes up every 20 ms to see whether it was blocked, and samples the process's CPU,
# memory and network every 500 ms for the dashboard: each time it takes the interpreter lock from the task
# thread. Less often on our workers (a blocked loop is still reported, a second later).
WORKER_CONFIG = {"distributed.admin.tick.interval": "1s", "distributed.admin.system-monitor.interval": "5s"}


@contextmanager
def worker_environment() -> Iterator[None]:
    """While local Dask worker processes are started: their environment without NOT_IN_WORKER_ENVIRONMENT
    (Dask's configuration, and this process's environment, which a nanny started earlier may have set), and
    WORKER_CONFIG in their Dask configuration (which a nanny passes to its worker)."""
    import dask
    import distributed  # noqa: F401  (its defaults loaded first: leaving the context restores them, not drops them)

    saved = {name: os.environ.pop(name) for name in NOT_IN_WORKER_ENVIRONMENT if name in os.environ}
    try:
        with dask.config.set({**{f"distributed.nanny.pre-spawn-environ.{name}": None
                                 for name in NOT_IN_WORKER_ENVIRONMENT}, **WORKER_CONFIG}):
            yield
    finally:
        for name in NOT_IN_WORKER_ENVIRONMENT:
            os.environ.pop(name, None)
        os.environ.update(saved)


def task_runner(choice: RunnerChoice) -> Any:
    """The Prefect task runner of a choice (a DaskTaskRunner for local and cluster runs)."""
    from prefect.task_runners import ThreadPoolTaskRunner

    if choice.kind == "sequential":
        return ThreadPoolTaskRunner(max_workers=1)
    from prefect_dask import DaskTaskRunner

    if choice.kind == "cluster":
        return DaskTaskRunner(address=choice.address)
    return DaskTaskRunner(cluster_class="distributed.LocalCluster",
                          cluster_kwargs={"n_workers": choice.workers, "threads_per_worker": 1, "processes": True,
                                          "dashboard_address": None, "host": "127.0.0.1",
                                          "silence_logs": logging.WARNING})
