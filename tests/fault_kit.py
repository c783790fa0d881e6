"""The fault campaign's workbench: a published seed package to start from, runs of the
flow and the command line on a copy of it, and what a run left behind.

Shared by tests/test_bad_input.py (fast cases, in `make test`) and
benchmarks/bad_input.py (every case, including the slow ones, with a report table).
Needs a Prefect API (the test harness) for flow runs; CLI runs are subprocesses.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from flows.flow import publish_dataset
from flows.validate import validate_package
from flows.writers import read_csv

ROOT = Path(__file__).resolve().parent.parent
GOOD_NAME = "zz_good_new.txt"
FIRST = ("Kari", "Ola", "Ingrid", "Per", "Sigrid", "Nils", "Astrid", "Lars", "Marit", "Erik")
LAST = ("Nordmann", "Hansen", "Berg", "Dahl", "Lie", "Moen", "Strand", "Haugen", "Bakken", "Eide")
# A child process that publishes release after release of the texts in argv[2] into argv[1] until it is
# killed, printing each version once it is swapped in (tests/test_crash.py, tests/fault_slow.py).
PUBLISHER = """
import sys
from pathlib import Path
from flows.extract import extract
from flows.ingest import ingest
from flows.publish import publish_lock, recover, stage, swap_in
from flows.tables import build_tables

out = Path(sys.argv[1])
tables = build_tables([extract(d) for d in ingest(Path(sys.argv[2]))[0]])
i = 0
while True:  # publish alternating releases until killed
    i += 1
    version = f"1.0.{i}"
    with publish_lock(out):
        recover(out)
        stage(tables, out, version, f"# {version}\\n")
        swap_in(out)
    print(version, flush=True)
"""


def good_text(n: int) -> str:
    """A short Norwegian article with a statement and a demand, different for every n < 100."""
    name = f"{FIRST[n % 10]} {LAST[(n // 10) % 10]}"
    return (f"KS møtte Kommunal- og distriktsdepartementet {n % 28 + 1}. mars om kommuneøkonomien.\n\n"
            f"– Vi ber regjeringen om å styrke inntektene til kommunene, sier {name}, styreleder i KS.\n\n"
            f"{name.split()[0]} sier også at kommunene ikke kan vente lenger på svar fra staten.\n")


@dataclass
class Env:
    """A private copy of the seed package: raw/ texts and the published out/ (with its cache)."""

    root: Path
    flow_kwargs: dict[str, Any] = field(default_factory=dict)

    @property
    def raw(self) -> Path:
        return self.root / "raw"

    @property
    def out(self) -> Path:
        return self.root / "out"

    @property
    def report_path(self) -> Path:
        return self.root / "report.json"


@dataclass
class Run:
    env: Env
    summary: dict[str, Any]
    returncode: int | None = None
    stderr: str = ""
    seconds: float = 0.0

    def aside(self, name: str) -> str:
        """The reason `name` was set aside (AssertionError when it was not)."""
        reasons = {q["file"]: q["reason"] for q in self.summary.get("quarantined", [])}
        assert name in reasons, f"{name} was not set aside; set aside: {sorted(reasons)}"
        return reasons[name]

    def published_files(self) -> set[str]:
        return {r["source_file"] for r in self.rows("documents")}

    def rows(self, table: str) -> list[dict[str, Any]]:
        return read_csv(table, self.env.out / "processed" / f"{table}.csv")

    def document(self, name: str) -> dict[str, Any]:
        rows = [r for r in self.rows("documents") if r["source_file"] == name]
        assert rows, f"{name} is not published; published: {sorted(self.published_files())}"
        return rows[0]

    def version(self) -> str:
        return str(json.loads((self.env.out / "datapackage.json").read_text(encoding="utf-8"))["version"])


BASE_SECONDS = 600.0  # the base build's per-document time budget (make_base)


def make_base(root: Path) -> Env:
    """Publish the five seed texts into root/out (first release, cache filled).

    The base is the cases' starting state, not a case: it gets a time budget no loaded machine exceeds, so
    that a slow machine cannot set a seed text aside and shift every case's counts (on two shared cores the
    default 30 s per document did, and the cases then failed on "3 published documents" instead of 5)."""
    env = Env(root)
    shutil.copytree(ROOT / "raw", env.raw)
    summary = publish_dataset(raw_dir=env.raw, out_dir=env.out, document_seconds=BASE_SECONDS)
    assert summary["status"] == "published" and summary["version"] == "1.0.0", summary
    aside = [q["file"] for q in summary["quarantined"]]
    assert not aside, f"the fault base set seed texts aside: {aside}; every case assumes all five are published"
    return env


def copy_env(base: Env, root: Path) -> Env:
    shutil.copytree(base.root, root, symlinks=True)
    return Env(root)


def run_flow(env: Env, **kwargs: Any) -> Run:
    """Run the flow in this process (under the session's Prefect API); the report JSON must be written."""
    summary = publish_dataset(raw_dir=env.raw, out_dir=env.out, report_path=env.report_path,
                              **{**env.flow_kwargs, **kwargs})
    written = json.loads(env.report_path.read_text(encoding="utf-8"))
    assert written["status"] == summary["status"], "the report file disagrees with the run"
    return Run(env, summary)


def run_cli(env: Env, *args: str, timeout: float = 120) -> Run:
    """`python -m flows ARGS` in a subprocess."""
    proc = subprocess.run([sys.executable, "-m", "flows", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=timeout, env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
    return Run(env, {}, proc.returncode, proc.stderr)


def assert_package_intact(env: Env) -> None:
    """A complete, valid package and no staging leftovers."""
    problems = validate_package(env.out / "datapackage.json")
    assert problems == [], f"package invalid after the run: {problems[:3]}"
    assert not (env.out / ".staging").exists() and not (env.out / ".previous").exists(), "staging left behind"


def package_digests(env: Env) -> dict[str, bytes]:
    """The bytes of every published file (those that exist)."""
    files = [env.out / "datapackage.json", env.out / "CHANGELOG.md", *sorted((env.out / "processed").glob("*"))]
    return {f.name: f.read_bytes() for f in files if f.is_file()}


def one_line_error(run: Run, *words: str) -> None:
    """A CLI error: exit code 2, one line on stderr naming every word given, no traceback."""
    lines = [line for line in run.stderr.splitlines() if line.strip()]
    assert run.returncode == 2, f"exit code {run.returncode}, stderr: {run.stderr[-500:]}"
    assert len(lines) == 1 and lines[0].startswith("error: "), f"not one error line: {run.stderr[-500:]}"
    for word in words:
        assert word in lines[0], f"{word!r} not named in {lines[0]!r}"
