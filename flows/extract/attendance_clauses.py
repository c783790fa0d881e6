"""Whether an attendance cue of a sentence reaches a person named in it.

An attendance cue (`attendance` in `data/participant_patterns.yaml`: "møtte", "med seg", "deltok") places the
persons of its sentence at the occasion. A cue inside a content clause that opens after the person's name
(`content_openers`: "at", "om at") has that clause's own subject: "Opposisjonsleiaren NN meiner at statsråden
ikkje hadde med seg noko konkret" places the state secretary, not NN, who judges the visit.
"""
from __future__ import annotations

import re

from flows.extract.participant_details import any_pattern
from flows.extract.people import PersonMention
from flows.model import Sentence


def attendance_reaches(sentence: Sentence, mention: PersonMention) -> bool:
    """True when some attendance cue of the sentence places the mentioned person at the occasion: a cue
    before the name, or after it with no content clause opening between them."""
    start, end = mention.start - sentence.start, mention.end - sentence.start
    for cue in any_pattern("attendance").finditer(sentence.text):
        if cue.start() >= end and any_pattern("content_openers").search(sentence.text[end:cue.start()]):
            continue  # the cue is inside what the person says or thinks
        if cue.end() <= start and _in_relative_clause(sentence.text[cue.end():start]):
            continue  # "satt også gårdbruker A, som driver gården sammen med mannen B": B is told of, not placed
        if any_pattern("requested_meeting_before").search(sentence.text[max(0, cue.start() - 40):cue.start()]):
            continue  # a meeting asked for, still to come: "og ber om et møte med ham før sommeren"
        return True
    return False


PERSON_BEFORE = re.compile(r"[A-ZÆØÅ][\wæøåé-]+(?:\s+[A-ZÆØÅ][\wæøåé-]+)+$")  # "Maria Engen" before ", som"


def _in_relative_clause(between: str) -> bool:
    """The words between a cue and a name open a relative clause on a person named before it, after a comma that no
    comma closes before the name (`relative_clause_openers`): the name is in what the clause tells of that person
    ("gårdbruker A, som driver gården sammen med mannen B"), not of a group ("KS-delegasjonen, som ble ledet av B")."""
    opened = [m for m in any_pattern("relative_clause_openers").finditer(between)]
    return bool(opened) and "," not in between[opened[-1].end():] \
        and PERSON_BEFORE.search(between[:opened[-1].start()]) is not None


def attending_part(text: str) -> str:
    """The part of a sentence its first attendance cue places persons from: the whole sentence, or the content
    clause the cue stands in ("NN mener at statssekretæren ikke hadde med seg noe konkret": from "at" on); ""
    when the sentence has no cue."""
    cue = any_pattern("attendance").search(text)
    if cue is None:
        return ""
    openers = [m for m in any_pattern("content_openers").finditer(text[:cue.start()])]
    return text[openers[-1].end():] if openers else text
