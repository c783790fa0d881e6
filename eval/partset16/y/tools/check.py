#!/usr/bin/env python3
"""Validate part set p16y and score a package built from its gold against it.

Checks: JSON valid; doc = stem; one gold per raw and vice versa; meeting_type
and topic codes valid; date fields consistent; statements and demands empty
(this part set tests the meeting layer only) and, if any, exact substrings;
every participant name and date text occurs in the raw text; UTF-8, LF, NFC,
one final newline; 140-260 words; stems ending in _nn counted as nynorsk.
It also runs tools/nonparticipants.py --check, lists capitalised name-like
sequences that are neither participants nor listed non-participants (a
completeness hint), builds CSV tables + datapackage.json from the gold and
runs /work/shared/tools/score.py on them, which must give 1.0 everywhere.
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
SCORE = Path("/work/shared/tools/score.py")
PREFIX = "p16y"
MEETING_TYPES = {"konsultasjonsmote", "lansering", "foredrag", "annet"}
TOPICS = {"allmennlege", "psykisk_helse_rus", "personell", "samhandling", "e_helse", "covid19",
          "omsorg", "bpa", "okonomi", "forskning_innovasjon", "flyktninger", "styring"}
MIN_WORDS, MAX_WORDS = 140, 260

sys.path.insert(0, str(Path(__file__).resolve().parent))
from nonparticipants import NONPARTICIPANTS, check as check_nonparticipants  # noqa: E402


def check_file_bytes(path: Path, errors: list) -> str:
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        errors.append(f"{path.name}: not UTF-8")
        return ""
    if "\r" in text:
        errors.append(f"{path.name}: CR characters")
    if unicodedata.normalize("NFC", text) != text:
        errors.append(f"{path.name}: not NFC")
    if not text.endswith("\n") or text.endswith("\n\n"):
        errors.append(f"{path.name}: must end with exactly one newline")
    if text.startswith("\ufeff"):
        errors.append(f"{path.name}: BOM")
    return text


def check_gold(stem: str, raw: str, gold: dict, errors: list) -> None:
    if gold.get("doc") != stem:
        errors.append(f"{stem}: doc = {gold.get('doc')!r}")
    if set(gold) != {"doc", "meeting", "statements", "demands"}:
        errors.append(f"{stem}: keys {sorted(gold)}")
    if gold.get("statements") != [] or gold.get("demands") != []:
        errors.append(f"{stem}: statements and demands must be empty in this part set")
    for st in gold.get("statements", []):
        if st.get("text") not in raw:
            errors.append(f"{stem}: statement not in raw: {st.get('text')!r}")
        if st.get("speaker") not in raw:
            errors.append(f"{stem}: speaker not in raw: {st.get('speaker')!r}")
    for dm in gold.get("demands", []):
        if dm.get("text") not in raw:
            errors.append(f"{stem}: demand not in raw: {dm.get('text')!r}")
        if dm.get("topic") not in TOPICS:
            errors.append(f"{stem}: bad demand topic {dm.get('topic')!r}")
    m = gold.get("meeting")
    if m is None:
        return
    if set(m) != {"meeting_type", "date", "counterpart", "participants", "topics"}:
        errors.append(f"{stem}: meeting keys {sorted(m)}")
    if m.get("meeting_type") not in MEETING_TYPES:
        errors.append(f"{stem}: bad meeting_type {m.get('meeting_type')!r}")
    date = m.get("date") or {}
    if set(date) != {"text", "year", "month", "day"}:
        errors.append(f"{stem}: date keys {sorted(date)}")
    if date.get("text") is not None and date["text"] not in raw:
        errors.append(f"{stem}: date text not in raw: {date['text']!r}")
    if date.get("text") is None and any(date.get(k) is not None for k in ("year", "month", "day")):
        errors.append(f"{stem}: date fields without date text")
    for k, lo, hi in (("year", 1900, 2100), ("month", 1, 12), ("day", 1, 31)):
        v = date.get(k)
        if v is not None and not (isinstance(v, int) and lo <= v <= hi):
            errors.append(f"{stem}: bad date {k} {v!r}")
    if date.get("year") is not None and str(date["year"]) not in (date.get("text") or ""):
        errors.append(f"{stem}: year not written in the date text")
    for t in m.get("topics", []):
        if t not in TOPICS:
            errors.append(f"{stem}: bad topic {t!r}")
    if len(set(m.get("topics", []))) != len(m.get("topics", [])):
        errors.append(f"{stem}: duplicate topics")
    names = [q.get("name") for q in m.get("participants", [])]
    if len(set(names)) != len(names):
        errors.append(f"{stem}: duplicate participants")
    for q in m.get("participants", []):
        if set(q) != {"name", "role", "organisation"}:
            errors.append(f"{stem}: participant keys {sorted(q)}")
        if not q.get("name") or q["name"] not in raw:
            errors.append(f"{stem}: participant not in raw: {q.get('name')!r}")
        if q.get("role") is not None and q["role"] != q["role"].lower():
            errors.append(f"{stem}: role not lower case: {q['role']!r}")


NAME_RE = re.compile(r"\b[A-ZÆØÅ][a-zæøåé]+(?:[ -](?:[A-ZÆØÅ][a-zæøåé]+))+")


def name_hints(stem: str, raw: str, gold: dict) -> list[str]:
    known = {q["name"] for q in (gold.get("meeting") or {}).get("participants", [])}
    known |= {n for n, _ in NONPARTICIPANTS.get(stem, [])}
    out = []
    for cand in sorted(set(NAME_RE.findall(raw))):
        if not any(cand in k or k in cand for k in known):
            out.append(cand)
    return out


def build_package(golds: dict, out: Path) -> Path:
    tables = {
        "documents": (["doc_id", "source_file"], []),
        "meetings": (["meeting_id", "doc_id", "meeting_type", "date_text", "date_year", "date_month",
                      "date_day", "counterpart"], []),
        "participants": (["meeting_id", "doc_id", "name", "role", "organisation"], []),
        "statements": (["doc_id", "kind", "speaker_name", "text"], []),
        "demands": (["doc_id", "claimant", "addressee", "text", "topic", "in_quote"], []),
    }

    def blank(v):
        return "" if v is None else v

    for stem, gold in golds.items():
        tables["documents"][1].append([stem, f"{stem}.txt"])
        m = gold["meeting"]
        if m:
            mid = f"{stem}#m1"
            d = m["date"]
            tables["meetings"][1].append([mid, stem, m["meeting_type"], blank(d["text"]), blank(d["year"]),
                                          blank(d["month"]), blank(d["day"]), blank(m["counterpart"])])
            for q in m["participants"]:
                tables["participants"][1].append([mid, stem, q["name"], blank(q["role"]),
                                                  blank(q["organisation"])])
        for s in gold["statements"]:
            tables["statements"][1].append([stem, s["kind"], s["speaker"], s["text"]])
        for dm in gold["demands"]:
            tables["demands"][1].append([stem, dm["claimant"], blank(dm["addressee"]), dm["text"],
                                         dm["topic"], dm["in_quote"]])
    resources = []
    for name, (cols, rows) in tables.items():
        path = out / f"{name}.csv"
        with path.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(cols)
            w.writerows(rows)
        resources.append({"name": name, "path": f"{name}.csv", "format": "csv"})
    pkg = out / "datapackage.json"
    pkg.write_text(json.dumps({"name": f"{PREFIX}-gold", "resources": resources}, indent=2) + "\n",
                   encoding="utf-8")
    return pkg


def main() -> int:
    errors: list[str] = []
    raws = {p.stem: p for p in sorted((ROOT / "raw").glob("*.txt"))}
    golds_p = {p.stem: p for p in sorted((ROOT / "gold").glob("*.json"))}
    for s in sorted(set(raws) ^ set(golds_p)):
        errors.append(f"{s}: raw and gold do not pair up")
    golds, nn, words_total = {}, 0, 0
    for stem in sorted(set(raws) & set(golds_p)):
        if not re.fullmatch(rf"{PREFIX}_\d\d_[a-z0-9_]+", stem):
            errors.append(f"{stem}: bad stem")
        raw = check_file_bytes(raws[stem], errors)
        gtext = check_file_bytes(golds_p[stem], errors)
        try:
            gold = json.loads(gtext)
        except json.JSONDecodeError as exc:
            errors.append(f"{stem}: invalid JSON: {exc}")
            continue
        check_gold(stem, raw, gold, errors)
        words = len(raw.split())
        words_total += words
        if not MIN_WORDS <= words <= MAX_WORDS:
            errors.append(f"{stem}: {words} words (want {MIN_WORDS}-{MAX_WORDS})")
        nn += stem.endswith("_nn")
        golds[stem] = gold
        hints = name_hints(stem, raw, gold)
        if hints:
            print(f"hint {stem}: unclassified name-like strings: {hints}")
    errors += check_nonparticipants(ROOT)
    n_meet = sum(1 for g in golds.values() if g["meeting"])
    n_part = sum(len(g["meeting"]["participants"]) for g in golds.values() if g["meeting"])
    n_non = sum(len(v) for v in NONPARTICIPANTS.values())
    print(f"texts={len(golds)} nynorsk={nn} meetings={n_meet} no_meeting={len(golds) - n_meet} "
          f"participants={n_part} nonparticipants={n_non} words={words_total}")
    if errors:
        for e in errors:
            print("ERROR", e)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        pkg = build_package(golds, Path(tmp))
        res = subprocess.run([sys.executable, str(SCORE), str(pkg), str(ROOT / "gold")],
                             capture_output=True, text=True)
        print(res.stdout.strip())
        if res.returncode != 0:
            print(res.stderr)
            return 1
        last = res.stdout.strip().splitlines()[-1]
        values = [float(v) for v in re.findall(r"=([0-9.]+)", last)]
        if not values or any(v != 1.0 for v in values):
            print("ERROR: score is not 1.0 everywhere")
            return 1
    print("check: OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
