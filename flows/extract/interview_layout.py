"""The layout of an interview: which paragraphs are the interviewer's questions and which the
answers after them, and in which form (a dash, quote marks, a speaker label, a plain paragraph).

Read by `interview`, which decides whose the answers are. A question is a dash-led paragraph or one
in quote marks ending in "?" with no attribution, a short plain question line, a paragraph under an
interviewer's label (`interview_labels`), or, right after an answer, a plain paragraph of a few
sentences ending in "?". A plain paragraph after an answer and before the next question is a
candidate continuation of the answer; a section is an interview of plain answers only with two or
more plain question-and-answer pairs.
"""
from __future__ import annotations

from dataclasses import dataclass

from flows.extract import interview_labels as L
from flows.extract.people import People
from flows.extract.quote_attribution import trailing
from flows.extract.quotes import THIRD_PERSON_START, first_person, looks_like_speech, names_speaker
from flows.model import Block, Mention, Sentence

QUESTION_WORDS = 25  # a plain question line is short; a longer paragraph ending in "?" is narrative
LONG_QUESTION_WORDS = 50  # a question with its background, right after an answer
PLAIN_PAIRS = 2  # plain questions with plain answers in a section that make it an interview


def dash_led(block: Block) -> bool:
    return block.marker == "dash" and block.kind != "heading" and block.level == 0


def plain(block: Block) -> bool:
    return block.kind == "paragraph" and block.marker == "" and block.level == 0


def spoken(block: Block) -> tuple[Sentence, ...]:
    """The block's sentences after the host's or reporter's label, a sentence of its own ("PROGRAMLEIAR:")."""
    first = block.sentences[0].text if block.sentences else ""
    return block.sentences[1:] if first.endswith(":") and " " not in first else block.sentences


def attributed(block: Block, people: People) -> Mention | None | bool:
    """The speaker of an answer's closing attribution; False when it has none."""
    for sentence in block.sentences:
        found = trailing(sentence.text, sentence.start, people, before=block.start)
        if found is not None:
            return found.speaker
    return False


def question(block: Block, people: People) -> bool:
    """A dash paragraph (or one in quote marks) ending in a question mark, attributed to no one; or a
    plain paragraph or a numbered line of one short question (an interview printed as questions and answers)."""
    if plain(block) and block.text.startswith(("«", '"')) and L.asks(block):
        return attributed(block, people) is False  # «Fikk dere svar?» in quote marks, as a dash would lead it
    if not block.text.rstrip().endswith("?"):
        return False
    if dash_led(block):
        return attributed(block, people) is False
    return ((plain(block) or numbered(block)) and len(spoken(block)) <= 2 and len(block.text.split()) <= QUESTION_WORDS
            and not block.text.startswith(("«", '"')))


def numbered_question(block: Block, people: People) -> bool:
    """A numbered line of one short question, as a magazine numbers its questions (`numbered`)."""
    return numbered(block) and question(block, people)


def numbered(block: Block) -> bool:
    """A numbered line of its own ("1. Hva betyr totalberedskapsåret for en kommune?"): a magazine's numbered
    questions ("Fem spørsmål til NN")."""
    return block.kind == "item" and block.marker == "number" and block.level == 0



@dataclass(frozen=True)
class Shape:
    """An answer's form: where its words begin, how it is marked, the person its label names."""

    start: int
    form: str  # dash, quote, label, plain
    named: Mention | None = None


def asks(block: Block, people: People, labels: L.Labels, among_answers: bool = False) -> bool:
    """A question of the interviewer: a labelled one, a question line, or (`among_answers`: right after
    an answer) a plain paragraph of a few sentences ending in a question ("Regjeringen lovet X. Mange
    merker lite til den. Hva mener du?")."""
    found = L.label(block)
    if found is not None and found.key in labels.answering:
        return False
    if (found is not None and found.key in labels.asking) or question(block, people):
        return True
    return among_answers and plain(block) and (L.asks(block) or opens_with_question(block)) \
        and len(block.text.split()) <= LONG_QUESTION_WORDS and not block.text.startswith(("«", '"'))


