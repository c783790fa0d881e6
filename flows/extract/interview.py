"""Interviews: the interviewer's questions and the interviewee's answers after them.

A news interview alternates a question with no attribution and an answer, most often with no
attribution either. The layouts:

- a question led by a dash ("– Hva ... ?") or on a plain line ("Hva ... ?"), then a dash-led or
  «quoted» answer;
- labels ("Avisa: ...?" / "Hansen: – ..." / "Spørsmål:" / "Svar:", initials): `interview_labels`;
- plain question lines, then the answer as plain paragraphs (one or several up to the next
  question): an interview only when the section holds two or more such pairs and the interview
  is announced (a lead naming the interviewee, or labels naming them): a lone rhetorical question
  in a talk or an opinion piece is no interview.

The answers are the interviewee's words: the person an answer label names, else the person named
where the interview is announced ("Avisa snakket med NN etter møtet.", "Vi tok ein prat med ho:",
"Fem spørsmål til NN": `interview_leads` in speech_verbs.yaml), failing that the person an answer
of the same run is attributed to ("..., sier NN."), failing that (answers led by a dash or quote
mark) the one person the paragraph right before the first question refers to ("Avisa fikk et par
minutter med statsråden."). Questions are never statements. A plain paragraph after a plain answer
goes on with it unless it speaks of the interviewee in the third person ("Hansen peker på ...",
"Hun viser til ...") or is no sentence (a fact line "NN (52)").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from types import MappingProxyType
from typing import Mapping

from flows import lexicon
from flows.extract import interview_labels as L
from flows.extract import roles as R
from flows.extract.layout import fact_box_blocks
from flows.extract.people import People, resolve
from flows.extract.interview_layout import (Shape, attributed, dash_led, narrative, plain_sections, question,
                                             question_before, roles_of)
from flows.extract.quote_attribution import SUBJECT_PRONOUN
from flows.extract.attribution_layer import Attribution
from flows.model import Block, Mention

__all__ = ["Answer", "Interview", "RULES", "answers", "asked", "find", "question"]

# the rules of the answers this module finds (`flows/data/rules.yaml`)
RULES = ("interview_answer", "interview_labelled_answer", "interview_plain_answer", "interview_answer_continuation")
APPOSITION_CHARS = 60  # a role and its organisation before the name in apposition
NAME = r"[A-ZÆØÅ][\wæøåÆØÅ-]+(?:\s+[A-ZÆØÅ][\wæøåÆØÅ-]+){0,3}"


@dataclass(frozen=True)
class Answer:
    speaker: Mention
    start: int  # where the answer's words begin (after a label and its dash)
    rule: str


@dataclass(frozen=True)
class Interview:
    questions: frozenset[int] = frozenset()  # block indexes of the interviewer's questions
    answers: Mapping[int, Answer] = field(default_factory=lambda: MappingProxyType({}))  # block -> the answer


@lru_cache(maxsize=1)
def _objects() -> str:
    return lexicon.alternation(list(lexicon.load("pronouns")["object"]))


@lru_cache(maxsize=1)
def LEAD() -> re.Pattern[str]:
    items = lexicon.load("speech_verbs")["interview_leads"]
    leads = lexicon.alternation([*items, *(i[:1].upper() + i[1:] for i in items)])  # "Vi traff henne" opens a sentence
    return re.compile(rf"(?<![\w-])(?:{leads})\s+(?P<name>(?:[a-zæøå][\wæøå-]*\s+){{0,3}}{NAME}|{R.TITLE().pattern}"
                      rf"|(?:{_objects()})(?![\w-]))")


@lru_cache(maxsize=1)
def QUESTION_LEADS() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """"NN svarer på spørsmål fra avisa" (the interviewee before the verb) and "Vi stilte ordføraren tre
    spørsmål" (the interviewee after it)."""
    data = lexicon.load("speech_verbs")["interview_question_leads"]
    nouns = lexicon.alternation(data["questions"])
    person = rf"(?:{NAME}|{R.TITLE().pattern}|(?:{_objects()})(?![\w-]))"
    answering = re.compile(rf"(?<![\w-])(?:{lexicon.alternation(data['answering'])})"
                           rf"\s+(?:[\wæøå-]+\s+){{0,2}}?(?:{nouns})(?![\w-])")
    asking = re.compile(rf"(?<![\w-])(?:{lexicon.alternation(data['asking'])})\s+(?P<name>{person})"
                        rf"\s+(?:[\wæøå-]+\s+){{0,2}}?(?:{nouns})(?![\w-])")
    return answering, asking


