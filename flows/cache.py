"""The per-document cache of extractions and row shards: a cache, never a source of truth.

Entries live in a Store (flows.store: OUT/.cache by default, or any fsspec URL the
workers can write): `extractions/<content key>-<extractor version>.json` and
`shards/<content key>-<name key>-<rows version>.json` (flows.work), written whole.
A missing, unreadable or damaged entry is a miss (the document is extracted
again); a cache that cannot be written is skipped (the extraction and its rows
are passed on in memory). Either way the run goes on and says so in its report's
warnings. After extraction, entries of a local cache that this run did not use
(removed or changed documents, older versions, leftovers of killed runs) are
deleted, so the cache does not grow without bound or fill the disk.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from flows import records
from flows.model import Extraction
from flows.store import Store

SUBFOLDERS = ("extractions", "shards")  # what prune may delete from; the rest of the cache folder is left alone


@dataclass(frozen=True)
class ExtractionCache:
    """Entries of a Store read and written without ever failing the run: failures come back as warnings."""

    store: Store

    def path(self, name: str) -> str:
        return self.store.path(name)

    def exists(self, name: str) -> bool:
        try:
            return self.store.exists(name)
        except OSError:
            return False

    def remove(self, name: str) -> None:
        try:
            self.store.remove(name)
        except OSError:
            pass  # a damaged entry that cannot be removed is overwritten, or read as a miss

    def read(self, name: str) -> tuple[str | None, str | None]:
        """The entry's text (None on a miss) and a warning when the entry could not be used."""
        try:
            return self.store.read(name), None
        except (OSError, UnicodeDecodeError) as exc:
            return None, f"extraction cache: cannot read {self.store.path(name)} ({_why(exc)}); extracted again"

    def write(self, name: str, text: str) -> tuple[str | None, str | None]:
        """Write an entry; (its URL, None), or (None, a warning) when the cache cannot be written."""
        try:
            return self.store.write(name, text), None
        except OSError as exc:
            return None, (f"extraction cache: cannot write to {self.store.url} ({_why(exc)}); extracted without "
                          "the cache (fix its permissions or free space to speed up the next run)")

    def load(self, name: str) -> tuple[Extraction | None, str | None]:
        """The cached extraction (None on a miss) and a warning when the entry could not be used."""
        text, warning = self.read(name)
        if text is None:
            return None, warning
        try:
            return records.loads(text), None
        except (ValueError, KeyError, TypeError) as exc:
            return None, f"extraction cache: {name} is damaged ({type(exc).__name__}); extracted again"

    def store_extraction(self, name: str, extraction: Extraction) -> tuple[str | None, str | None]:
        return self.write(name, records.dumps(extraction))


def prune(store: Store, keep: set[str]) -> int:
    """Delete the entries (and temporary files) of a local store's SUBFOLDERS whose path is not in `keep`;
    how many were deleted. Entries that cannot be deleted are left; a cache is never worth a failed run.
    A store elsewhere (an fsspec URL) is left as it is."""
    if not store.local:
        return 0
    deleted = 0
    for sub in SUBFOLDERS:
        directory = Path(store.path(sub))
        try:
            entries = list(directory.iterdir())
        except OSError:
            continue
        for entry in entries:
            if str(entry) in keep or entry.suffix not in (".json", ".tmp") or not entry.is_file():
                continue
            try:
                entry.unlink()
                deleted += 1
            except OSError:
                pass
    return deleted


def _why(exc: BaseException) -> str:
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
