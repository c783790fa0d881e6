"""Whether a block of the demand pass holds a quotation, and whose (demands.py).

A dash paragraph is a quotation; so is a first-person paragraph with no dash of its own right after
one (the dash lost, decision 12). In a document an organisation wrote itself (a talk, an opinion
piece, a letter, notes, whose author `document_voice.DocumentVoice.author` knows) that holds only
where the statement pass found a quotation in the block: the attribution pass has already decided there, with the
document's voice, whether the first person after a quotation goes on quoting or is the author's own
text again ("«...», sa hun til meg." then "Vi ber regjeringa om ..."), and a dash line with no
quotation in it is a section title of the talk ("– Tillit, ikke detaljstyring"). Once the quotation
has ended, the author's voice holds. A dash bullet in a fact box ("FAKTA" and its items:
"- Unio tilrår blant anna X", `layout.fact_box_blocks`) is the box's text, not the words of the one quoted last.
"""
from __future__ import annotations

from flows.extract.attributions import AttributionLayer
from flows.extract.mentions import MentionLayer
from flows.extract.speech import is_first_person
from flows.extract.voice import resolve
from flows.extract.actors import GOVERNMENT
from flows.model import Block, Statement


def quote_speaker(block: Block, attributions: AttributionLayer, mentions: MentionLayer,
                  last: str | None) -> tuple[str | None, int]:
    """Speaker of a dash quotation and the index of its attribution sentence (or -1)."""
    who = attributions.in_block(block).closing
    if who is None:
        return last, -1
    for i, sentence in enumerate(block.sentences):
        if attributions.in_sentence(sentence).closing is not None:
            return resolve(who, mentions, last) or last, i
    return resolve(who, mentions, last) or last, -1


def continued_quote(block: Block, prev_quote: bool, closing: str | None, mentions: MentionLayer,
                    last: str | None) -> bool:
    """True when a paragraph with no dash after a quotation goes on in the first person and its
    attribution at the end names the one quoted just before, or a claimant's speaker when the one before
    is not known ("– X. ¶ Vi sa tydelig fra at Y, sa hun."):
    the dash lost, the speaker's words (decision 12), its request in the speaker's voice."""
    if not (prev_quote and closing and block.kind == "paragraph" and is_first_person(block.text)):
        return False
    who = resolve(closing, mentions, last)
    return who not in (None, GOVERNMENT) and (last is None or who == last)


def quoted_in(block: Block, statements: tuple[Statement, ...]) -> bool:
    """True when the statement pass found a direct quotation in the block."""
    return any(st.kind == "direct" and block.start <= st.start < block.end for st in statements)


def is_quotation(block: Block, prev_quote: bool, continued: bool, closing: str | None, subject: str | None,
                 own_voice: bool, statements: tuple[Statement, ...], boxed: bool = False) -> bool:
    """True when the demand pass reads a block as a quotation: a dash paragraph, a first-person paragraph
    right after a quotation with no attribution of its own, or one whose closing attribution names the
    one quoted before (`continued`); in a document with a known author (`own_voice`) only where the
    statement pass found a quotation in it; never a bullet of a fact box (`boxed`, module docstring)."""
    quote = block.marker == "dash" or continued or (
        prev_quote and block.kind == "paragraph" and is_first_person(block.text) and closing is None and subject is None)
    return quote and not boxed and (not own_voice or quoted_in(block, statements))
