"""Quotations in «» run over several paragraphs, and whose they are when nothing in them says.

The Norwegian way of quoting over paragraphs opens « at each paragraph and closes » only at the
last; a paragraph in the middle (or the last) may also go on without its opening mark. A run opens
at a paragraph that starts with « and leaves it open, and ends at the first paragraph of the same
section that closes it (more » than «), at most `MAX_RUN` paragraphs on; a heading, a list or a
new quotation opened and closed in one paragraph ends it unclosed (no run).

The speaker of a run with no attribution of its own (none closes it: `quotes.open_run_speaker`
reads that case) is the person the story was just about: the speaker of the paragraph before when
it gave a statement or was a quotation, else the one person that paragraph names ("NN har leia
skulekontoret i ti år.", by name or surname, not a title); nobody when it names none or
several, or speaks of someone by a pronoun ("Hun har jobbet med NN i ti år."). The same holds for a
dash paragraph after a paragraph that gave nothing (`attributions`).
"""
from __future__ import annotations

import re

from flows.extract.people import People
from flows.extract.quote_attribution import SUBJECT_PRONOUN
from flows.model import Block, Mention

PRONOUN = re.compile(rf"(?<![\w-]){SUBJECT_PRONOUN}(?![\w-])")
MAX_RUN = 8  # paragraphs a run may span before its closing mark (a council answer over six, stop 62)


def opens_run(block: Block) -> bool:
    """A paragraph that opens « and leaves it open."""
    return block.kind == "paragraph" and block.text.startswith("«") and block.text.count("«") > block.text.count("»")


def run_end(blocks: tuple[Block, ...], i: int) -> int | None:
    """The index of the paragraph that closes the run opened at `i`; None when `i` opens none or it is
    never closed."""
    if not opens_run(blocks[i]):
        return None
    for j in range(i + 1, min(len(blocks), i + 1 + MAX_RUN)):
        block = blocks[j]
        if block.section != blocks[i].section or block.kind != "paragraph" or block.marker in ("bullet", "number") \
                or block.level > 0:
            return None
        opened, closed = block.text.count("«"), block.text.count("»")
        if closed > opened or (block.text.startswith("«") and closed == opened):
            return j  # the closing mark, with or without « opened again at the paragraph
        if opened == closed == 0 or (block.text.startswith("«") and opened > closed):
            continue  # a paragraph going on with the run
        if opened == closed and not block.text.startswith("«") and _closed_later(blocks, j):
            continue  # a quotation inside the run ("Statssekretæren sa: «Vi høyrer kva de seier»."), the run closed after
        return None  # a quotation of its own in the narrative: the run was never closed
    return None


def _closed_later(blocks: tuple[Block, ...], j: int) -> bool:
    """A paragraph after `j`, in the run's reach, that closes more quote marks than it opens, before any opens one."""
    for block in blocks[j + 1:j + MAX_RUN]:
        opened, closed = block.text.count("«"), block.text.count("»")
        if closed > opened:
            return True
        if opened or block.kind != "paragraph":
            return False
    return False


def context_speaker(blocks: tuple[Block, ...], i: int, people: People, current: Mention | None,
                    reported: bool) -> Mention | None:
    """The speaker of an unattributed run opened at `i`: `current` when the paragraph before gave a
    statement, else the one person the paragraph before names."""
    if reported and current is not None:
        return current
    if i == 0 or blocks[i - 1].section != blocks[i].section or blocks[i - 1].kind != "paragraph":
        return None
    before = blocks[i - 1]
    if PRONOUN.search(before.text):
        return None  # "Hun har jobbet med NN i ti år.": the pronoun's person may be the one who goes on
    named = [m for m in people.mentions if before.start <= m.start < before.end and not m.plural
             and m.kind in ("full", "surname")]  # a title ("statsråden") in a narrative paragraph is too weak a cue
    if len({m.name for m in named}) != 1:
        return None
    return next((p for p in people.persons if p.name == named[-1].name), Mention(named[-1].name))


def opened_over_paragraphs(doc: str, start: int, end: int) -> bool:
    """A paragraph that opens with « and never closes it, followed by one that opens with «: the first of
    a quotation printed over paragraphs the Norwegian way (every paragraph opens, the last one closes); or followed by
    paragraphs with no quote mark until one closes it, the quotation opened once and closed once ("Svar frå ordførar
    NN:" over «Takk for spørsmålet. / Møtet vart halde ... / ... ei fråsegn.»; stop 62)."""
    if doc[start:start + 1] != "«" or "»" in doc[start:end]:
        return False
    if doc[end:end + 200].lstrip().startswith("«"):
        return True
    depth = 1  # a quotation inside it, in quote marks of its own, is closed before it
    for mark in re.findall("[«»]", doc[end:end + RUN_CHARS]):
        depth += 1 if mark == "«" else -1
        if depth == 0:
            return True
    return False


RUN_CHARS = 3000  # how far a quotation opened once may run before its closing mark
