"""Fail fast: paths, permissions and free space checked before the orchestrator starts.

Each check raises PreflightError with one line naming the option, the path and
the reason; the command line prints it and exits with code 2. The checks only
read, except for a probe file written into the output folder and removed again
(`os.access` says yes to root even on a read-only file system).
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

from flows.rawfiles import scan

MIN_FREE_BYTES = 16 * 1024 * 1024
PROBE = ".ksdata-write-probe"


class PreflightError(ValueError):
    """A path or setting that makes the run impossible; the message is one line."""


def _existing_ancestor(path: Path) -> Path:
    for candidate in (path, *path.parents):
        if candidate.exists():
            return candidate
    return Path("/")


def check_folder(option: str, path: Path) -> None:
    """A folder that must exist and be readable."""
    if not path.exists():
        raise PreflightError(f"{option} {path}: no such folder")
    if not path.is_dir():
        raise PreflightError(f"{option} {path}: not a folder")
    if not os.access(path, os.R_OK | os.X_OK):
        raise PreflightError(f"{option} {path}: permission denied (cannot list the folder)")


def check_raw(path: Path, allow_empty: bool) -> None:
    check_folder("--raw", path)
    try:
        listing = scan(path)
    except OSError as exc:
        raise PreflightError(f"--raw {path}: cannot list the folder ({exc.strerror or exc})") from exc
    if not listing.files and not allow_empty:
        raise PreflightError(f"--raw {path}: no .txt or .md files to publish; a release now would remove every "
                             "published document (pass --allow-shrink to publish it anyway)")


def _probe_writable(option: str, folder: Path) -> None:
    probe = folder / f"{PROBE}-{os.getpid()}"
    try:
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise PreflightError(f"{option} {folder}: not writable ({exc.strerror or exc})") from exc


def folder_bytes(path: Path) -> int:
    """Bytes of the regular files under `path` (0 when it does not exist)."""
    total = 0
    for root, _dirs, files in os.walk(path):
        for name in files:
            try:
                total += os.lstat(os.path.join(root, name)).st_size
            except OSError:
                pass
    return total


def required_bytes(raw: Path, out: Path) -> int:
    """Room a run needs: the cache entries and the staged package (about twice the texts and the package)."""
    return 2 * folder_bytes(raw) + 2 * folder_bytes(out / "processed") + MIN_FREE_BYTES


def check_out(path: Path, raw: Path | None = None) -> None:
    """An output folder that exists (or can be created) and can be written, with room for the run."""
    if path.exists() and not path.is_dir():
        raise PreflightError(f"--out {path}: not a folder (a file is in the way)")
    base = _existing_ancestor(path)
    if not base.is_dir():
        raise PreflightError(f"--out {path}: cannot be created ({base} is not a folder)")
    _probe_writable("--out", base)
    free = shutil.disk_usage(base).free
    need = required_bytes(raw, path) if raw is not None else MIN_FREE_BYTES
    if free < need:
        raise PreflightError(f"--out {path}: only {free / 1e6:.0f} MB free on its file system, the run needs about "
                             f"{need / 1e6:.0f} MB; free some space")


def check_file_target(option: str, path: Path) -> None:
    """A file the run will write (e.g. --report): not a folder, in a folder that can be written."""
    if path.is_dir():
        raise PreflightError(f"{option} {path}: is a folder, expected a file name")
    base = _existing_ancestor(path.parent)
    if not base.is_dir():
        raise PreflightError(f"{option} {path}: cannot be created ({base} is not a folder)")
    _probe_writable(option, base)


def check_gold(path: Path) -> None:
    check_folder("gold folder", path)
    if not any(p.suffix == ".json" for p in path.iterdir()):
        raise PreflightError(f"gold folder {path}: holds no .json annotation files; nothing to score against")


def check_sources(path: Path, discovered: Path | None = None) -> None:
    """A sources file (and discovered list) that parses: the fetch would otherwise fail on every run."""
    from flows.fetch_list import fetch_list
    from flows.fetch_sources import SourcesError

    try:
        fetch_list(path, discovered)
    except SourcesError as exc:
        raise PreflightError(str(exc)) from exc
