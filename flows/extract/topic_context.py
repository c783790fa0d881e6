"""The context prior of a demand's topic: what its section of the document is about.

Many demands name no topic of their own ("regjeringen følger opp forslaget", "da må staten ta sin
del av ansvaret"): the annotators code the subject of the paragraph or document around them. For
such a demand (no codebook hit in its own words) the model's scores get the log of a context
prior added: the mean of the model's own code probabilities over the sentences of the demand's
section (the blocks under the same heading; the whole text when it has none), each sentence
scored like a demand (its words, its heading, the document). Weight and floor are
`context_prior` in `data/topic_features.yaml`, chosen by leave-one-source-out accuracy.

The prior is computed once per section and model (a document's demands share it), and only when a
demand that names no code asks for it.
"""
from __future__ import annotations

import math
from typing import Sequence

from flows.extract import topic_model as tm
from flows.extract.topic_words import settings
from flows.model import Block

_CACHE_SIZE = 64
_cache: dict[tuple[str, str, int], tuple[float, ...] | None] = {}
_cache_model: list[tm.TopicModel] = []


def silent(action: str, language: str) -> bool:
    """True when a demand's own words name no code of the codebook."""
    return not tm.mentions(action, language)


def probabilities(scores: Sequence[float]) -> tuple[float, ...]:
    """Softmax of a model's scores."""
    top = max(scores)
    exp = [math.exp(s - top) for s in scores]
    total = sum(exp)
    return tuple(e / total for e in exp)


def section_blocks(blocks: tuple[Block, ...], start: int) -> tuple[Block, ...]:
    """The non-heading blocks of the section holding offset `start` (none when no block holds it)."""
    holder = next((b for b in blocks if b.kind != "heading" and b.start <= start <= b.end), None)
    if holder is None:
        return ()
    return tuple(b for b in blocks if b.kind != "heading" and b.section == holder.section)


def section_prior(model: tm.TopicModel, document: str, blocks: tuple[Block, ...], start: int,
                  language: str) -> tuple[float, ...] | None:
    """Mean code probabilities of the sentences of the section holding `start`; None when no
    sentence there says anything the model knows."""
    section = section_blocks(blocks, start)
    if not section:
        return None
    if not _cache_model or _cache_model[0] is not model:  # a new model (cross-validation): forget
        _cache.clear()
        _cache_model[:] = [model]
    key = (document, language, section[0].section)
    if key not in _cache:
        if len(_cache) >= _CACHE_SIZE:
            _cache.pop(next(iter(_cache)))
        headings = {b.section: b.text for b in blocks if b.kind == "heading"}
        heading = headings.get(section[0].section, "")
        rows = []
        for block in section:
            for sentence in block.sentences:
                text = document[sentence.start:sentence.end]
                x = tm.features(text, text, heading, document, language, model.known)
                if model.evidence(x):
                    rows.append(probabilities(model.scores(x)))
        _cache[key] = tuple(sum(col) / len(rows) for col in zip(*rows)) if rows else None
    return _cache[key]


def with_prior(scores: list[float], prior: tuple[float, ...] | None) -> list[float]:
    """The scores with the weighted log prior added (unchanged without a prior)."""
    if prior is None:
        return scores
    conf = settings()["context_prior"]
    return [s + conf["weight"] * math.log(p + conf["floor"]) for s, p in zip(scores, prior)]
