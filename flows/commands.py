"""What each command of the command line does (flows.cli parses the words): `preflight_<command>` checks the
paths and settings before anything starts (flows.preflight; a PreflightError is one line and exit code 2),
`cmd_<command>` runs it and returns the exit code. Each imports its stage when it runs, so `--help` and a
preflight error load nothing heavy.
"""
from __future__ import annotations

import argparse
import json
import sys

from flows.preflight import (
    PreflightError,
    check_file_target,
    check_folder,
    check_gold,
    check_out,
    check_raw,
    check_sources,
)

SOURCES_FILE = "sources.csv"
DISCOVERED_FILE = "discovered.csv"  # flows.fetch.DISCOVERED_FILE, without importing the fetch stage


def _below(option: str, value: int | None, least: int) -> bool:
    """A number option given below its least value: said on stderr (the caller exits 2)."""
    if value is None or value >= least:
        return False
    print(f"error: {option} must be {least} or more, not {value}", file=sys.stderr)
    return True


def preflight_evaluate(args: argparse.Namespace) -> None:
    check_gold(args.gold)
    check_folder("--raw", args.raw)
    if args.json:
        check_file_target("--json", args.json)


def cmd_evaluate(args: argparse.Namespace) -> int:
    from flows.evaluate import format_report, score
    from flows.extract import extract
    from flows.ingest import ingest

    documents, quarantined = ingest(args.raw)
    for q in quarantined:
        print(f"quarantined {q.source_file}: {q.reason}", file=sys.stderr)
    report = score([extract(d) for d in documents], args.gold)
    if args.json:
        args.json.write_text(json.dumps(report.summary(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(format_report(report))
    return 0


def preflight_run(args: argparse.Namespace) -> None:
    lists = [args.raw / name for name in (SOURCES_FILE, DISCOVERED_FILE)]
    fetching = (args.fetch or args.discover) and any(p.is_file() for p in lists)
    check_raw(args.raw, allow_empty=args.allow_shrink or args.discover or fetching)
    check_out(args.out, args.raw)
    if args.report:
        check_file_target("--report", args.report)
    if fetching:
        check_sources(*lists)
    if args.time_budget <= 0:
        raise PreflightError(f"--time-budget {args.time_budget:g}: must be a positive number of seconds")
    check_runner(args)


def check_runner(args: argparse.Namespace) -> None:
    """A runner setting that cannot work is one line, before any server starts."""
    from flows.runner import RunnerError, choose_runner

    try:
        choose_runner(0, args.runner, args.workers, args.dask_address)
    except RunnerError as exc:
        raise PreflightError(str(exc)) from None


def cmd_run(args: argparse.Namespace) -> int:
    from flows import beside

    if not (args.fetch or args.discover):  # new texts already in raw/: load the extractor while Prefect starts
        beside.start_early(args.raw, args.out, args.runner, args.workers, args.dask_address)
    try:
        from flows.flow import publish_dataset

        result = publish_dataset(raw_dir=args.raw, out_dir=args.out, report_path=args.report, fetch=args.fetch,
                                 discover=args.discover, full_validation=args.full_validation,
                                 allow_shrink=args.allow_shrink, document_seconds=args.time_budget,
                                 runner=args.runner, workers=args.workers, dask_address=args.dask_address,
                                 cache=args.cache, full_check=args.full_check)
    finally:
        beside.discard_early()
    print(json.dumps(result, indent=2, ensure_ascii=False))
    if result.get("stopped"):
        print(f"error: run stopped: {result['stopped']}", file=sys.stderr)
    return 0 if result.get("published") or result.get("unchanged") else 1


def preflight_fetch(args: argparse.Namespace) -> None:
    if args.raw.exists() and not args.raw.is_dir():
        raise PreflightError(f"--raw {args.raw}: not a folder (a file is in the way)")
    check_sources(args.sources, args.discovered or args.sources.parent / DISCOVERED_FILE)


def cmd_fetch(args: argparse.Namespace) -> int:
    from flows.fetch import DISCOVERED_FILE, SourcesError, fetch_all

    discovered = args.discovered or args.sources.parent / DISCOVERED_FILE
    try:
        report = fetch_all(args.sources, args.raw, discovered_path=discovered, robots=True)
    except (SourcesError, FileNotFoundError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(report.summary())
    for url, reason in report.duplicate_of:
        print(f"duplicate {url}: {reason}")
    for url, reason in report.failures:
        print(f"failed {url}: {reason}", file=sys.stderr)
    return 1 if report.failed else 0


def cmd_discover(args: argparse.Namespace) -> int:
    from flows.discover import FeedsError, discover_all

    if _below("--max-new", args.max_new, 0):
        return 2
    try:
        report = discover_all(args.feeds, args.raw, args.state, max_new=args.max_new)
    except FeedsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(report.summary())
    for row in report.added:
        print(f"new {row['url']} -> {row['slug']}")
    for url, reason in report.skipped:
        print(f"skipped {url}: {reason}")
    for feed, reason in report.failures:
        print(f"failed {feed}: {reason}", file=sys.stderr)
    if report.error:
        print(f"error: {report.error}", file=sys.stderr)
        return 2
    return 1 if report.failures else 0


def preflight_serve(args: argparse.Namespace) -> None:
    check_folder("--raw", args.raw)
    check_out(args.out, args.raw)
    check_runner(args)


def cmd_serve(args: argparse.Namespace) -> int:
    from flows.deploy import api_url, serve_daily

    if not api_url():
        print("error: set PREFECT_API_URL to a running Prefect server, e.g. "
              "PREFECT_API_URL=http://127.0.0.1:4200/api (start one with `make server`)", file=sys.stderr)
        return 2
    serve_daily(raw_dir=args.raw, out_dir=args.out, cron=args.cron, timezone=args.timezone,
                runner=None if args.runner == "auto" else args.runner, workers=args.workers,
                dask_address=args.dask_address, cache=args.cache)
    return 0


def cmd_cluster(args: argparse.Namespace) -> int:
    from flows.runner import cores
    from flows.warm_cluster import serve

    if _below("--workers", args.workers, 1):
        return 2
    serve(args.workers or cores(), args.host, args.port, say=lambda line: print(line, flush=True))
    return 0
