"""Demands: calls for an action, with claimant, addressee and topic."""
from __future__ import annotations

from flows.model import Block, Demand, Document, Statement


def extract_demands(
    document: Document, blocks: tuple[Block, ...], statements: tuple[Statement, ...]
) -> tuple[Demand, ...]:
    """Demands in text order."""
    return ()
