"""Scheduled runs against a real Prefect server: `prefect server start` + `python -m flows serve`.

Both run as subprocesses with a temporary PREFECT_HOME and a free port. The
test talks to that server with an explicit client (not the session's
prefect_test_harness, which points the test process at another API).
"""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar
from uuid import UUID

import httpx
import pytest
from prefect.client.orchestration import SyncPrefectClient
from prefect.client.schemas.objects import FlowRun
from prefect.client.schemas.responses import DeploymentResponse

from flows.deploy import DEFAULT_CRON, DEFAULT_TIMEZONE
from flows.flow import FEEDS_FILE, SOURCES_FILE
from tests.conftest import stop_process

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
DEPLOYMENT = "ks-demands-publish/daily"
SERVER_START_SECONDS = 120.0
DEPLOYMENT_SECONDS = 90.0
RUN_SECONDS = 240.0
STOP_SECONDS = 20.0
T = TypeVar("T")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def prefect_env(home: Path, api_url: str) -> dict[str, str]:
    """The environment of both subprocesses: no PREFECT_* setting of the caller leaks in."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update({
        "PREFECT_HOME": str(home),
        "PREFECT_API_URL": api_url,
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_UI_ENABLED": "false",
        "PREFECT_RUNNER_POLL_FREQUENCY": "2",  # the served runner picks a triggered run up quickly
        "PYTHONUNBUFFERED": "1",
    })
    return env


def stop(process: subprocess.Popen[bytes]) -> None:
    """Terminate, wait, kill on timeout; then clear whatever is left of the process's own group."""
    if process.poll() is None:
        stop_process(process, STOP_SECONDS, STOP_SECONDS)
    try:  # started with start_new_session, so its pid is its group id (e.g. a flow-run subprocess)
        os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


@contextmanager
def started(args: list[str], env: dict[str, str], log: Path) -> Iterator[subprocess.Popen[bytes]]:
    """A subprocess in its own session, output to `log`, always stopped on exit."""
    with log.open("wb") as out:
        process = subprocess.Popen(args, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
                                   start_new_session=True)
        try:
            yield process
        finally:
            stop(process)


def tail(log: Path, lines: int = 40) -> str:
    text = log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""
    return "\n".join(text.splitlines()[-lines:])


def wait_for(what: str, probe: Callable[[], T | None], seconds: float, logs: list[Path],
             processes: list[subprocess.Popen[bytes]]) -> T:
    """Poll `probe` until it returns a value; fail (with the logs) on timeout or a dead subprocess."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = probe()
        if value is not None:
            return value
        dead = [p.args for p in processes if p.poll() is not None]
        if dead:
            pytest.fail(f"{dead} exited while waiting for {what}\n" + "\n---\n".join(tail(f) for f in logs))
        time.sleep(1.0)
    pytest.fail(f"timed out after {seconds:.0f} s waiting for {what}\n" + "\n---\n".join(tail(f) for f in logs))


def healthy(api_url: str) -> bool | None:
    try:
        return True if httpx.get(f"{api_url}/health", timeout=5).status_code == 200 else None
    except httpx.HTTPError:
        return None


def deployment(client: SyncPrefectClient) -> DeploymentResponse | None:
    try:
        return client.read_deployment_by_name(DEPLOYMENT)
    except Exception:  # ObjectNotFound until `serve` has registered it
        return None


def finished(client: SyncPrefectClient, run_id: UUID) -> FlowRun | None:
    run = client.read_flow_run(run_id)
    return run if run.state is not None and run.state.is_final() else None


def group_members(pgid: int) -> list[int] | None:
    """Pids in process group `pgid` (zombies included), None where /proc is not available."""
    proc = Path("/proc")
    if not proc.is_dir():
        return None
    members = []
    for stat in proc.glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # the process went away meanwhile
        if int(fields[2]) == pgid:
            members.append(int(stat.parent.name))
    return sorted(members)


def runner_idle(serve: subprocess.Popen[bytes]) -> bool | None:
    """True once `serve` has reaped its flow-run subprocess (so a SIGTERM does not race it)."""
    members = group_members(serve.pid)
    return True if members is None or members == [serve.pid] else None


def test_served_deployment_runs_on_a_real_server(seed_raw: Path, tmp_path: Path) -> None:
    (seed_raw / SOURCES_FILE).unlink(missing_ok=True)  # offline: nothing to fetch
    (seed_raw / FEEDS_FILE).unlink(missing_ok=True)  # nor to discover
    out = tmp_path / "out"
    port = free_port()
    api_url = f"http://127.0.0.1:{port}/api"
    env = prefect_env(tmp_path / "prefect-home", api_url)
    server_log, serve_log = tmp_path / "server.log", tmp_path / "serve.log"
    logs = [server_log, serve_log]
    server_cmd = [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)]
    serve_cmd = [sys.executable, "-m", "flows", "serve", "--raw", str(seed_raw), "--out", str(out)]

    with started(server_cmd, env, server_log) as server:
        wait_for("the server's /api/health", lambda: healthy(api_url), SERVER_START_SECONDS, logs, [server])
        with started(serve_cmd, env, serve_log) as serve, SyncPrefectClient(api_url) as client:
            found = wait_for(f"deployment {DEPLOYMENT}", lambda: deployment(client), DEPLOYMENT_SECONDS,
                             logs, [server, serve])
            assert [(s.schedule.cron, s.schedule.timezone, s.active) for s in found.schedules] == [
                (DEFAULT_CRON, DEFAULT_TIMEZONE, True)]
            assert found.parameters == {"raw_dir": str(seed_raw.resolve()), "out_dir": str(out.resolve()),
                                        "fetch": True, "discover": True}

            run = client.create_flow_run_from_deployment(found.id)
            done = wait_for(f"flow run {run.id} to finish", lambda: finished(client, run.id), RUN_SECONDS,
                            logs, [server, serve])
            assert done.state is not None and done.state.is_completed(), (
                f"{done.state}\n" + "\n---\n".join(tail(f) for f in logs))
            wait_for("the flow-run subprocess to exit", lambda: runner_idle(serve), STOP_SECONDS, logs, [serve])
    assert (out / "datapackage.json").is_file()
    assert (out / "processed" / "demands.csv").is_file()
