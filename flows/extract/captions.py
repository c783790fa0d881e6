"""Photo captions: the blocks around the story that show a picture, and the credits run into its paragraphs.

A photo caption (a block with a credit "Foto: NN", or opening with an upper-case label "I MØTE: ...", or placing
those pictured: "Bak frå venstre: ...", and a row line right under it: "Framme: ...") shows who was at the occasion.
A news dateline ("NORDBY: Brevet vart sendt ...") is no caption label: one word, a place the text names elsewhere
after a preposition ("i Nordby"); nor is a transcript's host label ("PROGRAMLEIAR: ..."). An item of a list under
a line that heads captions ("Bilete frå besøket:") is one. A credit closing a paragraph after its last sentence
(`without_credit`) is no part of the paragraph's words: a quotation paragraph still ends like speech.

Labels and cues are data (`caption_label`, `caption_rows` and `caption_list_head` in `data/participant_patterns.yaml`,
`credit_cues` in `data/roles.yaml`, `caption_pointers` in `data/boilerplate.yaml`). Split from layout.py in stop 67.
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows import lexicon
from flows.extract.role_table import roles_table
from flows.model import Block
from flows.page_furniture import is_gallery_counter
from flows.segment import host_words

Span = tuple[int, int]


@lru_cache(maxsize=1)
def _credit() -> re.Pattern[str]:
    cues = lexicon.alternation(roles_table()["credit_cues"])
    return re.compile(rf"(?<![\w])(?:{cues}):")


@lru_cache(maxsize=1)
def _caption_label() -> re.Pattern[str]:
    labels = lexicon.load("participant_patterns").get("caption_label") or ()
    return re.compile("|".join(f"(?:{p})" for p in labels) or r"(?!x)x")


def opens_with_credit(text: str) -> bool:
    """A line that opens with a credit ("Tekst: NN", "Foto: NN", `credit_cues` in roles.yaml)."""
    return _credit().match(text.lstrip()) is not None


@lru_cache(maxsize=1)
def _credit_tail() -> re.Pattern[str]:
    cues = lexicon.alternation(roles_table()["credit_cues"])
    return re.compile(rf"(?<=[.!?»])\s*(?:\(\s*(?:{cues})\s*:[^()]{{1,80}}\)|(?<![\w])(?:{cues}):[^.!?()]{{1,60}})\s*$", re.IGNORECASE)


def without_credit(text: str) -> str:
    """`text` without a photo or source credit closing it after a sentence end ("... sa ho. (Foto: NN)",
    "... treng. Foto: NN"): a caption's credit run into the paragraph, not the paragraph's words."""
    if ":" not in text:
        return text
    found = _credit_tail().search(text)
    return text[:found.start()].rstrip() if found else text


CAPTION_WORDS = 30  # a caption is shorter: a paragraph of more words closed by a credit is the story's


def _story_with_credit(block: Block, credit: int) -> bool:
    """A paragraph of the story with a picture's credit run in after its last sentence (`without_credit`):
    running text of more than CAPTION_WORDS words, or a quotation (a caption that quotes has a label before
    it: "KREVANDE: – Vi ...")."""
    if without_credit(block.text) == block.text or _caption_pointer().search(block.text, 0, credit):
        return False  # "Fra venstre: A, B og C. Foto: NN": a caption, however long
    return len(block.text[:credit].split()) > CAPTION_WORDS or block.text.startswith("«") or \
        (block.marker == "dash" and block.kind == "item")


def caption_spans(blocks: tuple[Block, ...]) -> tuple[Span, ...]:
    """Photo captions: a block with a photo credit ("Foto: NN"), opening with an upper-case
    label ("I MØTE: ...") or under a picture's counter of a photo series ("Bilde 2 av 6"); the span runs up to the credit. A paragraph of running text (more than
    CAPTION_WORDS words) or a quotation closed by a credit after its last sentence is the story's, the credit
    of a picture beside it run in (`_story_with_credit`): no caption, so that its speakers and names count as
    the story's."""
    out: list[Span] = []
    listed = _caption_list_items(blocks)
    for block in blocks:
        credit = _credit().search(block.text)
        if credit and _story_with_credit(block, credit.start()):
            continue
        label = None if credit else _caption_label().match(block.text)
        if label and (is_dateline(label.group(0), blocks) or host_label(label.group(0))):
            continue  # "PROGRAMLEIAR: God morgon ...": a transcript's host speaking, no picture
        row = out and out[-1][1] >= block.start - 2 and _caption_row().match(block.text)
        counted = is_gallery_counter(block.text.split("\n", 1)[0])  # a photo series' picture ("Bilde 2 av 6")
        if credit or label or row or counted or block.index in listed:  # a row line right under a caption ("Framme: A og
            # B") goes on with it; an item of a list of captions ("Bilete frå besøket:" over "1. ...") is one
            out.append((block.start, block.start + (credit.start() if credit else len(block.text))))
    return tuple(out)


@lru_cache(maxsize=1)
def _caption_list_head() -> re.Pattern[str]:
    return re.compile(str(lexicon.load("participant_patterns").get("caption_list_head") or r"(?!x)x"))


def _caption_list_items(blocks: tuple[Block, ...]) -> frozenset[int]:
    """The indexes of the blocks that are items of a list under a line that heads captions (`caption_list_head`:
    "Bilete frå besøket:", "Bildetekster:"), read up to the first block that is no item."""
    head = _caption_list_head()
    items: set[int] = set()
    under = False
    for block in blocks:
        if block.kind == "item" and under:
            items.add(block.index)
            continue
        last = block.text.rstrip().rsplit("\n", 1)[-1]
        under = head.match(last) is not None
    return frozenset(items)


def host_label(label: str) -> bool:
    """A transcript's label for its host or reporter ("PROGRAMLEIAR:", "REPORTER:"; `segment.host_words`)."""
    return label.strip().rstrip(":").strip().casefold() in host_words()


@lru_cache(maxsize=1)
def _caption_pointer() -> re.Pattern[str]:
    pointers = lexicon.load("boilerplate").get("caption_pointers") or ()
    return re.compile("|".join(f"(?:{p})" for p in pointers) or r"(?!x)x")


@lru_cache(maxsize=1)
def _caption_row() -> re.Pattern[str]:
    rows = lexicon.load("participant_patterns").get("caption_rows") or ()
    return re.compile("|".join(f"(?:{p})" for p in rows) or r"(?!x)x")


def is_dateline(label: str, blocks: tuple[Block, ...]) -> bool:
    """An upper-case label that is a news dateline: one word ("NORDBY: ") that the text uses as
    a place name elsewhere, after a place preposition ("ordføraren i Nordby")."""
    word = label.strip().rstrip(":").strip()
    if not word or " " in word:
        return False
    place = re.compile(rf"(?<![\w-])(?:i|på|fra|frå|til|ved)\s+{re.escape(word.capitalize())}(?![\w-])")
    return any(place.search(b.text) for b in blocks)
