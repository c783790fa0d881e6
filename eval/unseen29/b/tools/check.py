#!/usr/bin/env python3
"""Validate the u29b evaluation set and score a package built from its gold.

Usage:
    python3 tools/check.py [--keep DIR]

Checks every raw/gold pair in the set (JSON shape, codes, exact substrings,
names, encoding, word counts, in_quote consistency), then builds a data
package (CSV tables + datapackage.json) from the gold and scores it with
/work/shared/tools/score.py against the same gold. Everything must score 1.0.
Exits non-zero on any failure.
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
RAW, GOLD = ROOT / "raw", ROOT / "gold"
SCORE = Path("/work/shared/tools/score.py")
PREFIX = "u29b"
WORDS = (700, 1200)

MEETING_TYPES = {"konsultasjonsmote", "lansering", "foredrag", "annet"}
TOPICS = {"allmennlege", "psykisk_helse_rus", "personell", "samhandling", "e_helse", "covid19",
          "omsorg", "bpa", "okonomi", "forskning_innovasjon", "flyktninger", "styring"}
KINDS = {"direct", "indirect"}
# Fixed actor codes from the guidelines; any other claimant/addressee must occur in the raw text.
FIXED_ACTORS = {"KS", "kommunene", "regjeringen", "staten", "Stortinget", "spesialisthelsetjenesten"}
MONTHS = {"januar": 1, "februar": 2, "mars": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7,
          "august": 8, "september": 9, "oktober": 10, "november": 11, "desember": 12}
NN_MARKERS = re.compile(r"\b(ikkje|frå|eg|ho|dei|kva|korleis|vart|òg|berre|meir|fyrste|kommunane)\b", re.I)
NB_MARKERS = re.compile(r"\b(ikke|fra|jeg|hun|de|hva|hvordan|ble|bare|mer|første|kommunene)\b", re.I)

errors: list[str] = []


def err(doc: str, msg: str) -> None:
    errors.append(f"{doc}: {msg}")


def check_file_bytes(path: Path) -> str:
    data = path.read_bytes()
    doc = path.name
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        err(doc, f"not UTF-8 ({exc})")
        return ""
    if data.startswith(b"\xef\xbb\xbf"):
        err(doc, "has a BOM")
    if b"\r" in data:
        err(doc, "has CR characters (must be LF only)")
    if unicodedata.normalize("NFC", text) != text:
        err(doc, "not NFC")
    if not text.endswith("\n") or text.endswith("\n\n"):
        err(doc, "must end with exactly one final newline")
    return text


def check_doc(gold_path: Path) -> dict | None:
    stem = gold_path.stem
    raw_path = RAW / f"{stem}.txt"
    if not raw_path.exists():
        err(stem, "no raw file")
        return None
    raw = check_file_bytes(raw_path)
    gtext = check_file_bytes(gold_path)
    try:
        gold = json.loads(gtext)
    except json.JSONDecodeError as exc:
        err(stem, f"invalid JSON: {exc}")
        return None
    if set(gold) != {"doc", "meeting", "statements", "demands"}:
        err(stem, f"top-level keys {sorted(gold)}")
    if gold.get("doc") != stem:
        err(stem, f"doc field {gold.get('doc')!r} != stem")
    if not stem.startswith(PREFIX + "_"):
        err(stem, "stem lacks prefix")

    n = len(raw.split())
    if not WORDS[0] <= n <= WORDS[1]:
        err(stem, f"{n} words, outside {WORDS}")
    nn, nb = len(NN_MARKERS.findall(raw)), len(NB_MARKERS.findall(raw))
    if stem.endswith("_nn") and nn <= nb:
        err(stem, f"named _nn but looks like bokmål (nn={nn}, nb={nb})")
    if not stem.endswith("_nn") and nb <= nn:
        err(stem, f"bokmål stem but looks like nynorsk (nn={nn}, nb={nb})")

    def in_raw(value: str) -> bool:
        return isinstance(value, str) and value != "" and value in raw

    m = gold.get("meeting")
    if m is not None:
        if set(m) != {"meeting_type", "date", "counterpart", "participants", "topics"}:
            err(stem, f"meeting keys {sorted(m)}")
        if m.get("meeting_type") not in MEETING_TYPES:
            err(stem, f"bad meeting_type {m.get('meeting_type')!r}")
        d = m.get("date") or {}
        if set(d) != {"text", "year", "month", "day"}:
            err(stem, f"date keys {sorted(d)}")
        for k in ("year", "month", "day"):
            if d.get(k) is not None and not isinstance(d.get(k), int):
                err(stem, f"date {k} not int/null")
        if d.get("text") is None:
            if any(d.get(k) is not None for k in ("year", "month", "day")):
                err(stem, "date fields set without date text")
        else:
            if not in_raw(d["text"]):
                err(stem, f"date text not in raw: {d['text']!r}")
            dt = d["text"].lower()
            month = next((v for k, v in MONTHS.items() if k in dt), None)
            if d.get("month") != month:
                err(stem, f"date month {d.get('month')} != month named in {d['text']!r}")
            day = re.search(r"\b(\d{1,2})\.", dt)
            if d.get("day") != (int(day.group(1)) if day else None):
                err(stem, f"date day {d.get('day')} inconsistent with {d['text']!r}")
            year = re.search(r"\b(\d{4})\b", dt)
            if d.get("year") != (int(year.group(1)) if year else None):
                err(stem, f"date year {d.get('year')} inconsistent with {d['text']!r}")
        cp = m.get("counterpart")
        if cp is not None and cp not in FIXED_ACTORS and not in_raw(cp):
            err(stem, f"counterpart not in raw: {cp!r}")
        names = set()
        for p in m.get("participants", []):
            if set(p) != {"name", "role", "organisation"}:
                err(stem, f"participant keys {sorted(p)}")
            if not in_raw(p.get("name")):
                err(stem, f"participant name not in raw: {p.get('name')!r}")
            if p.get("name") in names:
                err(stem, f"duplicate participant {p.get('name')!r}")
            names.add(p.get("name"))
            role = p.get("role")
            if role is not None and (role != role.lower() or role not in raw.lower()):
                err(stem, f"role must be lower case and in raw: {role!r}")
        topics = m.get("topics", [])
        for t in topics:
            if t not in TOPICS:
                err(stem, f"bad meeting topic {t!r}")
        if len(set(topics)) != len(topics):
            err(stem, "duplicate meeting topics")

    directs = []
    for s in gold.get("statements", []):
        if set(s) != {"kind", "speaker", "text"}:
            err(stem, f"statement keys {sorted(s)}")
        if s.get("kind") not in KINDS:
            err(stem, f"bad statement kind {s.get('kind')!r}")
        if not in_raw(s.get("speaker")):
            err(stem, f"speaker not in raw: {s.get('speaker')!r}")
        if not in_raw(s.get("text")):
            err(stem, f"statement text not in raw: {s.get('text')!r}")
        if s.get("kind") == "direct":
            directs.append(s.get("text", ""))
        if m is not None and m.get("participants") is not None:
            pass
    for s in gold.get("statements", []):
        if s.get("kind") == "indirect" and any(s["text"] in t for t in directs):
            err(stem, f"indirect statement inside a direct one: {s['text'][:60]!r}")

    for dm in gold.get("demands", []):
        if set(dm) != {"claimant", "addressee", "text", "topic", "in_quote"}:
            err(stem, f"demand keys {sorted(dm)}")
        if not in_raw(dm.get("text")):
            err(stem, f"demand text not in raw: {dm.get('text')!r}")
        if dm.get("topic") not in TOPICS:
            err(stem, f"bad demand topic {dm.get('topic')!r}")
        c = dm.get("claimant")
        if not c or (c not in FIXED_ACTORS and not in_raw(c)):
            err(stem, f"claimant missing or not in raw: {c!r}")
        a = dm.get("addressee")
        if a is not None and a not in FIXED_ACTORS and not in_raw(a):
            err(stem, f"addressee not in raw: {a!r}")
        if not isinstance(dm.get("in_quote"), bool):
            err(stem, "in_quote not bool")
        inside = any(dm.get("text", "") in t for t in directs)
        if bool(dm.get("in_quote")) != inside:
            err(stem, f"in_quote={dm.get('in_quote')} but inside a direct statement={inside}: {dm.get('text')[:60]!r}")
    gold["_words"] = n
    return gold


def build_package(golds: list[dict], out: Path) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    tables = {
        "documents": (["doc_id", "source_file", "language", "words"], []),
        "meetings": (["meeting_id", "doc_id", "meeting_type", "date_text", "date_year", "date_month",
                      "date_day", "counterpart", "topics"], []),
        "participants": (["meeting_id", "doc_id", "name", "role", "organisation"], []),
        "statements": (["doc_id", "kind", "speaker_name", "text"], []),
        "demands": (["doc_id", "claimant", "addressee", "text", "topic", "in_quote"], []),
    }

    def v(x):
        return "" if x is None else x

    for g in golds:
        doc = g["doc"]
        tables["documents"][1].append([doc, f"{doc}.txt", "nn" if doc.endswith("_nn") else "nb", g["_words"]])
        m = g["meeting"]
        if m:
            mid = f"{doc}#m1"
            d = m["date"]
            tables["meetings"][1].append([mid, doc, m["meeting_type"], v(d["text"]), v(d["year"]), v(d["month"]),
                                          v(d["day"]), v(m["counterpart"]), ";".join(m["topics"])])
            for p in m["participants"]:
                tables["participants"][1].append([mid, doc, p["name"], v(p["role"]), v(p["organisation"])])
        for s in g["statements"]:
            tables["statements"][1].append([doc, s["kind"], s["speaker"], s["text"]])
        for dm in g["demands"]:
            tables["demands"][1].append([doc, dm["claimant"], v(dm["addressee"]), dm["text"], dm["topic"],
                                         str(dm["in_quote"]).lower()])
    resources = []
    for name, (header, rows) in tables.items():
        path = out / f"{name}.csv"
        with path.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(header)
            w.writerows(rows)
        resources.append({"name": name, "path": f"{name}.csv", "format": "csv",
                          "schema": {"fields": [{"name": h, "type": "string"} for h in header]}})
    pkg = {"name": "u29b-gold-package", "title": "u29b evaluation set, gold as a package",
           "resources": resources}
    (out / "datapackage.json").write_text(json.dumps(pkg, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return out / "datapackage.json"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--keep", type=Path, help="write the package here instead of a temporary folder")
    args = ap.parse_args()

    raws = sorted(p.stem for p in RAW.glob("*.txt"))
    golds_p = sorted(GOLD.glob("*.json"))
    if sorted(p.stem for p in golds_p) != raws:
        errors.append(f"raw/gold mismatch: {raws} vs {[p.stem for p in golds_p]}")
    golds = [g for g in (check_doc(p) for p in golds_p) if g is not None]

    print(f"{'doc':<42}{'words':>6}{'dir':>5}{'ind':>5}{'dem':>5}{'part':>5}  meeting")
    for g in golds:
        st = g["statements"]
        m = g["meeting"]
        print(f"{g['doc']:<42}{g['_words']:>6}{sum(s['kind'] == 'direct' for s in st):>5}"
              f"{sum(s['kind'] == 'indirect' for s in st):>5}{len(g['demands']):>5}"
              f"{len(m['participants']) if m else 0:>5}  "
              f"{(m['meeting_type'] + ' / ' + str(m['counterpart'])) if m else '-'}")

    with tempfile.TemporaryDirectory() as tmp:
        out = args.keep or Path(tmp) / "package"
        pkg = build_package(golds, out)
        res = subprocess.run([sys.executable, str(SCORE), str(pkg), str(GOLD), "--json", str(Path(tmp) / "s.json")],
                             capture_output=True, text=True)
        print(res.stdout.strip())
        if res.returncode != 0:
            errors.append(f"score.py failed: {res.stderr.strip()}")
        else:
            result = json.loads((Path(tmp) / "s.json").read_text(encoding="utf-8"))
            if result.get("missing_tables"):
                errors.append(f"missing tables {result['missing_tables']}")
            for k in ("direct", "direct_attr", "indirect", "indirect_attr", "all_attr",
                      "demands", "demands_full", "participants"):
                if result[k]["f1"] != 1.0:
                    errors.append(f"score {k} f1={result[k]['f1']}")
            for k, val in result["accuracy"].items():
                if val is not None and val != 1.0:
                    errors.append(f"score accuracy {k}={val}")
            if result["meetings_acc"] != 1.0:
                errors.append(f"meetings_acc={result['meetings_acc']}")

    if errors:
        print("\nFAILED:")
        for e in errors:
            print("  -", e)
        return 1
    print(f"\nOK: {len(golds)} documents pass all checks and score 1.0 everywhere.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
