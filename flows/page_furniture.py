"""Page furniture that normalisation takes apart from a story's lines (`normalise.normalise` calls these):
a table flattened to lines (cells between tabs, or a markdown "|a|b|" row) keeps its cells apart; a paragraph
that is a site menu (`menu` in `data/boilerplate.yaml`) is found to be dropped; a title scraped twice (a
page's <title> and its heading, maybe with the site's name after one) is kept once. A PDF's page numbers and
running headers are dropped, the sentence a page break cut joined again (`without_pages`); a comment section or
an author box after the story (`without_tail`) and a list of related articles' titles (`related_lists`) are
dropped. Pure functions of lines."""
from __future__ import annotations

import re
from functools import lru_cache

from flows import lexicon
from flows.line_layout import SEAM

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


@lru_cache(maxsize=1)
def _patterns(key: str) -> re.Pattern[str]:
    found = [f"(?:{p})" for p in lexicon.load("boilerplate").get(key) or ()]
    return re.compile("|".join(found) or r"(?!x)x", re.IGNORECASE)


def page_number(line: str) -> bool:
    """A line that is a page's number ("Side 3 av 7", "- 3 -", "3/7": `page_number` in data/boilerplate.yaml)."""
    stripped = line.strip()
    return bool(stripped) and len(stripped) <= 80 and _patterns("page_number").fullmatch(stripped) is not None


GOES_ON_AFTER = (",", ";", "–", "-")  # a line ending so has its sentence go on in the next one


PROSE_LINE = 60  # a line this long that ends in a word is running text cut short, not a heading


def _cut_sentence(previous: str, following: str) -> bool:
    """The page break cut a sentence: the text before it ends in a word or a comma, and the text after it goes
    on in lower case or with a number ("... for" / "2027, sa han"), or the line before ends in a comma or a
    dash, or is a long line of running text that ends in a word in lower case."""
    before, after = previous.rstrip(), following.lstrip(SEAM).lstrip()
    if not before or not after or before.endswith((".", "!", "?", "»", ":", ")")):
        return False
    return after[:1].islower() or after[:1].isdigit() or before.endswith(GOES_ON_AFTER) \
        or (len(before) >= PROSE_LINE and before[-1:].islower())


def without_pages(lines: list[str]) -> list[str]:
    """The lines without a PDF's page furniture: the page number lines (`page_number`) and, right after or
    before one, a line that repeats the text's title (its running header). Where the break cut a sentence
    (`_cut_sentence`), the line after it is marked with `line_layout.SEAM`, so that it goes on with the line
    before it in every layout; elsewhere a blank line stands where the furniture stood."""
    numbers = [i for i, line in enumerate(lines) if page_number(line)]
    if not numbers:
        return lines
    title = next((line.strip() for line in lines if line.strip()), "")
    dropped = set(numbers)
    for k in numbers:
        for step in (1, -1):
            j = k + step
            while 0 <= j < len(lines) and (not lines[j].strip() or j in dropped):
                j += step
            if 0 <= j < len(lines) and j > 0 and lines[j].strip() == title and j != _first(lines):
                dropped.add(j)
    out: list[str] = []
    gap = False
    for i, line in enumerate(lines):
        if i in dropped:
            gap = True
            continue
        if gap and not line.strip():
            continue
        if gap:
            gap = False
            content = next((x for x in reversed(out) if x.strip()), "")
            if content and _cut_sentence(content, line):
                while out and not out[-1].strip():
                    out.pop()
                line = SEAM + line
            elif out and out[-1].strip():
                out.append("")
        out.append(line)
    return out


def _first(lines: list[str]) -> int:
    return next((i for i, line in enumerate(lines) if line.strip()), -1)


TAIL_SHARE = 0.5  # a tail label in the text's second half (by characters) ends the story


def without_tail(lines: list[str]) -> list[str]:
    """The lines up to what follows the story on its page: a comment section or an author box (`tail_label` in
    data/boilerplate.yaml: "Kommentarer (12)", "Om forfatteren"), a label alone on its line in the text's second
    half. Everything from the label on is dropped."""
    total = sum(len(line) + 1 for line in lines)
    seen = 0
    for i, line in enumerate(lines):
        if seen >= TAIL_SHARE * total and line.strip() and len(line) <= 80 \
                and _patterns("tail_label").fullmatch(line.strip()):
            return lines[:i]
        seen += len(line) + 1
    return lines


TITLE_WORDS, TITLE_CHARS = 18, 140  # a related article's title is at most so long
TITLE_END = (".", ":", ",", ";")
MIN_TITLES = 2


