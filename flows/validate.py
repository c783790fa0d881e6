"""Checks run on every table before anything is published.

Each `sanity_check_*` returns a list of problems, each saying what is wrong and
how to fix it. `validate_package` is the publish gate on the staged files:
frictionless checks the descriptor against the standard (no rows), the fast
check (`flows/fastcheck`, DuckDB) checks every constraint of every row, the
Arrow types of the Parquet files, that CSV and Parquet hold the same rows and
the bytes and hashes of every file. Full validation (frictionless row by row as
well) is an option: `full=True`, `KSDATA_FULL_VALIDATION=1` or `--full-validation`.
"""
from __future__ import annotations

import json
import os
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from flows.archive import release_dir, verify_archive
from flows.fastcheck import Problem, fast_check
from flows.provenance import full_text_allowed
from flows.schema import TABLES, Tables, arrow_schema, load_schema

SPACE = re.compile(r"\s+")
PARQUET_SUFFIX = "-parquet"  # resource name of a table's Parquet file (flows/publish.py)
FULL_VALIDATION_ENV = "KSDATA_FULL_VALIDATION"
SCHEMA_KEYS = ("fields", "primaryKey", "foreignKeys", "missingValues")  # what the row checks read
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
    """The text's pieces occur in the span, in order (pieces joined by ' … '; the extractor now gives each part of
    a quotation cut by its attribution as a statement of its own, so every text is one piece)."""
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
                                f"{MAX_ROWS_PER_DOCUMENT} from one text means a rule is firing on every sentence: "
                                "find it in the rows' rule column and gate it on a narrower cue (flows.screen "
                                "sets the document aside until then)")
    return problems


def sanity_check_counts(tables: Tables, expected_documents: int) -> list[str]:
    problems = []
    if len(tables["documents"]) != expected_documents:
        problems.append(f"documents: {len(tables['documents'])} rows but {expected_documents} readable "
                        "source files; a document was lost between ingest and publish: every readable file must "
                        "give one documents row or be set aside with a reason (flows/assemble.py); compare raw/ "
                        "with the documents' source_file to find it")
    if not tables["topics"]:
        problems.append("topics: empty; flows/data/topics.yaml must list the guideline codes")
    return problems + rows_per_document_problems(tables)


def _constraint_problem(value: Any, constraints: dict[str, Any]) -> str | None:
    if value is None:
        return "is missing" if constraints.get("required") else None
    if isinstance(value, (list, tuple)):  # a list field: the constraints hold for each item
        return next((p for p in (_constraint_problem(v, {**constraints, "required": False}) for v in value) if p), None)
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
                    problems.append(f"{table}.{name} {problem}; the schema (schemas/{table}.json) does not allow "
                                    "it: fix the value where the row is built (the extractor, flows/tables.py), "
                                    "or the constraint if the value is right")
    return problems


def sanity_check_topic_lists(tables: Tables) -> list[str]:
    """meetings.topics items are topic codes (a list field cannot carry a foreign key)."""
    codes = {row["code"] for row in tables["topics"]}
    problems = []
    for row in tables["meetings"]:
        unknown = [t for t in row.get("topics") or [] if t not in codes]
        if unknown:
            problems.append(f"meetings row {row['meeting_id']}: topics {unknown} are not codes of the topics table; "
                            "add them to flows/data/topics.yaml or fix the extractor")
    return problems


def sanity_check_texts(tables: Tables) -> list[str]:
    """A text is published in full exactly when its licence allows it."""
    problems = []
    for row in tables["documents"]:
        if row["full_text"] != full_text_allowed(row["license"]):
            problems.append(f"documents row {row['doc_id']}: full_text is {row['full_text']} but licence "
                            f"{row['license']} says otherwise; build the row with flows.tables")
        if len(row["text"]) != row["characters"]:
            problems.append(f"documents row {row['doc_id']}: text has {len(row['text'])} characters, not "
                            f"{row['characters']}; an excerpt must keep the text's length so offsets stay valid")
    return problems


def sanity_checks(tables: Tables, expected_documents: int) -> list[str]:
    return (sanity_check_keys(tables) + sanity_check_offsets(tables) + sanity_check_counts(tables, expected_documents)
            + sanity_check_topic_lists(tables) + sanity_check_texts(tables))


def check_parquet_types(table: str, path: Path) -> list[str]:
    expected = arrow_schema(table)
    actual = pq.read_schema(path)
    problems = []
    if actual.names != expected.names:
        problems.append(f"{path.name}: columns {actual.names} differ from the schema's {expected.names}; "
                        "write the Parquet file with the schema's columns in its order (re-run the pipeline)")
    for field in expected:
        if field.name in actual.names and not actual.field(field.name).type.equals(field.type):
            problems.append(f"{path.name}: column {field.name} is {actual.field(field.name).type}, "
                            f"the schema says {field.type}; write the Parquet file with the Arrow types the "
                            "Table Schema maps to (flows.schema.arrow_schema; re-run the pipeline)")
    return problems


