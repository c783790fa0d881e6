#!/usr/bin/env python3
"""Validate the u30a evaluation set and score its gold against itself.

Usage: python3 tools/check.py [--keep DIR]

Checks every raw/gold pair (JSON, doc = stem, codes, exact substrings, names
present in the raw text, UTF-8/LF/NFC/final newline, 700-1200 words, a crude
bokmål/nynorsk check), then builds a data package (CSV tables +
datapackage.json) from the gold files and scores it with
/work/shared/tools/score.py. Exits non-zero on any failure or any score < 1.0.
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

BASE = Path(__file__).resolve().parent.parent
SCORE = Path("/work/shared/tools/score.py")
PREFIX = "u30a"
MEETING_TYPES = {"konsultasjonsmote", "lansering", "foredrag", "annet"}
TOPICS = {"allmennlege", "psykisk_helse_rus", "personell", "samhandling", "e_helse", "covid19",
          "omsorg", "bpa", "okonomi", "forskning_innovasjon", "flyktninger", "styring"}
WORDS = (700, 1200)

errors: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)


def check_file_bytes(path: Path) -> str | None:
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        err(f"{path.name}: not UTF-8")
        return None
    if data.startswith(b"\xef\xbb\xbf"):
        err(f"{path.name}: has BOM")
    if "\r" in text:
        err(f"{path.name}: CR characters (not LF)")
    if unicodedata.normalize("NFC", text) != text:
        err(f"{path.name}: not NFC")
    if not text.endswith("\n") or text.endswith("\n\n"):
        err(f"{path.name}: must end with exactly one newline")
    return text


def check_doc(gold_path: Path, raw_dir: Path) -> dict | None:
    stem = gold_path.stem
    gtext = check_file_bytes(gold_path)
    if gtext is None:
        return None
    try:
        gold = json.loads(gtext)
    except json.JSONDecodeError as e:
        err(f"{stem}: invalid JSON: {e}")
        return None
    if not re.fullmatch(PREFIX + r"_\d\d_[a-z0-9_]+", stem):
        err(f"{stem}: file stem does not follow {PREFIX}_NN_<stem>")
    if set(gold) != {"doc", "meeting", "statements", "demands"}:
        err(f"{stem}: top-level keys {sorted(gold)}")
    if gold.get("doc") != stem:
        err(f"{stem}: doc field {gold.get('doc')!r} != stem")
    raw_path = raw_dir / f"{stem}.txt"
    if not raw_path.exists():
        err(f"{stem}: raw file missing")
        return None
    raw = check_file_bytes(raw_path)
    if raw is None:
        return None
    n_words = len(raw.split())
    if not WORDS[0] <= n_words <= WORDS[1]:
        err(f"{stem}: {n_words} words, outside {WORDS}")
    # crude language check
    nn_marks = len(re.findall(r"\b(ikkje|eg|dei|ho|vere|seier|òg|kva)\b", raw))
    nb_marks = len(re.findall(r"\b(ikke|jeg|hun|være|sier|hva|hvordan|ble)\b", raw))
    if stem.endswith("_nn"):
        if not nn_marks > 3 * max(nb_marks, 1):
            err(f"{stem}: does not look like nynorsk (nn={nn_marks}, nb={nb_marks})")
    elif not nb_marks > 3 * max(nn_marks, 1):
        err(f"{stem}: does not look like bokmål (nn={nn_marks}, nb={nb_marks})")

    m = gold.get("meeting")
    if m is not None:
        if set(m) != {"meeting_type", "date", "counterpart", "participants", "topics"}:
            err(f"{stem}: meeting keys {sorted(m)}")
        if m.get("meeting_type") not in MEETING_TYPES:
            err(f"{stem}: bad meeting_type {m.get('meeting_type')!r}")
        date = m.get("date") or {}
        if set(date) != {"text", "year", "month", "day"}:
            err(f"{stem}: date keys {sorted(date)}")
        if date.get("text") is not None and date["text"] not in raw:
            err(f"{stem}: date text {date['text']!r} not in raw")
        for k, lo, hi in (("year", 1900, 2100), ("month", 1, 12), ("day", 1, 31)):
            v = date.get(k)
            if v is not None and (not isinstance(v, int) or not lo <= v <= hi):
                err(f"{stem}: date {k}={v!r}")
        if date.get("text") is None and any(date.get(k) is not None for k in ("year", "month", "day")):
            err(f"{stem}: date values without date text")
        if date.get("year") is not None and str(date["year"]) not in (date.get("text") or ""):
            err(f"{stem}: year not stated in the date text")
        cp = m.get("counterpart")
        if cp is not None and cp != "regjeringen" and cp not in raw:
            err(f"{stem}: counterpart {cp!r} not in raw")
        for t in m.get("topics", []):
            if t not in TOPICS:
                err(f"{stem}: bad meeting topic {t!r}")
        if len(set(m.get("topics", []))) != len(m.get("topics", [])):
            err(f"{stem}: duplicate meeting topics")
        names = []
        for p in m.get("participants", []):
            if set(p) != {"name", "role", "organisation"}:
                err(f"{stem}: participant keys {sorted(p)}")
            if p.get("name") not in raw:
                err(f"{stem}: participant {p.get('name')!r} not in raw")
            if p.get("role") is not None and p["role"] != p["role"].lower():
                err(f"{stem}: role not lower case: {p['role']!r}")
            names.append(p.get("name"))
        if len(set(names)) != len(names):
            err(f"{stem}: duplicate participants")
    for s in gold.get("statements", []):
        if set(s) != {"kind", "speaker", "text"}:
            err(f"{stem}: statement keys {sorted(s)}")
        if s.get("kind") not in ("direct", "indirect"):
            err(f"{stem}: bad statement kind {s.get('kind')!r}")
        if not s.get("speaker") or s["speaker"] not in raw:
            err(f"{stem}: speaker {s.get('speaker')!r} not in raw")
        if not s.get("text") or s["text"] not in raw:
            err(f"{stem}: statement text not in raw: {s.get('text')!r}")
        elif s["text"] != s["text"].strip():
            err(f"{stem}: statement text has outer whitespace: {s['text']!r}")
    for d in gold.get("demands", []):
        if set(d) != {"claimant", "addressee", "text", "topic", "in_quote"}:
            err(f"{stem}: demand keys {sorted(d)}")
        if not d.get("text") or d["text"] not in raw:
            err(f"{stem}: demand text not in raw: {d.get('text')!r}")
        if d.get("topic") not in TOPICS:
            err(f"{stem}: bad demand topic {d.get('topic')!r}")
        if not isinstance(d.get("in_quote"), bool):
            err(f"{stem}: in_quote not bool")
        if not d.get("claimant"):
            err(f"{stem}: empty claimant")
        elif d["claimant"] not in raw and d["claimant"] != "kommunene":
            err(f"{stem}: claimant {d['claimant']!r} not in raw")
        if d["in_quote"] and not any(d["text"] in s["text"] for s in gold.get("statements", [])
                                     if s["kind"] == "direct"):
            err(f"{stem}: in_quote demand not inside a direct statement: {d['text']!r}")
    return gold


def build_package(golds: list[dict], out: Path) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    tables = {
        "documents": (["doc_id", "source_file"], []),
        "meetings": (["meeting_id", "doc_id", "meeting_type", "date_text", "date_year", "date_month",
                      "date_day", "counterpart"], []),
        "participants": (["meeting_id", "doc_id", "name", "role", "organisation"], []),
        "statements": (["doc_id", "kind", "speaker_name", "text"], []),
        "demands": (["doc_id", "claimant", "addressee", "text", "topic", "in_quote"], []),
    }
    blank = lambda v: "" if v is None else v
    for g in golds:
        doc = g["doc"]
        tables["documents"][1].append([doc, f"{doc}.txt"])
        m = g.get("meeting")
        if m:
            mid = f"{doc}#m1"
            dt = m["date"]
            tables["meetings"][1].append([mid, doc, m["meeting_type"], blank(dt["text"]), blank(dt["year"]),
                                          blank(dt["month"]), blank(dt["day"]), blank(m["counterpart"])])
            for p in m["participants"]:
                tables["participants"][1].append([mid, doc, p["name"], blank(p["role"]), blank(p["organisation"])])
        for s in g["statements"]:
            tables["statements"][1].append([doc, s["kind"], s["speaker"], s["text"]])
        for d in g["demands"]:
            tables["demands"][1].append([doc, d["claimant"], blank(d["addressee"]), d["text"], d["topic"],
                                         str(d["in_quote"]).lower()])
    resources = []
    for name, (cols, rows) in tables.items():
        path = out / f"{name}.csv"
        with path.open("w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(cols)
            w.writerows(rows)
        resources.append({"name": name, "path": f"{name}.csv", "format": "csv", "mediatype": "text/csv",
                          "schema": {"fields": [{"name": c, "type": "string"} for c in cols]}})
    pkg = {"name": f"{PREFIX}-gold-as-package", "title": "u30a gold rendered as a data package",
           "resources": resources}
    (out / "datapackage.json").write_text(json.dumps(pkg, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return out / "datapackage.json"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--keep", type=Path, help="write the package here instead of a temp dir")
    args = ap.parse_args()
    gold_dir, raw_dir = BASE / "gold", BASE / "raw"
    gold_files = sorted(gold_dir.glob("*.json"))
    raw_stems = {p.stem for p in raw_dir.glob("*.txt")}
    if raw_stems != {p.stem for p in gold_files}:
        err(f"raw/gold stems differ: {sorted(raw_stems ^ {p.stem for p in gold_files})}")
    golds = [g for g in (check_doc(p, raw_dir) for p in gold_files) if g is not None]
    for p in list(BASE.glob("*.md")) + [Path(__file__)]:
        check_file_bytes(p)

    with tempfile.TemporaryDirectory() as tmp:
        out = args.keep or Path(tmp) / "package"
        pkg = build_package(golds, out)
        res_json = Path(tmp) / "score.json"
        proc = subprocess.run([sys.executable, str(SCORE), str(pkg), str(gold_dir), "--json", str(res_json)],
                              capture_output=True, text=True)
        print(proc.stdout, end="")
        if proc.returncode != 0:
            err(f"score.py failed: {proc.stderr}")
        else:
            res = json.loads(res_json.read_text(encoding="utf-8"))
            for k in ("direct", "direct_attr", "indirect", "indirect_attr", "all_attr", "demands",
                      "demands_full", "participants"):
                if res[k]["f1"] != 1.0:
                    err(f"score: {k} f1={res[k]['f1']}")
            for k, v in res["accuracy"].items():
                if v is not None and v != 1.0:
                    err(f"score: accuracy {k}={v}")
            if res["meetings_acc"] != 1.0:
                err(f"score: meetings_acc={res['meetings_acc']}")
            if res["missing_tables"]:
                err(f"score: missing tables {res['missing_tables']}")

    n_st = sum(len(g["statements"]) for g in golds)
    n_dm = sum(len(g["demands"]) for g in golds)
    print(f"checked {len(golds)} documents, {n_st} statements, {n_dm} demands")
    if errors:
        print(f"{len(errors)} ERROR(S):")
        for e in errors:
            print("  -", e)
        return 1
    print("OK: all checks passed, all scores 1.0")
    return 0


if __name__ == "__main__":
    sys.exit(main())
