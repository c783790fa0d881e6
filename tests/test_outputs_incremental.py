"""Derived outputs built on the previous release's: the same bytes as a build from scratch.

A previous package (the published one without one document) is built and its outputs' state
and index saved, as the flow leaves them in OUT; the new package drops another document, adds
the first one back and changes a third. The incremental build (previous=OUT) must copy rows
and chunks from the previous outputs and still write every file byte for byte as a build from
scratch of the same package does; whenever the previous state is missing or does not describe
the previous outputs, the build starts from scratch.
"""
from __future__ import annotations

import csv
import io
import json
import os
import shutil
import zipfile
import zlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flows import published_index
from flows.outputs import plan, state, zipstream
from flows.outputs.build import build_outputs, output_paths
from flows.outputs.package import read_package
from flows.tables import DOCUMENT_TABLES
from tests.conftest import copy_published_package

ROOT = Path(__file__).resolve().parent.parent


def _doc_ids() -> list[str]:
    with (ROOT / "processed" / "documents.csv").open(encoding="utf-8", newline="") as handle:
        return [r["doc_id"] for r in csv.DictReader(handle)]


def make_package(root: Path, drop: str | None, change: str | None) -> Path:
    """The published package without document `drop`'s rows and with `change`'s statements edited."""
    descriptor = copy_published_package(root)
    for table in DOCUMENT_TABLES:
        path = root / "processed" / f"{table}.csv"
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        at = rows[0].index("doc_id")
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(rows[0])
        for row in rows[1:]:
            if row[at] == drop:
                continue
            if row[at] == change and table == "statements":
                row[rows[0].index("text")] += " (endret)"
            writer.writerow(row)
        path.write_text(out.getvalue(), encoding="utf-8")
    return descriptor


def publish_outputs(descriptor: Path) -> dict:
    """Build the outputs and leave their state and the package's index where the flow leaves them in OUT."""
    built = build_outputs(descriptor)
    out = descriptor.parent
    state.save(out, built["state"])
    published_index.save_staged(out, list(published_index.scan(out / "processed").values()))
    (out / published_index.STAGED).replace(out / published_index.INDEX)
    return built


def derived(descriptor: Path, files: list[str]) -> dict[str, bytes]:
    return {f: (descriptor.parent / f).read_bytes() for f in files}


