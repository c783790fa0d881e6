#!/usr/bin/env python3
"""Validate the u35a evaluation set and score a package built from the gold against the gold.

Usage: python3 tools/check.py   (from anywhere)
Exit code 0 only if every check passes and score.py reports 1.0 everywhere.
"""
import csv, json, re, subprocess, sys, tempfile, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RAW, GOLD = ROOT / "raw", ROOT / "gold"
SCORE = Path("/work/shared/tools/score.py")
MEETING_TYPES = {"konsultasjonsmote", "lansering", "foredrag", "annet"}
TOPICS = {"allmennlege", "psykisk_helse_rus", "personell", "samhandling", "e_helse", "covid19",
          "omsorg", "bpa", "okonomi", "forskning_innovasjon", "flyktninger", "styring"}
MIN_W, MAX_W = 700, 1200
errors = []

def err(msg):
    errors.append(msg)

def check_file_bytes(path):
    b = path.read_bytes()
    try:
        s = b.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{path.name}: not UTF-8 ({e})"); return None
    if b.startswith(b"\xef\xbb\xbf"): err(f"{path.name}: BOM")
    if "\r" in s: err(f"{path.name}: CR characters")
    if unicodedata.normalize("NFC", s) != s: err(f"{path.name}: not NFC")
    if not s.endswith("\n") or s.endswith("\n\n"): err(f"{path.name}: must end with exactly one newline")
    return s

raws = {p.stem: p for p in sorted(RAW.glob("*.txt"))}
golds = {p.stem: p for p in sorted(GOLD.glob("*.json"))}
if set(raws) != set(golds):
    err(f"raw/gold mismatch: raw-only {sorted(set(raws)-set(golds))}, gold-only {sorted(set(golds)-set(raws))}")

summary = []
for stem in sorted(set(raws) & set(golds)):
    text = check_file_bytes(raws[stem])
    gtxt = check_file_bytes(golds[stem])
    if text is None or gtxt is None: continue
    if not stem.startswith("u35a_"): err(f"{stem}: prefix")
    words = len(text.split())
    if not MIN_W <= words <= MAX_W: err(f"{stem}: {words} words, outside {MIN_W}-{MAX_W}")
    try:
        g = json.loads(gtxt)
    except json.JSONDecodeError as e:
        err(f"{stem}: invalid JSON {e}"); continue
    if set(g) != {"doc", "meeting", "statements", "demands"}: err(f"{stem}: top-level keys {sorted(g)}")
    if g.get("doc") != stem: err(f"{stem}: doc={g.get('doc')!r}")
    m = g.get("meeting")
    if m is not None:
        if set(m) != {"meeting_type", "date", "counterpart", "participants", "topics"}: err(f"{stem}: meeting keys {sorted(m)}")
        if m.get("meeting_type") not in MEETING_TYPES: err(f"{stem}: meeting_type {m.get('meeting_type')!r}")
        d = m.get("date") or {}
        if set(d) != {"text", "year", "month", "day"}: err(f"{stem}: date keys")
        if d.get("text") is not None and d["text"] not in text: err(f"{stem}: date text not in raw: {d['text']!r}")
        if d.get("text") is None and any(d.get(k) is not None for k in ("year", "month", "day")): err(f"{stem}: date values without text")
        for k, lo, hi in (("year", 1900, 2100), ("month", 1, 12), ("day", 1, 31)):
            v = d.get(k)
            if v is not None and (not isinstance(v, int) or not lo <= v <= hi): err(f"{stem}: date {k}={v!r}")
        for t in m.get("topics", []):
            if t not in TOPICS: err(f"{stem}: meeting topic {t!r}")
        if len(set(m.get("topics", []))) != len(m.get("topics", [])): err(f"{stem}: duplicate meeting topics")
        names = set()
        for p in m.get("participants", []):
            if set(p) != {"name", "role", "organisation"}: err(f"{stem}: participant keys {p}")
            if not p.get("name") or p["name"] not in text: err(f"{stem}: participant not in raw: {p.get('name')!r}")
            if p.get("role") is not None and p["role"] != p["role"].lower(): err(f"{stem}: role not lower case {p['role']!r}")
            if p["name"] in names: err(f"{stem}: duplicate participant {p['name']}")
            names.add(p["name"])
    for s in g.get("statements", []):
        if set(s) != {"kind", "speaker", "text"}: err(f"{stem}: statement keys {s}")
        if s.get("kind") not in ("direct", "indirect"): err(f"{stem}: statement kind {s.get('kind')!r}")
        if not s.get("speaker") or s["speaker"] not in text: err(f"{stem}: speaker not in raw: {s.get('speaker')!r}")
        if not s.get("text") or s["text"] not in text: err(f"{stem}: statement text not in raw: {s.get('text')!r}")
        elif s["text"] != s["text"].strip(): err(f"{stem}: statement text has outer whitespace")
    for x in g.get("demands", []):
        if set(x) != {"claimant", "addressee", "text", "topic", "in_quote"}: err(f"{stem}: demand keys {x}")
        if not x.get("text") or x["text"] not in text: err(f"{stem}: demand text not in raw: {x.get('text')!r}")
        if x.get("topic") not in TOPICS: err(f"{stem}: demand topic {x.get('topic')!r}")
        if not isinstance(x.get("in_quote"), bool): err(f"{stem}: in_quote not bool")
        if not x.get("claimant"): err(f"{stem}: empty claimant")
        if x.get("in_quote"):
            # an in-quote demand must lie inside some direct statement's text
            if not any(x["text"] in s["text"] for s in g["statements"] if s["kind"] == "direct"):
                err(f"{stem}: in_quote demand not inside a direct statement: {x['text']!r}")
        else:
            if any(x["text"] in s["text"] for s in g["statements"] if s["kind"] == "direct") and \
               text.count(x["text"]) == 1:
                err(f"{stem}: demand marked in_quote=false but lies in a direct statement: {x['text']!r}")
    st = g.get("statements", [])
    summary.append({
        "stem": stem, "words": words, "lang": "nn" if stem.endswith("_nn") else "nb",
        "direct": sum(1 for s in st if s["kind"] == "direct"),
        "indirect": sum(1 for s in st if s["kind"] == "indirect"),
        "demands": len(g.get("demands", [])),
        "participants": len(m["participants"]) if m else 0,
        "meeting": (m["meeting_type"], m["counterpart"], m["date"]["text"]) if m else None,
    })

