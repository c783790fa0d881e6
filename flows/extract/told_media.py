"""A voice told to a medium, read once: "sier NN til Fagbladet", "sa hun til Nordby Tidende".

The construction is a verb of saying (`direct` and `indirect` in `data/speech_verbs.yaml`, the one list of such
verbs), up to three words (where the speaker may be named: "sier styreleder NN til ..."), "til" or "overfor", and
the one told. `tellings(text, people)` finds every such construction once and gives both its parts:

- `Tellings.speakers`: the persons named right before "til" in it ("sier NN til Fagbladet"), with the offset of the
  mention; `source_persons.told_a_medium` keeps those whose sentence is a source context apart from the occasion;
- `Tellings.media`: the offsets where the one told starts; a "person" with no role named there is a newspaper, not a
  participant (`participant_details.not_media`).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from flows import lexicon
from flows.budget import check
from flows.extract.matcher import trie_alternation
from flows.extract.people import People

SPEAKER_WINDOW = 30  # characters from the start of the verb to the speaker's name
# between the verb and "til"/"overfor": up to three words, the speaker among them ("sa hun til", "sier NN til"; each
# count of words, so "sa til slutt til Nordby Tidende" reaches the second "til")
TOLD_GAPS = tuple(re.compile(rf"\s+(?:[\w-]+\s+){{{n}}}(?:til|overfor)\s+") for n in range(4))
# between the verb and a speaker named before "til": up to three words ("sier styreleder i KS NN til")
SPEAKER_GAP = re.compile(r"\s+(?:[\w.-]+\s+){0,3}")
TIL = " til "


@lru_cache(maxsize=1)
def speech_verbs() -> re.Pattern[str]:
    """Any verb of saying (`direct` and `indirect` in speech_verbs.yaml)."""
    verbs = lexicon.load("speech_verbs")
    items = {str(v) for key in ("direct", "indirect") for v in verbs.get(key) or ()}
    return re.compile(rf"(?<![\w])(?:{trie_alternation(items, ignore_case=True)})(?![\w])", re.IGNORECASE)


@lru_cache(maxsize=1)
def adjuncts() -> frozenset[str]:
    """Prepositions that attach a medium or place to a verb of saying (`adjuncts` in speech_verbs.yaml)."""
    return frozenset(str(w).casefold() for w in lexicon.load("speech_verbs").get("adjuncts") or ())


@dataclass(frozen=True)
class Tellings:
    speakers: tuple[tuple[str, int, int], ...]  # (name, start of the mention, start of the verb) of a speaker told
    media: frozenset[int]  # where the one told starts


def tellings(text: str, people: People) -> Tellings:
    """Every "<verb of saying> [NN] til/overfor <medium>" in `text`, read once."""
    speakers: list[tuple[str, int, int]] = []
    media: set[int] = set()
    mentions = sorted(people.mentions, key=lambda m: m.start)
    starts = [m.start for m in mentions]
    for verb in speech_verbs().finditer(text):
        check()
        media.update(gap.end() for gap in (told.match(text, verb.end()) for told in TOLD_GAPS) if gap is not None)
        for mention in mentions[bisect_right(starts, verb.end()):]:
            if mention.start > verb.start() + SPEAKER_WINDOW:
                break
            if text.startswith(TIL, mention.end) and SPEAKER_GAP.fullmatch(text, verb.end(), mention.start):
                speakers.append((mention.name, mention.start, verb.start()))
                media.add(mention.end + len(TIL))
    return Tellings(tuple(speakers), frozenset(media))


def told_at(text: str, name: str, media: frozenset[int]) -> bool:
    """The name stands where a medium told starts ("sa hun til Nordby Tidende")."""
    return any(text.startswith(name, start) and not re.match(r"[\w-]", text[start + len(name):start + len(name) + 1])
               for start in media)
