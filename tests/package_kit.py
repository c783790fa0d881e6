"""A first release of the seed texts as tables, and CSV rows read and written as the pipeline writes them.

Shared by the tests that break a package on purpose (tests/test_fastcheck.py, tests/test_sqlite.py) and by
benchmarks/validation_packages.py, which replicates the seed tables into packages of every size.
"""
from __future__ import annotations

import csv
import tempfile
from pathlib import Path

from flows.schema import Tables

ROOT = Path(__file__).resolve().parent.parent


def seed_tables() -> Tables:
    """The seed texts' tables (raw/, extracted in this process) with the `changes` of a first release (every
    row added)."""
    from flows.extract import extract
    from flows.ingest import ingest
    from flows.release import change_rows, diff, read_published
    from flows.tables import build_tables

    documents, _ = ingest(ROOT / "raw")
    tables = build_tables([extract(d) for d in documents])
    with tempfile.TemporaryDirectory() as empty:
        tables["changes"] = change_rows("1.0.0", diff(read_published(Path(empty)).tables, tables))
    return tables


def read_csv_rows(path: Path) -> list[dict[str, str]]:
    """A CSV file's rows as text cells, keyed by the header."""
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def write_csv_rows(path: Path, rows: list[dict[str, str]]) -> None:
    """Rows written back as the pipeline writes a CSV file (the header of the first row, `\\n` line ends)."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
