"""Which files of a raw folder are texts to read, and which are refused with a reason.

Only regular files directly inside the raw folder whose name ends in `.txt` or
`.md` (any case) are texts; hidden files and other suffixes (sidecars, the
sources list, notes) are not listed at all. Anything else with a text suffix is
refused, named in the run report:

- a symbolic link whose target lies outside the raw folder (a link to a file
  inside it is read like that file), or a broken link;
- a directory, FIFO, socket or device named like a text (never opened);
- a file name that is not valid UTF-8 or holds control characters;
- a second file whose name equals another's after Unicode NFC normalisation.

File names are published in NFC (`source_file`), and the document id is hashed
from the NFC name without its `.txt` extension (so the ids of `.txt` files are
those of earlier releases) or from the whole name for any other suffix, so
`x.txt` and `x.md` are two documents.
"""
from __future__ import annotations

import os
import stat
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from flows.ids import make_id
from flows.model import Quarantined

TEXT_SUFFIXES = (".txt", ".md")
SIDECAR_SUFFIX = ".meta.json"


@dataclass(frozen=True)
class RawFile:
    """A text to read: where it is on disk and the name it is published under."""

    path: Path
    name: str  # NFC file name: documents.source_file

    @property
    def doc_id(self) -> str:
        return document_id(self.name)

    @property
    def sidecar(self) -> Path:
        return sidecar_path(self.path)


@dataclass(frozen=True)
class Listing:
    files: tuple[RawFile, ...]
    refused: tuple[Quarantined, ...]


def document_id(name: str) -> str:
    """`doc-` + hash of the file name without `.txt` (with any other suffix kept)."""
    nfc = unicodedata.normalize("NFC", name)
    return make_id("doc", nfc[: -len(".txt")] if nfc.endswith(".txt") else nfc)


def sidecar_path(path: Path) -> Path:
    return path.with_name(path.stem + SIDECAR_SUFFIX)


def sidecar_name(name: str) -> str:
    """The sidecar's file name of a text's file name (as `sidecar_path`: the name without its last suffix)."""
    dot = name.rfind(".")
    return (name[:dot] if 0 < dot < len(name) - 1 else name) + SIDECAR_SUFFIX


def printable_name(name: str) -> str:
    """A file name as UTF-8 text for messages; bytes that are not UTF-8 shown as \\xNN."""
    return os.fsencode(name).decode("utf-8", errors="backslashreplace")


def is_text_name(name: str) -> bool:
    return not name.startswith(".") and os.path.splitext(name)[1].lower() in TEXT_SUFFIXES


def _name_problem(name: str) -> str | None:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return "file name is not valid UTF-8; rename the file (e.g. convert its name with `convmv`)"
    if any(unicodedata.category(ch) == "Cc" for ch in name):
        return "file name contains control characters; rename the file"
    return None


def _form(name: str) -> str:
    return next((form for form in ("NFC", "NFD") if unicodedata.is_normalized(form, name)), "mixed")


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def placement_problem(path: Path, root: Path) -> str | None:
    """Why `path` (directly in `root`) is not a regular file that belongs to `root`, or None."""
    if path.is_symlink():
        try:
            target = path.resolve(strict=True)
        except (OSError, RuntimeError):
            return f"broken symbolic link (to {os.readlink(path)!r})"
        if target.parent != root and root not in target.parents:
            return f"symbolic link to {printable_name(str(target))}, outside the raw folder; only files inside it are read"
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        return f"cannot inspect the file: {exc.strerror or exc}"
    if not stat.S_ISREG(mode):
        return f"not a regular file ({_kind(mode)})"
    return None


def scan(raw_dir: Path) -> Listing:
    """The texts of a raw folder in name order, and the refused entries with their reasons. One directory
    listing (`os.scandir`, whose entries carry the file type): a regular file with a plain ASCII name costs
    no system call of its own."""
    root = raw_dir.resolve()
    files: list[RawFile] = []
    refused: list[Quarantined] = []
    seen: dict[str, str] = {}
    with os.scandir(root) as listing:
        entries = sorted(listing, key=lambda entry: entry.name)
    for entry in entries:
        name = entry.name
        if not is_text_name(name):
            continue
        plain = name.isascii() and name.isprintable()  # valid UTF-8, no control characters, already NFC
        problem = None if plain else _name_problem(name)
        if problem is None and not _regular(entry):
            problem = placement_problem(root / name, root)
        if problem:
            refused.append(Quarantined(printable_name(name), problem))
            continue
        nfc = name if plain else unicodedata.normalize("NFC", name)
        if nfc in seen:
            refused.append(Quarantined(printable_name(name), f"another file has the same name once "
                                       f"Unicode-normalised (NFC) and was read; this one is written in {_form(name)} "
                                       "form: rename or remove one of them"))
            continue
        seen[nfc] = name
        files.append(RawFile(root / name, nfc))
    return Listing(tuple(files), tuple(refused))


def _regular(entry: os.DirEntry[str]) -> bool:
    """Whether a listed entry is a regular file and no symbolic link, from the listing's file type where the
    filesystem gives one (no stat per file); anything else goes through placement_problem."""
    try:
        return not entry.is_symlink() and entry.is_file(follow_symlinks=False)
    except OSError:
        return False
