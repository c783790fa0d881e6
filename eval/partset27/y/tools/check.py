#!/usr/bin/env python3
"""Validate the p27y evaluation set and self-score it.

Usage:  python3 tools/check.py            (from anywhere; needs pandas for the scoring step)

Checks: UTF-8, LF only, NFC, exactly one final newline; gold JSON shape and codes; stems match;
date texts, participant names, statement/demand texts and speakers are exact substrings of the raw
text; the named non-participants listed below occur in the text and are not participants.
Then builds a Frictionless-style data package (CSV) from the gold in a temp dir and runs
/work/shared/tools/score.py on it; every score must be 1.0.
"""
from __future__ import annotations

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

MEETING_TYPES = {"konsultasjonsmote", "lansering", "foredrag", "annet"}
TOPICS = {"allmennlege", "psykisk_helse_rus", "personell", "samhandling", "e_helse", "covid19", "omsorg",
          "bpa", "okonomi", "forskning_innovasjon", "flyktninger", "styring"}
KINDS = {"direct", "indirect"}
STEM = re.compile(r"^p27y_(\d\d)_[a-z0-9_]+$")

# Named persons who are in the text but did NOT take part in the reported meeting (or: no meeting).
NONPART = {
    "01": ["Mari Fjellheim", "Anders Kvale", "Kari Vikan", "Kristin Ødegård"],
    "02": ["Ragnhild Sæther", "Petter Ravn"],
    "03": ["Eirik Tønnessen", "Hanne Moum"],
    "04": ["Sigrid Nesheim", "Hallvard Teigen"],
    "05": ["Jon Are Misvær", "Jorunn Eggen", "Bente Sjøvold", "Line Berg"],
    "06": ["Per Arne Solheim", "Ingrid Helle", "Stian Krogh", "Eirik Mo Hauge"],
    "07": ["Anna Gjerde", "Trond Rø"],
    "08": ["Erlend Haga", "Sunniva Lid", "Solveig Nordbø"],
    "09": ["Torunn Lied", "Hilde Lunde"],
    "10": ["Helene Sund Berg", "Turid Hovland Aas", "Elin Storvik Haug", "Hanne Ødegaard", "Lars Kvamme"],
    "11": ["Marianne Steine Nordhus", "Elin Storvik Haug", "Tor Helge Aas", "Nina Sæle Bergum"],
    "12": ["Ole Gunnar Myhre", "Karoline Hval", "Arild Nesset"],
    "13": ["Kristine Hodne"],
    "14": ["Arnfinn Kvarme", "Tormod Sæther"],
    "15": ["Kari Sletten", "Ellen Kvande", "Lise Wangberg"],
    "16": ["Jon Olav Rud", "Sigrid Brandal", "Ingvild Brekke Holm"],
    "17": ["Svein Arne Rød", "Morten Aune"],
    "18": ["Jens Nygaard", "Anne Lise Bergheim", "Åsmund Rye"],
    "19": ["Turid Hovland Aas", "Eva Skjelbred"],
    "20": ["Marius Strand", "Ingeborg Hvattum", "Per Ivar Sandnes", "Britt Aaseng", "Jon Are Misvær", "Lise Haugen"],
}

errors: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)


def check_file_bytes(path: Path) -> str | None:
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{path.name}: not UTF-8 ({e})")
        return None
    if data.startswith(b"\xef\xbb\xbf"):
        err(f"{path.name}: BOM")
    if b"\r" in data:
        err(f"{path.name}: CR found (need LF only)")
    if unicodedata.normalize("NFC", text) != text:
        err(f"{path.name}: not NFC")
    if not text.endswith("\n") or text.endswith("\n\n"):
        err(f"{path.name}: must end with exactly one newline")
    return text


def need(cond: bool, msg: str) -> None:
    if not cond:
        err(msg)


