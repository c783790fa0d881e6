"""The publish gate's fast check against frictionless's row-by-row validation, on the same packages.

Builds packages of about 2k, 20k, 100k and 380k rows by replicating the seed
extraction (the 5 texts in raw/, extracted once) with new ids and new documents,
deterministically, and writes them with the project's writers (flows/publish.stage).
Each validator runs in its own process on the same package: wall and CPU
seconds of the validation call (imports apart) and the process's peak RSS. The
fast check is the gate (`flows.validate.validate_package`: frictionless's
descriptor check, the DuckDB check of every row of the CSV files and of their
Parquet copies, Arrow types, CSV = Parquet, bytes and hashes, the release
archive's checksums); frictionless is `Package.validate()`, what `frictionless
validate datapackage.json` runs (every row of the CSV resources, with foreign
keys; it does not read the Parquet copies). One corrupted copy per size (a duplicated key, a dangling
foreign key, a value outside its enum, in the CSV and the Parquet file) checks that
both give the same verdict. Appends the table to benchmarks/RESULTS.md.

Usage: .venv/bin/python benchmarks/validation.py [--rows 2000 20000 100000 380000]
       [--frictionless-max-rows N] [--no-corrupt] [--keep DIR]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parent.parent
ID = re.compile(r"\b([a-z]{3})-([0-9a-f]{16})\b")
Tables = dict[str, list[dict[str, Any]]]


def seed_tables() -> Tables:
    """The seed texts' tables with the `changes` of a first release (every row added)."""
    from flows.extract import extract
    from flows.ingest import ingest
    from flows.release import change_rows, diff, read_published
    from flows.tables import build_tables

    documents, _ = ingest(ROOT / "raw")
    tables = build_tables([extract(d) for d in documents])
    with tempfile.TemporaryDirectory() as empty:
        tables["changes"] = change_rows("1.0.0", diff(read_published(Path(empty)).tables, tables))
    return tables


def _copy_value(value: Any, copy: int, unique: bool) -> Any:
    if not isinstance(value, str):
        return value
    renamed = ID.sub(lambda m: f"{m[1]}-{hashlib.sha256(f'{m[0]}/{copy}'.encode()).hexdigest()[:16]}", value)
    return f"{renamed}~{copy}" if unique and renamed == value else renamed


def replicate(seed: Tables, copies: int) -> Tables:
    """`copies` copies of every row with new ids (ids hashed from the old id and the copy number); rows with
    no id (the topic code list and its changes) are kept once. Unique fields without an id get a suffix."""
    from flows.schema import load_schema

    out: Tables = {}
    for table, rows in seed.items():
        schema = load_schema(table)
        unique = {f["name"] for f in schema["fields"] if f.get("constraints", {}).get("unique")}
        out[table] = []
        for row in rows:
            if not ID.search(json.dumps(row, default=str)):
                out[table].append(dict(row))  # no id: kept once
                continue
            out[table] += [{k: _copy_value(v, copy, k in unique) for k, v in row.items()} if copy else dict(row)
                           for copy in range(copies)]
    return out


def build(seed: Tables, target_rows: int, out: Path) -> tuple[Path, int]:
    from flows.publish import stage

    once = sum(len(rows) for rows in replicate(seed, 1).values())
    per_copy = sum(len(rows) for rows in replicate(seed, 2).values()) - once
    tables = replicate(seed, max(1, round((target_rows - once) / per_copy) + 1))
    return stage(tables, out, "1.0.0", "# Changelog\n"), sum(len(rows) for rows in tables.values())


def corrupt(package: Path) -> Path:
    """A copy with a duplicated key, a dangling foreign key and a value outside its enum, in CSV and Parquet."""
    target = package.parent.parent / (package.parent.name + "-corrupt")
    shutil.copytree(package.parent, target)
    import pyarrow as pa

    for fmt in ("csv", "parquet"):
        path = target / "processed" / f"demands.{fmt}"
        table = pq.read_table(path) if fmt == "parquet" else None
        rows = table.to_pylist() if table is not None else _read_csv(path)
        rows[1]["demand_id"] = rows[0]["demand_id"]
        rows[2]["doc_id"] = "doc-" + "f" * 16
        rows[3]["topic"] = "no_such_topic"
        if table is not None:
            pq.write_table(pa.Table.from_pylist(rows, schema=table.schema), path)
        else:
            _write_csv(path, rows)
    return target / "datapackage.json"


def _read_csv(path: Path) -> list[dict[str, str]]:
    import csv

    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _write_csv(path: Path, rows: list[dict[str, str]]) -> None:
    import csv

    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def measure(which: str, package: Path) -> dict[str, Any]:
    """Run one validator in a fresh process: the validation call's wall and CPU seconds (imports and
    interpreter start-up excluded, reported apart), the process's peak RSS and the verdict."""
    t0 = time.perf_counter()
    out = subprocess.run([sys.executable, __file__, "--run", which, str(package)], stdout=subprocess.PIPE,
                         check=True, cwd=ROOT, env={**os.environ, "KSDATA_FULL_VALIDATION": ""}).stdout
    return {**json.loads(out), "process_wall": time.perf_counter() - t0}


