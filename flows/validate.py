"""Checks run on every table before anything is published.

Each `sanity_check_*` returns a list of problems, each saying what is wrong and
how to fix it; `validate_package` runs frictionless (types, constraints, primary
and foreign keys, bytes and hashes) and checks what frictionless does not: the
Arrow types of the Parquet files and that CSV and Parquet hold the same rows.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from flows.schema import TABLES, arrow_schema, load_schema
from flows.writers import file_stats, read_csv, read_parquet

Tables = dict[str, list[dict[str, Any]]]
SPACE = re.compile(r"\s+")
# More statements or demands than this from one text means a rule fires on every sentence;
# the flow sets such a document aside (flows.screen) instead of publishing its rows.
MAX_ROWS_PER_DOCUMENT = 200


def sanity_check_keys(tables: Tables) -> list[str]:
    problems = []
    for table in TABLES:
        key = load_schema(table)["primaryKey"]
        counts = Counter(tuple(row[k] for k in key) for row in tables[table])
        dupes = [k for k, n in counts.items() if n > 1]
        if dupes:
            problems.append(f"{table}: {len(dupes)} duplicate primary key(s), e.g. {dupes[0]}; "
                            "ids are hashed from document and span, so two rows share a span: "
                            "deduplicate them in the extractor")
    return problems


def _pieces_in_order(text: str, span: str) -> bool:
    """The text's pieces (a quotation cut around its attribution is joined by ' … ') occur in the span, in order."""
    haystack, at = SPACE.sub(" ", span), 0
    for piece in SPACE.sub(" ", text).split(" … "):
        found = haystack.find(piece.strip(), at)
        if found < 0:
            return False
        at = found + len(piece.strip())
    return True


def sanity_check_offsets(tables: Tables) -> list[str]:
    """Every statement and demand must point at its own text in the normalised document."""
    texts = {row["doc_id"]: row["text"] for row in tables["documents"]}
    problems = []
    for table in ("statements", "demands"):
        for row in tables[table]:
            text = texts.get(row["doc_id"], "")
            start, end = row["char_start"], row["char_end"]
            span = text[start:end] if 0 <= start < end <= len(text) else None
            if span is None or not _pieces_in_order(row["text"], span):
                problems.append(f"{table} row {row[table[:-1] + '_id']} in {row['doc_id']}: char_start/char_end "
                                f"({start}, {end}) do not cover its text {row['text'][:50]!r}; "
                                "the extractor must report offsets into the normalised text")
    return problems


def rows_per_document_problems(tables: Tables) -> list[str]:
    problems = []
    files = {row["doc_id"]: row["source_file"] for row in tables["documents"]}
    for table in ("statements", "demands"):
        per_doc = Counter(row["doc_id"] for row in tables[table])
        for doc_id, n in per_doc.items():
            if n > MAX_ROWS_PER_DOCUMENT:
                problems.append(f"{table}: {n} rows from {files.get(doc_id, doc_id)} ({doc_id}); more than "
                                f"{MAX_ROWS_PER_DOCUMENT} from one text means a rule is firing on every sentence")
    return problems


def sanity_check_counts(tables: Tables, expected_documents: int) -> list[str]:
    problems = []
    if len(tables["documents"]) != expected_documents:
        problems.append(f"documents: {len(tables['documents'])} rows but {expected_documents} readable "
                        "source files; a document was lost between ingest and publish")
    if not tables["topics"]:
        problems.append("topics: empty; flows/data/topics.yaml must list the guideline codes")
    return problems + rows_per_document_problems(tables)


def _constraint_problem(value: Any, constraints: dict[str, Any]) -> str | None:
    if value is None:
        return "is missing" if constraints.get("required") else None
    if "enum" in constraints and value not in constraints["enum"]:
        return f"is {value!r}, not one of {constraints['enum']}"
    if "pattern" in constraints and isinstance(value, str) and not re.fullmatch(constraints["pattern"], value):
        return f"{value[:40]!r} does not match {constraints['pattern']}"
    number = isinstance(value, (int, float)) and not isinstance(value, bool)
    if number and "minimum" in constraints and value < constraints["minimum"]:
        return f"is {value}, below {constraints['minimum']}"
    if number and "maximum" in constraints and value > constraints["maximum"]:
        return f"is {value}, above {constraints['maximum']}"
    return None


def sanity_check_constraints(tables: Tables) -> list[str]:
    """Every value against its field's constraints in the Table Schema (required, enum, pattern, range):
    the same rules frictionless checks, applied before writing so one document's bad value can be set aside."""
    problems = []
    for table, rows in tables.items():
        fields = [(f["name"], f.get("constraints", {})) for f in load_schema(table)["fields"] if f.get("constraints")]
        for row in rows:
            for name, constraints in fields:
                problem = _constraint_problem(row.get(name), constraints)
                if problem:
                    problems.append(f"{table}.{name} {problem}; the schema (schemas/{table}.json) does not allow it")
    return problems


def sanity_checks(tables: Tables, expected_documents: int) -> list[str]:
    return sanity_check_keys(tables) + sanity_check_offsets(tables) + sanity_check_counts(tables, expected_documents)


def check_parquet_types(table: str, path: Path) -> list[str]:
    expected = arrow_schema(table)
    actual = pq.read_schema(path)
    problems = []
    if actual.names != expected.names:
        problems.append(f"{path.name}: columns {actual.names} differ from the schema's {expected.names}")
    for field in expected:
        if field.name in actual.names and not actual.field(field.name).type.equals(field.type):
            problems.append(f"{path.name}: column {field.name} is {actual.field(field.name).type}, "
                            f"the schema says {field.type}")
    return problems


def check_csv_equals_parquet(table: str, csv_path: Path, parquet_path: Path) -> list[str]:
    if read_csv(table, csv_path) != read_parquet(parquet_path):
        return [f"{table}: {csv_path.name} and {parquet_path.name} hold different rows; rewrite both from the same rows"]
    return []


def check_resource_stats(package_path: Path) -> list[str]:
    """bytes and sha256 of every resource file (frictionless cannot check them for Parquet)."""
    descriptor = json.loads(package_path.read_text(encoding="utf-8"))
    problems = []
    for res in descriptor["resources"]:
        size, digest = file_stats(package_path.parent / res["path"])
        if res.get("hash") != f"sha256:{digest}" or res.get("bytes", size) != size:
            problems.append(f"{res['name']}: {res['path']} does not match the size or hash in the descriptor; "
                            "the package was changed after publishing: re-run the pipeline")
    return problems


def frictionless_errors(package_path: Path, limit: int = 20) -> list[str]:
    from frictionless import Package

    report = Package(str(package_path)).validate()
    if report.valid:
        return []
    errors = []
    for task in report.tasks:
        for error in task.errors[:limit]:
            errors.append(f"{task.name}: {error.message}")
    for error in report.errors[:limit]:
        errors.append(f"package: {error.message}")
    return errors or ["frictionless reports the package invalid without details"]


def validate_package(package_path: Path) -> list[str]:
    """Every problem of a written package (empty when it is valid)."""
    base = package_path.parent / "processed"
    problems: list[str] = []
    for table in TABLES:
        csv_path, parquet_path = base / f"{table}.csv", base / f"{table}.parquet"
        problems += check_parquet_types(table, parquet_path)
        problems += check_csv_equals_parquet(table, csv_path, parquet_path)
    return problems + check_resource_stats(package_path) + frictionless_errors(package_path)
