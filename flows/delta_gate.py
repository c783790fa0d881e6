"""The incremental publish gate: a daily run's new rows checked fully, the rest checked against the published release.

A release that only adds documents to a published one (nothing removed or changed, the same schemas, the
published files intact and the saved index describing them) holds two kinds of rows in each table of
documents: the published rows, which passed the gate when they were published, and the new documents' rows.
Instead of checking every row again (`flows.validate.validate_package`), this gate proves the first kind
unchanged and checks the second in full:

- *unchanged*: each staged CSV file, its new documents' lines cut out (their byte ranges in the staged
  index), is byte for byte the published file, and the published file is still the one whose sha256 the
  published descriptor records; each staged Parquet copy's row groups before the first new row are byte for
  byte the published file's, and its later rows, the new ones left out, are the published rows;
- *new rows*: the new documents' lines and their Parquet rows, written as a small package of their own, and
  the tables rewritten whole (persons, topics, changes: small), go through the fast check (flows.fastcheck):
  header, types, every field constraint, keys among themselves, Arrow types, CSV and Parquet the same rows;
- *across the two*: a new row's primary key (and `unique` field) is not a published row's; every foreign
  key of a new row resolves against the published keys and the new ones; no row a published row points to
  left a table that is rewritten whole; each table's rows are the published count plus the new rows, in CSV
  and in Parquet;
- and as in the full gate: the descriptor's standards check, every file's `bytes` and `hash`, the archive.

`incremental_problems` returns None (with the reason) when a release is not of that kind; the caller then
runs the full gate. tests/test_delta_gate.py corrupts the new rows in each way the full gate catches and
checks that this gate catches it too.
"""
from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from flows import published_index
from flows.delta_keys import cross_problems
from flows.fastcheck import Problem
from flows.fastcheck.files import digest, stats_problems
from flows.tables import DOCUMENT_TABLES
from flows.validate import check_archive, descriptor_errors, fast_problems

CHUNK = 1 << 20
FIX = "run the full gate (--full-check) to see every row, and re-run the pipeline"


def _load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


Entry = list[Any]  # a document of the saved index: [source_file, doc_id, digest, ranges, sha256, counts]


def eligible(staged: Path, out: Path) -> tuple[list[Entry], set[str], str]:
    """The staged index's documents (in row order) and the names of the new ones when the staged release only
    adds documents to the published one; else ([], set(), the reason the full gate is needed)."""
    if not (out / "datapackage.json").is_file():
        return [], set(), "no published release to check against"
    old = published_index.entries(out)
    new = published_index.entries(staged.parent, staged.parent / published_index.STAGED)
    if old is None or new is None:
        return [], set(), "no saved index of the published or the staged package"
    before, after = _load(out / "datapackage.json"), _load(staged)
    schemas = {r["name"]: r.get("schema") for r in before.get("resources", [])}
    if schemas != {r["name"]: r.get("schema") for r in after.get("resources", [])}:
        return [], set(), "the tables or their schemas changed"
    now = {e[0]: e for e in new}
    for entry in old:
        found = now.get(entry[0])
        if found is None or (found[1], found[2], found[5]) != (entry[1], entry[2], entry[5]):
            return [], set(), f"a published document was removed or changed ({entry[0]})"
    return new, set(now) - {e[0] for e in old}, ""


