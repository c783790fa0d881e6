#!/usr/bin/env python3
"""Validate the u30b evaluation set and score a package built from its gold.

Usage: python3 tools/check.py [--score-py PATH]

Checks, for every raw/*.txt and gold/*.json pair:
- files are UTF-8, NFC, LF only, end with exactly one newline;
- the gold JSON parses, has the keys of ../shared/gold, `doc` equals the stem;
- meeting_type, topic codes, statement kinds and in_quote values are valid;
- every statement text, demand text and meeting date text is an exact
  substring of the raw text;
- every speaker and participant name occurs in the raw text;
- date fields are integers or null and agree with a simple parse of the
  date text (day and month names);
- the word count (whitespace tokens) is 700-1200.
Then it builds a data package (CSV tables + datapackage.json) from the gold
in a temporary directory and scores it with score.py against the gold; all
scores must be 1.0.
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MEETING_TYPES = {"konsultasjonsmote", "lansering", "foredrag", "annet"}
TOPICS = {"allmennlege", "psykisk_helse_rus", "personell", "samhandling", "e_helse", "covid19",
          "omsorg", "bpa", "okonomi", "forskning_innovasjon", "flyktninger", "styring"}
MONTHS = {"januar": 1, "februar": 2, "mars": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7,
          "august": 8, "september": 9, "oktober": 10, "november": 11, "desember": 12}
WORDS = (700, 1200)

errors: list[str] = []


def err(doc: str, msg: str) -> None:
    errors.append(f"{doc}: {msg}")


def check_file_bytes(path: Path) -> str | None:
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err(path.name, f"not UTF-8 ({e})")
        return None
    if data.startswith(b"\xef\xbb\xbf"):
        err(path.name, "has a BOM")
    if b"\r" in data:
        err(path.name, "has CR characters (not LF only)")
    if unicodedata.normalize("NFC", text) != text:
        err(path.name, "not NFC")
    if not text.endswith("\n") or text.endswith("\n\n"):
        err(path.name, "must end with exactly one newline")
    return text


def parse_date(text: str):
    """Return (year, month, day) the date text implies, by a simple parse."""
    t = text.lower()
    m = re.search(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b", t)
    if m:
        return int(m.group(3)), int(m.group(2)), int(m.group(1))
    day = month = year = None
    m = re.search(r"\b(\d{1,2})\.\s+(" + "|".join(MONTHS) + r")\b(?:\s+(\d{4}))?", t)
    if m:
        day, month = int(m.group(1)), MONTHS[m.group(2)]
        year = int(m.group(3)) if m.group(3) else None
    else:
        m = re.search(r"\b(" + "|".join(MONTHS) + r")\b", t)
        if m:
            month = MONTHS[m.group(1)]
    return year, month, day


def check_pair(raw_path: Path, gold_path: Path) -> dict | None:
    doc = raw_path.stem
    raw = check_file_bytes(raw_path)
    gtext = check_file_bytes(gold_path)
    if raw is None or gtext is None:
        return None
    try:
        gold = json.loads(gtext)
    except json.JSONDecodeError as e:
        err(doc, f"gold JSON invalid: {e}")
        return None
    if set(gold) != {"doc", "meeting", "statements", "demands"}:
        err(doc, f"gold keys {sorted(gold)}")
    if gold.get("doc") != doc:
        err(doc, f"doc field {gold.get('doc')!r} != stem")
    n_words = len(raw.split())
    if not WORDS[0] <= n_words <= WORDS[1]:
        err(doc, f"word count {n_words} outside {WORDS}")

    meeting = gold.get("meeting")
    if meeting is not None:
        if set(meeting) != {"meeting_type", "date", "counterpart", "participants", "topics"}:
            err(doc, f"meeting keys {sorted(meeting)}")
        if meeting.get("meeting_type") not in MEETING_TYPES:
            err(doc, f"bad meeting_type {meeting.get('meeting_type')!r}")
        date = meeting.get("date") or {}
        if set(date) != {"text", "year", "month", "day"}:
            err(doc, f"date keys {sorted(date)}")
        for k in ("year", "month", "day"):
            if date.get(k) is not None and not isinstance(date.get(k), int):
                err(doc, f"date {k} not int/null")
        if date.get("text") is not None:
            if date["text"] not in raw:
                err(doc, f"date text not in raw: {date['text']!r}")
            implied = parse_date(date["text"])
            got = (date.get("year"), date.get("month"), date.get("day"))
            if implied != got:
                err(doc, f"date fields {got} but text implies {implied}")
        elif any(date.get(k) is not None for k in ("year", "month", "day")):
            err(doc, "date fields set without date text")
        for t in meeting.get("topics", []):
            if t not in TOPICS:
                err(doc, f"bad meeting topic {t!r}")
        if len(set(meeting.get("topics", []))) != len(meeting.get("topics", [])):
            err(doc, "duplicate meeting topics")
        names = [p.get("name") for p in meeting.get("participants", [])]
        if len(set(names)) != len(names):
            err(doc, "duplicate participant")
        for p in meeting.get("participants", []):
            if set(p) != {"name", "role", "organisation"}:
                err(doc, f"participant keys {sorted(p)}")
            if not p.get("name") or p["name"] not in raw:
                err(doc, f"participant name not in raw: {p.get('name')!r}")
            if p.get("role") is not None and p["role"] != p["role"].lower():
                err(doc, f"role not lower case: {p['role']!r}")
    for s in gold.get("statements", []):
        if set(s) != {"kind", "speaker", "text"}:
            err(doc, f"statement keys {sorted(s)}")
        if s.get("kind") not in ("direct", "indirect"):
            err(doc, f"bad statement kind {s.get('kind')!r}")
        if not s.get("speaker") or s["speaker"] not in raw:
            err(doc, f"speaker not in raw: {s.get('speaker')!r}")
        if not s.get("text") or s["text"] not in raw:
            err(doc, f"statement text not in raw: {str(s.get('text'))[:70]!r}")
    for d in gold.get("demands", []):
        if set(d) != {"claimant", "addressee", "text", "topic", "in_quote"}:
            err(doc, f"demand keys {sorted(d)}")
        if d.get("topic") not in TOPICS:
            err(doc, f"bad demand topic {d.get('topic')!r}")
        if not isinstance(d.get("in_quote"), bool):
            err(doc, "in_quote not bool")
        if not d.get("claimant"):
            err(doc, "empty claimant")
        if not d.get("text") or d["text"] not in raw:
            err(doc, f"demand text not in raw: {str(d.get('text'))[:70]!r}")
        if d.get("in_quote") and not any(d["text"] in s["text"] for s in gold.get("statements", [])
                                         if s.get("kind") == "direct"):
            err(doc, f"in_quote demand not inside a direct statement: {d['text'][:60]!r}")
        if d.get("in_quote") is False and any(d["text"] in s["text"] for s in gold.get("statements", [])
                                              if s.get("kind") == "direct"):
            err(doc, f"demand inside a direct statement but in_quote false: {d['text'][:60]!r}")
    gold["_words"] = n_words
    return gold


def build_package(golds: list[dict], out: Path) -> Path:
    tables = {
        "documents": ["doc_id", "source_file"],
        "meetings": ["meeting_id", "doc_id", "meeting_type", "date_text", "date_year", "date_month",
                     "date_day", "counterpart"],
        "participants": ["meeting_id", "doc_id", "name", "role", "organisation"],
        "statements": ["doc_id", "kind", "speaker_name", "text"],
        "demands": ["doc_id", "claimant", "addressee", "text", "topic", "in_quote"],
    }
    rows: dict[str, list[list]] = {k: [] for k in tables}
    for g in golds:
        doc = g["doc"]
        rows["documents"].append([doc, f"{doc}.txt"])
        m = g.get("meeting")
        if m:
            mid = f"{doc}#m1"
            d = m["date"]
            rows["meetings"].append([mid, doc, m["meeting_type"], d["text"] or "",
                                     "" if d["year"] is None else d["year"],
                                     "" if d["month"] is None else d["month"],
                                     "" if d["day"] is None else d["day"], m["counterpart"] or ""])
            for p in m["participants"]:
                rows["participants"].append([mid, doc, p["name"], p["role"] or "", p["organisation"] or ""])
        for s in g["statements"]:
            rows["statements"].append([doc, s["kind"], s["speaker"], s["text"]])
        for d in g["demands"]:
            rows["demands"].append([doc, d["claimant"], d["addressee"] or "", d["text"], d["topic"],
                                    str(d["in_quote"]).lower()])
    resources = []
    for name, cols in tables.items():
        path = out / f"{name}.csv"
        with path.open("w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(cols)
            w.writerows(rows[name])
        resources.append({"name": name, "path": f"{name}.csv", "format": "csv",
                          "schema": {"fields": [{"name": c, "type": "string"} for c in cols]}})
    pkg = out / "datapackage.json"
    pkg.write_text(json.dumps({"name": "u30b-gold", "resources": resources}, indent=2), encoding="utf-8")
    return pkg


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--score-py", default="/work/shared/tools/score.py")
    args = ap.parse_args()
    raws = sorted((ROOT / "raw").glob("*.txt"))
    golds_p = sorted((ROOT / "gold").glob("*.json"))
    if {p.stem for p in raws} != {p.stem for p in golds_p}:
        errors.append(f"raw/gold stems differ: {sorted({p.stem for p in raws} ^ {p.stem for p in golds_p})}")
    golds = []
    for raw in raws:
        if not re.fullmatch(r"u30b_\d\d_[a-z0-9_]+", raw.stem):
            err(raw.stem, "file stem does not follow u30b_NN_<stem>")
        gp = ROOT / "gold" / f"{raw.stem}.json"
        if gp.exists():
            g = check_pair(raw, gp)
            if g:
                golds.append(g)
    for extra in ("README.md", "NOTES.md"):
        if (ROOT / extra).exists():
            check_file_bytes(ROOT / extra)
        else:
            errors.append(f"missing {extra}")

    tot = {"docs": len(golds), "nn": sum(g["doc"].endswith("_nn") for g in golds),
           "direct": 0, "indirect": 0, "demands": 0, "meetings": 0, "participants": 0, "no_meeting": 0,
           "words": 0}
    for g in golds:
        tot["direct"] += sum(s["kind"] == "direct" for s in g["statements"])
        tot["indirect"] += sum(s["kind"] == "indirect" for s in g["statements"])
        tot["demands"] += len(g["demands"])
        tot["words"] += g["_words"]
        if g["meeting"]:
            tot["meetings"] += 1
            tot["participants"] += len(g["meeting"]["participants"])
        else:
            tot["no_meeting"] += 1
        m = g["meeting"]
        print(f"{g['doc']:<50} words={g['_words']:>5} direct={sum(s['kind']=='direct' for s in g['statements']):>3}"
              f" indirect={sum(s['kind']=='indirect' for s in g['statements']):>3} demands={len(g['demands']):>3}"
              f" participants={len(m['participants']) if m else 0:>2}"
              f" meeting={(m['meeting_type'] + ' / ' + str(m['counterpart']) + ' / ' + str(m['date']['text'])) if m else None}")
    print("totals:", json.dumps(tot))

    with tempfile.TemporaryDirectory() as tmp:
        pkg = build_package(golds, Path(tmp))
        proc = subprocess.run([sys.executable, args.score_py, str(pkg), str(ROOT / "gold"),
                               "--json", str(Path(tmp) / "score.json")], capture_output=True, text=True)
        print(proc.stdout.strip())
        if proc.returncode != 0:
            errors.append(f"score.py failed: {proc.stderr.strip()[-500:]}")
        else:
            res = json.loads((Path(tmp) / "score.json").read_text(encoding="utf-8"))
            for k in ("direct", "direct_attr", "indirect", "indirect_attr", "all_attr", "demands",
                      "demands_full", "participants"):
                if res[k]["f1"] != 1.0:
                    errors.append(f"score {k} f1={res[k]['f1']}")
            for k, v in res["accuracy"].items():
                if v is not None and v != 1.0:
                    errors.append(f"score accuracy {k}={v}")
            if res["meetings_acc"] != 1.0:
                errors.append(f"meetings_acc={res['meetings_acc']}")
            if res["missing_tables"]:
                errors.append(f"missing tables {res['missing_tables']}")

    if errors:
        print(f"\nFAILED ({len(errors)} problems):")
        for e in errors:
            print(" -", e)
        return 1
    print("\nOK: all checks passed, all scores 1.0")
    return 0


if __name__ == "__main__":
    sys.exit(main())
