"""Read raw files into Documents; anything unreadable is set aside with a reason.

Which files are read at all is decided by `flows.rawfiles` (regular files inside
raw/, NFC names). Bytes are decoded as UTF-8 (with or without BOM), UTF-16
(with a BOM, or without one when every other byte is NUL), falling back to
cp1252 for legacy files; which one was used is recorded. A file is set aside
when it is larger than MAX_TEXT_BYTES, empty, binary (NUL bytes or mostly
control characters), undecodable, holds no text after normalisation, is not
Norwegian (`flows.language`), or has a sidecar that breaks its schema
(`flows.sidecar`: url, title, published, publisher, language, accessed or the
fetch stage's fetched_at, license, note, feed).
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path

from flows.language import LANGUAGES, foreign_language, written_standard
from flows.publication_line import with_stamp_date
from flows.model import Document, Metadata, Quarantined
from flows.normalise import normalise
from flows.rawfiles import TEXT_SUFFIXES, RawFile, scan
from flows.sidecar import SidecarError, read_sidecar

__all__ = ["MAX_TEXT_BYTES", "TEXT_SUFFIXES", "UnreadableFile", "check_size", "decode", "guess_language", "ingest",
           "list_sources", "read_document", "read_metadata", "read_source"]

MAX_TEXT_BYTES = 2_000_000  # a news article or talk note is under 100 KB; a bigger file is not one text
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
guess_language = written_standard


class UnreadableFile(ValueError):
    """A raw file that cannot become a document; the message says why."""


def list_sources(raw_dir: Path) -> list[Path]:
    """The text files of a raw folder that are read, sorted by name (see `flows.rawfiles.scan`)."""
    return [f.path for f in scan(raw_dir).files]


def _utf16_without_bom(data: bytes) -> str | None:
    """utf-16-le/-be when the bytes look like UTF-16 text without a BOM (every other byte NUL)."""
    sample = data[:4096]
    if len(sample) < 4 or len(data) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    zeros_even, zeros_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if zeros_odd > 0.3 and zeros_even < 0.05:
        return "utf-16-le"
    if zeros_even > 0.3 and zeros_odd < 0.05:
        return "utf-16-be"
    return None


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding) for raw bytes, or UnreadableFile."""
    if not data.strip():
        raise UnreadableFile("empty file")
    encoding = next((name for bom, name in BOMS if data.startswith(bom)), None) or _utf16_without_bom(data)
    if encoding:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise UnreadableFile(f"starts like {encoding} but does not decode: {exc.reason} at byte {exc.start}") from exc
    elif b"\x00" in data:
        raise UnreadableFile("binary file (contains NUL bytes)")
    else:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            try:
                text, encoding = data.decode("cp1252"), "cp1252"
            except UnicodeDecodeError as exc:
                raise UnreadableFile(f"neither UTF-8 nor cp1252: {exc.reason} at byte {exc.start}") from exc
    if len(CONTROL.findall(text)) > max(3, len(text) // 100):
        raise UnreadableFile("binary file (control characters)")
    return text, encoding


def read_metadata(path: Path) -> Metadata:
    """The sidecar of a raw file, or empty metadata; a broken sidecar raises UnreadableFile."""
    try:
        return read_sidecar(RawFile(path, path.name).sidecar).metadata
    except SidecarError as exc:
        raise UnreadableFile(str(exc)) from exc


def first_heading(text: str) -> str | None:
    for line in text.split("\n"):
        if line.startswith("#"):
            return line.lstrip("#").strip() or None
        if line.strip():
            return None
    return None


def check_size(path: Path) -> None:
    """UnreadableFile when a file is too large to be one text (checked before reading it)."""
    size = path.stat().st_size
    if size > MAX_TEXT_BYTES:
        raise UnreadableFile(f"file is {size / 1e6:.1f} MB; texts over {MAX_TEXT_BYTES / 1e6:g} MB are set aside "
                             "(MAX_TEXT_BYTES in flows/ingest.py): split it into articles")


def read_source(raw: RawFile) -> tuple[Document, tuple[str, ...]]:
    """A Document from a raw file and the warnings about it, or UnreadableFile naming the reason."""
    check_size(raw.path)
    try:
        sidecar = read_sidecar(raw.sidecar)
    except SidecarError as exc:
        raise UnreadableFile(str(exc)) from exc
    data = raw.path.read_bytes()
    text, encoding = decode(data)
    normalised = normalise(text)
    if not WORD.search(normalised):
        raise UnreadableFile("no text after normalisation")
    foreign = foreign_language(normalised)
    if foreign:
        raise UnreadableFile(foreign.reason())
    meta = with_stamp_date(sidecar.metadata, text)  # a "Publisert:" line dates a text without a sidecar date
    document = Document(
        doc_id=raw.doc_id,
        source_file=raw.name,
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=encoding,
        text=normalised,
        language=meta.language if meta.language in LANGUAGES else written_standard(normalised),
        meta=meta,
        title=meta.title or first_heading(normalised),
    )
    return document, sidecar.warnings


def read_document(path: Path) -> Document:
    """A Document from a raw file (named by its file name), or UnreadableFile naming the reason."""
    return read_source(RawFile(path, unicodedata.normalize("NFC", path.name)))[0]


def ingest(raw_dir: Path) -> tuple[list[Document], list[Quarantined]]:
    """All readable documents of a folder and the files set aside, each with its reason."""
    listing = scan(raw_dir)
    documents: list[Document] = []
    quarantined: list[Quarantined] = list(listing.refused)
    for raw in listing.files:
        try:
            documents.append(read_source(raw)[0])
        except UnreadableFile as exc:
            quarantined.append(Quarantined(raw.name, str(exc)))
        except OSError as exc:
            quarantined.append(Quarantined(raw.name, f"cannot read the file: {exc.strerror or exc}"))
    return documents, sorted(quarantined, key=lambda q: q.source_file)
