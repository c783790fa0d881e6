"""The SQLite build served by Datasette on 127.0.0.1 and queried through its JSON API."""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from flows.outputs.build import DATASETTE_METADATA, output_paths
from flows.outputs.package import read_package
from flows.outputs.queries import load_queries
from flows.schema import TABLES, load_schema

STARTUP_SECONDS = 60.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, port: int, database: str) -> None:
        self.base, self.database = f"http://127.0.0.1:{port}", database

    def get(self, path: str, **params: str) -> Any:
        url = self.base + path + ("?" + urllib.parse.urlencode(params) if params else "")
        with urllib.request.urlopen(url, timeout=10) as response:
            return json.loads(response.read().decode("utf-8"))


@pytest.fixture(scope="module")
def datasette(built_outputs: Path) -> Iterator[Server]:
    """`datasette serve` as `make datasette` runs it, on a free port; stopped by its pid."""
    root = built_outputs.parent
    database = root / output_paths(read_package(built_outputs).name)["sqlite"]
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "datasette", "serve", "--immutable", str(database), "--metadata",
         str(root / DATASETTE_METADATA), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    server = Server(port, database.stem)
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while True:
            if process.poll() is not None:
                pytest.fail(f"datasette exited with {process.returncode}: {process.stderr.read().decode()[-2000:]}")
            try:
                server.get("/-/versions.json")
                break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail(f"datasette did not answer on port {port} within {STARTUP_SECONDS:.0f} s")
                time.sleep(0.25)
        yield server
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=15)
        process.stderr.close()


@pytest.mark.parametrize("table", TABLES)
def test_every_table_is_served_with_all_its_rows(datasette: Server, built_outputs: Path, table: str) -> None:
    rows = datasette.get(f"/{datasette.database}/{table}.json", _shape="array", _size="max")
    assert len(rows) == len(read_package(built_outputs).table(table).rows)
    if rows:
        assert list(rows[0]) == [f["name"] for f in load_schema(table)["fields"]]


def test_list_fields_come_back_as_json_arrays(datasette: Server) -> None:
    rows = datasette.get(f"/{datasette.database}.json", _shape="array",
                         sql="SELECT meeting_id, topics FROM meetings WHERE topics IS NOT NULL")
    assert rows and all(isinstance(json.loads(r["topics"]), list) for r in rows)


def test_metadata_carries_descriptions_licence_and_queries(datasette: Server) -> None:
    meta = datasette.get("/-/metadata.json")
    assert meta["license"] and meta["license_url"].startswith("https://")
    database = meta["databases"][datasette.database]
    for table in TABLES:
        schema = load_schema(table)
        assert database["tables"][table]["description"] == " ".join(schema["description"].split())
        assert set(database["tables"][table]["columns"]) == {f["name"] for f in schema["fields"]}
    assert set(database["queries"]) == {q.name for q in load_queries()}


def test_canned_query_demands_per_ministry_per_year(datasette: Server, built_outputs: Path) -> None:
    rows = datasette.get(f"/{datasette.database}/demands_per_ministry_per_year.json", _shape="array")
    assert rows and set(rows[0]) == {"ministry", "year", "demands"}
    assert sum(r["demands"] for r in rows) == len(read_package(built_outputs).table("demands").rows)


@pytest.mark.parametrize(("name", "expect_rows"), [("Gram", True), ("Nobody Nowhere", False)])
def test_canned_query_with_a_parameter(datasette: Server, name: str, expect_rows: bool) -> None:
    rows = datasette.get(f"/{datasette.database}/statements_by_person.json", _shape="array", name=name)
    assert bool(rows) == expect_rows
    assert all(name in r["speaker"] for r in rows)


def test_the_server_refuses_writes(datasette: Server) -> None:
    with pytest.raises(urllib.error.HTTPError):
        datasette.get(f"/{datasette.database}.json", sql="DELETE FROM demands")
    assert datasette.get(f"/{datasette.database}.json", _shape="array", sql="SELECT count(*) AS n FROM demands")[0]["n"] > 0