def _segments(size: int, cut: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The byte ranges of a file of `size` bytes outside the (offset, length) ranges `cut`."""
    kept, at = [], 0
    for offset, length in sorted(cut):
        if offset > at:
            kept.append((at, offset - at))
        at = max(at, offset + length)
    if at < size:
        kept.append((at, size - at))
    return kept


def _same_bytes(staged: Path, keep: list[tuple[int, int]], published: Path, whole: bool = True) -> bool:
    """The staged file's ranges `keep`, one after the other, are the published file's bytes (with `whole`:
    all of them; else its first bytes)."""
    with staged.open("rb") as a, published.open("rb") as b:
        for offset, length in keep:
            a.seek(offset)
            while length:
                n = min(CHUNK, length)
                if a.read(n) != b.read(n):
                    return False
                length -= n
        return not whole or b.read(1) == b""


def _declared(descriptor: dict[str, Any], table: str, key: str = "") -> tuple[int, str] | None:
    for res in descriptor.get("resources", []):
        if res.get("name") == table:
            entry = res.get(key) if key else res
            if isinstance(entry, dict) and "bytes" in entry:
                return int(entry["bytes"]), str(entry.get("hash", "")).removeprefix("sha256:")
    return None


def _csv_problems(table: str, staged: Path, out: Path, new_ranges: list[tuple[int, int]],
                  published: dict[str, Any]) -> list[Problem]:
    path, old = staged.parent / f"processed/{table}.csv", out / f"processed/{table}.csv"
    label = f"{table} (processed/{table}.csv)"
    if _declared(published, table) != digest(old, "sha256"):  # (the run checked it at its start too)
        return [Problem(label, "hash-count", None, None, None, "the published file is not the one the published "
                        "datapackage.json describes, so its rows cannot be trusted unchecked", FIX)]
    if not _same_bytes(path, _segments(path.stat().st_size, new_ranges), old):
        return [Problem(label, "unchanged-rows", None, None, None, "outside the new documents' lines the file "
                        "differs from the published one", FIX)]
    return []


def _row_spans(docs: list[Entry], added: set[str], table: str) -> list[tuple[int, int]]:
    """(first row, rows) of each new document in the table, counting in the staged index's (file-name) order."""
    spans, at = [], 0
    for doc in docs:
        n = doc[5].get(table, 0)
        if n and doc[0] in added:
            spans.append((at, n))
        at += n
    return spans


def _group_starts(meta: pq.FileMetaData) -> list[int]:
    """The first row of each row group, and the total."""
    starts = [0]
    for i in range(meta.num_row_groups):
        starts.append(starts[-1] + meta.row_group(i).num_rows)
    return starts


def _chunk_start(meta: pq.FileMetaData, group: int) -> int:
    columns = [meta.row_group(group).column(j) for j in range(meta.num_columns)]
    return min(c.dictionary_page_offset if c.has_dictionary_page else c.data_page_offset for c in columns)


def _parquet_problems(table: str, staged: Path, out: Path, spans: list[tuple[int, int]],
                      mini: Path, published: dict[str, Any]) -> list[Problem]:
    """The staged Parquet copy is the published one with the new rows (`spans`) inserted; the new rows are
    written to `mini` for the fast check."""
    path, old = staged.parent / f"processed/{table}.parquet", out / f"processed/{table}.parquet"
    label = f"{table}-parquet (processed/{table}.parquet)"
    try:
        new_file, old_file = pq.ParquetFile(path), pq.ParquetFile(old)
    except (OSError, pa.ArrowException) as exc:
        return [Problem(label, "format", None, None, None, f"cannot be read as Parquet: {exc}", FIX)]
    if _declared(published, table, "parquet") != digest(old, "sha256"):
        return [Problem(label, "hash-count", None, None, None, "the published file is not the one the published "
                        "datapackage.json describes, so its rows cannot be trusted unchecked", FIX)]
    added = sum(n for _, n in spans)
    if new_file.metadata.num_rows != old_file.metadata.num_rows + added:
        return [Problem(label, "row-count", None, None, None, f"{new_file.metadata.num_rows} rows, the published "
                        f"{old_file.metadata.num_rows} and {added} new ones make {old_file.metadata.num_rows + added}",
                        FIX)]
    starts = _group_starts(new_file.metadata)
    first_new = spans[0][0] if spans else starts[-1]
    group = max([i for i, s in enumerate(starts[:-1]) if s <= first_new] or [0])  # the first group with a new row
    if group and not (_group_starts(old_file.metadata)[:group + 1] == starts[:group + 1]
                      and all(new_file.metadata.row_group(i).to_dict() == old_file.metadata.row_group(i).to_dict()
                              for i in range(group))
                      and _same_bytes(path, [(0, _chunk_start(new_file.metadata, group))], old, whole=False)):
        group = 0  # written otherwise (another row group size, another pyarrow): every row decoded and compared
    rest = new_file.read_row_groups(range(group, new_file.metadata.num_row_groups)) \
        if group < new_file.metadata.num_row_groups else new_file.schema_arrow.empty_table()
    offset = starts[group]
    parts, new_parts, at = [], [], 0
    for first, n in spans:
        parts.append(rest.slice(at, first - offset - at))
        new_parts.append(rest.slice(first - offset, n))
        at = first - offset + n
    parts.append(rest.slice(at))
    old_rest = old_file.read_row_groups(range(group, old_file.metadata.num_row_groups)) \
        if group < old_file.metadata.num_row_groups else old_file.schema_arrow.empty_table()
    if not pa.concat_tables(parts).equals(old_rest):
        return [Problem(label, "unchanged-rows", None, None, None, "outside the new rows the file holds other rows "
                        "than the published one", FIX)]
    pq.write_table(pa.concat_tables(new_parts) if new_parts else rest.slice(0, 0), mini / f"processed/{table}.parquet")
    return []


def _mini_package(staged: Path, mini: Path, new_ranges: dict[str, list[tuple[int, int]]]) -> Path:
    """The new documents' lines of each table of documents, and the tables rewritten whole, as a package of
    their own (no foreign keys: those are checked across the two parts, flows.delta_keys)."""
    descriptor = _load(staged)
    (mini / "processed").mkdir(parents=True, exist_ok=True)
    for res in descriptor["resources"]:
        table, source = res["name"], staged.parent / res["path"]
        target = mini / res["path"]
        if table in DOCUMENT_TABLES:
            with source.open("rb") as src, target.open("wb") as dst:
                dst.write(src.readline())
                for offset, length in sorted(new_ranges.get(table, [])):
                    src.seek(offset)
                    dst.write(src.read(length))
        else:
            shutil.copyfile(source, target)
            shutil.copyfile(staged.parent / res["parquet"]["path"], mini / res["parquet"]["path"])
        for entry in (res, res["parquet"]):
            entry.pop("bytes", None)
            entry.pop("hash", None)
        res["schema"] = {k: v for k, v in res["schema"].items() if k != "foreignKeys"}
    path = mini / "datapackage.json"
    path.write_text(json.dumps(descriptor, ensure_ascii=False), encoding="utf-8")
    return path


def incremental_problems(staged: Path, out: Path, limit: int = 5) -> tuple[list[str] | None, str]:
    """The incremental gate on the staged package `staged` (OUT/.staging/datapackage.json) against the release
    published in `out`: (problems, "") when the release only adds documents, else (None, why not)."""
    staged_docs, new_names, reason = eligible(staged, out)
    if reason:
        return None, reason
    problems = descriptor_errors(staged)
    if problems:
        return problems, ""
    descriptor, published = _load(staged), _load(out / "datapackage.json")
    new_ranges = {t: [(r[0], r[1]) for d in staged_docs if d[0] in new_names for r in d[3].get(t, [])]
                  for t in DOCUMENT_TABLES}
    found: list[Problem] = []
    for res in descriptor["resources"]:
        found += stats_problems(res, staged.parent) + stats_problems(res["parquet"], staged.parent)
    with tempfile.TemporaryDirectory(prefix="delta-gate-") as tmp:
        mini = Path(tmp)
        mini_descriptor = _mini_package(staged, mini, new_ranges)
        for table in DOCUMENT_TABLES:
            found += _csv_problems(table, staged, out, new_ranges[table], published)
            found += _parquet_problems(table, staged, out, _row_spans(staged_docs, new_names, table), mini,
                                       published)
        if not found:
            found += [_relabel(p) for p in fast_problems(mini_descriptor, limit)]
        if not found:
            found += cross_problems(staged, out, mini, limit)
    return [str(p) for p in found] + check_archive(staged), ""


def _relabel(problem: Problem) -> Problem:
    """A problem of the small package of new rows, named as such (its row numbers count the new rows only)."""
    name, _, rest = problem.resource.partition(" ")
    table = name.removesuffix("-parquet")
    if table in DOCUMENT_TABLES:
        return Problem(f"{name} (new rows) {rest}".strip(), problem.check, problem.row, problem.field, problem.value,
                       problem.detail + " (row counted among the new rows)" if problem.row else problem.detail,
                       problem.fix)
    return problem
