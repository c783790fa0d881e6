"""Helpers to write gold JSON files from compact specs (tools/specs/*.py)."""
import json
from pathlib import Path

BASE = Path(__file__).resolve().parent.parent


def P(name, role, org):
    return {"name": name, "role": role, "organisation": org}


def D(text, year=None, month=None, day=None):
    return {"text": text, "year": year, "month": month, "day": day}


def S(kind, speaker, text):
    assert kind in ("direct", "indirect")
    return {"kind": kind, "speaker": speaker, "text": text}


def DM(claimant, addressee, text, topic, in_quote):
    return {"claimant": claimant, "addressee": addressee, "text": text, "topic": topic, "in_quote": in_quote}


def meeting(mtype, date, counterpart, participants, topics):
    return {"meeting_type": mtype, "date": date, "counterpart": counterpart,
            "participants": participants, "topics": topics}


def write(doc, meet, statements, demands):
    out = {"doc": doc, "meeting": meet, "statements": statements, "demands": demands}
    path = BASE / "gold" / f"{doc}.json"
    path.write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
