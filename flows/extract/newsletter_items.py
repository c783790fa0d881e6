"""The items of a newsletter or a roundup of briefs: stories of their own under their headings.

A newsletter ("Nyheitsbrev frå KS Møre og Romsdal – september") or a roundup ("KORT FORTALT") prints several
items, each under a heading of its own: a meeting with a state secretary, a conference to sign up for, news from the
networks. The occasion the document reports with the government is the item whose heading names a government body
("Fylkesstyret møtte statssekretæren i Molde", "KS møtte digitaliseringsministeren", or names KS over a text that has
the government meet it: "Bilateralt konsultasjonsmøte med KS"; one that names KS too before
one that does not: "Kunnskapsministeren på skolebesøk i Bodø" is another event); the cues of the other items (a
conference, a seminar) and of the table of contents above them tell other events, and that item's own text gives the
date and the people (GUIDELINES, "Meeting": the occasion the document reports).

A weekly letter or a schedule told day by day has each day as an item (a weekday's paragraph, or a day's heading over
its appointments), and a radio bulletin's briefs under upper-case labels of their own ("LEGEVAKT: ...", "VEG: ...")
are items too; there the item's whole text is read for the government, not its first words alone.

`government_items(text, blocks)` gives the spans of such items, or () when the document is no newsletter or roundup
(`newsletter_titles` and `roundup_titles` in data/document_genres.yaml, read on its first line), has fewer than
`MIN_ITEMS` items under headings, or no item's heading names the government (`government_headings`). The words are
data.
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows import lexicon
from flows.extract.actors import claimants_in, is_ks_body
from flows.extract.dates import date_words
from flows.extract.document_layout import pattern
from flows.extract.captions import opens_with_credit
from flows.extract.ministry_gazetteer import find_ministries
from flows.model import Block

MIN_ITEMS = 2  # items under headings of their own, beside the newsletter's header
MEETING_WORD = re.compile(r"(?<![\w-])[\wæøå-]*(?:møte|møtet|møttes|konsultasjon)", re.IGNORECASE)
MAX_NUMBERED_TITLE = 12  # words of a numbered line that titles an item


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    conf = lexicon.load("document_genres")
    titles = [*(conf.get("newsletter_titles") or ()), *(conf.get("roundup_titles") or ())]
    government = conf.get("government_headings") or []
    return (re.compile("|".join(f"(?:{t})" for t in titles) or r"(?!x)x", re.IGNORECASE),
            re.compile(rf"(?<![\w-])[\wæøå-]*(?:{lexicon.alternation(government)})" if government else r"(?!x)x",
                       re.IGNORECASE))


MAIL_TITLE_LINES = 6  # the non-empty lines of an e-mailed newsletter's header and masthead


def is_collection(text: str) -> bool:
    """True when the document's first line names a newsletter or a roundup of briefs; for a newsletter sent as an
    e-mail ("Fra: Politisk uke | Dagsavisen" over "Nyhetsbrev fra Dagsavisens politiske redaksjon"), any of its first
    `MAIL_TITLE_LINES` lines."""
    first = text.split("\n", 1)[0]
    if pattern("mail_field").match(first):
        lines = [line for line in text.split("\n") if line.strip()][:MAIL_TITLE_LINES]
        return any(_patterns()[0].search(line) for line in lines)
    return bool(_patterns()[0].search(first))


def items(text: str, blocks: tuple[Block, ...]) -> tuple[tuple[int, int, str], ...]:
    """(start, end, heading) of each item under a heading of its own, with text under it, in a newsletter or roundup;
    () for any other document or one with fewer than `MIN_ITEMS` such items. An item's heading is a heading block
    after the document's title (not a credit line: "Tekst: NN"), or a short numbered line ("2. Arbeidsmøte med
    Digitaliseringsdirektoratet, 12. mars"); the item runs to the next one."""
    if not blocks:
        return ()
    if not is_collection(text):
        return _bulletin_items(blocks)  # a radio bulletin's items under their labels ("LEGEVAKT: ...", "VEG: ...")
    starts = [i for i, block in enumerate(blocks) if i > 0 and _item_heading(block)]
    if len(starts) < MIN_ITEMS or all(_weekday_opening().match(blocks[i].text) for i in starts):
        days = _day_items(blocks, text)  # a weekly letter or schedule told day by day: each day an item
        if len(days) >= MIN_ITEMS:
            return days
    out = []
    for n, i in enumerate(starts):
        last = (starts[n + 1] if n + 1 < len(starts) else len(blocks)) - 1
        if last > i:  # text under the heading
            out.append((blocks[i].start, blocks[last].end, blocks[i].text))
    return tuple(out) if len(out) >= MIN_ITEMS else ()


