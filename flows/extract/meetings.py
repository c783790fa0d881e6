"""The meeting a document reports: type, date, counterpart, participants, topics."""
from __future__ import annotations

from flows.model import Block, Document, Meeting, Statement


def extract_meeting(
    document: Document, blocks: tuple[Block, ...], statements: tuple[Statement, ...]
) -> Meeting | None:
    """The one meeting the document reports, or None."""
    return None
