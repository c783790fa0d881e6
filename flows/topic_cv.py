"""Cross-validated accuracy of the topic model: `python -m flows.topic_cv [--markdown FILE] [--l2 ...]`.

The headline split is leave one source out (`by_set`): each annotated set (`topic_corpus.SOURCES`:
seeds, dev, each held-out, realistic and spent unseen set, each written by other people or in
another round) is held out in turn and scored with the model trained on all the others, so every
figure is for texts by a writer the model has not read. A variant is chosen by the mean and the
worst of these sets, never by one set. Also reported: `grouped`, the documents in K folds (a fixed
shuffle, `SEEDS`), and `keyword vote`, the codebook alone (the code with most keyword hits in the
demand; ties and misses go to its sentence, heading, then document), which needs no training.
The confusion table lists the largest errors (gold -> predicted) of the leave-one-source-out split,
each split by the layer that chose the code (`layer`: the money decision, the body asked to act, the
model on a demand that names a code, the model with the context prior on one that names none).
`--l2` scores candidate penalties the same way (how `l2` in data/topic_features.yaml was chosen).
"""
from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Any, Callable, Sequence

from flows import lexicon
from flows.extract import topic_model as tm
from flows.extract import topic_context, topics
from flows.topic_corpus import Example, load
from flows.topic_train import train

SEEDS = (7,)  # shuffles of the documents into folds
FOLDS = 5
Predictor = Callable[[Example], str]
# The layers of `topics.classify` that choose a demand's code, in the order they are tried.
LAYERS = ("money head", "body asked to act", "model", "model + context prior")


def grouped_folds(examples: Sequence[Example], k: int = FOLDS, seed: int = SEEDS[0]) -> list[set[str]]:
    """K sets of documents ("set/doc"), from a fixed shuffle."""
    docs = sorted({f"{e.set_name}/{e.doc}" for e in examples})
    random.Random(seed).shuffle(docs)
    return [set(docs[i::k]) for i in range(k)]


def set_folds(examples: Sequence[Example]) -> list[set[str]]:
    names = list(dict.fromkeys(e.set_name for e in examples))
    return [{f"{e.set_name}/{e.doc}" for e in examples if e.set_name == name} for name in names]


def keyword_vote(example: Example) -> str:
    """The codebook alone: most keyword hits in the demand, then its sentence, heading, document."""
    tied = list(lexicon.load("topics"))
    for text in (example.action, example.sentence, example.heading, example.document):
        counts = Counter(code for _, code in tm.mentions(text, example.language))
        top = max((counts[c] for c in tied), default=0)
        if top:
            tied = [c for c in tied if counts[c] == top]
        if len(tied) == 1:
            break
    return tied[0] if len(tied) < len(lexicon.load("topics")) else "styring"


def model_predictor(training: Sequence[Example], conf: dict[str, Any] | None = None) -> Predictor:
    model = tm.from_dict(train(training, conf))

    def predict(example: Example) -> str:
        return topics.decided(example.action, example.language) or topics.predict(
            model, tm.features(example.action, example.sentence, example.heading, example.document, example.language,
                               model.known, example.paragraph), example.action, example.sentence, example.document,
            example.language)
    return predict


def cross_validate(examples: Sequence[Example], folds: list[set[str]], conf: dict[str, Any] | None = None,
                   ) -> dict[str, list[str]]:
    """Per method, the prediction for every example when its fold was held out."""
    out = {"model": [""] * len(examples), "keyword vote": [""] * len(examples)}
    for fold in folds:
        test = [i for i, e in enumerate(examples) if f"{e.set_name}/{e.doc}" in fold]
        predict = model_predictor([e for e in examples if f"{e.set_name}/{e.doc}" not in fold], conf)
        for i in test:
            out["model"][i] = predict(examples[i])
            out["keyword vote"][i] = keyword_vote(examples[i])
    return out


def accuracy(examples: Sequence[Example], predicted: list[str], subset: Callable[[Example], bool] = lambda e: True,
             ) -> tuple[float, int]:
    pairs = [(e.topic, p) for e, p in zip(examples, predicted) if subset(e)]
    return (sum(g == p for g, p in pairs) / len(pairs) if pairs else 0.0), len(pairs)


def layer(example: Example) -> str:
    """Which layer of `topics.classify` chooses the example's code (one of LAYERS): the codebook's
    decisions first, then the model, with the context prior when the demand's own words name no code."""
    if topics.money_head(example.action, example.language):
        return LAYERS[0]
    if topics.acted_on(example.action, example.language):
        return LAYERS[1]
    return LAYERS[3] if topic_context.silent(example.action, example.language) else LAYERS[2]


