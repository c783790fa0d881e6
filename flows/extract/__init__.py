"""Extraction: one normalised Document in, its meeting, statements and demands out.

The document is analysed once into a read-only context (`context.analyse`:
blocks, sentences, parses of the sentences that need one, gazetteer hits); then
passes run in order, each a pure function of the context and the layers before it:

    mentions      (mentions.find_mentions)          persons, organisations, ministries, dates
    voice         (document_voice.find_voice)       whether the document is in its author's own voice, and whose
    attributions  (attributions.find_attributions)  who speaks in which span, and where an organisation speaks
    statements    (statements.find_statements)      statements of named persons
    demands       (demands.find_demands)            calls for action, claimant, addressee, topic
    meeting       (meetings.find_meeting)           type, date, counterpart, participants, topics
"""
from __future__ import annotations

from flows.extract.acronym_bodies import defined_in
from flows.extract.attributions import find_attributions
from flows.extract.context import analyse
from flows.extract.demands import find_demands
from flows.extract.document_voice import find_voice
from flows.extract.meetings import find_meeting
from flows.extract.memo import per_document
from flows.extract.mentions import find_mentions
from flows.extract.parse import Parser, spacy_parser
from flows.extract.statements import find_statements, once
from flows.model import Document, Extraction


def extract(document: Document, parser: Parser | None = spacy_parser) -> Extraction:
    """Run every pass over one document (pure: same document and parser, same result); repeated
    lookups are answered from the document's memo (`memo.per_document`)."""
    with per_document(), defined_in(document.text):  # names defined with an acronym, known in every sentence
        context = analyse(document, parser)
        mentions = find_mentions(context)
        voice = find_voice(context, mentions)
        attributions = find_attributions(context, mentions, voice)
        statements = find_statements(attributions)
        demands = find_demands(context, mentions, attributions, statements, voice)
        meeting = find_meeting(context, mentions, statements, tuple(d.topic for d in demands if d.topic))
    return Extraction(document=document, meeting=meeting, statements=once(statements), demands=demands)
