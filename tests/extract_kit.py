"""Shared helpers for golden extraction tests: one invented text in, the extraction's rows out."""
from __future__ import annotations

from flows.extract import extract
from flows.model import Document
from flows.normalise import normalise

Row = tuple[str, str | None, str]


def result(raw: str, language: str = "nb"):  # type: ignore[no-untyped-def]
    """Extract one invented text as a document of its own (normalised like any raw file)."""
    doc = Document(doc_id="d", source_file="t.txt", sha256="", encoding="utf-8", text=normalise(raw),
                   language=language)
    return extract(doc)


def demands(raw: str, language: str = "nb") -> list[Row]:
    """(claimant, addressee, text) of each demand the text gives."""
    return [(d.claimant, d.addressee, d.text) for d in result(raw, language).demands]
