"""Layout around the story that is not the story: fact boxes, tables, lists and contact lines.

- A fact box ("FAKTA: Konsultasjonsordninga" followed by bullets, a heading
  "Om konsultasjonsordningen" and its section) describes the consultation scheme
  or a place in general, not the occasion the text reports: its words name no
  meeting, date or counterpart of this occasion.
- A table, a dash list, a calendar line and a numbered section with a title of its own are laid out apart from
  the running prose; a line with an e-mail address is a contact or a byline.

Photo captions are captions.py (split from this module in stop 67). Labels and cues are data (`fact_box_labels` in
`data/meeting_types.yaml`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows import lexicon
from flows.model import Block

Span = tuple[int, int]
SOURCE_LINE = re.compile(r"\(?(?:Kilde|Kjelde)\s*:")


@lru_cache(maxsize=1)
def _fact_label() -> re.Pattern[str]:
    labels = lexicon.load("meeting_types").get("fact_box_labels") or ()
    return re.compile("|".join(f"(?:{p})" for p in labels) or r"(?!x)x")


def opens_fact_box(text: str) -> bool:
    """True when a block opens with a fact label ("FAKTA: ...", "Fakta om ...", "Les også: ...")."""
    return _fact_label().match(text) is not None


CALENDAR_AFTER_DATE = re.compile(r"\s*(?::|[–—-]\s)")  # "8. april: Webinar ...", "Tysdag 4. mars – Styremøte"


def calendar_block(text: str) -> bool:
    """A listing of events, two or more lines each opening with a date and a colon or a dash ("8. april: Webinar om
    X", "14.–15. mai: Plenumsmøte i Y"): a calendar names occasions to come, not the one the text reports."""
    from flows.extract.dates import find_dates  # dates reads the lexicons; layout is imported before them

    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) < 2:
        return False
    for line in lines:
        found = find_dates(line)
        if not found or found[0].start > 0 or CALENDAR_AFTER_DATE.match(line, found[0].end) is None:
            return False
    return True


def fact_box_spans(blocks: tuple[Block, ...], markers: tuple[str, ...] = ("bullet", "number")) -> tuple[Span, ...]:
    """Fact boxes: a block opening with a fact label and the list items right after it (`markers`:
    bullets and numbers; with "dash" also dash items, which may be a talk's own points after a label
    "Kort om ..."); a heading with a fact label and the blocks of its section."""
    out: list[Span] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if calendar_block(block.text):
            out.append((block.start, block.end))
            i += 1
            continue
        if not opens_fact_box(block.text):
            i += 1
            continue
        end = block.end
        j = i + 1
        while j < len(blocks):
            nxt = blocks[j]
            in_box = nxt.section == block.section if block.kind == "heading" else \
                (nxt.kind == "item" and nxt.marker in markers) or \
                SOURCE_LINE.match(nxt.text) is not None
            if not in_box:
                break
            end = nxt.end
            j += 1
        out.append((block.start, end))
        i = j
    return tuple(_unless_digest(out, blocks))


def _unless_digest(boxes: list[Span], blocks: tuple[Block, ...]) -> list[Span]:
    """The boxes, but not the sections of a digest: when headings with a fact label open two sections or more and no
    paragraph of the text stands outside a box, the labels are the text's own items ("KORT OM: Bilateralt
    konsultasjonsmøte med KS", "KORT OM: Høring om ..." in a ministry's newsletter), not boxes set into a story."""
    sections = [b for b in blocks if b.kind == "heading" and opens_fact_box(b.text)
                and any(start == b.start and end > b.end for start, end in boxes)]
    outside = [b for b in blocks if b.kind == "paragraph" and not any(s <= b.start < e for s, e in boxes)]
    if len(sections) < 2 or outside:
        return boxes
    opened = {b.start for b in sections}
    return [(start, end) for start, end in boxes if start not in opened]