@lru_cache(maxsize=1)
def PRONOUN_CLOSING() -> re.Pattern[str]:
    """An answer closed by a pronoun (", svarte hun."): the pronoun is the interviewee."""
    return re.compile(rf"\s{SUBJECT_PRONOUN}\s*[.!]?$")


PROFILE_NAME = re.compile(r"^(?P<name>[^\n()]{3,60}?)\s*\(\d{1,3}\)\s*$")  # "Sigrun Aasheim Tveit (52)"


def _lead(block: Block, people: People) -> Mention | None:
    """The interviewee a paragraph or heading announces, if any; also a profile's name with the age on a line of its
    own above the questions ("DAGENS NAVN" over "NN (52)"; round 47)."""
    profile = PROFILE_NAME.match(block.text.strip())
    if profile is not None:
        named = next((p for p in people.persons if p.name == profile.group("name").strip()), None)
        if named is not None:
            return named
    objects = lexicon.load("pronouns")["object"]
    answering, asking = QUESTION_LEADS()
    for sentence in block.sentences:
        match = answering.search(sentence.text)
        if match:  # "NN svarer på spørsmål": the subject, the last person named before the verb
            found = _subject_before(sentence.start, sentence.start + match.start(), sentence.text, people)
            if found is not None:
                return found
        for pattern in (LEAD(), asking):
            match = pattern.search(sentence.text)
            if match:
                name = match.group("name")
                name = objects.get(name.casefold(), name) if name.casefold() in objects else name
                found = resolve(people, name, sentence.start + match.start("name")) \
                    or _apposition(sentence.start + match.start("name"), sentence.end, people)
                if found is not None:
                    return found
    return None


def _apposition(start: int, end: int, people: People) -> Mention | None:
    """The person named in apposition to a role after a lead verb ("tok en prat med styreleder i KS
    Nordvik, Kari Dal, etter møtet"): the first full name within a few words."""
    named = next((m for m in people.mentions if start <= m.start < min(end, start + APPOSITION_CHARS)
                  and m.kind == "full"), None)
    return next((p for p in people.persons if p.name == named.name), Mention(named.name)) if named else None


def _subject_before(start: int, end: int, text: str, people: People) -> Mention | None:
    """The person named last between `start` and `end` (a subject before its verb), or the one a
    subject pronoun opening the sentence stands for."""
    named = [m for m in people.mentions if start <= m.start < end]
    if named:
        return next((p for p in people.persons if p.name == named[-1].name), Mention(named[-1].name))
    pronoun = re.match(rf"{SUBJECT_PRONOUN}(?![\w-])", text)
    return resolve(people, pronoun.group(0), start) if pronoun else None


def _one_person(block: Block, people: People) -> Mention | None:
    """The person a paragraph refers to when it names exactly one (by name, surname or title), the
    last one named; None when it names none or several."""
    named = [m for m in people.mentions if block.start <= m.start < block.end]
    if len({m.name for m in named}) != 1:
        return None
    return next((p for p in people.persons if p.name == named[-1].name), Mention(named[-1].name))


