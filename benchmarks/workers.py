"""Extraction on one process against a local Dask cluster of worker processes, in CPU seconds per document.

Generates N documents (benchmarks/corpus.py), then extracts them twice into
empty caches with the pipeline's own batch function (flows.work.process_batch,
what the flow's `extract-batch` task runs) and batch sizes (flows.runner):

1. in this process, after warming up the language resources;
2. on a `distributed.LocalCluster` of W worker processes (one thread each, in
   flows.runner's worker environment, as the flow starts them), the workers warmed
   up by flows.dask_worker before the batches are submitted.

Each batch measures its own CPU time (time.process_time in the process that
runs it), so the CPU seconds per document of each worker can be compared with
the single process whatever else the machine runs; wall times are reported
with the load average. Prefect's task bookkeeping is not included (the flow
submits the same batches through prefect-dask's DaskTaskRunner: one task run
per batch). Appends a section to benchmarks/RESULTS.md.

Usage: .venv/bin/python benchmarks/workers.py [N] [--workers W] [--no-write]
"""
from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))


def timed_batch(files: list[dict[str, str]], cache_url: str) -> dict[str, Any]:
    """One batch as the flow's task runs it, with the CPU seconds it took in the process that ran it."""
    from flows.work import process_batch

    t0, c0 = time.perf_counter(), time.process_time()
    outcomes = process_batch(files, cache_url)
    return {"pid": os.getpid(), "documents": len(files), "cpu": time.process_time() - c0,
            "start": t0, "end": time.perf_counter(), "extracted": sum(bool(o.get("extracted")) for o in outcomes)}


def one_process(files: list[dict[str, str]], cache: Path) -> dict[str, Any]:
    from flows.dask_worker import warm_up
    from flows.runner import batch_size, batches

    c0 = time.process_time()
    warm = warm_up()
    warm_cpu = time.process_time() - c0
    t0 = time.perf_counter()
    parts = [timed_batch(part, str(cache)) for part in batches(files, batch_size(len(files), 1))]
    return {"wall": time.perf_counter() - t0, "warm_wall": warm, "warm_cpu": warm_cpu, "batches": parts}


def _plain_worker(args: tuple[list[list[dict[str, str]]], str]) -> list[dict[str, Any]]:
    from flows.dask_worker import warm_up

    warm_up()
    parts, cache = args
    return [timed_batch(part, cache) for part in parts]


def plain_processes(files: list[dict[str, str]], cache: Path, workers: int) -> dict[str, Any]:
    """The same batches on `workers` plain processes (multiprocessing, spawned; no Dask), dealt round-robin:
    what two processes cost per document on this machine, Dask's own work apart."""
    import multiprocessing

    from flows.runner import batch_size, batches

    parts = batches(files, batch_size(len(files), workers))
    t0 = time.perf_counter()
    with multiprocessing.get_context("spawn").Pool(workers) as pool:
        results = pool.map(_plain_worker, [(parts[i::workers], str(cache)) for i in range(workers)])
    return {"wall": time.perf_counter() - t0, "batches": [b for r in results for b in r]}


def cluster(files: list[dict[str, str]], cache: Path, workers: int, dask_defaults: bool = False) -> dict[str, Any]:
    import contextlib
    import logging

    from distributed import Client, LocalCluster, wait

    from flows.dask_worker import register
    from flows.runner import batch_size, batches, worker_environment

    t0 = time.perf_counter()
    environment = contextlib.nullcontext() if dask_defaults else worker_environment()
    with environment, LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                      host="127.0.0.1", silence_logs=logging.WARNING) as local, Client(local) as client:
        started = time.perf_counter()
        register(client)
        warmed = time.perf_counter()
        warm_cpu = client.run(time.process_time)  # CPU of each worker so far: start-up and warm-up
        futures = [client.submit(timed_batch, part, str(cache), pure=False)
                   for part in batches(files, batch_size(len(files), workers))]
        wait(futures)
        done = time.perf_counter()
        parts = [f.result() for f in futures]
    return {"start_wall": started - t0, "warm_wall": warmed - started, "work_wall": done - warmed,
            "wall": done - t0, "warm_cpu": warm_cpu, "batches": parts}


def distinct_texts(target: Path) -> list[Path]:
    """The texts of the evaluation sets (as benchmarks/bench.py's distinct-text figure), copied into one folder."""
    import shutil

    target.mkdir(parents=True)
    out = []
    for pattern in ("heldout*/raw", "realistic-*/raw", "unseen*/*/raw"):
        for folder in sorted((ROOT / "eval").glob(pattern)):
            for path in sorted(folder.glob("*.txt")):
                copy = target / f"{len(out):03d}_{path.name}"
                shutil.copyfile(path, copy)
                out.append(copy)
    return out


