"""flows.range_copy: byte ranges of one file appended to another, by the kernel or by reads and writes."""
from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flows import range_copy
from flows.range_copy import RangeCopier, write_all

SOURCE = bytes(range(256)) * 40 + "æøå «sitat» – slutt\n".encode("utf-8")


def _copy(tmp_path: Path, ranges: list[tuple[int, int]], between: list[bytes]) -> bytes:
    source, target = tmp_path / "source.csv", tmp_path / "target.csv"
    source.write_bytes(SOURCE)
    with source.open("rb") as src, target.open("wb", buffering=0) as dst:
        write_all(dst, b"header\n")
        copier = RangeCopier(src, dst)
        for (offset, length), extra in zip(ranges, between):
            copier.add(offset, length)
            if extra:
                copier.flush()
                write_all(dst, extra)
        copier.flush()
    return target.read_bytes()


def _expected(ranges: list[tuple[int, int]], between: list[bytes]) -> bytes:
    return b"header\n" + b"".join(SOURCE[o:o + n] + e for (o, n), e in zip(ranges, between))


ranges_and_writes = st.lists(
    st.tuples(st.integers(0, len(SOURCE) - 1), st.integers(1, 600), st.binary(max_size=20)), max_size=12
).map(lambda items: ([(o, min(n, len(SOURCE) - o)) for o, n, _ in items], [e for _, _, e in items]))


@settings(max_examples=60, deadline=None)
@given(ranges_and_writes)
def test_the_target_is_the_ranges_and_the_writes_in_order(tmp_path_factory: pytest.TempPathFactory,
                                                        case: tuple[list[tuple[int, int]], list[bytes]]) -> None:
    ranges, between = case
    assert _copy(tmp_path_factory.mktemp("copy"), ranges, between) == _expected(ranges, between)


def test_adjacent_ranges_are_one_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[int, int]] = []
    real = range_copy.copy_range
    monkeypatch.setattr(range_copy, "copy_range", lambda s, t, o, n: (calls.append((o, n)), real(s, t, o, n))[1])
    ranges = [(0, 10), (10, 5), (15, 100), (300, 7), (307, 3)]
    assert _copy(tmp_path, ranges, [b""] * len(ranges)) == _expected(ranges, [b""] * len(ranges))
    assert calls == [(0, 115), (300, 10)]


@pytest.mark.parametrize("kernel", ["missing", "refuses", "copies nothing"])
def test_without_the_kernels_copy_it_reads_and_writes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      kernel: str) -> None:
    if kernel == "missing":
        monkeypatch.delattr(os, "copy_file_range", raising=False)
    elif kernel == "refuses":
        def refuse(*args: object) -> int:
            raise OSError(errno.EXDEV, "cross-device")
        monkeypatch.setattr(os, "copy_file_range", refuse, raising=False)
    else:
        monkeypatch.setattr(os, "copy_file_range", lambda *args: 0, raising=False)
    ranges = [(5, 3000), (4000, 50), (10, 1)]
    assert _copy(tmp_path, ranges, [b"x", b"", b"y\n"]) == _expected(ranges, [b"x", b"", b"y\n"])


def test_a_range_beyond_the_end_of_the_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        _copy(tmp_path, [(len(SOURCE) - 5, 50)], [b""])
