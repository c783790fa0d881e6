"""The attribution layer: who speaks in which span, and the words naming who speaks.

Records only (built by `flows.extract.attributions`, read by the statement and
demand passes).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Mapping

from flows import budget
from flows.extract.speech import attribution_of, speech_subject
from flows.model import Block, Mention, Sentence


@dataclass(frozen=True)
class Attribution:
    """A span of the text (the quoted words or the reported content) and the person who speaks in it."""

    kind: Literal["direct", "indirect"]
    speaker: Mention
    text: str
    start: int
    end: int
    rule: str
    block: int  # Block.index the span starts in


@dataclass(frozen=True)
class Speaking:
    """The words of a sentence or paragraph that name who speaks, as written."""

    subject: str | None  # subject region of its verb of saying or requesting ("KS ber ...", "..., mener KS")
    closing: str | None  # attribution region closing it (", sier styreleder i KS, NN.")


NOBODY = Speaking(None, None)


@dataclass(frozen=True)
class AttributionLayer:
    """Who speaks where: the spans persons speak in, and for every sentence and paragraph the
    words that name who speaks (a person or an organisation), which the demand pass resolves
    to a claimant."""

    persons: tuple[Attribution, ...]  # in text order
    sentences: Mapping[int, Speaking]  # by Sentence.start
    blocks: Mapping[int, Speaking]  # by Block.index

    def in_sentence(self, sentence: Sentence) -> Speaking:
        return self.sentences.get(sentence.start, NOBODY)

    def in_block(self, block: Block) -> Speaking:
        return self.blocks.get(block.index, NOBODY)


def speaking(blocks: tuple[Block, ...]) -> tuple[dict[int, Speaking], dict[int, Speaking]]:
    """(by sentence start, by block index): the subject and closing regions of every sentence and
    paragraph (`flows.extract.speech`)."""
    by_sentence: dict[int, Speaking] = {}
    by_block: dict[int, Speaking] = {}
    for block in blocks:
        budget.check()
        text = budget.for_matching(block.text)
        by_block[block.index] = Speaking(speech_subject(text), attribution_of(text))
        for sentence in block.sentences:
            by_sentence[sentence.start] = Speaking(speech_subject(sentence.text), attribution_of(sentence.text))
    return by_sentence, by_block
