"""Convert the NDT + NorNE treebank to spaCy training files, split by document.

    python training/convert.py [--ndt ../shared/corpora/ndt] [--out training/corpus]

Writes `OUT/{train,dev,test}.spacy` (bokmål and nynorsk together) and
`OUT/{dev,test}-{nob,nno}.spacy` (one written standard each), and records the
split in `training/split.tsv` (language, document, split, sentences, tokens).
The corpus texts may not be republished: the `.spacy` files stay out of git.

- Split: per language, documents (file stem without `_000N`) in the order of
  the SHA-256 of "lang/document"; the first documents go to `test` until it
  holds 10 % of the language's tokens, the next to `dev` (10 %), the rest to
  `train`. Deterministic; every part of a document lands in the same split.
- Text: tokens joined by single spaces except before closing and after opening
  punctuation, as the project's normalised texts are written (`flows/normalise.py`):
  spaced dashes are "–", straight double quotes «». NDT's headline marker "|"
  becomes a paragraph break "\\n\\n"; a quarter of the other sentence ends,
  chosen by hash, become one too, so that the models see whitespace tokens
  where the project's texts have them (POS SPACE, dependency `dep` to the
  preceding token, as spaCy's whitespace augmenter does).
- Annotation: UD part of speech and UD-like features (`training/ndt.py`), the
  NDT lemma, NDT dependency labels (the root's label becomes ROOT), NorNE
  entities with their nine types, NDT's own part of speech as `tag_` (used by
  the dash augmenter only).
"""
from __future__ import annotations

import argparse
import hashlib
import re
import sys
from collections import defaultdict
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ndt  # noqa: E402

ROOT = Path(__file__).resolve().parent
LANGS = ("nob", "nno")
SHARES = (("test", 0.10), ("dev", 0.10))
SENTENCES_PER_DOC = 10
NO_SPACE_BEFORE = frozenset({",", ".", ":", ";", "?", "!", ")", "]", "»", "...", "”"})
NO_SPACE_AFTER = frozenset({"(", "[", "«", "“"})
PARAGRAPH = "\n\n"
PART = re.compile(r"^(?P<doc>.+)_\d{4}$")


def _hash(text: str) -> int:
    return int(hashlib.sha256(text.encode("utf-8")).hexdigest()[:12], 16)


def document_of(path: Path) -> str:
    m = PART.match(path.stem)
    return m.group("doc") if m else path.stem


def split_documents(lang: str, sizes: dict[str, int]) -> dict[str, str]:
    """document -> train/dev/test, filling test then dev by token share in hash order."""
    total = sum(sizes.values())
    order = sorted(sizes, key=lambda d: (_hash(f"{lang}/{d}"), d))
    out: dict[str, str] = {}
    quotas = list(SHARES)
    filled = 0
    for doc in order:
        if quotas and filled < quotas[0][1] * total:
            out[doc] = quotas[0][0]
            filled += sizes[doc]
            if filled >= quotas[0][1] * total:
                quotas.pop(0)
                filled = 0
        else:
            out[doc] = "train"
    return out


def _words(sentence: ndt.Sentence, paragraph_after: bool) -> list[dict]:
    """Token records of one sentence: headline marker and paragraph breaks as whitespace tokens."""
    rows: list[dict] = []
    quote_open = False
    for i, tok in enumerate(sentence):
        if tok.form == "|" and tok.pos == "clb":
            continue  # the headline marker, re-added below as a paragraph break
        form = tok.form
        if tok.pos == "<strek>" and form in {"-", "--"}:
            form = "–"
        if tok.pos == "<anf>" and form == '"':
            form = "»" if quote_open else "«"
            quote_open = not quote_open
        pos = ndt.upos(sentence, i)
        rows.append({"i": i, "form": form, "lemma": ndt.lemma(tok) if form == tok.form else form,
                     "pos": pos, "morph": ndt.morph(sentence, i, pos), "tag": tok.pos,
                     "head": tok.head, "dep": "ROOT" if tok.head < 0 else tok.deprel, "ent": tok.ent})
    headline = any(t.form == "|" and t.pos == "clb" for t in sentence)
    index = {r["i"]: n for n, r in enumerate(rows)}
    for r in rows:
        r["head"] = index[r["head"]] if r["head"] >= 0 else index[r["i"]]
    if (headline or paragraph_after) and rows:
        rows.append({"i": -1, "form": PARAGRAPH, "lemma": PARAGRAPH, "pos": "SPACE", "morph": "",
                     "tag": "_SP", "head": len(rows) - 1, "dep": "dep", "ent": "O"})
    return rows


