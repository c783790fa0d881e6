#!/usr/bin/env python3
"""Validate set p21s and score a data package built from its gold with score.py.

Usage: python3 tools/check.py [--keep DIR]
Exit code 0 only when every check passes and every score is 1.0.
"""
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
PREFIX = "p21s"
N_EXPECTED, NN_EXPECTED = 20, 10
WORDS = (140, 260)
MEETING_TYPES = {"konsultasjonsmote", "lansering", "foredrag", "annet"}
TOPICS = {"allmennlege", "psykisk_helse_rus", "personell", "samhandling", "e_helse", "covid19",
          "omsorg", "bpa", "okonomi", "forskning_innovasjon", "flyktninger", "styring"}
NN_MARKERS = re.compile(r"\b(ikkje|frå|eit|dei|òg|ho|seier|korleis|vart|blir haldne|kome)\b")
NB_MARKERS = re.compile(r"\b(ikkje|frå|òg|korleis|seier)\b")

sys.path.insert(0, str(Path(__file__).resolve().parent))
from nonparticipants import NONPARTICIPANTS  # noqa: E402

errors = []


def err(msg):
    errors.append(msg)


def check_file_bytes(path: Path) -> str:
    data = path.read_bytes()
    if data.startswith(b"\xef\xbb\xbf"):
        err(f"{path.name}: BOM")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{path.name}: not UTF-8 ({e})")
        return ""
    if "\r" in text:
        err(f"{path.name}: CR characters")
    if unicodedata.normalize("NFC", text) != text:
        err(f"{path.name}: not NFC")
    if not text.endswith("\n") or text.endswith("\n\n"):
        err(f"{path.name}: must end with exactly one newline")
    return text


