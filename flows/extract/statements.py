"""Statements: direct quotations and indirect speech, with the speaker resolved."""
from __future__ import annotations

from flows.model import Block, Document, Statement


def extract_statements(document: Document, blocks: tuple[Block, ...]) -> tuple[Statement, ...]:
    """Direct and indirect statements of named persons, in text order."""
    return ()
