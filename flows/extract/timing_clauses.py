"""A timing clause coordinated after a demand ("X, og den må komme før sommeren", `timing_clauses` of
`data/request_verbs.yaml`): part of the demand before it, not a second one."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from flows import lexicon
from flows.extract.cue_patterns import Cue, cue_words


def _timing_clause(subjects: list[str], verbs: list[str], objects: list[str], adverb_before_time: bool) -> re.Pattern[str]:
    """A subject, a verb, an object or second verb and a time ("vi må gjøre det nå", "vi trenger den nå"): an
    adverb may stand after the verb and, where `adverb_before_time`, before the time."""
    data = lexicon.load("request_verbs")["timing_clauses"]
    adverb = rf"(?:(?:{lexicon.alternation(cue_words('adverbs'))})\s+)?"
    return re.compile(rf"(?:{lexicon.alternation(subjects)})\s+(?:{lexicon.alternation(verbs)})\s+{adverb}"
                      rf"(?:{lexicon.alternation(objects)})\s+{adverb if adverb_before_time else ''}"
                      rf"(?:{lexicon.alternation(data['times'])})(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _timing() -> re.Pattern[str]:
    data = lexicon.load("request_verbs")["timing_clauses"]
    return _timing_clause(data["subjects"], cue_words("modals"), data["verbs"], adverb_before_time=False)


@lru_cache(maxsize=1)
def _need_timing() -> re.Pattern[str]:
    data = lexicon.load("request_verbs")["timing_clauses"]
    return _timing_clause(data["need_subjects"], cue_words("need_verbs"), data["need_objects"], adverb_before_time=True)


def timed(text: str, cues: list[Cue]) -> list[Cue]:
    """The cues with a timing clause coordinated after a demand ("X, og den må komme før sommeren",
    `timing_clauses`) made part of that demand: the same measure, when it must come, no second action; a
    need repeated with a pronoun to say when ("X, og vi trenger den nå") is left out, the need is X."""
    out: list[Cue] = []
    for cue in cues:
        if out and cue.kind == "need_verb" and _need_timing().match(text, cue.start) \
                and re.fullmatch(r"[\s,]*og\s*", text[out[-1].end:cue.start]):
            continue
        if out and cue.kind == "modal" and _timing().match(text, cue.start) \
                and re.fullmatch(r"[\s,]*og\s*", text[out[-1].end:cue.start]):
            out[-1] = replace(out[-1], end=cue.end)
            continue
        out.append(cue)
    return out
