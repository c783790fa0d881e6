"""One document, analysed once: the read-only context every extraction pass reads.

`analyse(document)` segments the text into blocks and sentences, reads its layout
(`flows.extract.document_layout`: header and signature lines), looks up the
gazetteers (ministries, claimants, addressees, organisations) over the whole
text, and parses the sentences a structural rule may need (`flows.extract.parse`:
sentences outside direct quotations that hold a cue and name a person or hold a
personal pronoun, by the person recogniser `flows.extract.people`, whose
memoised result the mention pass reads again, or name an organisation, whose
subject the demand pass reads). The passes then read this
context and the layers of earlier passes only:

    mentions -> attributions -> statements -> demands -> meeting

Nothing in a context changes after `analyse` returns.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from flows import budget
from flows.extract import clause_tails, coordination, own_items
from flows.extract.actors import ActorHit, addressees_in, claimants_in
from flows.extract.actor_words import claimant_pointer_spans
from flows.extract.organisation_names import organisations_in
from flows.extract.counterpart import MinistryMention, find_ministries
from flows.extract.document_layout import Layout, read_layout
from flows.extract.memo import segmented
from flows.extract.notes import is_notes
from flows.extract.people import find_people
from flows.extract.parse import Parsed, Parser, parse_selected, quoted_sentences, spacy_parser
from flows.model import Block, Document, Sentence


@dataclass(frozen=True)
class Gazetteer:
    """Gazetteer hits over the whole normalised text (document offsets)."""

    claimants: tuple[ActorHit, ...]
    addressees: tuple[ActorHit, ...]
    organisations: tuple[ActorHit, ...]  # claimants and named municipalities
    ministries: tuple[MinistryMention, ...]


@dataclass(frozen=True)
class DocContext:
    document: Document
    blocks: tuple[Block, ...]
    sentences: tuple[Sentence, ...]  # every block's sentences, in text order
    sentence_block: tuple[int, ...]  # Block.index of each sentence
    parses: tuple[Parsed | None, ...]  # per sentence; None when no rule needs its parse
    gazetteer: Gazetteer
    layout: Layout  # header and signature lines (document_layout): genre and author read them

    @property
    def text(self) -> str:
        return self.document.text

    def parse_at(self, offset: int) -> Parsed | None:
        """The parse of the sentence holding document offset `offset`, if it was parsed."""
        for sentence, parsed in zip(self.sentences, self.parses):
            if sentence.start <= offset < sentence.end:
                return parsed
        return None


def gazetteer_hits(text: str) -> Gazetteer:
    return Gazetteer(tuple(claimants_in(text)), tuple(addressees_in(text)), tuple(organisations_in(text)),
                     find_ministries(text))


def matchable(sentence: Sentence) -> Sentence:
    """The part of a sentence the rules match on (`flows.budget.for_matching`): an overlong
    "sentence" (a table, a list glued together) is cut, with exact offsets."""
    text = budget.for_matching(sentence.text)
    return sentence if text == sentence.text else Sentence(sentence.start, sentence.start + len(text), text)


def analyse(document: Document, parser: Parser | None = spacy_parser,
            blocks: tuple[Block, ...] | None = None) -> DocContext:
    """The context of one document; `parser` parses the selected sentences (None: no parse, the
    structural rules then find nothing). `blocks` may be given when the text is segmented already.
    The blocks' sentences are cut to what rules match on (`matchable`)."""
    blocks = segmented(document.text) if blocks is None else blocks
    blocks = tuple(replace(b, sentences=tuple(matchable(s) for s in b.sentences)) for b in blocks)
    sentences: list[Sentence] = []
    owner: list[int] = []
    for block in blocks:
        budget.check()
        for sentence in block.sentences:
            sentences.append(sentence)
            owner.append(block.index)
    persons = tuple((m.start, m.end) for m in find_people(document.text).mentions)
    gazetteer = gazetteer_hits(document.text)
    speakers = persons + tuple((h.start, h.end) for h in gazetteer.organisations) \
        + claimant_pointer_spans(document.text)  # an organisation as subject: the demand pass reads its parse
    layout = read_layout(document.text, blocks)
    wanted = coordination.wanted(blocks) | clause_tails.wanted(blocks)  # demands that end before a clause of its own
    if may_be_own(layout):  # action bullets are read only in an organisation's own document (own_items.py)
        wanted |= own_items.wanted(blocks, document.language)
    parses = parse_selected(tuple(sentences), parser, quoted_sentences(blocks), tuple(sorted(speakers)), wanted)
    return DocContext(document, blocks, tuple(sentences), tuple(owner), parses, gazetteer, layout)


def may_be_own(layout: Layout) -> bool:
    """True when the layout shows a sign that an organisation wrote the document itself: a talk's
    header, an opinion marker, a sender's title, a signature, or notes (`notes.is_notes`)."""
    return bool(layout.talk_lines or layout.bylines or layout.titles or layout.signed) or is_notes(layout)
