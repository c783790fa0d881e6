"""Extraction: one normalised Document in, its meeting, statements and demands out."""
from __future__ import annotations

from flows.extract.demands import extract_demands
from flows.extract.meetings import extract_meeting
from flows.extract.statements import extract_statements
from flows.model import Document, Extraction
from flows.segment import segment


def extract(document: Document) -> Extraction:
    """Run every extractor over one document (pure: same document, same result)."""
    blocks = segment(document.text)
    statements = extract_statements(document, blocks)
    demands = extract_demands(document, blocks, statements)
    meeting = extract_meeting(document, blocks, statements, tuple(d.topic for d in demands if d.topic))
    return Extraction(document=document, meeting=meeting, statements=statements, demands=demands)
