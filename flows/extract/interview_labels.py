"""Speaker labels of an interview printed as a dialogue: "Avisa: ...?" / "Hansen: – ...".

A label is a short name before a colon at the start of a paragraph. Which labels are the
interviewer's and which the interviewee's is told by where they stand: a label that opens two or
more questions (paragraphs ending in "?"), or a question label of the data ("Spørsmål:", "Spm:"),
is the interviewer's; a label on a paragraph right after such a question is the interviewee's
when it names a person of the text (a name, a surname, a title), stands for one by initials
("KD:" for Kari Dal), is an answer label of the data ("Svar:"), or opens two or more answers.
The interviewee of an answer label that names nobody ("Svar:", unknown initials) is the person
the interview announces (`interview`). Word lists: `interview_labels` in speech_verbs.yaml.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType
from typing import Mapping

from flows import lexicon
from flows.extract.people import People, resolve
from flows.model import Block, Mention

LABEL = re.compile(r"^(?P<label>[A-ZÆØÅ][\wæøåÆØÅ.'’ -]{0,40}?)\s*:\s+(?P<dash>[–—-]\s*)?(?=\S)")
LABEL_WORDS = 4
INITIALS = re.compile(r"^(?:[A-ZÆØÅ]\.?\s?){2,4}$")
REPEATED = 2  # a label seen this often in its place is a speaker label without further sign


@dataclass(frozen=True)
class Label:
    key: str  # the label as a lookup key (case-folded, dots and spaces out)
    text: str  # the label as written
    body: int  # offset where the labelled words begin (after the colon and a dash)


@dataclass(frozen=True)
class Labels:
    """The interviewer's labels, and the interviewee's labels with the person each names (None: the
    person the interview announces)."""

    asking: frozenset[str] = frozenset()
    answering: Mapping[str, Mention | None] = field(default_factory=lambda: MappingProxyType({}))


@lru_cache(maxsize=1)
def label_words() -> tuple[frozenset[str], frozenset[str]]:
    data = lexicon.load("speech_verbs")["interview_labels"]
    return frozenset(str(w).casefold() for w in data["questions"]), frozenset(str(w).casefold() for w in data["answers"])


def _key(text: str) -> str:
    return re.sub(r"[.\s]", "", text).casefold()


def label(block: Block) -> Label | None:
    """The speaker label opening a plain paragraph, if any."""
    if block.kind != "paragraph" or block.marker != "" or block.level > 0:
        return None
    asked = _question_from().match(block.text)
    if asked:  # "Spørsmål fra Ivar, Lesja:": a reader's question, the interviewer's label with its asker named
        return Label(_key(asked.group("label")), asked.group("label"), block.start + asked.end())
    match = LABEL.match(block.text)
    if not match or len(match.group("label").split()) > LABEL_WORDS:
        return None
    return Label(_key(match.group("label")), match.group("label"), block.start + match.end())


@lru_cache(maxsize=1)
def _question_from() -> re.Pattern[str]:
    """A question label naming who asks (an online chat's reader, by first name and place: "Spørsmål fra Ivar,
    Lesja:", "Spm. frå Kari (34), Voss:")."""
    words = sorted(label_words()[0], key=len, reverse=True)
    return re.compile(rf"^(?P<label>(?:{'|'.join(map(re.escape, words))}))\.?\s+(?:fra|frå)\s+[^:\n]{{1,50}}?:\s+(?=\S)",
                      re.IGNORECASE)


def asks(block: Block) -> bool:
    """The paragraph ends in a question mark (after a closing quote mark or bracket)."""
    return block.text.rstrip().rstrip("»\")").rstrip().endswith("?")


def initials_of(people: People, key: str) -> Mention | None:
    """The one person whose name's initials (all of them, or the first and the last) are `key`."""
    found = []
    for person in people.persons:
        parts = [w for w in re.split(r"[\s-]+", person.name) if w]
        if len(parts) < 2:
            continue
        every = "".join(w[0] for w in parts).casefold()
        if key in (every, (parts[0][0] + parts[-1][0]).casefold()):
            found.append(person)
    return found[0] if len({p.name for p in found}) == 1 else None


def named(people: People, found: Label, position: int) -> Mention | None:
    """The person of the text a label names: by name, surname or title, or by initials."""
    if INITIALS.match(found.text.strip()):
        return initials_of(people, found.key)
    person = resolve(people, found.text, position)
    known = {p.name for p in people.persons}
    return person if person is not None and person.name in known else None


def find_labels(blocks: tuple[Block, ...], people: People, skip: frozenset[int] = frozenset()) -> Labels:
    """The interviewer's and the interviewee's labels of a text (none in most texts)."""
    labelled = {i: label(b) for i, b in enumerate(blocks) if i not in skip}
    labelled = {i: f for i, f in labelled.items() if f is not None}
    if len(labelled) < 2:
        return Labels()
    question_words, answer_words = label_words()
    on_questions: dict[str, int] = {}
    for i, found in labelled.items():
        if asks(blocks[i]):
            on_questions[found.key] = on_questions.get(found.key, 0) + 1
    asking = frozenset(k for k, n in on_questions.items() if n >= REPEATED or k in question_words) - answer_words
    order = [i for i in range(len(blocks)) if i not in skip]
    after: dict[str, list[int]] = {}
    for before, i in zip(order, order[1:]):
        found = labelled.get(i)
        if found is None or found.key in asking or blocks[i].section != blocks[before].section:
            continue
        prior = labelled.get(before)
        if (prior is not None and prior.key in asking) or asks(blocks[before]):
            after.setdefault(found.key, []).append(i)
    answering: dict[str, Mention | None] = {}
    for key, places in after.items():
        person = named(people, labelled[places[0]], blocks[places[0]].start)
        if person is not None or key in answer_words or (len(places) >= REPEATED and asking):
            answering[key] = person
    return Labels(asking, MappingProxyType(answering))
