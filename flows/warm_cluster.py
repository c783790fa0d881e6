"""A standing local Dask cluster whose workers keep the extractor loaded between runs
(`make cluster`, `python -m flows cluster`).

A run that extracts in its own process first imports the extractor, its lexicons and
spaCy and loads the language model: seconds of work, repeated by every daily run for
its one or two new articles. The workers of this cluster do that once, when they
start (flows.dask_worker.WarmUp, registered with the scheduler, so a worker that
joins or is restarted later loads them too), and then wait for work. A run given the
cluster's address (`--dask-address`, KSDATA_DASK_ADDRESS or the deployment's
`dask_address`) sends its documents there and never loads the extractor itself.

The workers keep the code they loaded: a run checks that their extractor and rows
versions are its own (flows.work.versions) and extracts in its own process when they
are not, saying so; restart the cluster after changing the extractor.
"""
from __future__ import annotations

import logging
import signal
import time
from collections.abc import Callable
from types import FrameType
from typing import Any

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8786


def start(workers: int, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT) -> Any:
    """A LocalCluster of `workers` single-threaded worker processes listening on host:port, every worker
    warmed up (extractor, lexicons, language model loaded) before this returns."""
    from distributed import Client, LocalCluster

    from flows.dask_worker import register, worker_versions
    from flows.runner import worker_environment

    with worker_environment():
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host=host,
                               scheduler_port=port, dashboard_address=None, silence_logs=logging.WARNING)
    try:
        with Client(cluster) as client:
            register(client)  # runs the warm-up in every worker now, and in every worker that joins later
            client.run(worker_versions)
    except BaseException:
        cluster.close()
        raise
    return cluster


def serve(workers: int, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
          say: Callable[[str], None] = print) -> None:
    """Start the cluster, say where it is, and keep it until SIGINT or SIGTERM."""
    from flows.work import versions

    t0 = time.perf_counter()
    cluster = start(workers, host, port)
    stop: list[int] = []

    def _stop(signum: int, frame: FrameType | None) -> None:
        stop.append(signum)

    previous = {s: signal.signal(s, _stop) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        address = cluster.scheduler_address
        say(f"Dask cluster ready at {address}: {workers} worker process(es), the extractor loaded in each "
            f"({time.perf_counter() - t0:.1f} s; extractor {versions()['extractor']}).")
        say(f"Runs use it with --dask-address {address} or KSDATA_DASK_ADDRESS={address}; Ctrl-C stops it.")
        while not stop:
            time.sleep(0.2)
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
        cluster.close(timeout=20)
        say("Dask cluster stopped.")
