"""The flow's optional first steps: finding new articles in feeds and sitemaps, and fetching listed articles into raw/.

Both are Prefect tasks around flows.discover and flows.fetch; a broken feeds or sources file is reported in the
run report and never keeps raw/ from being published.
"""
from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from prefect import task
from prefect.cache_policies import NO_CACHE

from flows.report import RunReport

SOURCES_FILE = "sources.csv"
FEEDS_FILE = "feeds.yaml"
DISCOVERED_FILE = "discovered.csv"
DISCOVER_STATE = Path(".cache") / "discover-state.json"  # under OUT, beside the extraction cache


@task(name="discover-sources", cache_policy=NO_CACHE)
def discover_sources(feeds_path: str, raw_dir: str, state_path: str) -> dict[str, Any]:
    """Find new articles in the feeds file's feeds and sitemaps; append them to raw/discovered.csv."""
    from flows.discover import FeedsError, discover_all

    try:
        report = discover_all(Path(feeds_path), Path(raw_dir), Path(state_path))
    except (FeedsError, OSError) as exc:  # a broken feeds file is set aside; the run publishes what raw/ has
        print(f"discovery skipped: {exc}")
        return {"error": str(exc)}
    print(f"discovery: {report.summary()}")
    return report.as_dict()


@task(name="fetch-sources", cache_policy=NO_CACHE, retries=1, retry_delay_seconds=30)
def fetch_sources(sources_path: str, raw_dir: str) -> dict[str, Any]:
    """Fetch the articles of the sources file and raw/discovered.csv into raw/ (conditional; failures listed)."""
    from flows.fetch import SourcesError, fetch_all

    try:
        report = fetch_all(Path(sources_path), Path(raw_dir), discovered_path=Path(raw_dir) / DISCOVERED_FILE,
                           robots=True)
    except SourcesError as exc:  # a configuration error: retrying cannot fix it
        return {"error": str(exc)}
    return {"fetched": report.fetched, "unchanged": report.unchanged, "duplicates": report.duplicates,
            "failed": report.failed, "failures": [{"url": u, "reason": r} for u, r in report.failures],
            "duplicate_of": [{"url": u, "reason": r} for u, r in report.duplicate_of]}


def discover_and_fetch(raw: Path, out: Path, report: RunReport, fetch: bool, discover: bool) -> None:
    """The optional first steps: discovery (feeds file) and fetching (sources file, discovered.csv)."""
    if discover and (raw / FEEDS_FILE).is_file():
        t0 = time.perf_counter()
        report.discover = discover_sources(str(raw / FEEDS_FILE), str(raw), str(out / DISCOVER_STATE))
        report.timings["discover"] = time.perf_counter() - t0
    elif discover:
        report.discover = {"skipped": f"no {FEEDS_FILE} in {raw}"}
    if not (fetch or discover):
        return
    if (raw / SOURCES_FILE).is_file() or (raw / DISCOVERED_FILE).is_file():
        t0 = time.perf_counter()
        try:
            report.fetch = fetch_sources(str(raw / SOURCES_FILE), str(raw))
        except Exception as exc:  # the fetch failing must not keep raw/ from being published
            report.fetch = {"error": f"fetch failed: {type(exc).__name__}: {exc}"}
        report.timings["fetch"] = time.perf_counter() - t0
    else:
        report.fetch = {"skipped": f"no {SOURCES_FILE} or {DISCOVERED_FILE} in {raw}"}
