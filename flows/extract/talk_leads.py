"""A quotation announced by the talk it comes from (`talk_leads` in speech_verbs.yaml).

"I møtet holdt Sveen et langt innlegg om situasjonen i kommunene. Vi gjengir hovedpunktene her:" and then
dash-led paragraphs: the words are from the talk the first sentence tells, and its one person is their
speaker. The editor's pointer with the colon ("Vi gjengir hovedpunktene her:", "Her er utdrag:") names
nobody; the sentence before it does. A talk sentence that itself ends with the colon ("NN heldt eit
innlegg om skulen:") announces its person the same way.
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows import lexicon


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = lexicon.load("speech_verbs")["talk_leads"]

    def joined(key: str) -> re.Pattern[str]:
        return re.compile("|".join(f"(?:{p})" for p in data[key]), re.IGNORECASE)

    return joined("talk_acts"), joined("editorial_pointers")


def tells_a_talk(sentence: str) -> bool:
    """The sentence tells that someone gave a talk ("holdt et langt innlegg", "heldt ein appell")."""
    return _patterns()[0].search(sentence) is not None


def talk_before_pointer(text: str) -> str | None:
    """When `text` (a paragraph up to a colon) closes with an editor's pointer after a sentence telling a talk, that
    sentence as a lead-in of its own (its full stop made the colon); None otherwise."""
    stripped = text.rstrip()
    parts = re.split(r"(?<=[.!?])\s+", stripped)
    if len(parts) < 2 or not _patterns()[1].search(parts[-1]) or not tells_a_talk(parts[-2]):
        return None
    before = stripped[:len(stripped) - len(parts[-1])].rstrip()
    return before[:-1] + ":" if before.endswith(".") else None


def announces_talk(text: str) -> bool:
    """A paragraph closing with a colon after telling a talk, in its colon sentence or in the sentence before an
    editor's pointer: what follows is the talk's words."""
    stripped = text.rstrip()
    if not stripped.endswith(":"):
        return False
    return talk_before_pointer(stripped) is not None or tells_a_talk(re.split(r"(?<=[.!?])\s+", stripped)[-1])
