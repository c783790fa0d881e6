import json, sys, os
BASE = os.path.join(os.path.dirname(__file__), "..", "..")
def S(kind, speaker, text): return {"kind": kind, "speaker": speaker, "text": text}
def D(claimant, addressee, text, topic, in_quote): return {"claimant": claimant, "addressee": addressee, "text": text, "topic": topic, "in_quote": in_quote}
def P(name, role, org): return {"name": name, "role": role, "organisation": org}
def M(mtype, date, counterpart, participants, topics):
    t, y, m, d = date
    return {"meeting_type": mtype, "date": {"text": t, "year": y, "month": m, "day": d}, "counterpart": counterpart, "participants": participants, "topics": topics}
def write(doc, meeting, statements, demands):
    out = {"doc": doc, "meeting": meeting, "statements": statements, "demands": demands}
    p = os.path.join(BASE, "gold", doc + ".json")
    with open(p, "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
