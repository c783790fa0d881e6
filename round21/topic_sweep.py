"""Sweep the layers over the topic model on saved leave-one-source-out folds (`round21/topic_folds.py`).

`python round21/topic_sweep.py FOLDDIR` prints, per variant (context prior weight, window, local share; the money
decision on or off), the mean over the sources, the worst source, all demands, and the eight newest halves
(unseen16-19 a/b) together, as right / total. The baseline variant reproduces `flows.topic_cv`'s layers exactly.
One-off tool of round 21 (stop 31).
"""
from __future__ import annotations

import json
import math
import sys
from pathlib import Path
from typing import Any

NEWEST = tuple(f"unseen{n}{h}" for n in (16, 17, 18, 19) for h in "ab")


def prior(context: dict[str, Any] | None, window: int, share: float) -> list[float] | None:
    if not context:
        return None
    probs = context["probs"]
    known = [p for p in probs if p is not None]
    if not known:
        return None
    mean = [sum(col) / len(known) for col in zip(*known)]
    at = context["at"]
    if window and share and at is not None:
        near = [p for p in probs[max(0, at - window):at + window + 1] if p is not None]
        if near:
            local = [sum(col) / len(near) for col in zip(*near)]
            mean = [(1.0 - share) * g + share * n for g, n in zip(mean, local)]
    return mean


def predict(row: dict[str, Any], codes: list[str], v: dict[str, Any]) -> str:
    if v["money"] and row["money"]:
        return row["money"]
    if row["acted"]:
        return row["acted"]
    if not row["evidence"]:
        return row["fallback"]
    scores = list(row["scores"])
    if row["silent"] and v["weight"]:
        p = prior(row["context"], v["window"], v["share"])
        if p is not None:
            scores = [s + v["weight"] * math.log(q + v["floor"]) for s, q in zip(scores, p)]
    if row["silent"] and v.get("styring"):  # an offset for `styring` on demands that name no code
        scores[codes.index("styring")] += v["styring"]
    return codes[max(range(len(scores)), key=lambda i: (scores[i], -i))]


def evaluate(folds: dict[str, dict[str, Any]], v: dict[str, Any]) -> dict[str, Any]:
    per, moved = {}, {"newest": [0, 0], "older": [0, 0]}  # demands gained / lost against BASE
    for name, fold in folds.items():
        right = 0
        for r in fold["rows"]:
            ok, was = predict(r, fold["codes"], v) == r["gold"], predict(r, fold["codes"], BASE) == r["gold"]
            right += ok
            if ok != was:
                moved["newest" if name in NEWEST else "older"][0 if ok else 1] += 1
        per[name] = (right, len(fold["rows"]))
    accs = {n: r / t for n, (r, t) in per.items()}
    new = [per[n] for n in NEWEST if n in per]
    return {"mean": sum(accs.values()) / len(accs), "worst": min(accs.items(), key=lambda kv: kv[1]),
            "all": (sum(r for r, _ in per.values()), sum(t for _, t in per.values())),
            "newest": (sum(r for r, _ in new), sum(t for _, t in new)), "per": per, "moved": moved}


BASE = {"weight": 1.0, "floor": 0.001, "window": 1, "share": 0.3, "money": True}


def main(argv: list[str]) -> int:
    folds = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(Path(argv[0]).glob("*.json"))}
    variants = [("base", BASE), ("share 0.5", {**BASE, "share": 0.5}), ("money off", {**BASE, "money": False}),
                ("share 0.5 + money off", {**BASE, "share": 0.5, "money": False}), ("no prior", {**BASE, "weight": 0.0})]
    variants += [(f"share {s}", {**BASE, "share": s}) for s in (0.0, 0.2, 0.4, 0.6, 0.7, 1.0)]
    variants += [(f"window 2 share {s}", {**BASE, "window": 2, "share": s}) for s in (0.3, 0.5)]
    variants += [(f"weight {w} share 0.5", {**BASE, "weight": w, "share": 0.5}) for w in (0.7, 1.5, 2.0)]
    variants += [(f"styring +{b} on silent demands", {**BASE, "styring": b}) for b in (0.5, 1.0, 1.5)]
    print(f"{len(folds)} folds: {', '.join(folds)}")
    print("| variant | mean | worst | all | newest halves | newest +/- | older +/- |\n|---|---|---|---|---|---|---|")
    for label, v in variants:
        r = evaluate(folds, v)
        print(f"| {label} | {r['mean']:.4f} | {r['worst'][0]} {r['worst'][1]:.3f} | {r['all'][0]}/{r['all'][1]} "
              f"{r['all'][0] / r['all'][1]:.4f} | {r['newest'][0]}/{r['newest'][1]} {r['newest'][0] / r['newest'][1]:.3f} "
              f"| +{r['moved']['newest'][0]} -{r['moved']['newest'][1]} | +{r['moved']['older'][0]} -{r['moved']['older'][1]} |")
    if len(argv) > 1:
        base, other = evaluate(folds, BASE)["per"], evaluate(folds, dict(json.loads(argv[1]), **{}))["per"]
        for n in folds:
            print(n, base[n], other[n])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