def descriptor_errors(package_path: Path) -> list[str]:
    """frictionless's standards check of the descriptor alone, and every resource's schema against schemas/
    (the single source of truth).

    `Package.validate_descriptor` builds the package from datapackage.json as frictionless-py 5.21 does
    before reading any row: the Data Package v2 profile, field types and formats, constraints a type
    supports, primary and foreign key fields that exist, missing values; it reads no data file."""
    from frictionless import Package

    report = Package.validate_descriptor(str(package_path))
    problems = [f"datapackage.json: {error.message}; fix the descriptor (flows/publish.py writes it from schemas/)"
                for error in report.errors]
    descriptor = json.loads(package_path.read_text(encoding="utf-8"))
    for res in descriptor.get("resources", []):
        table = str(res.get("name"))
        if table not in TABLES:
            problems.append(f"datapackage.json: resource {res.get('name')!r} is not one of the tables {list(TABLES)}; "
                            "remove it from the descriptor (re-run the pipeline), or add its schema to schemas/ "
                            "and its name to flows.schema.TABLES")
            continue
        expected, inline = load_schema(table), res.get("schema", {})
        if any(inline.get(k) != expected.get(k) for k in SCHEMA_KEYS):
            problems.append(f"datapackage.json: the schema of {res['name']} differs from schemas/{table}.json; "
                            "the descriptor was edited by hand: re-run the pipeline")
    return problems


def check_archive(package_path: Path) -> list[str]:
    """The release's archive exists, matches its checksums and holds this very descriptor."""
    version = json.loads(package_path.read_text(encoding="utf-8"))["version"]
    folder = package_path.parent / release_dir(version)
    if not folder.is_dir():
        return [f"{folder} is missing; every release is archived under releases/<version>/: re-run the pipeline"]
    problems = verify_archive(folder)
    copy = folder / "datapackage.json"
    if copy.exists() and copy.read_bytes() != package_path.read_bytes():
        problems.append(f"{copy} differs from {package_path}; re-run the pipeline")
    return problems


def parquet_copies(descriptor: dict[str, Any]) -> list[dict[str, Any]]:
    """The Parquet copy of each table (the resource's `parquet` entry, flows/publish.py) as a resource of its
    own for the fast check: named `<table>-parquet`, with the table's schema, its foreign keys pointing at
    the other tables' copies."""
    copies = []
    for res in descriptor.get("resources", []):
        if isinstance(res.get("parquet"), dict):
            schema = json.loads(json.dumps(res.get("schema", {})))
            for fk in schema.get("foreignKeys", []):
                fk["reference"]["resource"] = (fk["reference"].get("resource") or res["name"]) + PARQUET_SUFFIX
            copies.append({**res["parquet"], "name": f"{res['name']}{PARQUET_SUFFIX}", "schema": schema})
    return copies


def fast_problems(package_path: Path, limit: int = 5) -> list[Problem]:
    """Every constraint of every table checked with DuckDB (flows/fastcheck) in the CSV and in its Parquet
    copy, the copies' Arrow types (flows.schema.arrow_schema) and each CSV and its copy holding the same rows."""
    descriptor = json.loads(package_path.read_text(encoding="utf-8"))
    copies = parquet_copies(descriptor)
    tables = [str(c["name"]).removesuffix(PARQUET_SUFFIX) for c in copies]
    arrow = {f"{t}{PARQUET_SUFFIX}": arrow_schema(t) for t in tables if t in TABLES}
    pairs = [(t, f"{t}{PARQUET_SUFFIX}") for t in tables]
    return fast_check(package_path, extra_resources=copies, arrow_schemas=arrow, pairs=pairs, limit=limit)


def fast_errors(package_path: Path, limit: int = 5) -> list[str]:
    return [str(p) for p in fast_problems(package_path, limit)]


def frictionless_errors(package_path: Path, limit: int = 20) -> list[str]:
    """frictionless's row-by-row validation of the whole package (what `frictionless validate` does)."""
    from frictionless import Package

    report = Package(str(package_path)).validate()
    if report.valid:
        return []
    errors = []
    for task in report.tasks:
        for error in task.errors[:limit]:
            errors.append(f"{task.name}: {error.message} (frictionless)")
    for error in report.errors[:limit]:
        errors.append(f"package: {error.message} (frictionless)")
    return errors or ["frictionless reports the package invalid without details; run `frictionless validate "
                      "datapackage.json` in the package folder to see them"]


def full_validation_requested() -> bool:
    return os.environ.get(FULL_VALIDATION_ENV, "").strip().lower() in ("1", "true", "yes")


def validate_package(package_path: Path, *, full: bool | None = None) -> list[str]:
    """Every problem of a written package (empty when it is valid).

    The descriptor's standards check (frictionless, no rows), the fast check of every row (DuckDB) and
    the release archive against its checksums. With `full` (default: the environment variable KSDATA_FULL_VALIDATION=1), frictionless also
    validates every row, as `frictionless validate datapackage.json` does."""
    problems = descriptor_errors(package_path)
    if problems:
        return problems
    problems = fast_errors(package_path) + check_archive(package_path)
    if full if full is not None else full_validation_requested():
        problems += frictionless_errors(package_path)
    return problems