def _doc(vocab, sentences: list[list[dict]]) -> Doc:
    words, spaces, rows, offset = [], [], [], 0
    for sent in sentences:
        for r in sent:
            rows.append({**r, "head": r["head"] + offset})
        offset += len(sent)
    for n, r in enumerate(rows):
        nxt = rows[n + 1]["form"] if n + 1 < len(rows) else None
        words.append(r["form"])
        spaces.append(nxt is not None and r["form"] != PARAGRAPH and nxt != PARAGRAPH
                      and nxt not in NO_SPACE_BEFORE and r["form"] not in NO_SPACE_AFTER)
    ents, previous = [], "O"
    for r in rows:
        ent = r["ent"]
        if ent.startswith("I-") and previous[2:] != ent[2:]:
            ent = "B-" + ent[2:]  # an I- without its B- starts an entity
        ents.append(ent)
        previous = ent
    return Doc(vocab, words=words, spaces=spaces, lemmas=[r["lemma"] for r in rows],
               pos=[r["pos"] for r in rows], morphs=[r["morph"] for r in rows], tags=[r["tag"] for r in rows],
               heads=[r["head"] for r in rows], deps=[r["dep"] for r in rows], ents=ents)


def file_docs(vocab, path: Path, lang: str) -> list[Doc]:
    """The Docs of one NDT file: consecutive runs of SENTENCES_PER_DOC sentences."""
    sentences = ndt.read_conll(path)
    docs = []
    for start in range(0, len(sentences), SENTENCES_PER_DOC):
        chunk = sentences[start:start + SENTENCES_PER_DOC]
        rows = []
        for k, sent in enumerate(chunk):
            last = k == len(chunk) - 1
            paragraph = not last and _hash(f"{lang}/{path.stem}/{start + k}") % 4 == 0
            sent_rows = _words(sent, paragraph)
            if last and sent_rows and sent_rows[-1]["form"] == PARAGRAPH:
                sent_rows.pop()
            rows.append(sent_rows)
        docs.append(_doc(vocab, [r for r in rows if r]))
    return docs


def convert(ndt_dir: Path, out: Path, split_file: Path) -> dict[str, int]:
    nlp = spacy.blank("nb")
    bins: dict[str, DocBin] = defaultdict(lambda: DocBin(store_user_data=False))
    lines = ["lang\tdocument\tsplit\tsentences\ttokens"]
    counts: dict[str, int] = defaultdict(int)
    for lang in LANGS:
        files = sorted((ndt_dir / lang).glob("*.conll"))
        if not files:
            raise SystemExit(f"no .conll files in {ndt_dir / lang}: pass --ndt with the treebank's directory")
        sizes: dict[str, int] = defaultdict(int)
        nsent: dict[str, int] = defaultdict(int)
        for f in files:
            sents = ndt.read_conll(f)
            sizes[document_of(f)] += sum(len(s) for s in sents)
            nsent[document_of(f)] += len(sents)
        split = split_documents(lang, sizes)
        for doc_name in sorted(split):
            lines.append(f"{lang}\t{doc_name}\t{split[doc_name]}\t{nsent[doc_name]}\t{sizes[doc_name]}")
        for f in files:
            part = split[document_of(f)]
            for doc in file_docs(nlp.vocab, f, lang):
                keys = [part] if part == "train" else [part, f"{part}-{lang}"]
                for key in keys:
                    bins[key].add(doc)
                counts[f"{part}-{lang}"] += len(doc)
    out.mkdir(parents=True, exist_ok=True)
    for key, db in sorted(bins.items()):
        db.to_disk(out / f"{key}.spacy")
    split_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return dict(counts)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--ndt", type=Path, default=ROOT.parent / ".." / "shared" / "corpora" / "ndt",
                   help="the treebank directory (with nob/ and nno/); default ../shared/corpora/ndt")
    p.add_argument("--out", type=Path, default=ROOT / "corpus")
    p.add_argument("--split-file", type=Path, default=ROOT / "split.tsv")
    args = p.parse_args(argv)
    counts = convert(args.ndt, args.out, args.split_file)
    for key in sorted(counts):
        print(f"{key}\t{counts[key]} tokens")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
