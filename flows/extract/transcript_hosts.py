"""A transcript's host, named before the first turn: "Programleder: NN", "programleiar NN", "Programleder er NN",
"NN (vert)". The host's turns are nobody's statements (`interview_turns`). Word lists: `transcripts.hosts`,
`host_copulas` and `host_copula_adverbs` in speech_verbs.yaml.
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows import lexicon
from flows.model import Mention

NEAR_BEFORE, NEAR_AFTER = 40, 60  # characters around a host word where the host's name is read


def _data() -> dict:
    return lexicon.load("speech_verbs")["transcripts"]


@lru_cache(maxsize=1)
def HOST_NEAR() -> re.Pattern[str]:
    """A host word right before a name ("Programleder: NN", "programleiar NN") or after it ("NN (vert)")."""
    return re.compile(rf"(?<![\w-])(?:{lexicon.alternation(list(_data()['hosts']))})(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def HOST_COPULA() -> re.Pattern[str]:
    """A copula (and an adverb) between a host word and the host's name: "Programleder er NN", "Programleiar er som
    vanleg NN" (`host_copulas`, `host_copula_adverbs`)."""
    copulas = lexicon.alternation(list(_data()["host_copulas"]))
    adverbs = lexicon.alternation(list(_data()["host_copula_adverbs"]))
    return re.compile(rf"^(?:{copulas})\s+(?:(?:{adverbs})\s+)?", re.IGNORECASE)


def hosted(text: str, first: int, speakers: dict[str, Mention]) -> set[str]:
    """Speakers a host word names before the first turn (at offset `first`): "Programleder: NN", "programleiar NN",
    "Programleder er NN", "NN (vert)"."""
    out: set[str] = set()
    head = text[:first]
    for match in HOST_NEAR().finditer(head):
        near = head[max(0, match.start() - NEAR_BEFORE):match.end() + NEAR_AFTER]
        after = head[match.end():match.end() + NEAR_AFTER]
        for name, person in speakers.items():
            if HOST_COPULA().sub("", after.lstrip(" \t:–—-")).casefold().startswith(person.name.casefold()):
                out.add(name)  # not the next one listed after "NN (programleder),"
            elif person.name.casefold() in near.casefold() and re.search(
                    rf"{re.escape(person.name)}\s*[(,]\s*{re.escape(match.group(0))}", near, re.IGNORECASE):
                out.add(name)
    return out
