"""Helpers the perturbation families share: paragraphs of a raw text, and where gold rows sit in it.

A raw text is a title line, then paragraphs separated by blank lines (the layout of every
evaluation text). Pure functions, no randomness of their own: the families pass their seeded
`random.Random`.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Any

Gold = dict[str, Any]
BLANK = re.compile(r"\n[ \t]*\n")


def paragraphs(text: str) -> list[str]:
    """The text's paragraphs (blank-line separated), stripped, empty ones dropped."""
    return [p.strip("\n") for p in BLANK.split(text.replace("\r\n", "\n")) if p.strip()]


def join(paras: list[str]) -> str:
    return "\n\n".join(paras) + "\n"


def is_heading(para: str) -> bool:
    """A short line with no sentence-final mark (a title or an intertitle)."""
    line = para.strip()
    return "\n" not in line and len(line) < 90 and not line.endswith((".", "!", "?", ":", "»", '"'))


def body_slots(paras: list[str]) -> list[int]:
    """Indexes at which a paragraph can be inserted without separating a heading, or a lead-in
    ("KS krev at:"), from the text it introduces."""
    return [i for i in range(1, len(paras))
            if not is_heading(paras[i - 1]) and not paras[i - 1].rstrip().endswith(":")] or [len(paras)]


def gold_strings(gold: Gold) -> list[str]:
    """Every text and name the gold expects to find in the raw text."""
    out = [r.get("text", "") for r in gold.get("statements", []) + gold.get("demands", [])]
    out += [r.get("speaker", "") for r in gold.get("statements", [])]
    meeting = gold.get("meeting") or {}
    out += [p.get("name", "") for p in meeting.get("participants", [])]
    out.append(((meeting.get("date") or {}).get("text")) or "")
    return [s for s in out if s]


def _squash(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def last_gold_end(text: str, gold: Gold) -> int | None:
    """The offset in `text` (whitespace-squashed) just after the last gold string, None when one is not
    found verbatim (the gold paraphrases: a cut could not be proven safe)."""
    flat = _squash(text)
    end = 0
    for s in gold_strings(gold):
        s = _squash(s)
        tail = s[-25:]
        at = flat.rfind(tail)
        if at < 0:
            return None
        end = max(end, at + len(tail))
    return end


def squashed(text: str) -> str:
    return _squash(text)


def map_strings(value: Any, fn) -> Any:
    """`value` with `fn` applied to every string inside it (dicts and lists walked, keys kept)."""
    if isinstance(value, str):
        return fn(value)
    if isinstance(value, list):
        return [map_strings(v, fn) for v in value]
    if isinstance(value, dict):
        return {k: (v if k == "doc" else map_strings(v, fn)) for k, v in value.items()}
    return value
