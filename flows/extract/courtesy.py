"""Thanks that report no view: for the occasion itself or for the other party's part in it.

"takke for eit godt møte", "takket KS for rapporten", "takke for at statsråden kom", "takka KS for ein open
og konstruktiv dialog": courtesy, not a statement; thanks with a view
("takket for at kommunene har tatt imot så mange") still are. The words are data (`courtesy_thanks` in
`speech_verbs.yaml`). `courtesy()` matches reported words that open with the thanking verb;
`thanks_only(before, words)` reads words whose thanking verb stands before them in their sentence (the
parse gives the object of "takka X for" as the content).
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows import lexicon


@lru_cache(maxsize=1)
def courtesy() -> re.Pattern[str]:
    """Words that are only thanks for the occasion or for the other party's part in it ("takke for eit
    godt møte", "takket KS for rapporten", "takke for at statsråden kom"): courtesy, no view reported."""
    data = lexicon.load("speech_verbs")["courtesy_thanks"]
    verbs, objects = lexicon.alternation(data["verbs"]), lexicon.alternation(data["objects"])
    arrivals = lexicon.alternation(data["arrivals"])
    thanked = r"(?:[\w-]+\s+){0,3}?"  # the one thanked: "KS", "statsråden", "departementet og KS"
    article = r"(?:(?:eit|et|ein|en|ei|det|den|dei|de|hennes|hans|sitt|sin|si|sine|dykkar|deres)\s+)?"
    adjective = r"(?:[\w-]+\s+(?:og\s+[\w-]+\s+)?)?"  # "eit godt møte", "ein open og konstruktiv dialog"
    return re.compile(rf"^(?:{verbs})\s+{thanked}for\s+(?:{article}{adjective}(?:{objects})\b"
                      rf"|at\s+(?:[\w-]+\s+){{1,3}}?(?:{arrivals})\b)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _last_verb() -> re.Pattern[str]:
    verbs = lexicon.alternation(lexicon.load("speech_verbs")["courtesy_thanks"]["verbs"])
    # "takka statssekretæren for at ": the parse may give the arrival after "at" as the content
    return re.compile(rf"(?<![\w-])(?:{verbs})\s+(?:[\w-]+\s+){{0,3}}?for\s+(?:at\s+)?$", re.IGNORECASE)


def thanks_only(before: str, words: str) -> bool:
    """True when `words`, with the thanking verb right before them in their sentence (`before`: the
    sentence up to them), are only thanks for the occasion ("takka KS for" + "ein god dialog")."""
    verb = _last_verb().search(before[-80:])
    return verb is not None and courtesy().match(before[-80:][verb.start():] + words.strip()) is not None
