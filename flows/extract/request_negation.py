"""Negated requests: a request verb under a negation asks for nothing ("Vi ønsker ikke at X"), unless a
contrast after it asks for something else instead ("ber ikke om X, men om å Y": Y) or the negation opens a
"not only ..., but" pair ("ikke bare X, men også Y"); and `skip_over`, the scanner over adverbs they share.
"""
from __future__ import annotations

import re

from flows import lexicon
from flows.extract.cue_patterns import Cue, patterns, cue_words


def skip_over(text: str, pos: int, pattern: re.Pattern[str]) -> int:
    while True:
        match = pattern.match(text, pos)
        if not match or match.end() == pos:
            return pos
        pos = match.end()


def negated_request(text: str, match: re.Match[str], pos: int) -> Cue | None | bool:
    """False when the request at `match` is not negated; else None (it asks for nothing: "Vi
    ønsker ikke at ...") or the cue of what a contrast after it asks for instead ("kommunene
    ber ikke om X, men om å Y": Y)."""
    p = patterns()
    before = text[:match.start()].rstrip()
    prev = before.split()[-1].casefold() if before.split() else ""
    if p["posture_negation"].search(before):
        return None  # "Vi står ikke her og ber om at ...": the negated posture verb negates the request
    if p["noun_negation"].search(before + " "):
        return None  # "Det er ikke et ønske om X", "Det er ikkje noko vi krev at X": denied, nothing asked
    direct = p["request_negation"].match(text, pos)
    if direct is not None and _not_only(text, direct.end()):
        return False  # "Vi ønsker ikke bare X, men også Y": both asked
    last_two = " " + " ".join(before.split()[-2:])  # "at støtta ikkje lenger krev X": a negation of two words
    if not (direct or p["request_negation"].fullmatch(" " + prev) or p["request_negation"].fullmatch(last_two)
            or p["future_negation"].search(before) or _negated_around(text, before, pos)):
        return False
    contrast = p["contrast"].search(text, match.end())
    if contrast is None:
        return None
    return Cue(match.start(), contrast.end(), len(text), "request", "request_verb")


def _not_only(text: str, pos: int) -> bool:
    """True when a negation at `pos` opens a "not only ..., but" pair ("ikke bare", `not_only`)."""
    return re.match(rf"\s+(?:{lexicon.alternation(cue_words('not_only'))})(?![\w-])", text[pos:], re.IGNORECASE) \
        is not None


def _negated_around(text: str, before: str, pos: int) -> bool:
    """True when a negation follows a subject right after the request verb ("forventer jeg ikke stort", "ønskjer
    vi ikkje") or stands before an auxiliary of it ("ho ikkje hadde venta", `negated_auxiliaries`); not in a
    "not only" pair ("ønsker vi ikke bare X, men også Y", `not_only`)."""
    p = patterns()
    negation = lexicon.alternation(cue_words("request_negations"))
    subject = p["inverted"].match(text, pos)
    if subject is not None:
        after = skip_over(text, subject.end(), p["adverb"])
        found = p["request_negation"].match(text, after)
        if found is not None:
            return not _not_only(text, found.end())
    auxiliaries = lexicon.alternation(cue_words("negated_auxiliaries"))
    return re.search(rf"(?<![\w-])(?:{negation})\s+(?:{auxiliaries})$", before, re.IGNORECASE) is not None
