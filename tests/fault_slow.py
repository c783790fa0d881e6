"""Fault campaign, part 3: the slow cases, run by benchmarks/bad_input.py only.

Processes killed with SIGKILL at random points of a run, two runs started at once,
and a disk that really fills up (a small tmpfs, where this machine lets us mount one;
otherwise the case says so and injects ENOSPC instead).
"""
from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from fault_kit import (
    GOOD_NAME,
    PUBLISHER,
    ROOT,
    Env,
    Run,
    assert_package_intact,
    copy_env,
    good_text,
    package_digests,
    run_flow,
)
from fault_running import check_disk_full, disk_full
from fault_steps_kit import Case, require
from flows.publish import recover

KILL_TRIALS = 4


def subprocess_env(env: Env) -> dict[str, str]:
    """The environment of a `python -m flows run` child: the campaign's Prefect API, its own PREFECT_HOME."""
    from prefect.settings import PREFECT_API_URL

    return {**os.environ, "PREFECT_API_URL": str(PREFECT_API_URL.value()), "PREFECT_HOME": str(env.root / ".prefect"),
            "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "PYTHONUNBUFFERED": "1"}


def add_articles(env: Env) -> None:
    """Eight new texts (the evaluation sets' raw texts) and the good text: work for extraction and publishing."""
    for path in sorted((ROOT / "eval").glob("heldout*/raw/*.txt"))[:8]:
        shutil.copy(path, env.raw / f"zz_{path.name}")
    (env.raw / GOOD_NAME).write_text(good_text(95), encoding="utf-8")


def _cli(env: Env) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "flows", "run", "--raw", str(env.raw), "--out", str(env.out)],
                            cwd=ROOT, env=subprocess_env(env), stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True)


def reference(base: Env, root: Path) -> dict[str, bytes]:
    env = copy_env(base, root)
    add_articles(env)
    summary = run_flow(env).summary
    require(summary["status"] == "published", summary["status"])
    return package_digests(env)


def sigkill_run(trial: int, expected: dict[str, bytes]) -> Any:
    def run(env: Env) -> Run:
        add_articles(env)
        rng = random.Random(trial)
        proc = _cli(env)
        delay = rng.uniform(3.0, 25.0)
        try:
            proc.wait(timeout=delay)
            where = "after the run had finished"
        except subprocess.TimeoutExpired:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)
            where = f"after {delay:.1f} s"
        output = proc.stdout.read() if proc.stdout else ""
        stage = next((s for s in ("swap-in", "validate-package", "assemble-and-stage", "extract-batch")
                      if s in output), "start-up")
        after = run_flow(env)
        return Run(env, {**after.summary, "killed": f"{where}, last stage seen: {stage}", "expected": expected})
    return run


def _check_after_kill(run: Run) -> None:
    require(run.summary["status"] in ("published", "unchanged"), run.summary["status"])
    assert_package_intact(run.env)
    require(package_digests(run.env) == run.summary["expected"], "the package differs from a clean run's")


def sigkill_publisher(trial: int) -> Any:
    def run(env: Env) -> Run:
        out = env.root / "loop"
        proc = subprocess.Popen([sys.executable, "-c", PUBLISHER, str(out), str(env.raw)], cwd=ROOT,
                                stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None
        proc.stdout.readline()  # one release is complete
        time.sleep(random.Random(100 + trial).uniform(0.0, 1.5))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        recover(out)
        return Run(Env(out.parent), {"out": str(out)})
    return run


def _check_publisher(run: Run) -> None:
    from flows.validate import validate_package

    out = Path(run.summary["out"])
    require(validate_package(out / "datapackage.json") == [], "package broken after the kill")
    version = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))["version"]
    require((out / "CHANGELOG.md").read_text(encoding="utf-8") == f"# {version}\n", "changelog of another release")
    require(not (out / ".staging").exists() and not (out / ".previous").exists(), "staging left behind")


def two_processes(expected: dict[str, bytes]) -> Any:
    def run(env: Env) -> Run:
        add_articles(env)
        procs = [_cli(env), _cli(env)]
        codes, statuses = [], []
        for proc in procs:
            output, _ = proc.communicate(timeout=600)
            codes.append(proc.returncode)
            start = output.find("{\n")
            statuses.append(json.loads(output[start:output.rindex("}") + 1])["status"] if start >= 0 else output[-300:])
        return Run(env, {"codes": codes, "statuses": sorted(statuses), "expected": expected})
    return run


def _check_two(run: Run) -> None:
    require(run.summary["codes"] == [0, 0], run.summary)
    require(run.summary["statuses"] == ["published", "unchanged"], run.summary["statuses"])
    assert_package_intact(run.env)
    require(package_digests(run.env) == run.summary["expected"], "the package differs from a clean run's")


def _tmpfs_full(env: Env) -> Run:
    """OUT on a tmpfs with room for the published package and one more copy of it (what staging a normal
    release takes); a release with two 400 KB texts does not fit (they are in the CSV, Parquet, SQLite,
    spreadsheet and archive copies)."""
    mount = env.root / "small-disk"
    mount.mkdir()
    used = sum(p.stat().st_size for p in env.out.rglob("*") if p.is_file())
    size_kb = 2 * used // 1024 + 256
    tried = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(mount)],
                           capture_output=True, text=True)
    if tried.returncode != 0:
        result = disk_full(env)
        result.summary["how"] = f"simulated: mount not permitted here ({tried.stderr.strip()[:80]}); ENOSPC injected"
        return result
    try:
        shutil.copytree(env.out, mount / "out")
        shutil.rmtree(env.out)
        os.symlink(mount / "out", env.out)
        big = [env.raw / f"zz_big_{n}.txt" for n in range(2)]
        for n, path in enumerate(big):
            path.write_text(good_text(80 + n) + "\n" + "ikke " * 80_000 + "\n", encoding="utf-8")
        before = package_digests(env)
        result = run_flow(env)
        result.summary.update(before=before, kept=package_digests(env) == before, how=f"real tmpfs of {size_kb} KB")
        assert_package_intact(env)
        for path in big:
            path.unlink()
        (env.raw / GOOD_NAME).write_text(good_text(84), encoding="utf-8")
        result.summary["next"] = run_flow(env).summary["status"]
        return result
    finally:
        os.unlink(env.out)
        subprocess.run(["umount", str(mount)], capture_output=True)


def slow_cases(base: Env, scratch: Path) -> tuple[Case, ...]:
    """The slow cases; the reference package (a clean run with the same new texts) is built first."""
    expected = reference(base, scratch / "reference")
    kills = tuple(Case(f"SIGKILL during a run (trial {t + 1})", "the next run repairs or completes: the package equals a "
                       "clean run's byte for byte", _check_after_kill, run=sigkill_run(t, expected), slow=True)
                  for t in range(KILL_TRIALS))
    publishers = tuple(Case(f"SIGKILL while publishing (trial {t + 1})", "a complete, valid release is in place",
                            _check_publisher, run=sigkill_publisher(t), slow=True) for t in range(KILL_TRIALS))
    return kills + publishers + (
        Case("two runs started at once", "one publishes, the other waits and finds it unchanged; both exit 0",
             _check_two, run=two_processes(expected), slow=True),
        Case("disk fills up while staging (tmpfs)", "stopped naming ENOSPC; old package intact; next run publishes",
             check_disk_full, run=_tmpfs_full, slow=True),
    )
