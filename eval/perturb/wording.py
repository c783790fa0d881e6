"""Perturbations of wording that rewrite text and gold alike: common function words swapped between
bokmål and nynorsk (a bokmål text gets nynorsk forms, a nynorsk text bokmål ones), as in texts that
mix the two or were converted between them.

Only words that are the same part of speech in both forms are swapped (pronouns, adverbs,
prepositions, a few verbs of saying), so every sentence keeps its structure; names and
organisations are left alone. The gold's texts get the same swaps, so the gold stays valid.
"""
from __future__ import annotations

import random
import re

from text_ops import Gold, map_strings

Result = tuple[str, Gold] | None

# bokmål -> nynorsk
NB_NN = {
    "ikke": "ikkje", "jeg": "eg", "hva": "kva", "hvordan": "korleis", "hvor": "kor", "fra": "frå",
    "noe": "noko", "noen": "nokon", "også": "òg", "hun": "ho", "hvis": "viss", "mye": "mykje",
    "bare": "berre", "være": "vere", "uten": "utan", "hver": "kvar", "hvert": "kvart", "derfor": "difor",
    "selv": "sjølv", "sier": "seier", "mener": "meiner", "hennes": "hennar", "mellom annet": "mellom anna",
    "blant annet": "mellom anna", "fortsatt": "framleis", "etter hvert": "etter kvart", "dem": "dei",
}
NN_NB = {nn: nb for nb, nn in NB_NN.items() if nb not in ("blant annet", "dem", "hver")}  # nn "kvar" is also "hvor"
NN_MARKS = re.compile(r"\b(?:ikkje|eg|kva|frå|korleis|òg|berre|mykje|kommunane|dei)\b", re.IGNORECASE)
NB_MARKS = re.compile(r"\b(?:ikke|jeg|hva|fra|hvordan|også|bare|mye|kommunene|de)\b", re.IGNORECASE)
SHARE = 0.7  # the share of the occurrences swapped (a mixed text, not a clean translation)
TEXT_KEYS = ("text",)


def _pattern(table: dict[str, str]) -> re.Pattern[str]:
    words = sorted(table, key=len, reverse=True)
    return re.compile(r"(?<![\wÆØÅæøå])(" + "|".join(re.escape(w) for w in words) + r")(?![\wÆØÅæøå])",
                      re.IGNORECASE)


def _cased(new: str, old: str) -> str:
    if old.isupper() and len(old) > 1:
        return new.upper()
    return new[0].upper() + new[1:] if old[0].isupper() else new


def _swapper(table: dict[str, str], chosen: dict[str, bool]):
    pattern = _pattern(table)

    def swap(s: str) -> str:
        return pattern.sub(lambda m: _cased(table[m.group(1).lower()], m.group(1))
                           if chosen.get(m.group(1).lower()) else m.group(1), s)
    return swap


def nn_nb_swap(text: str, gold: Gold, rng: random.Random, meta: dict) -> Result:
    """Function words swapped to the other written standard, in the text and the gold's texts. A word
    is swapped everywhere or nowhere (SHARE of the words are), so text and gold stay aligned."""
    nynorsk = len(NN_MARKS.findall(text)) > len(NB_MARKS.findall(text))
    table = NN_NB if nynorsk else NB_NN
    chosen = {w: rng.random() < SHARE for w in sorted(table)}
    swap = _swapper(table, chosen)
    new_text = swap(text)
    if new_text == text:
        return None
    new_gold = dict(gold)
    for key in ("statements", "demands"):
        new_gold[key] = [{k: (swap(v) if k in TEXT_KEYS and isinstance(v, str) else v) for k, v in row.items()}
                         for row in gold.get(key, [])]
    meeting = gold.get("meeting")
    if meeting and (meeting.get("date") or {}).get("text"):
        new_gold["meeting"] = map_strings(meeting, lambda s: s)
        new_gold["meeting"]["date"]["text"] = swap(meeting["date"]["text"])
    return new_text, new_gold