def _title(line: str) -> bool:
    """A related article's title: three words or more (an item of a meeting's list of matters may have fewer),
    short, ending no sentence with a full stop."""
    text = line.strip()
    return 0 < len(text) <= TITLE_CHARS and 3 <= len(text.split()) <= TITLE_WORDS and not text.endswith(TITLE_END)


def related_lists(lines: list[str]) -> set[int]:
    """Indexes of the lines of a list of related articles: a label alone on its line (`related_label` in
    data/boilerplate.yaml: "Relaterte saker", "Les også", "Mest lest") and the titles under it, on lines of their
    own (up to the first blank line) or one paragraph each (short lines that end no sentence with a full stop),
    up to the first other line; two titles at least ("Andre saker" over a paragraph heads a section)."""
    out: set[int] = set()
    label = _patterns("related_label")
    for i, line in enumerate(lines):
        if not line.strip() or len(line) > 60 or i in out or not label.fullmatch(line.strip()):
            continue
        j, titles = i + 1, []
        apart = j < len(lines) and not lines[j].strip()  # titles one paragraph each, or lines under the label
        while j < len(lines) and (_title(lines[j]) or (apart and not lines[j].strip())):
            if lines[j].strip():
                titles.append(j)
            j += 1
        if len(titles) >= MIN_TITLES:
            out.update([i] + titles)
    return out


CAPTION_WORDS = 30  # a caption has at most this many words (as `extract.captions.caption_spans` reads it)


def without_run_in_credit(line: str) -> str:
    """The line without a picture's credit run in after its last sentence (`run_in_credit` in
    data/boilerplate.yaml) when the line is a quotation ("– ...", «...») or running text of more than
    CAPTION_WORDS words; a caption ("Frå møtet. Foto: NN", or a long one that points at places in the photo:
    "Fra venstre: A, B og C. Foto: NN") keeps its credit."""
    if ":" not in line[-120:]:
        return line
    found = _patterns("run_in_credit").search(line[-120:])
    if found is None:
        return line
    head = line[:len(line) - 120 + found.start()] if len(line) > 120 else line[:found.start()]
    if _patterns("caption_pointers").search(head):
        return line  # "Fra venstre: A, B og C. Foto: NN": a caption, however long
    if len(head.split()) > CAPTION_WORDS or head.lstrip().startswith(("– ", "«")):
        return head.rstrip()
    return line


CREDIT = re.compile(r"(?<!\w)(?:Foto|Fotograf|Illustrasjon|Illustrasjonsfoto)\s*:", re.IGNORECASE)
GALLERY_LINE_WORDS = 25  # a caption, a credit or a button: a gallery's paragraph has no longer line
SERIES_PICTURES = 3  # a photo series shows three pictures or more (a short story may run beside a gallery of two)


def gallery_lines(lines: list[str]) -> set[int]:
    """Indexes of the lines of an image gallery's paragraphs (lines between blank lines): a paragraph with a
    picture counter alone on a line ("Bilde 2 av 5": `gallery_counter` in data/boilerplate.yaml) whose every
    line is short (a caption, a credit, a button); a bare counter ("2/5", a page's number too) only with a
    credit in the paragraph. Captions under a counter are the gallery's, not the story's; but on a page that is a
    photo series (its gallery of `SERIES_PICTURES` or more holds most of its words: "Bildeserie: Kommunalpolitisk
    toppmøte", one caption a picture), the captions are the story and stay with their counters, which mark them as captions
    (`extract.captions.caption_spans`)."""
    counter = _patterns("gallery_counter")
    out: set[int] = set()
    start = 0
    for i in range(len(lines) + 1):
        if i < len(lines) and lines[i].strip():
            continue
        block = range(start, i)
        counted = [j for j in block if counter.fullmatch(lines[j].strip())]
        if counted and all(len(lines[j].split()) <= GALLERY_LINE_WORDS for j in block) and \
                (any(lines[j].strip()[:1].isalpha() for j in counted) or any(CREDIT.search(lines[j]) for j in block)):
            out.update(block)
        start = i + 1
    words = sum(len(line.split()) for line in lines)
    pictures = sum(1 for j in out if counter.fullmatch(lines[j].strip()))
    series = pictures >= SERIES_PICTURES and 2 * sum(len(lines[j].split()) for j in out) > words
    return set() if series else out


def is_gallery_counter(line: str) -> bool:
    """A picture counter alone on its line ("Bilde 2 av 5", `gallery_counter`)."""
    return _patterns("gallery_counter").fullmatch(line.strip()) is not None