@pytest.fixture()
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Chunks of about two documents, so a five-document package has several."""
    monkeypatch.setattr(plan, "CHUNK_DOCUMENTS", 2)


@pytest.fixture()
def releases(tmp_path: Path, small_chunks: None) -> tuple[Path, Path, Path]:
    """(previous package with its outputs published, new package, the same new package again)."""
    ids = _doc_ids()
    previous = make_package(tmp_path / "previous", drop=ids[1], change=None)
    publish_outputs(previous)
    new = make_package(tmp_path / "new", drop=ids[3], change=ids[2])
    scratch = make_package(tmp_path / "scratch", drop=ids[3], change=ids[2])
    return previous, new, scratch


def test_an_incremental_build_reuses_rows_and_gives_the_same_bytes(releases: tuple[Path, Path, Path]) -> None:
    previous, new, scratch = releases
    incremental = build_outputs(new, previous=previous.parent)
    assert incremental["reuse"]["previous"] == "reused"
    assert incremental["reuse"]["sqlite_rows_copied"] > 0 and incremental["reuse"]["xlsx_chunks_copied"] > 0
    assert incremental["reuse"]["xlsx_chunks_written"] > 0  # the added and the changed documents' chunks
    full = build_outputs(scratch)
    assert full["reuse"]["sqlite_rows_copied"] == 0 and full["reuse"]["xlsx_chunks_copied"] == 0
    assert incremental["files"] == full["files"]
    assert derived(new, incremental["files"]) == derived(scratch, full["files"])
    assert incremental["spreadsheet"] == full["spreadsheet"]
    assert incremental["state"].chunks == full["state"].chunks and incremental["state"].charts == full["state"].charts


def test_a_build_on_an_unchanged_package_copies_everything(tmp_path: Path, small_chunks: None) -> None:
    previous = make_package(tmp_path / "previous", drop=None, change=None)
    first = publish_outputs(previous)
    again = make_package(tmp_path / "again", drop=None, change=None)
    built = build_outputs(again, previous=previous.parent)
    assert built["reuse"]["xlsx_chunks_written"] == 3  # persons, topics, changes: tables without documents
    assert built["reuse"]["sqlite_rows_copied"] == sum(
        len(t.rows) for t in read_package(again).tables if t.name in DOCUMENT_TABLES)
    assert derived(again, built["files"]) == derived(previous, first["files"])


@pytest.mark.parametrize(("dropped_before", "dropped_now", "how"), [
    (-1, None, "appended"),  # the last document is new: the published database is extended
    (None, None, "appended"),  # nothing new: copied as it is, the small tables written again
    (1, None, "built"),  # a new document between published ones: its rows and every later row get new rowids
    (None, -1, "built"),  # the last document removed: rows to take out, not only to add
    (-1, 2, "built"),  # one added at the end, one removed before it
])
def test_the_published_database_is_extended_only_when_rows_are_added_at_the_end(
        tmp_path: Path, small_chunks: None, dropped_before: int | None, dropped_now: int | None, how: str) -> None:
    ids = _doc_ids()
    previous = make_package(tmp_path / "previous", drop=None if dropped_before is None else ids[dropped_before],
                            change=None)
    publish_outputs(previous)
    new = make_package(tmp_path / "new", drop=None if dropped_now is None else ids[dropped_now], change=None)
    scratch = make_package(tmp_path / "scratch", drop=None if dropped_now is None else ids[dropped_now], change=None)
    built = build_outputs(new, previous=previous.parent)
    assert built["reuse"]["previous"] == "reused" and built["reuse"]["sqlite"] == how
    full = build_outputs(scratch)
    assert full["reuse"]["sqlite"] == "built"
    assert derived(new, built["files"]) == derived(scratch, full["files"])


def _edit_rows(descriptor: Path, table: str, column: str, value: str, where: str, equals: str) -> None:
    """Set `column` to `value` in the rows of `table` whose `where` is `equals`."""
    path = descriptor.parent / "processed" / f"{table}.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    at, match = rows[0].index(column), rows[0].index(where)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerows([rows[0]] + [[*r[:at], value, *r[at + 1:]] if r[match] == equals else r for r in rows[1:]])
    path.write_text(out.getvalue(), encoding="utf-8")


def _drop_rows(descriptor: Path, table: str, where: str, equals: str) -> None:
    path = descriptor.parent / "processed" / f"{table}.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    at = rows[0].index(where)
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows([rows[0]] + [r for r in rows[1:] if r[at] != equals])
    path.write_text(out.getvalue(), encoding="utf-8")


def _first_person_of_an_old_document(descriptor: Path, new_doc: str) -> str:
    with (descriptor.parent / "processed" / "participants.csv").open(encoding="utf-8", newline="") as handle:
        return next(r["person_id"] for r in csv.DictReader(handle) if r["doc_id"] != new_doc and r["person_id"])


@pytest.mark.parametrize("break_key", [
    None,  # the new rows keep every key: appended, the same bytes as a build from scratch
    "a new row's parent is missing",  # the new document's demands name a meeting no table holds
    "an old row's parent is gone",  # persons (rewritten whole) lost a person published rows still name
])
def test_the_append_checks_foreign_keys_as_the_rows_go_in(tmp_path: Path, small_chunks: None,
                                                          break_key: str | None) -> None:
    """The append path runs no whole-database foreign-key check: SQLite counts every broken key as rows are
    inserted and deleted, and the commit fails while one is left (flows.outputs.sqlite_append)."""
    from flows.outputs.build import previous_outputs
    from flows.outputs.sqlite_append import append_sqlite

    ids = _doc_ids()
    previous = make_package(tmp_path / "previous", drop=ids[-1], change=None)
    publish_outputs(previous)
    new = make_package(tmp_path / "new", drop=None, change=None)
    if break_key == "a new row's parent is missing":
        _edit_rows(new, "demands", "meeting_id", "mtg-0000000000000000", where="doc_id", equals=ids[-1])
    elif break_key == "an old row's parent is gone":
        _drop_rows(new, "persons", "person_id", _first_person_of_an_old_document(new, ids[-1]))
    package = read_package(new)
    reuse, why = previous_outputs(package, previous.parent)
    assert reuse is not None, why
    index = list(published_index.scan(new.parent / "processed").values())
    segments = {t: plan.table_segments(t, index, plan.Previous(reuse.root, reuse.index, reuse.tables))
                for t in DOCUMENT_TABLES}
    target = new.parent / "appended.sqlite"
    previous_db = previous.parent / output_paths(package.name)["sqlite"]
    if break_key is None:
        assert append_sqlite(package, target, segments, previous_db) == target
        scratch = make_package(tmp_path / "scratch", drop=None, change=None)
        build_outputs(scratch)
        assert target.read_bytes() == (scratch.parent / output_paths(package.name)["sqlite"]).read_bytes()
    else:
        with pytest.raises(ValueError, match="FOREIGN KEY constraint failed"):
            append_sqlite(package, target, segments, previous_db)
        assert not target.exists() and not target.with_name(target.name + ".build").exists()


def _restamp(previous: Path) -> None:
    """Record the previous outputs' files as they are now in their state (as if built so)."""
    saved = state.read(previous.parent)
    assert saved is not None
    saved.files = {rel: state.file_stat(previous.parent / rel) for rel in saved.files}
    state.save(previous.parent, saved)


