"""Fault campaign, part 2b: faults while a run works: the extraction cache blocked or damaged, the extractor
crashing or over its time budget, an unreadable file, the lock held by another run, a full disk, a long text
read back, and what the extraction cache's key covers. Each is a run of its own on a copy of the seed package;
the cases are listed in tests/fault_state.py.
"""
from __future__ import annotations

import errno
import os
import shutil
import stat
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from unittest import mock

import flows.flow
import flows.isolate
import flows.publish
from fault_kit import GOOD_NAME, Env, Run, assert_package_intact, good_text, package_digests, run_flow
from fault_steps_kit import add_good, require, unchanged_package
from flows.budget import check
from flows.imports import module_closure
from flows.publish import publish_lock
from flows.records import EXTRACTION_ENTRY_POINTS


def cache_blocked(env: Env) -> None:
    shutil.rmtree(env.out / ".cache")
    (env.out / ".cache").write_text("not a folder", encoding="utf-8")
    add_good(env)


def check_cache_blocked(run: Run) -> None:
    assert run.summary["status"] == "published" and not run.summary["quarantined"], run.summary["quarantined"]
    assert run.summary["documents"]["extracted"] == 6 and len(run.published_files()) == 6
    assert any("extraction cache: cannot" in w for w in run.summary["warnings"]), run.summary["warnings"]


def cache_damaged(env: Env) -> None:
    """Every extraction and row shard of the cache overwritten with a broken JSON text."""
    for folder in ("extractions", "shards"):
        for entry in (env.out / ".cache" / folder).glob("*.json"):
            entry.write_text("{", encoding="utf-8")


def check_cache_damaged(run: Run) -> None:
    assert run.summary["status"] == "unchanged" and run.summary["documents"]["extracted"] == 5
    assert any("is damaged" in w for w in run.summary["warnings"]), run.summary["warnings"]
    unchanged_package(run)


def _misbehaving_extractor(env: Env, seed: int, name: str, misbehave: Callable[[], None],
                           **run_args: Any) -> Run:
    """A run in which the extractor misbehaves (`misbehave()`) on the added file `name` only."""
    add_good(env, seed, name)
    add_good(env)
    real = flows.isolate.extract

    def patched(document: Any) -> Any:
        if document.source_file == name:
            misbehave()
        return real(document)

    with mock.patch("flows.isolate.extract", patched):
        return run_flow(env, **run_args)


def _raise_in_a_rule() -> None:
    raise RuntimeError("index out of range in a rule")


def _loop_forever() -> None:
    while True:
        check()  # the extractor checks its budget in its loops
        time.sleep(0.01)


def extractor_bug(env: Env) -> Run:
    return _misbehaving_extractor(env, 91, "zz_crash.txt", _raise_in_a_rule)


def slow_extractor(env: Env) -> Run:
    return _misbehaving_extractor(env, 92, "zz_slow.txt", _loop_forever, document_seconds=1.0)


def check_good_and_aside(name: str, words: str) -> Callable[[Run], None]:
    def check_(run: Run) -> None:
        assert words in run.aside(name), run.aside(name)
        assert run.summary["status"] == "published" and GOOD_NAME in run.published_files()
    return check_


@contextmanager
def _lock_held(out: Path, seconds: float | None) -> Iterator[dict[str, Any]]:
    """Hold the output folder's lock in another thread for `seconds` (None: until the block ends)."""
    state: dict[str, Any] = {}
    taken, done = threading.Event(), threading.Event()

    def hold() -> None:
        with publish_lock(out):
            taken.set()
            done.wait(seconds)
            state["digests_at_release"] = package_digests(Env(out.parent))

    thread = threading.Thread(target=hold)
    thread.start()
    taken.wait(10)
    try:
        yield state
    finally:
        done.set()
        thread.join(30)


def wait_for_lock(env: Env) -> Run:
    add_good(env)
    before = package_digests(env)
    with _lock_held(env.out, 1.5) as state:
        result = run_flow(env)
    result.summary["before"], result.summary["at_release"] = before, state["digests_at_release"]
    return result


def check_waited(run: Run) -> None:
    assert run.summary["at_release"] == run.summary["before"], "published while another run held the lock"
    assert run.summary["status"] == "published" and GOOD_NAME in run.published_files()


def lock_timeout(env: Env) -> Run:
    add_good(env)
    before = package_digests(env)
    with mock.patch.object(flows.flow, "LOCK_WAIT_SECONDS", 0.5), _lock_held(env.out, None):
        result = run_flow(env)
    result.summary["before"] = before
    return result


def disk_full(env: Env) -> Run:
    add_good(env)
    before = package_digests(env)
    real = flows.publish.write_parquet_from_csv
    calls: list[str] = []

    def filling(table: str, csv_path: Path, path: Path) -> int:
        calls.append(table)
        if len(calls) == 3:
            path.write_bytes(b"PAR1 half a file")
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
        return real(table, csv_path, path)

    with mock.patch("flows.publish.write_parquet_from_csv", filling):
        result = run_flow(env)
    result.summary["before"] = before
    result.summary["kept"] = package_digests(env) == before
    assert_package_intact(env)
    result.summary["next"] = run_flow(env).summary["status"]
    return result


def check_disk_full(run: Run) -> None:
    require(run.summary["status"] == "stopped", run.summary["status"])
    require("No space left on device" in run.summary["stopped"] and "unchanged" in run.summary["stopped"],
            run.summary["stopped"])
    require(run.summary["kept"], "the published package changed")
    require(run.summary["next"] == "published", "the next run did not publish")


def unreadable(env: Env) -> Run:
    add_good(env)
    target = env.raw / "f99_locked.txt"
    target.write_text(good_text(93), encoding="utf-8")
    if os.geteuid() != 0:
        target.chmod(0)
        try:
            return run_flow(env)
        finally:
            target.chmod(stat.S_IRUSR | stat.S_IWUSR)
    real = Path.read_bytes  # root reads any file: make reading this one fail as it would for a user

    def denied(self: Path) -> bytes:
        if self.name == target.name:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(self))
        return real(self)

    with mock.patch.object(Path, "read_bytes", denied):
        return run_flow(env)


def long_text_twice(env: Env) -> Run:
    from fault_inputs import PLAIN

    (env.raw / "f51_long.txt").write_text(good_text(51) + "\n" + "\n\n".join([PLAIN] * 760), encoding="utf-8")
    first = run_flow(env)
    assert first.summary["status"] == "published", first.summary["status"]
    return run_flow(env)


def cache_key(env: Env) -> Run:
    names = {p.relative_to(p.parents[1]).as_posix() for p in module_closure(EXTRACTION_ENTRY_POINTS)}
    return Run(env, {"modules": sorted(names)})


def check_cache_key(run: Run) -> None:
    modules = set(run.summary["modules"])
    for needed in ("flows/lexicon.py", "flows/ids.py", "flows/normalise.py", "flows/segment.py", "flows/ingest.py",
                   "flows/sidecar.py", "flows/budget.py", "extract/people.py", "extract/statements.py"):
        assert needed in modules, f"{needed} missing from the extractor version: {sorted(modules)}"
    assert "flows/flow.py" not in modules and "flows/publish.py" not in modules
