"""Interviews: dash-led questions and the answers after them.

A news interview alternates dash paragraphs: a question ("– Hva ... ?") with no
attribution, then the answer, most often with no attribution either. The
answers are the interviewee's words: the person named where the interview is
announced ("Avisa snakket med NN etter møtet.", `interview_leads` in
speech_verbs.yaml) or, failing that, the person an answer of the same run is
attributed to ("..., sier NN."). Questions are not statements.
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows import lexicon
from flows.extract import roles as R
from flows.extract.people import People, resolve
from flows.extract.quote_attribution import SUBJECT_PRONOUN, trailing
from flows.model import Block, Mention

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
    """A dash paragraph ending in a question mark, attributed to no one."""
    return _dash(block) and block.text.rstrip().endswith("?") and _attributed(block, people) is False


def _lead(block: Block, people: People) -> Mention | None:
    for sentence in block.sentences:
        match = LEAD().search(sentence.text)
        if match:
            found = resolve(people, match.group("name"), sentence.start + match.start("name"))
            if found is not None:
                return found
    return None


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

    for i, block in enumerate(blocks):
        if block.section != section:
            close()
            section, interviewee = block.section, None
        if not _dash(block):
            close()
            interviewee = _lead(block, people) or (interviewee if block.kind != "heading" else None)
            continue
        if i == 0 or not question(blocks[i - 1], people) or question(block, people):
            continue
        speaker = _attributed(block, people)
        if speaker is False or PRONOUN_CLOSING().search(block.text.rstrip()):
            run.append(i)
        elif speaker is not None and interviewee is None:
            interviewee = speaker
    close()
    return out
