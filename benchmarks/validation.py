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
       [--frictionless-max-rows N] [--validators ...] [--no-corrupt] [--keep DIR [--reuse]] [--no-write]
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from package_kit import seed_tables  # noqa: E402
from validation_packages import build, corrupt, with_parquet_resources  # noqa: E402


def measure(which: str, package: Path, reuse: bool = False) -> dict[str, Any]:
    """Run one validator in a fresh process: the validation call's wall and CPU seconds (imports and
    interpreter start-up excluded, reported apart), the process's peak RSS and the verdict. The numbers
    are kept beside the package (`<which>.json`); with `reuse` a kept measurement is read back instead
    (so the slow validators can be measured once and the fast gate again after a change)."""
    kept = package.parent / f"measured-{which}.json"
    if reuse and kept.is_file():
        return json.loads(kept.read_text(encoding="utf-8"))
    t0 = time.perf_counter()
    out = subprocess.run([sys.executable, __file__, "--run", which, str(package)], stdout=subprocess.PIPE,
                         check=True, cwd=ROOT, env={**os.environ, "KSDATA_FULL_VALIDATION": ""}).stdout
    result = {**json.loads(out), "process_wall": time.perf_counter() - t0, "load": os.getloadavg()[0]}
    kept.write_text(json.dumps(result), encoding="utf-8")
    return result


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

    target = with_parquet_resources(package) if which == "frictionless-all" else package
    calls = {"fast": lambda: validate_package(target, full=False), "frictionless": lambda: frictionless_errors(target),
             "frictionless-all": lambda: frictionless_errors(target), "previous": lambda: previous_gate(target)}
    t0, c0 = time.perf_counter(), time.process_time()
    problems = calls[which]()
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    print(json.dumps({"valid": not problems, "problems": len(problems), "wall": wall, "cpu": cpu,
                      "rss_mib": peak_rss_mib()}))


VALIDATORS = ("frictionless", "frictionless-all", "previous")  # measured beside the fast gate


def _cell(r: dict[str, Any] | None) -> str:
    return "not run" if r is None else f"{r['wall']:.2f} s / {r['cpu']:.2f} s / {r['rss_mib']:.0f} MiB"


def _ratio(slow: dict[str, Any] | None, fast: dict[str, Any]) -> str:
    times = lambda x: f"{x:.1f}×" if x < 10 else f"{x:.0f}×"
    return "–" if slow is None else f"{times(slow['wall'] / fast['wall'])} / {times(slow['cpu'] / fast['cpu'])}"


def row_line(label: str, rows: int, fast: dict[str, Any], others: dict[str, dict[str, Any] | None]) -> str:
    verdict = lambda r: "–" if r is None else ("valid" if r["valid"] else "invalid")
    same = "same" if all(r is None or r["valid"] == fast["valid"] for r in others.values()) else "DIFFERENT"
    slow = [others.get(v) for v in VALIDATORS]
    loads = [r["load"] for r in [fast, *slow] if r is not None and "load" in r]
    return (f"| {label} | {rows:,} | " + " | ".join(_cell(r) for r in slow) + f" | {_cell(fast)} | "
            + " | ".join(_ratio(r, fast) for r in slow) + " | "
            + " / ".join(verdict(r) for r in [*slow, fast]) + f": {same} | "
            + (f"{min(loads):.1f}–{max(loads):.1f}" if loads else "–") + " |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[2_000, 20_000, 100_000, 380_000])
    parser.add_argument("--frictionless-max-rows", type=int, default=400_000,
                        help="skip frictionless above this many rows (it takes minutes)")
    parser.add_argument("--validators", nargs="*", choices=VALIDATORS, default=list(VALIDATORS),
                        help="the validators measured beside the fast gate (default: all)")
    parser.add_argument("--no-corrupt", action="store_true", help="skip the corrupted copies")
    parser.add_argument("--keep", type=Path, help="build the packages here and keep them (with the measurements)")
    parser.add_argument("--reuse", action="store_true",
                        help="with --keep: reuse the packages and the slow validators' measurements kept there")
    parser.add_argument("--no-write", action="store_true", help="print the table; do not append it to RESULTS.md")
    parser.add_argument("--run", nargs=2, metavar=("WHICH", "PACKAGE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run:
        run_one(args.run[0], Path(args.run[1]))
        return
    from flows.publish import STAGING

    work = args.keep or Path(tempfile.mkdtemp(prefix="ksdata-valbench-"))
    lines, load = [], os.getloadavg()
    try:
        seed = None
        for target in args.rows:
            folder = work / f"rows-{target}"
            package = folder / STAGING / "datapackage.json"
            if args.reuse and package.is_file():
                rows = sum(pq.read_metadata(p).num_rows for p in (package.parent / "processed").glob("*.parquet"))
            else:
                seed = seed or seed_tables()
                shutil.rmtree(folder, ignore_errors=True)
                package, rows = build(seed, target, folder)
            slow_ok = rows <= args.frictionless_max_rows
            corrupted = package.parent.parent / (package.parent.name + "-corrupt") / "datapackage.json"
            if not args.no_corrupt and not (args.reuse and corrupted.is_file()):
                corrupted = corrupt(package)
            variants = [("valid", package)] + ([] if args.no_corrupt else [("corrupted", corrupted)])
            for label, path in variants:
                others = {v: measure(v, path, args.reuse) if slow_ok and v in args.validators else None
                          for v in VALIDATORS}
                fast = measure("fast", path)
                lines.append(row_line(label, rows, fast, others))
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
        "of the process (imports and interpreter start-up not counted). frictionless, CSV: `Package.validate()` "
        "on datapackage.json, what `frictionless validate datapackage.json` runs (every row of the CSV resources, "
        "foreign keys; it does not read the Parquet copies). frictionless, CSV + Parquet: the same on a "
        "descriptor that lists each Parquet copy as a resource of its own (the files the fast gate reads; the "
        "package's layout when issue 8 set its target). Previous gate: `validate_package` before the fast check "
        "(frictionless, the Parquet copies' Arrow types, CSV and Parquet compared row by row in Python, bytes and "
        "hashes, the release archive). Fast gate: `validate_package` now (frictionless's descriptor check, the "
        "DuckDB check of every row of the CSV files and of their Parquet copies, Arrow types, CSV = Parquet, "
        "bytes and hashes, the release archive). Speed-ups: wall / CPU. Load: the 1-minute load average after "
        f"each measurement (lowest–highest of the row); {load[0]:.1f} at the start, {os.getloadavg()[0]:.1f} at "
        "the end. Other jobs shared the 2 cores, so wall times are inflated; CPU seconds are the steadier measure.",
        "",
        "| package | rows | frictionless, CSV | frictionless, CSV + Parquet | previous gate | fast gate "
        "| fast vs frictionless, CSV | fast vs frictionless, CSV + Parquet | fast vs previous gate "
        "| verdicts (frictionless CSV / CSV + Parquet / previous / fast) | load |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
        *lines,
        "",
    ]
    if not args.no_write:
        results = ROOT / "benchmarks" / "RESULTS.md"
        results.write_text(results.read_text(encoding="utf-8") + "\n" + "\n".join(section), encoding="utf-8")
    print("\n".join(section))


if __name__ == "__main__":
    main()
