"""Row shards: one document's rows of every table, as the exact CSV lines they publish as.

A worker that extracts a document also builds its rows (`build_shard`) and
writes them to the cache beside the extraction, keyed by the document's
content and the rows' version (extractor, row building, schemas, licences).
Assembling the package is then a merge of shards in file-name order: each
table's CSV file is its header followed by its documents' fragments, byte for
byte, so no run rebuilds a row it already has. A shard also carries what the
package needs from its document besides the rows: the person mentions (for the
persons table), the document's metadata (for `sources` and `created`), its
primary keys (for the release's delta) and the problems of its rows alone.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import flows
from flows import records
from flows.model import Extraction, Mention
from flows.schema import SCHEMA_DIR, load_schema
from flows.tables import DOCUMENT_TABLES, Persons, document_tables, person_id, topic_rows
from flows.writers import csv_fragment

PACKAGE_DIR = Path(flows.__file__).parent
ROOT = PACKAGE_DIR.parent
# Besides the extractor: what turns an extraction into rows.
ROW_CODE = ("tables.py", "shards.py", "writers.py", "provenance.py", "ids.py", "schema.py", "validate.py", "screen.py")
META_KEYS = ("doc_id", "source_file", "sha256", "url", "publisher", "published", "accessed", "license", "full_text")


@lru_cache(maxsize=1)
def rows_version() -> str:
    """Hash of the extractor's version, the row-building code, the schemas and the licence metadata."""
    digest = hashlib.sha256(records.extractor_version().encode())
    files = [PACKAGE_DIR / name for name in ROW_CODE] + sorted(SCHEMA_DIR.glob("*.json"))
    files += sorted((ROOT / "metadata").glob("licenses.yaml"))
    for file in files:
        digest.update(file.name.encode())
        digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


def key_of(table: str, row: dict[str, Any]) -> str:
    """A row's primary key as the release's delta lists it."""
    return "|".join(str(row[k]) for k in load_schema(table)["primaryKey"])


def fragments_digest(fragments: dict[str, str]) -> str:
    """What the release compares: equal digests, equal rows in every table."""
    return digest_of({t: hashlib.sha256(fragments.get(t, "").encode("utf-8")).hexdigest() for t in DOCUMENT_TABLES})


def digest_of(table_hashes: dict[str, str]) -> str:
    return hashlib.sha256("".join(f"{t}:{table_hashes[t]}\n" for t in DOCUMENT_TABLES).encode()).hexdigest()


@dataclass(frozen=True)
class Shard:
    source_file: str
    doc_id: str
    text_key: str  # sha256 of the normalised text: two files with one text are duplicates
    fragments: dict[str, str]  # table -> its CSV lines for this document (no header)
    keys: dict[str, list[str]]  # table -> primary keys of those lines, in order
    mentions: list[list[str | None]]  # [person_id, name, role, organisation] for the persons table, in order
    meta: dict[str, Any]  # the documents row without its text (dates as ISO strings)
    problems: list[str]  # what is wrong with this document's rows on their own
    digest: str  # fragments_digest(fragments), computed once by the worker

    def dumps(self) -> str:
        return json.dumps(self.__dict__, ensure_ascii=False, sort_keys=True, default=_iso)

    @classmethod
    def loads(cls, text: str) -> Shard:
        return cls(**json.loads(text))

    def document_meta(self) -> dict[str, Any]:
        """The metadata as package_meta reads a documents row (dates as dates)."""
        return {k: (date.fromisoformat(v) if k in ("published", "accessed") and v else v)
                for k, v in self.meta.items()}


def _iso(value: Any) -> str:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot serialise {type(value).__name__}")


def document_problems(rows: dict[str, list[dict[str, Any]]], mentions: list[Mention]) -> list[str]:
    """The table sanity checks that concern one document's rows alone (flows.screen): a document with
    a problem is set aside by the assembly, the others are published."""
    from flows.screen import row_problems

    persons = Persons()
    for m in mentions:
        persons.add(rows["documents"][0]["doc_id"], m.name, m.role, m.organisation)
    return row_problems({**rows, "topics": topic_rows(), "persons": persons.rows(), "changes": []})


def build_shard(extraction: Extraction) -> Shard:
    """The rows one extraction contributes to the package."""
    rows, mentions = document_tables(extraction)
    document = rows["documents"][0]
    fragments = {t: csv_fragment(t, rows[t]) for t in DOCUMENT_TABLES}
    return Shard(
        source_file=extraction.document.source_file,
        doc_id=extraction.document.doc_id,
        text_key=hashlib.sha256(extraction.document.text.encode("utf-8")).hexdigest(),  # flows.screen.text_key
        fragments=fragments,
        keys={t: [key_of(t, r) for r in rows[t]] for t in DOCUMENT_TABLES},
        mentions=[[person_id(m.name), m.name, m.role, m.organisation] for m in mentions],
        meta=json.loads(json.dumps({k: document[k] for k in META_KEYS}, default=_iso)),
        problems=document_problems(rows, mentions),
        digest=fragments_digest(fragments),
    )
