"""Fault campaign, part 2: the command line, the published package, the cache, the lock,
a failing disk and the extractor itself. Each case is a run of its own on a copy of the
seed package (benchmarks/bad_input.py adds the slow ones: SIGKILL, real tmpfs, two processes).
"""
from __future__ import annotations

import contextlib
import errno
import io
import os
import shutil
import stat
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from unittest import mock

import flows.fetch
import flows.flow
import flows.isolate
import flows.publish
from fault_inputs import Case
from fault_kit import GOOD_NAME, Env, Run, assert_package_intact, good_text, one_line_error, package_digests, run_cli, run_flow
from flows.budget import check
from flows.cli import main
from flows.imports import module_closure
from flows.publish import publish_lock
from flows.records import EXTRACTION_ENTRY_POINTS


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


def _truncate(rel: str, keep: float = 0.0) -> Callable[[Path], None]:
    def act(out: Path) -> None:
        data = (out / rel).read_bytes()
        (out / rel).write_bytes(data[: int(len(data) * keep)])
    return act


def _remove_seeds(count: int) -> Callable[[Env], None]:
    def prepare(env: Env) -> None:
        for path in sorted(env.raw.glob("0*.txt"))[:count]:
            path.unlink()
    return prepare


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


def _cache_blocked(env: Env) -> None:
    shutil.rmtree(env.out / ".cache")
    (env.out / ".cache").write_text("not a folder", encoding="utf-8")
    add_good(env)


def _check_cache_blocked(run: Run) -> None:
    assert run.summary["status"] == "published" and not run.summary["quarantined"], run.summary["quarantined"]
    assert run.summary["documents"]["extracted"] == 6 and len(run.published_files()) == 6
    assert any("extraction cache: cannot" in w for w in run.summary["warnings"]), run.summary["warnings"]


def _cache_damaged(env: Env) -> None:
    """Every extraction and row shard of the cache overwritten with a broken JSON text."""
    for folder in ("extractions", "shards"):
        for entry in (env.out / ".cache" / folder).glob("*.json"):
            entry.write_text("{", encoding="utf-8")


def _check_cache_damaged(run: Run) -> None:
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


def _extractor_bug(env: Env) -> Run:
    return _misbehaving_extractor(env, 91, "zz_crash.txt", _raise_in_a_rule)


def _slow_extractor(env: Env) -> Run:
    return _misbehaving_extractor(env, 92, "zz_slow.txt", _loop_forever, document_seconds=1.0)


def _check_good_and_aside(name: str, words: str) -> Callable[[Run], None]:
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


def _wait_for_lock(env: Env) -> Run:
    add_good(env)
    before = package_digests(env)
    with _lock_held(env.out, 1.5) as state:
        result = run_flow(env)
    result.summary["before"], result.summary["at_release"] = before, state["digests_at_release"]
    return result


def _check_waited(run: Run) -> None:
    assert run.summary["at_release"] == run.summary["before"], "published while another run held the lock"
    assert run.summary["status"] == "published" and GOOD_NAME in run.published_files()


def _lock_timeout(env: Env) -> Run:
    add_good(env)
    before = package_digests(env)
    with mock.patch.object(flows.flow, "LOCK_WAIT_SECONDS", 0.5), _lock_held(env.out, None):
        result = run_flow(env)
    result.summary["before"] = before
    return result


def _disk_full(env: Env) -> Run:
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


def _check_disk_full(run: Run) -> None:
    require(run.summary["status"] == "stopped", run.summary["status"])
    require("No space left on device" in run.summary["stopped"] and "unchanged" in run.summary["stopped"],
            run.summary["stopped"])
    require(run.summary["kept"], "the published package changed")
    require(run.summary["next"] == "published", "the next run did not publish")


def _unreadable(env: Env) -> Run:
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


def _long_text_twice(env: Env) -> Run:
    from fault_inputs import PLAIN

    (env.raw / "f51_long.txt").write_text(good_text(51) + "\n" + "\n\n".join([PLAIN] * 760), encoding="utf-8")
    first = run_flow(env)
    assert first.summary["status"] == "published", first.summary["status"]
    return run_flow(env)


def _raw_is_file(env: Env) -> Run:
    (env.root / "raw.txt").write_text("x", encoding="utf-8")
    try:
        flows.flow.publish_dataset(raw_dir=env.root / "raw.txt", out_dir=env.out)
    except FileNotFoundError as exc:
        return Run(env, {"error": str(exc)})
    return Run(env, {"error": None})


