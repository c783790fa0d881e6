"""The clause a date phrase stands in (`own_clause`), read by the meeting date (`meeting_date`) and its fallbacks
(`date_fallbacks`): a time marker in another clause of the sentence places another event. The clause openers and
joiners are data (`clause_openers`, `clause_joiners` in the date words, `flows/data/date_words.yaml`)."""
from __future__ import annotations

import re
from functools import lru_cache

from flows import lexicon
from flows.extract.dates import FoundDate, date_words
from flows.model import Sentence


@lru_cache(maxsize=1)
def _clause_openers() -> re.Pattern[str]:
    words = lexicon.alternation(sorted(str(w) for w in date_words().get("clause_openers") or ["siden"]))
    joined = lexicon.alternation(sorted(str(w) for w in date_words().get("clause_joiners") or ["og"]))
    return re.compile(rf"(?:,\s*|\s)(?:{words})(?![\w])|,\s*(?:{joined})(?![\w])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _clause_starts() -> re.Pattern[str]:
    words = lexicon.alternation(sorted(str(w) for w in date_words().get("clause_openers") or ["siden"]))
    joined = lexicon.alternation(sorted(str(w) for w in date_words().get("clause_joiners") or ["og"]))
    return re.compile(rf",\s*(?:{words}|{joined})(?![\w])", re.IGNORECASE)


def own_clause(sentence: Sentence, found: FoundDate) -> str:
    """The clause of the date phrase: the sentence up to the first clause that follows it (`clause_openers`:
    "siden", "etter at", "som", ", og"), from the last clause that opens with a comma before it (", mens", ", og"): a
    time marker in another clause places another event ("Møtet fredag 4. mars var det tredje siden partane skreiv
    under i fjor"; "Dei åt middag kvelden før, mens sjølve møtet tok til den 3.")."""
    end = found.end - sentence.start
    after = _clause_openers().search(sentence.text, end)
    start = 0
    for opener in _clause_starts().finditer(sentence.text, 0, max(0, found.start - sentence.start)):
        start = opener.start()
    return sentence.text[start:] if after is None else sentence.text[start:after.start()]
