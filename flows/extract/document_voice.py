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
dash in a report) and the demand pass (the author's voice: `author`); `writer`, an opinion piece's
byline person or an e-mail letter's signing sender (`sender`), is the "jeg" of its text (`writer_speech`).
"""
from __future__ import annotations

from dataclasses import dataclass

from flows.extract.authorship import Author, byline_role, document_author, speaks_for_author
from flows.extract.context import DocContext
from flows.extract.document_genre import REPORT, genre
from flows.extract.document_layout import Layout, pattern
from flows.extract.mentions import MentionLayer
from flows.extract.notes import is_notes
from flows.model import Mention


@dataclass(frozen=True)
class DocumentVoice:
    """Whose voice a document's own (unattributed) text is in."""

    own: bool = False  # a talk, an opinion piece, a letter, a statement or notes, told by its layout
    author: Author | None = None  # the organisation that wrote it itself (authorship.py), if any
    writer: Mention | None = None  # an opinion piece's writer, named on its byline with a role: "jeg"/"eg"

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


def writer(layout: Layout, mentions: MentionLayer, author: Author | None) -> Mention | None:
    """The person an opinion piece's byline names with a role ("Kari Nordmann, ordførar i Nordby",
    or the role on the next line): the "jeg"/"eg" of its text (`writer_speech`), with that role and
    the organisation the piece speaks for (`author`, else the person's own). None for a byline with no
    role (a journalist's credit) and outside opinion pieces (`layout.bylines` is empty there)."""
    for byline in layout.bylines:
        person = mentions.full_mention_at(byline.at + byline.skip)
        role = byline_role(byline.text, person.end - byline.at, byline.next_line) if person is not None else None
        if person is not None and role:
            known = mentions.person(person.name)
            organisation = author.claimant if author is not None else (known.organisation if known else None)
            return Mention(person.name, known.role if known and known.role else role, organisation)
    return None


SIGNATURE_LINES = 6  # the last non-empty lines of a letter, where its sender signs


def sender(text: str, mentions: MentionLayer, author: Author | None) -> Mention | None:
    """An e-mail letter's sender ("Fra: Kommunedirektør Randi Marie Kvikne" on its first line) who signs it (the name
    again among its last lines): the "jeg"/"eg" of its text, as an opinion piece's writer (a chief executive's weekly
    letter to the staff: "Jeg pekte på at vi i Orkland har ...")."""
    first_line = text.lstrip().split("\n", 1)[0]
    head = pattern("mail_sender").match(first_line)
    if head is None:
        return None
    offset = len(text) - len(text.lstrip()) + head.end()
    person = next((m for m in mentions.people.mentions if m.kind == "full"
                   and offset <= m.start < offset + len(first_line) - head.end()), None)
    tail = "\n".join([line for line in text.rstrip().split("\n") if line.strip()][-SIGNATURE_LINES:])
    if person is None or person.name not in tail:
        return None
    known = mentions.person(person.name)
    role = known.role if known and known.role else None
    organisation = author.claimant if author is not None else (known.organisation if known else None)
    return Mention(person.name, role, organisation)


def find_voice(context: DocContext, mentions: MentionLayer) -> DocumentVoice:
    """The voice of one document, from its layout and its mention layer."""
    author = document_author(context.layout, mentions, context.text)
    found = writer(context.layout, mentions, author) or sender(context.text, mentions, author)
    return DocumentVoice(own_layout(context.layout), author, found)