def _cache_key(env: Env) -> Run:
    names = {p.relative_to(p.parents[1]).as_posix() for p in module_closure(EXTRACTION_ENTRY_POINTS)}
    return Run(env, {"modules": sorted(names)})


def _check_cache_key(run: Run) -> None:
    modules = set(run.summary["modules"])
    for needed in ("flows/lexicon.py", "flows/ids.py", "flows/normalise.py", "flows/segment.py", "flows/ingest.py",
                   "flows/sidecar.py", "flows/budget.py", "extract/people.py", "extract/statements.py"):
        assert needed in modules, f"{needed} missing from the extractor version: {sorted(modules)}"
    assert "flows/flow.py" not in modules and "flows/publish.py" not in modules


def _empty_raw(env: Env) -> None:
    for path in env.raw.glob("*.txt"):
        path.unlink()


def require(ok: object, detail: object) -> None:
    assert ok, detail


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
    _truncate("processed/demands.csv")(out)
    _truncate("processed/demands.parquet")(out)


def _every_copy(out: Path) -> None:
    _both_copies(out)
    _truncate("releases/1.0.0/processed/demands.csv")(out)


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
         stopped_because("demands:", "of 52 published rows", "--allow-shrink"), run=flow(_remove_seeds(4))),
    Case("4 of 5 texts gone, --allow-shrink", "published", _check_shrink_allowed,
         run=flow(_remove_seeds(4), allow_shrink=True)),
    Case("one text removed", "its rows removed, minor version", _check_one_removed, run=flow(_remove_seeds(1))),
    Case("renamed file", "published under the new name from the cache; old name gone", _check_renamed,
         run=flow(_rename_seed)),
    Case("published Parquet truncated to 0 bytes", "found at the start; same version republished byte for byte",
         repaired("processed/demands.parquet"), run=damage(_truncate("processed/demands.parquet"))),
    Case("published CSV truncated", "republished byte for byte", repaired("processed/statements.csv"),
         run=damage(_truncate("processed/statements.csv", 0.5))),
    Case("published file deleted", "republished", repaired("processed/persons.csv"),
         run=damage(lambda out: (out / "processed" / "persons.csv").unlink())),
    Case("datapackage.json truncated", "version read from CHANGELOG.md; republished byte for byte",
         repaired("datapackage.json"), run=damage(_truncate("datapackage.json", 0.3))),
    Case("datapackage.json garbage, no CHANGELOG.md, no releases/latest.json",
         "stopped with one line naming datapackage.json", stopped_because("datapackage.json", "restore",
                                                                           valid_before=False),
         run=flow(_garbage_descriptor)),
    Case("CSV and Parquet of a table damaged", "read from the release's archive; republished byte for byte",
         repaired("processed/demands.parquet"), run=damage(_both_copies)),
    Case("every copy of a table damaged (CSV, Parquet, archive)", "rebuilt from the extractions as a new "
         "release, its rows as before, the damage reported", _check_rebuilt, run=damage(_every_copy)),
    Case("extraction cache not writable", "extracted without the cache, said so; nothing lost", _check_cache_blocked,
         run=flow(_cache_blocked)),
    Case("extraction cache entries damaged", "re-extracted, said so; package unchanged", _check_cache_damaged,
         run=flow(_cache_damaged)),
    Case("extractor crashes on one document", "that document set aside with the error; others published",
         _check_good_and_aside("zz_crash.txt", "extraction failed with RuntimeError"), run=_extractor_bug),
    Case("document over its time budget", "set aside: 'extraction exceeded 1 s'; others published",
         _check_good_and_aside("zz_slow.txt", "extraction exceeded 1 s"), run=_slow_extractor),
    Case("unreadable file", "set aside: permission denied; others published (as root: read error injected)",
         _check_good_and_aside("f99_locked.txt", "Permission denied"), run=_unreadable),
    Case("145 KB text, next run", "the next run reads the package back: unchanged", _check_unchanged,
         run=_long_text_twice),
    Case("second run while one publishes", "waits for the lock, then publishes", _check_waited, run=_wait_for_lock),
    Case("lock held too long", "stopped: 'another run is publishing'; package kept",
         stopped_because("another run is publishing"), run=_lock_timeout),
    Case("disk full while staging (ENOSPC injected)", "stopped naming the error; old package intact; next run publishes",
         _check_disk_full, run=_disk_full),
    Case("extraction cache key", "covers every module extraction imports (lexicon.py, ids.py ...), not the flow",
         _check_cache_key, run=_cache_key),
)