def main():
    raws = {p.stem: p for p in sorted(RAW.glob("*.txt"))}
    golds = {p.stem: p for p in sorted(GOLD.glob("*.json"))}
    if set(raws) != set(golds):
        err(f"raw/gold mismatch: {sorted(set(raws) ^ set(golds))}")
    if len(raws) != N_EXPECTED:
        err(f"expected {N_EXPECTED} texts, found {len(raws)}")
    nn = [s for s in raws if s.endswith("_nn")]
    if len(nn) != NN_EXPECTED:
        err(f"expected {NN_EXPECTED} nynorsk texts, found {len(nn)}")
    if set(NONPARTICIPANTS) != set(raws):
        err(f"nonparticipants.py stems differ: {sorted(set(NONPARTICIPANTS) ^ set(raws))}")

    stats = []
    for stem, rpath in raws.items():
        if not re.fullmatch(rf"{PREFIX}_\d\d_[a-z0-9_]+", stem):
            err(f"{stem}: bad stem")
        text = check_file_bytes(rpath)
        n_words = len(text.split())
        if not WORDS[0] <= n_words <= WORDS[1]:
            err(f"{stem}: {n_words} words outside {WORDS}")
        # language sanity
        if stem.endswith("_nn"):
            if len(NN_MARKERS.findall(text)) < 3:
                err(f"{stem}: does not look like nynorsk")
        elif NB_MARKERS.search(text):
            err(f"{stem}: bokmål text has nynorsk marker {NB_MARKERS.search(text).group(0)!r}")
        if stem not in golds:
            continue
        gtext = check_file_bytes(golds[stem])
        try:
            g = json.loads(gtext)
        except json.JSONDecodeError as e:
            err(f"{stem}: invalid JSON ({e})")
            continue
        if list(g) != ["doc", "meeting", "statements", "demands"]:
            err(f"{stem}: keys {list(g)}")
        if g.get("doc") != stem:
            err(f"{stem}: doc = {g.get('doc')!r}")
        # this set: meeting only, on purpose
        if g.get("statements") != [] or g.get("demands") != []:
            err(f"{stem}: statements and demands must be [] in this set")
        for s in g.get("statements", []):
            if s.get("kind") not in ("direct", "indirect") or s.get("text") not in text \
                    or s.get("speaker") not in text:
                err(f"{stem}: bad statement {s}")
        for dm in g.get("demands", []):
            if dm.get("text") not in text or dm.get("topic") not in TOPICS:
                err(f"{stem}: bad demand {dm}")
        m = g.get("meeting")
        names = []
        if m is not None:
            if set(m) != {"meeting_type", "date", "counterpart", "participants", "topics"}:
                err(f"{stem}: meeting keys {sorted(m)}")
            if m.get("meeting_type") not in MEETING_TYPES:
                err(f"{stem}: meeting_type {m.get('meeting_type')!r}")
            dt = m.get("date") or {}
            if set(dt) != {"text", "year", "month", "day"}:
                err(f"{stem}: date keys {sorted(dt)}")
            for k in ("year", "month", "day"):
                if dt.get(k) is not None and not isinstance(dt.get(k), int):
                    err(f"{stem}: date {k} not int")
            if dt.get("text") is None:
                if any(dt.get(k) is not None for k in ("year", "month", "day")):
                    err(f"{stem}: date values without text")
            elif dt["text"] not in text:
                err(f"{stem}: date text {dt['text']!r} not in raw")
            if dt.get("month") is not None and not 1 <= dt["month"] <= 12:
                err(f"{stem}: month out of range")
            if dt.get("day") is not None and not 1 <= dt["day"] <= 31:
                err(f"{stem}: day out of range")
            if dt.get("year") is not None and str(dt["year"]) not in (dt.get("text") or ""):
                err(f"{stem}: year {dt['year']} not stated in date text")
            cp = m.get("counterpart")
            if cp is not None and not isinstance(cp, str):
                err(f"{stem}: counterpart type")
            topics = m.get("topics", [])
            if any(t not in TOPICS for t in topics) or len(set(topics)) != len(topics):
                err(f"{stem}: topics {topics}")
            for part in m.get("participants", []):
                if set(part) != {"name", "role", "organisation"}:
                    err(f"{stem}: participant keys {sorted(part)}")
                if part["name"] not in text:
                    err(f"{stem}: participant {part['name']!r} not in raw")
                if part["role"] is not None and part["role"] != part["role"].lower():
                    err(f"{stem}: role not lower case {part['role']!r}")
                names.append(part["name"])
            if len(set(names)) != len(names):
                err(f"{stem}: duplicate participants")
        for name, reason in NONPARTICIPANTS.get(stem, []):
            if name not in text:
                err(f"{stem}: nonparticipant {name!r} not in raw")
            if name in names:
                err(f"{stem}: nonparticipant {name!r} is listed as participant")
            if not reason:
                err(f"{stem}: nonparticipant {name!r} without reason")
        stats.append((stem, n_words, m))

    pkg_ok = build_and_score(golds)
    for stem, n, m in stats:
        if m:
            dt = m["date"]
            print(f"{stem:<46} {n:>4}w  {m['meeting_type']:<17} {str(m['counterpart']):<38} "
                  f"{str(dt['text']):<22} {len(m['participants'])}p  np={len(NONPARTICIPANTS[stem])}")
        else:
            print(f"{stem:<46} {n:>4}w  (no meeting)  np={len(NONPARTICIPANTS[stem])}")
    if errors or not pkg_ok:
        print("\nFAILED:")
        for e in errors:
            print(" -", e)
        return 1
    print(f"\nOK: {len(stats)} texts ({len(nn)} nynorsk), "
          f"{sum(1 for s in stats if s[2])} meetings, "
          f"{sum(len(s[2]['participants']) for s in stats if s[2])} participants, "
          f"{sum(1 for s in stats if not s[2])} without meeting, "
          f"{sum(len(v) for v in NONPARTICIPANTS.values())} named non-participants")
    return 0