@lru_cache(maxsize=16)
def find(blocks: tuple[Block, ...], people: People) -> Interview:
    """The questions and the answers of the interviews in a text (none in most texts)."""
    boxed = fact_box_blocks(blocks)  # a fact box set into the interview neither ends it nor opens a section
    labels = L.find_labels(blocks, people, boxed)
    roles = roles_of(blocks, people, labels, boxed)
    if not roles:
        return Interview()
    plain_here = plain_sections(blocks, roles)
    questions: set[int] = set()
    out: dict[int, Answer] = {}
    interviewee: Mention | None = None
    announced = False  # the interviewee came from a lead or a label (plain answers need it)
    run: list[tuple[int, Shape, str]] = []  # answers waiting for the interviewee
    section = -1
    before_questions: Mention | None = None  # the one person the paragraph before a question names
    ended = False  # a continuation ended by the writer's own paragraph
    pending: Mention | None = None  # a lead's interviewee no answers have taken yet

    def close() -> None:
        nonlocal pending
        speaker, told = interviewee, announced
        if speaker is None and pending is not None and run:
            speaker, told = pending, True  # the lead stands above a byline or a heading that opens the interview
            # (plain answers, or dash-led ones under dash-led questions: "Vi snakket med henne på flyet hjem." over
            # "Av NN", then "– Hva fikk dere ut av møtet?" and "– Vi fikk ..."; stop 67)
        for index, shape, rule in run:
            if speaker is not None and (shape.form != "plain" or told):
                out[index] = Answer(speaker, shape.start, rule)
        if run and speaker is not None:
            pending = None
        run.clear()

    for i, block in enumerate(blocks):
        if i in boxed:
            continue
        if block.section != section and not (section >= 0 and i > 0 and (i - 1) in boxed and block.kind != "heading"):
            close()
            section, interviewee, announced = block.section, None, False
        section = block.section
        role, shape = roles.get(i, ("", None))
        if role == "Q":
            if i > 0 and (i - 1) not in roles:
                before_questions = _one_person(blocks[i - 1], people)
            ended = False
            continue
        if role == "" or shape is None or (shape.form == "plain" and block.section not in plain_here):
            close()
            lead = _lead(block, people)
            if lead is not None:
                interviewee, announced, pending = lead, True, lead
            elif block.kind == "heading":
                interviewee, announced = None, False
            before_questions = None
            continue
        if role == "C":
            if ended or narrative(block, interviewee):
                ended = True
            else:
                run.append((i, shape, "interview_answer_continuation"))
            continue
        ended = False
        if shape.form == "label" and shape.named is not None:
            if interviewee is None or not announced:
                interviewee, announced = shape.named, True
            run.append((i, shape, "interview_labelled_answer"))
            questions.add(question_before(i, roles))
            continue
        speaker = attributed(block, people)
        if speaker is False or PRONOUN_CLOSING().search(block.text.rstrip()):
            rule = {"label": "interview_labelled_answer", "plain": "interview_plain_answer"}.get(shape.form,
                                                                                                  "interview_answer")
            run.append((i, shape, rule))
        elif speaker is not None:
            if interviewee is None:
                interviewee, announced = speaker, True  # "..., sier NN.": the answers of the run are NN's
            if shape.form == "plain" and block.section in plain_here:
                out[i] = Answer(speaker, shape.start, "interview_plain_answer")  # a plain answer closed by its speaker
        if interviewee is None and shape.form in ("dash", "quote") and not dash_led(blocks[question_before(i, roles)]):
            interviewee = before_questions  # plain question lines: the person the box opens with
        questions.add(question_before(i, roles))
    close()
    return Interview(frozenset(questions), MappingProxyType(out))


def answers(blocks: tuple[Block, ...], people: People) -> dict[int, Mention]:
    """Block index -> interviewee, for each answer with no attribution of its own (or one closed by
    a pronoun: ", svarte hun.")."""
    return {i: a.speaker for i, a in find(blocks, people).answers.items()}


_LAST: tuple[tuple[Block, ...], People, Interview] | None = None  # the last `find`, for the same objects again


def found_in(blocks: tuple[Block, ...], people: People) -> Interview:
    """`find` of these very objects: the last answer when they are the ones it was asked about
    (a pass asks once per paragraph; `find`'s cache would hash and compare every block each time)."""
    global _LAST
    last = _LAST
    if last is not None and last[0] is blocks and last[1] is people:
        return last[2]
    out = find(blocks, people)
    _LAST = (blocks, people, out)
    return out


def asked(blocks: tuple[Block, ...], i: int, people: People) -> bool:
    """An interviewer's question: a question paragraph with an answer after it."""
    found = found_in(blocks, people)
    return i in found.questions or (i + 1 < len(blocks) and question(blocks[i], people) and dash_led(blocks[i + 1]))


ANSWER_RULES = frozenset({"interview_answer"})  # an interview's answer: the paragraphs up to the next question


def answers_joined(found: list[Attribution]) -> list[Attribution]:
    """A first-person paragraph that goes on with an interview's answer right before it, with no dash of its own
    (`first_person_continuation`), is that answer's: one statement over its paragraphs (GUIDELINES rule 12: it
    "continues that quotation"). In a news story such a paragraph stays a statement of its own, as the gold of most
    sets has it (round 47: merging every continuation lost 17 gold statements on the older sets for 34 spurious)."""
    out: list[Attribution] = []
    for item in sorted(found, key=lambda a: a.start):
        last = out[-1] if out else None
        if item.rule == "first_person_continuation" and last is not None and last.rule in ANSWER_RULES \
                and last.speaker.name == item.speaker.name and last.end <= item.start:
            out[-1] = replace(last, text=f"{last.text} {item.text}", end=item.end)
            continue
        out.append(item)
    return out