def _spoil_state(previous: Path) -> None:
    saved = json.loads((previous.parent / state.STATE).read_text(encoding="utf-8"))
    saved["code"] = "0" * 16
    (previous.parent / state.STATE).write_text(json.dumps(saved), encoding="utf-8")


def _edit_spreadsheet(previous: Path) -> None:
    path = previous.parent / output_paths(read_package(previous).name)["xlsx"]
    path.write_bytes(path.read_bytes() + b"\0")


@pytest.mark.parametrize(("spoil", "reason"), [
    (lambda p: (p.parent / state.STATE).unlink(), "no outputs state"),
    (_spoil_state, "no outputs state"),  # built by other code
    (_edit_spreadsheet, "no outputs state"),  # a published output changed since it was built
    (lambda p: [(p.parent / published_index.INDEX).unlink(), (p.parent / "processed/documents.csv").unlink()],
     "no published index"),  # neither saved nor to be scanned
    (lambda p: p.write_text(p.read_text(encoding="utf-8") + " ", encoding="utf-8"), "no outputs state"),  # other package
])
def test_without_a_state_that_describes_the_previous_outputs_everything_is_built(
        releases: tuple[Path, Path, Path], spoil, reason: str) -> None:
    previous, new, scratch = releases
    spoil(previous)
    built = build_outputs(new, previous=previous.parent)
    assert built["reuse"]["previous"].startswith(reason)
    assert built["reuse"]["sqlite_rows_copied"] == 0 and built["reuse"]["xlsx_chunks_copied"] == 0
    assert derived(new, built["files"]) == derived(scratch, build_outputs(scratch)["files"])


def test_a_lost_published_index_is_scanned_again(releases: tuple[Path, Path, Path]) -> None:
    previous, new, scratch = releases
    (previous.parent / published_index.INDEX).unlink()
    built = build_outputs(new, previous=previous.parent)
    assert built["reuse"]["previous"] == "reused" and built["reuse"]["sqlite_rows_copied"] > 0
    assert derived(new, built["files"]) == derived(scratch, build_outputs(scratch)["files"])


def test_a_previous_database_with_another_schema_is_not_copied_from(releases: tuple[Path, Path, Path]) -> None:
    previous, new, scratch = releases
    import apsw

    path = previous.parent / output_paths(read_package(previous).name)["sqlite"]
    db = apsw.Connection(str(path))
    db.execute('ALTER TABLE "statements" ADD COLUMN "extra" TEXT')
    db.close()
    _restamp(previous)  # the state still says the outputs are current
    built = build_outputs(new, previous=previous.parent)
    assert built["reuse"]["previous"] == "reused" and built["reuse"]["sqlite_rows_copied"] > 0  # other tables
    assert derived(new, built["files"]) == derived(scratch, build_outputs(scratch)["files"])


def test_a_failing_incremental_build_falls_back_to_a_full_one(releases: tuple[Path, Path, Path]) -> None:
    previous, new, scratch = releases
    saved = state.read(previous.parent)
    assert saved is not None
    for chunks in saved.chunks.values():  # the state points past the end of the previous spreadsheet
        for chunk in chunks:
            chunk[1] += 10_000_000
    (previous.parent / state.STATE).write_text(saved.dumps(), encoding="utf-8")
    built = build_outputs(new, previous=previous.parent)
    assert built["reuse"]["previous"].startswith("incremental build failed")
    assert derived(new, built["files"]) == derived(scratch, build_outputs(scratch)["files"])


