"""Page furniture that normalisation takes apart from a story's lines (`normalise.normalise` calls these):
a table flattened to lines (cells between tabs, or a markdown "|a|b|" row) keeps its cells apart; a paragraph
that is a site menu (`menu` in `data/boilerplate.yaml`) is found to be dropped; a title scraped twice (a
page's <title> and its heading, maybe with the site's name after one) is kept once. Pure functions of lines."""
from __future__ import annotations

import re
from functools import lru_cache

from flows import lexicon

TAB_CELLS = re.compile(r"\S\t+\S.*\t+\S")  # two or more tabs between cells: a table row pasted as text
PIPE_ROW = re.compile(r"^\s*\|(?:[^|\n]*\|){2,}\s*$")  # "|a|b|": a markdown table row
RULE_ROW = re.compile(r"^\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*$")  # "|---|---|": the rule under its header


def table_row(line: str) -> str | None:
    """A table row flattened to a line ("Kommune<TAB>Innbyggere<TAB>...", "|Kommune|Innbyggere|") as its
    cells between " | ", so that neighbouring cells do not read as one name or one sentence; "" for the
    rule under a markdown table's header; None for any other line."""
    if "\t" in line and TAB_CELLS.search(line):
        return " | ".join(cell.strip() for cell in line.strip().split("\t") if cell.strip())
    if "|" in line and PIPE_ROW.match(line):
        if RULE_ROW.match(line):
            return ""
        return " | ".join(cell.strip() for cell in line.strip().strip("|").split("|"))
    return None


MENU_LINES, MENU_WIDTH = 12, 120  # a site menu's paragraph: at most so many lines, each at most so long


@lru_cache(maxsize=1)
def _menu() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str], frozenset[str], int, int]:
    conf = lexicon.load("boilerplate").get("menu") or {}
    nav = frozenset(str(w).lower() for w in conf.get("nav") or ())
    sections = frozenset(str(w).lower() for w in conf.get("sections") or ())
    token = "|".join(re.escape(w) for w in sorted(nav | sections, key=len, reverse=True)) or r"(?!x)x"
    line = re.compile(rf"(?:(?:{token})(?:\s*[|·/]\s*|\s+|$))+", re.IGNORECASE)
    word = re.compile(rf"(?<!\w)(?:{token})(?!\w)", re.IGNORECASE)
    return line, word, nav, sections, int(conf.get("min_words", 3)), int(conf.get("min_sections", 2))


def _is_menu(lines: list[str]) -> bool:
    line, word, nav, sections, min_words, min_sections = _menu()
    if len(lines) > MENU_LINES or any(len(x) > MENU_WIDTH or not line.fullmatch(x.strip()) for x in lines):
        return False
    words = [" ".join(w.lower().split()) for x in lines for w in word.findall(x)]
    return any(w in nav for w in words) or (len(words) >= min_words and sum(w in sections for w in words) >= min_sections)


def menu_lines(lines: list[str]) -> set[int]:
    """Indexes of the lines of the paragraphs (lines between blank lines) that are a site menu (`menu` in
    `data/boilerplate.yaml`): every line made only of menu words, with a navigation word among them
    ("Meny", "Logg inn") or enough words, enough of them section names ("Nyheter", "Sport", "Meninger")."""
    out: set[int] = set()
    start = 0
    for i in range(len(lines) + 1):
        if i == len(lines) or not lines[i].strip():
            if i > start and _is_menu(lines[start:i]):
                out.update(range(start, i))
            start = i + 1
    return out


SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—]{2,40}$")  # "Tittel – KS", "Tittel | Kommunal Rapport"


def without_repeated_title(kept: list[str]) -> list[str]:
    """The lines without the title's repeat: a page's <title> and its heading both scraped, the title
    twice as the first two paragraphs of one line each, one of them maybe with the site's name after
    it ("... – KS", "... | NRK"). The one without the site's name is kept (the first when both are bare)."""
    if len(kept) < 3 or kept[1] != "" or (len(kept) > 3 and kept[3] != ""):
        return kept
    first, second = kept[0].strip(), kept[2].strip()
    if first == second or SITE_SUFFIX.sub("", second) == first:
        return kept[:1] + kept[3:]
    if SITE_SUFFIX.sub("", first) == second:
        return kept[2:]
    return kept
