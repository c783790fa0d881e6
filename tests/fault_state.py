"""Fault campaign, part 2: the command line, the raw folder and the published package here; the cache,
the lock, a failing disk and the extractor itself in tests/fault_running.py; all listed in CASES. Each case
is a run of its own on a copy of the seed package (benchmarks/bad_input.py adds the slow ones: SIGKILL, real
tmpfs, two processes).
"""
from __future__ import annotations

import contextlib
import errno
import io
import os
import subprocess
from pathlib import Path
from typing import Any
from unittest import mock

import flows.fetch
import flows.flow
from fault_kit import GOOD_NAME, Env, Run, assert_package_intact, one_line_error, run_cli, run_flow
from fault_running import (
    cache_blocked,
    cache_damaged,
    cache_key,
    check_cache_blocked,
    check_cache_damaged,
    check_cache_key,
    check_disk_full,
    check_good_and_aside,
    check_waited,
    disk_full,
    extractor_bug,
    lock_timeout,
    long_text_twice,
    slow_extractor,
    unreadable,
    wait_for_lock,
)
from fault_steps_kit import (
    Case,
    add_good,
    cli,
    damage,
    flow,
    remove_seeds,
    repaired,
    require,
    stopped_because,
    truncate,
)
from flows.cli import main


def _readonly_out(env: Env) -> Run:
    """--out in a folder nobody may write to: chmod for a user; for root (who may write anywhere)
    the immutable attribute, or, where the file system has none, a write error injected in-process."""
    target = env.root / "readonly"
    target.mkdir()
    if os.geteuid() != 0:
        target.chmod(0o555)
        try:
            return run_cli(env, "run", "--raw", str(env.raw), "--out", str(target))
        finally:
            target.chmod(0o755)
    if subprocess.run(["chattr", "+i", str(target)], capture_output=True).returncode == 0:
        try:
            return run_cli(env, "run", "--raw", str(env.raw), "--out", str(target))
        finally:
            subprocess.run(["chattr", "-i", str(target)], capture_output=True)
    real = Path.write_bytes

    def refused(self: Path, data: bytes) -> int:
        if self.parent == target:
            raise PermissionError(errno.EROFS, os.strerror(errno.EROFS), str(self))
        return real(self, data)

    stderr = io.StringIO()
    with mock.patch.object(Path, "write_bytes", refused), contextlib.redirect_stderr(stderr):
        code = main(["run", "--raw", str(env.raw), "--out", str(target)])
    return Run(env, {}, code, stderr.getvalue())


