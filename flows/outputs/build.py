"""Build and check every derived output of a package (see flows/outputs/__init__.py).

Given the folder of the previous release (`previous`: OUT, while the new release is built in
OUT/.staging), the SQLite database and the spreadsheet reuse the rows of documents that did
not change (flows.outputs.plan): when the outputs' state (flows.outputs.state) says the
published outputs were built by this code from the published package, and the published
index (flows.published_index) says where each document's rows are. Otherwise, or when the
incremental build fails, everything is built from scratch. Either way the files are the
same bytes (tests/test_outputs_incremental.py).
"""
from __future__ import annotations

import json
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from flows.memory import gc_paused
from flows.outputs.card import card_facts, render_card
from flows.outputs.charts import CHARTS, draw_charts
from flows.outputs.datasette import write_datasette_metadata
from flows.outputs.dcat import RECORD, write_dcat
from flows.outputs import plan, state
from flows.outputs.csv_read import remember_rows
from flows.outputs.package import Package, read_package
from flows.outputs.sheet_rows import Reusable, document_chunks
from flows.outputs.spreadsheet import build_spreadsheet
from flows.outputs.sqlite import build_sqlite, check_sqlite, reusable_tables
from flows.outputs.sqlite_append import append_sqlite
from flows.published_index import PublishedDoc, load, load_staged, scan
from flows.tables import DOCUMENT_TABLES

CARD = "DATASET.md"
CHARTS_DIR = "charts"
CATALOG_DIR = RECORD.split("/")[0]
TOP_LEVEL = (CARD, CHARTS_DIR, CATALOG_DIR)  # entries of OUT the outputs add besides files in processed/
DATASETTE_METADATA = "processed/datasette-metadata.json"
T = TypeVar("T")


def output_paths(package_name: str) -> dict[str, str]:
    """Each derived file, relative to the package root."""
    return {"sqlite": f"processed/{package_name}.sqlite", "xlsx": f"processed/{package_name}.xlsx",
            "datasette": DATASETTE_METADATA, "dcat": RECORD, "card": CARD}


def derived_files(root: Path, package_name: str) -> list[str]:
    """Every derived file present under `root`, relative to it, sorted."""
    files = [p for p in output_paths(package_name).values() if (root / p).is_file()]
    charts = root / CHARTS_DIR
    files += [f"{CHARTS_DIR}/{p.name}" for p in charts.glob("*.png")] if charts.is_dir() else []
    return sorted(files)


def package_index(root: Path) -> list[PublishedDoc]:
    """Where each document's rows are in the package at `root`: the index saved beside a staged package, the
    published index of OUT, else one pass over the CSV files."""
    found = load_staged(root) or load(root)
    return list(found.values()) if found is not None else list(scan(root / "processed").values())


@dataclass(frozen=True)
class Reuse:
    """What the previous release's outputs offer: its index, the outputs' state, the tables whose SQLite
    rows can be copied."""

    root: Path
    index: dict[str, PublishedDoc]
    state: state.OutputsState
    tables: frozenset[str]


def previous_outputs(package: Package, previous: Path | None) -> tuple[Reuse | None, str]:
    """The previous release's outputs when they can be reused, else None; and why not."""
    if previous is None:
        return None, "no previous release given"
    saved = state.load(previous)
    if saved is None:
        return None, "no outputs state that describes the published outputs and this code"
    index = load(previous)
    if index is None and (previous / "processed").is_dir():
        index = scan(previous / "processed")  # saved by older code, or lost: one pass over the published CSV files
    if not index:
        return None, "no published index of the published package"
    tables = reusable_tables(package, previous / output_paths(package.name)["sqlite"])
    return Reuse(previous, index, saved, tables), "reused"


def remember_document_rows(package: Package, index: list[PublishedDoc]) -> None:
    """Each document table's number of rows, from the package's index (the rows the assembly wrote per
    document, or one pass over the CSV files when the index was scanned), so that the SQLite metadata, the
    spreadsheet, the card and the check do not count them by reading every CSV file again."""
    for table in package.tables:
        if table.name in DOCUMENT_TABLES and table.path.is_file():
            remember_rows(table.path, sum(doc.counts.get(table.name, 0) for doc in index))


