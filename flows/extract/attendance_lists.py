"""Lists of those present: the blocks of a text that list who took part.

Press releases and minutes often end with who was there, laid out as a list
rather than told in a sentence:

    Til stede på møtet
    Fra regjeringen: kommunalminister A, finansminister B og statssekretær C.
    Fra KS: styreleder D, nestleder E og administrerende direktør F.

Two layouts count (patterns in `data/participant_patterns.yaml`):
- a heading of six words or fewer (or a short line ending in a colon) that names attendance
  (`attendance_heading`: "Til stede", "Til stades i møtet", "Deltakere",
  "Møtedeltakarar", "Disse deltok") and the blocks under it, up to the next
  heading (at most `attendance_list_blocks` blocks; when list items follow the heading, those items, however many:
  a list of eight names under "Disse deltok:" is read to its end, and the paragraph after it is the story's);
- a line opening with a party and a colon (`attendance_group_line`: "Fra KS:",
  "Frå regjeringa:", "Fra departementet deltok:") that names two persons or
  more, or one when another such line naming a person stands right before or after it
  (minutes that give each party one line): the party's delegation;
- a block whose first line is such a heading and whose other lines hold the names, or the short lines right under
  the heading, each a block of its own, that open with a full name (minutes: "Møtt:" over "NN, leiar");
- a line of such a field with the names after its colon ("Til stades: NN, statssekretær, HOD; MM, nestleiar, KS"),
  or the initials of those present with a key that spells them out (`attendance_lines`).
Every person named in such a span took part. So does every person named in the list items (bullets, dashes) right
under a short line ending in a colon whose words place persons at the occasion (an `attendance` cue: "I delegasjonen
var:", "Delegasjonen:", "Med på møtet var:", "Følgende deltok i møtet:"), or in the table right under it (rows of cells
between bars: "Navn | Rolle | Organisasjon"), or in a table with no heading whose header row names the persons and
their roles or bodies (`roster_header`); a table's row marked absent in a cell of its own ("forfall", "nei, forfall":
`absence_cells`) names nobody present (the rows: `attendance_rows`). A line "Fra KS:" naming one person
or none is not a list (it may open a quotation or a statement). A programme's credit line of a
guest ("Gjest: NN, styreleder i KS") is a list only when a sentence of the text says the guests
took part (`guests_present`: "Begge gjestene deltok i møtet"); the host's line (`host_line`,
"Programleder: NN") never is (`host_spans`: the host of a recording is no participant by that).
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows.extract.attendance_lines import initials_spans, inline_spans
from flows.extract.attendance_rows import (absence_labels, absent_row, is_roster, is_roster_header, name_lines_after,
                                          present_lines, present_rows, row_blocks_after, rows_after, table_after)
from flows.extract.participant_details import any_pattern, pattern_data
from flows.extract.people import People
from flows.model import Block

Span = tuple[int, int]


@lru_cache(maxsize=None)
def _pattern(key: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in pattern_data()[key]), re.IGNORECASE)


def _is_heading_line(block: Block) -> bool:
    """A heading block, or a short line of its own ending in a colon ("Til stede:")."""
    return block.kind == "heading" or (len(block.text.split()) <= 8 and block.text.rstrip().endswith(":"))


def _full_names(people: People, start: int, end: int) -> set[str]:
    return {m.name for m in people.mentions if m.kind == "full" and start <= m.start < end}


def _line_spans(blocks: tuple[Block, ...], key: str) -> list[Span]:
    """The lines of the blocks that open with the pattern `key`."""
    pattern = re.compile(str(pattern_data()[key]), re.IGNORECASE)
    out: list[Span] = []
    for block in blocks:
        start = block.start
        for line in block.text.split("\n"):
            if pattern.match(line):
                out.append((start, start + len(line)))
            start += len(line) + 1
    return out


def _lead_in_tail(text: str) -> str:
    """The last sentence of a paragraph when it ends in a colon ("Møtet ble holdt i Oslo. Til stede var blant
    andre:"), or its last line (a fact box's label above it: "FAKTA\nDesse deltok:"), else the whole paragraph."""
    line = text.strip()
    if line.endswith(":") and "\n" in line:
        line = line.rsplit("\n", 1)[-1].strip()
    cut = max(line.rfind(". "), line.rfind("! "), line.rfind("? "))
    return line[cut + 2:] if cut >= 0 and line.endswith(":") else line


def _is_lead_in(block: Block) -> bool:
    """A short line ending in a colon, alone or closing a paragraph, whose words place persons at the occasion ("I
    delegasjonen var:", "Delegasjonen:", "Med på møtet var:", "Frå KS møtte:", `attendance`), open a list of those
    present ("Til stede var blant andre:", `attendance_heading`), or name a party ("Frå departementet:",
    `attendance_group_line`)."""
    line = _lead_in_tail(block.text)
    if "\n" in line or not line.endswith(":") or len(line.split()) > 8:
        return False
    return bool(any_pattern("attendance").search(line) or _pattern("attendance_heading").match(line)
                or _pattern("attendance_group_line").match(line + " "))


def _party_block(block: Block, people: People, group: re.Pattern[str]) -> Span | None:
    """A paragraph whose first line is a party alone ("Frå departementet:", "Fra KS:") and whose other lines name
    persons, one a line (minutes): the lines under the party line."""
    first, _, rest = block.text.partition("\n")
    if not rest.strip() or not first.rstrip().endswith(":") or not group.match(first.rstrip() + " "):
        return None
    start = block.start + len(first) + 1
    return (start, block.end) if _full_names(people, start, block.end) else None


def _items_after(blocks: tuple[Block, ...], index: int) -> list[Block]:
    """The list items (bullets or dashes) right under block `index`, up to the first block that is not one."""
    items: list[Block] = []
    for block in blocks[index + 1:]:
        if block.kind != "item":
            break
        items.append(block)
    return items


def _party_items_after(blocks: tuple[Block, ...], index: int) -> list[Block]:
    """The list items right under block `index`, and after them each party's line with no colon and its own items
    (`attendance_party_head`: "Fra Statsforvalteren" over "– NN, fagdirektør"), up to the first block that is
    neither: a list of those present told a party at a time."""
    items = _items_after(blocks, index)
    at = index + 1 + len(items)
    head = _pattern("attendance_party_head")
    while items and at < len(blocks) and "\n" not in blocks[at].text.strip() and \
            len(blocks[at].text.split()) <= MAX_LABEL_WORDS and head.fullmatch(blocks[at].text):
        more = _items_after(blocks, at)
        if not more:
            break
        items += more
        at += 1 + len(more)
    return items


LABEL = re.compile(r"[^\n:]{1,60}:\s")
MAX_LABEL_WORDS = 6


def _labelled_lines_after(blocks: tuple[Block, ...], index: int, limit: int) -> list[Block]:
    """The one-line blocks right under block `index` (a "Til stades:" list that opens with a party's line) that each
    open with a short label and a colon, up to `limit` and the first that does not or names an absence
    (`absence_labels`): minutes list those present a party a line ("Helse- og omsorgsdepartementet: statssekretær A,
    seniorrådgjevar B." under "Fylkesstyret: ...")."""
    rows: list[Block] = []
    absent = absence_labels()
    for block in blocks[index + 1:index + 1 + limit]:
        label = LABEL.match(block.text)
        if "\n" in block.text or label is None or len(label.group(0).split()) > MAX_LABEL_WORDS \
                or label.group(0).strip().rstrip(":").strip().casefold() in absent:
            break  # "Meldt fråfall: fylkesordførar NN" ends the list of those present
        rows.append(block)
    return rows


def guest_spans(blocks: tuple[Block, ...]) -> list[Span]:
    """The guests' credit lines, when a sentence says the guests took part in the occasion."""
    present = re.compile(str(pattern_data()["guests_present"]), re.IGNORECASE)
    if not any(present.search(b.text) for b in blocks):
        return []
    return _line_spans(blocks, "guest_line")


def host_spans(blocks: tuple[Block, ...]) -> tuple[Span, ...]:
    """The credit lines of a programme's host ("Programleder: NN")."""
    return tuple(_line_spans(blocks, "host_line"))


def attendance_list_spans(blocks: tuple[Block, ...], people: People) -> tuple[Span, ...]:
    """The spans of the text that list who took part (see the module docstring)."""
    limit = int(pattern_data().get("attendance_list_blocks", 6))
    heading, group = _pattern("attendance_heading"), _pattern("attendance_group_line")
    out: list[Span] = []
    for i, block in enumerate(blocks):
        if _is_heading_line(block) and len(block.text.split()) <= 6 and heading.match(block.text.strip()):
            # a list or a table right under the heading: to its last item or row, not the paragraphs after it
            taken: list[Block] = _party_items_after(blocks, i) or table_after(blocks, i) or \
                row_blocks_after(blocks, i) or name_lines_after(blocks, i, people)
            for nxt in [] if taken else blocks[i + 1:i + 1 + limit]:
                if nxt.kind == "heading" and not group.match(nxt.text):
                    break
                taken.append(nxt)
            if len(taken) == 1 and table_after(blocks, i):
                out += present_rows(taken[0])  # a table's rows, but those marked absent in a cell
            elif any(absent_row(line) for b in taken for line in b.text.split("\n")):
                out += [span for b in taken for span in present_lines(b)]
            elif taken:
                out.append((taken[0].start, taken[-1].end))
            continue
        if _is_lead_in(block):
            items = _items_after(blocks, i) or table_after(blocks, i) or rows_after(blocks, i, people) or \
                name_lines_after(blocks, i, people)
            if items:
                out.append((items[0].start, items[-1].end))
            continue
        if is_roster(block):
            out += present_rows(block, skip=1)
            continue
        party = _party_block(block, people, group)
        if party is not None:
            out.append(party)
            continue
        first, _, rest = block.text.partition("\n")
        if rest.strip() and len(first.split()) <= 6 and heading.match(first.strip()) and \
                not first.rstrip().endswith((".", "!", "?")):
            if is_roster_header(rest.strip()) and table_after(blocks, i):
                out += present_rows(blocks[i + 1])  # "Deltakere:" over a table's header row, its rows a block below
                continue
            items = _party_items_after(blocks, i) or (_labelled_lines_after(blocks, i, limit) if LABEL.match(rest) else [])
            # and the list items right under the block ("Fra KS:" and its bullets), or, a list of a party a line, the
            # other parties' lines ("KS: regiondirektør A, rådgjevar B.")
            if not items and any(absent_row(line) for line in rest.split("\n")):
                out += [span for span in present_lines(block) if span[0] > block.start]
                continue  # a joined table under its heading, but the rows marking their person absent
            out.append((block.start + len(first) + 1, items[-1].end if items else block.end))
            continue  # "Til stades" and the names on the lines under it
    return tuple(sorted(out + _group_lines(blocks, people, group) + guest_spans(blocks) + inline_spans(blocks)
                        + initials_spans(blocks)))


def _group_lines(blocks: tuple[Block, ...], people: People, group: re.Pattern[str]) -> list[Span]:
    """The lines opening with a party ("Fra KS:", "Frå departementet:") that name two persons or more, or one when
    another such line naming a person stands right before or after it (one line for each party)."""
    lines: list[tuple[int, int, int]] = []  # start, end, full names
    for block in blocks:
        line_start = block.start
        for line in block.text.split("\n"):
            if group.match(line):
                lines.append((line_start, line_start + len(line),
                              len(_full_names(people, line_start, line_start + len(line)))))
            line_start += len(line) + 1
    out: list[Span] = []
    for k, (start, end, count) in enumerate(lines):
        neighbours = [lines[j] for j in (k - 1, k + 1) if 0 <= j < len(lines)]
        paired = count >= 1 and any(n[2] >= 1 and (n[1] <= start and _only_space(blocks, n[1], start)
                                                   or end <= n[0] and _only_space(blocks, end, n[0]))
                                    for n in neighbours)
        if count >= 2 or paired:
            out.append((start, end))
    return out


def _only_space(blocks: tuple[Block, ...], start: int, end: int) -> bool:
    """Nothing but line breaks and blank lines between two offsets (the blocks' text there is blank)."""
    return all(not b.text[max(start, b.start) - b.start:min(end, b.end) - b.start].strip()
               for b in blocks if b.start < end and b.end > start)
