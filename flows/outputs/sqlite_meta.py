"""The SQLite build's metadata tables (`_package`, `_tables`, `_columns`, `_categories`) and the storage type of
each Table Schema type (flows.outputs.sqlite builds the rest; see its docstring)."""
from __future__ import annotations

import json

import apsw

from flows.outputs.package import Package, categories, one_line, primary_key
from flows.schema import SchemaField

SQL_TYPES = {"string": "TEXT", "integer": "INTEGER", "year": "INTEGER", "number": "REAL", "boolean": "INTEGER",
             "date": "TEXT", "yearmonth": "TEXT", "datetime": "TEXT", "time": "TEXT", "list": "TEXT", "any": "TEXT"}
META_TABLES = ("_package", "_tables", "_columns", "_categories")


def sql_type(field: SchemaField) -> str:
    if field["type"] not in SQL_TYPES:
        raise ValueError(f"{field['name']}: Table Schema type {field['type']!r} has no SQLite mapping; "
                         "add it to SQL_TYPES in flows/outputs/sqlite_meta.py")
    return SQL_TYPES[field["type"]]


METADATA_SQL = (
    """CREATE TABLE "_package" (
  "key" TEXT NOT NULL PRIMARY KEY, -- Property of datapackage.json (name, title, version, created, licence ...)
  "value" TEXT -- Its value (JSON for lists and objects)
)""",
    """CREATE TABLE "_tables" (
  "table_name" TEXT NOT NULL PRIMARY KEY, -- A table of the package
  "description" TEXT, -- What one row is
  "rows" INTEGER NOT NULL, -- Number of rows
  "primary_key" TEXT NOT NULL, -- Primary key columns, JSON array
  "csv_path" TEXT NOT NULL -- The table's CSV file in the package
)""",
    """CREATE TABLE "_columns" (
  "table_name" TEXT NOT NULL REFERENCES "_tables" ("table_name"), -- Table
  "position" INTEGER NOT NULL, -- Column position, 1-based
  "column_name" TEXT NOT NULL, -- Column
  "type" TEXT NOT NULL, -- Table Schema type (a list is a JSON array here)
  "sqlite_type" TEXT NOT NULL, -- Storage type in this database
  "required" INTEGER NOT NULL CHECK ("required" IN (0, 1)), -- 1 when the column is never empty
  "description" TEXT, -- What the column holds
  PRIMARY KEY ("table_name", "column_name")
)""",
    """CREATE TABLE "_categories" (
  "table_name" TEXT NOT NULL REFERENCES "_tables" ("table_name"), -- Table
  "column_name" TEXT NOT NULL, -- Coded column
  "value" TEXT NOT NULL, -- A code
  "label" TEXT, -- What the code means
  PRIMARY KEY ("table_name", "column_name", "value")
)""",
)


def _package_rows(package: Package) -> list[tuple[str, str]]:
    keys = [k for k in package.descriptor if k not in ("resources", "$schema")]
    return [(k, v if isinstance(v, str) else json.dumps(v, ensure_ascii=False, sort_keys=True))
            for k, v in ((k, package.descriptor[k]) for k in sorted(keys))]


def _insert_metadata(db: apsw.Connection, package: Package) -> None:
    db.executemany('INSERT INTO "_package" VALUES (?, ?)', _package_rows(package))
    for table in package.tables:
        db.execute('INSERT INTO "_tables" VALUES (?, ?, ?, ?, ?)',
                   (table.name, one_line(table.description), len(table.rows), json.dumps(primary_key(table)),
                    table.resource["path"]))
        for position, f in enumerate(table.fields, start=1):
            db.execute('INSERT INTO "_columns" VALUES (?, ?, ?, ?, ?, ?, ?)',
                       (table.name, position, f["name"], f["type"], sql_type(f),
                        int(bool(f.get("constraints", {}).get("required"))), one_line(f.get("description", ""))))
            db.executemany('INSERT INTO "_categories" VALUES (?, ?, ?, ?)',
                           [(table.name, f["name"], value, label or None) for value, label in categories(f)])