def opens_with_question(block: Block) -> bool:
    """A short question followed by its background in the third person ("Hva med X? Mange kommuner har
    kjøpt utstyr som står ubrukt."): the interviewer's. An answer that opens with a question of its
    own goes on in the first person ("Hvorfor? Fordi vi ...")."""
    sentences = spoken(block)
    first = sentences[0].text.rstrip() if sentences else ""
    return 1 < len(sentences) <= 3 and first.endswith("?") and len(first.split()) <= QUESTION_WORDS // 2 \
        and not first_person(block.text)


def shape_of(block: Block, labels: L.Labels) -> Shape | None:
    """The block as an answer, when it has an answer's form."""
    found = L.label(block)
    if found is not None and found.key in labels.answering:
        return Shape(found.body, "label", labels.answering[found.key])
    if found is not None and found.key in labels.asking:
        return None
    if dash_led(block):
        return Shape(block.start, "dash")
    if not plain(block):
        return None
    if block.text.startswith(("«", '"')):
        return Shape(block.start, "quote")
    return Shape(block.start, "plain") if looks_like_speech(block.text) else None


def roles_of(blocks: tuple[Block, ...], people: People, labels: L.Labels,
            boxed: frozenset[int]) -> dict[int, tuple[str, Shape | None]]:
    """Block index -> ("Q", None) for a question with an answer after it, ("A", shape) for that
    answer, ("C", shape) for a plain paragraph after an answer (a candidate continuation)."""
    roles: dict[int, tuple[str, Shape | None]] = {}
    order = [i for i in range(len(blocks)) if i not in boxed]
    last = ""  # the role of the block before
    for n, i in enumerate(order):
        block = blocks[i]
        if (n > 0 and blocks[order[n - 1]].section != block.section) or block.kind == "heading" \
                or (block.marker in ("bullet", "number") and not numbered_question(block, people)) or block.level > 0:
            last = ""
            continue
        if asks(block, people, labels, among_answers=last in ("A", "C")):
            shape = shape_of(blocks[order[n + 1]], labels) if n + 1 < len(order) else None
            nxt = blocks[order[n + 1]] if n + 1 < len(order) else None
            if shape is not None and nxt is not None and nxt.section == block.section \
                    and not asks(nxt, people, labels):
                roles[i] = ("Q", None)
                last = "Q"
                continue
            last = ""
            continue
        if last == "Q":
            roles[i] = ("A", shape_of(block, labels))
            last = "A"
        elif last in ("A", "C") and plain(block) and L.label(block) is None \
                and not block.text.startswith(("«", '"')):
            roles[i] = ("C", Shape(block.start, "plain"))
            last = "C"
        else:
            last = ""
    return roles


def plain_sections(blocks: tuple[Block, ...], roles: dict[int, tuple[str, Shape | None]]) -> frozenset[int]:
    """Sections holding enough plain question-and-answer pairs to be an interview of plain answers."""
    count: dict[int, int] = {}
    for i, (role, shape) in roles.items():
        if role == "A" and shape is not None and shape.form == "plain":
            count[blocks[i].section] = count.get(blocks[i].section, 0) + 1
    return frozenset(s for s, n in count.items() if n >= PLAIN_PAIRS)


def narrative(block: Block, speaker: Mention | None) -> bool:
    """A paragraph among the answers that is the writer's: it speaks of the interviewee in the third
    person, or is no sentence ("NN (52)")."""
    return not looks_like_speech(block.text) or bool(THIRD_PERSON_START.match(block.text)) \
        or names_speaker(block.text, speaker)



def question_before(i: int, roles: dict[int, tuple[str, Shape | None]]) -> int:
    j = i - 1
    while j >= 0 and roles.get(j, ("", None))[0] != "Q":
        j -= 1
    return j


