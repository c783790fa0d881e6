"""The packages the gate benchmark (benchmarks/validation.py) validates: the seed tables replicated to a number of
rows and staged with the project's writers, a corrupted copy of one, and a descriptor that lists the Parquet copies
as resources of their own (what frictionless reads to check the files the fast gate reads).
"""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import sys
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from package_kit import Tables, read_csv_rows, write_csv_rows  # noqa: E402

ID = re.compile(r"\b([a-z]{3})-([0-9a-f]{16})\b")


def _copy_value(value: Any, copy: int, unique: bool) -> Any:
    if not isinstance(value, str):
        return value
    renamed = ID.sub(lambda m: f"{m[1]}-{hashlib.sha256(f'{m[0]}/{copy}'.encode()).hexdigest()[:16]}", value)
    return f"{renamed}~{copy}" if unique and renamed == value else renamed


def replicate(seed: Tables, copies: int) -> Tables:
    """`copies` copies of every row with new ids (ids hashed from the old id and the copy number); rows with
    no id (the topic code list and its changes) are kept once. Unique fields without an id get a suffix."""
    from flows.schema import load_schema

    out: Tables = {}
    for table, rows in seed.items():
        schema = load_schema(table)
        unique = {f["name"] for f in schema["fields"] if f.get("constraints", {}).get("unique")}
        out[table] = []
        for row in rows:
            if not ID.search(json.dumps(row, default=str)):
                out[table].append(dict(row))  # no id: kept once
                continue
            out[table] += [{k: _copy_value(v, copy, k in unique) for k, v in row.items()} if copy else dict(row)
                           for copy in range(copies)]
    return out


def build(seed: Tables, target_rows: int, out: Path) -> tuple[Path, int]:
    from flows.publish import stage

    once = sum(len(rows) for rows in replicate(seed, 1).values())
    per_copy = sum(len(rows) for rows in replicate(seed, 2).values()) - once
    tables = replicate(seed, max(1, round((target_rows - once) / per_copy) + 1))
    return stage(tables, out, "1.0.0", "# Changelog\n"), sum(len(rows) for rows in tables.values())


def corrupt(package: Path) -> Path:
    """A copy with a duplicated key, a dangling foreign key and a value outside its enum, in CSV and Parquet."""
    target = package.parent.parent / (package.parent.name + "-corrupt")
    shutil.copytree(package.parent, target)
    import pyarrow as pa

    for fmt in ("csv", "parquet"):
        path = target / "processed" / f"demands.{fmt}"
        table = pq.read_table(path) if fmt == "parquet" else None
        rows = table.to_pylist() if table is not None else read_csv_rows(path)
        rows[1]["demand_id"] = rows[0]["demand_id"]
        rows[2]["doc_id"] = "doc-" + "f" * 16
        rows[3]["topic"] = "no_such_topic"
        if table is not None:
            pq.write_table(pa.Table.from_pylist(rows, schema=table.schema), path)
        else:
            write_csv_rows(path, rows)
    return target / "datapackage.json"


def with_parquet_resources(package: Path) -> Path:
    """A descriptor beside `package` listing each table's Parquet copy as a resource of its own (named
    `<table>-parquet`, the table's schema, foreign keys to the other copies): the layout the package had
    before the copies became companions of the CSV resources, on which frictionless reads the very files
    the fast gate reads."""
    from flows.validate import parquet_copies

    descriptor = json.loads(package.read_text(encoding="utf-8"))
    copies = parquet_copies(descriptor)
    for copy in copies:
        copy.pop("bytes", None)  # frictionless never counts a Parquet file's bytes (it would report "None")
        for field in copy["schema"]["fields"]:
            if field.get("type") == "list":  # frictionless 5.21 reads a Parquet list as a numpy array and
                field.update(type="any")     # rejects it as a list: read it as `any` (its items unchecked)
                for key in ("itemType", "delimiter", "constraints"):
                    field.pop(key, None)
    descriptor["resources"] = [{k: v for k, v in r.items() if k != "parquet"} for r in descriptor["resources"]]
    descriptor["resources"] += copies
    target = package.with_name("datapackage-parquet-resources.json")
    target.write_text(json.dumps(descriptor, ensure_ascii=False, indent=2), encoding="utf-8")
    return target
