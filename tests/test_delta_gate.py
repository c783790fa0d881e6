"""The incremental publish gate (flows.delta_gate) against the full gate, on a release that adds one document.

The seed texts are extracted once; a first release publishes all but one, a second run stages the release
that adds it (in the middle of the file-name order, or at the end). Each case copies that staged package,
breaks the new document's rows (or a published row, or a file) in one way, writes the descriptor's bytes
and hashes, the archive and the staged index as the pipeline would for those files (so only the intended
problem remains), and asserts that the full gate (`validate_package`) finds a problem and the incremental
gate does too, naming the same table.
"""
from __future__ import annotations

import csv
import io
import json
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from flows import published_index, writers
from flows.archive import write_archive
from flows.assemble import assemble
from flows.delta_gate import eligible, incremental_problems
from flows.publish import STAGING, swap_in
from flows.rawfiles import scan
from flows.tables import DOCUMENT_TABLES
from flows.validate import validate_package
from flows.work import process_batch, ref
from flows.writers import file_stats, write_parquet_from_csv

ROOT = Path(__file__).resolve().parent.parent
Rows = list[dict[str, str]]


def _publish(refs: list[dict], out: Path) -> Path:
    """Assemble and stage `refs` into `out`, returning the staged descriptor (not swapped in)."""
    assembly = assemble(refs, out)
    assert assembly.staged is not None and not assembly.problems, assembly.summary()
    return Path(assembly.staged)


@pytest.fixture(scope="module")
def small_groups() -> Iterator[None]:
    """Parquet row groups of 7 rows, so the seed texts' tables have several and the gate compares the groups
    before the new rows byte for byte."""
    patch = pytest.MonkeyPatch()
    patch.setattr(writers, "ROW_GROUP_ROWS", 7)
    yield
    patch.undo()


@pytest.fixture(scope="module", params=[1, -1], ids=["new-in-the-middle", "new-at-the-end"])
def daily(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
          small_groups: None) -> tuple[Path, Path, str]:
    """(OUT with the first release published, the staged release adding one document, its doc_id)."""
    root = tmp_path_factory.mktemp("delta")
    refs = [o for o in process_batch([ref(f) for f in scan(ROOT / "raw").files], str(root / "cache"))
            if "quarantined" not in o]
    refs.sort(key=lambda o: o["source_file"])
    new = refs[request.param]
    out = root / "out"
    _publish([r for r in refs if r is not new], out)
    pending = published_index.take_staged(out)
    swap_in(out)
    published_index.promote(out, pending)
    staged = _publish(refs, out)
    doc_id = next(d.doc_id for d in published_index.load_staged(staged.parent).values()
                  if d.source_file == new["source_file"])
    return out, staged, doc_id


def _copy(daily: tuple[Path, Path, str], tmp_path: Path) -> tuple[Path, Path, str]:
    """A copy of the staged package, beside the published one (OUT is only read)."""
    out, staged, doc_id = daily
    copy = tmp_path / STAGING
    shutil.copytree(staged.parent, copy)
    return out, copy / "datapackage.json", doc_id


def _rows(path: Path) -> tuple[list[str], Rows]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), list(reader)


def _write(path: Path, lines: dict[int, str]) -> None:
    """Rewrite only the rows that changed (`lines`: row index -> new line), keeping every other byte."""
    records = _split(path.read_text(encoding="utf-8"))
    for i, line in lines.items():
        records[i + 1] = line
    path.write_text("".join(records), encoding="utf-8", newline="")


def _split(text: str) -> list[str]:
    """The CSV text's records as written (header first): each ends at a newline outside quotes."""
    records, at, quoted = [], 0, False
    for i, ch in enumerate(text):
        if ch == '"':
            quoted = not quoted
        elif ch == "\n" and not quoted:
            records.append(text[at:i + 1])
            at = i + 1
    return records + ([text[at:]] if at < len(text) else [])


