"""Notes an organisation writes in its own voice: talking points, speaking notes, briefing notes, memos.

Such a text has no talk's header ("TALENOTAT" and the speaker), no opinion piece's byline and no
letter's closing formula, yet every position it takes is its author's (GUIDELINES decision 1: bullets
in talk notes are the author's organisation's demands). Its header labels come in many wordings ("KS –
SNAKKEPUNKTER / INTERNT", "Talepunkter til møtet med statsråden", "Internt notat", nynorsk
"Bodskap"), so no one label decides. The genre is read from independent signs in the layout
(`document_layout.Layout`, read once per document; the words are data in `data/document_genres.yaml`,
`own_voice`):

- a header label (`layout.labels`), or the header of a text sent to someone: a reference line ("Vår
  ref."), a hearing response's or a statement's title (`document_genre`);
- a memo block: several "Field: value" lines in the header ("Til:", "Fra:", "Dato:", "Sak:", a
  delegation line "Fra KS: ...") (`layout.memo`);
- a signature under a closing formula (`layout.signed`);
- the author's voice over the whole text: first-person plural words outside quotations
  (`layout.first_person`);
- bullet lists (`layout.bullets`).

A text is such notes when it has one of the header signs (a label, a sent text's header, a memo block
with both a sender and a recipient line) and at least one other sign. News has none of the header signs (a newspaper's or ks.no's "vi"
stands in quotations), so it is never read as notes. The author is the organisation the label line
names (a letterhead "KS – ..."), else the one the memo's sender line names ("Fra: KS v/ NN",
"Utarbeidet av: NN, KS"), else the first line when it is only an organisation's name; none when a
ministry or a government role wrote the notes.
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows import lexicon
from flows.extract.actors import addressees_in, claimants_in
from flows.extract.speaker_claimant import named_organisation
from flows.extract.counterpart import find_ministries, ministry_names
from flows.extract.document_genre import genre
from flows.extract.document_layout import Layout
from flows.extract.ministry_actors import ministry_aliases
from flows.extract import roles as R

RECIPIENT_FIELDS = frozenset({"til"})
SENT_GENRES = frozenset({"letter", "hearing_response", "statement"})  # genres of a text an organisation sends
LETTERHEAD_LINES = 3  # a letterhead stands on one of the first lines
FROM = re.compile(r"(?:(?:fra|frå)\s+)?", re.IGNORECASE)  # "Fra KS Agder" under a title


@lru_cache(maxsize=1)
def _config() -> dict:
    return dict(lexicon.load("document_genres")["own_voice"])


@lru_cache(maxsize=1)
def _sender_fields() -> frozenset[str]:
    return frozenset(" ".join(w.casefold().split()) for w in _config()["sender_fields"])


# The signs (see the module docstring). A header sign says who the text is from or to; the others
# say that the author speaks in its own voice.
LABEL = "label"  # a header label ("KS – SNAKKEPUNKTER", "Internt notat")
SENT = "sent"  # the header of a text sent to someone: a reference line, a hearing response's title
MEMO = "memo"  # a memo block: enough "Field: value" lines in the header
ADDRESSED_MEMO = "addressed_memo"  # a memo block with a sender line and a recipient line
SIGNATURE = "signature"  # a signature under a closing formula
FIRST_PERSON = "first_person"  # first-person plural words outside quotations, over the whole text
BULLETS = "bullets"  # bullet lists
HEADER_SIGNS = frozenset({LABEL, SENT, ADDRESSED_MEMO})
MIN_SIGNS = 2  # a header sign and at least one other sign


def signs(layout: Layout) -> frozenset[str]:
    """The signs of an organisation's own notes the layout shows (see the module docstring)."""
    conf = _config()
    fields = {field for field, _ in layout.memo}
    found = set()
    if layout.labels:
        found.add(LABEL)
    if genre(layout) in SENT_GENRES:
        found.add(SENT)
    if len(layout.memo) >= int(conf["min_memo_fields"]):
        found.add(MEMO)
    if fields & _sender_fields() and fields & RECIPIENT_FIELDS:
        found.add(ADDRESSED_MEMO)
    if layout.signed:
        found.add(SIGNATURE)
    if layout.first_person >= int(conf["min_first_person"]):
        found.add(FIRST_PERSON)
    if layout.bullets >= int(conf["min_bullets"]):
        found.add(BULLETS)
    return frozenset(found)


@lru_cache(maxsize=64)
def is_notes(layout: Layout) -> bool:
    """True when the layout shows an organisation's own notes: a header sign (a label, a sent text's
    header, a memo block naming its sender and recipient) and at least one other sign. An addressed
    memo block with enough fields counts twice (ADDRESSED_MEMO and MEMO): its fields are the other
    sign."""
    found = signs(layout)
    has_header = bool(found & HEADER_SIGNS)
    return has_header and len(found) >= MIN_SIGNS


def _government(line: str) -> bool:
    """True when a line names a ministry or a government role before any claimant."""
    found = [h.start for h in addressees_in(line) if h.name in ministry_aliases().values()]
    role = R.GOVERNMENT_ROLE().search(line)
    if role is not None:
        found.append(role.start())
    hits = claimants_in(line)
    return bool(found) and (not hits or min(found) < hits[0].start)


def _letterhead(line: str) -> bool:
    """True when a header line is only an organisation's name ("KS Vestland", "Fra Nordby kommune")."""
    at = len(FROM.match(line).group(0))
    hits = claimants_in(line)
    return bool(hits) and hits[0].start == at and hits[0].end >= len(line.rstrip(" .")) - 1


def _candidates(layout: Layout) -> list[str]:
    """The lines that may name the author, in order: the labels, the sender fields, a letterhead, and
    last the delegation lines ("Fra KS: ...") of the sides that are not the government: notes for a
    meeting are written for the side that is not the ministry."""
    senders = [value for field, value in layout.memo if field in _sender_fields()]
    letterhead = [line for line in layout.head[:LETTERHEAD_LINES] if _letterhead(line)]
    parties = [value for field, value in layout.memo if field == "party" and not _government(value)]
    return [*layout.labels, *senders, *letterhead, *parties]


def notes_author(layout: Layout) -> str | None:
    """The organisation whose own notes the document is (see the module docstring), or None."""
    if not is_notes(layout):
        return None
    for line in _candidates(layout):
        if _government(line):
            return None
        found = named_organisation(line)
        if found is not None:
            return found
    return None


def notes_recipient(layout: Layout) -> str | None:
    """The ministry the notes are written for: the one ministry the memo's recipient line or the
    header's meeting line names ("Til: Kunnskapsdepartementet", "Møte med klima- og miljøministeren")."""
    conf = _config()
    openers = tuple(w.casefold() for w in conf["meeting_lines"])
    lines = [value for field, value in layout.memo if field in RECIPIENT_FIELDS or field == conf["meeting_field"]]
    lines += [line for line in layout.head[:int(conf["meeting_line_depth"])]
              if line.casefold().startswith(openers)]
    for line in lines:
        named = {m.ministry for m in find_ministries(line) if m.ministry in ministry_names()}
        if len(named) == 1:
            return named.pop()
    return None
