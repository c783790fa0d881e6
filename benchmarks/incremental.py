"""Incremental runs through the real command line, each a fresh process (Prefect's
temporary server included): the first run over the seeds, a second over the
unchanged seeds, a run after adding one document, and a run after dropping a
binary file into raw/. Prints and appends the numbers to benchmarks/RESULTS.md.

Usage: .venv/bin/python benchmarks/incremental.py
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
NEW_DOCUMENT = """Tirsdag møtte KS kunnskapsministeren til det faste bilaterale konsultasjonsmøtet.

– Vi ber regjeringen om å sikre nok lærere i hele landet, sier styreleder i KS, Kari Nordmann.
"""


def run(raw: Path, out: Path, report: Path) -> tuple[float, dict]:
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "flows", "run", "--raw", str(raw), "--out", str(out),
                    "--report", str(report)], check=True, capture_output=True, cwd=ROOT)
    return time.perf_counter() - t0, json.loads(report.read_text(encoding="utf-8"))


def line(label: str, seconds: float, report: dict[str, Any]) -> str:
    d = report["documents"]
    stages = ", ".join(f"{k} {v:.2f}" for k, v in report["timings_seconds"].items())
    return (f"| {label} | {seconds:.1f} s | {report['status']} {report['version']} | new {d['new']}, changed "
            f"{d['changed']}, unchanged {d['unchanged']}, removed {d['removed']}, quarantined {d['quarantined']} | "
            f"extracted {d['extracted']}, cached {d['from_cache']} | {stages} |")


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="ksdata-incr-"))
    try:
        raw, out, report = work / "raw", work / "out", work / "report.json"
        shutil.copytree(ROOT / "raw", raw)
        rows = [line("first run (5 seeds, empty cache)", *run(raw, out, report))]
        rows.append(line("second run, nothing changed", *run(raw, out, report)))
        (raw / "zz_new_document.txt").write_text(NEW_DOCUMENT, encoding="utf-8")
        seconds, third = run(raw, out, report)
        rows.append(line("after adding one document", seconds, third))
        (raw / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01")
        seconds, fourth = run(raw, out, report)
        rows.append(line("after dropping a binary file into raw/", seconds, fourth))
        valid = subprocess.run([str(ROOT / ".venv/bin/frictionless"), "validate", str(out / "datapackage.json")],
                               capture_output=True, text=True).returncode == 0
        delta = third["delta"]
    finally:
        shutil.rmtree(work, ignore_errors=True)
    text = "\n".join([
        f"## {time.strftime('%Y-%m-%d')}: incremental runs (`benchmarks/incremental.py`, one process per run)",
        "",
        "| run | wall time | result | documents | extraction | stage timings (s) |",
        "|---|---|---|---|---|---|",
        *rows,
        "",
        "Delta of the release after adding one document: " + ", ".join(
            f"{t} +{d['added']} ~{d['modified']} -{d['removed']}" for t, d in delta.items()) + ".",
        f"Quarantined: {fourth['quarantined']}; `frictionless validate` afterwards: {'valid' if valid else 'INVALID'}.",
        "",
    ])
    print(text)
    results = ROOT / "benchmarks" / "RESULTS.md"
    header = "# Benchmarks\n\nWritten by `make bench` (benchmarks/bench.py, benchmarks/incremental.py); newest last.\n\n"
    results.write_text((results.read_text(encoding="utf-8") if results.exists() else header) + text + "\n",
                       encoding="utf-8")


if __name__ == "__main__":
    main()