def _line(header: list[str], row: dict[str, str]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow([row[h] for h in header])
    return out.getvalue()


def edit(table: str, change: Callable[[Rows, list[int], Rows], None], parquet: bool = True,
         new_rows: bool = True) -> Callable[[Path, str], None]:
    """Change the table's rows of the new document (`new_rows`) or of a published one, in the CSV file and (as
    the pipeline writes it from the CSV) its Parquet copy. `change(rows, indexes of the rows to edit, all)`."""
    def apply(pkg: Path, doc_id: str) -> None:
        path = pkg / f"processed/{table}.csv"
        header, rows = _rows(path)
        before = [dict(r) for r in rows]
        targets = [i for i, r in enumerate(rows) if (r["doc_id"] == doc_id) == new_rows]
        change(rows, targets, before)
        _write(path, {i: _line(header, rows[i]) for i in range(len(rows)) if rows[i] != before[i]})
        if parquet:
            write_parquet_from_csv(table, path, pkg / f"processed/{table}.parquet")
    return apply


def set_cell(table: str, field: str, value: str, which: int = 0, **kw: bool) -> Callable[[Path, str], None]:
    def change(rows: Rows, targets: list[int], _: Rows) -> None:
        rows[targets[which]][field] = value
    return edit(table, change, **kw)


def copy_from(table: str, field: str, published: bool) -> Callable[[Path, str], None]:
    """A new row's `field` set to another row's: a published row's (`published`) or another new row's."""
    def change(rows: Rows, targets: list[int], before: Rows) -> None:
        others = [i for i in range(len(rows)) if i not in targets] if published else targets[1:]
        rows[targets[0]][field] = before[others[0]][field]
    return edit(table, change)


def parquet_only(table: str, field: str, value: object, new_rows: bool = True) -> Callable[[Path, str], None]:
    """A new row's (or a published row's) cell changed in the Parquet copy only."""
    def apply(pkg: Path, doc_id: str) -> None:
        path = pkg / f"processed/{table}.parquet"
        data = pq.read_table(path).to_pylist()
        at = next(i for i, r in enumerate(data) if (r["doc_id"] == doc_id) == new_rows)
        data[at][field] = value
        schema = pq.read_schema(path)
        pq.write_table(pa.Table.from_pylist(data, schema=schema), path)
    return apply


def drop_parquet_row(table: str) -> Callable[[Path, str], None]:
    def apply(pkg: Path, doc_id: str) -> None:
        path = pkg / f"processed/{table}.parquet"
        data = pq.read_table(path)
        at = next(i for i, r in enumerate(data.column("doc_id").to_pylist()) if r == doc_id)
        pq.write_table(pa.concat_tables([data.slice(0, at), data.slice(at + 1)]), path)
    return apply


CASES: dict[str, Callable[[Path, str], None]] = {
    "a value outside its code list": set_cell("statements", "kind", "rumour"),
    "a key that breaks its pattern": set_cell("demands", "demand_id", "dmd-nothex"),
    "a required cell empty": set_cell("statements", "text", "", parquet=False),
    "a cell that is not its type": set_cell("statements", "char_start", "tolv", parquet=False),
    "a number below its minimum": set_cell("demands", "char_start", "-5"),
    "a boolean that is not one": set_cell("demands", "in_quote", "kanskje", parquet=False),
    "two new rows with one key": copy_from("statements", "statement_id", published=False),
    "a new row with a published row's key": copy_from("statements", "statement_id", published=True),
    "a new document with a published document's file name (unique)": copy_from("documents", "source_file",
                                                                               published=True),
    "a foreign key to no row": set_cell("demands", "statement_id", "stm-0000000000000000"),
    "a foreign key to no meeting": set_cell("statements", "meeting_id", "mtg-0000000000000000"),
    "a foreign key to no person": set_cell("participants", "person_id", "per-0000000000000000"),
    "a topic that is not a code": set_cell("demands", "topic", "ukjent"),
    "a new row's cell changed in the Parquet copy only": parquet_only("statements", "text", "annen tekst"),
    "a new row missing from the Parquet copy": drop_parquet_row("demands"),
    "a published row changed": set_cell("statements", "kind", "rumour", new_rows=False),
    "a published row changed in the Parquet copy only": parquet_only("statements", "text", "annen tekst",
                                                                     new_rows=False),
}


def restamp(pkg: Path) -> None:
    """The descriptor's bytes and hashes, the archive and the staged index written again for the files as they
    are now (what the pipeline would write for them)."""
    path = pkg / "datapackage.json"
    descriptor = json.loads(path.read_text(encoding="utf-8"))
    for res in descriptor["resources"]:
        for entry in (res, res["parquet"]):
            size, digest = file_stats(pkg / entry["path"])
            entry["bytes"], entry["hash"] = size, f"sha256:{digest}"
    path.write_text(json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    write_archive(pkg, descriptor["version"], descriptor["created"])
    index = pkg / published_index.STAGED  # the same documents, their lines where they are now
    data = json.loads(index.read_text(encoding="utf-8"))
    for table in DOCUMENT_TABLES:
        with (pkg / f"processed/{table}.csv").open("rb") as handle:
            records = [(offset, len(raw)) for _, offset, raw in published_index.records_with_offsets(handle)]
        at = 0
        for entry in data["documents"]:
            n = entry[5].get(table, 0)
            if n:
                entry[3][table] = [[records[at][0], sum(size for _, size in records[at:at + n])]]
            at += n
    data["datapackage_sha256"] = published_index.descriptor_digest(pkg)
    index.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def test_both_gates_pass_the_staged_release(daily: tuple[Path, Path, str]) -> None:
    out, staged, _ = daily
    assert validate_package(staged) == []
    problems, why = incremental_problems(staged, out)
    assert why == "" and problems == []


def test_the_release_is_one_that_only_adds_a_document(daily: tuple[Path, Path, str]) -> None:
    out, staged, doc_id = daily
    docs, added, why = eligible(staged, out)
    assert why == "" and [d[1] for d in docs if d[0] in added] == [doc_id]


@pytest.mark.parametrize("case", list(CASES))
def test_the_incremental_gate_catches_what_the_full_gate_catches(case: str, daily: tuple[Path, Path, str],
                                                                 tmp_path: Path) -> None:
    out, staged, doc_id = _copy(daily, tmp_path)
    CASES[case](staged.parent, doc_id)
    restamp(staged.parent)
    full = validate_package(staged)
    assert full, f"{case}: the full gate should find it"
    incremental, why = incremental_problems(staged, out)
    if "published row" in case:  # a published row changed: the release no longer only adds, or it is caught
        assert why or incremental, f"{case}: neither gate kind let it through"
        return
    assert why == "", f"{case}: the release should still be one that only adds a document ({why})"
    assert incremental, f"{case}: the incremental gate let through what the full gate found: {full[:2]}"
    tables = {p.split(" ", 1)[0].removesuffix("-parquet") for p in full}
    assert any(p.split(" ", 1)[0].removesuffix("-parquet") in tables for p in incremental), (full, incremental)


def test_a_damaged_published_file_is_not_trusted(daily: tuple[Path, Path, str], tmp_path: Path) -> None:
    """The unchanged rows are the published file's only while that file is the one its descriptor describes."""
    out, staged, _ = daily
    twin = tmp_path / "out"
    shutil.copytree(out, twin, ignore=shutil.ignore_patterns(".staging"))
    path = twin / "processed/statements.csv"
    path.write_bytes(path.read_bytes() + b"")  # same bytes: still trusted
    assert incremental_problems(staged, twin) == ([], "")
    path.write_bytes(path.read_bytes().replace(b"direct", b"DIRECT", 1))
    problems, why = incremental_problems(staged, twin)
    assert why == "" and problems and "statements" in problems[0]


def test_a_release_that_changes_a_published_document_takes_the_full_gate(daily: tuple[Path, Path, str],
                                                               tmp_path: Path) -> None:
    out, staged, doc_id = _copy(daily, tmp_path)
    set_cell("statements", "text", "endret", new_rows=False)(staged.parent, doc_id)
    restamp(staged.parent)
    published_index.save_staged(staged.parent, list(published_index.scan(staged.parent / "processed").values()))
    problems, why = incremental_problems(staged, out)  # the index as the assembly writes it: the digest changed
    assert problems is None and "removed or changed" in why
    assert validate_package(staged) == []  # a correction: valid, checked by the full gate


def test_a_published_parquet_file_written_otherwise_is_compared_row_by_row(daily: tuple[Path, Path, str],
                                                                          tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Row groups of another size (or another pyarrow's bytes) before the new rows: the same rows, decoded and
    compared, pass; a row changed there is still caught."""
    out, staged, _ = daily
    assert pq.ParquetFile(staged.parent / "processed/statements.parquet").metadata.num_row_groups > 2
    twin = tmp_path / "out"
    shutil.copytree(out, twin, ignore=shutil.ignore_patterns(".staging"))
    monkeypatch.setattr(writers, "ROW_GROUP_ROWS", 5)
    for table in DOCUMENT_TABLES:
        write_parquet_from_csv(table, twin / f"processed/{table}.csv", twin / f"processed/{table}.parquet")
    restamp_published(twin)
    assert incremental_problems(staged, twin) == ([], "")
    parquet_only("statements", "text", "annen tekst", new_rows=False)(twin, "")
    restamp_published(twin)
    problems, why = incremental_problems(staged, twin)
    assert why == "" and any("statements-parquet" in p and "unchanged-rows" in p for p in problems)


def restamp_published(out: Path) -> None:
    """The published descriptor's Parquet sizes and hashes, and the saved index, for the files as they are."""
    path = out / "datapackage.json"
    digest_before = published_index.descriptor_digest(out)
    descriptor = json.loads(path.read_text(encoding="utf-8"))
    for res in descriptor["resources"]:
        size, digest = file_stats(out / res["parquet"]["path"])
        res["parquet"]["bytes"], res["parquet"]["hash"] = size, f"sha256:{digest}"
    path.write_text(json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    index = out / published_index.INDEX
    index.write_text(index.read_text(encoding="utf-8").replace(str(digest_before),
                                                                str(published_index.descriptor_digest(out))),
                     encoding="utf-8")
