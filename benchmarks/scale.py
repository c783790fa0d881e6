"""The scale benchmark: a full run over N generated documents, then (optionally) the daily run.

    .venv/bin/python benchmarks/scale.py N [--incremental] [--server] [--repo DIR] [--keep DIR] [-- RUN OPTIONS]

Generates N distinct documents deterministically (`benchmarks/corpus.py`), runs
`python -m flows run` on them as a user would (a fresh process, Prefect's
temporary server included) and prints one row of the table in
`benchmarks/RESULTS.md`: wall time, the run report's stage times, documents per
second, rows, peak RSS and how many cores were busy while extracting. With
`--incremental` it then adds one new document and runs again (the daily run),
and says which published files and cache entries that run wrote.

- `--server` runs against a standing Prefect server started once for the benchmark (what `make server`
  gives scheduled runs: each run of `make serve` is a process like this one's, talking to that server),
  instead of the temporary server `python -m flows run` starts and stops for itself. The server's start
  is not part of any row; it is stopped (by its pid) at the end.
- With `--keep DIR` holding a published package already, the first run is labelled "nothing new"
  (extractions and the package reused), not "full run".
- `--repo DIR` runs another checkout's code (e.g. an export of `main` for the
  "before" numbers) with this interpreter; the corpus and measurement are the same.
- Options after `--` go to `flows run` (e.g. `-- --workers 1`).
- Peak RSS is sampled every 0.2 s (psutil) over the run's whole process tree
  (the flow, Prefect's temporary server, Dask workers) and for the flow process alone.
- Cores busy in extract: CPU seconds of the process tree between the first and
  the last extraction written to the cache, divided by that interval.

Nothing is written outside a temporary folder (or `--keep DIR`).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psutil
import urllib.request

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import write_corpus  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_SECONDS = 0.2


@dataclass
class Sampler:
    """Samples RSS and CPU time of a process and its descendants in a thread."""

    pid: int
    series: list[tuple[float, float]] = field(default_factory=list)  # (time, cumulative CPU s of the tree)
    peak_tree: int = 0
    peak_main: int = 0
    _cpu: dict[int, float] = field(default_factory=dict)
    _stop: threading.Event = field(default_factory=threading.Event)

    def _sample(self) -> None:
        try:
            root = psutil.Process(self.pid)
            procs = [root] + root.children(recursive=True)
        except psutil.Error:
            return
        total = 0
        for p in procs:
            try:
                with p.oneshot():
                    rss = p.memory_info().rss
                    t = p.cpu_times()
            except psutil.Error:
                continue
            total += rss
            if p.pid == self.pid:
                self.peak_main = max(self.peak_main, rss)
            self._cpu[p.pid] = max(self._cpu.get(p.pid, 0.0), t.user + t.system + t.children_user + t.children_system)
        self.peak_tree = max(self.peak_tree, total)
        self.series.append((time.time(), sum(self._cpu.values())))

    def run(self) -> None:
        while not self._stop.is_set():
            self._sample()
            self._stop.wait(SAMPLE_SECONDS)

    def stop(self) -> None:
        self._stop.set()

    def cpu_between(self, t0: float, t1: float) -> float | None:
        inside = [(t, c) for t, c in self.series if t0 <= t <= t1]
        if len(inside) < 2:
            return None
        return (inside[-1][1] - inside[0][1]) / max(inside[-1][0] - inside[0][0], 1e-9)


@dataclass
class Run:
    wall: float
    report: dict[str, Any]  # the run report (--report), as JSON
    sampler: Sampler
    cpu_seconds: float
    extract_busy: float | None
    load: float  # the 1-minute load average when the run started


def flows_run(repo: Path, raw: Path, out: Path, extra: list[str], env: dict[str, str]) -> Run:
    report_path = out.parent / f"report-{time.time_ns()}.json"
    cmd = [sys.executable, "-m", "flows", "run", "--raw", str(raw), "--out", str(out), "--report", str(report_path),
           *extra]
    cache = out / ".cache" / "extractions"
    before = {p.name for p in cache.glob("*.json")} if cache.is_dir() else set()
    usage0 = os.times()
    load = os.getloadavg()[0]
    t0 = time.perf_counter()
    log = (out.parent / "run.log").open("ab")
    proc = subprocess.Popen(cmd, cwd=repo, env=env, stdout=log, stderr=subprocess.STDOUT)
    sampler = Sampler(proc.pid)
    thread = threading.Thread(target=sampler.run, daemon=True)
    thread.start()
    code = proc.wait()
    wall = time.perf_counter() - t0
    sampler.stop()
    thread.join()
    log.close()
    usage1 = os.times()
    if not report_path.exists():
        raise SystemExit(f"the run failed (exit {code}); see {out.parent / 'run.log'}")
    report = json.loads(report_path.read_text(encoding="utf-8"))
    written = [p.stat().st_mtime for p in cache.glob("*.json") if p.name not in before] if cache.is_dir() else []
    busy = sampler.cpu_between(min(written), max(written)) if len(written) > 1 else None
    cpu = (usage1.children_user - usage0.children_user) + (usage1.children_system - usage0.children_system)
    return Run(wall, report, sampler, cpu, busy, load)


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(work: Path, env: dict[str, str]) -> tuple[subprocess.Popen, str]:
    """A standing Prefect server (as `make server` starts it) on a free port; (process, API URL)."""
    port = free_port()
    log = (work / "server.log").open("ab")
    proc = subprocess.Popen([str(Path(sys.executable).parent / "prefect"), "server", "start", "--host", "127.0.0.1",
                             "--port", str(port)], env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/api"
    deadline = time.monotonic() + 300
    while True:
        try:
            with urllib.request.urlopen(f"{url}/health", timeout=5) as response:
                if response.status == 200:
                    return proc, url
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            stop_server(proc)
            raise SystemExit(f"the Prefect server did not start; see {work / 'server.log'}")
        time.sleep(1)


def stop_server(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=10)


def stage(report: dict[str, Any], name: str) -> str:
    value = report.get("timings_seconds", {}).get(name)
    return f"{value:.1f} s" if value is not None else "–"


def row(label: str, n: int, run: Run) -> str:
    rows = sum(v for k, v in run.report.get("rows", {}).items() if k != "changes")
    timings = run.report.get("timings_seconds", {})
    # the gate runs beside the derived outputs (flows.stage_publish.publish_staged): its time is inside theirs
    other = run.wall - sum(v for k, v in timings.items() if not (k == "validate" and "outputs" in timings))
    busy = f"{run.extract_busy:.2f}" if run.extract_busy is not None else "–"
    return (f"| {label} | {n:,} | {run.wall:.1f} s | {other:.1f} s | {stage(run.report, 'extract')} | "
            f"{stage(run.report, 'assemble')} | {stage(run.report, 'validate')} | {stage(run.report, 'outputs')} | "
            f"{stage(run.report, 'publish')} | "
            f"{n / run.wall:.1f} | {rows / 1000:.1f}k | {run.sampler.peak_tree / 2**30:.2f} GB | "
            f"{run.sampler.peak_main / 2**30:.2f} GB | {run.cpu_seconds:.0f} s | {busy} | {run.report.get('status')} | "
            f"{run.load:.1f} |")


HEADER = ("| run | N docs | wall | start-up + other | extract | assemble | validate | outputs | publish | docs/s | "
          "rows | peak RSS (tree) | peak RSS (flow) | CPU | cores busy in extract | status | load (1 min) |\n"
          "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")


def snapshot(out: Path) -> dict[str, float]:
    return {str(p.relative_to(out)): p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("n", type=int, help="number of documents")
    parser.add_argument("--incremental", action="store_true", help="then add one document and run again")
    parser.add_argument("--repo", type=Path, default=ROOT, help="checkout whose code runs (default: this one)")
    parser.add_argument("--label", default=None, help="label of the table row (default: the repo's git commit)")
    parser.add_argument("--keep", type=Path, default=None, help="work in this folder and keep it")
    parser.add_argument("--server", action="store_true", help="run against a standing Prefect server (make server)")
    argv = sys.argv[1:]
    run_options = argv[argv.index("--") + 1:] if "--" in argv else []
    args = parser.parse_args(argv[:argv.index("--")] if "--" in argv else argv)
    args.run_options = run_options
    work = args.keep or Path(tempfile.mkdtemp(prefix="ksdata-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
           "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "180",
           "PREFECT_HOME": os.environ.get("PREFECT_HOME", str(work / "prefect-home"))}
    label = args.label or subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=args.repo, capture_output=True,
                                         text=True).stdout.strip() or args.repo.name
    server = None
    try:
        raw, out = work / "raw", work / "out"
        if not raw.is_dir():
            write_corpus(raw, args.n)
        mode = "temporary server"
        if args.server:
            server, env["PREFECT_API_URL"] = start_server(work, env)
            mode = "standing server"
        first_label = "nothing new" if (out / "datapackage.json").is_file() else "full run"
        load = os.getloadavg()
        print(f"{args.n} documents, {os.cpu_count()} cores, load average {load[0]:.1f} {load[1]:.1f} "
              f"{load[2]:.1f} at the start", flush=True)
        lines = [HEADER]
        first = flows_run(args.repo, raw, out, args.run_options, env)
        lines.append(row(f"{label}, {mode}: {first_label}", args.n, first))
        print("\n".join(lines), flush=True)
        if args.incremental:  # a document not in raw/ yet (also when --keep reuses a folder)
            write_corpus(raw, 1, start=len(list(raw.glob("doc_*.txt"))))
            before = snapshot(out)
            second = flows_run(args.repo, raw, out, args.run_options, env)
            lines.append(row(f"{label}, {mode}: one new document", args.n + 1, second))
            after = snapshot(out)
            changed = sorted(k for k, v in after.items() if before.get(k) != v and not k.startswith("report-"))
            cache_new = [k for k in changed if k.startswith(".cache/")]
            print(lines[-1])
            print(f"\nDaily run: documents {second.report.get('documents')}; delta "
                  f"{ {t: d for t, d in second.report.get('delta', {}).items() if any(d.values())} }")
            print(f"files written: {len(changed)} ({len(cache_new)} under .cache/): "
                  + ", ".join(k for k in changed if not k.startswith(".cache/"))[:2000])
            print(f"cache entries written: {cache_new[:10]}")
        runs = [("full run", first)] + ([("daily run", second)] if args.incremental else [])
        for name, run in runs:  # what each derived output took and what it reused (the report's `outputs`)
            outputs = run.report.get("outputs") or {}
            if outputs.get("timings") or outputs.get("reuse"):
                print(f"derived outputs, {name}: seconds {outputs.get('timings')}; reuse {outputs.get('reuse')}")
    finally:
        if server is not None:
            stop_server(server)
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
