"""Read the Table Schemas in `schemas/`: the single source of truth for tables,
columns, types and keys. Nothing else in the code lists columns by hand."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import pyarrow as pa

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schemas"
# Publication order: referenced tables before the tables that point to them.
TABLES: tuple[str, ...] = ("topics", "documents", "persons", "meetings", "participants", "statements", "demands", "changes")

ARROW_TYPES: dict[str, pa.DataType] = {
    "string": pa.string(),
    "integer": pa.int64(),
    "number": pa.float64(),
    "boolean": pa.bool_(),
    "date": pa.date32(),
}


@lru_cache(maxsize=None)
def load_schema(table: str) -> dict[str, Any]:
    path = SCHEMA_DIR / f"{table}.json"
    if not path.exists():
        raise FileNotFoundError(f"no Table Schema for {table!r}: expected {path}")
    return json.loads(path.read_text(encoding="utf-8"))


def field_names(table: str) -> list[str]:
    return [f["name"] for f in load_schema(table)["fields"]]


def field_types(table: str) -> dict[str, str]:
    return {f["name"]: f["type"] for f in load_schema(table)["fields"]}


def arrow_schema(table: str) -> pa.Schema:
    """The Arrow schema a table's Parquet file must have, derived from its Table Schema."""
    fields = []
    for f in load_schema(table)["fields"]:
        if f["type"] not in ARROW_TYPES:
            raise ValueError(f"{table}.{f['name']}: type {f['type']!r} has no Arrow mapping; add it to ARROW_TYPES")
        required = bool(f.get("constraints", {}).get("required"))
        fields.append(pa.field(f["name"], ARROW_TYPES[f["type"]], nullable=not required))
    return pa.schema(fields)


def schema_fingerprint() -> str:
    """A hash of all schemas: changes when a column or type changes (a major release)."""
    import hashlib

    digest = hashlib.sha256()
    for table in TABLES:
        digest.update(json.dumps(load_schema(table), sort_keys=True).encode())
    return digest.hexdigest()[:16]
