"""Annotated demands with the context the pipeline sees: training material for the topic model.

Each gold file (the guidelines' format) names its raw text by its stem. The raw text is read and
normalised exactly as a run does (`flows.ingest.read_document`), segmented (`flows.segment`), and
every gold demand is found in the normalised text: verbatim when it is (case and spacing folded, as
`topics.locate` does in a run), otherwise in the sentence, or run of up to three sentences, whose
words overlap it best (gold texts may join the parts of a quotation or drop a dash). The demand
then gets its sentence and the heading of its section (`topics.context`, as in a run) and the
whole document: the fields `topics.classify` takes.

Every annotated set the repository holds is training material (`SOURCES`): the seeds, the dev
texts, the held-out sets, the realistic sets and the `unseen` sets once they are spent (scored
untouched and reported: `SPENT`). A set that is still untouched (a new `unseen*` folder, one not in
`SPENT`) is never read: `check_sources` refuses it, so it keeps giving an honest figure. Once a set
is training material its own scores are no estimate any more: `flows.topic_cv` reports each set
with the model trained on all the others (leave one source out).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from flows.evaluate import token_f1
from flows.extract import topics
from flows.ingest import read_document
from flows.model import Block, Document
from flows.segment import segment

ROOT = Path(__file__).resolve().parent.parent
# The `unseen` sets that were scored untouched and reported, and are development material since
# (eval/README.md): training material like the rest. A newer `unseen*` folder is refused.
SPENT = ("unseen1", "unseen2", "unseen3", "unseen4", "unseen5", "unseen6", "unseen7", "unseen8", "unseen9",
         "unseen10", "unseen11", "unseen12", "unseen13", "unseen14", "unseen15",
         "unseen16", "unseen17", "unseen18", "unseen19", "unseen20", "unseen21",
         "unseen22", "unseen23", "unseen24", "unseen25", "unseen26", "unseen27", "unseen28", "unseen29",
         "unseen30", "unseen31", "unseen32", "unseen33", "unseen34", "unseen35", "unseen36", "unseen37", "unseen38",
         "unseen39", "unseen40", "unseen41", "unseen42", "unseen43", "unseen44",
         "unseen45", "unseen46", "unseen47", "unseen48", "unseen49", "unseen50", "unseen51", "unseen52",
         "unseen53", "unseen54", "unseen55", "unseen56", "unseen57", "unseen58", "unseen59", "unseen60",
         "unseen61")
# (set name, gold folder, raw folder), relative to the repository root: every annotated set, each
# written by other people or in another round (the folds of `flows.topic_cv`).
SOURCES: tuple[tuple[str, str, str], ...] = (
    ("seeds", "tests/golden", "raw"),
    ("dev", "eval/dev/gold", "eval/dev/raw"),
    *((f"heldout{n}", f"eval/heldout{n}/gold", f"eval/heldout{n}/raw") for n in range(1, 6)),
    *((f"realistic-{x}", f"eval/realistic-{x}/gold", f"eval/realistic-{x}/raw") for x in "cde"),
    *((f"{name}{half}", f"eval/{name}/{half}/gold", f"eval/{name}/{half}/raw") for name in SPENT for half in "ab"),
    ("demset1", "eval/demset1/r/gold", "eval/demset1/r/raw"),  # real-news-like, developed on in stop 45
    ("demset2", "eval/demset2/r/gold", "eval/demset2/r/raw"),  # real-news-like, developed on in stop 46
    ("demset3", "eval/demset3/q/gold", "eval/demset3/q/raw"),  # real-news-like, developed on in stop 47
    ("demset4", "eval/demset4/r/gold", "eval/demset4/r/raw"),  # real-news-like, developed on in stop 48
    ("demset5", "eval/demset5/s/gold", "eval/demset5/s/raw"),  # real-news-like, developed on in stop 49
    ("demset6", "eval/demset6/t/gold", "eval/demset6/t/raw"),  # real-news-like, developed on in stop 50
    ("demset7", "eval/demset7/u/gold", "eval/demset7/u/raw"),  # real-news-like, developed on in stop 52
    ("demset8", "eval/demset8/v/gold", "eval/demset8/v/raw"),  # real-news-like, developed on in stop 53
    ("demset9", "eval/demset9/w/gold", "eval/demset9/w/raw"),  # real-news-like, developed on in stop 54
    ("demset10", "eval/demset10/w/gold", "eval/demset10/w/raw"),  # real-news-like, developed on in stop 55
    ("demset11", "eval/demset11/w/gold", "eval/demset11/w/raw"),  # real-news-like, developed on in stop 56
    ("demset12", "eval/demset12/w/gold", "eval/demset12/w/raw"),  # real-news-like, developed on in stop 57
    ("demset13", "eval/demset13/w/gold", "eval/demset13/w/raw"),  # real-news-like, developed on in stop 58
    ("demset14", "eval/demset14/w/gold", "eval/demset14/w/raw"),  # real-news-like, developed on in stop 59
    ("demset15", "eval/demset15/w/gold", "eval/demset15/w/raw"),  # real-news-like, developed on in stop 60
    ("demset16", "eval/demset16/w/gold", "eval/demset16/w/raw"),  # real-news-like, developed on in stop 61
    ("demset17", "eval/demset17/w/gold", "eval/demset17/w/raw"),  # real-news-like, developed on in stop 62
    ("demset18", "eval/demset18/w/gold", "eval/demset18/w/raw"),  # real-news-like, developed on in stop 63
    ("demset19", "eval/demset19/w/gold", "eval/demset19/w/raw"),  # real-news-like, developed on in stop 64
    ("demset20", "eval/demset20/w/gold", "eval/demset20/w/raw"),  # real-news-like, developed on in stop 65
    ("demset21", "eval/demset21/w/gold", "eval/demset21/w/raw"),  # real-news-like, developed on in stop 66
    ("demset22", "eval/demset22/w/gold", "eval/demset22/w/raw"),  # real-news-like, developed on in stop 67
    ("demset23", "eval/demset23/w/gold", "eval/demset23/w/raw"),  # real-news-like, developed on in stop 68
    ("demset24", "eval/demset24/w/gold", "eval/demset24/w/raw"),  # real-news-like, developed on in stop 69
    ("demset25", "eval/demset25/w/gold", "eval/demset25/w/raw"),  # real-news-like, developed on in stop 70
    ("demset26", "eval/demset26/w/gold", "eval/demset26/w/raw"),  # real-news-like, developed on in stop 71
    ("demset27", "eval/demset27/w/gold", "eval/demset27/w/raw"),  # real-news-like, developed on in stop 72
    ("longdev1", "eval/longdev1/a/gold", "eval/longdev1/a/raw"),  # long texts written for stop 59's round
)
UNSEEN = re.compile(r"(?:^|/)(unseen\w*)", re.IGNORECASE)
MIN_OVERLAP = 0.5  # the guidelines' matching threshold (token F1)


@dataclass(frozen=True)
class Example:
    """One annotated demand and its context in the normalised document."""

    set_name: str
    doc: str  # the gold file's stem: documents are the unit of grouped cross-validation
    language: str
    action: str
    sentence: str
    paragraph: str  # the block holding the demand (`topics.paragraph`: where its codebook hits are read)
    heading: str
    document: str
    topic: str
    located: str  # "exact", "fuzzy" or "none" (context then is the document only)


def check_sources(sources: tuple[tuple[str, str, str], ...]) -> None:
    """Refuse the sets still kept for honest scoring: any `unseen*` folder not in SPENT."""
    for name, gold, raw in sources:
        for path in (gold, raw):
            for match in UNSEEN.finditer(path):
                if match.group(1) not in SPENT:
                    raise ValueError(f"topic training must not read {path!r}: {match.group(1)} is an unseen set kept "
                                     "for honest scoring; add it to flows/topic_corpus.SPENT only once it has been "
                                     "scored and reported")


def locate(action: str, document: Document, blocks: tuple[Block, ...]) -> tuple[int, int, str]:
    """(start, end, how) of a gold demand in the normalised text; (-1, -1, "none") when not found."""
    start, end = topics.locate(action.strip().strip(".«»"), document.text)
    if start >= 0:
        return start, end, "exact"
    sentences = [s for b in blocks if b.kind != "heading" for s in b.sentences]
    best = (0.0, -1, -1)
    for i in range(len(sentences)):
        for j in range(i, min(i + 3, len(sentences))):
            a, b = sentences[i].start, sentences[j].end
            score = token_f1(document.text[a:b], action)
            if score > best[0]:
                best = (score, a, b)
    if best[0] >= MIN_OVERLAP:
        return best[1], best[2], "fuzzy"
    return -1, -1, "none"


paragraph = topics.paragraph  # the block holding a demand, as a run finds it


def load_set(name: str, gold_dir: Path, raw_dir: Path) -> list[Example]:
    """Every annotated demand of one set, in file order."""
    out: list[Example] = []
    for gold_file in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        stem = gold.get("doc", gold_file.stem)
        raw = next((p for p in sorted(raw_dir.glob(f"{stem}.*")) if p.suffix in (".txt", ".md")), None)
        if raw is None:
            raise FileNotFoundError(f"{gold_file}: no raw text {stem}.txt or .md in {raw_dir}")
        document = read_document(raw)
        blocks = segment(document.text)
        for demand in gold.get("demands", []):
            start, end, how = locate(demand["text"], document, blocks)
            sentence, heading = topics.context(document.text, blocks, start, end) if start >= 0 else ("", "")
            out.append(Example(set_name=name, doc=stem, language=document.language, action=demand["text"],
                               sentence=sentence, paragraph=paragraph(blocks, start), heading=heading,
                               document=document.text,
                               topic=demand["topic"], located=how))
    return out


def load(sources: tuple[tuple[str, str, str], ...] = SOURCES, root: Path = ROOT) -> list[Example]:
    """The whole training material, in a fixed order."""
    check_sources(sources)
    out: list[Example] = []
    for name, gold, raw in sources:
        out += load_set(name, root / gold, root / raw)
    return out
