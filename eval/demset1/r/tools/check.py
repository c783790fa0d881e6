#!/usr/bin/env python3
"""Validate the d1r evaluation set and score its own gold with shared/tools/score.py.

Usage: python3 tools/check.py
Checks: UTF-8, LF, NFC, one final newline; word count 400-700; JSON valid; doc = stem;
codes valid; statement/demand/date texts are exact substrings of the raw text; speaker,
participant names occur in the raw text. Then builds a data package (CSV + datapackage.json)
from the gold in a temp dir and scores it against gold/ — every score must be 1.0.
"""
import csv, json, subprocess, sys, tempfile, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCORE = Path("/work/shared/tools/score.py")
MTYPES = {"konsultasjonsmote", "lansering", "foredrag", "annet"}
TOPICS = {"allmennlege", "psykisk_helse_rus", "personell", "samhandling", "e_helse", "covid19",
          "omsorg", "bpa", "okonomi", "forskning_innovasjon", "flyktninger", "styring"}
errors = []


def err(doc, msg):
    errors.append(f"{doc}: {msg}")


def check_file_bytes(path):
    b = path.read_bytes()
    try:
        s = b.decode("utf-8")
    except UnicodeDecodeError:
        err(path.name, "not UTF-8"); return None
    if "\r" in s: err(path.name, "CR found")
    if unicodedata.normalize("NFC", s) != s: err(path.name, "not NFC")
    if not s.endswith("\n") or s.endswith("\n\n"): err(path.name, "must end with exactly one newline")
    return s