def build_and_score(golds) -> bool:
    keep = None
    if "--keep" in sys.argv:
        keep = Path(sys.argv[sys.argv.index("--keep") + 1])
    tmp = Path(keep) if keep else Path(tempfile.mkdtemp(prefix="p21s_pkg_"))
    tmp.mkdir(parents=True, exist_ok=True)
    rows = {k: [] for k in ("documents", "meetings", "participants", "statements", "demands")}
    for i, (stem, path) in enumerate(sorted(golds.items())):
        g = json.loads(path.read_text(encoding="utf-8"))
        doc_id = f"d{i:03d}"
        rows["documents"].append({"doc_id": doc_id, "source_file": f"{stem}.txt"})
        m = g.get("meeting")
        if m:
            mid = f"m{i:03d}"
            dt = m["date"]
            rows["meetings"].append({
                "meeting_id": mid, "doc_id": doc_id, "meeting_type": m["meeting_type"],
                "date_text": dt["text"] or "", "date_year": dt["year"] if dt["year"] is not None else "",
                "date_month": dt["month"] if dt["month"] is not None else "",
                "date_day": dt["day"] if dt["day"] is not None else "",
                "counterpart": m["counterpart"] or "", "topics": ";".join(m["topics"])})
            for part in m["participants"]:
                rows["participants"].append({"meeting_id": mid, "doc_id": doc_id, "name": part["name"],
                                             "role": part["role"] or "",
                                             "organisation": part["organisation"] or ""})
        for s in g["statements"]:
            rows["statements"].append({"doc_id": doc_id, "kind": s["kind"], "speaker_name": s["speaker"],
                                       "text": s["text"]})
        for dm in g["demands"]:
            rows["demands"].append({"doc_id": doc_id, "claimant": dm["claimant"],
                                    "addressee": dm["addressee"] or "", "text": dm["text"],
                                    "topic": dm["topic"], "in_quote": dm["in_quote"]})
    columns = {
        "documents": ["doc_id", "source_file"],
        "meetings": ["meeting_id", "doc_id", "meeting_type", "date_text", "date_year", "date_month",
                     "date_day", "counterpart", "topics"],
        "participants": ["meeting_id", "doc_id", "name", "role", "organisation"],
        "statements": ["doc_id", "kind", "speaker_name", "text"],
        "demands": ["doc_id", "claimant", "addressee", "text", "topic", "in_quote"],
    }
    resources = []
    for name, cols in columns.items():
        with open(tmp / f"{name}.csv", "w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=cols)
            w.writeheader()
            w.writerows(rows[name])
        resources.append({"name": name, "path": f"{name}.csv", "format": "csv",
                          "schema": {"fields": [{"name": c, "type": "string"} for c in cols]}})
    (tmp / "datapackage.json").write_text(json.dumps(
        {"name": "p21s-gold-selfcheck", "resources": resources}, indent=2), encoding="utf-8")
    out = tmp / "score.json"
    proc = subprocess.run([sys.executable, str(SCORE), str(tmp / "datapackage.json"), str(GOLD),
                           "--json", str(out), "--quiet"], capture_output=True, text=True)
    print(proc.stdout.strip())
    if proc.returncode != 0:
        err(f"score.py failed: {proc.stderr.strip()}")
        return False
    res = json.loads(out.read_text(encoding="utf-8"))
    ok = not res["missing_tables"]
    for key in ("direct_attr", "indirect_attr", "all_attr", "demands", "demands_full", "participants"):
        if res[key]["f1"] != 1.0:
            err(f"score {key} f1 = {res[key]['f1']}")
            ok = False
    for key, val in res["accuracy"].items():
        if val is not None and val != 1.0:
            err(f"score accuracy {key} = {val}")
            ok = False
    if res["meetings_acc"] != 1.0:
        err(f"meetings_acc = {res['meetings_acc']}")
        ok = False
    if res["documents_scored"] != len(golds):
        err("not all documents scored")
        ok = False
    return ok


if __name__ == "__main__":
    sys.exit(main())