def _bad_sources_scheduled(env: Env) -> Run:
    add_good(env)
    (env.raw / "sources.csv").write_text("url,slug\nhttps://www.ks.no/a/,a\nnot-a-url,b\n", encoding="utf-8")
    real = flows.fetch.fetch_all
    calls: list[int] = []

    def counting(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return real(*args, **kwargs)

    with mock.patch("flows.fetch.fetch_all", counting):
        result = run_flow(env, fetch=True)
    result.summary["fetch_calls"] = len(calls)
    return result


def _check_bad_sources_scheduled(run: Run) -> None:
    assert run.summary["fetch_calls"] == 1, "a configuration error was retried"
    assert "sources.csv:3" in run.summary["fetch"]["error"], run.summary["fetch"]
    assert run.summary["status"] == "published" and GOOD_NAME in run.published_files()


def _check_renamed(run: Run) -> None:
    docs = run.summary["documents"]
    assert "000_renamed.txt" in run.published_files() and not any(f.startswith("000_0c8") for f in run.published_files())
    assert docs["extracted"] == 0 and docs["from_cache"] == 5, docs
    assert run.summary["status"] == "published" and run.summary["version"] == "1.1.0"


def _rename_seed(env: Env) -> None:
    """A text renamed with its sidecar (the sidecar's bytes are part of the cache key)."""
    seed = sorted(env.raw.glob("000_*.txt"))[0]
    seed.with_name(seed.stem + ".meta.json").rename(env.raw / "000_renamed.meta.json")
    seed.rename(env.raw / "000_renamed.txt")


def _raw_is_file(env: Env) -> Run:
    (env.root / "raw.txt").write_text("x", encoding="utf-8")
    try:
        flows.flow.publish_dataset(raw_dir=env.root / "raw.txt", out_dir=env.out)
    except FileNotFoundError as exc:
        return Run(env, {"error": str(exc)})
    return Run(env, {"error": None})


def _empty_raw(env: Env) -> None:
    for path in env.raw.glob("*.txt"):
        path.unlink()


def _check_empty_allowed(run: Run) -> None:
    require(run.summary["status"] == "published" and run.rows("documents") == [], run.summary["status"])
    assert_package_intact(run.env)


def _out_is_file(env: Env) -> Run:
    (env.root / "out.txt").write_text("x", encoding="utf-8")
    return run_cli(env, "run", "--raw", str(env.raw), "--out", str(env.root / "out.txt"))


def _raw_empty_cli(env: Env) -> Run:
    (env.root / "empty").mkdir()
    return run_cli(env, "run", "--raw", str(env.root / "empty"), "--out", str(env.out))


def _gold_empty(env: Env) -> Run:
    (env.root / "gold").mkdir()
    return run_cli(env, "evaluate", str(env.root / "gold"), "--raw", str(env.raw))


def _bad_sources_cli(env: Env) -> Run:
    (env.raw / "sources.csv").write_text("url\nnot-a-url\n", encoding="utf-8")
    return run_cli(env, "run", "--fetch", "--raw", str(env.raw), "--out", str(env.out))


def _unbalanced_sources(env: Env) -> Run:
    (env.root / "sources.csv").write_text('url,slug\nhttps://a.no/x,"ab\nhttps://b.no/y,c\n', encoding="utf-8")
    return run_cli(env, "fetch", "--sources", str(env.root / "sources.csv"), "--raw", str(env.raw))


def _check_raw_is_file(run: Run) -> None:
    require(run.summary["error"] and "raw.txt" in run.summary["error"], run.summary)


def _check_shrink_allowed(run: Run) -> None:
    require(run.summary["status"] == "published" and len(run.published_files()) == 1, run.summary["status"])


def _check_one_removed(run: Run) -> None:
    docs = run.summary["documents"]
    require((run.summary["version"], docs["removed"], docs["unchanged"]) == ("1.1.0", 1, 4), docs)


def _garbage_descriptor(env: Env) -> None:
    """Nothing left that tells the release: descriptor, changelog and the archive's pointer."""
    (env.out / "datapackage.json").write_text("{", encoding="utf-8")
    (env.out / "CHANGELOG.md").unlink()
    (env.out / "releases" / "latest.json").unlink()


def _both_copies(out: Path) -> None:
    truncate("processed/demands.csv")(out)
    truncate("processed/demands.parquet")(out)


def _every_copy(out: Path) -> None:
    _both_copies(out)
    truncate("releases/1.0.0/processed/demands.csv")(out)


def _check_rebuilt(run: Run) -> None:
    require(run.summary["status"] == "published" and run.summary["version"] == "1.1.0", run.summary["status"])
    require(any("demands: no intact copy" in d for d in run.summary["damaged"]), run.summary["damaged"])
    require(len(run.rows("demands")) == 52, len(run.rows("demands")))
    assert_package_intact(run.env)


def _check_unchanged(run: Run) -> None:
    require(run.summary["status"] == "unchanged", run.summary["status"])


CASES: tuple[Case, ...] = (
    Case("--out is a file", "exit 2, one line naming --out and the path, nothing started",
         lambda run: one_line_error(run, "--out", "out.txt", "not a folder"), run=_out_is_file),
    Case("--out read-only", "exit 2, one line: not writable", lambda run: one_line_error(run, "--out", "not writable"),
         run=_readonly_out),
    Case("--raw missing", "exit 2, one line, before any Prefect server starts",
         lambda run: one_line_error(run, "--raw", "missing", "no such folder"),
         run=cli("run", "--raw", "{root}/missing", "--out", "{out}")),
    Case("--raw empty", "exit 2, one line naming --allow-shrink", lambda run: one_line_error(run, "--raw", "--allow-shrink"),
         run=_raw_empty_cli),
    Case("--report is a folder", "exit 2, one line", lambda run: one_line_error(run, "--report", "is a folder"),
         run=cli("run", "--raw", "{raw}", "--out", "{out}", "--report", "{root}")),
    Case("evaluate: missing gold folder", "exit 2, one line", lambda run: one_line_error(run, "gold folder", "no such folder"),
         run=cli("evaluate", "{root}/nogold", "--raw", "{raw}")),
    Case("evaluate: empty gold folder", "exit 2, one line", lambda run: one_line_error(run, "holds no .json"),
         run=_gold_empty),
    Case("run --fetch with a bad sources row", "exit 2, one line naming sources.csv and the line",
         lambda run: one_line_error(run, "sources.csv:2", "http(s)"), run=_bad_sources_cli),
    Case("sources.csv with an unbalanced quote", "exit 2 naming the line; rows never merged silently",
         lambda run: one_line_error(run, "sources.csv:2", "quote"), run=_unbalanced_sources),
    Case("scheduled run with a bad sources row", "fetch error in the report with its line, not retried; raw/ published",
         _check_bad_sources_scheduled, run=_bad_sources_scheduled),
    Case("raw folder is a file (scheduled run)", "the run refuses at once, naming the path", _check_raw_is_file,
         run=_raw_is_file),
    Case("empty raw folder (scheduled run)", "stopped: names the 5 published documents and --allow-shrink; package kept",
         stopped_because("all 5 published documents", "--allow-shrink"), run=flow(_empty_raw)),
    Case("empty raw folder with --allow-shrink", "an empty release is published", _check_empty_allowed,
         run=flow(_empty_raw, allow_shrink=True)),
    Case("4 of 5 texts gone", "stopped: names the counts and --allow-shrink; package kept",
         stopped_because("demands:", "of 52 published rows", "--allow-shrink"), run=flow(remove_seeds(4))),
    Case("4 of 5 texts gone, --allow-shrink", "published", _check_shrink_allowed,
         run=flow(remove_seeds(4), allow_shrink=True)),
    Case("one text removed", "its rows removed, minor version", _check_one_removed, run=flow(remove_seeds(1))),
    Case("renamed file", "published under the new name from the cache; old name gone", _check_renamed,
         run=flow(_rename_seed)),
    Case("published Parquet truncated to 0 bytes", "found at the start; same version republished byte for byte",
         repaired("processed/demands.parquet"), run=damage(truncate("processed/demands.parquet"))),
    Case("published CSV truncated", "republished byte for byte", repaired("processed/statements.csv"),
         run=damage(truncate("processed/statements.csv", 0.5))),
    Case("published file deleted", "republished", repaired("processed/persons.csv"),
         run=damage(lambda out: (out / "processed" / "persons.csv").unlink())),
    Case("datapackage.json truncated", "version read from CHANGELOG.md; republished byte for byte",
         repaired("datapackage.json"), run=damage(truncate("datapackage.json", 0.3))),
    Case("datapackage.json garbage, no CHANGELOG.md, no releases/latest.json",
         "stopped with one line naming datapackage.json", stopped_because("datapackage.json", "restore",
                                                                           valid_before=False),
         run=flow(_garbage_descriptor)),
    Case("CSV and Parquet of a table damaged", "read from the release's archive; republished byte for byte",
         repaired("processed/demands.parquet"), run=damage(_both_copies)),
    Case("every copy of a table damaged (CSV, Parquet, archive)", "rebuilt from the extractions as a new "
         "release, its rows as before, the damage reported", _check_rebuilt, run=damage(_every_copy)),
    Case("extraction cache not writable", "extracted without the cache, said so; nothing lost", check_cache_blocked,
         run=flow(cache_blocked)),
    Case("extraction cache entries damaged", "re-extracted, said so; package unchanged", check_cache_damaged,
         run=flow(cache_damaged)),
    Case("extractor crashes on one document", "that document set aside with the error; others published",
         check_good_and_aside("zz_crash.txt", "extraction failed with RuntimeError"), run=extractor_bug),
    Case("document over its time budget", "set aside: 'extraction exceeded 1 s'; others published",
         check_good_and_aside("zz_slow.txt", "extraction exceeded 1 s"), run=slow_extractor),
    Case("unreadable file", "set aside: permission denied; others published (as root: read error injected)",
         check_good_and_aside("f99_locked.txt", "Permission denied"), run=unreadable),
    Case("145 KB text, next run", "the next run reads the package back: unchanged", _check_unchanged,
         run=long_text_twice),
    Case("second run while one publishes", "waits for the lock, then publishes", check_waited, run=wait_for_lock),
    Case("lock held too long", "stopped: 'another run is publishing'; package kept",
         stopped_because("another run is publishing"), run=lock_timeout),
    Case("disk full while staging (ENOSPC injected)", "stopped naming the error; old package intact; next run publishes",
         check_disk_full, run=disk_full),
    Case("extraction cache key", "covers every module extraction imports (lexicon.py, ids.py ...), not the flow",
         check_cache_key, run=cache_key),
)
