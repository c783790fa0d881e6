"""Train the topic model: `python -m flows.topic_train` (`make topics`) writes data/topic_model.json.

Training material: every annotated demand in the repository (`flows.topic_corpus.SOURCES`: the
seed texts, the dev texts, the held-out, realistic and spent unseen sets), plus pseudo-examples from the codebook (each
keyword of topics.yaml, and each code's label and description, labelled with the code and weighted
`prior_weight`). Model: multinomial logistic regression with an L2 penalty, fitted by full-batch
gradient descent with Nesterov momentum for a fixed number of steps from zero weights. The
objective is convex, so the result does not depend on the order of the examples, and the same
material gives the same weights (rounded to 6 decimals in the file).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from flows import lexicon
from flows.extract import topic_model as tm
from flows.topic_corpus import ROOT, SOURCES, Example, load

DECIMALS = 6


def known_words(examples: Sequence[Example]) -> frozenset[str]:
    """Words compounds are split on: lemmas of the training texts and the keyword stems."""
    min_part = tm.settings()["min_part"]
    out = set(tm.keyword_stems())
    for document, language in sorted({(e.document, e.language) for e in examples}):
        for match in tm.WORD.finditer(document.casefold()):
            for piece in match.group(0).split("-"):
                base = tm.lemma(piece, language)
                if len(base) >= min_part:
                    out.add(base)
    return frozenset(w for w in out if len(w) >= min_part)


def codebook_examples() -> list[Example]:
    """One pseudo-example per keyword and one per code description."""
    out: list[Example] = []
    for code, entry in lexicon.load("topics").items():
        texts = [str(kw).rstrip("*") for kw in entry.get("keywords", [])]
        texts.append(f"{entry['label_nb']}. {entry['description']}")
        out += [Example("codebook", "codebook", "nb", text, "", "", "", "", code, "none") for text in texts]
    return out


def vectorise(examples: Sequence[Example], known: frozenset[str]) -> list[tm.Features]:
    return [tm.features(e.action, e.sentence, e.heading, e.document, e.language, known, e.paragraph) for e in examples]


def fit(vectors: list[tm.Features], docs: list[str], labels: list[str], sample_weights: list[float],
        codes: tuple[str, ...], conf: dict[str, Any]) -> tuple[list[str], np.ndarray, np.ndarray]:
    """(lemma feature names, their weights per code, shared codebook weights) of a multinomial
    logistic regression without intercepts: the share of each code in the training material is not
    its share in new texts, so no code is favoured a priori. Lemma features seen in fewer than
    `min_documents` of `docs` are dropped."""
    docs_per_feature: dict[str, set[str]] = defaultdict(set)
    for vector, doc in zip(vectors, docs):
        for name in vector.words:
            docs_per_feature[name].add(doc)
    names = sorted(n for n, seen in docs_per_feature.items() if len(seen) >= conf["min_documents"])
    index = {n: i for i, n in enumerate(names)}
    width = len(names)
    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    for row, vector in enumerate(vectors):
        for name, value in sorted(vector.words.items()):
            if name in index:
                rows.append(row), cols.append(index[name]), vals.append(float(value))
    r, c, v = np.asarray(rows, dtype=int), np.asarray(cols, dtype=int), np.asarray(vals)
    counts = np.bincount(r, minlength=len(vectors))
    shared = np.zeros((len(vectors), len(codes), len(tm.SHARED)))
    for row, vector in enumerate(vectors):
        for k, code in enumerate(codes):
            shared[row, k] = vector.codebook.get(code, 0.0)
    y = np.zeros((len(vectors), len(codes)))
    y[np.arange(len(vectors)), [codes.index(label) for label in labels]] = 1.0
    sw = np.asarray(sample_weights, dtype=float)
    sw = sw / sw.sum()
    # a step below 1/L for the loss's gradient (L bounded by the examples' squared norms)
    sq = np.bincount(r, weights=v * v, minlength=len(vectors)) + 2 * (shared ** 2).sum(axis=2).max(axis=1)
    step = 1.0 / (sq.max() + conf["l2"])
    momentum = 1.0 - 2.0 / (1.0 + float(np.sqrt((sq.max() + conf["l2"]) / conf["l2"])))  # Nesterov, strongly convex
    w, u = np.zeros((width, len(codes))), np.zeros(len(tm.SHARED))
    vw, vu = np.zeros_like(w), np.zeros_like(u)
    for _ in range(conf["iterations"]):
        lw, lu = w + momentum * vw, u + momentum * vu
        z = _rows_sum(lw[c] * v[:, None], counts) + shared @ lu  # sparse X @ W, summed in order
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        d = (p - y) * sw[:, None]
        g = d[r] * v[:, None]
        gw = np.stack([np.bincount(c, weights=g[:, k], minlength=width) for k in range(len(codes))], axis=1)
        gw += conf["l2"] * lw
        gu = np.einsum("nc,nck->k", d, shared) + conf["l2"] * lu
        vw, vu = momentum * vw - step * gw, momentum * vu - step * gu
        w, u = w + vw, u + vu
    return names, np.round(w, DECIMALS) + 0.0, np.round(u, DECIMALS) + 0.0  # + 0.0: no negative zeros


def _rows_sum(values: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """Per example, the sum of its consecutive rows in `values` (zero for an example without any)."""
    out = np.zeros((len(counts), values.shape[1]))
    filled = counts > 0
    if values.shape[0]:
        starts = np.r_[0, np.cumsum(counts)[:-1]]
        out[filled] = np.add.reduceat(values, starts[filled], axis=0)
    return out


def train(examples: Sequence[Example], conf: dict[str, Any] | None = None) -> dict[str, Any]:
    """The model file's content, trained on `examples` and the codebook."""
    conf = conf or tm.settings()
    codes = tuple(lexicon.load("topics"))
    known = known_words(examples)
    prior = codebook_examples()
    everything = list(examples) + prior
    names, w, u = fit(vectorise(everything, known), [f"{e.set_name}/{e.doc}" for e in everything],
                      [e.topic for e in everything], [1.0] * len(examples) + [conf["prior_weight"]] * len(prior),
                      codes, conf)
    return {
        "codes": list(codes),
        "weights": {name: [float(x) for x in w[i]] for i, name in enumerate(names) if np.any(w[i] != 0.0)},
        "fallback": Counter(e.topic for e in examples).most_common(1)[0][0] if examples else codes[-1],
        "shared_features": list(tm.SHARED),
        "shared": [float(x) for x in u],
        "known": sorted(known),
        "training": {"examples": len(examples), "documents": len({(e.set_name, e.doc) for e in examples}),
                     "sets": sorted({e.set_name for e in examples}), "codebook_examples": len(prior),
                     "settings": {k: conf[k] for k in sorted(conf)}},
    }