def _build_tables(package: Package, paths: dict[str, str], index: list[PublishedDoc], reuse: Reuse | None,
                  then: Callable[[Path], Any], meanwhile: Callable[[], Any]) -> tuple[Path, dict[str, Any]]:
    """The SQLite database and the spreadsheet, reusing the previous release's where `reuse` says; `then` (the
    charts, drawn from the database) runs in the database's thread once its rows are in, while the file is
    written and the spreadsheet may still be built; its result is `after` in the returned dict. `meanwhile` (what the card reads from the
    tables) runs in this thread after the spreadsheet, while the database's thread may still be busy; its
    result is `meanwhile` in the returned dict."""
    root = package.root
    segments: dict[str, list[plan.Segment]] = {}  # filled in the database's thread
    reusable = None
    if reuse is not None:
        reusable = Reusable(reuse.root / paths["xlsx"], {t: {c[0]: c for c in chunks}
                                                         for t, chunks in reuse.state.chunks.items()})
    def timed(build: Callable[[], T]) -> tuple[T, float]:
        t0 = time.perf_counter()
        return build(), time.perf_counter() - t0

    # The two builds share nothing but the package's CSV files they read: the database is built in a
    # thread of its own (SQLite, Arrow and zlib do their work without the interpreter lock), so a
    # second core, where there is one, takes half of the work. Each file's bytes are what one thread
    # alone writes. `then` (the charts) reads the database's rows from its scratch file while `VACUUM
    # INTO` writes the published file (flows.outputs.sqlite.vacuum_into).
    def database(beside: Callable[[Path], Any]) -> tuple[Path, str]:
        """The published database extended by the new rows where that is all that changed, else built."""
        if reuse is not None:
            published = plan.Previous(reuse.root, reuse.index, reuse.tables)
            segments.update({t.name: plan.table_segments(t.name, index, published) for t in package.tables
                             if t.name in DOCUMENT_TABLES})
        if reuse is not None and segments:
            extended = append_sqlite(package, root / paths["sqlite"], segments, reuse.root / paths["sqlite"],
                                     beside)
            if extended is not None:
                return extended, "appended"
        previous = reuse.root / paths["sqlite"] if reuse is not None else None
        return build_sqlite(package, root / paths["sqlite"], segments, previous, beside), "built"

    def database_then() -> tuple[Path, str, float, Any, float, list[str]]:
        drawn: list[tuple[Any, float]] = []
        (built, how), seconds = timed(lambda: database(lambda scratch: drawn.append(timed(lambda: then(scratch)))))
        (after, after_seconds), = drawn
        # the file as written, checked here while the spreadsheet may still be built (check_outputs takes it)
        return built, how, seconds, after, after_seconds, check_sqlite(package, built, built_here=True)

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sqlite-build") as pool:
        sqlite_build = pool.submit(database_then)
        try:
            sheet, xlsx_seconds = timed(lambda: build_spreadsheet(package, root / paths["xlsx"],
                                                                  document_chunks(package, index), reusable))
            facts, facts_seconds = timed(meanwhile)
        finally:
            # waits for the database and the charts; raises their error
            database, how, sqlite_seconds, after, after_seconds, checked = sqlite_build.result()
    timings = {"sqlite": sqlite_seconds, "xlsx": xlsx_seconds, "charts": after_seconds, "card": facts_seconds}
    return database, {"spreadsheet": sheet.counts(), "chunks": sheet.chunks, "timings": timings, "after": after,
                      "meanwhile": facts, "sqlite_check": checked,
                      "reuse": {"sqlite": how, "sqlite_rows_copied": sum(s.count for segs in segments.values() for s in segs
                                                          if isinstance(s, plan.Copy)),
                                "xlsx_chunks_copied": sheet.reused, "xlsx_chunks_written": sheet.written}}


def build_outputs(descriptor_path: Path, previous: Path | None = None, index: list[PublishedDoc] | None = None
                  ) -> dict[str, Any]:
    """Build every derived output next to the package, reusing the outputs of the release at `previous`
    where they still hold; returns the files written, the spreadsheet's counts of neutralised and cut
    cells, what was reused and the outputs' `state` (for the next build: flows.outputs.state.save_staged
    or save). `index`: where the package's documents' rows are (package_index when None). `sqlite_check`:
    the problems check_sqlite found in the database just written (for check_outputs)."""
    package = read_package(descriptor_path)
    root, paths = package.root, output_paths(package.name)
    with gc_paused():  # the indexes, plans and chunk lists are acyclic (flows.memory)
        docs = package_index(root) if index is None else index
        remember_document_rows(package, docs)
        return _build_outputs(package, root, paths, docs, previous)


