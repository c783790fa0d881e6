"""The incremental gate's checks across the new rows and the published ones (flows.delta_gate).

With DuckDB over the Parquet copies: a new row's primary key (and each `unique` field) is not a published row's;
every foreign key of a new row resolves against the published keys and the new ones (a table written whole, such
as persons or topics, against its staged rows); and no published row points at a row of a table written whole
that is gone.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import duckdb

from flows.fastcheck import Problem
from flows.schema import ForeignKey, TableSchema
from flows.sql_quote import sql_name
from flows.tables import DOCUMENT_TABLES

FIX = "run the full gate (--full-check) to see every row, and re-run the pipeline"


def _names(fields: list[str]) -> str:
    return ", ".join(sql_name(f) for f in fields)


def _not_null(fields: list[str]) -> str:
    return " AND ".join(f"{sql_name(f)} IS NOT NULL" for f in fields)


def _fk_problems(where: str, fk: ForeignKey, rows: list[tuple[Any, ...]], says: str) -> list[Problem]:
    return [Problem(where, "foreign-key", None, ", ".join(fk["fields"]), ", ".join(map(str, row)), says, FIX)
            for row in rows]


def cross_problems(staged: Path, out: Path, mini: Path, limit: int) -> list[Problem]:
    """Keys of the new rows against the published ones, foreign keys of the new rows against both, and the
    published rows' references into the tables rewritten whole."""
    descriptor = json.loads(staged.read_text(encoding="utf-8"))
    schemas: dict[str, TableSchema] = {r["name"]: r["schema"] for r in descriptor["resources"]}
    problems: list[Problem] = []
    with duckdb.connect() as con:
        def new(table: str) -> str:  # the table's new rows (documents' tables) or the whole staged table
            return f"read_parquet('{mini / f'processed/{table}.parquet'}')"

        def old(table: str) -> str:
            return f"read_parquet('{out / f'processed/{table}.parquet'}')"

        for table, schema in schemas.items():
            if table not in DOCUMENT_TABLES:
                continue
            keys = [schema["primaryKey"]] + [[f["name"]] for f in schema["fields"]
                                              if f.get("constraints", {}).get("unique")]
            for fields in keys:
                cols = _names(fields)
                clash = con.execute(f"SELECT {cols} FROM {new(table)} INTERSECT SELECT {cols} FROM {old(table)} "
                                    f"LIMIT {limit}").fetchall()
                problems += [Problem(f"{table} (new rows)", "primary-key" if fields == schema["primaryKey"]
                                     else "unique", None, ", ".join(fields), ", ".join(map(str, row)),
                                     "a new row has the key of a published row", FIX) for row in clash]
            for fk in schema.get("foreignKeys", []):
                ref = fk["reference"].get("resource") or table
                cols, refs = _names(fk["fields"]), _names(fk["reference"]["fields"])
                pool = f"SELECT {refs} FROM {new(ref)}" + (f" UNION ALL SELECT {refs} FROM {old(ref)}"
                                                           if ref in DOCUMENT_TABLES else "")
                dangling = con.execute(f"SELECT {cols} FROM {new(table)} WHERE {_not_null(fk['fields'])} "
                                       f"EXCEPT ({pool}) LIMIT {limit}").fetchall()
                problems += _fk_problems(f"{table} (new rows)", fk, dangling, f"no row of {ref} has this key")
        for table, schema in schemas.items():  # published rows pointing into a table rewritten whole
            for fk in schema.get("foreignKeys", []):
                ref = fk["reference"].get("resource") or table
                if ref in DOCUMENT_TABLES or table not in DOCUMENT_TABLES:
                    continue
                cols, refs = _names(fk["fields"]), _names(fk["reference"]["fields"])
                gone = con.execute(f"SELECT {refs} FROM {old(ref)} EXCEPT SELECT {refs} FROM {new(ref)}").fetchall()
                if gone:
                    lost = con.execute(f"SELECT DISTINCT {cols} FROM {old(table)} WHERE {_not_null(fk['fields'])} "
                                       f"AND ({cols}) IN (SELECT {refs} FROM {old(ref)} EXCEPT SELECT {refs} FROM "
                                       f"{new(ref)}) LIMIT {limit}").fetchall()
                    problems += _fk_problems(f"{table} (published rows)", fk, lost,
                                             f"no row of {ref} has this key any more")
    return problems
