"""Read raw files into Documents; anything unreadable is set aside with a reason.

Bytes are decoded as UTF-8 (with or without BOM), falling back to cp1252 for
legacy files; which one was used is recorded. A file is quarantined when it is
empty, binary (NUL bytes or mostly control characters), undecodable, or holds
no text after normalisation. A sidecar `<name>.meta.json` may give url, title,
published (ISO date), publisher, language, accessed (or the fetch stage's
fetched_at), license and note.
"""
from __future__ import annotations

import hashlib
import json
import re
from datetime import date
from pathlib import Path

from flows import lexicon
from flows.ids import make_id
from flows.model import Document, Metadata, Quarantined
from flows.normalise import normalise
from flows.provenance import licenses

TEXT_SUFFIXES = (".txt", ".md")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


class UnreadableFile(ValueError):
    """A raw file that cannot become a document; the message says why."""


def list_sources(raw_dir: Path) -> list[Path]:
    """The text files of a raw folder, sorted by name (sidecars and hidden files excluded)."""
    return sorted(
        p for p in raw_dir.iterdir()
        if p.is_file() and not p.name.startswith(".") and p.suffix.lower() in TEXT_SUFFIXES
    )


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding) for raw bytes, or UnreadableFile."""
    if not data.strip():
        raise UnreadableFile("empty file")
    if b"\x00" in data:
        raise UnreadableFile("binary file (contains NUL bytes)")
    if data.startswith(b"\xef\xbb\xbf"):
        text, encoding = data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
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


def guess_language(text: str) -> str:
    """nb or nn from marker words in `data/language_markers.yaml`."""
    markers = lexicon.load("language_markers")
    tokens = [t.casefold() for t in WORD.findall(text)]
    joined = " " + " ".join(tokens) + " "
    score = {lang: sum(joined.count(f" {w} ") for w in markers[lang]) for lang in ("nb", "nn")}
    return "nn" if score["nn"] > score["nb"] else "nb"


def _date(value: object, key: str) -> date | None:
    """An ISO date (a datetime such as the fetch stage's '2026-11-23T10:00:00Z' gives its date)."""
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise ValueError(f"{key} must be an ISO date string, not {value!r}")
    return date.fromisoformat(value[:10])


def _text(data: dict[str, object], key: str) -> str | None:
    value = data.get(key)
    if value is not None and not isinstance(value, str):
        raise ValueError(f"{key} must be a string, not {value!r}")
    return (value.strip() or None) if value else None


def read_metadata(path: Path) -> Metadata:
    """The sidecar of a raw file, or empty metadata; a broken sidecar raises UnreadableFile.

    Keys: url, title, published, publisher, language, accessed (or the fetch stage's
    fetched_at), license, note; unknown values are null or absent.
    """
    sidecar = path.with_name(path.stem + ".meta.json")
    if not sidecar.exists():
        return Metadata()
    try:
        data = json.loads(sidecar.read_text(encoding="utf-8-sig"))
        if not isinstance(data, dict):
            raise ValueError("the top level must be an object")
        accessed = data.get("accessed") or data.get("fetched_at")
        license_code = _text(data, "license")
        if license_code is not None and license_code not in licenses():
            raise ValueError(f"license {license_code!r} is not a code of metadata/licenses.yaml "
                             f"({', '.join(licenses())}); add it there or fix the sidecar")
        return Metadata(
            url=_text(data, "url"),
            title=_text(data, "title"),
            published=_date(data.get("published"), "published"),
            publisher=_text(data, "publisher"),
            language=_text(data, "language"),
            accessed=_date(accessed, "accessed"),
            license=license_code,
            note=_text(data, "note"),
        )
    except (ValueError, TypeError, AttributeError) as exc:
        raise UnreadableFile(f"sidecar {sidecar.name} is not valid metadata JSON: {exc}") from exc


def first_heading(text: str) -> str | None:
    for line in text.split("\n"):
        if line.startswith("#"):
            return line.lstrip("#").strip() or None
        if line.strip():
            return None
    return None


def read_document(path: Path) -> Document:
    """A Document from a raw file, or UnreadableFile naming the reason."""
    data = path.read_bytes()
    text, encoding = decode(data)
    normalised = normalise(text)
    if not WORD.search(normalised):
        raise UnreadableFile("no text after normalisation")
    meta = read_metadata(path)
    language = meta.language if meta.language in ("nb", "nn") else guess_language(normalised)
    return Document(
        doc_id=make_id("doc", path.stem),
        source_file=path.name,
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=encoding,
        text=normalised,
        language=language,
        meta=meta,
        title=meta.title or first_heading(normalised),
    )


def ingest(raw_dir: Path) -> tuple[list[Document], list[Quarantined]]:
    """All readable documents of a folder and the files set aside, each with its reason."""
    documents: list[Document] = []
    quarantined: list[Quarantined] = []
    for path in list_sources(raw_dir):
        try:
            documents.append(read_document(path))
        except (UnreadableFile, OSError) as exc:
            quarantined.append(Quarantined(path.name, str(exc)))
    return documents, quarantined
