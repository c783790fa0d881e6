"""Topic codes from a keyword lexicon (`data/topics.yaml`) over lemmas."""
from __future__ import annotations

from flows import lexicon


def topic_codes() -> tuple[str, ...]:
    """The fixed code list, in the order of the data file."""
    return tuple(lexicon.load("topics"))


def topics_in(text: str, language: str = "nb") -> tuple[str, ...]:
    """Every topic code the text mentions, in order of first mention."""
    return ()


def topic_of(text: str, language: str = "nb", context: str = "") -> str | None:
    """The single best topic code for a short text (a demand); `context` breaks ties."""
    return None
