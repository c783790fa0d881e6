"""Build and check every derived output of a package (see flows/outputs/__init__.py)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from flows.outputs.card import render_card
from flows.outputs.charts import CHARTS, draw_charts
from flows.outputs.datasette import write_datasette_metadata
from flows.outputs.dcat import RECORD, write_dcat
from flows.outputs.package import Package, read_package
from flows.outputs.spreadsheet import build_spreadsheet
from flows.outputs.sqlite import build_sqlite, check_sqlite

CARD = "DATASET.md"
CHARTS_DIR = "charts"
CATALOG_DIR = RECORD.split("/")[0]
TOP_LEVEL = (CARD, CHARTS_DIR, CATALOG_DIR)  # entries of OUT the outputs add besides files in processed/
DATASETTE_METADATA = "processed/datasette-metadata.json"


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


def build_outputs(descriptor_path: Path) -> dict[str, Any]:
    """Build every derived output next to the package; returns the files written and the
    spreadsheet's counts of neutralised and cut cells."""
    package = read_package(descriptor_path)
    root, paths = package.root, output_paths(package.name)
    database = build_sqlite(package, root / paths["sqlite"])
    cells = build_spreadsheet(package, root / paths["xlsx"])
    write_datasette_metadata(package, Path(paths["sqlite"]).stem, root / paths["datasette"])
    charts_dir = root / CHARTS_DIR
    for old in charts_dir.glob("*.png") if charts_dir.is_dir() else []:
        old.unlink()
    charts = draw_charts(database, charts_dir)
    write_dcat(package, paths, root / paths["dcat"])  # before the card, which gives its size
    (root / CARD).write_text(render_card(package, charts, paths, CHARTS_DIR), encoding="utf-8")
    return {"files": derived_files(root, package.name), "spreadsheet": cells}


def card_missing_fields(package: Package, card: str) -> list[str]:
    """Schema fields the card does not list (`table.field`)."""
    missing = []
    for table in package.tables:
        section = card.split(f"\n### {table.name}\n", 1)
        for field in table.fields:
            if len(section) < 2 or f"| `{field['name']}` |" not in section[1].split("\n### ", 1)[0]:
                missing.append(f"{table.name}.{field['name']}")
    return missing


def check_outputs(descriptor_path: Path) -> list[str]:
    """Problems of the derived outputs next to a package (empty when they are complete and agree with it)."""
    package = read_package(descriptor_path)
    root, paths = package.root, output_paths(package.name)
    problems = [f"{rel} is missing; the derived outputs were not built" for rel in paths.values()
                if not (root / rel).is_file()]
    problems += [f"{CHARTS_DIR}/{c.file} is missing" for c in CHARTS if not (root / CHARTS_DIR / c.file).is_file()]
    if problems:
        return problems
    problems += check_sqlite(package, root / paths["sqlite"])
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
