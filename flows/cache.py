"""The per-document extraction cache: a cache, never a source of truth.

Entries live in OUT/.cache/extractions/<content key>-<extractor version>.json
and are written atomically. A missing, unreadable or damaged entry is a miss
(the document is extracted again); a cache that cannot be written is skipped
(the extraction is passed on in memory). Either way the run goes on and says
so in its report's warnings. After extraction, entries this run did not use
(removed or changed documents, older extractor versions, leftovers of killed
runs) are deleted, so the cache does not grow without bound or fill the disk.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from flows import records
from flows.model import Extraction


@dataclass(frozen=True)
class ExtractionCache:
    directory: Path
    version: str

    def path(self, key: str) -> Path:
        return self.directory / f"{key}-{self.version}.json"

    def load(self, key: str) -> tuple[Extraction | None, str | None]:
        """The cached extraction (None on a miss) and a warning when the entry could not be used."""
        path = self.path(key)
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None, None
        except (OSError, UnicodeDecodeError) as exc:
            return None, f"extraction cache: cannot read {path} ({_why(exc)}); extracted again"
        try:
            return records.loads(text), None
        except (ValueError, KeyError, TypeError) as exc:
            return None, f"extraction cache: {path.name} is damaged ({type(exc).__name__}); extracted again"

    def store(self, key: str, extraction: Extraction) -> tuple[Path | None, str | None]:
        """Write an entry; (its path, None), or (None, a warning) when the cache cannot be written."""
        path = self.path(key)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            tmp.write_text(records.dumps(extraction), encoding="utf-8")
            os.replace(tmp, path)
            return path, None
        except OSError as exc:
            try:
                tmp.unlink(missing_ok=True)
            except OSError:
                pass
            return None, (f"extraction cache: cannot write to {self.directory} ({_why(exc)}); "
                          "extracted without the cache (fix its permissions or free space to speed up the next run)")


def prune(directory: Path, keep: set[str]) -> int:
    """Delete the cache entries (and temporary files) of `directory` whose path is not in `keep`;
    how many were deleted. Entries that cannot be deleted are left; a cache is never worth a failed run."""
    deleted = 0
    try:
        entries = list(directory.iterdir())
    except OSError:
        return 0
    for entry in entries:
        if str(entry) in keep or not (entry.suffix in (".json", ".tmp")) or not entry.is_file():
            continue
        try:
            entry.unlink()
            deleted += 1
        except OSError:
            pass
    return deleted


def _why(exc: BaseException) -> str:
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