def check_date(stem: str, date, raw: str) -> None:
    need(isinstance(date, dict) and set(date) == {"text", "year", "month", "day"}, f"{stem}: date shape")
    if not isinstance(date, dict):
        return
    for k in ("year", "month", "day"):
        need(date.get(k) is None or isinstance(date.get(k), int), f"{stem}: date.{k} must be int or null")
    if date.get("month") is not None:
        need(1 <= date["month"] <= 12, f"{stem}: bad month")
    if date.get("day") is not None:
        need(1 <= date["day"] <= 31, f"{stem}: bad day")
    if date.get("text") is not None:
        need(date["text"] in raw, f"{stem}: date text not in raw: {date['text']!r}")
        if date.get("year") is not None:
            need(str(date["year"]) in date["text"], f"{stem}: year not stated in date text")


def check_gold(stem: str, gold: dict, raw: str) -> None:
    need(set(gold) == {"doc", "meeting", "statements", "demands"}, f"{stem}: top-level keys {sorted(gold)}")
    need(gold.get("doc") == stem, f"{stem}: doc field {gold.get('doc')!r}")
    m = gold.get("meeting")
    part_names = set()
    if m is not None:
        need(set(m) == {"meeting_type", "date", "counterpart", "participants", "topics"}, f"{stem}: meeting keys")
        need(m.get("meeting_type") in MEETING_TYPES, f"{stem}: meeting_type {m.get('meeting_type')!r}")
        check_date(stem, m.get("date"), raw)
        cp = m.get("counterpart")
        need(cp is None or isinstance(cp, str), f"{stem}: counterpart type")
        need(isinstance(m.get("topics"), list) and all(t in TOPICS for t in m["topics"]), f"{stem}: topics {m.get('topics')}")
        need(len(set(m.get("topics", []))) == len(m.get("topics", [])), f"{stem}: duplicate topics")
        for p in m.get("participants", []):
            need(set(p) == {"name", "role", "organisation"}, f"{stem}: participant keys {p}")
            need(isinstance(p.get("name"), str) and p["name"] in raw, f"{stem}: participant not in raw: {p.get('name')!r}")
            if p.get("role") is not None:
                need(p["role"] == p["role"].lower(), f"{stem}: role not lower case: {p['role']!r}")
            need(p.get("name") not in part_names, f"{stem}: duplicate participant {p.get('name')}")
            part_names.add(p.get("name"))
    for s in gold.get("statements", []):
        need(set(s) == {"kind", "speaker", "text"}, f"{stem}: statement keys")
        need(s.get("kind") in KINDS, f"{stem}: statement kind {s.get('kind')!r}")
        need(s.get("speaker", "") in raw, f"{stem}: speaker not in raw {s.get('speaker')!r}")
        need(s.get("text", "") in raw, f"{stem}: statement text not in raw {s.get('text')!r}")
    for d in gold.get("demands", []):
        need(set(d) == {"claimant", "addressee", "text", "topic", "in_quote"}, f"{stem}: demand keys")
        need(d.get("topic") in TOPICS, f"{stem}: demand topic {d.get('topic')!r}")
        need(isinstance(d.get("in_quote"), bool), f"{stem}: in_quote must be bool")
        need(d.get("text", "") in raw, f"{stem}: demand text not in raw {d.get('text')!r}")
    # this set: statements and demands are deliberately empty
    need(gold.get("statements") == [] and gold.get("demands") == [], f"{stem}: statements/demands must be empty in this set")
    num = STEM.match(stem).group(1)
    for name in NONPART.get(num, []):
        need(name in raw, f"{stem}: non-participant not in raw: {name}")
        need(name not in part_names, f"{stem}: non-participant listed as participant: {name}")


