"""The topic model: lemma and codebook features of a demand, scored by a trained linear model.

Features (settings in `data/topic_features.yaml`):
- words: the lemmas of the demand, of its head (`topic_heads.head_spans`: its first noun, the verb
  after a modal; `data/topic_heads.yaml`), of its sentence and of its section's heading, each word
  with its compound parts (`topic_words`: "legevaktslege" also gives "lege" and "legevakt"); one
  weight per code;
- codebook: hits of each code's keywords (`topic_codebook`: `data/topics.yaml`, matched on lemmas
  and compound parts) in the demand, its head, paragraph (the block holding it; its sentence when
  none is given), heading and the document's title, and each code's
  share of the document's hits, and the hits in the object a money head acts on ("finansiering av
  lærlingplassar": `topic_heads.governed`) (`SHARED`); one weight per feature, shared by all codes.

The weights (`data/topic_model.json`) are a multinomial logistic regression without intercepts,
trained by `flows.topic_train` (`make topics`) on every annotated demand the repository holds;
the model is loaded once per process. A demand with no known word and no codebook hit gets the
model's fallback code.
"""
from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from flows import lexicon
from flows.extract.memo import memoised
from flows.extract.topic_codebook import _document_shares, keyword_stems, mentions, word_codes
from flows.extract.topic_heads import governed, head_spans, opens_with_adverbial
from flows.extract.topic_words import WORD, bag, lemma, settings, word_features

__all__ = ["WORD", "MODEL_PATH", "GROUPS", "SHARED", "Features", "TopicModel", "bag", "features", "from_dict",
           "governed", "head_spans", "keyword_stems", "lemma", "load", "mentions", "opens_with_adverbial", "settings",
           "title", "word_codes", "word_features"]

MODEL_PATH = lexicon.DATA_DIR / "topic_model.json"
GROUPS = ("action", "sentence", "heading")


# Codebook features, one value per code; their weights are shared by all codes, so the codebook
# speaks for codes with few annotated demands too.
SHARED = ("action_hits", "action_top", "head_hits", "paragraph_hits", "heading_hits", "title_hits", "document_share",
          "document_top", "silent_paragraph_hits", "silent_document_share", "governed_hits")


@dataclass(frozen=True)
class Features:
    words: dict[str, float]  # lemma features (name -> value), weighted per code
    codebook: dict[str, tuple[float, ...]]  # code -> values of SHARED


@lru_cache(maxsize=8)  # read for every demand of a document
def title(document: str) -> str:
    """The document's first line (its title in the raw texts), without a heading marker."""
    for line in document.split("\n"):
        if line.strip():
            return line.lstrip("#").strip()
    return ""


def _unit(names: tuple[str, ...], scale: float) -> dict[str, float]:
    return {name: scale / math.sqrt(len(names)) for name in names} if names else {}


def _top(counts: Counter[str]) -> set[str]:
    best = max(counts.values(), default=0)
    return {code for code, n in counts.items() if n == best and best}


@memoised  # a sentence and its heading are read for every demand they hold (read only: never changed)
def _group_words(prefix: str, text: str, language: str, known: frozenset[str], scale: float) -> dict[str, float]:
    """The lemma features of one text of a demand's context, named with the group's prefix."""
    return _unit(tuple(f"{prefix}:{w}" for w in bag(text, language, known)), scale)


def features(action: str, sentence: str, heading: str, document: str, language: str,
             known: frozenset[str], paragraph: str = "") -> Features:
    """The features of a demand in its context. The words come from its sentence; the codebook hits
    from its `paragraph` (the block holding it; the sentence when empty): a demand that names no
    code often has its subject named in the sentences around it (eval/topics-variants.md, round 13)."""
    scales = settings()["scales"]
    words: dict[str, float] = {}
    for group, text in zip(GROUPS, (action, sentence, heading)):
        words.update(_group_words(group[0], text, language, known, scales[group]))
    heads = " ".join(action[a:b] for a, b in head_spans(action.casefold()))
    words.update(_group_words("d", heads, language, known, scales["head"]))
    hits = [Counter(code for _, code in mentions(text, language))
            for text in (action, paragraph or sentence, heading, heads, title(document))]
    money = frozenset(lexicon.load("topic_heads").get("decides", ()))
    objects = Counter(code for a, b, c, d in governed(action)
                      if any(code in money for _, code in mentions(action[a:b], language))
                      for _, code in mentions(action[c:d], language) if code not in money)
    shares = dict(_document_shares(document, language))
    most = max(shares.values(), default=None)
    top_action, top_document = _top(hits[0]), {c for c, v in shares.items() if v == most}
    silent = float(not hits[0])  # the demand names no code: its context has to speak
    present = {*hits[0], *hits[1], *hits[2], *hits[3], *hits[4], *shares, *objects}  # any other code reads all 0
    codebook = {code: (math.log1p(hits[0][code]), float(code in top_action), math.log1p(hits[3][code]),
                       math.log1p(hits[1][code]), math.log1p(hits[2][code]), math.log1p(hits[4][code]),
                       shares.get(code, 0.0), float(code in top_document),
                       silent * math.log1p(hits[1][code]), silent * shares.get(code, 0.0),
                       math.log1p(objects[code]))
                for code in lexicon.load("topics") if code in present}
    return Features(words, {c: v for c, v in codebook.items() if any(v)})


@dataclass(frozen=True)
class TopicModel:
    codes: tuple[str, ...]
    weights: dict[str, tuple[float, ...]]  # lemma feature -> weight per code
    shared: tuple[float, ...]  # weight of each SHARED codebook feature
    known: frozenset[str]
    fallback: str  # the code of a demand the model knows nothing about: the commonest in training

    def scores(self, x: Features) -> list[float]:
        out = [0.0] * len(self.codes)
        weights = self.weights
        for name, value in x.words.items():
            row = weights.get(name)
            if row is not None:  # the same sums in the same order as adding code by code
                out = [total + value * w for total, w in zip(out, row)]
        for i, code in enumerate(self.codes):
            out[i] += sum(v * w for v, w in zip(x.codebook.get(code, ()), self.shared))
        return out

    def evidence(self, x: Features) -> bool:
        """True when the text says anything the model knows: a codebook hit or a weighted word."""
        return bool(x.codebook) or any(name in self.weights for name in x.words)

    def predict(self, x: Features) -> str:
        if not self.evidence(x):
            return self.fallback
        scores = self.scores(x)
        return self.codes[max(range(len(scores)), key=lambda i: (scores[i], -i))]


def from_dict(data: dict[str, Any]) -> TopicModel:
    if tuple(data["shared_features"]) != SHARED:
        raise ValueError(f"topic model has codebook features {data['shared_features']}, the code {SHARED}: "
                         "run `make topics`")
    return TopicModel(codes=tuple(data["codes"]),
                      weights={k: tuple(v) for k, v in data["weights"].items()},
                      shared=tuple(data["shared"]), known=frozenset(data["known"]), fallback=data["fallback"])


@lru_cache(maxsize=1)
def load(path: Path = MODEL_PATH) -> TopicModel:
    """The committed model; a missing or stale file names the command that rebuilds it."""
    if not path.exists():
        raise FileNotFoundError(f"topic model {path} is missing: run `make topics` to train it")
    model = from_dict(json.loads(path.read_text(encoding="utf-8")))
    codes = tuple(lexicon.load("topics"))
    if model.codes != codes:
        raise ValueError(f"topic model {path} has codes {model.codes}, topics.yaml has {codes}: run `make topics`")
    return model
