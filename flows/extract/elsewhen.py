"""Whether a sentence tells of another time than the occasion's: words said or a meeting attended then.

`elsewhen`: the sentence places what it tells at another time than the reference day (`occasion_time.other_time`:
"i fjor", a month other than the occasion's), or opens by pointing back to the sentence before it in the same
paragraph (`carried_time` in `data/participant_patterns.yaml`: "Der", "Då", "Den gongen") when that one does ("I mars
var saka oppe i det første møtet. Der ba dåverande leiar NN om ..."). `only_elsewhen`: the persons every sentence
naming whom tells of another time and names no occasion.
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from flows.extract.occasion_time import other_time
from flows.extract.participant_details import pattern_data as _data
from flows.extract.people import People
from flows.literal_gate import Searchable
from flows.model import Sentence


def _sentence_of(sentences: tuple[Sentence, ...], offset: int) -> Sentence | None:
    for s in sentences:
        if s.start <= offset < s.end:
            return s
    return None


@lru_cache(maxsize=1)
def _carried_time() -> re.Pattern[str]:
    return re.compile(str(_data()["carried_time"]), re.IGNORECASE)


def elsewhen(sentences: tuple[Sentence, ...], sentence: Sentence, day: date | None, text: str) -> bool:
    """The sentence places what it tells at another time than `day` (`occasion_time.other_time`), or opens by
    pointing back to the sentence before it in the same paragraph (`carried_time`: "Der", "Då", "Den gongen") when
    that one does: "I mars var saka oppe i det første møtet. Der ba daverande leiar NN om ..."."""
    if other_time(sentence.text, day):
        return True
    if not _carried_time().match(sentence.text):
        return False
    before = [s for s in sentences if s.end <= sentence.start]
    if not before or "\n" in text[before[-1].end:sentence.start]:
        return False
    return other_time(before[-1].text, day)


def only_elsewhen(people: People, sentences: tuple[Sentence, ...], occasion: Searchable,
                   day: date | None, text: str = "") -> frozenset[str]:
    """Persons every sentence naming whom places at another time than `day` and names no occasion
    ("Ministeren sa det slik i Stortinget i desember: «...»"): their quoted words are from elsewhere."""
    if day is None:
        return frozenset()
    elsewhere: dict[str, bool] = {}
    apart_at: dict[int, bool] = {}  # each sentence read once
    for mention in people.mentions:
        if not elsewhere.get(mention.name, True):
            continue
        sentence = _sentence_of(sentences, mention.start)
        if sentence is not None and sentence.start not in apart_at:
            apart_at[sentence.start] = not occasion.search(sentence.text) and elsewhen(sentences, sentence, day, text)
        elsewhere[mention.name] = sentence is not None and apart_at[sentence.start]
    return frozenset(name for name, apart in elsewhere.items() if apart)
