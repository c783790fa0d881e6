"""A deterministic corpus of N distinct, real-looking documents for the scale benchmark.

Paragraphs are taken at run time from the seed texts (`raw/`) and the held-out
texts (`eval/heldout*/raw/`) and recombined: each document gets a heading and
10-18 paragraphs drawn by a generator seeded with its number, and within it every
person's name, every date and every ministry is replaced consistently by one
drawn from the lists below, so documents differ in names, dates, counterparts
and length. One document in three gets a sidecar naming regjeringen.no (an open
licence, so its full text is published); the others are published as excerpts.
Nothing here is copied from the texts: they are read from disk.
"""
from __future__ import annotations

import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIRST = ["Kari", "Ola", "Ingrid", "Per", "Sigrid", "Lars", "Marit", "Knut", "Astrid", "Eirik", "Hilde", "Trond",
         "Solveig", "Bjørn", "Liv", "Geir", "Åse", "Øystein", "Ragnhild", "Halvor", "Tone", "Sindre", "Gunn",
         "Vegard", "Randi", "Jørgen", "Berit", "Håkon", "Turid", "Arne"]
LAST = ["Nordmann", "Haugen", "Bakken", "Lie", "Dahl", "Strand", "Solberg", "Moen", "Eide", "Aasen", "Lunde",
        "Fjeld", "Berge", "Myhre", "Sæther", "Røed", "Vik", "Holm", "Brekke", "Tangen", "Øvrebø", "Kvåle",
        "Ødegård", "Hovland", "Sandvik", "Rønning", "Ås", "Engen", "Nilsen", "Torp"]
MINISTRIES = ["Kunnskapsdepartementet", "Helse- og omsorgsdepartementet", "Kommunal- og distriktsdepartementet",
              "Finansdepartementet", "Justis- og beredskapsdepartementet", "Klima- og miljødepartementet",
              "Barne- og familiedepartementet", "Arbeids- og inkluderingsdepartementet", "Samferdselsdepartementet",
              "Kultur- og likestillingsdepartementet", "Digitaliseringsdepartementet", "Landbruks- og matdepartementet"]
MONTHS = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
          "november", "desember"]
NAME = re.compile(r"(?<![.!?:–-]\s)(?<!^)\b([A-ZÆØÅ][a-zæøåé]+(?: [A-ZÆØÅ][a-zæøåé]+){1,2})\b", re.M)
DATE = re.compile(r"\b(\d{1,2})\. (" + "|".join(MONTHS) + r")( \d{4})?\b")
MINISTRY = re.compile(r"\b(?:[A-ZÆØÅ][a-zæøå]+- og )?[A-ZÆØÅ][a-zæøå]+departementet\b")
NOT_NAMES = {"Helse Nord", "Helse Vest", "Helse Sør", "Helse Midt"}


def source_texts(root: Path = ROOT) -> list[Path]:
    return sorted((root / "raw").glob("*.txt")) + sorted(root.glob("eval/heldout*/raw/*.txt"))


def paragraph_pool(root: Path = ROOT) -> tuple[list[str], list[str]]:
    """(headings, paragraphs): first lines of the texts, and every paragraph of 60 characters or more."""
    headings, paragraphs = [], []
    for path in source_texts(root):
        blocks = [b.strip() for b in path.read_text(encoding="utf-8").split("\n\n") if b.strip()]
        if blocks and len(blocks[0]) < 140:
            headings.append(blocks[0].lstrip("# "))
        paragraphs += [b for b in blocks[1:] if len(b) >= 60]
    if not paragraphs:
        raise SystemExit(f"no source texts under {root}/raw or {root}/eval/heldout*/raw")
    return headings, paragraphs


def _person(rng: random.Random) -> str:
    first = rng.choice(FIRST)
    return f"{first} {rng.choice(FIRST)} {rng.choice(LAST)}" if rng.random() < 0.2 else f"{first} {rng.choice(LAST)}"


def vary(text: str, rng: random.Random) -> str:
    """`text` with its names, dates and ministries replaced, each consistently within the text."""
    names: dict[str, str] = {}
    for found in NAME.findall(text):
        if found not in names and found not in NOT_NAMES:
            names[found] = _person(rng)
    for old, new in sorted(names.items(), key=lambda kv: -len(kv[0])):
        text = text.replace(old, new)
        old_last, new_last = old.split()[-1], new.split()[-1]
        text = re.sub(rf"\b{re.escape(old_last)}\b", new_last, text)
    ministries: dict[str, str] = {}
    text = MINISTRY.sub(lambda m: ministries.setdefault(m.group(0), rng.choice(MINISTRIES)), text)
    year = rng.randint(2005, 2026)
    return DATE.sub(lambda m: f"{rng.randint(1, 28)}. {rng.choice(MONTHS)}" + (f" {year}" if m.group(3) else ""),
                    text)


def document(i: int, headings: list[str], paragraphs: list[str]) -> tuple[str, dict[str, str] | None]:
    """The text of document number `i` and its sidecar (None for most)."""
    rng = random.Random(i)
    body = rng.sample(paragraphs, k=min(len(paragraphs), rng.randint(10, 18)))
    text = vary("\n\n".join([rng.choice(headings)] + body), rng) + f"\n\n(Sak {i}.)\n"
    sidecar = None
    if i % 3 == 0:
        sidecar = {"url": f"https://www.regjeringen.no/no/aktuelt/sak-{i}/id{100000 + i}/",
                   "publisher": rng.choice(MINISTRIES), "published": f"{rng.randint(2005, 2026)}-"
                   f"{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"}
    return text, sidecar


def write_corpus(target: Path, n: int, start: int = 0, root: Path = ROOT) -> list[Path]:
    """Write documents start..start+n-1 into `target` (doc_000000.txt, ...); returns their paths."""
    headings, paragraphs = paragraph_pool(root)
    target.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + n):
        text, sidecar = document(i, headings, paragraphs)
        path = target / f"doc_{i:06d}.txt"
        path.write_text(text, encoding="utf-8")
        if sidecar:
            path.with_name(path.stem + ".meta.json").write_text(json.dumps(sidecar, ensure_ascii=False) + "\n",
                                                                encoding="utf-8")
        paths.append(path)
    return paths
