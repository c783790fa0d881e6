"""Interviews: questions and the dash-led answers after them.

A news interview alternates a question with no attribution ("– Hva ... ?", or a
plain line "Hva ... ?" in a question-and-answer box) and a dash-led answer, most
often with no attribution either. The answers are the interviewee's words: the
person named where the interview is announced ("Avisa snakket med NN etter
møtet.", "Vi stilte ordføraren tre spørsmål:", `interview_leads` in
speech_verbs.yaml), failing that the person an answer of the same run is
attributed to ("..., sier NN."), failing that the one person the paragraph right
before the first question refers to ("Avisa fikk et par minutter med statsråden.").
Questions are not statements.
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows import lexicon
from flows.extract import roles as R
from flows.extract.layout import fact_box_blocks
from flows.extract.people import People, resolve
from flows.extract.quote_attribution import SUBJECT_PRONOUN, trailing
from flows.model import Block, Mention

QUESTION_WORDS = 25  # a plain question line is short; a longer paragraph ending in "?" is narrative
NAME = r"[A-ZÆØÅ][\wæøåÆØÅ-]+(?:\s+[A-ZÆØÅ][\wæøåÆØÅ-]+){0,3}"


@lru_cache(maxsize=1)
def LEAD() -> re.Pattern[str]:
    leads = lexicon.alternation(lexicon.load("speech_verbs")["interview_leads"])
    return re.compile(rf"(?<![\w-])(?:{leads})\s+(?P<name>(?:[a-zæøå][\wæøå-]*\s+){{0,3}}{NAME}|{R.TITLE().pattern})")


@lru_cache(maxsize=1)
def PRONOUN_CLOSING() -> re.Pattern[str]:
    """An answer closed by a pronoun (", svarte hun."): the pronoun is the interviewee."""
    return re.compile(rf"\s{SUBJECT_PRONOUN}\s*[.!]?$")


def _dash(block: Block) -> bool:
    return block.marker == "dash" and block.kind != "heading" and block.level == 0


def _attributed(block: Block, people: People) -> Mention | None | bool:
    """The speaker of a dash paragraph's closing attribution; False when it has none."""
    for sentence in block.sentences:
        found = trailing(sentence.text, sentence.start, people, before=block.start)
        if found is not None:
            return found.speaker
    return False


def question(block: Block, people: People) -> bool:
    """A dash paragraph ending in a question mark, attributed to no one; or a plain paragraph of
    one short question (an interview printed as questions and answers)."""
    if not block.text.rstrip().endswith("?"):
        return False
    if _dash(block):
        return _attributed(block, people) is False
    return (block.marker == "" and block.kind != "heading" and block.level == 0 and len(block.sentences) <= 2
            and len(block.text.split()) <= QUESTION_WORDS and not block.text.startswith(("«", '"')))


def _lead(block: Block, people: People) -> Mention | None:
    for sentence in block.sentences:
        match = LEAD().search(sentence.text)
        if match:
            found = resolve(people, match.group("name"), sentence.start + match.start("name"))
            if found is not None:
                return found
    return None


def _one_person(block: Block, people: People) -> Mention | None:
    """The person a paragraph refers to when it names exactly one (by name, surname or title), the
    last one named; None when it names none or several."""
    named = [m for m in people.mentions if block.start <= m.start < block.end]
    if len({m.name for m in named}) != 1:
        return None
    return next((p for p in people.persons if p.name == named[-1].name), Mention(named[-1].name))


def _boxed_since(blocks: tuple[Block, ...], i: int, boxed: frozenset[int]) -> bool:
    """True when block `i` follows a fact box and is no heading: its new section is the box's doing."""
    return i > 0 and (i - 1) in boxed and blocks[i].kind != "heading"


def asked(blocks: tuple[Block, ...], i: int, people: People) -> bool:
    """An interviewer's question: a question paragraph followed by a dash paragraph (the answer)."""
    return i + 1 < len(blocks) and question(blocks[i], people) and _dash(blocks[i + 1])


def answers(blocks: tuple[Block, ...], people: People) -> dict[int, Mention]:
    """Block index -> interviewee, for each answer right after a question that has no attribution
    of its own or is closed by a pronoun (", svarte hun.")."""
    out: dict[int, Mention] = {}
    interviewee: Mention | None = None
    run: list[int] = []  # unattributed answers of the current question-answer run
    section = -1

    def close() -> None:
        for index in run:
            if interviewee is not None:
                out[index] = interviewee
        run.clear()

    before_questions: Mention | None = None  # the one person the paragraph before a question names
    boxed = fact_box_blocks(blocks)  # a fact box set into the interview neither ends it nor opens a section
    for i, block in enumerate(blocks):
        if i in boxed:
            continue
        if block.section != section and not (section >= 0 and _boxed_since(blocks, i, boxed)):
            close()
            section, interviewee = block.section, None
        section = block.section
        if question(block, people):
            if i > 0 and not question(blocks[i - 1], people) and not _dash(blocks[i - 1]):
                before_questions = _one_person(blocks[i - 1], people)
            if not _dash(block) and not (i + 1 < len(blocks) and _dash(blocks[i + 1])):
                close()  # a plain question line with no dash answer after it: no interview here
            continue
        if not _dash(block):
            close()
            interviewee = _lead(block, people) or (interviewee if block.kind != "heading" else None)
            before_questions = None
            continue
        if i == 0 or not question(blocks[i - 1], people):
            continue
        if interviewee is None and not _dash(blocks[i - 1]):
            interviewee = before_questions  # plain question lines: the person the box opens with
        speaker = _attributed(block, people)
        if speaker is False or PRONOUN_CLOSING().search(block.text.rstrip()):
            run.append(i)
        elif speaker is not None and interviewee is None:
            interviewee = speaker
    close()
    return out
