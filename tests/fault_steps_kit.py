"""Building blocks of the fault campaign's cases (tests/fault_state.py, tests/fault_running.py,
tests/fault_slow.py): how a case prepares and runs (the command line, the flow, a damaged package) and what
it checks afterwards (stopped with a reason, repaired, the package unchanged).
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from fault_kit import GOOD_NAME, Env, Run, assert_package_intact, good_text, package_digests, run_cli, run_flow


def add_good(env: Env, n: int = 90, name: str = GOOD_NAME) -> None:
    (env.raw / name).write_text(good_text(n), encoding="utf-8")


def cli(*args: str) -> Callable[[Env], Run]:
    def run(env: Env) -> Run:
        return run_cli(env, *[a.format(raw=env.raw, out=env.out, root=env.root) for a in args])
    return run


def flow(prepare: Callable[[Env], None], **kwargs: Any) -> Callable[[Env], Run]:
    """Prepare, remember the package as it was, run the flow; `run.summary["before"]` holds the old files."""
    def run(env: Env) -> Run:
        prepare(env)
        before = package_digests(env)
        result = run_flow(env, **kwargs)
        result.summary["before"] = before
        return result
    return run


def unchanged_package(run: Run) -> None:
    assert package_digests(run.env) == run.summary["before"], "the published package changed"


def stopped_because(*words: str, valid_before: bool = True) -> Callable[[Run], None]:
    """Stopped with a message naming `words`; the published files untouched (and valid, if they were)."""
    def check_(run: Run) -> None:
        assert run.summary["status"] == "stopped", run.summary["status"]
        for word in words:
            assert word in run.summary["stopped"], f"{word!r} not in {run.summary['stopped']!r}"
        unchanged_package(run)
        if valid_before:
            assert_package_intact(run.env)
    return check_


def repaired(damaged_file: str) -> Callable[[Run], None]:
    def check_(run: Run) -> None:
        assert run.summary["status"] == "repaired" and run.summary["version"] == "1.0.0", run.summary["status"]
        assert any(damaged_file in d for d in run.summary["damaged"]), run.summary["damaged"]
        assert package_digests(run.env) == run.summary["original"], "repaired files differ from the release"
        assert_package_intact(run.env)
    return check_


def damage(action: Callable[[Path], None]) -> Callable[[Env], Run]:
    def run(env: Env) -> Run:
        original = package_digests(env)
        action(env.out)
        result = run_flow(env)
        result.summary["original"] = original
        return result
    return run


def truncate(rel: str, keep: float = 0.0) -> Callable[[Path], None]:
    def act(out: Path) -> None:
        data = (out / rel).read_bytes()
        (out / rel).write_bytes(data[: int(len(data) * keep)])
    return act


def remove_seeds(count: int) -> Callable[[Env], None]:
    def prepare(env: Env) -> None:
        for path in sorted(env.raw.glob("0*.txt"))[:count]:
            path.unlink()
    return prepare


def require(ok: object, detail: object) -> None:
    assert ok, detail
