"""Speed and memory of the pipeline's stages on a synthetic corpus.

The corpus is the seed texts in raw/ repeated with varied names and dates
(N copies, default 200 → 1000 documents). Measures, per stage: wall time,
documents or rows per second, and peak Python memory (tracemalloc), plus the
process's peak RSS. Writes the numbers to benchmarks/RESULTS.md (append) and
prints them. Prefect's own overhead (server start, task submission) is measured
separately by timing one flow run on the seeds.

Usage: .venv/bin/python benchmarks/bench.py [--copies N] [--no-flow]
"""
from __future__ import annotations

import argparse
import platform
import resource
import shutil
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

from flows.extract import extract
from flows.ingest import ingest
from flows.publish import stage
from flows.tables import build_tables
from flows.validate import sanity_checks, validate_package

ROOT = Path(__file__).resolve().parent.parent
NAMES = [("Bjørn Arild Gram", "Kari Nordmann"), ("Gunn Marit Helgesen", "Ola Dunseth"), ("Gram", "Nordmann"),
         ("Helgesen", "Dunseth")]


def make_corpus(target: Path, copies: int, distinct: bool = False) -> int:
    """The seeds repeated `copies` times with varied names and dates; most copies repeat a text exactly, so a cache
    keyed by the text (`people.find_people`) answers them. `distinct`: every copy's first line ends with its number,
    so each document is a text of its own."""
    seeds = sorted((ROOT / "raw").glob("*.txt"))
    for i in range(copies):
        for seed in seeds:
            text = seed.read_text(encoding="utf-8")
            if i % 2:
                for old, new in NAMES:
                    text = text.replace(old, new)
            text = text.replace("3. desember", f"{1 + i % 28}. desember")
            if distinct:
                title, _, rest = text.partition("\n")
                text = f"{title} ({i + 1})\n{rest}"
            (target / f"{seed.stem}_{i:04d}.txt").write_text(text, encoding="utf-8")
    return copies * len(seeds)


def measure(label: str, fn: Callable[[], Any], units: int, unit: str, results: list[str]) -> Any:
    tracemalloc.start()
    t0 = time.perf_counter()
    value = fn()
    seconds = time.perf_counter() - t0
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rate = units / seconds if seconds else float("inf")
    results.append(f"| {label} | {units} {unit} | {seconds:.2f} s | {rate:,.0f} {unit}/s | {peak / 2**20:.1f} MiB |")
    return value


def model_load_seconds() -> float:
    """CPU seconds to import spaCy and load the language layer (once per process); call first."""
    t0 = time.process_time()
    from flows.extract.parse import PIPELINE_LEAVE_OUT
    from flows.nlp import load_nlp

    load_nlp(disable=PIPELINE_LEAVE_OUT)
    return time.process_time() - t0


def extraction_speed(documents: list[Any], load: float, distinct: list[Any] | None = None) -> list[str]:
    """Extraction in documents per CPU-second (process time, no memory tracing), with the
    language layer (parsing the sentences that need it) and with the surface rules only, and with the
    language layer on the corpus whose every document is a distinct text (`distinct`); the
    model's load time and the share of words parsed."""
    from flows.extract.context import analyse

    extract(documents[0])  # warm the lexicons and the pipeline
    words = parsed = 0
    for document in documents[:25]:
        context = analyse(document)
        for sentence, parse in zip(context.sentences, context.parses):
            n = len(sentence.text.split())
            words += n
            parsed += n if parse is not None else 0
    rates = {}
    for label, parser in (("with the language layer", "default"), ("surface rules only (no parse)", None)):
        t0 = time.process_time()
        for document in documents:
            extract(document) if parser == "default" else extract(document, parser=None)
        rates[label] = len(documents) / (time.process_time() - t0)
    if distinct:
        t0 = time.process_time()
        for document in distinct:
            extract(document)
        rates["with the language layer, every document a distinct text (first line numbered)"] = \
            len(distinct) / (time.process_time() - t0)
    return [f"| extract, {label} | {len(documents)} docs | {rate:.1f} docs per CPU-second |" for label, rate in
            rates.items()] + ["", f"Model load (spaCy import included): {load:.2f} CPU-s once per process; "
                              f"{parsed / max(words, 1):.0%} of the "
                              f"words of the corpus are parsed (sentences with a cue that name a person)."]


