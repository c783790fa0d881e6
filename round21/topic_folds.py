"""Leave-one-source-out folds of the topic model, saved once so the layers over the model can be swept offline.

`python round21/topic_folds.py OUTDIR [SET ...]` trains, for each source (newest first), the model on all the
other sources and writes OUTDIR/SET.json: for every held-out demand its gold code, the codebook's decisions
(money head, body asked to act), the model's raw scores, whether it is silent, and the context rows of its section
(each sentence's code probabilities and the demand's sentence index), so the context prior's weight, window and
local share and the money decision can be varied without retraining (`round21/topic_sweep.py`).
One-off tool of round 21 (stop 31); it reuses `flows.topic_cv`'s folds and `flows.extract.topics`' layers.
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from flows.extract import topic_context, topics
from flows.extract import topic_model as tm
from flows.topic_corpus import Example, load
from flows.topic_train import train


def rows_for(model: tm.TopicModel, e: Example) -> dict[str, object] | None:
    """The context rows the prior of a silent demand would read (None when it reads none)."""
    if not (e.document and topic_context.silent(e.action, e.language)):
        return None
    start = topics.locate(e.sentence, e.document)[0] if e.sentence else -1
    if start < 0:
        start = topics.locate(e.action, e.document)[0]
    if start < 0:
        return None
    rows = topic_context._section_rows(model, e.document, topics._blocks(e.document), start, e.language)
    at = next((i for i, (a, b, _) in enumerate(rows) if a <= start < b), None)
    return {"at": at, "probs": [list(p) if p is not None else None for _, _, p in rows]}


def main(argv: list[str]) -> int:
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    examples = load()
    names = list(dict.fromkeys(e.set_name for e in examples))
    wanted = argv[1:] or sorted(names, key=lambda n: (-int(n[6:-1]) if n.startswith("unseen") else 0, n))
    for name in wanted:
        path = out / f"{name}.json"
        if path.exists():
            continue
        t0 = time.time()
        model = tm.from_dict(train([e for e in examples if e.set_name != name]))
        rows = []
        for e in (e for e in examples if e.set_name == name):
            x = tm.features(e.action, e.sentence, e.heading, e.document, e.language, model.known, e.paragraph)
            rows.append({"doc": e.doc, "gold": e.topic, "action": e.action,
                         "money": topics.money_head(e.action, e.language),
                         "acted": topics.acted_on(e.action, e.language),
                         "evidence": model.evidence(x), "fallback": model.fallback,
                         "scores": model.scores(x), "silent": topic_context.silent(e.action, e.language),
                         "context": rows_for(model, e)})
        path.write_text(json.dumps({"set": name, "codes": list(model.codes), "rows": rows}, ensure_ascii=False),
                        encoding="utf-8")
        print(f"{name}: {len(rows)} demands, {time.time() - t0:.0f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
