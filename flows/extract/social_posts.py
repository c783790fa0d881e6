"""Posts quoted from social media as the platform shows them: a person's name and handle above the post.

    Kari Nordbø Dal                      Kari Nordbø Dal @kndal · 09:13
    @kndal                               Kommunane treng meir pengar. 2/3
    Svar til @nordbyminister
    Kommunane treng meir pengar.
    09:12 · 21. mar. 2025 · 4k visningar

The header names a person of the text in full, with a handle on its line or the next; a reply line ("Svar til
@...") under it and a time stamp line under the post belong to the platform, and a thread counter ("🧵 1/3")
closing the post is no part of it. The post is the person's direct statement (rule `social_media_post`).
A block with no handle in its header is no post (a name alone on a line is a byline or a caption), unless the line
under the name gives the time it was posted ("12. mars kl. 16:20") as a page shows a profile's post; a line of its
reactions under the post ("1,2 k reaksjoner · 214 kommentarer") is no part of it.
"""
from __future__ import annotations

import re

from flows.extract.people import People
from flows.model import Block, Mention

HANDLE = r"@[\w.]{2,}"
HEADER = re.compile(rf"^(?P<name>[^\n@·]+?)(?:\s+(?P<handle>{HANDLE}))?(?:\s+·\s+[^\n]*)?$")
HANDLE_LINE = re.compile(rf"^{HANDLE}$")
REPLY_LINE = re.compile(rf"^(?:Svar til|Svar på|Replying to|Svarer)\s+{HANDLE}(?:\s+(?:og|and)\s+{HANDLE})*$")
STAMP_LINE = re.compile(r"^\d{1,2}[:.]\d{2}\s+·")
COUNTER = re.compile(r"(?:\s*🧵)?\s*\d{1,2}/\d{1,2}\s*$")
# a profile's post as a page shows it: the name, then the time it was posted on a line of its own ("12. mars kl.
# 16:20"), the post, and a line of its reactions ("1,2 k reaksjoner · 214 kommentarer"; a TV station's story, round 45)
TIME_HEADER = re.compile(r"^[^\n]{0,30}\bkl\.?\s*\d{1,2}[:.]\d{2}\b[^\n]{0,20}$", re.IGNORECASE)
REACTIONS = re.compile(r"\b(?:reaksjon\w*|kommentar\w*|delinger|delingar|likerklikk|likes)\b[^\n]*·|·[^\n]*"
                       r"\b(?:kommentar\w*|delinger|delingar|visninger|visningar)\b", re.IGNORECASE)


def _author(line: str, people: People) -> tuple[Mention, bool] | None:
    """The person a header line names in full, and whether the line holds the handle too."""
    header = HEADER.match(line.strip())
    if header is None:
        return None
    author = next((p for p in people.persons if " " in p.name and p.name == header.group("name").strip()), None)
    return (author, header.group("handle") is not None) if author is not None else None


def post(blocks: tuple[Block, ...], i: int, people: People) -> tuple[int, int, Mention] | None:
    """(start, end, author) of the post block `i` shows under its author's name and handle, or None; the
    header may stand alone as the block before ("Kari Nordbø Dal @kndal · 14:20" set as a heading)."""
    block = blocks[i]
    if block.kind != "paragraph":
        return None
    above = _author(blocks[i - 1].text, people) if i > 0 and "\n" not in blocks[i - 1].text.strip() else None
    if above is not None and above[1]:
        return _body(block, block.text.split("\n"), 0, above[0])
    if "\n" not in block.text:
        return None
    lines = block.text.split("\n")
    found = _author(lines[0], people)
    if found is None:
        return None
    author, handle = found
    at = 1
    if not handle:
        if len(lines) < 3 or not (HANDLE_LINE.match(lines[1].strip()) or TIME_HEADER.match(lines[1].strip())):
            return None
        at = 2
    return _body(block, lines, at, author)


def _body(block: Block, lines: list[str], at: int, author: Mention) -> tuple[int, int, Mention] | None:
    """The post's words from line `at`: after reply lines, before the time stamp line."""
    while at < len(lines) and REPLY_LINE.match(lines[at].strip()):
        at += 1
    body = lines[at:]
    while body and (STAMP_LINE.match(body[-1].strip()) or REACTIONS.search(body[-1]) or not body[-1].strip()):
        body = body[:-1]
    if not body:
        return None
    start = block.start + sum(len(line) + 1 for line in lines[:at])
    text = "\n".join(body)
    text = COUNTER.sub("", text).rstrip()
    return (start, start + len(text), author) if len(text.split()) >= 2 else None


def repliers(text: str, people: People) -> frozenset[str]:
    """The persons who only reply under a thread ("Mona Lervik @monalervik · 14. mai" over "Svar til @ragnarlia"):
    commenters on the post, not at the meeting it tells; the thread's own author (the first line's) answering them
    is not among them (round 47: a KS leader's thread)."""
    lines = [line.strip() for line in text.split("\n")]
    first = _author(next((line for line in lines if line), ""), people)
    out = set()
    for line, after in zip(lines, lines[1:]):
        found = _author(line, people) if REPLY_LINE.match(after) else None
        if found is not None and found[1] and (first is None or found[0].name != first[0].name):
            out.add(found[0].name)
    return frozenset(out)
