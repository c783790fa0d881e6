"""Titles in «»: the name of a document, an article or a project after the noun naming it ("reformen «Leve hele
livet»", "lederartikkelen «Kommunene må ta ansvar selv»"; `title_heads` in data/speech_verbs.yaml).

A title is no one's speech (inline_quotes.py) and no call: a modal inside it ("«Kommunene må ta ansvar selv»") names
the article, it asks nothing of anyone (clauses.py).
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows import lexicon

QUOTED = re.compile(r"«(?P<words>[^«»]+)»")
BEFORE = re.compile(r"([\wæøåÆØÅ-]+)\s*$")


@lru_cache(maxsize=1)
def _heads() -> tuple[str, ...]:
    return tuple(str(h).casefold() for h in lexicon.load("speech_verbs")["title_heads"])


def is_title(sentence: str, quote_start: int, words: str) -> bool:
    """True when the «» phrase opening at `quote_start` is a title: its words open with a capital and the word
    before it ends with a title head («Leve hele livet» after "reformen")."""
    before = BEFORE.search(sentence[:quote_start])
    return bool(before and words[:1].isupper() and before.group(1).casefold().endswith(_heads()))


def title_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of every «» title in a text, the guillemets included."""
    if "«" not in text:
        return ()
    return tuple(m.span() for m in QUOTED.finditer(text) if is_title(text, m.start(), m.group("words")))
