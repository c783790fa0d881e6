"""A text printed in full inside a report: the blocks after a lead-in that announces it are in the voice of
the organisation (or the person's organisation) the lead-in names.

A news report may print an organisation's statement, a letter, written input or a politician's post in full
after a line that says so ("Under følgjer fråsegna frå regionrådet, slik ho vart send ut.", "Her er
uttalelsen fra forbundet i sin helhet:", "Her er innlegget til ordføraren:"). Those blocks are the
organisation's own words, as a letter by it would be (guideline decision 1): "X må ..." and "vi ber ..."
there are its demands. The section runs from the block after the lead-in to a "Les også" line, or, when it
opens with «, to the block that closes the quotation; fact boxes in between are skipped by the caller. A
heading may title the text instead ("Uttale frå fylkesmøtet i KS Vestland"): its section ends at the next heading;
a lead-in may cite it by where the words stand ("I eit notat Fagforbundet sende KS, står det mellom anna:"): the
items under it.
The lexicon is `printed_in_full` in flows/data/document_genres.yaml.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from flows import lexicon
from flows.extract.list_cues import DANGLING
from flows.extract.organisation_names import organisations_in
from flows.model import Block
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from flows.extract.mentions import MentionLayer


@lru_cache(maxsize=1)
def _data() -> dict:
    return lexicon.load("document_genres")["printed_in_full"]


@lru_cache(maxsize=1)
def _announced() -> re.Pattern[str]:
    data = _data()
    opener = lexicon.alternation(data["openers"])
    text = lexicon.alternation(data["texts"])
    full = lexicon.alternation(data["in_full"])
    parts = lexicon.alternation(data["parts"])
    return re.compile(rf"^\W*(?:(?:{opener})\s+(?:heile\s+|hele\s+|(?:{parts})\s+)?(?P<t1>{text})(?![\w-])"
                      rf"|(?:her\s+er\s+)?(?:\w+\s+)?(?P<t2>{text})(?![\w-])[^.!?:]*?\s(?:{full})(?![\w-])[^.!?:]*:\s*$)",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _pointing() -> re.Pattern[str]:
    """A lead-in of its own that points back at the text named before it ("Der heter det blant annet:")."""
    leads = lexicon.alternation(_data()["pointing"])
    tails = lexicon.alternation(_data()["pointing_tails"])
    return re.compile(rf"^\W*(?:{leads})(?:\s+(?:{tails}))?\s*:$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _cited() -> re.Pattern[str]:
    """A lead-in that cites a text by where it stands ("I eit notat Fagforbundet sende KS før møtet, står det mellom
    anna:", "I brevet fra forbundet står det blant annet:"): the words after the text's noun in group `words`."""
    text = lexicon.alternation(_data()["texts"])
    return re.compile(rf"^\W*i\s+(?:\w+\s+){{0,2}}?(?:{text})(?![\w-])(?P<words>[^:]*?),?\s+står\s+det\b[^:]*:$",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _titled() -> re.Pattern[str]:
    """A heading that titles the text printed under it by its kind and owner ("Uttale frå fylkesmøtet i KS
    Vestland", "Uttalelse fra KS' hovedstyre"): the owner's words in group `words`."""
    text = lexicon.alternation(_data()["texts"])
    return re.compile(rf"^(?:{text})\s+(?P<words>(?:frå|fra)\s+.+)$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _end() -> re.Pattern[str]:
    return lexicon.phrase_pattern(_data()["ends"], before=r"^\W*")


def printed_lead(text: str) -> str | None:
    """The words after the announced text's noun in a lead-in line that announces a text printed in full
    ("frå regionrådet, slik ho vart send ut"), '' when there are none; None when the line announces nothing."""
    if len(text.split()) > int(_data()["max_words"]):
        return None
    if _pointing().match(text.strip()):
        return ""  # "Der heter det blant annet:": the sentences before it name the text and its owner
    match = _announced().match(text.strip())
    if match is None:
        return None
    return text[match.end("t1") if match.group("t1") else match.end("t2"):].strip()


def _lead_in(block: Block) -> tuple[str | None, str]:
    """(`printed_lead` of a block's lead-in, the sentences before it): the whole block, else its last
    sentence ("Fredag vedtok KS' hovedstyre en uttalelse om saken. Her er uttalelsen i sin helhet:"), whose
    owner the sentences before it may name when the lead-in itself names none."""
    words = printed_lead(block.text)
    if words is not None or len(block.sentences) < 2:
        return words, ""
    last = block.sentences[-1]
    return printed_lead(last.text), block.text[:last.start - block.start].strip()


def printed_sections(blocks: tuple[Block, ...], owner: Callable[[str], str | None], text: str) -> dict[int, str]:
    """Block index -> the claimant whose text is printed in full from that block on; `owner` reads the
    claimant from the words of the lead-in after the announced text's noun, else from the sentences before
    the lead-in in its paragraph ("Fredag vedtok KS' hovedstyre en uttalelse. Her er uttalelsen i sin
    helhet:"; None: nobody named). `text` is
    the document's: a "Les også" line the blocks leave out as page furniture still ends the section."""
    out: dict[int, str] = {}
    index = 0
    while index < len(blocks):
        block = blocks[index]
        index += 1
        if block.kind == "heading":
            titled = _titled().match(block.text.strip())  # a title names its owner as a body
            claimant = owner(titled.group("words")) if titled and organisations_in(titled.group("words")) else None
            if claimant is not None:  # "Uttale frå fylkesmøtet i KS Vestland" over the statement: up to the next heading
                if index < len(blocks) and blocks[index].kind == "heading":  # the statement's own title right under it
                    out[blocks[index].index] = claimant  # ("Kommunene må settes i stand til å ta ansvar")
                    index += 1
                index = _claim(out, blocks, index, claimant, _under_title)
            continue
        cited = _cited().match(block.sentences[-1].text.strip()) if block.sentences else None
        claimant = owner(cited.group("words")) if cited else None
        if claimant is not None:  # "I eit notat Fagforbundet sende KS, står det mellom anna:": the items under it
            index = _claim(out, blocks, index, claimant, lambda later: later.kind == "item")
            continue
        words, before = _lead_in(block)
        claimant = (owner(words) if words else None) or (owner(before) if words is not None and before else None)
        if claimant is None:
            continue
        quoted = None
        previous_end = block.end
        for later in blocks[index:]:
            gap = text[previous_end:later.start].splitlines()
            if _end().match(later.text) or any(_end().match(line) for line in gap):
                break
            previous_end = later.end
            if quoted is None and later.kind == "paragraph":
                quoted = later.text.lstrip().startswith("«")
            out[later.index] = claimant
            if quoted and later.text.rstrip().endswith("»"):
                break
        index = max(out, default=index - 1) + 1
    return out


def _under_title(block: Block) -> bool:
    """A block still under a printed text's title: up to the next heading (a short line the items complete, "KS
    Vestland ber regjeringa om å", is none) or a "Les også" line."""
    text = block.text.rstrip()
    return not ((block.kind == "heading" and not (DANGLING.search(text) or text.endswith(":"))) or _end().match(text))


def _claim(out: dict[int, str], blocks: tuple[Block, ...], index: int, claimant: str,
           within: Callable[[Block], bool]) -> int:
    """Give `claimant` the blocks from `index` on while `within` holds; the index to go on from."""
    for later in blocks[index:]:
        if not within(later):
            break
        out[later.index] = claimant
    return max(out, default=index - 1) + 1


def printed_owner(words: str, mentions: "MentionLayer", text: str) -> str | None:
    """The claimant a lead-in's words name as the printed text's owner: an organisation ("frå regionrådet"),
    else the person a title or name points to ("til ordføraren"): a local leader's municipality or county
    (home_body.py), else whom the document says they speak for."""
    from flows.extract.home_body import home_body, person_spans
    from flows.extract.people import resolve as person_at
    from flows.extract.voice import speaks_for

    bodies = organisations_in(words)
    if bodies:
        name = bodies[0].name
        return name[:1].upper() + name[1:]  # "frå regionrådet": the body as a subject would name it
    owner = re.match(r"\W*(?:frå|fra|til|av)\s+(\w[\w-]*)", words, re.IGNORECASE)
    if owner is None:
        return None
    person = person_at(mentions.people, owner.group(1), text.find(words) if words in text else len(text))
    if person is None:
        return None
    forms = [form for form, name in mentions.forms if name == person.name]
    first = min((m.start for m in mentions.people.mentions if m.name == person.name), default=0)
    home = home_body(text, person.role, forms, first, person_spans(mentions))  # a mayor: the municipality
    return home or speaks_for(mentions, person.name) or mentions.principal  # as for any speaker of no body of their own