def distinct_speed() -> list[str]:
    """Extraction in CPU time over texts that share no sentence with each other or with the
    corpus: the evaluation sets (longer, realistic texts), so no cache helps."""
    folders = sorted(f for pattern in ("heldout*/raw", "realistic-*/raw", "unseen*/*/raw")
                     for f in (ROOT / "eval").glob(pattern))
    documents = [d for folder in folders for d in ingest(folder)[0]]
    words = sum(len(d.text.split()) for d in documents)
    t0 = time.process_time()
    for document in documents:
        extract(document)
    seconds = time.process_time() - t0
    return [f"| extract, distinct texts of eval/ ({words / max(len(documents), 1):.0f} words each) | "
            f"{len(documents)} docs | {len(documents) / seconds:.1f} docs per CPU-second "
            f"({words / seconds:,.0f} words) |"]


def flow_seconds() -> float:
    from flows.flow import publish_dataset

    with tempfile.TemporaryDirectory() as out:
        t0 = time.perf_counter()
        publish_dataset(raw_dir=ROOT / "raw", out_dir=out)
        return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--copies", type=int, default=200)
    parser.add_argument("--no-flow", action="store_true", help="skip the Prefect flow timing")
    args = parser.parse_args()
    load = model_load_seconds()
    work = Path(tempfile.mkdtemp(prefix="ksdata-bench-"))
    results: list[str] = []
    try:
        raw = work / "raw"
        raw.mkdir()
        n = make_corpus(raw, args.copies)
        documents, _ = measure("ingest + normalise", lambda: ingest(raw), n, "docs", results)
        extractions = measure("extract", lambda: [extract(d) for d in documents], n, "docs", results)
        tables = measure("build tables", lambda: build_tables(extractions), n, "docs", results)
        rows = sum(len(v) for v in tables.values())
        measure("sanity checks", lambda: sanity_checks(tables, n), rows, "rows", results)
        package = measure("write CSV + Parquet", lambda: stage(tables, work / "out", "1.0.0", "x"), rows, "rows",
                          results)
        problems = measure("validate (gate: frictionless descriptor check + DuckDB fast check)",
                           lambda: validate_package(package), rows, "rows", results)
        assert problems == [], problems[:3]
        distinct_raw = work / "distinct"
        distinct_raw.mkdir()
        make_corpus(distinct_raw, args.copies, distinct=True)
        speed = extraction_speed(documents, load, ingest(distinct_raw)[0])
        speed[speed.index(""):speed.index("")] = distinct_speed()  # a table row, before the notes
        flow = None if args.no_flow else flow_seconds()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    lines = [
        f"## {time.strftime('%Y-%m-%d')}: {n} documents, {rows} rows (Python {platform.python_version()}, "
        f"{platform.machine()}, {__import__('os').cpu_count()} cores)",
        "",
        "| stage | work | time | throughput | peak traced memory |",
        "|---|---|---|---|---|",
        *results,
        "",
        "Extraction alone, in CPU time (time.process_time, no memory tracing):",
        "",
        "| stage | work | CPU throughput |",
        "|---|---|---|",
        *speed,
        "",
        f"Peak RSS of the benchmark process: {rss:.0f} MiB."
        + (f" One Prefect flow run on the 5 seed texts (temporary local server included): {flow:.1f} s."
           if flow is not None else ""),
        "",
    ]
    print("\n".join(lines))
    out = ROOT / "benchmarks" / "RESULTS.md"
    header = "# Benchmarks\n\nWritten by `make bench` (benchmarks/bench.py, benchmarks/incremental.py); newest last.\n\n"
    out.write_text((out.read_text(encoding="utf-8") if out.exists() else header) + "\n".join(lines) + "\n",
                   encoding="utf-8")


if __name__ == "__main__":
    main()