@lru_cache(maxsize=1)
def _weekday_opening() -> re.Pattern[str]:
    """A paragraph opening with a weekday ("Onsdag var eg i Oslo", "På måndag"): the weekdays of date_words.yaml."""
    days = lexicon.alternation([str(w) for w in date_words()["weekdays"]])
    return re.compile(rf"^(?:på\s+)?(?:{days})(?:en|ane)?(?![\w-])", re.IGNORECASE)


def _day_items(blocks: tuple[Block, ...], text: str) -> tuple[tuple[int, int, str], ...]:
    """A weekly letter or schedule told day by day ("Ordføraren si veke": "Måndag hadde vi formannskapsmøte. ..." then
    "Onsdag var eg i Oslo ..."; or a day's heading over its appointments, "Tysdag 10. mars" over "Heile dagen: Oslo. Møte
    i Finansdepartementet ..."): each paragraph that opens with a weekday is an item, and so is a day's heading with the
    paragraphs under it up to the next day; its whole text is the heading that may name the government (rounds 47, 48)."""
    starts = [b for b in blocks if b.kind in ("paragraph", "heading") and _weekday_opening().match(b.text)]
    ends = [b.start for b in starts[1:]] + [len(text)]
    out = []
    for block, end in zip(starts, ends):
        last = block.end if block.kind == "paragraph" else \
            max((b.end for b in blocks if block.start <= b.start < end), default=block.end)
        out.append((block.start, last, text[block.start:last]))
    return tuple(out)


BULLETIN_LABEL = re.compile(r"(?-i:[A-ZÆØÅ][A-ZÆØÅ]{2,}(?:[ -][A-ZÆØÅ]{2,})?):\s")
MIN_BULLETIN_ITEMS = 3


def _bulletin_items(blocks: tuple[Block, ...]) -> tuple[tuple[int, int, str], ...]:
    """A bulletin of briefs, each a paragraph under an upper-case label of its own ("LEGEVAKT: I morgon kjem
    helse- og omsorgsministeren ...", "VEG: Riksveg 15 er stengd", "FISKERI: ..."; a radio's district news, round 48):
    each item runs from its label to the next, its whole text the heading that may name the government; () unless at
    least `MIN_BULLETIN_ITEMS` paragraphs open with a label, they are half the paragraphs or more (not a story's
    dateline, caption and fact box: "BERGEN: ...", "BILETE: ...", "FAKTA: ...") and no label comes twice (a
    transcript's speakers do)."""
    paragraphs = [b for b in blocks if b.kind == "paragraph"]
    labelled = [(b, m.group(0)) for b in paragraphs if (m := BULLETIN_LABEL.match(b.text))]
    labels = [label for _, label in labelled]
    if len(labelled) < MIN_BULLETIN_ITEMS or 2 * len(labelled) < len(paragraphs) or len(set(labels)) < len(labels):
        return ()
    ends = [b.start for b, _ in labelled[1:]] + [blocks[-1].end + 1]
    out = []
    for (block, _), end in zip(labelled, ends):
        last = max(b.end for b in blocks if block.start <= b.start < end)
        out.append((block.start, last, " ".join(b.text for b in blocks if block.start <= b.start < end)))
    return tuple(out)


def _item_heading(block: Block) -> bool:
    """A heading, or a short numbered line that ends in no full stop (an item's title, not a point of a list)."""
    if block.kind == "heading":
        return not opens_with_credit(block.text)  # "Tekst: NN, rådgjevar i KS Vestland": the item's byline
    return block.marker == "number" and block.level == 0 and len(block.text.split()) <= MAX_NUMBERED_TITLE \
        and not block.text.rstrip().endswith((".", ":", "!", "?"))


def government_items(text: str, blocks: tuple[Block, ...]) -> tuple[tuple[int, int], ...]:
    """The spans of the items whose heading names a government body (a ministry, a minister, a state secretary, a
    county governor: `government_headings` or the ministry gazetteer), or () (see the module docstring)."""
    government = _patterns()[1]

    def names_government(words: str) -> bool:
        return bool(government.search(words) or find_ministries(words))

    def names_ks(words: str) -> bool:
        return any(is_ks_body(h.name) for h in claimants_in(words))

    # an item under a heading naming a meeting with KS whose text has the government meet it ("KORT OM: Bilateralt
    # konsultasjonsmøte med KS" over "Onsdag møttes departementet og KS", a ministry's own newsletter) is one too; not
    # a masthead naming KS over an introduction that mentions a visit ("NYHEITSBREV FRÅ KS MØRE OG ROMSDAL")
    found = [(start, end, heading) for start, end, heading in items(text, blocks)
             if names_government(heading) or (names_ks(heading) and MEETING_WORD.search(heading)
                                               and names_government(text[start:end]))]
    with_ks = [(start, end) for start, end, heading in found if names_ks(heading)]
    return tuple(with_ks) or tuple((start, end) for start, end, _ in found)  # "KS møtte digitaliseringsministeren"
    # before "Kunnskapsministeren på skolebesøk i Bodø"
