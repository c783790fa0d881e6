"""A Parquet copy that keeps the published row groups (flows.parquet_tail) is byte for byte the full write."""
from __future__ import annotations

import struct
from pathlib import Path

import pytest

from flows import writers
from flows.parquet_tail import write_tail
from flows.thrift_compact import read_struct, write_struct
from flows.published_index import records_with_offsets

ROOT = Path(__file__).resolve().parent.parent


def _footer_bytes(path: Path) -> bytes:
    raw = path.read_bytes()
    size = struct.unpack("<i", raw[-8:-4])[0]
    return raw[-8 - size:-8]


def _offsets(path: Path) -> list[int]:
    with path.open("rb") as handle:
        return [offset for _, offset, _ in records_with_offsets(handle)]


@pytest.fixture()
def small_groups(monkeypatch: pytest.MonkeyPatch) -> None:
    """Row groups of 4 rows and CSV blocks of 5 KB (a document row is up to 4.5 KB), so the seed tables have
    several of each."""
    monkeypatch.setattr(writers, "ROW_GROUP_ROWS", 4)
    monkeypatch.setattr(writers, "CSV_BLOCK_BYTES", 5000)


@pytest.mark.parametrize("table", ["statements", "documents", "demands", "participants"])
def test_the_footer_reads_and_writes_back_to_the_same_bytes(table: str, tmp_path: Path, small_groups: None) -> None:
    path = tmp_path / f"{table}.parquet"
    writers.write_parquet_from_csv(table, ROOT / f"processed/{table}.csv", path)
    footer = _footer_bytes(path)
    fields, end = read_struct(footer)
    assert end == len(footer) and write_struct(fields) == footer


@pytest.mark.parametrize("table", ["statements", "documents", "demands"])
def test_keeping_the_published_groups_gives_the_full_writes_bytes(table: str, tmp_path: Path,
                                                                   small_groups: None) -> None:
    """For every row the published rows could end at (the later ones new): the kept groups and the rewritten
    tail are the bytes of writing the whole table."""
    csv_path = ROOT / f"processed/{table}.csv"
    data, offsets = csv_path.read_bytes(), _offsets(csv_path)
    full = tmp_path / "full.parquet"
    writers.write_parquet_from_csv(table, csv_path, full)
    kept_some = 0
    for published_rows in range(len(offsets) + 1):
        part = tmp_path / "part.csv"
        part.write_bytes(data[:offsets[published_rows]] if published_rows < len(offsets) else data)
        published = tmp_path / "published.parquet"
        writers.write_parquet_from_csv(table, part, published)
        keep = published_rows // writers.ROW_GROUP_ROWS
        start = offsets[keep * 4] if keep * 4 < len(offsets) else len(data)
        target = tmp_path / "tail.parquet"
        assert write_tail(published, keep, 4, lambda p: writers.write_parquet_from_csv(table, csv_path, p, start),
                          target), published_rows
        assert target.read_bytes() == full.read_bytes(), f"{published_rows} published rows"
        kept_some += keep > 0
    assert kept_some  # some runs kept published groups


def test_a_published_file_written_otherwise_is_not_kept(tmp_path: Path, small_groups: None,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Row groups of another size: nothing written, the caller writes the whole file."""
    csv_path = ROOT / "processed/statements.csv"
    published = tmp_path / "published.parquet"
    monkeypatch.setattr(writers, "ROW_GROUP_ROWS", 3)
    writers.write_parquet_from_csv("statements", csv_path, published)
    monkeypatch.setattr(writers, "ROW_GROUP_ROWS", 4)
    target = tmp_path / "tail.parquet"
    start = _offsets(csv_path)[4]
    assert not write_tail(published, 1, 4, lambda p: writers.write_parquet_from_csv("statements", csv_path, p, start),
                          target)
    assert not target.exists()


def test_one_chunk_per_group_whatever_the_csv_blocks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Where the CSV blocks end does not change the file (a daily run reads the table from another byte)."""
    monkeypatch.setattr(writers, "ROW_GROUP_ROWS", 5)
    written = []
    for block in (5000, 7000, 1 << 20):
        monkeypatch.setattr(writers, "CSV_BLOCK_BYTES", block)
        path = tmp_path / f"{block}.parquet"
        writers.write_parquet_from_csv("documents", ROOT / "processed/documents.csv", path)
        written.append(path.read_bytes())
    assert written[0] == written[1] == written[2]
