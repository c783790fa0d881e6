"""Building blocks of the fault campaign's cases (tests/fault_inputs.py, tests/fault_state.py,
tests/fault_running.py, tests/fault_slow.py): a Case; the bad input files a feed case adds to raw/ and what
it checks about them (set aside with a reason, published clean); how a case of its own prepares and runs (the
command line, the flow, a damaged package) and what it checks afterwards (stopped with a reason, repaired,
the package unchanged).
"""
from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fault_kit import GOOD_NAME, Env, Run, assert_package_intact, good_text, package_digests, run_cli, run_flow

Adder = Callable[[Path], None]


@dataclass(frozen=True)
class Case:
    name: str
    expect: str  # what a careful user expects
    check: Callable[[Run], None]
    add: Adder | None = None  # the bad input, written into raw/ (feed cases)
    run: Callable[..., Run] | None = None  # a run of its own (state and command-line cases)
    slow: bool = False  # only in benchmarks/bad_input.py


def write(name: str, data: bytes | str) -> Adder:
    def add(raw: Path) -> None:
        path = raw / name
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return add


def sidecar(name: str, meta: object, text_n: int) -> Adder:
    def add(raw: Path) -> None:
        (raw / f"{name}.txt").write_text(good_text(text_n), encoding="utf-8")
        body = meta if isinstance(meta, str) else json.dumps(meta)
        (raw / f"{name}.meta.json").write_text(body, encoding="utf-8")
    return add


def several(*adders: Adder) -> Adder:
    def add(raw: Path) -> None:
        for adder in adders:
            adder(raw)
    return add


def aside_because(name: str, *words: str) -> Callable[[Run], None]:
    def check(run: Run) -> None:
        reason = run.aside(name)
        assert any(w in reason for w in words), f"{name}: reason {reason!r} names none of {words}"
        assert name not in run.published_files(), f"{name} set aside but published"
    return check


def published(name: str, **columns: object) -> Callable[[Run], None]:
    def check(run: Run) -> None:
        row = run.document(name)
        for column, value in columns.items():
            assert row[column] == value, f"{name}: {column} is {row[column]!r}, expected {value!r}"
        assert "\r" not in row["text"] and not any(unicodedata.category(c) in ("Cc", "Cf") and c != "\n"
                                                   for c in row["text"]), f"{name}: control characters in text"
    return check


def published_or_aside(name: str) -> Callable[[Run], None]:
    """Pathological text: published, or set aside for its time budget or its row count; never a blocked run."""
    def check(run: Run) -> None:
        if name in run.published_files():
            return
        reason = run.aside(name)
        assert "exceeded" in reason or "more than" in reason, f"{name}: unexpected reason {reason!r}"
    return check


def with_good(n: int, tail: str) -> str:
    return good_text(n) + "\n" + tail + "\n"


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