# ---- the pieces ----------------------------------------------------------------------------------

@settings(max_examples=50)
@given(st.lists(st.binary(max_size=300), min_size=1, max_size=6))
def test_a_zip_entry_of_pieces_inflates_to_their_concatenation(parts: list[bytes]) -> None:
    buffer = io.BytesIO()
    writer = zipstream.ZipWriter(buffer)
    writer.write("a.xml", [zipstream.compress(p) for p in parts])
    writer.write("b.xml", [zipstream.compress(b"")])
    writer.close()
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as archive:
        assert archive.testzip() is None
        assert archive.read("a.xml") == b"".join(parts) and archive.read("b.xml") == b""


@given(st.binary(max_size=200), st.binary(max_size=200))
def test_crc32_combine_is_zlibs(a: bytes, b: bytes) -> None:
    assert zipstream.crc32_combine(zlib.crc32(a), zlib.crc32(b), len(b)) == zlib.crc32(a + b)


def _doc(name: str, rows: int) -> published_index.PublishedDoc:
    return published_index.PublishedDoc(name, f"doc-{name}", f"digest-{name}", {"demands": [(0, rows)]}, None,
                                        {"demands": rows})


@given(st.lists(st.text(alphabet="abcdefgh", min_size=1, max_size=6), min_size=2, max_size=60, unique=True),
       st.integers(min_value=0, max_value=59))
def test_an_inserted_document_changes_only_its_own_chunk(names: list[str], at: int) -> None:
    """Chunks end after documents picked by their id, so one more document changes one chunk key (or
    splits one chunk in two) and leaves every other chunk as it was."""
    names = sorted(names)
    new = names.pop(at % len(names))
    before = {c.key for c in plan.table_chunks("demands", [_doc(n, 2) for n in names], "salt")}
    after = {c.key for c in plan.table_chunks("demands", [_doc(n, 2) for n in sorted(names + [new])], "salt")}
    assert len(after - before) <= 2 and len(before - after) <= 1


def test_document_tables_rows_are_counted_from_the_index_until_a_file_changes(tmp_path: Path) -> None:
    """build_outputs takes each document table's row count from the package's index instead of reading the
    CSV file again; the count is tied to the file as it is, so a file changed since is counted again."""
    from flows.outputs.build import remember_document_rows

    descriptor = copy_published_package(tmp_path / "p")
    index = list(published_index.scan(descriptor.parent / "processed").values())
    counted = {t.name: len(t.rows) for t in read_package(descriptor).tables}  # read from the files
    remember_document_rows(read_package(descriptor), index)
    package = read_package(descriptor)
    assert {t.name: len(t.rows) for t in package.tables} == counted
    statements = package.table("statements")
    assert counted["statements"] == sum(d.counts.get("statements", 0) for d in index) > 1
    wrong = [published_index.PublishedDoc(d.source_file, d.doc_id, d.digest, d.ranges, d.sha256,
                                          {**d.counts, "statements": d.counts.get("statements", 0) + 1})
             for d in index]
    remember_document_rows(package, wrong)  # the index is what the counts come from ...
    assert len(read_package(descriptor).table("statements").rows) == counted["statements"] + len(index)
    stat = statements.path.stat()
    os.utime(statements.path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1))  # ... while the file is as it was
    assert len(read_package(descriptor).table("statements").rows) == counted["statements"]


def test_the_database_is_checked_once_as_soon_as_it_is_written(releases: tuple[Path, Path, Path]) -> None:
    """build_outputs checks the database it wrote (flows.outputs.sqlite.check_sqlite) in the database's thread;
    check_outputs reports that check's problems instead of checking the file again."""
    from flows.outputs.build import check_outputs
    from flows.outputs.sqlite import check_sqlite

    previous, new, _ = releases
    built = build_outputs(new, previous=previous.parent)
    database = new.parent / output_paths(read_package(new).name)["sqlite"]
    assert built["sqlite_check"] == check_sqlite(read_package(new), database, built_here=True) == []
    assert check_outputs(new, built_here=True, sqlite_check=built["sqlite_check"]) == []
    found = ["ks-demands.sqlite: quick check says page 7 is damaged"]
    assert check_outputs(new, built_here=True, sqlite_check=found) == found
