"""The fault campaign of issue 10, every case one by one, and then all bad inputs at once.

    .venv/bin/python benchmarks/bad_input.py [--only TEXT] [--report benchmarks/BAD_INPUT.md]

Each case starts from a valid package published from the five seed texts (a private
copy in a temporary folder), adds its fault (bad input files come with one good new
text beside them) and runs the flow or the command line once; the case's check says
what a careful user expects. The cases are defined in tests/fault_inputs.py,
tests/fault_state.py (both also run by `make test`) and tests/fault_slow.py (only here).
Writes the table case | expectation | result | seconds, fails when a case fails or
takes longer than 60 s. One temporary Prefect server serves every run.
"""
from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")

import fault_inputs  # noqa: E402
import fault_slow  # noqa: E402
import fault_state  # noqa: E402
from fault_kit import GOOD_NAME, Env, Run, assert_package_intact, copy_env, good_text, make_base, run_flow  # noqa: E402
from fault_steps_kit import Case  # noqa: E402

CASE_SECONDS = 60.0
ALL_AT_ONCE_BUDGET = 5.0  # seconds per document in the all-at-once run: its slowest texts run one after another
Row = tuple[str, str, str, float]


def feed_run(case: Case, env: Env) -> Run:
    """A bad input case on its own: its files and one good new text, one run that must publish."""
    assert case.add is not None
    case.add(env.raw)
    (env.raw / GOOD_NAME).write_text(good_text(99), encoding="utf-8")
    run = run_flow(env)
    assert run.summary["status"] == "published", f"status {run.summary['status']}: {run.summary.get('stopped')}"
    assert GOOD_NAME in run.published_files(), "the good new text was not published"
    assert_package_intact(env)
    return run


def attempt(name: str, expect: str, action: Callable[[], None]) -> Row:
    start = time.perf_counter()
    try:
        action()
        result = "pass"
    except Exception as exc:  # a failing case is a row of the table, not the end of the campaign
        result = f"FAIL: {type(exc).__name__}: {str(exc)[:300]}"
        traceback.print_exc()
    seconds = time.perf_counter() - start
    if result == "pass" and seconds > CASE_SECONDS:
        result = f"FAIL: took {seconds:.0f} s (more than {CASE_SECONDS:.0f} s)"
    print(f"{result[:4]:4} {seconds:6.1f} s  {name}", flush=True)
    return name, expect, result, seconds


def every_case_at_once(base: Env, scratch: Path) -> Row:
    cases = list(fault_inputs.CASES)
    expect = (f"all {len(cases)} bad input cases in one raw folder with the seeds and one good text, time budget "
              f"{ALL_AT_ONCE_BUDGET:g} s per document: the good texts publish, every case's check holds")

    def action() -> None:
        env = copy_env(base, scratch / "all-at-once")
        for case in cases:
            assert case.add is not None
            case.add(env.raw)
        (env.raw / GOOD_NAME).write_text(good_text(99), encoding="utf-8")
        run = run_flow(env, document_seconds=ALL_AT_ONCE_BUDGET)
        assert run.summary["status"] == "published", run.summary["status"]
        assert GOOD_NAME in run.published_files() and sum(f.startswith("00") for f in run.published_files()) == 5
        assert_package_intact(env)
        failed = []
        for case in cases:
            try:
                case.check(run)
            except AssertionError as exc:
                failed.append(f"{case.name}: {exc}")
        assert not failed, "; ".join(failed)

    return attempt("every bad input at once (the daily run of a hostile feed)", expect, action)


def write_report(path: Path, rows: list[Row], how_disk: str, seconds: float) -> None:
    passed = sum(r[2] == "pass" for r in rows)
    lines = [
        "# Bad input campaign (issue 10)",
        "",
        "Written by `benchmarks/bad_input.py` (cases in `tests/fault_inputs.py`, `tests/fault_state.py`, "
        "`tests/fault_slow.py`). Each case starts from the package published from the five seed texts; bad input "
        "files come with one good new text beside them, which must publish. "
        f"{datetime.now(timezone.utc):%Y-%m-%d}, Python {platform.python_version()}, {os.cpu_count()} cores "
        f"(shared), per-document time budget 30 s.",
        "",
        f"**{passed} of {len(rows)} cases pass**; the slowest took {max(r[3] for r in rows):.1f} s "
        f"(limit {CASE_SECONDS:.0f} s); the whole campaign {seconds / 60:.1f} min. Disk-full case: {how_disk}.",
        "",
        "| # | case | a careful user expects | result | seconds |",
        "|---|---|---|---|---|",
    ]
    for i, (name, expect, result, secs) in enumerate(rows, 1):
        cell = result.replace("|", "\\|").replace("\n", " ")
        lines.append(f"| {i} | {name.replace('|', chr(92) + '|')} | {expect.replace('|', chr(92) + '|')} | {cell} | {secs:.1f} |")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="", help="run only the cases whose name contains this text")
    parser.add_argument("--report", type=Path, default=ROOT / "benchmarks" / "BAD_INPUT.md")
    args = parser.parse_args(argv)
    from prefect.testing.utilities import prefect_test_harness

    started = time.perf_counter()
    rows: list[Row] = []
    how_disk = "not run"
    with tempfile.TemporaryDirectory(prefix="ksdata-faults-") as tmp, prefect_test_harness(server_startup_timeout=180):
        scratch = Path(tmp)
        base = make_base(scratch / "base")
        selected = lambda case: args.only.lower() in case.name.lower()  # noqa: E731
        for n, case in enumerate(c for c in fault_inputs.CASES if selected(c)):
            rows.append(attempt(case.name, case.expect, lambda c=case, n=n: c.check(
                feed_run(c, copy_env(base, scratch / f"in-{n}")))))
        want_slow = not args.only or any(k in args.only.lower() for k in ("sigkill", "two runs", "disk"))
        slow = fault_slow.slow_cases(base, scratch) if want_slow else ()
        for n, case in enumerate(c for c in (*fault_state.CASES, *slow) if selected(c)):
            def action(c: Case = case, n: int = n) -> None:
                nonlocal how_disk
                assert c.run is not None
                run = c.run(copy_env(base, scratch / f"state-{n}"))
                how_disk = run.summary.get("how", how_disk)
                c.check(run)
            rows.append(attempt(case.name, case.expect, action))
        if not args.only or args.only.lower() in "every bad input at once":
            rows.append(every_case_at_once(base, scratch))
    write_report(args.report, rows, how_disk, time.perf_counter() - started)
    failed = [r for r in rows if r[2] != "pass"]
    print(f"{len(rows) - len(failed)} of {len(rows)} cases pass; table in {args.report}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
