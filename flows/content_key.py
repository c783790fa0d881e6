"""Content keys: the same article text under two names is one document.

The key is the sha256 of the text in NFC with all whitespace runs collapsed to one
space, so line endings, trailing blanks and paragraph spacing do not make two
copies of one article look different. The fetch stage keys every text in raw/
before it writes a new one, and does not write a text whose key another file
already has (a press release published under two ministries, an article reachable
under two addresses).
"""
from __future__ import annotations

import hashlib
import unicodedata
from pathlib import Path

from flows.ingest import list_sources

ContentIndex = dict[str, str]  # content key -> file name in raw/


def content_key(text: str) -> str:
    collapsed = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(collapsed.encode("utf-8")).hexdigest()


def index_texts(raw_dir: Path) -> ContentIndex:
    """Content key of every text file in `raw_dir` (the first file by name wins a shared key)."""
    index: ContentIndex = {}
    for path in list_sources(raw_dir) if raw_dir.is_dir() else []:
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError):
            continue  # ingest sets unreadable files aside; they cannot be duplicated here
        index.setdefault(content_key(text), path.name)
    return index
