"""The changes table's own writer gives the bytes of the generic CSV writer, whatever the keys hold."""
from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flows.delta_stream import write_changes
from flows.release import DATA_TABLES, Delta, iter_change_rows
from flows.writers import CellError, write_csv

# Row ids as the tables make them, and the characters CSV must quote or Norwegian text holds.
KEYS = st.text(alphabet=st.sampled_from(list("abc019-|_ ,\"'\n\r;æøåÆØÅ«»–—")), min_size=1, max_size=12)
COLUMNS = st.lists(st.sampled_from(["text", "action", "topic", "char_start", "addressee"]), max_size=3)


def _empty() -> Delta:
    return Delta({t: [] for t in DATA_TABLES}, {t: [] for t in DATA_TABLES}, {t: [] for t in DATA_TABLES})


def _both(version: str, delta: Delta) -> tuple[bytes, bytes, int]:
    with tempfile.TemporaryDirectory() as folder:
        generic, fast = Path(folder) / "generic.csv", Path(folder) / "fast.csv"
        write_csv("changes", iter_change_rows(version, delta), generic)
        rows = write_changes(version, delta, fast)
        return generic.read_bytes(), fast.read_bytes(), rows


@settings(max_examples=60, deadline=None)
@given(st.dictionaries(st.sampled_from(DATA_TABLES), st.tuples(st.lists(KEYS, max_size=4),
                                                                  st.lists(st.tuples(KEYS, COLUMNS), max_size=3),
                                                                  st.lists(KEYS, max_size=3))),
       st.sampled_from(["1.0.0", "2.13.1"]))
def test_the_changes_writer_gives_the_generic_writers_bytes(parts: dict, version: str) -> None:
    delta = _empty()
    for table, (added, modified, removed) in parts.items():
        delta.added[table], delta.modified[table], delta.removed[table] = added, modified, removed
    generic, fast, rows = _both(version, delta)
    assert fast == generic
    assert rows == sum(len(a) + len(m) + len(r) for a, m, r in parts.values())


def test_an_empty_delta_is_the_header_alone() -> None:
    generic, fast, rows = _both("1.0.0", _empty())
    assert fast == generic == b"version,table_name,row_id,change,columns\n" and rows == 0


def test_a_changed_column_name_holding_the_delimiter_is_refused_as_the_generic_writer_refuses_it() -> None:
    delta = _empty()
    delta.modified["demands"] = [("k1", ["text;action"])]
    with tempfile.TemporaryDirectory() as folder:
        with pytest.raises(CellError):
            write_csv("changes", iter_change_rows("1.0.0", delta), Path(folder) / "generic.csv")
        with pytest.raises(CellError):
            write_changes("1.0.0", delta, Path(folder) / "fast.csv")
