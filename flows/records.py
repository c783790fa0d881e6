"""Extraction records to and from JSON (the per-document cache passed between tasks)."""
from __future__ import annotations

import dataclasses
import hashlib
import json
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import flows
from flows import lexicon
from flows.model import DateInfo, Demand, Document, Extraction, Meeting, Mention, Metadata, Statement

PACKAGE_DIR = Path(flows.__file__).parent
# Code whose change changes what is extracted; any edit re-extracts every document. The
# language layer counts with its code (`nlp`) and the files of its trained model.
EXTRACTOR_CODE = ("model.py", "normalise.py", "segment.py", "ingest.py", "budget.py", "extract", "nlp")


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """Hash of the extraction code, every data file it reads and the language model."""
    from flows.nlp import model_version

    digest = hashlib.sha256(lexicon.version().encode())
    digest.update(model_version().encode())
    for entry in EXTRACTOR_CODE:
        path = PACKAGE_DIR / entry
        for file in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            digest.update(file.relative_to(PACKAGE_DIR).as_posix().encode())
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