def fact_box_blocks(blocks: tuple[Block, ...]) -> frozenset[int]:
    """Indexes of the blocks of the fact boxes set into a story: a block opening with a fact label and
    the list items and source line ("Kilde: KS") right after it, and a table (`table_block`). The story goes on after them: at a
    dash paragraph set off by a blank line after the box's items (a quotation, not an item), and right
    after the label at a dash paragraph set off by a blank line that opens no list (no dash item follows
    it without a blank line): "Se også: ..." and then "– Vi må ..." is a teaser and a quotation, while
    "Fakta om X", a blank line and "- a" "- b" is a label and its list."""
    out: set[int] = set()
    for i, block in enumerate(blocks):
        if (" | " in block.text and table_block(block.text)) or calendar_block(block.text):
            out.add(i)  # a table or a calendar set into the story is stepped over as a box is
            continue
        if not opens_fact_box(block.text):
            continue
        out.add(i)
        for nxt in blocks[i + 1:]:
            if nxt.kind != "item" and SOURCE_LINE.match(nxt.text) is None:
                break
            if nxt.marker == "dash" and nxt.blank_before and nxt.index - 1 in out and \
                    (nxt.index - 1 != i or not _opens_list(blocks, nxt.index)):
                break
            out.add(nxt.index)
    return frozenset(out)


def table_block(text: str) -> bool:
    """A table flattened into the text: three or more rows of cells between " | " (as the normaliser writes
    a tab- or pipe-separated row), at most one other line (its caption, "Tabell 1", "Kilde: SSB")."""
    lines = [line for line in text.split("\n") if line.strip()]
    rows = sum(1 for line in lines if " | " in line)
    return rows >= 3 and rows >= len(lines) - 1


def after_box(blocks: tuple[Block, ...], j: int) -> int:
    """The index of the first block at or after `j` that is the story's: `j` itself unless a box set into the
    story starts there (a table, a fact-box label and its items: `fact_box_blocks`), else the block after the
    box. A look ahead from a quotation to its attribution steps over the box as the walk itself does."""
    if j >= len(blocks):
        return j
    text = blocks[j].text
    if not opens_fact_box(text) and not (" | " in text and table_block(text)):
        return j
    boxed = fact_box_blocks(blocks)
    while j < len(blocks) and j in boxed:
        j += 1
    return j


def _opens_list(blocks: tuple[Block, ...], index: int) -> bool:
    """True when the item at `index` is followed by another item of the same marker with no blank line
    between them (a list, not a lone dash paragraph)."""
    nxt = blocks[index + 1] if index + 1 < len(blocks) else None
    return nxt is not None and nxt.kind == "item" and nxt.marker == blocks[index].marker and not nxt.blank_before


def dash_list_items(blocks: tuple[Block, ...]) -> frozenset[int]:
    """The items of a list set with dashes: a dash item with another dash item on the line before or after it (no
    blank line between), or alone on the line under a section's title. Such lines are points of a list, a box or
    minutes, not quotations (docs/extraction.md, "round 27")."""
    return frozenset(i for i, block in enumerate(blocks) if block.kind == "item" and block.marker == "dash" and (
        _opens_list(blocks, i) or (i > 0 and not block.blank_before and blocks[i - 1].kind == "item"
                                   and blocks[i - 1].marker == "dash") or _under_title(blocks, i)))


def _under_title(blocks: tuple[Block, ...], index: int) -> bool:
    """A lone dash item on the line right under a section's title ("2. Deflatoren" over "- TL mente at ..."): the one
    point of the section, as notes set it, not a quotation (round 45)."""
    above = blocks[index - 1] if index > 0 else None
    return above is not None and not blocks[index].blank_before and "\n" not in above.text.strip() and (
        above.kind == "heading" or (above.kind == "item" and above.marker == "number"))


def inside(spans: tuple[Span, ...], offset: int | None) -> bool:
    return offset is not None and any(start <= offset < end for start, end in spans)


EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def contact_line(text: str) -> bool:
    """A line that gives an e-mail address ("NN, journalist – nn@avisa.no", "NN | Rådgiver | E-post: ..."):
    the writer's byline or a contact, not a speaker's byline under a quotation, nor a participant."""
    return "@" in text and EMAIL.search(text) is not None



MAX_SECTION_TITLE = 80  # a numbered section's title line
TITLE_END = (".", "!", "?", ":", ";", ",", "»", "”")


def titled_section(block: Block) -> bool:
    """True when a numbered item opens with a title line of its own and goes on in prose on the lines after it
    ("2. Tilskotet" over "Tilskotet har ikkje halde følgje med kostnadene. Det må aukast."): a section of a
    letter or a hearing response, whose sentences are read one by one in the author's voice, not one demand."""
    lines = block.text.split("\n")
    if block.marker != "number" or len(lines) < 2:
        return False
    title, body = lines[0].strip(), " ".join(lines[1:]).strip()
    return 0 < len(title) <= MAX_SECTION_TITLE and not title.endswith(TITLE_END) and len(body) > len(title) \
        and bool(re.search(r"[.!?]", body))
