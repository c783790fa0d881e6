"""Loading the project's Norwegian language layer.

`load_nlp()` returns the spaCy pipeline trained on NDT + NorNE (`training/`,
`make model`), shipped in `flows/nlp/model/`, with the project's runtime fixes:
the tokenizer of `flows/nlp/tokenizer.py` (sentence-final numbers, line breaks)
and an entity ruler fed from the gazetteers (`flows/nlp/ruler.py`).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Iterable

import spacy
from spacy.language import Language

from flows.nlp import MODEL_DIR, model_version  # noqa: F401  (model_version: read from the files alone)
from flows.nlp import entities as _entities  # noqa: F401  (registers person_after_role)
from flows.nlp import ruler
from flows.nlp import tokenizer as _tokenizer  # noqa: F401  (registers ks_demands.nb_tokenizer.v1)

TRAINED = ("tok2vec", "morphologizer", "parser", "ner", "trainable_lemmatizer")
RULER = "entity_ruler"
ROLE_FIX = "person_after_role"
COMPONENTS = (*TRAINED, RULER, ROLE_FIX)
NEEDS_TOK2VEC = frozenset({"morphologizer", "parser", "ner", "trainable_lemmatizer"})


class ModelMissing(RuntimeError):
    pass


def load_nlp(disable: Iterable[str] = ()) -> Language:
    """The pipeline, loaded once per process for each set of left-out components.

    disable: components not to load, from `COMPONENTS` (`"ner"` and
    `"entity_ruler"` for no entities, `"trainable_lemmatizer"` for no lemmas, ...).
    Leaving out `tok2vec` needs leaving out every trained component that listens
    to it. The same call returns the same object.
    """
    return _load(frozenset(disable))


@lru_cache(maxsize=None)
def _load(disable: frozenset[str]) -> Language:
    return build_nlp(MODEL_DIR, disable)


def build_nlp(model_dir: Path, disable: frozenset[str] = frozenset()) -> Language:
    """A fresh pipeline from `model_dir` with the runtime fixes (uncached: use `load_nlp`)."""
    unknown = sorted(disable - set(COMPONENTS))
    if unknown:
        raise ValueError(f"load_nlp(disable=...): unknown component(s) {unknown}; choose from {list(COMPONENTS)}")
    if "tok2vec" in disable and NEEDS_TOK2VEC - disable:
        raise ValueError("load_nlp(disable=...): leaving out 'tok2vec' needs leaving out "
                         f"{sorted(NEEDS_TOK2VEC - disable)} too: they read its output")
    if not (model_dir / "config.cfg").exists():
        raise ModelMissing(f"no trained model in {model_dir}: run `make model` (or check out the committed model)")
    nlp = spacy.load(model_dir, exclude=sorted(disable & set(TRAINED)))
    if RULER not in disable:
        where = {"before": "ner"} if "ner" in nlp.pipe_names else {}
        entity_ruler = nlp.add_pipe(RULER, config={"overwrite_ents": True}, **where)
        entity_ruler.add_patterns(ruler.patterns(nlp.tokenizer))
    if ROLE_FIX not in disable and "ner" in nlp.pipe_names:
        nlp.add_pipe(ROLE_FIX, after="ner")
    return nlp
