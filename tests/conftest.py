"""Shared fixtures. The Prefect test harness (a temporary server) starts once per
session and only for the tests that ask for it."""
from __future__ import annotations

import os
import shutil
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
