"""Action lines in an organisation's own notes: bullets that open with the verb of what is asked.

Talking points, a talk manuscript, a memo or a letter written by an organisation (voices `byline`,
`letter`, `notes`; authorship.py, notes.py) list what the organisation asks for as bullet lines with
no subject: a verb in the imperative ("Sørg for at tilskuddet ...", nynorsk "Gje oss eit eige løyve
...") or a bare infinitive ("Fullfinansiere reformen", "Auke rammene til ..."; not a noun in -e coordinated with other
nouns, "Tørke, flom og ras", nor a line with a finite verb of its own, which the parse finds). In the author's own
voice such a line is the author's demand (GUIDELINES decision 1: bullets in talk notes are the
author's organisation's demands), the whole line being the action.

Not demands: the speaker's own acts, written as stage directions ("Takke for invitasjonen", "Nevn
eksempelet frå Nordby", "Vise til rapporten"; `stage_verbs` in data/request_verbs.yaml), questions,
lines of fewer than three words (an agenda item, a heading), a line that opens with a label ("Obs:
...") and lines in a list under an agenda label ("Dagsorden:", "Tema:"; `agenda_labels`). Nor, in any
text, a numbered section title over bullets ("2. Tilskuddet – må økes"; `is_section_title`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows import lexicon
from flows.extract.clauses import cut_end
from flows.extract.cue_patterns import WORD, Cue, cue_words
from flows.extract.list_cues import is_agenda
from flows.extract.parse import Parsed
from flows.extract.resolve import is_infinitive
from flows.model import Block

MIN_WORDS = 3
JOINED = re.compile(r"^\W*[\wæøåÆØÅ'-]+(?:\s*(,)|\s+(?:og|eller|samt)\s)", re.IGNORECASE)  # "Tørke, ..."
OPENING = re.compile(r"^[\s«“\"„–—•*-]*([\wæøåÆØÅ]+)(?:\s+([\wæøåÆØÅ]+))?")


@lru_cache(maxsize=1)
def _imperatives() -> frozenset[str]:
    return frozenset(w.casefold() for w in cue_words("imperatives"))


@lru_cache(maxsize=1)
def _stage_verbs() -> frozenset[str]:
    return frozenset(" ".join(w.casefold().split()) for w in lexicon.load("request_verbs")["stage_verbs"])


def _opening(text: str) -> tuple[str, str] | None:
    found = OPENING.match(text)
    if found is None:
        return None
    first = found.group(1).casefold()
    return first, f"{first} {(found.group(2) or '').casefold()}"


@lru_cache(maxsize=1)
def _not_openers() -> frozenset[str]:
    return frozenset(w.casefold() for w in lexicon.load("request_verbs")["not_action_openers"])


def _infinitive_candidate(text: str, language: str) -> bool:
    """True when a line opens with a word that may be a bare infinitive and is no imperative."""
    opening = _opening(text)
    return opening is not None and not ({*opening} & (_imperatives() | _stage_verbs())) \
        and opening[0] not in _not_openers() and is_infinitive(opening[0], language)


def _noun_list(text: str, language: str) -> bool:
    """True when the opening word is coordinated with a word that is no infinitive ("Tørke, flom og
    ...", "Kvikkleire og ustabile skråninger"): a list of nouns ("Styrke og utvide X" is two verbs)."""
    words = WORD.findall(text[:120])
    if len(words) < 2:
        return False
    joined = JOINED.match(text)
    return joined is not None and not is_infinitive(words[1 if joined.group(1) else 2].casefold(), language)


def _finite_after(parsed: Parsed | None) -> bool:
    """True when the parse of a line finds a finite verb after its first word: the line is a clause
    with a subject of its own ("Tørke og flom gir ..."), not an infinitive's action."""
    return parsed is not None and any(t.pos in ("VERB", "AUX") and "VerbForm=Fin" in t.morph
                                      for t in parsed.tokens[1:])


def _opens_with_action(text: str, language: str, parsed: Parsed | None) -> bool:
    opening = _opening(text)
    if opening is None or {*opening} & _stage_verbs():
        return False
    if {*opening} & _imperatives():
        return True
    return opening[0] not in _not_openers() and is_infinitive(opening[0], language) \
        and not _noun_list(text, language) and not _finite_after(parsed)


def wanted(blocks: tuple[Block, ...], language: str) -> frozenset[int]:
    """Starts of the item lines the demand pass needs parsed: those that may open with a bare
    infinitive (the parse tells a clause with a finite verb of its own)."""
    return frozenset(b.sentences[0].start for b in blocks
                     if b.kind == "item" and b.sentences and _infinitive_candidate(b.sentences[0].text, language))


def imperative_line(text: str) -> bool:
    """True when a line opens with a verb in the imperative ("Gje oss ...", "Sørg for ..."): it speaks
    to its listener, the one the notes are written for."""
    opening = _opening(text)
    return opening is not None and bool({*opening} & _imperatives())


def under_agenda(blocks: tuple[Block, ...], index: int) -> bool:
    """True when an item stands in a list whose lead-in is an agenda label ("Dagsorden:", "Tema for møtet:")."""
    for block in reversed(blocks[:index]):
        if block.kind != "item":
            return is_agenda(block.text)
    return False


def action_item_cue(text: str, cues: list[Cue], language: str, parsed: Parsed | None = None) -> list[Cue]:
    """The cue of a bullet line in the author's own voice that opens with an imperative or a bare
    infinitive: the whole line (cut where an attribution or a new clause begins); [] when another cue
    opens the line, it is a question, a label line, too short or the speaker's own act."""
    first_line = text.split("\n", 1)[0]
    if any(c.anchor < 3 for c in cues) or first_line.rstrip().endswith("?") or re.match(r"^\W*\w+\s*:", first_line):
        return []
    if not _opens_with_action(first_line, language, parsed):
        return []
    start = len(text) - len(text.lstrip(" «“\"„–—•*-"))
    end = cut_end(text, start, len(first_line))
    if len(WORD.findall(text[start:end])) < MIN_WORDS:
        return []
    return [Cue(start, start, end, "imperative", "action_item")]


def is_section_title(blocks: tuple[Block, ...], i: int) -> bool:
    """True when a numbered item is a section's title in notes ("2. Tilskuddet – må økes" over its
    bullets): no sentence-final punctuation, no numbered item right before it, and the next block is an
    item with another marker. A heading is no demand (decision 3)."""
    block = blocks[i]
    if block.kind != "item" or block.marker != "number" or i + 1 >= len(blocks):
        return False
    if i > 0 and blocks[i - 1].kind == "item" and blocks[i - 1].marker == "number":
        return False  # a member of a numbered list ("4. X\n5. Y" and a dash quotation after it)
    after = blocks[i + 1]
    return not block.text.rstrip().endswith((".", "!", "?", ":", "»")) and after.kind == "item" \
        and after.marker != block.marker


@lru_cache(maxsize=1)
def _need_head() -> tuple[re.Pattern[str], int]:
    data = lexicon.load("request_verbs")["matters"]
    return lexicon.phrase_pattern(data["need_item_heads"], before=r"^[\s–—•*-]*", after=r"\s+"), \
        int(data["need_item_min_words"])


def need_item(text: str) -> bool:
    """True when a bullet line opens with a need noun and names what is needed in several words
    ("Behov for en uavhengig evaluering av reformen"; not "Behov for forutsigbarhet"): a matter the
    author raises, a demand to the meeting's counterpart (decision 2)."""
    head, least = _need_head()
    found = head.match(text)
    return found is not None and len(WORD.findall(text.split("\n", 1)[0][found.end():])) >= least

