"""Read a published (or staged, or archived) data package generically, from its own
datapackage.json: every table's rows typed per the schema the descriptor carries.

The derived outputs (SQLite, spreadsheet, card, catalogue record) are built from
this and nothing else, so they follow the schemas wherever they change, and they
can be rebuilt for any release folder (`releases/<version>/`), whose CSV files are
the canonical copy of its rows. How a CSV file is read (typed rows, Arrow batches, byte
ranges) is flows.outputs.csv_read.
"""
from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa

from flows.outputs.csv_read import CsvRows, Range, Row, arrow_batches
from flows.schema import SchemaField, TableSchema


@dataclass(frozen=True)
class Table:
    """One tabular resource: its name, descriptor entry and typed rows (in file order)."""

    name: str
    resource: dict[str, Any]
    rows: Sequence[Row]  # CsvRows: read from the file each time they are iterated, never all held at once

    @property
    def schema(self) -> TableSchema:
        return self.resource["schema"]

    @property
    def fields(self) -> list[SchemaField]:
        return self.schema["fields"]

    @property
    def description(self) -> str:
        return self.resource.get("description") or self.schema.get("description", "")

    @property
    def path(self) -> Path:
        return self.rows.path if isinstance(self.rows, CsvRows) else Path(self.resource["path"])

    def batches(self, columns: Sequence[str] | None = None, ranges: Sequence[Range] | None = None
                ) -> Iterator[pa.RecordBatch]:
        """The table's cells as text (the schema's missing values as nulls), in Arrow record batches of a few
        MB, read in C++ (flows.outputs builds from these; `rows` is the slow, typed, row-at-a-time view).
        `columns` limits the columns converted; `ranges` reads only those byte ranges of the file (whole
        records, e.g. one document's lines from the published index), in order."""
        return arrow_batches(self.path, self.resource, columns, ranges)


@dataclass(frozen=True)
class Package:
    """A data package folder: `root/datapackage.json` and the tables it describes."""

    root: Path
    descriptor: dict[str, Any]
    tables: tuple[Table, ...]

    def table(self, name: str) -> Table:
        for table in self.tables:
            if table.name == name:
                return table
        raise KeyError(f"{self.root / 'datapackage.json'} has no table {name!r}")

    @property
    def name(self) -> str:
        return str(self.descriptor.get("name") or "dataset")

    @property
    def version(self) -> str:
        return str(self.descriptor.get("version") or "")


def read_package(descriptor_path: Path) -> Package:
    """Every tabular CSV resource of the package, in the descriptor's order."""
    descriptor = json.loads(descriptor_path.read_text(encoding="utf-8"))
    root = descriptor_path.parent
    tables = tuple(
        Table(res["name"], res, CsvRows(root / res["path"], res["schema"]))
        for res in descriptor.get("resources", [])
        if "schema" in res and res.get("format", "csv") == "csv"
    )
    return Package(root, descriptor, tables)


def categories(field: SchemaField) -> list[tuple[str, str]]:
    """A field's code list as (value, label): Table Schema v2 `categories` (strings or
    {value, label}), else its `enum` constraint (label empty)."""
    out = []
    for item in field.get("categories") or []:
        if isinstance(item, dict):
            out.append((str(item["value"]), str(item.get("label", ""))))
        else:
            out.append((str(item), ""))
    if not out:
        out = [(str(v), "") for v in field.get("constraints", {}).get("enum", [])]
    return out


def foreign_keys(table: Table) -> list[tuple[list[str], str, list[str]]]:
    """(fields, referenced table, referenced fields) of each foreign key; "" means the table itself."""
    out = []
    for fk in table.schema.get("foreignKeys", []):
        fields = fk["fields"] if isinstance(fk["fields"], list) else [fk["fields"]]
        ref = fk["reference"]
        ref_fields = ref["fields"] if isinstance(ref["fields"], list) else [ref["fields"]]
        out.append((fields, ref.get("resource") or table.name, ref_fields))
    return out


def primary_key(table: Table) -> list[str]:
    key = table.schema.get("primaryKey", [])
    return key if isinstance(key, list) else [key]


def one_line(text: str) -> str:
    """Descriptions on one line (for SQL comments, table cells)."""
    return " ".join(str(text).split())