# ---- build a data package from the gold and score it
with tempfile.TemporaryDirectory() as tmp:
    tmp = Path(tmp)
    tables = {k: [] for k in ("documents", "meetings", "participants", "statements", "demands")}
    for stem in sorted(golds):
        g = json.loads(golds[stem].read_text(encoding="utf-8"))
        doc_id = stem
        tables["documents"].append({"doc_id": doc_id, "source_file": stem + ".txt"})
        m = g.get("meeting")
        if m:
            mid = doc_id + "#m1"
            d = m["date"]
            tables["meetings"].append({"meeting_id": mid, "doc_id": doc_id, "meeting_type": m["meeting_type"],
                                       "date_text": d["text"] or "", "date_year": d["year"] or "",
                                       "date_month": d["month"] or "", "date_day": d["day"] or "",
                                       "counterpart": m["counterpart"] or ""})
            for p in m["participants"]:
                tables["participants"].append({"meeting_id": mid, "doc_id": doc_id, "name": p["name"],
                                               "role": p["role"] or "", "organisation": p["organisation"] or ""})
        for s in g["statements"]:
            tables["statements"].append({"doc_id": doc_id, "kind": s["kind"], "speaker_name": s["speaker"], "text": s["text"]})
        for x in g["demands"]:
            tables["demands"].append({"doc_id": doc_id, "claimant": x["claimant"], "addressee": x["addressee"] or "",
                                      "text": x["text"], "topic": x["topic"], "in_quote": str(x["in_quote"]).lower()})
    cols = {"documents": ["doc_id", "source_file"],
            "meetings": ["meeting_id", "doc_id", "meeting_type", "date_text", "date_year", "date_month", "date_day", "counterpart"],
            "participants": ["meeting_id", "doc_id", "name", "role", "organisation"],
            "statements": ["doc_id", "kind", "speaker_name", "text"],
            "demands": ["doc_id", "claimant", "addressee", "text", "topic", "in_quote"]}
    resources = []
    for name, rows in tables.items():
        with open(tmp / f"{name}.csv", "w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, fieldnames=cols[name])
            w.writeheader(); w.writerows(rows)
        resources.append({"name": name, "path": f"{name}.csv", "format": "csv"})
    (tmp / "datapackage.json").write_text(json.dumps({"name": "u35a-gold", "resources": resources}, indent=2), encoding="utf-8")
    res = subprocess.run([sys.executable, str(SCORE), str(tmp / "datapackage.json"), str(GOLD), "--json", str(tmp / "score.json")],
                         capture_output=True, text=True)
    print(res.stdout)
    if res.returncode != 0:
        err(f"score.py failed: {res.stderr}")
    else:
        r = json.loads((tmp / "score.json").read_text(encoding="utf-8"))
        for k in ("direct", "direct_attr", "indirect", "indirect_attr", "all_attr", "demands", "demands_full", "participants"):
            if r[k]["f1"] != 1.0: err(f"score {k} f1={r[k]['f1']}")
        for k, v in r["accuracy"].items():
            if v is not None and v != 1.0: err(f"score accuracy {k}={v}")
        if r["meetings_acc"] != 1.0: err(f"meetings_acc={r['meetings_acc']}")
        if r["missing_tables"]: err(f"missing tables {r['missing_tables']}")

for s in summary:
    print(f"{s['stem']:<48} {s['lang']} w={s['words']:>5} dir={s['direct']:>2} ind={s['indirect']:>2} "
          f"dem={s['demands']:>2} part={s['participants']:>2} meeting={s['meeting']}")
tot = {k: sum(s[k] for s in summary) for k in ("direct", "indirect", "demands", "participants", "words")}
print(f"TOTAL texts={len(summary)} nn={sum(1 for s in summary if s['lang']=='nn')} {tot} "
      f"meetings={sum(1 for s in summary if s['meeting'])} no_meeting={sum(1 for s in summary if not s['meeting'])}")
if errors:
    print("\nERRORS:")
    for e in errors: print(" -", e)
    sys.exit(1)
print("\nALL CHECKS PASSED")
