"""The context prior of a demand's topic: what its section of the document is about.

Many demands name no topic of their own ("regjeringen følger opp forslaget", "da må staten ta sin
del av ansvaret"): the annotators code the subject of the paragraph or document around them. For
such a demand (no codebook hit in its own words) the model's scores get the log of a context
prior added: the mean of the model's own code probabilities over the sentences of the demand's
section (the blocks under the same heading; the whole text when it has none), each sentence
scored like a demand (its words, its heading, the document), mixed with the mean over the
sentences next to the demand's own (what "dette", "det" and "saka" point back to). Weight, floor,
window and the near sentences' share are `context_prior` in `data/topic_features.yaml`, chosen
by leave-one-source-out accuracy.

The sentences' probabilities are computed once per section and model (a document's demands share
them), and only when a demand that names no code asks for them.
"""
from __future__ import annotations

import math
from typing import Sequence

from flows.extract import topic_model as tm
from flows.extract.topic_words import settings
from flows.model import Block

_CACHE_SIZE = 64
_cache: dict[tuple[str, str, int], tuple[tuple[int, int, tuple[float, ...] | None], ...]] = {}
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
    sentence there says anything the model knows. With `window` > 0 (`context_prior`), the mean
    over the `window` sentences on each side of the demand's own sentence is mixed in with share
    `local_share`: the sentences next to a demand are what its words point back to."""
    rows = _section_rows(model, document, blocks, start, language)
    known = [p for _, _, p in rows if p is not None]
    if not known:
        return None
    prior = _mean(known)
    conf = settings()["context_prior"]
    window, share = int(conf.get("window", 0)), float(conf.get("local_share", 0.0))
    if window and share:
        at = next((i for i, (a, b, _) in enumerate(rows) if a <= start < b), None)
        near = [p for _, _, p in rows[max(0, at - window):at + window + 1] if p is not None] if at is not None else []
        if near:
            local = _mean(near)
            prior = tuple((1.0 - share) * g + share * n for g, n in zip(prior, local))
    return prior


def _mean(rows: list[tuple[float, ...]]) -> tuple[float, ...]:
    return tuple(sum(col) / len(rows) for col in zip(*rows))


def _section_rows(model: tm.TopicModel, document: str, blocks: tuple[Block, ...], start: int,
                  language: str) -> tuple[tuple[int, int, tuple[float, ...] | None], ...]:
    """(start, end, code probabilities or None) of every sentence of the section holding `start`,
    computed once per section and model."""
    section = section_blocks(blocks, start)
    if not section:
        return ()
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
                rows.append((sentence.start, sentence.end,
                             probabilities(model.scores(x)) if model.evidence(x) else None))
        _cache[key] = tuple(rows)
    return _cache[key]


def with_prior(scores: list[float], prior: tuple[float, ...] | None) -> list[float]:
    """The scores with the weighted log prior added (unchanged without a prior)."""
    if prior is None:
        return scores
    conf = settings()["context_prior"]
    return [s + conf["weight"] * math.log(p + conf["floor"]) for s, p in zip(scores, prior)]
