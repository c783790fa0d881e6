"""Assembly: from the documents' extractions to a staged release, or a reason not to make one.

Each document is checked on its own (flows.screen) and set aside when its rows would
break the release; the tables are built from the rest and checked; the published
release is read and checked against its own hashes (flows.published); the row-count
assertions (flows.assertions) stop a release that would lose many rows; then the
version is decided and the package staged. A release that only repairs damaged
files keeps its version and republishes the same bytes.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from flows.assertions import shrink_problems
from flows.isolate import Outcome, load_extraction
from flows.model import Extraction
from flows.package_meta import missing_metadata, package_metadata
from flows.publish import recover, stage
from flows.release import (
    DATA_TABLES,
    Delta,
    Published,
    PublishedUnreadable,
    change_rows,
    changelog_entry,
    changelog_text,
    diff,
    next_version,
    read_published,
)
from flows.screen import screen
from flows.tables import build_tables
from flows.validate import sanity_checks


def _load(outcomes: list[Outcome]) -> tuple[list[Extraction], list[dict[str, str]]]:
    extractions, lost = [], []
    for outcome in outcomes:
        try:
            extractions.append(load_extraction(outcome))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            lost.append({"file": outcome["source_file"],
                         "reason": f"its extraction could not be read back ({type(exc).__name__}: {exc}); "
                                   "it is extracted again on the next run"})
    return extractions, lost


def _stage_release(tables: dict[str, Any], out: Path, published: Published, delta: Delta,
                   result: dict[str, Any]) -> None:
    """Decide the version and stage the package; fills `result`. A repair (damaged files, no row
    changed) republishes the same version with its changes table and changelog as they were."""
    version = next_version(published, delta, package_metadata(tables["documents"], published.created))
    changelog_path = out / "CHANGELOG.md"
    if version is None and published.damage:
        version, result["repair"] = published.version, True
        tables["changes"] = list(published.tables.get("changes", []))
        entry = "" if changelog_path.is_file() else changelog_entry(str(version), tables, delta)
    elif version is not None:
        tables["changes"] = change_rows(version, delta)
        entry = changelog_entry(version, tables, delta)
    result["version"] = version
    if version is None:
        return
    result["rows"]["changes"] = len(tables["changes"])
    try:
        result["staged"] = str(stage(tables, out, version, changelog_text(changelog_path, entry),
                                     previous_created=published.created))
    except OSError as exc:
        where = exc.filename or out / ".staging"
        result["stopped"] = (f"could not write the package into {where}: {exc.strerror or exc}; "
                             "the published release is unchanged")
        recover(out)


def assemble(outcomes: list[Outcome], out_dir: str, allow_shrink: bool = False) -> dict[str, Any]:
    """Check each document, build the tables, run the sanity checks and the row-count assertions,
    compare with the published release (checked against its own hashes) and stage a new one."""
    out = Path(out_dir)
    extractions, lost = _load(outcomes)
    screened = screen(extractions)
    tables = build_tables(list(screened.kept))
    result: dict[str, Any] = {
        "set_aside": lost + [{"file": q.source_file, "reason": q.reason} for q in screened.set_aside],
        "kept": [ex.document.source_file for ex in screened.kept],
        "problems": sanity_checks(tables, expected_documents=len(screened.kept)),
        "rows": {t: len(tables[t]) for t in DATA_TABLES},
        "version": None, "previous_version": None, "previous_documents": {}, "delta": {},
        "damaged": [], "repair": False, "stopped": None, "staged": None, "warnings": missing_metadata(),
    }
    try:
        published = read_published(out)
    except PublishedUnreadable as exc:
        result["stopped"] = str(exc)
        return result
    delta = diff(published.tables, tables)
    result.update({
        "previous_version": published.version, "delta": delta.counts(),
        "damaged": list(published.damage) + [f"{t}: no intact copy; rebuilt from the extractions" for t in published.lost],
        "previous_documents": {r["source_file"]: r["sha256"] for r in published.tables.get("documents", [])},
    })
    if result["problems"]:
        return result
    shrink = shrink_problems(published.counts(), result["rows"], {t: c["removed"] for t, c in delta.counts().items()})
    if shrink and not allow_shrink:
        result["stopped"] = "release stopped, it would lose rows: " + "; ".join(shrink)
        return result
    _stage_release(tables, out, published, delta, result)
    return result


