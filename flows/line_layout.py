"""What a line end means in a document: decided once per document from the lengths of its lines.

Most texts put a paragraph on one line and a blank line between paragraphs; then a line end
inside a run of lines is the segmenter's ordinary business (`segment.segment`). Two other layouts
are common in texts taken from e-mail, wires and web pages; the normaliser (`relayout`) turns
them into the ordinary one, so that every later pass sees one paragraph per line:

- hard-wrapped ("wrapped"): every paragraph is broken into lines of at most some width (60 to 100
  columns). A line end is a break inside the paragraph unless the next line's first word would
  have fitted on the line before it: then the line before ended short, so a paragraph (or a list
  item, a heading) ended there. A dash or number that opens a wrapped line continues the sentence
  when it could not have fitted on the line before.
- one line per paragraph ("lines"): long lines (a wrapped text has none) follow each other with no
  blank line between them; every line end ends a paragraph.
- "blocks": anything else (blank lines between paragraphs, or too few lines to tell).

In every layout, a line that ends in a word broken at a hyphen ("kommu-") and a line that opens in
lower case are one paragraph, the word put together ("kommunene"; `joined`): a PDF's text breaks long
words at its column's edge. The hyphen stays where it is the word's own (the text writes the word so
elsewhere, or "e-post", "KS-leiar", "Nord-Norge") and, with the space, before a conjunction ("helse- og omsorg": `suspended_hyphen_words` in
`data/boilerplate.yaml`). A line the normaliser marks with `SEAM` (a page's furniture dropped in the middle
of a sentence: `normalise.normalise`) continues the line before it in every layout too.

Pure functions of the normalised lines; one pass over them each.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from flows import lexicon

MAX_WRAP_WIDTH = 100  # a line longer than this is not hard-wrapped
MIN_WRAP_WIDTH = 50  # nor is a text whose lines are all shorter than this (a list, an address block)
MIN_WRAPPED_LINES = 4  # lines ending inside a run needed to call a document wrapped (and a third of its lines)
FULL_MARGIN = 15  # a wrapped line inside a paragraph is at most this much shorter than the width
MIN_FULL_SHARE = 0.6  # the share of the lines inside runs that are that full
WRAP_SLACK = 3  # wrap widths are not exact (normalising "-x" to "– x" lengthens a line): a word that
# would have fitted by this little still counts as not fitting
MIN_LONG_LINES = 3  # long lines followed by a line (no blank between) needed to call a text "lines"


@dataclass(frozen=True)
class LineLayout:
    kind: str  # "blocks", "wrapped" or "lines"
    width: int = 0  # the wrap width of a wrapped text (its longest line)

    def continues(self, previous: str, line: str) -> bool:
        """Whether `line` continues the paragraph of the `previous` line (both non-empty) in a wrapped
        or a one-line-per-paragraph text."""
        if self.kind != "wrapped":
            return False
        first = line.split(" ", 1)[0]
        return len(previous) + 1 + len(first) > self.width - WRAP_SLACK


BLOCKS = LineLayout("blocks")
UNJOINABLE = ("#", "•", "●", "▪", "◦", "·")  # a heading or a bullet never continues a line, nor is continued
LIST_MARKS = UNJOINABLE[1:] + tuple(f"{n}{p} " for n in range(1, 21) for p in ".)")  # bullets, numbers
SENTENCE_END = (".", "!", "?", "»")
ITEM = re.compile(r"\s*(?:[–•●▪◦·*+]|\d{1,2}[.)] )")


SEAM = "\x00"  # opens a line that continues the line before it over dropped page furniture (never in a text:
# the normaliser removes control characters before it marks a line)
BROKEN = re.compile(r"(?:^|[\s«(\"])([^\W\d_]+)-$")  # a line ending in a word broken at a hyphen: "kommu-"
FIRST_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _suspended() -> frozenset[str]:
    return frozenset(str(w).casefold() for w in lexicon.load("boilerplate").get("suspended_hyphen_words") or ())


def broken(previous: str, line: str) -> bool:
    """`previous` ends in a word broken at a hyphen and `line` goes on with it (opens with a letter in lower
    case: "kommu-" / "nene", "helse-" / "og omsorg")."""
    return previous.endswith("-") and line[:1].islower() and BROKEN.search(previous) is not None


WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def vocabulary(lines: list[str]) -> frozenset[str]:
    """The words of a text (hyphenated compounds whole), case-folded: what a broken word is checked against."""
    return frozenset(WORDS.findall(" ".join(lines).casefold()))


def joined(previous: str, line: str, words: frozenset[str] = frozenset()) -> str:
    """Two lines of one paragraph as one line: a space between them, but a word broken at a hyphen put
    together ("kommu-" "nene" -> "kommunene"). The hyphen stays when the text writes the word with it elsewhere
    and never without it, or, when it writes neither, when the hyphen is a compound's own: a head of one letter
    or in capitals, or a capital after it ("e-" "post", "KS-" "leiar", "Nord-" "Norge"); the space
    stays before a conjunction ("helse-" "og" -> "helse- og")."""
    line = line.strip()
    head = BROKEN.search(previous) if previous.endswith("-") else None
    first = FIRST_WORD.match(line)
    if head is None or first is None or first.group(0).casefold() in _suspended():
        return f"{previous} {line}"
    word, tail = head.group(1), first.group(0)
    whole, hyphened = f"{word}{tail}".casefold() in words, f"{word}-{tail}".casefold() in words
    if hyphened and not whole or not whole and (len(word) == 1 or word.isupper() or tail[:1].isupper()):
        return previous + line
    return previous[:-1] + line


def line_layout(lines: list[str]) -> LineLayout:
    """The layout of a text's lines (normalised: no line ends, blank lines empty). List items (a line
    opening with a marker) are left out of the evidence: a list has one item per line in any layout."""
    inner: list[int] = []  # lengths of the non-empty lines followed by a non-empty line, items left out
    long_inner = long_any = filled = 0
    for line, following in zip(lines, lines[1:] + [""]):
        filled += bool(line.strip())
        long_any += len(line) > MAX_WRAP_WIDTH
        if not line.strip() or not following.strip():
            continue
        if ITEM.match(following) and (ITEM.match(line) or line.endswith(":")):
            continue  # a list: its items stand on lines of their own in every layout
        long_inner += len(line) > MAX_WRAP_WIDTH
        if not ITEM.match(following):
            inner.append(len(line))
    if long_inner >= MIN_LONG_LINES and 2 * long_inner >= long_any:
        return LineLayout("lines")
    longest = max(inner, default=0)  # the wrap width: standalone lines (headings, captions) are not wrapped
    if (len(inner) >= MIN_WRAPPED_LINES and 3 * len(inner) >= filled and MIN_WRAP_WIDTH <= longest
            and long_any == 0):
        full = sum(1 for n in inner if n >= longest - FULL_MARGIN)
        if full >= MIN_FULL_SHARE * len(inner):
            return LineLayout("wrapped", longest)
    return BLOCKS


def _ends_paragraph(previous: str, line: str) -> bool:
    """A short line ending a sentence before a capital: a paragraph ends there (as `segment` reads it)."""
    return previous.rstrip().endswith(SENTENCE_END) and line.lstrip()[:1].isupper()


def relayout(lines: list[str]) -> list[str]:
    """The lines in the ordinary layout: a hard-wrapped paragraph joined into one line, a blank line
    between the paragraphs of a one-line-per-paragraph text; other texts as they are."""
    layout = line_layout([line.lstrip(SEAM) for line in lines])
    if layout is BLOCKS and not any(line.startswith(SEAM) or line.endswith("-") for line in lines):
        return lines
    out: list[str] = []
    previous = ""
    words = vocabulary(lines) if any(line.endswith("-") for line in lines) else frozenset()
    for line in lines:
        seam = line.startswith(SEAM)
        line = line.lstrip(SEAM)
        if out and out[-1] and line and (seam or broken(out[-1], line.strip())):
            out[-1] = joined(out[-1], line, words)  # over a page's furniture, or a word broken at the line's end
        elif layout is BLOCKS or not line or not out or not out[-1] or line.lstrip().startswith(UNJOINABLE) \
                or previous.lstrip().startswith(UNJOINABLE):
            out.append(line)
        elif layout.continues(previous, line.strip()):
            out[-1] = joined(out[-1], line, words)
        elif ITEM.match(line) if layout.kind == "wrapped" else line.lstrip().startswith(LIST_MARKS):
            out.append(line)  # the next item of a list (in a wrapped text also a dash paragraph)
        elif layout.kind == "wrapped" and not _ends_paragraph(out[-1], line):
            out.append(line)  # a line after a short one that ends no sentence (an unmarked list)
        else:
            out += ["", line]
        previous = line
    return out
