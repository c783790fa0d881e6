"""Whether a person presented at the occasion: the subject of a verb of presenting in a main clause.

A researcher or consultant who lays out a report at the meeting ("Forsker NN ved NTNU innledet med funn fra ...",
"Innledningsvis la seniorforsker NN fra SINTEF fram rapporten", "Første møtedag innleidde professor NN frå NTNU om
...") took part, although their institute is no party to the occasion: a speaker who speaks for a body apart is left
out only for what they say, not for what they presented there. Not a presenter in a relative or content clause ("som
forsker NN la fram i september": a report presented before). Verbs: `presenting_verbs` in
`data/participant_patterns.yaml`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows.extract.participant_details import pattern_data
from flows.model import Sentence


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = pattern_data()
    verbs = str(data["presenting_verbs"])
    first = "|".join(v.split("\\s+")[0] for v in verbs.split("|"))  # "la" of "la fram": the particle after the name
    only_after = str(data.get("presenting_after_name") or r"(?!x)x")  # "NN, var invitert til å innleie"
    after = re.compile(rf"\s*(?:,[^,.!?]{{1,60}},\s*|,\s*|\s+(?:ved|fra|frå|i|hos)\s+(?:[\wæøåÆØÅ-]+\s+){{1,3}}?)?\s*"
                       rf"(?:{verbs}|{only_after})(?![\w-])", re.IGNORECASE)
    before = re.compile(rf"(?<![\w-])(?:{first})\s+(?:[a-zæøå-]+\s+){{0,2}}$",
                        re.IGNORECASE)
    clause = re.compile(str(data["presenting_clause_openers"]), re.IGNORECASE)
    return after, before, clause


def presented_there(sentence: Sentence, start: int, end: int) -> bool:
    """The name at `start:end` (document offsets) is the subject of a verb of presenting in the sentence's main
    clause: the verb right after the name and its institute ("NN ved NTNU innledet"), or right before its role
    ("la seniorforsker NN fra SINTEF fram")."""
    after, before, clause = _patterns()
    head = sentence.text[:start - sentence.start]
    if clause.search(head):
        return False  # "som forsker NN la fram i september", "at NN presenterte": not the main clause
    return bool(after.match(sentence.text, end - sentence.start) or before.search(head))