def dumps(model: dict[str, Any]) -> str:
    """The model as JSON with one line per key and per weighted feature (readable diffs)."""
    def one(value: object) -> str:
        return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    lines = [f"{one(key)}:{one(model[key])}," for key in sorted(model) if key != "weights"]
    rows = [f"{one(name)}:{one(row)}" for name, row in sorted(model["weights"].items())]
    return "{\n" + "\n".join(lines) + '\n"weights":{\n' + ",\n".join(rows) + "\n}}\n"


def sources_digest(root: Path = ROOT) -> str:
    """A hash of every gold and raw file the training reads (for the model file's provenance)."""
    digest = hashlib.sha256()
    for _, gold, raw in SOURCES:
        for folder in (gold, raw):
            for path in sorted((root / folder).iterdir()):
                if path.suffix in (".json", ".txt", ".md"):
                    digest.update(f"{folder}/{path.name}".encode())
                    digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m flows.topic_train", description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=tm.MODEL_PATH)
    parser.add_argument("--check", action="store_true", help="fail if the committed model is not what training gives")
    args = parser.parse_args(argv)
    model = train(load())
    model["training"]["sources_sha256"] = sources_digest()
    text = dumps(model)
    if args.check:
        same = args.out.exists() and args.out.read_text(encoding="utf-8") == text
        print(f"{args.out}: {'up to date' if same else 'differs from training: run make topics'}")
        return 0 if same else 1
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out}: {len(model['weights'])} features, {model['training']['examples']} demands "
          f"from {model['training']['documents']} documents")
    return 0


if __name__ == "__main__":
    sys.exit(main())
