"""A/B extraction speed of two language-layer models under the same load (round 21, speed21).

    PYTHONPATH=. .venv/bin/python round21/speed21_ab.py MODEL_DIR [--copies N]

Runs `flows.extract.extract` with the model in MODEL_DIR (in place of flows/nlp/model) over the
benchmark corpus of benchmarks/bench.py and prints one JSON line: CPU seconds of extraction with the
language layer, of the spaCy components alone over the sentences extraction parsed (per component),
and the model's multiply-adds per parsed token (a deterministic work count, from the layer sizes).
Run it alternately for each model (A B A B ...) so that both see the same load on a shared machine.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def use_model(model_dir: Path) -> None:
    """Point the project's loader at `model_dir` before anything loads the pipeline."""
    import flows.nlp
    import flows.nlp.language

    flows.nlp.MODEL_DIR = model_dir
    flows.nlp.language.MODEL_DIR = model_dir


def multiply_adds(nlp: Any) -> dict[str, int]:
    """Multiply-adds per token of tok2vec's encoder and the parser's hidden layers (from the sizes)."""
    cfg = nlp.config["components"]
    enc = cfg["tok2vec"]["model"]["encode"]
    width, depth, pieces, window = enc["width"], enc["depth"], enc["maxout_pieces"], enc["window_size"]
    tok2vec = depth * (width * (2 * window + 1)) * width * pieces
    parser = nlp.get_pipe("parser").model
    lower = parser.get_ref("lower")
    upper = parser.get_ref("upper")
    nf, nh, npieces, ni = (lower.get_dim(d) for d in ("nF", "nO", "nP", "nI"))
    n_actions = upper.get_dim("nO")
    # per token: precompute nF*nI -> nH*nP once; per transition (about 2 per token): sum nF vectors of
    # nH*nP, maxout, upper layer nH -> actions.
    per_token = nf * ni * nh * npieces + 2 * (nf * nh * npieces + nh * n_actions)
    return {"tok2vec_madds_per_token": tok2vec, "parser_madds_per_token": per_token,
            "parser_lower": f"nF={nf} nI={ni} nH={nh} nP={npieces}", "parser_actions": n_actions}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("model", type=Path)
    p.add_argument("--copies", type=int, default=40)
    args = p.parse_args()
    use_model(args.model.resolve())
    from bench import make_corpus
    from flows.extract import extract
    from flows.extract.context import analyse
    from flows.extract.parse import PIPELINE_LEAVE_OUT
    from flows.ingest import ingest
    from flows.nlp import load_nlp

    import flows.extract.parse as parse_module

    nlp = load_nlp(disable=PIPELINE_LEAVE_OUT)
    parse_work = {"sentences": 0, "cpu_s": 0.0}
    parse_lines = parse_module._parse_lines

    def counted(sentences: Any) -> Any:
        t = time.process_time()
        out = parse_lines(sentences)
        parse_work["sentences"] += len(sentences)
        parse_work["cpu_s"] += time.process_time() - t
        return out

    parse_module._parse_lines = counted
    with tempfile.TemporaryDirectory() as tmp:
        make_corpus(Path(tmp), args.copies)
        documents = ingest(Path(tmp))[0]
    extract(documents[0])
    t0 = time.process_time()
    for document in documents:
        extract(document)
    extract_s = time.process_time() - t0
    parse_module._parse_lines = parse_lines
    contexts = [analyse(d) for d in documents[:50]]
    texts = [s.text for c in contexts for s, parse in zip(c.sentences, c.parses) if parse is not None]
    docs = [nlp.make_doc(t) for t in texts]
    component_s: dict[str, float] = {}
    for name, proc in nlp.pipeline:
        t0 = time.process_time()
        docs = list(proc.pipe(docs)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
        component_s[name] = round(time.process_time() - t0, 3)
    out = {"model": str(args.model), "documents": len(documents), "extract_cpu_s": round(extract_s, 2),
           "docs_per_cpu_s": round(len(documents) / extract_s, 2),
           "extract_parse_cpu_s": round(parse_work["cpu_s"], 2), "extract_parsed_sentences": parse_work["sentences"], "parsed_sentences": len(texts),
           "parsed_tokens": sum(len(d) for d in docs), "component_cpu_s": component_s, **multiply_adds(nlp)}
    print(json.dumps(out))


if __name__ == "__main__":
    main()
