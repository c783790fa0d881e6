"""Command line: `python -m flows run|discover|fetch|evaluate|serve|cluster ...` (also installed as `ksdata`).

This module holds the words of each command and `main`; what a command does is in flows.commands.
Paths are checked before anything starts (flows.preflight): an error is one line on
stderr naming the path and the reason, and the exit code is 2. `run` exits 0 when the
package was published, repaired or is unchanged, 1 when the run stopped or failed validation.
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from flows.budget import DEFAULT_SECONDS
from flows.commands import (
    cmd_cluster,
    cmd_discover,
    cmd_evaluate,
    cmd_fetch,
    cmd_run,
    cmd_serve,
    preflight_evaluate,
    preflight_fetch,
    preflight_run,
    preflight_serve,
)
from flows.preflight import PreflightError

ROOT = Path(__file__).resolve().parent.parent
Subcommands = argparse._SubParsersAction  # what `add_subparsers` returns: one add_parser a command


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


def _add_run(sub: Subcommands) -> None:
    """The `run` command: ingest, extract, validate and publish."""
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
    run.set_defaults(func=cmd_run, preflight=preflight_run)


def _add_discover(sub: Subcommands) -> None:
    """The `discover` command: new articles from the feeds, no fetching."""
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
    disc.set_defaults(func=cmd_discover)


def _add_fetch(sub: Subcommands) -> None:
    """The `fetch` command: the listed articles into raw/, no publishing."""
    fetch = sub.add_parser("fetch", help="fetch the articles listed in a sources file into raw/ (no publishing)",
                           description="Conditional requests, retries with backoff, one request per second per "
                                       "host, robots.txt respected; writes raw/<slug>.txt and raw/<slug>.meta.json "
                                       "when they changed, and not a text another file already holds.")
    fetch.add_argument("--sources", type=Path, default=ROOT / "raw" / "sources.csv", help="CSV with a url column")
    fetch.add_argument("--raw", type=Path, default=ROOT / "raw", help="where the texts are stored (default: raw/)")
    fetch.add_argument("--discovered", type=Path, default=None,
                       help="discovered articles to fetch after the sources (default: discovered.csv beside --sources)")
    fetch.set_defaults(func=cmd_fetch, preflight=preflight_fetch)


def _add_evaluate(sub: Subcommands) -> None:
    """The `evaluate` command: the extraction scored against gold annotations."""
    ev = sub.add_parser("evaluate", help="score the extraction against a folder of gold annotations",
                        description="Extract in-process and list every missed and spurious row per document.")
    ev.add_argument("gold", type=Path, help="folder of gold JSON files in the guidelines' format")
    ev.add_argument("--raw", type=Path, default=ROOT / "raw", help="folder of the raw texts the gold describes")
    ev.add_argument("--json", type=Path, default=None, help="also write the scores as JSON")
    ev.set_defaults(func=cmd_evaluate, preflight=preflight_evaluate)


def _add_serve(sub: Subcommands) -> None:
    """The `serve` command: the daily schedule against a Prefect server."""
    serve = sub.add_parser("serve", help="serve the daily schedule against a Prefect server (PREFECT_API_URL)",
                           description="Register the deployment ks-demands-publish/daily (cron schedule; discovery from "
                                       "RAW/feeds.yaml and fetching of RAW/sources.csv first, each when its file is "
                                       "present) and run its flow runs until interrupted.")
    _add_raw_out(serve)
    serve.add_argument("--cron", default="0 6 * * *", help="cron expression of the schedule (default: 0 6 * * *)")
    serve.add_argument("--timezone", default="Europe/Oslo", help="time zone of the cron expression (default: Europe/Oslo)")
    _add_runner(serve)
    serve.set_defaults(func=cmd_serve, preflight=preflight_serve)


def _add_cluster(sub: Subcommands) -> None:
    """The `cluster` command: a standing local Dask cluster."""
    cluster = sub.add_parser("cluster", help="a standing local Dask cluster whose workers keep the extractor loaded",
                             description="Start a scheduler and worker processes (one thread each) that load the "
                                         "extractor, its lexicons and the language model once, and keep them until "
                                         "Ctrl-C; runs given its address (--dask-address, KSDATA_DASK_ADDRESS) "
                                         "extract there without loading the extractor themselves.")
    cluster.add_argument("--workers", type=int, default=None, help="worker processes (default: one per core)")
    cluster.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    cluster.add_argument("--port", type=int, default=8786, help="the scheduler's port (default: 8786)")
    cluster.set_defaults(func=cmd_cluster)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ksdata",
        description="KS demands dataset: turn Norwegian texts about KS's meetings with the "
                    "government into a validated Frictionless data package (CSV and Parquet).",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    _add_run(sub)
    _add_discover(sub)
    _add_fetch(sub)
    _add_evaluate(sub)
    _add_serve(sub)
    _add_cluster(sub)
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
