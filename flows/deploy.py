"""Scheduled runs: the `ks-demands-publish/daily` deployment, served by this process.

`serve_daily` registers the deployment with the Prefect server named by
PREFECT_API_URL and then polls it for scheduled (or manually triggered) runs,
executing each one in a subprocess. No work pool or worker is needed; the
schedule runs as long as the serving process does (stopping it pauses the
schedule).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from prefect.deployments.runner import RunnerDeployment
from prefect.schedules import Cron, Schedule
from prefect.types.entrypoint import EntrypointType

from flows.flow import SOURCES_FILE, publish_dataset

ROOT = Path(__file__).resolve().parent.parent
DEPLOYMENT_NAME = "daily"
DEFAULT_CRON = "0 6 * * *"
DEFAULT_TIMEZONE = "Europe/Oslo"


def daily_schedule(cron: str = DEFAULT_CRON, timezone: str = DEFAULT_TIMEZONE) -> Schedule:
    """The cron schedule of the deployment (06:00 Oslo time by default, DST handled by Prefect)."""
    return Cron(cron, timezone=timezone)


def run_parameters(raw_dir: Path, out_dir: Path, **runner: Any) -> dict[str, Any]:
    """Flow parameters of a scheduled run: absolute paths, so the run does not depend on a working directory.

    `runner` may set the flow's runner, workers, dask_address and cache (flows.runner); unset ones
    are left out, so the flow's defaults (and KSDATA_* variables of the serving process) apply."""
    raw, out = raw_dir.resolve(), out_dir.resolve()
    # fetch and discover always: the flow skips discovery while raw/feeds.yaml does not exist,
    # and fetching while neither raw/sources.csv nor raw/discovered.csv does
    params: dict[str, Any] = {"raw_dir": str(raw), "out_dir": str(out), "fetch": True, "discover": True}
    return params | {k: v for k, v in runner.items() if v is not None and k in RUNNER_PARAMETERS}


RUNNER_PARAMETERS = ("runner", "workers", "dask_address", "cache")


def build_deployment(raw_dir: Path = ROOT / "raw", out_dir: Path = ROOT, cron: str = DEFAULT_CRON,
                     timezone: str = DEFAULT_TIMEZONE, **runner: Any) -> RunnerDeployment:
    """The `ks-demands-publish/daily` deployment of `publish_dataset` with its cron schedule."""
    return publish_dataset.to_deployment(
        name=DEPLOYMENT_NAME,
        schedule=daily_schedule(cron, timezone),
        parameters=run_parameters(raw_dir, out_dir, **runner),
        description="Discover new articles from raw/feeds.yaml, fetch raw/sources.csv and raw/discovered.csv "
                    "(each when present), extract, validate and publish the data package.",
        tags=["ks-demands"],
        # Loaded by module name, so runs work whatever the serving process's working directory is.
        entrypoint_type=EntrypointType.MODULE_PATH,
    )


def api_url() -> str | None:
    """The Prefect API the deployment is registered with (PREFECT_API_URL), None when unset."""
    from prefect.settings import PREFECT_API_URL

    return PREFECT_API_URL.value()


def serve_daily(raw_dir: Path = ROOT / "raw", out_dir: Path = ROOT, cron: str = DEFAULT_CRON,
                timezone: str = DEFAULT_TIMEZONE, **runner: Any) -> None:
    """Register the daily deployment and serve it until interrupted (Ctrl-C or SIGTERM)."""
    from prefect import serve

    serve(build_deployment(raw_dir, out_dir, cron, timezone, **runner))
