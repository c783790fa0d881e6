"""Read the Table Schemas in `schemas/`: the single source of truth for tables,
columns, types and keys. Nothing else in the code lists columns by hand.

Table Schema types map to one Arrow type each (`arrow_type`): `list` fields
(Table Schema v2, `;`-delimited in CSV) become `list<itemType>` in Parquet,
`yearmonth` stays an ISO `YYYY-MM` string (it sorts and filters as text).
"""
from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from pathlib import Path
from typing import Any, NotRequired, TypedDict

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
    "yearmonth": pa.string(),
}
DEFAULT_LIST_DELIMITER = ","  # Table Schema v2's default; our schemas always name theirs
Row = dict[str, Any]  # one row of a table: column name -> value, typed as its Table Schema field says
Tables = dict[str, list[Row]]  # table name -> its rows


class Constraints(TypedDict, total=False):
    """A field's `constraints`, as far as schemas/ uses them."""

    required: bool
    unique: bool
    enum: list[Any]
    pattern: str
    minimum: int | float
    maximum: int | float


class SchemaField(TypedDict):
    """One entry of a Table Schema's `fields`."""

    name: str
    type: str
    description: NotRequired[str]
    format: NotRequired[str]
    constraints: NotRequired[Constraints]
    categories: NotRequired[list[Any]]
    delimiter: NotRequired[str]  # a `list` field's item separator in CSV
    itemType: NotRequired[str]
    trueValues: NotRequired[list[str]]  # a boolean's spellings (Table Schema's default when absent)
    falseValues: NotRequired[list[str]]


class Reference(TypedDict):
    resource: NotRequired[str]  # absent or "": the same table
    fields: list[str]


class ForeignKey(TypedDict):
    fields: list[str]
    reference: Reference


# schemas/<table>.json ("$schema" is not a Python name, hence the functional form)
TableSchema = TypedDict("TableSchema", {
    "$schema": NotRequired[str],
    "description": NotRequired[str],
    "fields": list[SchemaField],
    "primaryKey": list[str],
    "foreignKeys": NotRequired[list[ForeignKey]],
    "missingValues": NotRequired[list[str]],
})


@lru_cache(maxsize=None)
def load_schema(table: str) -> TableSchema:
    path = SCHEMA_DIR / f"{table}.json"
    if not path.exists():
        raise FileNotFoundError(f"no Table Schema for {table!r}: expected {path}")
    return json.loads(path.read_text(encoding="utf-8"))


def fields(table: str) -> list[SchemaField]:
    return load_schema(table)["fields"]


def field_names(table: str) -> list[str]:
    return [f["name"] for f in fields(table)]


def field_types(table: str) -> dict[str, str]:
    return {f["name"]: f["type"] for f in fields(table)}


def list_delimiters(table: str) -> dict[str, str]:
    """The `list` fields of a table and their delimiters."""
    return {f["name"]: f.get("delimiter", DEFAULT_LIST_DELIMITER) for f in fields(table) if f["type"] == "list"}


def arrow_type(field: SchemaField, where: str = "") -> pa.DataType:
    """The Arrow type of one Table Schema field (a list field becomes list<itemType>)."""
    if field["type"] == "list":
        return pa.list_(arrow_type({"name": field["name"], "type": field.get("itemType", "string")}, where))
    if field["type"] not in ARROW_TYPES:
        raise ValueError(f"{where}{field.get('name', '')}: type {field['type']!r} has no Arrow mapping; "
                         "add it to ARROW_TYPES in flows/schema.py")
    return ARROW_TYPES[field["type"]]


def arrow_schema(table: str) -> pa.Schema:
    """The Arrow schema a table's Parquet file must have, derived from its Table Schema."""
    out = []
    for f in fields(table):
        required = bool(f.get("constraints", {}).get("required"))
        out.append(pa.field(f["name"], arrow_type(f, f"{table}."), nullable=not required))
    return pa.schema(out)


def schema_fingerprint() -> str:
    """A hash of all schemas: changes when a column or type changes (a major release)."""
    digest = hashlib.sha256()
    for table in TABLES:
        digest.update(json.dumps(load_schema(table), sort_keys=True).encode())
    return digest.hexdigest()[:16]
