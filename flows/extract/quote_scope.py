"""Whose words a paragraph holds, beyond the attribution walk (`attributions.py`) itself. (Whether a
first-person paragraph after a quotation is the author's own text is the document's voice,
`document_voice.DocumentVoice.authors_own`, decided once per document.)

- `without_section_summaries(found, blocks)`: a subheading in the body that quotes a person under a
  label ("Statsråden: – Tek det med meg") over a section that quotes the same person is the editor's
  summary of that quotation, not words of its own; a title keeps its quotation;
- `credited(block, mentions)`: a quotation in quote marks credited after a dash on its own line
  ("«...» – NN, styreleder i KS"), the person named there with a role.
"""
from __future__ import annotations

import re

from flows.extract.attribution_layer import Attribution
from flows.extract.mentions import MentionLayer
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
