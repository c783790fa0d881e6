"""Cross-validated accuracy of the topic model: `python -m flows.topic_cv [--markdown FILE]`.

Two splits, both keeping every document whole (no document in training and test):
- `grouped`: the documents in K folds (fixed shuffles, `SEEDS`), the model trained on K-1;
- `by_set`: leave one set out (seeds, dev, each held-out set): a new kind of text each time;
- `evaluation`: the sets that are never training material (`topic_corpus.EVALUATION`, the
  realistic sets), scored with the model trained on every source set.
The headline figures are the mean and the worst of the held-out sets (each source set left out in
turn and each evaluation set): a variant is chosen for how it does across sets, not on one.
Compared on the same folds with `keyword vote`, the codebook alone (the code with most keyword hits
in the demand; ties and misses go to its sentence, heading, then document), which needs no training.
The confusion table lists the largest errors (gold -> predicted) of the grouped split.
"""
from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Callable, Sequence

from flows import lexicon
from flows.extract import topic_model as tm
from flows.extract import topics
from flows.topic_corpus import EVALUATION, Example, load
from flows.topic_train import train

SEEDS = (7, 1, 2)  # three shuffles of the documents into folds: the first gives the confusion table
FOLDS = 5
Predictor = Callable[[Example], str]


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


def model_predictor(training: Sequence[Example], conf: dict | None = None) -> Predictor:
    model = tm.from_dict(train(training, conf))

    def predict(example: Example) -> str:
        return topics.decided(example.action, example.language) or model.predict(
            tm.features(example.action, example.sentence, example.heading, example.document, example.language,
                        model.known))
    return predict


def cross_validate(examples: Sequence[Example], folds: list[set[str]], conf: dict | None = None,
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


def confusion(examples: Sequence[Example], predicted: list[str], top: int = 10) -> list[tuple[str, str, int]]:
    counts = Counter((e.topic, p) for e, p in zip(examples, predicted) if e.topic != p)
    return [(g, p, n) for (g, p), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:top]]


def evaluate_unseen(training: Sequence[Example], evaluation: Sequence[Example], conf: dict | None = None,
                    ) -> dict[str, list[str]]:
    """Per method, the prediction for every evaluation example by the model trained on `training`."""
    predict = model_predictor(training, conf)
    return {"model": [predict(e) for e in evaluation], "keyword vote": [keyword_vote(e) for e in evaluation]}


def per_set(examples: Sequence[Example], predicted: dict[str, list[str]]) -> list[tuple[str, int, float, float]]:
    """(set, demands, model accuracy, keyword vote accuracy) per set, in order of appearance."""
    out = []
    for name in dict.fromkeys(e.set_name for e in examples):
        acc, n = accuracy(examples, predicted["model"], lambda e, s=name: e.set_name == s)
        base, _ = accuracy(examples, predicted["keyword vote"], lambda e, s=name: e.set_name == s)
        out.append((name, n, acc, base))
    return out


def report(examples: Sequence[Example], conf: dict | None = None, evaluation: Sequence[Example] = ()) -> str:
    """The markdown tables for README and eval/topics-cv.md."""
    runs = [(f"{FOLDS} folds grouped by document (shuffle {seed})",
             cross_validate(examples, grouped_folds(examples, seed=seed), conf)) for seed in SEEDS]
    grouped = runs[0][1]
    by_set = cross_validate(examples, set_folds(examples), conf)
    unseen = evaluate_unseen(examples, evaluation, conf) if evaluation else {"model": [], "keyword vote": []}
    held = per_set(examples, by_set) + per_set(evaluation, unseen)
    lines = ["| split | demands | model | keyword vote |", "|---|---|---|---|"]
    for name, preds in runs + [("leave one set out", by_set)]:
        acc, n = accuracy(examples, preds["model"])
        base, _ = accuracy(examples, preds["keyword vote"])
        lines.append(f"| {name} | {n} | {acc:.3f} | {base:.3f} |")
    if evaluation:
        acc, n = accuracy(evaluation, unseen["model"])
        base, _ = accuracy(evaluation, unseen["keyword vote"])
        lines.append(f"| sets never trained on ({', '.join(dict.fromkeys(e.set_name for e in evaluation))}) "
                     f"| {n} | {acc:.3f} | {base:.3f} |")
    mean = sum(acc for _, _, acc, _ in held) / len(held)
    mean_base = sum(base for _, _, _, base in held) / len(held)
    lines.append(f"| **mean over the {len(held)} held-out sets** | {sum(n for _, n, _, _ in held)} | **{mean:.3f}** "
                 f"| {mean_base:.3f} |")
    lines.append(f"| worst held-out set | | {min(acc for _, _, acc, _ in held):.3f} "
                 f"| {min(base for _, _, _, base in held):.3f} |")
    lines += ["", "| held-out set | demands | model | keyword vote |", "|---|---|---|---|"]
    for name, n, acc, base in held:
        how = "never trained on" if any(e.set_name == name for e in evaluation) else "left out"
        lines.append(f"| {name} ({how}) | {n} | {acc:.3f} | {base:.3f} |")
    lines += ["", f"| gold | predicted | errors (grouped folds, shuffle {SEEDS[0]}) |", "|---|---|---|"]
    lines += [f"| {g} | {p} | {n} |" for g, p, n in confusion(examples, grouped["model"])]
    lines += ["", f"| code | demands | recall (grouped folds, shuffle {SEEDS[0]}) |", "|---|---|---|"]
    for code, n in Counter(e.topic for e in examples).most_common():
        acc, _ = accuracy(examples, grouped["model"], lambda e, c=code: e.topic == c)
        lines.append(f"| {code} | {n} | {acc:.2f} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m flows.topic_cv", description=__doc__.splitlines()[0])
    parser.add_argument("--markdown", type=Path, help="also write the tables to this file")
    args = parser.parse_args(argv)
    text = report(load(), evaluation=load(EVALUATION))
    print(text, end="")
    if args.markdown:
        args.markdown.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