def main():
    raws = sorted((ROOT / "raw").glob("*.txt"))
    golds = sorted((ROOT / "gold").glob("*.json"))
    if {p.stem for p in raws} != {p.stem for p in golds}:
        err("set", "raw and gold stems differ")
    counts = {}
    for rp in raws:
        doc = rp.stem
        raw = check_file_bytes(rp)
        gp = ROOT / "gold" / (doc + ".json")
        gtext = check_file_bytes(gp) if gp.exists() else None
        if raw is None or gtext is None:
            continue
        n = len(raw.split())
        if not 400 <= n <= 700: err(doc, f"word count {n} out of range")
        try:
            g = json.loads(gtext)
        except json.JSONDecodeError as e:
            err(doc, f"bad JSON {e}"); continue
        if set(g) != {"doc", "meeting", "statements", "demands"}: err(doc, f"keys {set(g)}")
        if g["doc"] != doc: err(doc, "doc != stem")
        m = g["meeting"]
        if m is not None:
            if m["meeting_type"] not in MTYPES: err(doc, "meeting_type")
            d = m["date"]
            if set(d) != {"text", "year", "month", "day"}: err(doc, "date keys")
            if d["text"] is not None and d["text"] not in raw: err(doc, f"date text not in raw: {d['text']}")
            if d["text"] is None and any(d[k] is not None for k in ("year", "month", "day")): err(doc, "date without text")
            for k in ("year", "month", "day"):
                if d[k] is not None and not isinstance(d[k], int): err(doc, f"date {k} not int")
            for t in m["topics"]:
                if t not in TOPICS: err(doc, f"meeting topic {t}")
            if len(set(m["topics"])) != len(m["topics"]): err(doc, "duplicate topics")
            if m["counterpart"] is not None and not isinstance(m["counterpart"], str): err(doc, "counterpart")
            for p in m["participants"]:
                if set(p) != {"name", "role", "organisation"}: err(doc, "participant keys")
                if p["name"] not in raw: err(doc, f"participant not in raw: {p['name']}")
                if p["role"] is not None and p["role"] != p["role"].lower(): err(doc, f"role not lower: {p['role']}")
        seen = set()
        for s in g["statements"]:
            if s["kind"] not in ("direct", "indirect"): err(doc, f"kind {s['kind']}")
            if s["text"] not in raw: err(doc, f"statement not in raw: {s['text'][:60]}")
            if s["speaker"] not in raw: err(doc, f"speaker not in raw: {s['speaker']}")
            if (s["kind"], s["text"]) in seen: err(doc, "duplicate statement")
            seen.add((s["kind"], s["text"]))
        seen = set()
        for x in g["demands"]:
            if set(x) != {"claimant", "addressee", "text", "topic", "in_quote"}: err(doc, "demand keys")
            if x["text"] not in raw: err(doc, f"demand not in raw: {x['text'][:60]}")
            if x["topic"] not in TOPICS: err(doc, f"demand topic {x['topic']}")
            if not isinstance(x["in_quote"], bool): err(doc, "in_quote not bool")
            if not x["claimant"]: err(doc, "empty claimant")
            if x["in_quote"] and not any(x["text"] in s["text"] for s in g["statements"] if s["kind"] == "direct"):
                err(doc, f"in_quote demand not inside a direct statement: {x['text'][:60]}")
            if not x["in_quote"] and any(x["text"] in s["text"] for s in g["statements"] if s["kind"] == "direct"):
                err(doc, f"demand inside a direct statement but in_quote false: {x['text'][:60]}")
            if (x["claimant"], x["text"]) in seen: err(doc, "duplicate demand")
            seen.add((x["claimant"], x["text"]))
        counts[doc] = g
    # build package and score
    with tempfile.TemporaryDirectory() as td:
        td = Path(td)
        tables = {"documents": [], "meetings": [], "participants": [], "statements": [], "demands": []}
        for i, (doc, g) in enumerate(sorted(counts.items())):
            did = f"D{i:03d}"
            tables["documents"].append({"doc_id": did, "source_file": doc + ".txt"})
            m = g["meeting"]
            if m:
                tables["meetings"].append({"doc_id": did, "meeting_id": did + "_M", "meeting_type": m["meeting_type"],
                                           "date_year": m["date"]["year"] or "", "date_month": m["date"]["month"] or "",
                                           "date_day": m["date"]["day"] or "", "counterpart": m["counterpart"] or ""})
                for p in m["participants"]:
                    tables["participants"].append({"doc_id": did, "name": p["name"]})
            for s in g["statements"]:
                tables["statements"].append({"doc_id": did, "kind": s["kind"], "speaker_name": s["speaker"], "text": s["text"]})
            for x in g["demands"]:
                tables["demands"].append({"doc_id": did, "claimant": x["claimant"], "addressee": x["addressee"] or "",
                                          "text": x["text"], "topic": x["topic"]})
        cols = {"documents": ["doc_id", "source_file"],
                "meetings": ["doc_id", "meeting_id", "meeting_type", "date_year", "date_month", "date_day", "counterpart"],
                "participants": ["doc_id", "name"], "statements": ["doc_id", "kind", "speaker_name", "text"],
                "demands": ["doc_id", "claimant", "addressee", "text", "topic"]}
        res = []
        for name, rows in tables.items():
            with open(td / f"{name}.csv", "w", newline="", encoding="utf-8") as f:
                w = csv.DictWriter(f, fieldnames=cols[name]); w.writeheader(); w.writerows(rows)
            res.append({"name": name, "path": f"{name}.csv", "format": "csv"})
        (td / "datapackage.json").write_text(json.dumps({"name": "d1r-selfcheck", "resources": res}), encoding="utf-8")
        out = subprocess.run([sys.executable, str(SCORE), str(td / "datapackage.json"), str(ROOT / "gold"),
                              "--json", str(td / "score.json"), "--quiet"], capture_output=True, text=True)
        print(out.stdout.strip()); print(out.stderr.strip())
        r = json.loads((td / "score.json").read_text())
        for k in ("direct_attr", "indirect_attr", "all_attr", "demands", "demands_full", "participants"):
            if r[k]["gold"] and r[k]["f1"] != 1.0: err("score", f"{k} f1={r[k]['f1']}")
        for k, v in r["accuracy"].items():
            if v is not None and v != 1.0: err("score", f"accuracy {k}={v}")
    # summary
    tot = {"texts": len(counts), "nn": sum(d.endswith("_nn") for d in counts), "direct": 0, "indirect": 0,
           "demands": 0, "meetings": 0, "participants": 0, "no_meeting": 0, "words": 0}
    for doc, g in counts.items():
        tot["direct"] += sum(s["kind"] == "direct" for s in g["statements"])
        tot["indirect"] += sum(s["kind"] == "indirect" for s in g["statements"])
        tot["demands"] += len(g["demands"])
        tot["meetings"] += g["meeting"] is not None
        tot["no_meeting"] += g["meeting"] is None
        tot["participants"] += len(g["meeting"]["participants"]) if g["meeting"] else 0
        tot["words"] += len((ROOT / "raw" / (doc + ".txt")).read_text(encoding="utf-8").split())
    print("totals:", json.dumps(tot))
    if errors:
        print("\n".join("ERROR " + e for e in errors)); return 1
    print("OK: all checks passed, self-score 1.0 everywhere")
    return 0


if __name__ == "__main__":
    sys.exit(main())
