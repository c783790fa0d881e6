"""Command line: `python -m flows run|discover|fetch|evaluate|serve|cluster ...` (also installed as `ksdata`).

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
DISCOVERED_FILE = "discovered.csv"  # flows.fetch.DISCOVERED_FILE, without importing the fetch stage


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
    _check_runner(args)


def _check_runner(args: argparse.Namespace) -> None:
    """A runner setting that cannot work is one line, before any server starts."""
    from flows.runner import RunnerError, choose_runner

    try:
        choose_runner(0, args.runner, args.workers, args.dask_address)
    except RunnerError as exc:
        raise PreflightError(str(exc)) from None


def _cmd_run(args: argparse.Namespace) -> int:
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


def _preflight_fetch(args: argparse.Namespace) -> None:
    if args.raw.exists() and not args.raw.is_dir():
        raise PreflightError(f"--raw {args.raw}: not a folder (a file is in the way)")
    check_sources(args.sources, args.discovered or args.sources.parent / DISCOVERED_FILE)


def _cmd_fetch(args: argparse.Namespace) -> int:
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


def _cmd_discover(args: argparse.Namespace) -> int:
    from flows.discover import FeedsError, discover_all

    if args.max_new is not None and args.max_new < 0:
        print(f"error: --max-new must be 0 or more, not {args.max_new}", file=sys.stderr)
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


def _preflight_serve(args: argparse.Namespace) -> None:
    check_folder("--raw", args.raw)
    check_out(args.out, args.raw)
    _check_runner(args)


def _cmd_serve(args: argparse.Namespace) -> int:
    from flows.deploy import api_url, serve_daily

    if not api_url():
        print("error: set PREFECT_API_URL to a running Prefect server, e.g. "
              "PREFECT_API_URL=http://127.0.0.1:4200/api (start one with `make server`)", file=sys.stderr)
        return 2
    serve_daily(raw_dir=args.raw, out_dir=args.out, cron=args.cron, timezone=args.timezone,
                runner=None if args.runner == "auto" else args.runner, workers=args.workers,
                dask_address=args.dask_address, cache=args.cache)
    return 0


def _cmd_cluster(args: argparse.Namespace) -> int:
    from flows.runner import cores
    from flows.warm_cluster import serve

    if args.workers is not None and args.workers < 1:
        print(f"error: --workers must be 1 or more, not {args.workers}", file=sys.stderr)
        return 2
    serve(args.workers or cores(), args.host, args.port, say=lambda line: print(line, flush=True))
    return 0


def _add_raw_out(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--raw", type=Path, default=ROOT / "raw", help="folder of raw texts (default: raw/)")
    parser.add_argument("--out", type=Path, default=ROOT,
                        help="where datapackage.json and processed/ are written (default: the repository root)")


def _add_runner(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--runner", choices=("auto", "sequential", "local", "cluster"), default="auto",
                        help="where documents are extracted: auto (default: in this process for fewer than 200 "
                             "documents to extract, else a local Dask cluster of one process per core; the cluster "
                             "of --dask-address when given), sequential, local or cluster")
    parser.add_argument("--workers", type=int, default=None,
                        help="worker processes of a local cluster (default: KSDATA_WORKERS, else one per core); "
                             "1 extracts in this process")
    parser.add_argument("--dask-address", default=None,
                        help="scheduler of an existing Dask cluster, e.g. tcp://10.0.0.5:8786 "
                             "(default: KSDATA_DASK_ADDRESS)")
    parser.add_argument("--cache", default=None,
                        help="where extractions and row shards are kept: a path or fsspec URL every worker can "
                             "write (default: KSDATA_CACHE, else OUT/.cache)")


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
    run.add_argument("--fetch", action="store_true",
                     help="first fetch the articles listed in RAW/sources.csv and RAW/discovered.csv")
    run.add_argument("--discover", action="store_true",
                     help="first look for new articles in the feeds of RAW/feeds.yaml, then fetch (implies --fetch)")
    run.add_argument("--full-validation", action="store_true",
                     help="also validate every row with frictionless before publishing (slow; the gate's fast "
                          "check covers the same constraints); KSDATA_FULL_VALIDATION=1 does the same")
    run.add_argument("--full-check", action="store_true",
                     help="run the publish gate over every row even when the release only adds documents (by "
                          "default such a release's new rows are checked in full and the others proven "
                          "unchanged); KSDATA_FULL_CHECK=1 does the same")
    run.add_argument("--allow-shrink", action="store_true",
                     help="publish even when the release would remove more than 20%% of a table, empty a table, "
                          "or hold no document at all (stopped otherwise)")
    run.add_argument("--time-budget", type=float, default=DEFAULT_SECONDS, metavar="SECONDS",
                     help=f"time allowed to read and extract one document before it is set aside "
                          f"(default: {DEFAULT_SECONDS:g})")
    _add_runner(run)
    run.set_defaults(func=_cmd_run, preflight=_preflight_run)
    disc = sub.add_parser("discover", help="find new articles in the feeds and sitemaps of a feeds file (no fetching)",
                          description="Reads every feed of the feeds file (robots.txt respected, conditional "
                                      "requests, one request per second per host), keeps the items that match its "
                                      "keywords and are not known yet, and appends them to RAW/discovered.csv for "
                                      "`fetch` to fetch.")
    disc.add_argument("--feeds", type=Path, default=ROOT / "raw" / "feeds.yaml", help="feeds file (default: raw/feeds.yaml)")
    disc.add_argument("--raw", type=Path, default=ROOT / "raw",
                      help="raw folder: what it knows is not found twice; discovered.csv is written there")
    disc.add_argument("--state", type=Path, default=ROOT / ".cache" / "discover-state.json",
                      help="feed validators for conditional requests (default: .cache/discover-state.json)")
    disc.add_argument("--max-new", type=int, default=None,
                      help="at most this many new articles (default: max_new_per_run of the feeds file)")
    disc.set_defaults(func=_cmd_discover)
    fetch = sub.add_parser("fetch", help="fetch the articles listed in a sources file into raw/ (no publishing)",
                           description="Conditional requests, retries with backoff, one request per second per "
                                       "host, robots.txt respected; writes raw/<slug>.txt and raw/<slug>.meta.json "
                                       "when they changed, and not a text another file already holds.")
    fetch.add_argument("--sources", type=Path, default=ROOT / "raw" / "sources.csv", help="CSV with a url column")
    fetch.add_argument("--raw", type=Path, default=ROOT / "raw", help="where the texts are stored (default: raw/)")
    fetch.add_argument("--discovered", type=Path, default=None,
                       help="discovered articles to fetch after the sources (default: discovered.csv beside --sources)")
    fetch.set_defaults(func=_cmd_fetch, preflight=_preflight_fetch)
    ev = sub.add_parser("evaluate", help="score the extraction against a folder of gold annotations",
                        description="Extract in-process and list every missed and spurious row per document.")
    ev.add_argument("gold", type=Path, help="folder of gold JSON files in the guidelines' format")
    ev.add_argument("--raw", type=Path, default=ROOT / "raw", help="folder of the raw texts the gold describes")
    ev.add_argument("--json", type=Path, default=None, help="also write the scores as JSON")
    ev.set_defaults(func=_cmd_evaluate, preflight=_preflight_evaluate)
    serve = sub.add_parser("serve", help="serve the daily schedule against a Prefect server (PREFECT_API_URL)",
                           description="Register the deployment ks-demands-publish/daily (cron schedule; discovery from "
                                       "RAW/feeds.yaml and fetching of RAW/sources.csv first, each when its file is "
                                       "present) and run its flow runs until interrupted.")
    _add_raw_out(serve)
    serve.add_argument("--cron", default="0 6 * * *", help="cron expression of the schedule (default: 0 6 * * *)")
    serve.add_argument("--timezone", default="Europe/Oslo", help="time zone of the cron expression (default: Europe/Oslo)")
    _add_runner(serve)
    serve.set_defaults(func=_cmd_serve, preflight=_preflight_serve)
    cluster = sub.add_parser("cluster", help="a standing local Dask cluster whose workers keep the extractor loaded",
                             description="Start a scheduler and worker processes (one thread each) that load the "
                                         "extractor, its lexicons and the language model once, and keep them until "
                                         "Ctrl-C; runs given its address (--dask-address, KSDATA_DASK_ADDRESS) "
                                         "extract there without loading the extractor themselves.")
    cluster.add_argument("--workers", type=int, default=None, help="worker processes (default: one per core)")
    cluster.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    cluster.add_argument("--port", type=int, default=8786, help="the scheduler's port (default: 8786)")
    cluster.set_defaults(func=_cmd_cluster)
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
