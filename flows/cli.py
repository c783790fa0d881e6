"""Command line: `python -m flows run|fetch|evaluate|serve ...` (also installed as `ksdata`).

Paths are checked before anything starts (flows.preflight): an error is one line on
stderr naming the path and the reason, and the exit code is 2. `run` exits 0 when the
package was published, repaired or is unchanged, 1 when the run stopped or failed validation.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from flows.budget import DEFAULT_SECONDS
from flows.preflight import (
    PreflightError,
    check_file_target,
    check_folder,
    check_gold,
    check_out,
    check_raw,
    check_sources,
)

ROOT = Path(__file__).resolve().parent.parent
SOURCES_FILE = "sources.csv"


def _preflight_evaluate(args: argparse.Namespace) -> None:
    check_gold(args.gold)
    check_folder("--raw", args.raw)
    if args.json:
        check_file_target("--json", args.json)


def _cmd_evaluate(args: argparse.Namespace) -> int:
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


def _preflight_run(args: argparse.Namespace) -> None:
    fetching = args.fetch and (args.raw / SOURCES_FILE).is_file()
    check_raw(args.raw, allow_empty=args.allow_shrink or fetching)
    check_out(args.out, args.raw)
    if args.report:
        check_file_target("--report", args.report)
    if fetching:
        check_sources(args.raw / SOURCES_FILE)
    if args.time_budget <= 0:
        raise PreflightError(f"--time-budget {args.time_budget:g}: must be a positive number of seconds")


def _cmd_run(args: argparse.Namespace) -> int:
    from flows.flow import publish_dataset

    result = publish_dataset(raw_dir=args.raw, out_dir=args.out, report_path=args.report, fetch=args.fetch,
                             allow_shrink=args.allow_shrink, document_seconds=args.time_budget)
    print(json.dumps(result, indent=2, ensure_ascii=False))
    if result.get("stopped"):
        print(f"error: run stopped: {result['stopped']}", file=sys.stderr)
    return 0 if result.get("published") or result.get("unchanged") else 1


def _preflight_fetch(args: argparse.Namespace) -> None:
    if args.raw.exists() and not args.raw.is_dir():
        raise PreflightError(f"--raw {args.raw}: not a folder (a file is in the way)")
    check_sources(args.sources)


def _cmd_fetch(args: argparse.Namespace) -> int:
    from flows.fetch import SourcesError, fetch_all

    try:
        report = fetch_all(args.sources, args.raw)
    except (SourcesError, FileNotFoundError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(report.summary())
    for url, reason in report.failures:
        print(f"failed {url}: {reason}", file=sys.stderr)
    return 1 if report.failed else 0


def _preflight_serve(args: argparse.Namespace) -> None:
    check_folder("--raw", args.raw)
    check_out(args.out, args.raw)


def _cmd_serve(args: argparse.Namespace) -> int:
    from flows.deploy import api_url, serve_daily

    if not api_url():
        print("error: set PREFECT_API_URL to a running Prefect server, e.g. "
              "PREFECT_API_URL=http://127.0.0.1:4200/api (start one with `make server`)", file=sys.stderr)
        return 2
    serve_daily(raw_dir=args.raw, out_dir=args.out, cron=args.cron, timezone=args.timezone)
    return 0


def _add_raw_out(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--raw", type=Path, default=ROOT / "raw", help="folder of raw texts (default: raw/)")
    parser.add_argument("--out", type=Path, default=ROOT,
                        help="where datapackage.json and processed/ are written (default: the repository root)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ksdata",
        description="KS demands dataset: turn Norwegian texts about KS's meetings with the "
                    "government into a validated Frictionless data package (CSV and Parquet).",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="run the Prefect flow on a folder of raw texts and publish the package",
                         description="Ingest, normalise, extract, validate and publish atomically. "
                                     "Unreadable files are set aside in the run report; nothing half-written is left.")
    _add_raw_out(run)
    run.add_argument("--report", type=Path, default=None, help="also write the run report as JSON to this file")
    run.add_argument("--fetch", action="store_true", help="first fetch the articles listed in RAW/sources.csv")
    run.add_argument("--allow-shrink", action="store_true",
                     help="publish even when the release would remove more than 20%% of a table, empty a table, "
                          "or hold no document at all (stopped otherwise)")
    run.add_argument("--time-budget", type=float, default=DEFAULT_SECONDS, metavar="SECONDS",
                     help=f"time allowed to read and extract one document before it is set aside "
                          f"(default: {DEFAULT_SECONDS:g})")
    run.set_defaults(func=_cmd_run, preflight=_preflight_run)
    fetch = sub.add_parser("fetch", help="fetch the articles listed in a sources file into raw/ (no publishing)",
                           description="Conditional requests, retries with backoff, one request per second per "
                                       "host; writes raw/<slug>.txt and raw/<slug>.meta.json when they changed.")
    fetch.add_argument("--sources", type=Path, default=ROOT / "raw" / "sources.csv", help="CSV with a url column")
    fetch.add_argument("--raw", type=Path, default=ROOT / "raw", help="where the texts are stored (default: raw/)")
    fetch.set_defaults(func=_cmd_fetch, preflight=_preflight_fetch)
    ev = sub.add_parser("evaluate", help="score the extraction against a folder of gold annotations",
                        description="Extract in-process and list every missed and spurious row per document.")
    ev.add_argument("gold", type=Path, help="folder of gold JSON files in the guidelines' format")
    ev.add_argument("--raw", type=Path, default=ROOT / "raw", help="folder of the raw texts the gold describes")
    ev.add_argument("--json", type=Path, default=None, help="also write the scores as JSON")
    ev.set_defaults(func=_cmd_evaluate, preflight=_preflight_evaluate)
    serve = sub.add_parser("serve", help="serve the daily schedule against a Prefect server (PREFECT_API_URL)",
                           description="Register the deployment ks-demands-publish/daily (cron schedule, RAW/sources.csv "
                                       "fetched first when present) and run its flow runs until interrupted.")
    _add_raw_out(serve)
    serve.add_argument("--cron", default="0 6 * * *", help="cron expression of the schedule (default: 0 6 * * *)")
    serve.add_argument("--timezone", default="Europe/Oslo", help="time zone of the cron expression (default: Europe/Oslo)")
    serve.set_defaults(func=_cmd_serve, preflight=_preflight_serve)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    preflight: Callable[[argparse.Namespace], None] | None = getattr(args, "preflight", None)
    try:
        if preflight is not None:
            preflight(args)
    except PreflightError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return int(args.func(args))
