"""Pass 3, statements: the attributed spans that are statements of named persons.

A statement is an attribution whose speaker has a name and whose words are
more than a word or two (guidelines, "Statements"); two attributions of the same
span keep the first found (a statement is identified by its kind and span). `extract_statements(document, blocks)` runs the
passes up to this one for a single document (tests, tools); the pipeline calls
`find_statements` on its shared context.
"""
from __future__ import annotations

from flows.extract.attributions import AttributionLayer, find_attributions
from flows.extract.context import analyse
from flows.extract.mentions import find_mentions
from flows.model import Block, Document, Statement

MIN_WORDS = 2


def find_statements(attributions: AttributionLayer) -> tuple[Statement, ...]:
    """Statements in text order."""
    out: list[Statement] = []
    seen: set[tuple[str, int, int]] = set()
    for a in attributions.persons:
        if not a.speaker.name or len(a.text.split()) < MIN_WORDS or (a.kind, a.start, a.end) in seen:
            continue
        seen.add((a.kind, a.start, a.end))
        out.append(Statement(a.kind, a.speaker, a.text, a.start, a.end, a.rule, a.block))
    return tuple(sorted(out, key=lambda s: s.start))


def extract_statements(document: Document, blocks: tuple[Block, ...]) -> tuple[Statement, ...]:
    """Direct and indirect statements of named persons, in text order."""
    context = analyse(document, blocks=blocks)
    return find_statements(find_attributions(context, find_mentions(context)))