def write_csv(path: Path, header: list[str], rows: list[list]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        for r in rows:
            w.writerow(["" if v is None else v for v in r])


def build_package(golds: dict[str, dict], out: Path) -> Path:
    docs, meetings, parts, stmts, dems = [], [], [], [], []
    for i, (stem, g) in enumerate(sorted(golds.items()), 1):
        doc_id = f"d{i:03d}"
        docs.append([doc_id, f"{stem}.txt"])
        m = g["meeting"]
        if m:
            mid = f"m{i:03d}"
            dt = m["date"]
            meetings.append([mid, doc_id, m["meeting_type"], dt["year"], dt["month"], dt["day"], dt["text"],
                             m["counterpart"], ";".join(m["topics"])])
            for p in m["participants"]:
                parts.append([mid, doc_id, p["name"], p["role"], p["organisation"]])
        for s in g["statements"]:
            stmts.append([doc_id, s["kind"], s["speaker"], s["text"]])
        for d in g["demands"]:
            dems.append([doc_id, d["claimant"], d["addressee"], d["text"], d["topic"], str(d["in_quote"]).lower()])
    tables = {
        "documents": (["doc_id", "source_file"], docs),
        "meetings": (["meeting_id", "doc_id", "meeting_type", "date_year", "date_month", "date_day", "date_text",
                      "counterpart", "topics"], meetings),
        "participants": (["meeting_id", "doc_id", "name", "role", "organisation"], parts),
        "statements": (["doc_id", "kind", "speaker_name", "text"], stmts),
        "demands": (["doc_id", "claimant", "addressee", "text", "topic", "in_quote"], dems),
    }
    resources = []
    for name, (header, rows) in tables.items():
        write_csv(out / f"{name}.csv", header, rows)
        resources.append({"name": name, "path": f"{name}.csv", "format": "csv", "mediatype": "text/csv",
                          "schema": {"fields": [{"name": h, "type": "string"} for h in header]}})
    pkg = out / "datapackage.json"
    pkg.write_text(json.dumps({"name": "p27y-gold-selfscore", "resources": resources}, indent=2), encoding="utf-8")
    return pkg


def main() -> int:
    raws = {p.stem: p for p in sorted(RAW.glob("*.txt"))}
    golds_p = {p.stem: p for p in sorted(GOLD.glob("*.json"))}
    need(set(raws) == set(golds_p), f"raw/gold stems differ: {sorted(set(raws) ^ set(golds_p))}")
    golds: dict[str, dict] = {}
    n_nn = 0
    for stem in sorted(raws):
        need(bool(STEM.match(stem)), f"bad stem {stem}")
        n_nn += stem.endswith("_nn")
        raw = check_file_bytes(raws[stem])
        if stem not in golds_p or raw is None:
            continue
        gtext = check_file_bytes(golds_p[stem])
        if gtext is None:
            continue
        try:
            gold = json.loads(gtext)
        except json.JSONDecodeError as e:
            err(f"{stem}: bad JSON {e}")
            continue
        check_gold(stem, gold, raw)
        words = len(raw.split())
        need(120 <= words <= 400, f"{stem}: {words} words (want 120-400)")
        golds[stem] = gold
    need(len(raws) == 20, f"expected 20 texts, found {len(raws)}")
    need(n_nn == 8, f"expected 8 nynorsk texts, found {n_nn}")
    n_part = sum(len(g["meeting"]["participants"]) for g in golds.values() if g["meeting"])
    n_non = sum(len(v) for v in NONPART.values())
    n_null = sum(1 for g in golds.values() if g["meeting"] is None)
    print(f"texts={len(golds)} nynorsk={n_nn} no-meeting={n_null} participants={n_part} named-non-participants={n_non}")
    if errors:
        print("VALIDATION ERRORS:")
        for e in errors:
            print("  -", e)
        return 1
    print("validation: OK")

    with tempfile.TemporaryDirectory() as tmp:
        pkg = build_package(golds, Path(tmp))
        res = subprocess.run([sys.executable, str(SCORE), str(pkg), str(GOLD), "--json", str(Path(tmp) / "s.json")],
                             capture_output=True, text=True)
        print(res.stdout.strip())
        if res.returncode != 0:
            print(res.stderr)
            return 1
        result = json.loads((Path(tmp) / "s.json").read_text(encoding="utf-8"))
    bad = [k for k in ("direct", "direct_attr", "indirect", "indirect_attr", "all_attr", "demands",
                       "demands_full", "participants") if result[k]["f1"] != 1.0]
    bad += [f"accuracy.{k}" for k, v in result["accuracy"].items() if v is not None and v != 1.0]
    if result["meetings_acc"] != 1.0:
        bad.append("meetings_acc")
    if result["missing_tables"]:
        bad.append("missing tables " + ",".join(result["missing_tables"]))
    if bad:
        print("SELF-SCORE NOT 1.0:", bad)
        return 1
    print("self-score: all 1.0")
    return 0


if __name__ == "__main__":
    sys.exit(main())
