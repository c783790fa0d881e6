"""Which language a text is written in, from marker words in `data/language_markers.yaml`.

`written_standard` tells bokmål (nb) from nynorsk (nn); `foreign_language` says
when a text is clearly in another language (English, Swedish, Danish, German),
or is long and holds no Norwegian marker word at all (language "und"), so that it
is set aside instead of being published as Norwegian.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from flows import lexicon

LANGUAGES = ("nb", "nn")  # the written standards read: bokmål, nynorsk
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
NAMES = {"en": "English", "sv": "Swedish", "da": "Danish", "de": "German"}
MIN_WORDS_UNKNOWN = 50  # a text this long with no Norwegian marker word at all is not Norwegian


@dataclass(frozen=True)
class Foreign:
    language: str  # ISO 639-1 code
    hits: int
    norwegian_hits: int

    def reason(self) -> str:
        if self.language == "und":
            return (f"text does not read as Norwegian: none of its {self.hits} words is an nb/nn marker word "
                    "(flows/data/language_markers.yaml); only bokmål and nynorsk texts are extracted")
        name = NAMES.get(self.language, self.language)
        return (f"text is not Norwegian: it reads as {name} ({self.language}: {self.hits} marker words, "
                f"nb/nn: {self.norwegian_hits}); only bokmål and nynorsk texts are extracted")


def not_a_language(language: str | None) -> str | None:
    """Why a language given in a file is not one that is read (None when it is, or when none is given)."""
    if language is None or language in LANGUAGES:
        return None
    return f"language must be one of {', '.join(LANGUAGES)}, not {language!r}"


def _tokens(text: str) -> list[str]:
    return [t.casefold() for t in WORD.findall(text)]


def _scores(tokens: list[str]) -> dict[str, int]:
    markers = lexicon.load("language_markers")
    joined = " " + " ".join(tokens) + " "
    return {lang: sum(joined.count(f" {w} ") for w in markers[lang]) for lang in LANGUAGES}


def written_standard(text: str) -> str:
    """nb or nn: the one with more marker words (a tie is nb)."""
    score = _scores(_tokens(text))
    return "nn" if score["nn"] > score["nb"] else "nb"


def foreign_language(text: str) -> Foreign | None:
    """The other language a text is written in, or None when it reads as Norwegian (or too short to tell)."""
    markers = lexicon.load("language_markers")
    tokens = _tokens(text)
    counts = Counter(tokens)
    norwegian = sum(_scores(tokens).values()) + sum(counts[str(w)] for w in markers["common"])
    best = max(((sum(counts[w.casefold()] for w in words), lang) for lang, words in markers["other"].items()),
               default=(0, ""))
    hits, lang = best
    if hits >= int(markers["min_hits"]) and hits > float(markers["ratio"]) * norwegian:
        return Foreign(lang, hits, norwegian)
    if norwegian == 0 and len(tokens) >= MIN_WORDS_UNKNOWN:
        return Foreign("und", len(tokens), 0)
    return None
