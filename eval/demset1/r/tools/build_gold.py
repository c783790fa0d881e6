#!/usr/bin/env python3
"""Build gold/*.json from the compact annotation sources in tools/src/*.py.

Each source file defines DOC, MEETING (or None), STATEMENTS, DEMANDS using the
helpers below. The JSON files in gold/ are the deliverable; these sources are
only the annotator's working form.
"""
import json, runpy
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build():
    for src in sorted((ROOT / "tools" / "src").glob("d1r_*.py")):
        ns = runpy.run_path(str(src))
        m = ns["MEETING"]
        meeting = None
        if m is not None:
            mtype, (dtext, y, mo, d), cp, parts, topics = m
            meeting = {
                "meeting_type": mtype,
                "date": {"text": dtext, "year": y, "month": mo, "day": d},
                "counterpart": cp,
                "participants": [{"name": n, "role": r, "organisation": o} for n, r, o in parts],
                "topics": topics,
            }
        gold = {
            "doc": src.stem,
            "meeting": meeting,
            "statements": [{"kind": k, "speaker": s, "text": t} for k, s, t in ns["STATEMENTS"]],
            "demands": [{"claimant": c, "addressee": a, "text": t, "topic": tp, "in_quote": q}
                        for c, a, t, tp, q in ns["DEMANDS"]],
        }
        out = ROOT / "gold" / (src.stem + ".json")
        out.write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print("wrote", out.name)


if __name__ == "__main__":
    build()