def peak_rss_mib() -> float:
    """This process's peak resident set (VmHWM: unlike getrusage, not inherited from the parent)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def previous_gate(package: Path) -> list[str]:
    """The gate before the fast check (flows/validate.py as of the merge of issue 9): frictionless over every
    row, the Parquet copies' Arrow types, CSV and Parquet compared row by row in Python, bytes and hashes of
    every file, the release archive."""
    from flows.schema import TABLES
    from flows.validate import check_archive, check_parquet_types, frictionless_errors
    from flows.writers import file_stats, read_csv, read_parquet

    base, problems = package.parent, []
    for table in TABLES:
        csv_path, parquet_path = base / "processed" / f"{table}.csv", base / "processed" / f"{table}.parquet"
        problems += check_parquet_types(table, parquet_path)
        if read_csv(table, csv_path) != read_parquet(parquet_path):
            problems.append(f"{table}: CSV and Parquet differ")
    for res in json.loads(package.read_text(encoding="utf-8"))["resources"]:
        for entry in [res] + ([res["parquet"]] if "parquet" in res else []):
            size, digest = file_stats(base / entry["path"])
            if entry.get("hash") != f"sha256:{digest}" or entry.get("bytes", size) != size:
                problems.append(f"{entry['path']}: size or hash")
    return problems + check_archive(package) + frictionless_errors(package)


def run_one(which: str, package: Path) -> None:
    """The child process: import, validate (timed) and print the verdict and numbers as JSON."""
    from flows.validate import frictionless_errors, validate_package

    calls = {"fast": lambda: validate_package(package, full=False), "frictionless": lambda: frictionless_errors(package),
             "previous": lambda: previous_gate(package)}
    t0, c0 = time.perf_counter(), time.process_time()
    problems = calls[which]()
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    print(json.dumps({"valid": not problems, "problems": len(problems), "wall": wall, "cpu": cpu,
                      "rss_mib": peak_rss_mib()}))


def _cell(r: dict[str, Any] | None) -> str:
    return "not run" if r is None else f"{r['wall']:.2f} s / {r['cpu']:.2f} s / {r['rss_mib']:.0f} MiB"


def _ratio(slow: dict[str, Any] | None, fast: dict[str, Any]) -> str:
    times = lambda x: f"{x:.1f}×" if x < 10 else f"{x:.0f}×"
    return "–" if slow is None else f"{times(slow['wall'] / fast['wall'])} / {times(slow['cpu'] / fast['cpu'])}"


def row_line(label: str, rows: int, fast: dict[str, Any], slow: dict[str, Any] | None,
             previous: dict[str, Any] | None) -> str:
    verdict = lambda r: "–" if r is None else ("valid" if r["valid"] else "invalid")
    same = "same" if all(r is None or r["valid"] == fast["valid"] for r in (slow, previous)) else "DIFFERENT"
    return (f"| {label} | {rows:,} | {_cell(slow)} | {_cell(previous)} | {_cell(fast)} | {_ratio(slow, fast)} | "
            f"{_ratio(previous, fast)} | {verdict(slow)} / {verdict(previous)} / {verdict(fast)}: {same} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[2_000, 20_000, 100_000, 380_000])
    parser.add_argument("--frictionless-max-rows", type=int, default=400_000,
                        help="skip frictionless above this many rows (it takes minutes)")
    parser.add_argument("--no-corrupt", action="store_true", help="skip the corrupted copies")
    parser.add_argument("--keep", type=Path, help="build the packages here and keep them")
    parser.add_argument("--run", nargs=2, metavar=("WHICH", "PACKAGE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run:
        run_one(args.run[0], Path(args.run[1]))
        return
    work = args.keep or Path(tempfile.mkdtemp(prefix="ksdata-valbench-"))
    lines, load = [], os.getloadavg()
    try:
        seed = seed_tables()
        for target in args.rows:
            package, rows = build(seed, target, work / f"rows-{target}")
            slow_ok = rows <= args.frictionless_max_rows
            variants = [("valid", package)] + ([] if args.no_corrupt else [("corrupted", corrupt(package))])
            for label, path in variants:
                fast = measure("fast", path)
                slow = measure("frictionless", path) if slow_ok else None
                previous = measure("previous", path) if slow_ok else None
                lines.append(row_line(label, rows, fast, slow, previous))
                print(lines[-1], flush=True)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    section = [
        f"## {time.strftime('%Y-%m-%d')}: publish gate, fast check vs frictionless (`benchmarks/validation.py`; "
        f"Python {platform.python_version()}, {platform.machine()}, {os.cpu_count()} cores, shared)",
        "",
        "Each validator runs in its own process on the same package (every table as CSV, with its Parquet copy "
        "in the resource's `parquet` entry). Cells: wall / CPU (all threads) of the validation call / peak RSS "
        "of the process (imports and interpreter start-up not counted). frictionless: `Package.validate()`, what "
        "`frictionless validate datapackage.json` runs (every row of the CSV resources, foreign keys; it does not "
        "read the Parquet copies). Previous gate: `validate_package` before this change (frictionless, the "
        "Parquet copies' Arrow types, CSV and Parquet compared row by row in Python, bytes and hashes, the "
        "release archive). Fast gate: `validate_package` now (frictionless's descriptor check, the DuckDB check "
        "of every row of the CSV files and of their Parquet copies, Arrow types, CSV = Parquet, bytes and "
        "hashes, the release archive). Speed-ups: wall / CPU. "
        f"Load average while measuring: {load[0]:.1f} at the start, {os.getloadavg()[0]:.1f} at the end "
        "(other jobs shared the 2 cores, so wall times are inflated; CPU seconds are the steadier measure).",
        "",
        "| package | rows | frictionless | previous gate | fast gate | fast vs frictionless | fast vs previous gate "
        "| verdicts (frictionless / previous / fast) |",
        "|---|---|---|---|---|---|---|---|",
        *lines,
        "",
    ]
    results = ROOT / "benchmarks" / "RESULTS.md"
    results.write_text(results.read_text(encoding="utf-8") + "\n" + "\n".join(section), encoding="utf-8")
    print("\n".join(section))


if __name__ == "__main__":
    main()
