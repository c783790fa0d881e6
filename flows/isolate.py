"""One document at a time: whatever goes wrong with a document sets that document aside.

The pieces flows.work puts together for each raw file: its content key, reading
and extracting it under a time budget (`flows.budget`), and binding a cached
extraction to the file as it is named now. A document that exceeds its budget,
cannot be read, or makes the extractor fail is set aside with its file name and
the reason, never stopping the run. The cache is keyed by content (text and
sidecar bytes) and the extractor's version; the identity of the document (file
name, doc_id) is always taken from the file as it is named now, so a renamed
file is published under its new name.
"""
from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Required, TypedDict

from flows.budget import DEFAULT_SECONDS, BudgetExceeded, time_budget
from flows.ingest import UnreadableFile, read_source
from flows.model import Document, Extraction
from flows.rawfiles import RawFile
from flows.sidecar import SidecarError, read_sidecar

if TYPE_CHECKING:
    from flows.raw_stamps import FileStamp


class Outcome(TypedDict, total=False):
    """What the extraction stage reports about one raw file (flows.work, flows.beside) and the assembly reads
    (flows.merge): where its rows are, or why it is set aside. Plain data: it crosses process boundaries."""

    source_file: Required[str]       # the published (NFC) file name
    path: str                        # where the raw file is
    doc_id: str
    key: str                         # content key (raw and sidecar bytes) of the cache
    sha256: str                      # of the raw bytes
    warnings: list[str]
    stamp: FileStamp | None          # the stat remembered with the key (flows.raw_stamps); None: not settled
    sidecar_warnings: list[str] | None
    shard: str                       # URL of the document's row shard in the cache
    shard_text: str                  # or the shard itself
    extracted: bool                  # extracted in this run (not found in the cache)
    quarantined: str                 # why the document is set aside
    pending: bool                    # still being extracted beside the assembly (flows.beside)


def content_key(raw: RawFile) -> tuple[str, str]:
    """(cache key, sha256 of the raw bytes): the key hashes the raw bytes and the sidecar's bytes."""
    digest = hashlib.sha256(raw.path.read_bytes())
    sha256 = digest.hexdigest()
    sidecar = raw.sidecar
    if sidecar.is_file():
        digest.update(b"\0sidecar\0" + sidecar.read_bytes())
    return digest.hexdigest(), sha256


def why(exc: OSError) -> str:
    return exc.strerror or str(exc) or type(exc).__name__


def set_aside(raw: RawFile, reason: str, warnings: list[str]) -> Outcome:
    return {"source_file": raw.name, "quarantined": reason, "warnings": warnings}


@dataclass(frozen=True)
class Extracted:
    """What reading and extracting one file gave: the extraction and its warnings, or why it is set aside."""

    extraction: Extraction | None
    warnings: tuple[str, ...] = ()
    reason: str | None = None


def extractor() -> Callable[[Document], Extraction]:
    """The extractor (flows.extract.extract), imported on first use: a run with nothing to extract (or that
    extracts on a Dask cluster) never imports it, nor spaCy and the lexicons behind it."""
    from flows.extract import extract as function

    return function


def extract(document: Document) -> Extraction:
    return extractor()(document)


def read_and_extract(raw: RawFile, seconds: float = DEFAULT_SECONDS) -> Extracted:
    """Read one raw file (text and sidecar) and extract it under a time budget of `seconds`."""
    extractor()  # its first import is not the document's time
    try:
        with time_budget(seconds):
            document, warnings = read_source(raw)
            return Extracted(extract(document), tuple(warnings))
    except UnreadableFile as exc:
        return Extracted(None, reason=str(exc))
    except BudgetExceeded as exc:
        return Extracted(None, reason=f"{exc}; set aside (raise --time-budget if the text is a real article)")
    except OSError as exc:
        return Extracted(None, reason=f"cannot read the file: {why(exc)}")
    except Exception as exc:  # a bug in the extractor must not stop the other documents
        return Extracted(None, reason=f"extraction failed with {type(exc).__name__}: {str(exc)[:200]} "
                                      "(a bug in the extractor: please report it with this file)")


def sidecar_warnings(raw: RawFile) -> list[str]:
    """The sidecar's warnings (unknown keys), reported on every run, not only when extracting."""
    try:
        return list(read_sidecar(raw.sidecar).warnings)
    except (SidecarError, OSError):
        return []  # the cache key covers the sidecar's bytes: it was valid when the entry was written


def bound_to(extraction: Extraction, raw: RawFile) -> Extraction:
    """The extraction bound to the file's current name and id (a cached one may come from a renamed file)."""
    document = dataclasses.replace(extraction.document, source_file=raw.name, doc_id=raw.doc_id)
    return dataclasses.replace(extraction, document=document)
