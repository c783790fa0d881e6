"""Datasette metadata for the SQLite build: titles, descriptions, licence, source links,
per-column descriptions from the schemas and the canned queries of metadata/queries.yaml.

`make datasette` serves processed/<name>.sqlite with this file on 127.0.0.1.
"""
from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any

from flows.outputs.package import Package, categories, one_line
from flows.outputs.queries import load_queries
from flows.outputs.sqlite_meta import META_TABLES
from flows.schema import SchemaField

LABEL_COLUMNS = ("label_en", "name", "title")  # what Datasette shows for a foreign key, first present wins


def _column_description(field: SchemaField) -> str:
    text = one_line(field.get("description", ""))
    codes = categories(field)
    if codes and any(label for _, label in codes):
        text += " Codes: " + "; ".join(f"{v} = {label}" if label else v for v, label in codes) + "."
    if field["type"] == "list":
        text += " (A JSON array in this database.)"
    return text


def _sources_html(package: Package) -> str:
    items = []
    for s in package.descriptor.get("sources", []):
        title = html.escape(s.get("title", ""))
        link = f'<a href="{html.escape(s["path"])}">{title}</a>' if s.get("path") else title
        licence = ", ".join(html.escape(lic.get("name", "")) for lic in s.get("licenses", []))
        items.append(f"<li>{link}" + (f" (texts: {licence})" if licence else "") + "</li>")
    return "<p>Sources:</p><ul>" + "".join(items) + "</ul>" if items else ""


def datasette_metadata(package: Package, database: str) -> dict[str, Any]:
    d = package.descriptor
    licence = (d.get("licenses") or [{}])[0]
    tables: dict[str, Any] = {}
    for table in package.tables:
        names = [f["name"] for f in table.fields]
        entry: dict[str, Any] = {"description": one_line(table.description),
                                 "columns": {f["name"]: _column_description(f) for f in table.fields}}
        label = next((c for c in LABEL_COLUMNS if c in names), None)
        if label:
            entry["label_column"] = label
        tables[table.name] = entry
    for meta in META_TABLES:
        tables[meta] = {"description": f"Metadata of this database ({meta[1:]}), from datapackage.json and the schemas."}
    description = one_line(d.get("description", ""))
    meta: dict[str, Any] = {
        "title": d.get("title", package.name),
        "description_html": f"<p>{html.escape(description)}</p><p>Version {html.escape(package.version)}, "
                            f"created {html.escape(str(d.get('created', '')))}.</p>" + _sources_html(package),
        "license": licence.get("name", ""), "license_url": licence.get("path", ""),
        "databases": {database: {
            "title": f"{d.get('title', package.name)} ({package.version})",
            "description": description,
            "tables": tables,
            "queries": {q.name: {"title": q.title, "description": q.description, "sql": q.sql}
                        for q in load_queries()},
        }},
    }
    if d.get("homepage"):
        meta.update({"source": "datapackage.json", "source_url": d["homepage"],
                     "about": "Homepage", "about_url": d["homepage"]})
    return meta


def write_datasette_metadata(package: Package, database: str, target: Path) -> Path:
    target.write_text(json.dumps(datasette_metadata(package, database), indent=2, ensure_ascii=False) + "\n",
                      encoding="utf-8")
    return target
