"""Pass 1b, the document's voice: whether a document speaks in its author's own voice, decided once.

Two signs, both read from the document's layout (`document_layout.Layout`), decide it:

- `own`: the layout shows a text in its author's own voice: a talk's header, a genre other than a
  report (an opinion piece, a letter, a hearing response, a statement: `document_genre`), or notes
  (`notes.is_notes`);
- `author`: the organisation that wrote the document itself or had it written in its name, with the
  ministry it speaks to and its co-signers (`authorship.document_author`: a talk's speaker, an
  opinion piece's byline, a statement's title, a letter's signature, notes). The speaker on a byline
  and their office come from the mention layer, so this pass runs right after the mention pass.

The later passes read this one record: the attribution pass (`authors_own`: in such a document the
first person is the author, who comments on the words it quotes ("Det er vi samde i."), so a
first-person paragraph after a quotation continues no quotation there; guideline 12 is about a lost
dash in a report) and the demand pass (the author's voice: `author`).
"""
from __future__ import annotations

from dataclasses import dataclass

from flows.extract.authorship import Author, document_author, speaks_for_author
from flows.extract.context import DocContext
from flows.extract.document_genre import REPORT, genre
from flows.extract.document_layout import Layout
from flows.extract.mentions import MentionLayer
from flows.extract.notes import is_notes
from flows.model import Mention


@dataclass(frozen=True)
class DocumentVoice:
    """Whose voice a document's own (unattributed) text is in."""

    own: bool = False  # a talk, an opinion piece, a letter, a statement or notes, told by its layout
    author: Author | None = None  # the organisation that wrote it itself (authorship.py), if any

    def authors_own(self, mentions: MentionLayer, speaker: Mention | None) -> bool:
        """A first-person paragraph after a quotation, with no quotation mark of its own, is the
        author's own text rather than the quotation going on: in a document an organisation wrote
        itself (`author`) unless the one quoted (`speaker`) speaks for it, and in any other document
        written in its author's voice (`own`: an opinion piece, a talk, a letter, notes)."""
        if self.author is not None:
            return not speaks_for_author(self.author.claimant, mentions, speaker)
        return self.own


def own_layout(layout: Layout) -> bool:
    """True for a document in its author's own voice, told by its layout: a talk's header, an opinion
    piece, a letter, a hearing response, a statement, notes."""
    return bool(layout.talk_lines) or genre(layout) != REPORT or is_notes(layout)


def find_voice(context: DocContext, mentions: MentionLayer) -> DocumentVoice:
    """The voice of one document, from its layout and its mention layer."""
    return DocumentVoice(own_layout(context.layout), document_author(context.layout, mentions, context.text))
