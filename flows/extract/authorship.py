"""Who wrote a document, when an organisation wrote it itself or it was written in its name.

A talk manuscript, an opinion piece signed by an organisation's officer, a letter or hearing
response it signs, a statement it adopted: the positions such a text takes in its own voice are
that organisation's demands (GUIDELINES rules 1, 3, 7, 11). Ordinary news, also news an
organisation's own staff wrote about it, has no author voice (rule 3). So an author is only
found from the document's own layout: a genre label in its header (a talk's header line, an
opinion marker, a statement's title "Uttalelse fra X") together with the line naming the author,
or a letter's signature at its end ("Med vennlig hilsen" and the organisation).

Only the first few and the last few lines of a document are read, line by line: a header is
several short lines in one block as often as one line per block.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from flows import lexicon
from flows.extract import roles as R
from flows.extract.actors import GOVERNMENT, addressees_in, claimants_in, ks_office, organisations_in
from flows.extract.counterpart import addressed_ministry
from flows.extract.ministry_actors import ministry_aliases
from flows.extract.mentions import MentionLayer
from flows.extract.person_names import name_candidates
from flows.model import Block

HEADER_BLOCKS = 3  # a talk's or statement's header lines stand in its first blocks
OPINION_BLOCKS = 8  # an opinion piece's marker and byline stand among its first blocks
SPEAKER_LINES = 4  # the speaker of a talk is named on its label line or within the lines after it
MAX_TITLE = 200  # longest header line ("Innlegg ved styreleder i KS, NN, på ...")
MAX_BYLINE_ROLE = 60
SIGNATURE_LINES = 12  # a letter's closing formula stands among its last lines
SIGNED_LINES = 4  # the organisation or the person signing stands right under the closing formula
ROLE_TAIL = re.compile(r"\s*(?:\([^()]{1,30}\))?\s*(?:og\s+[^.!?,:;]{1,60})?\s*[.]?\s*$")  # "og ordførar i Nordby (Sp)"


@dataclass(frozen=True)
class Author:
    """The organisation a document is written by or for, and how that was seen (the demand voice)."""

    claimant: str
    rule: str  # "byline" (a talk or an opinion piece) or "letter" (a letter, hearing response, statement)
    addressed: str | None = None  # the ministry a talk's opening greets or a letter is sent to ("dere", "de")


def _words(key: str) -> str:
    return lexicon.alternation(lexicon.load("request_verbs")[key])


@lru_cache(maxsize=1)
def _talk_label() -> re.Pattern[str]:
    return re.compile(rf"^\W*(?:{_words('talk_titles')}|{_words('talk_labels')})(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _talk_note() -> re.Pattern[str]:
    return re.compile(rf"^\W*(?:{_words('talk_note_markers')})(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _opinion() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{_words('opinion_markers')})(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _byline_opener() -> re.Pattern[str]:
    return re.compile(rf"(?:{_words('byline_openers')})\s+", re.IGNORECASE)


@lru_cache(maxsize=1)
def _statement_title() -> re.Pattern[str]:
    return re.compile(rf"^\W*(?:{_words('statement_titles')})\s+(?:fra|frå)\s+", re.IGNORECASE)


@lru_cache(maxsize=1)
def _closing() -> re.Pattern[str]:
    return re.compile(rf"(?:{_words('closing_formulas')})\s*[,.!]?", re.IGNORECASE)


def _lines(blocks: tuple[Block, ...]) -> list[tuple[int, str]]:
    """(document offset, text) of every line of the blocks."""
    out: list[tuple[int, str]] = []
    for block in blocks:
        at = block.start
        for line in block.text.split("\n"):
            out.append((at, line))
            at += len(line) + 1
    return out


def _government(text: str) -> bool:
    """True when a line names a government role or a ministry before any claimant ("Tale ved
    statsråd NN", "Helse- og omsorgsdepartementet"; not "Høringssvar fra KS til departementet")."""
    found = [m.start() for m in (R.GOVERNMENT_ROLE().search(text), re.search(r"(?i)departement", text)) if m]
    hits = claimants_in(text)
    return bool(found) and (not hits or min(found) < hits[0].start)


def _body(text: str) -> str | None:
    """The organisation a line names: a KS office first, else the first claimant, else a public body."""
    hits = claimants_in(text)
    bodies = organisations_in(text)
    return ks_office(text) or (hits[0].name if hits else None) or (bodies[0].name if bodies else None)


def talk_author(blocks: tuple[Block, ...], mentions: MentionLayer) -> str | None:
    """The organisation a talk manuscript is given for: a header line opening with a talk label
    ("Talen til styreleder NN på ...", "TALENOTAT", "Innlegg – Nordbykonferansen") or a talk note
    ("Det talte ord gjelder") among the first lines, and the speaker on that line or a few lines
    after it ("NN, styreleder i KS"): the organisation that line names, else whom the document says
    the speaker speaks for, else its principal claimant. None for a government speaker."""
    lines = [(at, line) for at, line in _lines(blocks[:HEADER_BLOCKS]) if len(line) <= MAX_TITLE]
    labels = [i for i, (_, line) in enumerate(lines) if _talk_label().match(line) or _talk_note().match(line)]
    if not labels:
        return None
    first = labels[0] if _talk_label().match(lines[labels[0]][1]) else max(0, labels[0] - SPEAKER_LINES)
    for _, line in lines[first:first + SPEAKER_LINES + 1]:
        person = mentions.person_in(line)
        if person is None:
            continue
        known = mentions.office(person) or mentions.affiliation(person)
        if known == GOVERNMENT or R.GOVERNMENT_ROLE().search(line):
            return None  # a minister's speech speaks for no claimant
        return _body(line) or known or mentions.principal
    return None


def _byline_role(line: str, after: int, next_line: str | None) -> str | None:
    """The role written after the author's name on a byline: ", styreleiar i KS Nordby" on the same
    line (a co-author after ", og" cut off), or the whole next line."""
    rest = line[after:].rstrip()
    if rest.startswith(", "):
        role = re.split(r",\s*(?:og\s+)?", rest[2:], maxsplit=1)[0]
    elif not rest and next_line is not None:
        role = next_line.strip()
    else:
        return None
    return role if 2 <= len(role) <= MAX_BYLINE_ROLE * 2 else None


def _name_end(line: str, at: int, skip: int, mentions: MentionLayer) -> int | None:
    """Where the author's name ends on a byline line that opens with it (after `skip` characters):
    a person the mention layer found there, else (after "Av", where the mention layer leaves out
    a journalist's credit) a name the name finder reads there."""
    person = mentions.full_mention_at(at + skip)
    if person is not None:
        return person.end - at
    if skip:
        found = [end for _, start, end in name_candidates(line[:MAX_TITLE]) if start == skip]
        return found[0] if found else None
    return None


def byline_author(blocks: tuple[Block, ...], mentions: MentionLayer) -> str | None:
    """The organisation an opinion piece is written for: under an opinion marker ("DEBATT",
    "Kronikk") among the first lines, a byline line with the author's name, opened by "Av" or not,
    and their role after a comma or on the next line ("Av Kari Nordmann, styreleiar i KS Nordby og
    ordførar i Nordby (Sp)"). The role names the organisation: a KS office first, else the first
    claimant. None without a marker (a line "NN, styreleiar i KS" also opens news and captions),
    and when the role is in government or names no claimant."""
    if not any(_opinion().search(block.text) for block in blocks[:OPINION_BLOCKS]):
        return None
    lines = _lines(blocks[:OPINION_BLOCKS])
    for i, (at, line) in enumerate(lines):
        if len(line) > MAX_TITLE:
            continue
        opener = _byline_opener().match(line)
        name_end = _name_end(line, at, opener.end() if opener else 0, mentions)
        if name_end is None:
            continue
        role = _byline_role(line, name_end, lines[i + 1][1] if i + 1 < len(lines) else None)
        if role is None or R.is_government_role(role):
            continue
        hits = claimants_in(role)
        if not hits or re.search(r"[.!?:;]", role[:hits[0].start]):
            continue  # a sentence, not a role
        if ROLE_TAIL.fullmatch(role[hits[0].end:]):
            return ks_office(role) or hits[0].name
    return None


def statement_author(blocks: tuple[Block, ...]) -> str | None:
    """The organisation a statement, hearing response or letter names as its sender in its title
    line ("Høringssvar fra KS", "Fråsegn frå fylkesmøtet i KS Nordby")."""
    for _, line in _lines(blocks[:HEADER_BLOCKS]):
        title = _statement_title().match(line) if len(line) <= MAX_TITLE else None
        if title is None or _government(line[title.end():]):
            continue
        body = _body(line[title.end():])
        if body is not None:
            return body
    return None


def signature_author(blocks: tuple[Block, ...], mentions: MentionLayer) -> str | None:
    """The organisation that signs a letter: a closing formula on a line of its own among the last
    lines ("Med vennlig hilsen", "Med helsing"), and right under it the organisation ("KS") or the
    person who signs with their role ("Kari Nordmann\\nstyreleiar i KS Nordby"). None when a
    ministry or a government role signs."""
    lines = [line.strip() for _, line in _lines(blocks[-SIGNATURE_LINES:]) if line.strip()][-SIGNATURE_LINES:]
    for i, line in enumerate(lines):
        if not _closing().fullmatch(line):
            continue
        for signed in lines[i + 1:i + 1 + SIGNED_LINES]:
            if _government(signed):
                return None
            body = _body(signed)
            if body is not None:
                return body
            person = mentions.person_in(signed)
            known = (mentions.office(person) or mentions.affiliation(person)) if person else None
            if known == GOVERNMENT:
                return None
        return None
    return None


def _recipient(blocks: tuple[Block, ...]) -> str | None:
    """The ministry a letter is sent to: the one ministry its first block names (the address)."""
    named = {h.name for h in addressees_in(blocks[0].text) if h.name in ministry_aliases().values()} if blocks else set()
    return named.pop() if len(named) == 1 else None


def document_author(blocks: tuple[Block, ...], mentions: MentionLayer, text: str = "") -> Author | None:
    """The organisation the whole document speaks for, if it is written by or for one: a talk, an
    opinion piece (voice `byline`), a statement or a signed letter (voice `letter`); with the
    ministry it speaks to, if it names one (`text`: the document's text, for a talk's opening)."""
    talk = talk_author(blocks, mentions)
    if talk is not None:
        return Author(talk, "byline", addressed_ministry(text) if text else None)
    opinion = byline_author(blocks, mentions)
    if opinion is not None:
        return Author(opinion, "byline")
    sent = statement_author(blocks) or signature_author(blocks, mentions)
    return Author(sent, "letter", _recipient(blocks)) if sent is not None else None
