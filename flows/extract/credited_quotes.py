"""Quotations credited from a block of their own, and the `direct` record every quotation rule builds.

- A pull quote: a short quotation set above a byline line "NN, role in organisation", or a
  quotation in quote marks credited after a dash ("«...» – NN, styreleder i KS"); not a quotation
  closed by an attribution of its own ("– ..., sa NN."), under which a speaker line heads the next
  section of reactions.
- A plain paragraph that an attribution paragraph after it points back to ("Det sier NN til
  avisa."): the one right before it and first-person paragraphs before that, up to a heading, a
  list, a quotation or a paragraph that already gave a statement.
"""
from __future__ import annotations

from flows.extract import quotes
from flows.extract import quote_scope as scope
from flows.extract.attribution_layer import Attribution
from flows.extract.mentions import MentionLayer
from flows.extract.speech import attribution_of
from flows.model import Block, Mention


def direct(text: str, start: int, end: int, speaker: Mention, rule: str, block: Block) -> Attribution | None:
    """The quoted words text[start:end], cleaned of marks and dashes; none under two words."""
    words, start, end = quotes.clean(text, start, end)
    if len(words.split()) < 2:
        return None
    return Attribution("direct", speaker, words, start, end, rule, block.index)


def pull_quote(doc: str, blocks: tuple[Block, ...], i: int, mentions: MentionLayer) -> Attribution | None:
    """A pull quote above a byline line, or a quotation credited after a dash on its own line."""
    block = blocks[i]
    credited = scope.credited(block, mentions)
    if credited is not None:  # «...» – NN, styreleder i KS
        return direct(doc, credited[0], credited[1], credited[2], "pull_quote_byline", block)
    if i + 1 >= len(blocks) or block.kind == "heading" or block.marker not in ("", "dash"):
        return None
    if i > 0 and not block.text.startswith(("«", "–")) and block.marker != "dash":
        return None
    if attribution_of(block.text) is not None:
        return None  # "– ..., sa NN.": the quotation names its speaker; the line under it heads what follows
    speaker = quotes.byline(blocks[i + 1], mentions)
    if speaker is None or not quotes.looks_like_speech(block.text):
        return None
    return direct(doc, block.start, block.end, speaker, "pull_quote_byline", block)


def quoted_before(doc: str, blocks: tuple[Block, ...], i: int, speaker: Mention,
                   produced: set[int]) -> list[Attribution]:
    """The paragraphs an attribution paragraph ("Det sier NN til avisa.") points back
    to: the one right before it and, before that, first-person paragraphs, up to a
    heading, a list, a quotation or a paragraph that gave a statement."""
    out: list[Attribution] = []
    j = i - 1
    while j >= 0:
        block = blocks[j]
        if (block.section != blocks[i].section or block.kind == "heading" or block.marker != ""
                or block.level > 0 or j in produced or not quotes.prose_quote(block.text, j == i - 1)):
            break
        statement = direct(doc, block.start, block.end, speaker, "prose_quote_det_sa", block)
        if statement is None:
            break
        out.insert(0, statement)
        j -= 1
    return out
