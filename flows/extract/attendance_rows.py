"""Rows of those present: the tables and one-line rows a list of those present is laid out in.

Under a heading or lead-in of attendance (`attendance_lists`), minutes give those present as

- a table of cells between bars ("Namn | Rolle | Organisasjon" over a row a person: `table_after`), or one with no
  heading whose header row names the persons and their roles or bodies (`roster_header`: `is_roster`), its rows
  marked absent in a cell of their own ("forfall", "nei, forfall": `absence_cells`) naming nobody present
  (`present_rows`);
- a table whose columns the normalised text has joined ("Namn Tittel" over "Kari Moe fylkesleiar, KS Vestland":
  `rows_after`), a row whose last word marks the person absent ("Kari Moe medlem forfall") naming nobody present
  (`present_lines`);
- short lines, each a block of its own, that open with a full name ("Møtt:" over "Arve Ulstein, leiar":
  `name_lines_after`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows.extract import roles as R
from flows.extract.participant_details import pattern_data
from flows.extract.people import People
from flows.model import Block

Span = tuple[int, int]


def table_after(blocks: tuple[Block, ...], index: int) -> list[Block]:
    """The table right under block `index`: a block of two lines or more, each with cells between bars ("Namn |
    Rolle | Organisasjon" and a row a person), as a list of those present is often laid out."""
    nxt = blocks[index + 1] if index + 1 < len(blocks) else None
    lines = [] if nxt is None else [line for line in nxt.text.split("\n") if line.strip()]
    return [nxt] if nxt is not None and len(lines) >= 2 and all(line.count(" | ") >= 1 for line in lines) else []


def row_blocks_after(blocks: tuple[Block, ...], index: int) -> list[Block]:
    """A table right under block `index` whose rows the segmenter set a block each (a tab table's short lines: "Navn |
    Rolle | Virksomhet" over "NN | ordfører | Nordby kommune"): the one-line blocks with cells between bars, from a
    header row naming the persons on (`roster_header`)."""
    rows: list[Block] = []
    for block in blocks[index + 1:]:
        if "\n" in block.text.strip() or block.text.count(" | ") < 1:
            break
        rows.append(block)
    return rows if len(rows) >= 2 and is_roster_header(rows[0].text.strip()) else []


@lru_cache(maxsize=1)
def _roster_header() -> re.Pattern[str]:
    return re.compile(str(pattern_data().get("roster_header") or r"(?!x)x"), re.IGNORECASE)


def is_roster_header(line: str) -> bool:
    """A table's header row naming the persons and their roles or bodies ("Navn | Funksjon | Init.", `roster_header`)."""
    return line.count(" | ") >= 1 and _roster_header().match(line) is not None


def is_roster(block: Block) -> bool:
    """A table of two rows or more under a header row that names the persons and their roles or bodies ("Namn | Rolle |
    Verksemd | Oppmøte", `roster_header`): those present, with no heading above it."""
    lines = [line for line in block.text.split("\n") if line.strip()]
    return len(lines) >= 3 and all(line.count(" | ") >= 1 for line in lines) and \
        _roster_header().match(lines[0]) is not None


@lru_cache(maxsize=1)
def _absence_words() -> frozenset[str]:
    """`absence_labels` and `absence_cells`, lower case."""
    return frozenset(str(w).casefold() for key in ("absence_labels", "absence_cells")
                     for w in pattern_data().get(key) or ())


def absent_cell(cell: str) -> bool:
    """A table cell marking its row's person absent: a label of absence ("forfall", "ikkje til stades") or a no
    ("nei, forfall"); `absence_labels`, `absence_cells`."""
    text = cell.strip().strip(".").casefold()
    return text in _absence_words() or text.split(",")[0].strip() in _absence_words()


def present_rows(block: Block, skip: int = 0) -> list[Span]:
    """The rows of a table block, after its first `skip` lines, but those with a cell marking the person absent."""
    out: list[Span] = []
    pos = block.start
    for k, line in enumerate(block.text.split("\n")):
        if k >= skip and line.strip() and not any(absent_cell(c) for c in line.split("|")[1:]):
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


MAX_ROW_WORDS = 12  # a row of a list of names: a name and a role, an organisation


def absent_row(line: str) -> bool:
    """A table's row whose columns the normalised text has joined, its last cell marking the person absent ("Kari Moe
    medlem forfall" under "Namn Funksjon Møtt")."""
    words = line.split()
    return 2 < len(words) <= MAX_ROW_WORDS and absent_cell(words[-1])


def present_lines(block: Block) -> list[Span]:
    """The lines of a block but those of a joined table's rows marking their person absent (`absent_row`)."""
    out: list[Span] = []
    pos = block.start
    for line in block.text.split("\n"):
        if line.strip() and not absent_row(line):
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def rows_after(blocks: tuple[Block, ...], index: int, people: People) -> list[Block]:
    """The block right under block `index` when it lists persons one a line, each line short, two or more opening
    with a person's full name: a table whose columns the normalised text has joined ("Namn Tittel" over
    "Kari Moe fylkesleiar, KS Vestland")."""
    nxt = blocks[index + 1] if index + 1 < len(blocks) else None
    if nxt is None:
        return []
    starts = {m.start for m in people.mentions if m.kind == "full"}
    rows, pos = 0, nxt.start
    for line in nxt.text.split("\n"):
        if len(line.split()) > MAX_ROW_WORDS:
            return []
        rows += (pos + len(line) - len(line.lstrip())) in starts
        pos += len(line) + 1
    return [nxt] if rows >= 2 else []


def name_lines_after(blocks: tuple[Block, ...], index: int, people: People) -> list[Block]:
    """The blocks right under block `index` that are each a short line opening with a person's full name, up to the
    first that is not: minutes list those present one a line ("Møtt:" over "Arve Ulstein, leiar" and "Ragna Tøssebro,
    nestleiar"), which the segmenter reads as lines of their own. A line may also open with the person's role
    ("Kommunedirektør Arnt Ove Hovden") or give a group's persons after its label ("Gruppeleiarar: A (Sp), B (H), C
    (Ap)"; stop 68: a group leaders' meeting's minutes), but not an absence's ("Forfall: ...")."""
    starts = {m.start for m in people.mentions if m.kind == "full"}
    rows: list[Block] = []
    for block in blocks[index + 1:]:
        if "\n" in block.text or not (_name_row(block, starts) or _role_row(block, starts)
                                      or _group_row(block, starts)):
            break
        rows.append(block)
    return rows


def _name_row(block: Block, starts: set[int]) -> bool:
    return len(block.text.split()) <= MAX_ROW_WORDS and block.start in starts


def _role_row(block: Block, starts: set[int]) -> bool:
    """'Kommunedirektør Arnt Ove Hovden': one or two role words, then a full name, the line short."""
    words = block.text.split()
    return len(words) <= MAX_ROW_WORDS and any(
        block.start + len(" ".join(words[:n])) + 1 in starts and all(R.is_role(w) for w in words[:n])
        for n in (1, 2))


GROUP_LABEL = re.compile(r"([^\n:]{1,40}):[ \t]+")
MAX_GROUP_WORDS = 40


def _group_row(block: Block, starts: set[int]) -> bool:
    """'Gruppeleiarar: A (Sp), B (H)': a short label (not an absence's) and two full names or more, the first right
    after the label."""
    label = GROUP_LABEL.match(block.text)
    if label is None or len(label.group(1).split()) > 3 or len(block.text.split()) > MAX_GROUP_WORDS or \
            label.group(1).strip().casefold() in absence_labels():
        return False
    inside = [s for s in starts if block.start <= s < block.end]
    return block.start + label.end() in starts and len(inside) >= 2


@lru_cache(maxsize=1)
def absence_labels() -> frozenset[str]:
    """The labels of a list of those absent ("Forfall", "Meldt fråfall"; `absence_labels`), lower case."""
    return frozenset(str(w).casefold() for w in pattern_data().get("absence_labels") or ())
