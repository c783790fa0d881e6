"""Perturbations after what text taken out of a PDF or a word processor looks like: the gold stays valid.

A PDF's text keeps the lines of its columns: every paragraph hard-wrapped, long words broken at a
syllable with a hyphen at the line's end ("kommu-" / "nene"), compounds broken after their own hyphen
("e-" / "post"); its pages leave their furniture in the text, a page number ("Side 3 av 7", "- 3 -")
and a running header (the document's title) at every page break, often in the middle of a sentence.
A text from a word processor has Windows line ends and non-breaking spaces between most words.

Each family is `(text, gold, rng, meta) -> (text, gold)`, or None when it does not apply to the text.
The story's words stay as they are, only broken or interrupted; every inserted line is invented here.
"""
from __future__ import annotations

import random
import re

from text_ops import Gold, is_heading, join, paragraphs

Result = tuple[str, Gold] | None

VOWELS = frozenset("aeiouyæøåAEIOUYÆØÅ")
WORD = re.compile(r"^([«(\"]*)([^\W\d_]+(?:-[^\W\d_]+)*)([.,;:!?»)\"]*)$")
MIN_BREAK_WORD = 8  # a word shorter than this goes to the next line whole


def _break_at(core: str, room: int) -> int | None:
    """Where a word can be broken so that its head and a hyphen fit in `room` characters: after its own
    hyphen ("e-|post"), else at the last syllable break that fits (before a consonant that a vowel follows, with a
    vowel before it: "kommu|nene", "opptrap|pinga"; three letters on each side at least)."""
    if "-" in core:
        at = core.rfind("-", 0, room)
        return at + 1 if at > 0 else None
    cuts = [i for i in range(3, len(core) - 2) if core[i] not in VOWELS and core[i + 1] in VOWELS
            and VOWELS.intersection(core[:i]) and i + 1 <= room]
    return cuts[-1] if cuts else None


def _wrap(line: str, width: int, rng: random.Random) -> list[str]:
    out: list[str] = []
    current = ""
    for word in line.split(" "):
        if not current:
            current = word
            continue
        if len(current) + 1 + len(word) <= width:
            current += " " + word
            continue
        found = WORD.match(word)
        room = width - len(current) - 1 - len(found.group(1)) if found else 0
        if found and len(found.group(2)) >= MIN_BREAK_WORD and room > 3 and rng.random() < 0.7:
            core = found.group(2)
            at = _break_at(core, room - 1)
            if at:
                head = found.group(1) + core[:at] + ("" if core[at - 1] == "-" else "-")
                out.append(current + " " + head)
                current = core[at:] + found.group(3)
                continue
        out.append(current)
        current = word
    out.append(current)
    return out


def pdf_hyphens(text: str, gold: Gold, rng: random.Random, meta: dict) -> Result:
    """Every paragraph hard-wrapped at one width (60 to 90 columns, a PDF's column), a word that does not
    fit broken at a syllable with a hyphen at the line's end ("kommu-\\nnene") or after its own hyphen
    ("e-\\npost") seven times in ten; headings stand as they are."""
    width = rng.randrange(60, 91)
    out = []
    for para in paragraphs(text):
        if is_heading(para):
            out.append(para)
            continue
        out.append("\n".join(w for line in para.split("\n") for w in _wrap(line, width, rng)))
    new = join(out)
    return (new, gold) if new != text else None


PAGE_NUMBERS = ("Side {n} av {m}", "Side {n}", "{n}", "- {n} -", "{n} av {m}", "{n}/{m}", "ks.no | Side {n} av {m}",
                "Side {n} av {m}")
PAGE_CHARS = (700, 1400)  # the text of one page: a short range, so that every evaluation text has a break


def _breaks(paras: list[str], rng: random.Random) -> list[tuple[int, int | None]]:
    """Where the pages end: (paragraph, None) before a paragraph, (paragraph, offset) inside one at a space."""
    out: list[tuple[int, int | None]] = []
    page, filled = rng.randrange(*PAGE_CHARS), 0
    for i, para in enumerate(paras[1:], 1):
        filled += len(para)
        if filled < page:
            continue
        spaces = [m.start() for m in re.finditer(" ", para)]
        if "\n" not in para and len(spaces) > 8 and rng.random() < 0.6:
            out.append((i, rng.choice(spaces[len(spaces) // 4: 3 * len(spaces) // 4])))
        elif i + 1 < len(paras):
            out.append((i + 1, None))
        filled, page = 0, rng.randrange(*PAGE_CHARS)
    return out


def pdf_pages(text: str, gold: Gold, rng: random.Random, meta: dict) -> Result:
    """A page break every 700 to 1400 characters: the page's number ("Side 3 av 7", "- 3 -", "3/7"; one
    form a document), now and then a form feed, and the title as the next page's running header half the
    time; between two paragraphs or inside one, in the middle of a sentence (blank lines around the
    furniture or not)."""
    paras = paragraphs(text)
    breaks = _breaks(paras, rng)
    if not breaks:
        return None
    form = rng.choice(PAGE_NUMBERS)
    header = paras[0] if "\n" not in paras[0] and rng.random() < 0.5 else None
    sep = rng.choice(("\n\n", "\n"))
    feed = rng.random() < 0.3
    total = len(breaks) + 1
    for n, (i, at) in reversed(list(enumerate(breaks, 1))):
        block = [form.format(n=n, m=total)] + ([("\f" if feed else "") + header] if header else [])
        if feed and not header:
            block[0] += "\n\f"
        furniture = sep.join(block)
        if at is None:
            paras.insert(i, furniture)
        else:
            paras[i] = paras[i][:at] + sep + furniture + sep + paras[i][at + 1:]
    return join(paras), gold


NBSP = "\u00a0"


def crlf_nbsp(text: str, gold: Gold, rng: random.Random, meta: dict) -> Result:
    """Windows line ends and non-breaking spaces between most words (a text saved from a word processor
    or a CMS that writes &nbsp; everywhere): nine spaces in ten, narrow ones inside numbers, a blank line
    made of a non-breaking space now and then, one at the end of some lines."""
    text = re.sub(r"(?<=\d) (?=\d{3}\b)", "\u202f", text)
    text = re.sub(" ", lambda m: NBSP if rng.random() < 0.9 else " ", text)
    text = re.sub(r"\n(?=\n)", lambda m: (NBSP if rng.random() < 0.3 else "") + "\n", text)
    text = re.sub(r"(?<=\S)\n", lambda m: (NBSP if rng.random() < 0.2 else "") + "\n", text)
    return text.replace("\n", "\r\n"), gold
