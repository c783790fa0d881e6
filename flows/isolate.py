"""One document at a time: whatever goes wrong with a document sets that document aside.

`extract_source` turns one raw file into a small record for the flow: where its
extraction is (a cache entry, or the extraction itself when the cache cannot be
written), or why it was set aside. Reading and extracting run under a time
budget (`flows.budget`); a document that exceeds it, cannot be read, or makes
the extractor fail is set aside with its file name and the reason, never
stopping the run. The cache is keyed by content (text and sidecar bytes) and
the extractor's version; the identity of the document (file name, doc_id) is
always taken from the file as it is named now, so a renamed file is published
under its new name.
"""
from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path
from typing import Any

from flows import records
from flows.budget import DEFAULT_SECONDS, BudgetExceeded, time_budget
from flows.cache import ExtractionCache
from flows.extract import extract
from flows.ingest import UnreadableFile, check_size, read_source
from flows.model import Extraction
from flows.rawfiles import RawFile
from flows.sidecar import SidecarError, read_sidecar

Outcome = dict[str, Any]


def content_key(raw: RawFile) -> tuple[str, str]:
    """(cache key, sha256 of the raw bytes): the key hashes the raw bytes and the sidecar's bytes."""
    digest = hashlib.sha256(raw.path.read_bytes())
    sha256 = digest.hexdigest()
    sidecar = raw.sidecar
    if sidecar.is_file():
        digest.update(b"\0sidecar\0" + sidecar.read_bytes())
    return digest.hexdigest(), sha256


def _why(exc: OSError) -> str:
    return exc.strerror or str(exc) or type(exc).__name__


def set_aside(raw: RawFile, reason: str, warnings: list[str]) -> Outcome:
    return {"source_file": raw.name, "quarantined": reason, "warnings": warnings}


def extract_source(raw: RawFile, cache: ExtractionCache, seconds: float = DEFAULT_SECONDS) -> Outcome:
    """Extract one raw file (or reuse its cache entry); a record saying where the result is or why not."""
    warnings: list[str] = []
    try:
        check_size(raw.path)
        key, sha256 = content_key(raw)
    except UnreadableFile as exc:
        return set_aside(raw, str(exc), warnings)
    except OSError as exc:
        return set_aside(raw, f"cannot read the file: {_why(exc)}", warnings)
    outcome: Outcome = {"source_file": raw.name, "doc_id": raw.doc_id, "key": key, "sha256": sha256,
                        "warnings": warnings}
    cached, warning = cache.load(key)
    warnings += [warning] if warning else []
    if cached is not None:
        try:  # sidecar warnings (unknown keys) are reported on every run, not only when extracting
            warnings += read_sidecar(raw.sidecar).warnings
        except (SidecarError, OSError):
            pass  # the cache key covers the sidecar's bytes: it was valid when the entry was written
        return {**outcome, "cache": str(cache.path(key)), "extracted": False}
    try:
        with time_budget(seconds):
            document, sidecar_warnings = read_source(raw)
            extraction = extract(document)
    except UnreadableFile as exc:
        return set_aside(raw, str(exc), warnings)
    except BudgetExceeded as exc:
        return set_aside(raw, f"{exc}; set aside (raise --time-budget if the text is a real article)", warnings)
    except OSError as exc:
        return set_aside(raw, f"cannot read the file: {_why(exc)}", warnings)
    except Exception as exc:  # a bug in the extractor must not stop the other documents
        return set_aside(raw, f"extraction failed with {type(exc).__name__}: {str(exc)[:200]} "
                              "(a bug in the extractor: please report it with this file)", warnings)
    warnings += sidecar_warnings
    path, warning = cache.store(key, extraction)
    if path is None:
        warnings.append(str(warning))
        return {**outcome, "extraction": records.dumps(extraction), "extracted": True}
    return {**outcome, "cache": str(path), "extracted": True}


def load_extraction(outcome: Outcome) -> Extraction:
    """The extraction an outcome points to, bound to the file's current name and id."""
    text = outcome["extraction"] if "extraction" in outcome else Path(outcome["cache"]).read_text(encoding="utf-8")
    extraction = records.loads(text)
    document = dataclasses.replace(extraction.document, source_file=outcome["source_file"], doc_id=outcome["doc_id"])
    return dataclasses.replace(extraction, document=document)