def _build_outputs(package: Package, root: Path, paths: dict[str, str], index: list[PublishedDoc],
                   previous: Path | None) -> dict[str, Any]:
    reuse, why = previous_outputs(package, previous)
    charts_dir = root / CHARTS_DIR

    def charts(database: Path, reuse: Reuse | None) -> Any:
        """The charts, drawn from the database (or copied: flows.outputs.charts), in the database's thread."""
        for old in charts_dir.glob("*.png") if charts_dir.is_dir() else []:
            old.unlink()
        return draw_charts(database, charts_dir, {f: (d, alt, reuse.root / CHARTS_DIR / f) for f, (d, alt)
                                                  in reuse.state.charts.items()} if reuse is not None else None)

    try:
        database, tables = _build_tables(package, paths, index, reuse, lambda db: charts(db, reuse),
                                         lambda: card_facts(package))
    except (OSError, ValueError, KeyError) as exc:
        if reuse is None:
            raise
        why = f"incremental build failed ({type(exc).__name__}: {exc}); built from scratch"
        database, tables = _build_tables(package, paths, index, None, lambda db: charts(db, None),
                                         lambda: card_facts(package))
    cells, timings, drawn, facts = tables["spreadsheet"], tables["timings"], tables["after"], tables["meanwhile"]
    write_datasette_metadata(package, Path(paths["sqlite"]).stem, root / paths["datasette"])
    t0 = time.perf_counter()
    write_dcat(package, paths, root / paths["dcat"])  # before the card, which gives its size
    (root / CARD).write_text(render_card(package, [(c, alt) for c, alt, _ in drawn], paths, CHARTS_DIR, facts),
                             encoding="utf-8")
    timings["card"] += time.perf_counter() - t0
    files = derived_files(root, package.name)
    charts = {c.file: [digest, alt] for c, alt, digest in drawn}
    return {"files": files, "spreadsheet": cells, "reuse": {**tables["reuse"], "previous": why},
            "timings": {k: round(v, 2) for k, v in timings.items()}, "sqlite_check": tables["sqlite_check"],
            "state": state.record(root, files, tables["chunks"], charts)}


def card_missing_fields(package: Package, card: str) -> list[str]:
    """Schema fields the card does not list (`table.field`)."""
    missing = []
    for table in package.tables:
        section = card.split(f"\n### {table.name}\n", 1)
        for field in table.fields:
            if len(section) < 2 or f"| `{field['name']}` |" not in section[1].split("\n### ", 1)[0]:
                missing.append(f"{table.name}.{field['name']}")
    return missing


def check_outputs(descriptor_path: Path, built_here: bool = False, sqlite_check: list[str] | None = None) -> list[str]:
    """Problems of the derived outputs next to a package (empty when they are complete and agree with it).
    `built_here`: build_outputs just built them in this process (flows.outputs.sqlite.check_sqlite);
    `sqlite_check`: what build_outputs' own check_sqlite of the database found (its `sqlite_check`), which
    then is not run again."""
    package = read_package(descriptor_path)
    root, paths = package.root, output_paths(package.name)
    problems = [f"{rel} is missing; the derived outputs were not built" for rel in paths.values()
                if not (root / rel).is_file()]
    problems += [f"{CHARTS_DIR}/{c.file} is missing" for c in CHARTS if not (root / CHARTS_DIR / c.file).is_file()]
    if problems:
        return problems
    problems += check_sqlite(package, root / paths["sqlite"], built_here) if sqlite_check is None else sqlite_check
    card = (root / CARD).read_text(encoding="utf-8")
    problems += [f"{CARD} does not describe {f}; flows/outputs/card.py must list every schema field"
                 for f in card_missing_fields(package, card)]
    try:
        record = json.loads((root / paths["dcat"]).read_text(encoding="utf-8"))
        types = {node.get("@type") for node in record["@graph"]}
        if not {"dcat:Catalog", "dcat:Dataset", "dcat:Distribution"} <= types:
            problems.append(f"{paths['dcat']}: lacks a catalogue, dataset or distribution node")
    except (ValueError, KeyError) as exc:
        problems.append(f"{paths['dcat']}: not a JSON-LD graph ({exc})")
    return problems
