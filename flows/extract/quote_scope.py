"""Whose words a paragraph holds, beyond the attribution walk (`attributions.py`) itself.

- `own_voice(layout)`: a document in its author's own voice (a talk's header, an opinion piece, a letter,
  a hearing response, a statement, notes; told by its layout alone, `document_genre`, `notes`): its
  first person is the author, who comments on the words it quotes ("Det er vi samde i."), so a
  first-person paragraph after a quotation continues no quotation there (guideline 12 is about a lost
  dash in a report);
- `without_section_summaries(found, blocks)`: a subheading in the body that quotes a person under a
  label ("Statsråden: – Tek det med meg") over a section that quotes the same person is the editor's
  summary of that quotation, not words of its own; a title keeps its quotation;
- `credited(block, mentions)`: a quotation in quote marks credited after a dash on its own line
  ("«...» – NN, styreleder i KS"), the person named there with a role.
"""
from __future__ import annotations

import re

from flows.extract.attribution_layer import Attribution
from flows.extract.authorship import speaks_for_author
from flows.extract.document_genre import REPORT, genre
from flows.extract.document_layout import Layout
from flows.extract.mentions import MentionLayer
from flows.extract.notes import is_notes
from flows.model import Block, Mention

# a quotation in quote marks credited on its own line after a dash: «...» – NN, styreleder i KS
QUOTE_CREDIT = re.compile(r"^[«\"](?P<words>[^«»\"]+)[»\"]\s*[–—]\s*(?=\S)")


def credited(block: Block, mentions: MentionLayer) -> tuple[int, int, Mention] | None:
    """(start, end, speaker) of the quoted words of a paragraph "«...» – NN, role in organisation": the
    person the mention layer finds right after the dash, when the text gives them a role."""
    credit = QUOTE_CREDIT.match(block.text)
    if credit is None:
        return None
    person = mentions.full_mention_at(block.start + credit.end())
    if person is None or person.role is None:
        return None
    return (block.start + credit.start("words"), block.start + credit.end("words"),
            Mention(person.name, person.role, person.organisation))


def own_voice(layout: Layout) -> bool:
    """True for a document in its author's own voice, told by its layout: a talk's header, an opinion
    piece, a letter, a hearing response, a statement, notes."""
    return bool(layout.talk_lines) or genre(layout) != REPORT or is_notes(layout)


def without_section_summaries(found: list[Attribution], blocks: tuple[Block, ...]) -> list[Attribution]:
    """`found` without the label quotes of subheadings in the body whose section quotes the same person
    (a title, before the first paragraph, keeps its quotation)."""
    first_paragraph = next((b.index for b in blocks if b.kind == "paragraph"), len(blocks))
    out = []
    for a in found:
        block = blocks[a.block]
        if a.rule == "headline_label_quote" and block.kind == "heading" and block.index > first_paragraph and any(
                o.kind == "direct" and o.block > a.block and blocks[o.block].section == block.section
                and o.speaker.name == a.speaker.name for o in found):
            continue
        out.append(a)
    return out


def authors_own(own_voice: bool, author: str | None, mentions: MentionLayer, speaker: Mention | None) -> bool:
    """A first-person paragraph after a quotation, with no quotation mark of its own, is the author's own
    text rather than the quotation going on: in a document an organisation wrote itself (`author`,
    authorship.document_author) unless the one quoted speaks for it, and in any other document written in
    its author's voice (`own_voice`: an opinion piece, a talk, a letter, notes)."""
    if author is not None:
        return not speaks_for_author(author, mentions, speaker)
    return own_voice