def per_document(parts: list[dict[str, Any]]) -> dict[int, tuple[int, float]]:
    out: dict[int, tuple[int, float]] = {}
    for p in parts:
        n, cpu = out.get(p["pid"], (0, 0.0))
        out[p["pid"]] = (n + p["documents"], cpu + p["cpu"])
    return out


def main() -> None:
    from corpus import write_corpus

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("n", type=int, nargs="?", default=400)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--distinct", action="store_true",
                        help="the evaluation texts (eval/: no sentence shared, so no per-text cache helps one "
                             "process more than several) instead of N generated documents")
    parser.add_argument("--dask-defaults", action="store_true",
                        help="start the workers with Dask's own environment and configuration (flows.runner's "
                             "worker_environment left out: the code before it)")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    load0 = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="ksdata-workers-") as tmp:
        raw = Path(tmp) / "raw"
        paths = distinct_texts(raw) if args.distinct else write_corpus(raw, args.n)
        files = [{"path": str(p), "name": p.name} for p in sorted(paths) if p.suffix == ".txt"]
        single = one_process(files, Path(tmp) / "cache-1")
        load1 = os.getloadavg()[0]
        multi = cluster(files, Path(tmp) / "cache-2", args.workers, args.dask_defaults)
        load2 = os.getloadavg()[0]
        plain = plain_processes(files, Path(tmp) / "cache-3", args.workers)
    load3 = os.getloadavg()[0]
    n = len(files)
    one_cpu = sum(p["cpu"] for p in single["batches"])
    lines = [f"| one process | {n} | {single['warm_cpu']:.2f} CPU-s / {single['warm_wall']:.1f} s | "
             f"{single['wall']:.1f} s | {single['wall']:.1f} s | {one_cpu:.1f} | {1000 * one_cpu / n:.1f} | 1.00 | – |"]
    workers = per_document(multi["batches"])
    ends = sorted(max(p["end"] for p in multi["batches"] if p["pid"] == pid) for pid in workers)
    tail = ends[-1] - ends[0] if len(ends) > 1 else 0.0
    for i, (pid, (docs, cpu)) in enumerate(sorted(workers.items())):
        lines.append(f"| worker {i + 1} of {args.workers} | {docs} | "
                     f"{min(multi['warm_cpu'].values()):.2f}–{max(multi['warm_cpu'].values()):.2f} CPU-s (start + warm-up) "
                     f"/ {multi['start_wall']:.1f} + {multi['warm_wall']:.1f} s | {multi['work_wall']:.1f} s | "
                     f"{multi['wall']:.1f} s | {cpu:.1f} | {1000 * cpu / docs:.1f} | {(cpu / docs) / (one_cpu / n):.2f} | "
                     f"{tail:.1f} s |")
    for i, (pid, (docs, cpu)) in enumerate(sorted(per_document(plain["batches"]).items())):
        lines.append(f"| plain process {i + 1} of {args.workers} (no Dask) | {docs} | warm-up in the process | – | "
                     f"{plain['wall']:.1f} s | {cpu:.1f} | {1000 * cpu / docs:.1f} | {(cpu / docs) / (one_cpu / n):.2f} | – |")
    ideal = one_cpu / (sum(c for _, c in workers.values()) / args.workers)
    section = [
        f"## {time.strftime('%Y-%m-%d')}: extraction on one process vs {args.workers} Dask worker processes "
        f"(`benchmarks/workers.py {'--distinct' if args.distinct else args.n} --workers {args.workers}"
        f"{' --dask-defaults' if args.dask_defaults else ''}`; Python {platform.python_version()}, {os.cpu_count()} cores, shared)",
        "",
        "The same documents and batches (flows.work.process_batch, flows.runner batch sizes), extracted into empty "
        "caches. CPU per document: the batches' own CPU time in the process that ran them (the load of other jobs "
        "does not enter it). Set-up: warming up the language resources (one process) or starting the cluster and "
        "warming up every worker. Tail: how long the first worker to finish waited for the last. "
        f"Plain processes: the same batches dealt to spawned processes without Dask. Load average {load0:.1f} "
        f"before, {load1:.1f} and {load2:.1f} between the runs, {load3:.1f} after.",
        "",
        "| where | documents | set-up | work wall | total wall | CPU-s | ms CPU per document | CPU per document vs one process | tail |",
        "|---|---|---|---|---|---|---|---|---|",
        *lines,
        "",
        f"Speed-up the CPU figures allow on {args.workers} free cores (the work split as measured, set-up apart): "
        f"{ideal:.2f}×; measured wall (work only): {single['wall'] / multi['work_wall']:.2f}×, with set-up: "
        f"{single['wall'] / multi['wall']:.2f}×.",
        "",
    ]
    text = "\n".join(section)
    print(text)
    if not args.no_write:
        results = ROOT / "benchmarks" / "RESULTS.md"
        results.write_text(results.read_text(encoding="utf-8") + "\n" + text, encoding="utf-8")


if __name__ == "__main__":
    main()
