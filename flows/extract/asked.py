"""A person's yes/no question as reported speech: "NN spurte statsråden om X", "I eit
oppfølgingsspørsmål spurde NN om X", "Hun ville vite om X".

The person (a name, a surname, a pronoun for one, a title) is the subject of a verb of asking
(`question_verbs` in speech_verbs.yaml); what follows "om" is what the person put forward, their
indirect statement (the guidelines' "reported speech ... of a named person": a question is said).
Not a statement:
- a question asked by an organisation or by someone unnamed ("NTB spurte ...", "Debattleiaren
  spurde ..."): no person is the subject;
- a question opened by a question word ("spurte hva ...", "spurde om kva ..."): it names what the
  person wanted to know, no proposition of theirs (`announcing_questions`);
- a verb of saying inside the question ("spurde NN om han meiner ..."): the one asked reports
  nothing there (the caller drops such contents, see `sentence_speech`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows import lexicon
from flows.extract import roles as R
from flows.extract.indirect import AUX, MIN_WORDS, Reported, subject_at
from flows.extract.people import People
from flows.extract.quote_attribution import ADVERBS, SUBJECT_PRONOUN
from flows.model import Sentence

RULE = "indirect_question"
# the one asked, between the verb and "om": up to four words, no clause mark ("statsråden", "KS-leiaren",
# "helseministeren i møtet", "dei tre")
ASKED = r"(?:(?!(?:hva|kva|hvordan|korleis|hvorfor|kvifor|hvem|kven|hvor|kor)\s)[^\s,.;:«»–?]+\s+){0,4}?"


@lru_cache(maxsize=1)
def _verbs() -> str:
    return lexicon.alternation(lexicon.load("speech_verbs")["question_verbs"])


@lru_cache(maxsize=1)
def _question_words() -> re.Pattern[str]:
    words = lexicon.alternation(lexicon.load("speech_verbs")["announcing_questions"])
    return re.compile(rf"^(?:{words})(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def AFTER_SUBJECT() -> re.Pattern[str]:
    """The verb of asking right after its subject, the one asked, and "om"."""
    return re.compile(rf",?\s+(?:{AUX}\s+)?(?:(?:{ADVERBS()})\s+)*(?:{_verbs()})(?![\w-])\s+"
                      rf"(?:(?:{ADVERBS()})\s+)*{ASKED}om\s+")


@lru_cache(maxsize=1)
def INVERTED() -> re.Pattern[str]:
    """"I eit tilleggsspørsmål spurde ": an adverbial (opened by one of `question_inverted_openers`, not a
    name: "Nordvik Tidende spurte NN om" is the outlet asking), then the verb before its subject."""
    openers = lexicon.alternation(lexicon.load("speech_verbs")["question_inverted_openers"])
    return re.compile(rf"^(?:{openers})(?![\w-])[^,.;:«»–?]{{0,70}}?\s(?:{_verbs()})(?![\w-])\s+")


@lru_cache(maxsize=1)
def OM_AFTER_INVERTED_SUBJECT() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:(?:{ADVERBS()})\s+)*{ASKED}om\s+")


def cue(text: str) -> bool:
    """Cheap gate: a verb of asking and an "om" after it."""
    return " om " in text and re.search(rf"(?<![\w-])(?:{_verbs()})(?![\w-])", text) is not None


def _named(subject: str) -> bool:
    """A name or a pronoun, not a title alone ("Debattleiaren", "Møteleiaren"): a title asking may be
    the chair of the debate, whom the text does not name, rather than the person named before."""
    words = subject.split()
    return bool(words) and (re.fullmatch(SUBJECT_PRONOUN, words[0]) is not None
                            or any(w[:1].isupper() and not R.is_role(w.casefold().strip(",")) for w in words))


def _content(text: str, begin: int) -> tuple[int, int] | None:
    end = len(text.rstrip().rstrip(".!?:;»"))
    body = text[begin:end]
    if len(body.split()) < MIN_WORDS or _question_words().match(body) or body[:1] in "«–-\"":
        return None
    return begin, end


def find(sentence: Sentence, people: People) -> Reported | None:
    """The question a person asks in `sentence`, as their indirect statement, or None."""
    text = sentence.text
    if not cue(text):
        return None
    subject = subject_at(text, 0, sentence.start, people)
    if subject is not None and _named(text[:subject[1]]):
        speaker, end = subject
        verb = AFTER_SUBJECT().match(text, end)
        if verb:
            span = _content(text, verb.end())
            return Reported(speaker, sentence.start + span[0], sentence.start + span[1], RULE) if span else None
    head = INVERTED().match(text)
    if head is None:
        return None
    subject = subject_at(text, head.end(), sentence.start, people)
    if subject is None or not _named(text[head.end():subject[1]]):
        return None
    speaker, end = subject
    om = OM_AFTER_INVERTED_SUBJECT().match(text, end)
    if om is None:
        return None
    span = _content(text, om.end())
    return Reported(speaker, sentence.start + span[0], sentence.start + span[1], RULE) if span else None
