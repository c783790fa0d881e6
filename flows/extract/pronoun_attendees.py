"""Persons placed at the occasion by a pronoun: "Ho møtte statsråden saman med resten av
KS-leiinga" places the person named last before "ho" at the meeting. The pronouns are data
(`subject_pronouns` in `data/participant_patterns.yaml`), the attendance cues too (`attendance`,
`absence`)."""
from __future__ import annotations

import re
from functools import lru_cache

from flows.extract.matcher import trie_alternation
from flows.extract.participant_details import any_pattern as _any, pattern_data as _data
from flows.extract.people import People, resolve
from flows.model import Mention, Sentence


@lru_cache(maxsize=1)
def _pronouns() -> str:
    return trie_alternation(_data()["subject_pronouns"], ignore_case=True)


@lru_cache(maxsize=2)
def _pronoun_regex(after_verb: bool) -> re.Pattern[str]:
    """A subject pronoun first in a text, or (`after_verb`) after the whitespace that follows a verb."""
    return re.compile(rf"\s+((?:{_pronouns()}))(?![\w-])" if after_verb else rf"(?:{_pronouns()})(?![\w-])",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _pronoun_word() -> re.Pattern[str]:
    """A subject pronoun as a word after whitespace or first: every pronoun `_pronoun_subject` can
    return is one, so a sentence without it is skipped before the attendance cues are searched."""
    return re.compile(rf"(?<![^\s])(?:{_pronouns()})(?![\w-])", re.IGNORECASE)


def _pronoun_subject(text: str) -> str | None:
    """The personal pronoun that is the subject of an attendance verb: first in the
    sentence ("Ho møtte ...") or right after the verb ("I dag møtte ho ...")."""
    lead = _pronoun_regex(False).match(text)
    if lead:
        return lead.group(0)
    for verb in _any("attendance").finditer(text):
        after = _pronoun_regex(True).match(text[verb.end():])
        if after and verb.start() < 60:
            return after.group(1)
    return None


def pronoun_attendees(people: People, sentences: tuple[Sentence, ...]) -> tuple[Mention, ...]:
    """Persons placed at the occasion by a pronoun ("Ho møtte statsråden saman med
    resten av KS-leiinga"): the pronoun resolves to the person named last before it.
    This holds also for a person first quoted as a source ("seier NN til NPK")."""
    out: list[Mention] = []
    for sentence in sentences:
        if not _pronoun_word().search(sentence.text) or not _any("attendance").search(sentence.text) \
                or _any("absence").search(sentence.text):
            continue
        pronoun = _pronoun_subject(sentence.text)
        person = resolve(people, pronoun, sentence.start) if pronoun else None
        if person is not None:
            out.append(person)
    return tuple(out)
