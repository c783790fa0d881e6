"""Words of a text as topic features: simplemma lemmas with their compound parts.

A word gives its lemma (the document's written standard first), and when the lemma ends in a
known word, that head and the modifier before it ("legevaktslege": "lege" and "legevakt"); the
settings (inflection endings, compound joints, minimal part lengths, stop words) are in
`data/topic_features.yaml`. Used by the topic model (`topic_model.py`) and its training.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import simplemma

from flows import lexicon
from flows.extract.memo import memoised

WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)


def settings() -> dict[str, Any]:
    """Feature and training settings (`data/topic_features.yaml`)."""
    return lexicon.load("topic_features")


@lru_cache(maxsize=262144)
def lemma(word: str, language: str) -> str:
    """simplemma's lemma, the document's written standard first."""
    langs = ("nn", "nb") if language == "nn" else ("nb", "nn")
    try:
        return simplemma.lemmatize(word, lang=langs).casefold()
    except (ValueError, KeyError):
        return word


@lru_cache(maxsize=262144)
def word_features(word: str, language: str, known: frozenset[str]) -> tuple[str, ...]:
    """The lemma of a word and its compound parts (head and modifier) among `known` words."""
    conf = settings()
    out: list[str] = []
    for piece in word.casefold().split("-"):
        if not piece:
            continue
        base = lemma(piece, language)
        if base == piece and base not in known:
            for ending in conf["endings"]:
                stem = base[:-len(ending)]
                if base.endswith(ending) and len(stem) >= conf["min_part"] and stem in known:
                    base = stem
                    break
        out.append(base)
        for i in range(conf["min_modifier"], len(base) - conf["min_part"] + 1):
            if base[i:] in known:
                out.append(base[i:])
                modifier = base[:i]
                if modifier not in known and modifier[-1:] in conf["joints"]:
                    modifier = modifier[:-1]
                if modifier in known:
                    out.append(modifier)
                break
    return tuple(dict.fromkeys(out))


@memoised  # a sentence and its heading are read for every demand they hold
def bag(text: str, language: str, known: frozenset[str]) -> tuple[str, ...]:
    """Every lemma and compound part of a text, once each, in order of first occurrence."""
    stop = _stopwords()
    out: dict[str, None] = {}
    for match in WORD.finditer(text):
        for feature in word_features(match.group(0), language, known):
            if feature not in stop:
                out.setdefault(feature, None)
    return tuple(out)


def word_list(items: list[Any], where: str) -> list[str]:
    """A word list from a data file; YAML reads bare no/yes/on/off as booleans, which would
    silently become other words."""
    for item in items:
        if not isinstance(item, str):
            raise ValueError(f"{where}: {item!r} is not a word (YAML reads bare no/yes/on/off as booleans): quote it")
    return items


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    return frozenset(w.casefold() for w in word_list(settings()["stopwords"], "topic_features.yaml stopwords"))
