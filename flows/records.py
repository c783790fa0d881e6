"""Extraction records to and from JSON (the per-document cache passed between tasks)."""
from __future__ import annotations

import dataclasses
import hashlib
import json
from datetime import date
from functools import lru_cache
from typing import Any

from flows.imports import PACKAGE_DIR, module_closure
from flows.model import DateInfo, Demand, Document, Extraction, Meeting, Mention, Metadata, Statement

# Where extraction starts: reading a raw file, extracting it, writing the cache entry. Every module of
# `flows` these import, directly or not, is part of the extractor's version.
EXTRACTION_ENTRY_POINTS = ("flows.ingest", "flows.extract", "flows.records")
DATA_DIR = PACKAGE_DIR / "data"
# Data outside flows/data/ that reading a document depends on (sidecar licence codes).
EXTRA_DATA = (PACKAGE_DIR.parent / "metadata" / "licenses.yaml",)


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """Hash of every module extraction imports, every file under flows/data/ and EXTRA_DATA, and the
    files of the language layer's trained model (flows.nlp.model_version)."""
    from flows.nlp import model_version

    digest = hashlib.sha256(model_version().encode())
    files = (module_closure(EXTRACTION_ENTRY_POINTS) + sorted(p for p in DATA_DIR.rglob("*") if p.is_file())
             + [p for p in EXTRA_DATA if p.is_file()])
    for file in files:
        digest.update(file.relative_to(PACKAGE_DIR.parent).as_posix().encode() + b"\0")
        digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


def _default(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot serialise {type(value).__name__}")


def dumps(extraction: Extraction) -> str:
    return json.dumps(dataclasses.asdict(extraction), default=_default, ensure_ascii=False, sort_keys=True)


def _mention(d: dict[str, Any]) -> Mention:
    return Mention(**d)


def _document(d: dict[str, Any]) -> Document:
    meta = dict(d["meta"])
    for key in ("published", "accessed"):
        meta[key] = date.fromisoformat(meta[key]) if meta.get(key) else None
    return Document(**{**d, "meta": Metadata(**meta)})


def _meeting(d: dict[str, Any] | None) -> Meeting | None:
    if d is None:
        return None
    return Meeting(**{**d, "date": DateInfo(**d["date"]), "topics": tuple(d["topics"]),
                      "participants": tuple(_mention(p) for p in d["participants"])})


def loads(text: str) -> Extraction:
    d = json.loads(text)
    return Extraction(
        document=_document(d["document"]),
        meeting=_meeting(d["meeting"]),
        statements=tuple(Statement(**{**s, "speaker": _mention(s["speaker"])}) for s in d["statements"]),
        demands=tuple(Demand(**{**x, "statement": tuple(x["statement"]) if x["statement"] else None})
                      for x in d["demands"]),
    )
