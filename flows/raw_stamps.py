"""The content keys of raw files from earlier runs, looked up by each file's stat instead of its bytes.

Finding the new documents of a daily run means knowing every raw file's content key (the sha256
of its bytes and its sidecar's, flows.isolate.content_key). Hashing 20,000 files takes seconds;
a stat takes microseconds. The stamp index (`OUT/.cache/raw-stamps.json`) remembers, per file
name, the stat of the file and of its sidecar when they were hashed and the key and sha256 that
hashing gave. A file whose stat is still the same (size, modification and change times in
nanoseconds, inode) is taken to have the same bytes; any difference, a sidecar added or removed,
and the file is hashed again.

Like git's index it guards against a file changed twice within one timestamp tick: a stat is
remembered only when the file was last modified more than RACY_SECONDS before it was hashed
(a file written just now is hashed again on the next run), and the stat is taken before and
after hashing and must agree. The change time (`st_ctime_ns`) cannot be set by a program
(`touch -d` or `cp -p` set the modification time only), so restoring an old modification time
does not hide a change. With the key it keeps the sidecar's warnings (unknown keys), which every run
reports again: an unchanged sidecar is not read and parsed again for them. The index is a cache: missing, damaged or written by another version
it is ignored and the files are hashed.
"""
from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from flows.rawfiles import RawFile

INDEX = Path(".cache") / "raw-stamps.json"  # under OUT, beside the published index
VERSION = 1
RACY_SECONDS = 2.0

Stamp = tuple[int, int, int, int]  # size, mtime_ns, ctime_ns, inode
FileStamp = list[Any]  # [file stamp, sidecar stamp or None]


def _stat(path: Path) -> Stamp | None:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)


def stamp_of(raw: RawFile) -> FileStamp | None:
    """The stat of a raw file and its sidecar (None when the file cannot be stat'ed)."""
    try:
        main = _stat(raw.path)
        side = _stat(raw.sidecar)
    except OSError:
        return None
    return None if main is None else [list(main), list(side) if side else None]


def settled(stamp: FileStamp, now_ns: int | None = None) -> bool:
    """Whether a stamp may be remembered: neither file was modified within RACY_SECONDS of `now_ns`."""
    now_ns = time.time_ns() if now_ns is None else now_ns
    latest = max(max(s[1], s[2]) for s in stamp if s)
    return now_ns - latest > RACY_SECONDS * 1e9


@dataclass
class StampIndex:
    """name -> [stamp, key, sha256, sidecar warnings or None], as loaded from the last run and updated by
    this one."""

    entries: dict[str, list[Any]]

    def lookup(self, raw: RawFile, stamp: FileStamp | None) -> tuple[str, str] | None:
        """(key, sha256) when the file's stamp is the one remembered, else None."""
        entry = self.entries.get(raw.name)
        if entry is None or stamp is None or entry[0] != stamp:
            return None
        return entry[1], entry[2]

    def sidecar_warnings(self, raw: RawFile, stamp: FileStamp | None) -> list[str] | None:
        """The sidecar's warnings remembered with the file's stamp (None when not remembered)."""
        entry = self.entries.get(raw.name)
        if entry is None or stamp is None or entry[0] != stamp or len(entry) < 4 or not isinstance(entry[3], list):
            return None
        return list(entry[3])

    def remember(self, name: str, stamp: FileStamp, key: str, sha256: str) -> None:
        self.entries[name] = [stamp, key, sha256]


def load(out_dir: Path) -> StampIndex:
    """The index of OUT (empty when missing, damaged or of another version)."""
    try:
        data = orjson.loads((out_dir / INDEX).read_bytes())
        if isinstance(data, dict) and data.get("version") == VERSION and isinstance(data.get("files"), dict):
            return StampIndex(data["files"])
    except (OSError, ValueError):  # orjson.JSONDecodeError is a ValueError
        pass
    return StampIndex({})


def save(out_dir: Path, outcomes: list[dict[str, Any]]) -> None:
    """Remember the stamps of this run's outcomes (those hashed from a settled file, or looked up); a cache,
    so a failure to write it is ignored."""
    files = {o["source_file"]: [o["stamp"], o["key"], o["sha256"], o.get("sidecar_warnings")] for o in outcomes
             if o.get("stamp") and "key" in o and "quarantined" not in o}
    path = out_dir / INDEX
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(orjson.dumps({"version": VERSION, "files": files}))
        os.replace(tmp, path)
    except (OSError, TypeError):  # TypeError: orjson.JSONEncodeError (a name it cannot encode)
        pass
