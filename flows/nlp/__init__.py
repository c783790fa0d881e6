"""The project's Norwegian language layer: a spaCy pipeline trained on the Norwegian
Dependency Treebank with NorNE entities (bokmål and nynorsk), shipped in `model/`.

    from flows.nlp import load_nlp
    doc = load_nlp()("Styreleiaren sa at kommunane må få meir pengar.")

See `language.py` for what the pipeline carries and README.md, "Language layer".
"""
from flows.nlp.language import COMPONENTS, MODEL_DIR, ModelMissing, load_nlp, model_version

__all__ = ["COMPONENTS", "MODEL_DIR", "ModelMissing", "load_nlp", "model_version"]
