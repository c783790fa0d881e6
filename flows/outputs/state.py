"""What the published derived outputs were built from, so the next build can reuse them.

`OUT/.cache/outputs-state.json` names the sha256 of the `datapackage.json` the outputs
describe, the version of the code and data that build them (`code_version`: this package's
modules, `metadata/*.yaml`, `eval/quality.json` and the versions of the libraries that write
the files), the size and modification time of every derived file as published, and the
spreadsheet's chunks (where each chunk of rows is in the .xlsx file, flows.outputs.spreadsheet)
and what each chart was drawn from (the digest of its query's rows, and its alt text).
It is written beside a staged build and moved into place after the swap, like the published
index (flows.published_index). A state that names another descriptor, other code or files that
changed since (a file edited or damaged by hand) is ignored: the next build starts from scratch.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path
from typing import Any

from flows.published_index import descriptor_digest, take_staged_file

STATE = Path(".cache") / "outputs-state.json"
STAGED = "outputs-state.json"  # in OUT/.staging beside the staged package
PACKAGE_DIR = Path(__file__).resolve().parent
REPO = PACKAGE_DIR.parent.parent
LIBRARIES = ("XlsxWriter", "apsw", "matplotlib", "pyarrow")
Chunk = list[Any]  # [key, offset, compressed bytes, raw bytes, crc32, neutralised cells, cut cells]


@lru_cache(maxsize=1)
def code_version() -> str:
    """Hash of what the derived outputs depend on besides the package: code, metadata and libraries."""
    digest = hashlib.sha256()
    files = sorted(PACKAGE_DIR.glob("*.py")) + sorted((REPO / "metadata").glob("*.yaml"))
    files += [REPO / "eval" / "quality.json"]
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes() if path.is_file() else b"")
    for library in LIBRARIES:
        digest.update(f"{library}=={version(library)}".encode())
    return digest.hexdigest()[:16]


def file_stat(path: Path) -> list[int]:
    stat = path.stat()
    return [stat.st_size, stat.st_mtime_ns]


@dataclass
class OutputsState:
    datapackage_sha256: str
    code: str
    files: dict[str, list[int]] = field(default_factory=dict)  # relative path -> [size, mtime_ns]
    chunks: dict[str, list[Chunk]] = field(default_factory=dict)  # spreadsheet: table -> its chunks in order
    charts: dict[str, list[str]] = field(default_factory=dict)  # chart file -> [digest of its rows, alt text]

    def dumps(self) -> str:
        return json.dumps(self.__dict__, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def read(root: Path, path: Path | None = None) -> OutputsState | None:
    """The saved state (OUT/.cache/outputs-state.json, or `path`) as it is, unchecked; None when unreadable."""
    try:
        data = json.loads((path or root / STATE).read_text(encoding="utf-8"))
        return OutputsState(**data)
    except (OSError, ValueError, TypeError):
        return None


def load(root: Path, path: Path | None = None) -> OutputsState | None:
    """The state of the derived outputs under `root` when it describes them as they are now, else None."""
    state = read(root, path)
    if state is None:
        return None
    if state.code != code_version() or state.datapackage_sha256 != descriptor_digest(root):
        return None
    for rel, stat in state.files.items():
        if not (root / rel).is_file() or file_stat(root / rel) != list(stat):
            return None
    return state


def record(root: Path, files: list[str], chunks: dict[str, list[Chunk]],
           charts: dict[str, list[str]] | None = None) -> OutputsState:
    """The state of freshly built outputs under `root`."""
    return OutputsState(descriptor_digest(root) or "", code_version(), {rel: file_stat(root / rel) for rel in files},
                        chunks, charts or {})


def save_staged(staging: Path, state: OutputsState) -> None:
    (staging / STAGED).write_text(state.dumps(), encoding="utf-8")


def save(out_dir: Path, state: OutputsState) -> None:
    """Save the state of the outputs published in OUT (a refresh that found them current)."""
    target = out_dir / STATE
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(state.dumps(), encoding="utf-8")
    except OSError:
        pass  # the state is a cache (OUT/.cache not writable): the next run builds the outputs from scratch


def take_staged(out_dir: Path) -> Path | None:
    """Move the staged state out of OUT/.staging before the swap (without it the next run builds
    the outputs from scratch)."""
    return take_staged_file(out_dir, STAGED, STATE)


def promote(out_dir: Path, pending: Path | None) -> None:
    """After the swap: the staged state describes the published outputs (a swap keeps files' times)."""
    try:
        if pending is not None and pending.is_file():
            pending.replace(out_dir / STATE)
        elif (out_dir / STATE).exists():
            (out_dir / STATE).unlink()  # outputs swapped in without a state: the old one no longer describes them
    except OSError:
        pass  # a state that cannot be written or removed: checked against the outputs when it is read