def confusion(examples: Sequence[Example], predicted: list[str], top: int = 10,
              ) -> list[tuple[str, str, int, tuple[int, ...]]]:
    """The `top` commonest errors (gold, predicted, count, count per layer in LAYERS order)."""
    counts: Counter[tuple[str, str]] = Counter()
    by_layer: Counter[tuple[str, str, str]] = Counter()
    for e, p in zip(examples, predicted):
        if e.topic != p:
            counts[(e.topic, p)] += 1
            by_layer[(e.topic, p, layer(e))] += 1
    return [(g, p, n, tuple(by_layer[(g, p, name)] for name in LAYERS))
            for (g, p), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:top]]


def per_set(examples: Sequence[Example], predicted: dict[str, list[str]]) -> list[tuple[str, int, float, float]]:
    """(set, demands, model accuracy, keyword vote accuracy) per set, in order of appearance."""
    out = []
    for name in dict.fromkeys(e.set_name for e in examples):
        acc, n = accuracy(examples, predicted["model"], lambda e, s=name: e.set_name == s)
        base, _ = accuracy(examples, predicted["keyword vote"], lambda e, s=name: e.set_name == s)
        out.append((name, n, acc, base))
    return out


def report(examples: Sequence[Example], conf: dict[str, Any] | None = None) -> str:
    """The markdown tables for README and eval/topics-cv.md."""
    runs = [(f"{FOLDS} folds grouped by document (shuffle {seed})",
             cross_validate(examples, grouped_folds(examples, seed=seed), conf)) for seed in SEEDS]
    by_set = cross_validate(examples, set_folds(examples), conf)
    held = per_set(examples, by_set)
    lines = ["| split | demands | model | keyword vote |", "|---|---|---|---|"]
    for name, preds in [("leave one source out", by_set)] + runs:
        acc, n = accuracy(examples, preds["model"])
        base, _ = accuracy(examples, preds["keyword vote"])
        lines.append(f"| {name} | {n} | {acc:.3f} | {base:.3f} |")
    mean = sum(acc for _, _, acc, _ in held) / len(held)
    mean_base = sum(base for _, _, _, base in held) / len(held)
    lines.append(f"| **mean over the {len(held)} sources left out** | {sum(n for _, n, _, _ in held)} | **{mean:.3f}** "
                 f"| {mean_base:.3f} |")
    lines.append(f"| worst source left out | | {min(acc for _, _, acc, _ in held):.3f} "
                 f"| {min(base for _, _, _, base in held):.3f} |")
    lines += ["", "| source left out | demands | model | keyword vote |", "|---|---|---|---|"]
    lines += [f"| {name} | {n} | {acc:.3f} | {base:.3f} |" for name, n, acc, base in held]
    lines += ["", "| gold | predicted | errors (leave one source out) | " + " | ".join(LAYERS) + " |",
              "|---|---|---|" + "---|" * len(LAYERS)]
    lines += [f"| {g} | {p} | {n} | " + " | ".join(map(str, split)) + " |"
              for g, p, n, split in confusion(examples, by_set["model"])]
    lines += ["", "| code | demands | recall (leave one source out) |", "|---|---|---|"]
    for code, n in Counter(e.topic for e in examples).most_common():
        acc, _ = accuracy(examples, by_set["model"], lambda e, c=code: e.topic == c)
        lines.append(f"| {code} | {n} | {acc:.2f} |")
    return "\n".join(lines) + "\n"


def l2_table(examples: Sequence[Example], candidates: Sequence[float]) -> str:
    """Leave-one-source-out mean, worst set and pooled accuracy for each candidate `l2`."""
    lines = ["| l2 | mean over sources | worst source | all demands |", "|---|---|---|---|"]
    for l2 in candidates:
        conf = {**tm.settings(), "l2": l2}
        preds = cross_validate(examples, set_folds(examples), conf)["model"]
        held = [acc for _, _, acc, _ in per_set(examples, {"model": preds, "keyword vote": preds})]
        lines.append(f"| {l2:g} | {sum(held) / len(held):.3f} | {min(held):.3f} | {accuracy(examples, preds)[0]:.3f} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m flows.topic_cv", description=__doc__.splitlines()[0])
    parser.add_argument("--markdown", type=Path, help="also write the tables to this file")
    parser.add_argument("--l2", type=float, nargs="+", help="score these penalties instead (leave one source out)")
    args = parser.parse_args(argv)
    text = l2_table(load(), args.l2) if args.l2 else report(load())
    print(text, end="")
    if args.markdown:
        args.markdown.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
