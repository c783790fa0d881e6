"""The stories of a document printed as several, divided by separator lines (a newsletter's items between
"---", "***", "* * *", "___" lines) or under headings of their own in a newsletter or a roundup of briefs
(`newsletter_items`): the meeting is the one story that reports it, and its participants are persons that story
names.

A document with two or more separator lines holds three or more parts; the part holding the meeting's evidence
is the meeting's story. A person the base participants hold (`participants.base_participants`) whom that story
does not name, in full or by surname, took part in another item's event (a seminar announced, a network
started), not in the meeting. A document with fewer separators (a story and its footer) is one story.
"""
from __future__ import annotations

import re

from flows.extract.newsletter_items import items
from flows.extract.people import People
from flows.model import Block, Mention

SEPARATOR = re.compile(r"\s*(?:-{3,}|\*{3,}|(?:\*\s+){2,}\*|_{3,}|[–—]{2,}|#{3,}|~{3,}|={3,})\s*")
MIN_SEPARATORS = 2


def story_of(text: str, blocks: tuple[Block, ...], evidence: tuple[int, int] | None) -> tuple[int, int] | None:
    """(start, end) of the story holding the evidence in a document of several stories, else None. Evidence in
    a table of contents ("I denne utgåva: 1. Fylkesstyret møtte departementet ...") points to the story under
    the same title further down."""
    if evidence is None or not blocks:
        return None
    cuts = [b for b in blocks if SEPARATOR.fullmatch(b.text)]
    if len(cuts) < MIN_SEPARATORS:  # a newsletter's items under headings of their own (newsletter_items)
        return next(((a, b) for a, b, _ in items(text, blocks) if a <= evidence[0] < b), None)
    bounds = [0, *(c.start for c in cuts), blocks[-1].end]
    parts = [(a if i == 0 else cuts[i - 1].end, b) for i, (a, b) in enumerate(zip(bounds, bounds[1:]))]
    held = next((p for p in parts if p[0] <= evidence[0] < p[1]), None)
    words = text[evidence[0]:evidence[1]].strip()
    again = text.find(words, held[1]) if held is not None and len(words) >= 20 else -1
    if again >= 0:  # the title again below: its story
        held = next((p for p in parts if p[0] <= again < p[1]), held)
    return held


# a case of minutes that reports a meeting with the state under its own heading ("Sak 31/24 Orientering frå møtet med
# Helse- og omsorgsdepartementet", "Sak 19/24 Orientering: møte med Kunnskapsdepartementet"): the minutes' own
# session, date and attendance list are not that meeting's (round 59: a seniors' council's, a user council's and a
# parents' council's minutes)
CASE_LINE = re.compile(r"(?im)^[ \t]*sak\s+(?:nr\.?\s*)?\d+\s*[/-]\s*\d+\b[^\n]*$")
REPORTED_CASE = re.compile(r"(?i)\b(?:orientering|referat|oppsummering|rapport)\b[^\n]{0,20}?\bmøte(?:t)?\s+(?:med|i|hos)\b"
                           r"|\b(?:besøket|vitjinga)\s+(?:fra|frå|av)\b")  # "Sak 2/24–25 Besøket fra
# Kunnskapsdepartementet før sommeren", "Sak 14/24 Oppsummering av besøket frå X" (round 60: two councils' minutes): the
# visit told as one known, not a guest's visit to the session itself ("Sak 04/25 Besøk frå X-departementet")


def reported_case(text: str) -> tuple[int, int] | None:
    """(start, end) of the one case of minutes whose heading reports a meeting with the government (`CASE_LINE`,
    `REPORTED_CASE`, naming a ministry, a minister or the government), up to the next case's heading; None when no
    case or more than one does."""
    lines = list(CASE_LINE.finditer(text))
    found = [i for i, m in enumerate(lines) if REPORTED_CASE.search(m.group(0)) and GOVERNMENT.search(m.group(0))]
    if len(found) != 1:
        return None
    i = found[0]
    return lines[i].start(), lines[i + 1].start() if i + 1 < len(lines) else len(text)


def named_in_story(participants: tuple[Mention, ...], people: People,
                   story: tuple[int, int] | None) -> tuple[Mention, ...]:
    """The participants the meeting's story names (all of them when the document is one story, or when the story
    names none of them: then the story read as the meeting's is no sign of where they were)."""
    if story is None:
        return participants
    inside = {m.name for m in people.mentions if story[0] <= m.start < story[1]}
    kept = tuple(p for p in participants if p.name in inside)
    return kept or participants


# the government named before the section: the text is about the meeting from its opening, whatever its cues
GOVERNMENT = re.compile(r"(?<![\w-])\w*(?:regjering|statsråd|minist[ae]r|statssekretær|departement)\w*", re.IGNORECASE)
# the section's own heading names the meeting ("Møtet i Akersgata", "Konsultasjonsmøtet", "Besøket"): a section
# that only quotes a voice at the occasion is no sign that the rest of the text is elsewhere
MEETING_HEADING = re.compile(r"(?<![\w-])\w*(?:møte|møtet|konsultasjon\w*|besøk\w*|vitjing\w*)(?![\w-])", re.IGNORECASE)
MIN_SECTIONS = 2  # subheadings a feature's body holds, when it may tell the meeting in one of its sections
LEAD_WORDS = 20  # words of the first paragraph that opens the body under the title


def late_section(blocks: tuple[Block, ...], evidence: tuple[int, int] | None,
                 hits: tuple[int, ...]) -> tuple[int, int] | None:
    """(start, end) of the section under a subheading that tells the meeting in a feature that opens with something
    else ("Møtet i Akersgata" after sections on three mayors): no occasion cue (`hits`, their document offsets)
    stands before that section, in the title, the lead or an earlier section, nor does any word for the government
    (`GOVERNMENT`: "statssekretæren tok imot delegasjonen" with no cue). Its people are the meeting's; the
    mayors the other sections quote spoke to the writer. The section's heading names the meeting (`MEETING_HEADING`).
    None for a text whose opening names the occasion, or with
    fewer than `MIN_SECTIONS` subheadings."""
    if evidence is None:
        return None
    body = next((i for i, b in enumerate(blocks) if b.kind != "heading" and len(b.text.split()) >= LEAD_WORDS), None)
    if body is None:
        return None
    heads = [i for i, b in enumerate(blocks) if i > body and _subheading(b)]
    held = next((i for i in reversed(heads) if blocks[i].start <= evidence[0]), None)
    if len(heads) < MIN_SECTIONS or held is None or any(h < blocks[held].start for h in hits) \
            or GOVERNMENT.search(" ".join(b.text for b in blocks[:held])) or not MEETING_HEADING.search(blocks[held].text):
        return None
    after = next((blocks[i].start for i in heads if i > held), blocks[-1].end)
    return blocks[held].start, after


def _subheading(block: Block) -> bool:
    """A heading block, or a short line of its own that ends in no stop (a quote as a subheading: "«Vi ber om
    frihet»")."""
    line = block.text.strip()
    return block.kind == "heading" or ("\n" not in line and 0 < len(line.split()) <= MAX_SUBHEADING
                                       and not line.endswith((".", "!", "?", ":", ",", ";")) and ":" not in line)


MAX_SUBHEADING = 10
