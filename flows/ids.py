"""Deterministic identifiers hashed from source keys (never from run order)."""
from __future__ import annotations

import hashlib
import unicodedata


def make_id(prefix: str, *parts: object) -> str:
    """`prefix` + 16 hex chars of sha256 over the parts; same keys, same id."""
    if not parts:
        raise ValueError("make_id needs at least one key part")
    key = "\x1f".join(unicodedata.normalize("NFC", str(p)) for p in parts)
    return f"{prefix}-{hashlib.sha256(key.encode('utf-8')).hexdigest()[:16]}"


def person_key(name: str) -> str:
    """The key a person is identified by across documents: the full name, case- and space-folded."""
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())
