"""The project's Norwegian language layer: a spaCy pipeline trained on the Norwegian
Dependency Treebank with NorNE entities (bokmål and nynorsk), shipped in `model/`.

    from flows.nlp import load_nlp
    doc = load_nlp()("Styreleiaren sa at kommunane må få meir pengar.")

See `language.py` for what the pipeline carries and docs/language-layer.md.

Importing this package does not import spaCy: `load_nlp` and the other names of
`language.py` are imported on first use, and `model_version` (a hash of the model's
files, part of the extractor's version) needs only the files, so a run with nothing
to extract never loads spaCy (flows.records.extractor_version).
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path
from typing import Any

MODEL_DIR = Path(__file__).parent / "model"
_LAZY = ("COMPONENTS", "ModelMissing", "load_nlp")

__all__ = ["COMPONENTS", "MODEL_DIR", "ModelMissing", "load_nlp", "model_version"]


@lru_cache(maxsize=1)
def model_version() -> str:
    """A hash of every file of the shipped model, read without importing spaCy (flows.nlp.language takes it
    from here): part of a cache key for anything derived from the model's output."""
    digest = hashlib.sha256()
    for path in sorted(p for p in MODEL_DIR.rglob("*") if p.is_file()):
        digest.update(path.relative_to(MODEL_DIR).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from flows.nlp import language

        return getattr(language, name)
    raise AttributeError(f"module 'flows.nlp' has no attribute {name!r}")
