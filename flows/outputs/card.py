"""The dataset card, DATASET.md: what a person wants to see before loading the data.

Written from the package (datapackage.json, its schemas and rows), the charts, the
measured quality (`eval/quality.json`) and the known limitations (`metadata/card.yaml`).
Nothing is written by hand here: a new column or code appears in the card by itself.
Deterministic: no clock, rows and codes in file and schema order.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from flows.outputs.charts import Chart
import pyarrow.compute as pc

from flows.outputs.csv_read import typed
from flows.outputs.package import Package, Table, categories, foreign_keys, one_line, primary_key
from flows.schema import SchemaField

REPO = Path(__file__).resolve().parent.parent.parent
QUALITY_FILE = REPO / "eval" / "quality.json"
CARD_FILE = REPO / "metadata" / "card.yaml"
EXAMPLE_LENGTH = 60


def cell(text: Any) -> str:
    """Text safe inside a Markdown table cell."""
    return one_line(str(text)).replace("|", "\\|")


def _example_text(value: Any, field: SchemaField) -> str:
    """A typed value as the card shows it, shortened and quoted; '' when it is blank."""
    if isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, list):
        text = field.get("delimiter", ",").join(str(v) for v in value)
    elif isinstance(value, date):
        text = value.isoformat()
    else:
        text = one_line(str(value))
    if not text:
        return ""
    text = text if len(text) <= EXAMPLE_LENGTH else text[:EXAMPLE_LENGTH - 1].rstrip() + "…"
    return "`" + text.replace("`", "'").replace("|", "\\|") + "`"


def examples(table: Table) -> dict[str, str]:
    """Each column's first non-blank value in file order, shortened ('' when the column has none): the
    table is read in Arrow batches until every column has one."""
    missing = tuple(str(v) for v in table.schema.get("missingValues", [""]))
    found: dict[str, str] = {}
    for batch in table.batches():
        for f in table.fields:
            if f["name"] in found:
                continue
            for value in pc.drop_null(batch.column(f["name"])).to_pylist():
                text = _example_text(typed(value, f, missing), f)
                if text:
                    found[f["name"]] = text
                    break
        if len(found) == len(table.fields):
            break
    return {f["name"]: found.get(f["name"], "") for f in table.fields}


def example(table: Table, field: SchemaField) -> str:
    """The first value of the column in file order, shortened, or '' when the column is empty."""
    return examples(table)[field["name"]]


def code_counts(table: Table, fields: list[SchemaField]) -> dict[str, Counter[str]]:
    """How many rows carry each value of the coded columns `fields` (a list cell counts each item)."""
    counts: dict[str, Counter[str]] = {f["name"]: Counter() for f in fields}
    if not fields:
        return counts
    for batch in table.batches(columns=[f["name"] for f in fields]):
        for f in fields:
            column = pc.drop_null(batch.column(f["name"]))
            if f["type"] == "list":
                column = pc.list_flatten(pc.split_pattern(column, f.get("delimiter", ",")))
            for item in pc.value_counts(column).to_pylist():
                counts[f["name"]][str(item["values"])] += item["counts"]
    return counts


@dataclass(frozen=True)
class CardFacts:
    """What the card reads from the tables' rows: each table's examples (by column) and code counts (by coded
    column). Gathered by `card_facts` while other outputs are still being built (flows.outputs.build)."""

    examples: dict[str, dict[str, str]]
    counts: dict[str, dict[str, Counter[str]]]


def card_facts(package: Package) -> CardFacts:
    """The examples and code counts of every table of the package."""
    return CardFacts({t.name: examples(t) for t in package.tables},
                     {t.name: code_counts(t, [f for f in t.fields if categories(f)]) for t in package.tables})


def size(path: Path) -> str:
    n = path.stat().st_size if path.is_file() else sum(p.stat().st_size for p in path.parent.glob(path.name))
    return f"{n / 1024:,.0f} kB" if n >= 1024 else f"{n} B"


def _header(package: Package) -> list[str]:
    d = package.descriptor
    licence = (d.get("licenses") or [{}])[0]
    rows = [("Version", f"{package.version} (created {d.get('created', 'unknown')})"),
            ("Identifier", f"`{d['id']}`" if d.get("id") else ""),
            ("Licence", f"[{licence.get('name', '')}]({licence.get('path', '')}) for the extracted rows; the texts "
                        "keep their publishers' terms (`documents.license`, [LICENSE-DATA.md](LICENSE-DATA.md))"),
            ("Cite", "[CITATION.cff](CITATION.cff); every release is archived under `releases/<version>/`"),
            ("Homepage", d.get("homepage", "")),
            ("Contact", ", ".join(c.get("email") or c.get("path") or "" for c in d.get("contributors", [])
                                  if c.get("email") or c.get("path")))]
    lines = [f"# {d.get('title', package.name)}", "", one_line(d.get("description", "")), "", "| | |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in rows if v]
    return lines + [""]


def _files(package: Package, outputs: dict[str, str]) -> list[str]:
    root, name = package.root, package.name
    entries = [
        ("CSV + `datapackage.json`", "processed/*.csv", "the canonical copy: frictionless, R, any tool"),
        ("Parquet", "processed/*.parquet", "pandas, polars, DuckDB, Arrow (typed, lists as list<string>)"),
        ("SQLite", outputs["sqlite"], "sqlite3, Datasette (`make datasette`), any SQL client"),
        ("Excel", outputs["xlsx"], "spreadsheets (formula-like cells made safe, see README sheet)"),
        ("DCAT-AP-NO (JSON-LD)", outputs["dcat"], "data catalogues such as data.norge.no"),
    ]
    lines = ["## Files", "", "| format | file | size | for |", "|---|---|---|---|"]
    for fmt, rel, use in entries:
        present = (root / rel).exists() if "*" not in rel else any(root.glob(rel))
        if present:
            lines.append(f"| {fmt} | `{rel}` | {size(root / rel)} | {use} |")
    lines += ["", f"The release archive `releases/{package.version}/` holds this version's CSV files, descriptor "
              "and checksums. Load the tables:", "", "```python",
              "import pandas as pd",
              "demands = pd.read_parquet(\"processed/demands.parquet\")",
              "```", "", "```sh",
              f"sqlite3 {outputs['sqlite']} 'SELECT claimant, count(*) FROM demands GROUP BY 1'",
              "```", "", f"Every table, column and code of `{name}` is described below.", ""]
    return lines


def _glance(package: Package) -> list[str]:
    lines = ["## At a glance", "", "| table | rows | one row is |", "|---|---:|---|"]
    lines += [f"| [{t.name}](#{t.name}) | {len(t.rows):,} | {cell(t.description)} |" for t in package.tables]
    return lines + [""]


def _charts(charts: list[tuple[Chart, str]], folder: str) -> list[str]:
    lines = ["## Charts", ""]
    for chart, alt in charts:
        lines += [f"### {chart.title}", "", f"![{cell(alt)}]({folder}/{chart.file})", "",
                  f"Query: `{chart.query}` (metadata/queries.yaml; a canned query in Datasette).", ""]
    return lines


def _table_section(table: Table, found: dict[str, str]) -> list[str]:
    keys = ", ".join(f"`{k}`" for k in primary_key(table))
    fks = [f"`{', '.join(f)}` → [{ref}](#{ref}).`{', '.join(rf)}`" for f, ref, rf in foreign_keys(table)]
    lines = [f"### {table.name}", "", f"{one_line(table.description)} {len(table.rows):,} rows, "
             f"file `{table.resource['path']}`.", "", f"Primary key: {keys}." + (
                 f" Foreign keys: {'; '.join(fks)}." if fks else ""), "",
             "| column | type | required | meaning | example |", "|---|---|---|---|---|"]
    for f in table.fields:
        kind = f["type"] + (f" of {f.get('itemType', 'string')}" if f["type"] == "list" else "")
        required = "yes" if f.get("constraints", {}).get("required") else ""
        lines.append(f"| `{f['name']}` | {kind} | {required} | {cell(f.get('description', ''))} | "
                     f"{found[f['name']]} |")
    return lines + [""]


def _code_lists(package: Package, facts: CardFacts) -> list[str]:
    lines = ["## Code lists", "", "Coded columns, each code with its label and how many rows carry it.", ""]
    for table in package.tables:
        coded = facts.counts[table.name]
        for f in table.fields:
            codes = categories(f)
            if not codes:
                continue
            counts = coded[f["name"]]
            lines += [f"### {table.name}.{f['name']}", "", "| code | label | rows |", "|---|---|---:|"]
            lines += [f"| `{v}` | {cell(label)} | {counts[v]:,} |" for v, label in codes]
            lines.append("")
    return lines


def _quality() -> list[str]:
    data = json.loads(QUALITY_FILE.read_text(encoding="utf-8"))
    metrics: dict[str, str] = data["metrics"]
    lines = ["## Extraction quality", "", one_line(data["method"]), "",
             "| set | texts | " + " | ".join(metrics.values()) + " |",
             "|---|---:|" + "---:|" * len(metrics)]
    for s in data["sets"]:
        values = " | ".join(f"{s[k]:.2f}" if s.get(k) is not None else "—" for k in metrics)
        lines.append(f"| {cell(s['set'])} | {s['texts']} | {values} |")
    return lines + [""] + [f"- {one_line(n)}" for n in data.get("notes", [])] + [""]


def _limitations() -> list[str]:
    data = yaml.safe_load(CARD_FILE.read_text(encoding="utf-8"))
    return ["## Known limitations", ""] + [f"- {one_line(item)}" for item in data["limitations"]] + [""]


def _sources(package: Package) -> list[str]:
    sources = package.descriptor.get("sources", [])
    if not sources:
        return []
    lines = ["## Sources", "", "| source | texts | licence of the texts | texts in full |", "|---|---:|---|---|"]
    for s in sources:
        licence = ", ".join(lic.get("name", "") for lic in s.get("licenses", []))
        title = f"[{cell(s.get('title', ''))}]({s['path']})" if s.get("path") else cell(s.get("title", ""))
        full = "" if s.get("fullText") is None else ("yes" if s["fullText"] else "excerpts only")
        lines.append(f"| {title} | {s.get('documents', '')} | {cell(licence)} | {full} |")
    return lines + [""]


def render_card(package: Package, charts: list[tuple[Chart, str]], outputs: dict[str, str],
                charts_folder: str = "charts", facts: CardFacts | None = None) -> str:
    """DATASET.md for the package; `outputs` names the derived files (sqlite, xlsx, dcat) relative to its root;
    `facts`: card_facts(package), gathered beforehand (else here)."""
    facts = card_facts(package) if facts is None else facts
    lines = (_header(package) + _files(package, outputs) + _glance(package) + _charts(charts, charts_folder)
             + ["## Tables", ""] + [line for t in package.tables for line in _table_section(t, facts.examples[t.name])]
             + _code_lists(package, facts) + _quality() + _limitations() + _sources(package)
             + ["---", "", "Generated by the pipeline (`flows/outputs/card.py`) from `datapackage.json`, the schemas, "
                "the data, `eval/quality.json` and `metadata/card.yaml`; edit those, not this file.", ""])
    return "\n".join(lines)
