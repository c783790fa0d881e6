"""Dask worker set-up: load the extractor's shared resources once per worker, before any task.

The extractor loads its resources lazily (lexicons, the lemmatiser's
dictionaries, the language model); a worker that loaded them inside its first
task would count that in the task's time, and threads of one process starting
together would each load them. The plugin extracts a short invented text when the worker
starts (and on every worker that joins later), so each process holds one copy,
loaded before work starts.

It also stops the worker's statistical profiler (Dask samples the stack of the
task thread every 10 ms for its dashboard's profile page): in a worker of one
thread running pure Python, that sampling takes the interpreter lock from the
extraction and cost a measurable share of CPU per document (benchmarks/workers.py).
"""
from __future__ import annotations

from typing import Any

from distributed import WorkerPlugin

WARM_UP_TEXT = (
    "KS møtte Kommunal- og distriktsdepartementet til konsultasjonsmøte 3. mars 2024.\n\n"
    "– Vi ber regjeringen om å styrke kommuneøkonomien, sier styreleder i KS, Kari Nordmann.\n\n"
    "Kommunane meiner staten må ta ansvar for utgiftene, seier Ola Nordmann.\n"
)


def warm_up() -> float:
    """Extract and build the rows of a short text (loads every lazily loaded resource); returns seconds."""
    import time

    from flows.extract import extract
    from flows.model import Document
    from flows.normalise import normalise
    from flows.shards import build_shard

    t0 = time.perf_counter()
    document = Document(doc_id="doc-0000000000000000", source_file="warm-up.txt", sha256="0" * 64,
                        encoding="utf-8", text=normalise(WARM_UP_TEXT), language="nb")
    build_shard(extract(document))
    return time.perf_counter() - t0


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
        stop_profiler(worker)
        warm_up()


def register(client: Any) -> None:
    """Warm up every worker of `client`'s cluster now and every worker that joins later."""
    client.register_plugin(WarmUp())
