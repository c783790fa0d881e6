#!/usr/bin/env python3
"""Validate the u35b evaluation set and score a package built from its own gold.

Usage: python3 tools/check.py   (from anywhere)
Exit code 0 only when every check passes and score.py gives 1.0 everywhere.
"""
import csv
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

BASE = Path(__file__).resolve().parent.parent
RAW, GOLD = BASE / "raw", BASE / "gold"
SCORE = Path("/work/shared/tools/score.py")
PREFIX = "u35b"
MEETING_TYPES = {"konsultasjonsmote", "lansering", "foredrag", "annet"}
TOPICS = {"allmennlege", "psykisk_helse_rus", "personell", "samhandling", "e_helse", "covid19",
          "omsorg", "bpa", "okonomi", "forskning_innovasjon", "flyktninger", "styring"}
MIN_WORDS, MAX_WORDS = 700, 1200

errors: list[str] = []


def err(doc, msg):
    errors.append(f"{doc}: {msg}")


def check_raw(path: Path) -> str:
    data = path.read_bytes()
    doc = path.stem
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err(doc, f"not UTF-8: {e}")
        return ""
    if b"\r" in data:
        err(doc, "CR found (must be LF only)")
    if unicodedata.normalize("NFC", text) != text:
        err(doc, "not NFC")
    if not text.endswith("\n") or text.endswith("\n\n"):
        err(doc, "must end with exactly one final newline")
    if text.startswith("\ufeff"):
        err(doc, "BOM found")
    n = len(text.split())
    if not MIN_WORDS <= n <= MAX_WORDS:
        err(doc, f"word count {n} outside {MIN_WORDS}-{MAX_WORDS}")
    if not re.fullmatch(rf"{PREFIX}_\d\d_[a-z0-9_]+", doc):
        err(doc, "bad file stem")
    return text


def check_gold(doc: str, text: str, gold: dict):
    if gold.get("doc") != doc:
        err(doc, f"doc field {gold.get('doc')!r} != stem")
    if set(gold) != {"doc", "meeting", "statements", "demands"}:
        err(doc, f"unexpected keys {sorted(gold)}")
    m = gold.get("meeting")
    if m is not None:
        if set(m) != {"meeting_type", "date", "counterpart", "participants", "topics"}:
            err(doc, f"meeting keys {sorted(m)}")
        if m.get("meeting_type") not in MEETING_TYPES:
            err(doc, f"bad meeting_type {m.get('meeting_type')}")
        d = m.get("date") or {}
        if set(d) != {"text", "year", "month", "day"}:
            err(doc, "date keys")
        if d.get("text") is not None and d["text"] not in text:
            err(doc, f"date text not in raw: {d['text']!r}")
        if d.get("text") is None and any(d.get(k) is not None for k in ("year", "month", "day")):
            err(doc, "date values without date text")
        for k, lo, hi in (("year", 1900, 2100), ("month", 1, 12), ("day", 1, 31)):
            v = d.get(k)
            if v is not None and (not isinstance(v, int) or not lo <= v <= hi):
                err(doc, f"bad date {k}={v!r}")
        for t in m.get("topics", []):
            if t not in TOPICS:
                err(doc, f"bad meeting topic {t}")
        if len(set(m.get("topics", []))) != len(m.get("topics", [])):
            err(doc, "duplicate meeting topics")
        names = [p.get("name") for p in m.get("participants", [])]
        if len(set(names)) != len(names):
            err(doc, "duplicate participant")
        for p in m.get("participants", []):
            if set(p) != {"name", "role", "organisation"}:
                err(doc, f"participant keys {sorted(p)}")
            if not p.get("name") or p["name"] not in text:
                err(doc, f"participant name not in raw: {p.get('name')!r}")
            if p.get("role") is not None and p["role"] != p["role"].lower():
                err(doc, f"role not lower case: {p['role']!r}")
    seen = set()
    directs = []
    for s in gold.get("statements", []):
        if set(s) != {"kind", "speaker", "text"}:
            err(doc, f"statement keys {sorted(s)}")
        if s.get("kind") not in ("direct", "indirect"):
            err(doc, f"bad kind {s.get('kind')}")
        if not s.get("text") or s["text"] not in text:
            err(doc, f"statement text not in raw: {s.get('text')!r}")
        if s.get("text") != (s.get("text") or "").strip():
            err(doc, f"statement text has outer whitespace: {s.get('text')!r}")
        if not s.get("speaker") or s["speaker"] not in text:
            err(doc, f"speaker not in raw: {s.get('speaker')!r}")
        key = (s.get("kind"), s.get("text"))
        if key in seen:
            err(doc, f"duplicate statement {s.get('text')!r}")
        seen.add(key)
        if s.get("kind") == "direct":
            directs.append(s["text"])
    seen = set()
    for dm in gold.get("demands", []):
        if set(dm) != {"claimant", "addressee", "text", "topic", "in_quote"}:
            err(doc, f"demand keys {sorted(dm)}")
        if not dm.get("text") or dm["text"] not in text:
            err(doc, f"demand text not in raw: {dm.get('text')!r}")
        if dm.get("topic") not in TOPICS:
            err(doc, f"bad demand topic {dm.get('topic')}")
        if not isinstance(dm.get("in_quote"), bool):
            err(doc, "in_quote not bool")
        if not dm.get("claimant"):
            err(doc, "demand without claimant")
        inside = any(dm.get("text", "") in d for d in directs)
        if dm.get("in_quote") and not inside:
            err(doc, f"in_quote true but text in no direct statement: {dm.get('text')!r}")
        if dm.get("text") in seen:
            err(doc, f"duplicate demand {dm.get('text')!r}")
        seen.add(dm.get("text"))


