"""Evaluate the language layer on the held-out test split, bokmål and nynorsk apart.

    python training/evaluate.py [--model flows/nlp/model] [--corpus training/corpus] [--out training/RESULTS.md]

Scores the pipeline as `flows.nlp.load_nlp()` builds it (tokenizer fixes and
entity ruler included) on `CORPUS/test-{nob,nno}.spacy` (training/convert.py):
the text of every gold document is analysed from scratch, and the analysis is
aligned to the gold tokens.

- POS, morph (all features equal), lemma, UAS, LAS: share of gold tokens whose
  aligned token has the gold value; a gold token the tokenizer split or merged
  differently counts as wrong. Whitespace tokens are not counted; punctuation
  is (as spaCy's scorer does for NDT's labels).
- Entities: exact character spans and type; precision, recall, F1 overall and per
  NorNE type, plus "GPE" (either sub-type counts as right) and the trained NER
  alone (no entity ruler).
- Sentences: F1 of sentence starts.
- Speed: words (non-space tokens) per CPU-second (`time.process_time`) over all
  test texts, for the full pipeline and for tokenizer + tok2vec + morphologizer
  + parser only; load time (wall and CPU) of the full pipeline; size on disk.
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.training import Example

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from flows.nlp.language import build_nlp  # noqa: E402

LANGS = {"nob": "bokmål", "nno": "nynorsk"}
TYPES = ("PER", "ORG", "GPE_LOC", "GPE_ORG", "LOC", "PROD", "EVT", "DRV", "MISC")
TAGGER_PARSER = frozenset({"ner", "entity_ruler", "trainable_lemmatizer"})


@dataclass
class Counts:
    tokens: int = 0
    right: Counter = field(default_factory=Counter)
    ents: dict[str, Counter] = field(default_factory=dict)  # kind -> Counter(tp/fp/fn per type)
    sents: Counter = field(default_factory=Counter)

    def acc(self, key: str) -> float:
        return 100 * self.right[key] / self.tokens if self.tokens else 0.0


def _prf(c: Counter, label: str) -> tuple[float, float, float, int]:
    tp, fp, fn = c[(label, "tp")], c[(label, "fp")], c[(label, "fn")]
    p = 100 * tp / (tp + fp) if tp + fp else 0.0
    r = 100 * tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f, tp + fn


def _count_ents(c: Counter, gold: set[tuple[int, int, str]], pred: set[tuple[int, int, str]],
                merge_gpe: bool = False) -> None:
    def norm(spans):
        return {(s, e, "GPE" if merge_gpe and lab.startswith("GPE") else lab) for s, e, lab in spans}
    gold, pred = norm(gold), norm(pred)
    for s, e, lab in pred:
        c[(lab, "tp" if (s, e, lab) in gold else "fp")] += 1
        c[("ALL", "tp" if (s, e, lab) in gold else "fp")] += 1
    for s, e, lab in gold - pred:
        c[(lab, "fn")] += 1
        c[("ALL", "fn")] += 1


def _spans(doc: Doc) -> set[tuple[int, int, str]]:
    return {(e.start_char, e.end_char, e.label_) for e in doc.ents}


def score(nlp: Language, raw_ner: Language, gold_docs: list[Doc]) -> Counts:
    c = Counts(ents={"pipeline": Counter(), "gpe": Counter(), "ner": Counter()})
    preds = list(nlp.pipe(d.text for d in gold_docs))
    raws = list(raw_ner.pipe(d.text for d in gold_docs))
    for gold, pred, raw in zip(gold_docs, preds, raws):
        align = Example(pred, gold).alignment
        g2p = {}
        for g in range(len(gold)):
            ps = [int(i) for i in align.y2x[g]]
            if len(ps) == 1 and len(align.x2y[ps[0]]) == 1:
                g2p[g] = ps[0]
        for g in gold:
            if g.is_space:
                continue
            c.tokens += 1
            p = pred[g2p[g.i]] if g.i in g2p else None
            if p is None:
                continue
            c.right["pos"] += p.pos_ == g.pos_
            c.right["morph"] += str(p.morph) == str(g.morph)
            c.right["lemma"] += p.lemma_ == g.lemma_
            head_ok = g2p.get(g.head.i) == p.head.i
            c.right["uas"] += head_ok
            c.right["las"] += head_ok and p.dep_ == g.dep_
        gold_starts = {s[0].idx for s in gold.sents if not s[0].is_space}
        pred_starts = {s[0].idx for s in pred.sents if not s[0].is_space}
        c.sents["tp"] += len(gold_starts & pred_starts)
        c.sents["fp"] += len(pred_starts - gold_starts)
        c.sents["fn"] += len(gold_starts - pred_starts)
        _count_ents(c.ents["pipeline"], _spans(gold), _spans(pred))
        _count_ents(c.ents["gpe"], _spans(gold), _spans(pred), merge_gpe=True)
        _count_ents(c.ents["ner"], _spans(gold), _spans(raw))
    return c


def speed(nlp: Language, texts: list[str]) -> float:
    words = 0
    start = time.process_time()
    for doc in nlp.pipe(texts):
        words += sum(not t.is_space for t in doc)
    return words / (time.process_time() - start)


def size_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


def report(model: Path, corpus: Path) -> str:
    t0, c0 = time.perf_counter(), time.process_time()
    nlp = build_nlp(model)
    load_wall, load_cpu = time.perf_counter() - t0, time.process_time() - c0
    raw_ner = build_nlp(model, frozenset({"entity_ruler", "trainable_lemmatizer"}))
    tagger_parser = build_nlp(model, TAGGER_PARSER)
    gold: dict[str, list[Doc]] = {}
    for lang in LANGS:
        path = corpus / f"test-{lang}.spacy"
        if not path.exists():
            raise SystemExit(f"{path} missing: run `python training/convert.py` first")
        gold[lang] = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    counts = {lang: score(nlp, raw_ner, docs) for lang, docs in gold.items()}
    texts = [d.text for docs in gold.values() for d in docs]
    wps_full, wps_tp = speed(nlp, texts), speed(tagger_parser, texts)

    lines = ["# Language layer: results on the held-out test split", "",
             f"Model `{model.as_posix()}` ({nlp.meta.get('name')} {nlp.meta.get('version')}, spaCy "
             f"{nlp.meta.get('spacy_version')}), scored by `training/evaluate.py` (method in its docstring) "
             "on the test documents of `training/split.tsv`.", "",
             "| | " + " | ".join(f"{LANGS[lang]} ({lang})" for lang in LANGS) + " |",
             "|---|" + "---|" * len(LANGS)]
    rows = [("tokens scored", lambda c: f"{c.tokens}"),
            ("POS accuracy", lambda c: f"{c.acc('pos'):.1f}"),
            ("morph accuracy (all features)", lambda c: f"{c.acc('morph'):.1f}"),
            ("lemma accuracy", lambda c: f"{c.acc('lemma'):.1f}"),
            ("UAS", lambda c: f"{c.acc('uas'):.1f}"),
            ("LAS", lambda c: f"{c.acc('las'):.1f}"),
            ("sentence starts F1", lambda c: "{:.1f}".format(_prf(Counter({("s", k): v for k, v in c.sents.items()}), "s")[2])),
            ("NER F1, pipeline (with entity ruler)", lambda c: f"{_prf(c.ents['pipeline'], 'ALL')[2]:.1f}"),
            ("NER P / R, pipeline", lambda c: "{:.1f} / {:.1f}".format(*_prf(c.ents['pipeline'], 'ALL')[:2])),
            ("NER F1, trained NER alone", lambda c: f"{_prf(c.ents['ner'], 'ALL')[2]:.1f}")]
    for name, fn in rows:
        lines.append(f"| {name} | " + " | ".join(fn(counts[lang]) for lang in LANGS) + " |")
    lines += ["", "Entities per type (pipeline; P / R / F1, gold count):", "",
              "| type | " + " | ".join(f"{lang}" for lang in LANGS) + " | both |", "|---|" + "---|" * (len(LANGS) + 1)]
    both = Counter()
    both_gpe = Counter()
    for lang in LANGS:
        both.update(counts[lang].ents["pipeline"])
        both_gpe.update(counts[lang].ents["gpe"])
    for label in (*TYPES, "GPE", "ALL"):
        cells = []
        for c in [*(counts[lang].ents["gpe" if label == "GPE" else "pipeline"] for lang in LANGS),
                  both_gpe if label == "GPE" else both]:
            p, r, f, n = _prf(c, label)
            cells.append(f"{p:.0f} / {r:.0f} / **{f:.1f}** ({n})" if n else "–")
        name = "GPE (either sub-type)" if label == "GPE" else "all types" if label == "ALL" else label
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    lines += ["", "| speed and size | |", "|---|---|",
              f"| full pipeline (`load_nlp()`) | {wps_full:,.0f} words per CPU-second |",
              f"| tokenizer + tok2vec + morphologizer + parser | {wps_tp:,.0f} words per CPU-second |",
              f"| load time, full pipeline | {load_wall:.2f} s wall, {load_cpu:.2f} s CPU |",
              f"| size on disk | {size_mb(model):.1f} MB |", ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--model", type=Path, default=ROOT / "flows" / "nlp" / "model")
    p.add_argument("--corpus", type=Path, default=ROOT / "training" / "corpus")
    p.add_argument("--out", type=Path, default=None, help="write the Markdown report here (default: print it)")
    args = p.parse_args(argv)
    text = report(args.model, args.corpus)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
