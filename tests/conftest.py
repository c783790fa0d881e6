"""Shared fixtures. The Prefect test harness (a temporary server) starts once per
session and only for the tests that ask for it."""
from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from flows.model import Document, Metadata
from flows.normalise import normalise

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")


def make_document(text: str, language: str = "nb", published: date | None = None) -> Document:
    """A Document from a snippet of raw text, normalised as the pipeline does."""
    return Document(doc_id="doc-0000000000000000", source_file="t.txt", sha256="0" * 64, encoding="utf-8",
                    text=normalise(text), language=language, meta=Metadata(published=published))


def stop_process(proc: subprocess.Popen[bytes], timeout: float = 30, kill_wait: float = 10) -> None:
    """Terminate a process the test started; kill it when it has not ended within `timeout` seconds (and wait
    `kill_wait` seconds more for it)."""
    proc.terminate()
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=kill_wait)


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=180):
        yield


@pytest.fixture()
def seed_raw(tmp_path: Path) -> Path:
    """A private copy of the repository's raw/ texts."""
    target = tmp_path / "raw"
    shutil.copytree(ROOT / "raw", target)
    return target


def copy_published_package(target: Path) -> Path:
    """The repository's published package (datapackage.json and the CSV and Parquet files it
    describes) copied into `target`; returns the copied descriptor's path."""
    (target / "processed").mkdir(parents=True)
    for path in sorted((ROOT / "processed").glob("*")):
        if path.suffix in (".csv", ".parquet"):
            shutil.copyfile(path, target / "processed" / path.name)
    shutil.copyfile(ROOT / "datapackage.json", target / "datapackage.json")
    return target / "datapackage.json"


@pytest.fixture(scope="module")
def built_outputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the published package with every derived output built next to it (once per module)."""
    from flows.outputs.build import build_outputs

    descriptor = copy_published_package(tmp_path_factory.mktemp("package"))
    build_outputs(descriptor)
    return descriptor