def build_package(golds: dict, out: Path) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    tables = {
        "documents": (["doc_id", "source_file", "language"], []),
        "meetings": (["meeting_id", "doc_id", "meeting_type", "date_text", "date_year", "date_month",
                      "date_day", "counterpart", "topics"], []),
        "participants": (["meeting_id", "doc_id", "name", "role", "organisation"], []),
        "statements": (["doc_id", "kind", "speaker_name", "text"], []),
        "demands": (["doc_id", "claimant", "addressee", "text", "topic", "in_quote"], []),
    }
    blank = lambda v: "" if v is None else v
    for doc, g in sorted(golds.items()):
        tables["documents"][1].append([doc, f"{doc}.txt", "nn" if doc.endswith("_nn") else "nb"])
        m = g.get("meeting")
        if m:
            mid = f"{doc}#m1"
            d = m["date"]
            tables["meetings"][1].append([mid, doc, m["meeting_type"], blank(d["text"]), blank(d["year"]),
                                          blank(d["month"]), blank(d["day"]), blank(m["counterpart"]),
                                          ";".join(m["topics"])])
            for p in m["participants"]:
                tables["participants"][1].append([mid, doc, p["name"], blank(p["role"]), blank(p["organisation"])])
        for s in g["statements"]:
            tables["statements"][1].append([doc, s["kind"], s["speaker"], s["text"]])
        for dm in g["demands"]:
            tables["demands"][1].append([doc, dm["claimant"], blank(dm["addressee"]), dm["text"], dm["topic"],
                                         str(dm["in_quote"]).lower()])
    resources = []
    for name, (cols, rows) in tables.items():
        path = out / f"{name}.csv"
        with path.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(cols)
            w.writerows(rows)
        resources.append({"name": name, "path": f"{name}.csv", "format": "csv",
                          "schema": {"fields": [{"name": c, "type": "string"} for c in cols]}})
    pkg = out / "datapackage.json"
    pkg.write_text(json.dumps({"name": "u35b-gold-selfcheck", "resources": resources}, indent=2) + "\n",
                   encoding="utf-8")
    return pkg


def main() -> int:
    raws = {p.stem: p for p in sorted(RAW.glob("*.txt"))}
    gold_files = {p.stem: p for p in sorted(GOLD.glob("*.json"))}
    for stem in sorted(set(raws) ^ set(gold_files)):
        err(stem, "raw and gold files do not pair up")
    golds = {}
    for stem in sorted(set(raws) & set(gold_files)):
        text = check_raw(raws[stem])
        gb = gold_files[stem].read_bytes()
        if b"\r" in gb or not gb.endswith(b"\n"):
            err(stem, "gold file line endings")
        try:
            gold = json.loads(gb.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as e:
            err(stem, f"gold JSON invalid: {e}")
            continue
        check_gold(stem, text, gold)
        golds[stem] = gold
    pkg = build_package(golds, BASE / "tools" / "_package")
    res = subprocess.run([sys.executable, str(SCORE), str(pkg), str(GOLD)], capture_output=True, text=True)
    print(res.stdout.strip())
    if res.returncode != 0:
        err("score", res.stderr.strip())
    last = res.stdout.strip().splitlines()[-1] if res.stdout.strip() else ""
    values = re.findall(r"(\w+)=([0-9.]+)", last)
    if not values or any(float(v) != 1.0 for _, v in values):
        err("score", f"not 1.0 everywhere: {last}")
    n_nn = sum(1 for s in golds if s.endswith("_nn"))
    print(f"texts: {len(golds)} ({n_nn} nynorsk)")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
