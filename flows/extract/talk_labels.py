"""The labels of a talk's own text, from one table (`talk_labels` in `data/meeting_types.yaml`).

Two readers share it:
- the occasion cue `talenotat` (`occasion_cues.cues`: its pattern's `<talk_labels>` is `cue_pattern()`):
  a label word, a draft of a talk or a manuscript's caveat anywhere in a text makes it a talk;
- the header of a talk manuscript (`document_layout`, patterns `talk_label` and `talk_note`, whose
  `<talk_labels>` and `<talk_notes>` are `header_pattern()` and `note_pattern()`): a header line opening with one makes the
  text the speaker's own words. Words too common to name a talk anywhere ("Manus", "Stikkord") count only
  there.
"""
from __future__ import annotations

from functools import lru_cache

from flows import lexicon

@lru_cache(maxsize=1)
def _table() -> dict:
    return lexicon.load("meeting_types")["talk_labels"]


def _alt(key: str) -> str:
    return lexicon.alternation([str(w) for w in _table().get(key) or ()]) or r"(?!x)x"


ONE_WORD = r"(?:[\w-]+\s+)?"  # a word between "til" and the noun: "Utkast til kort tale"


def _draft(gap: str) -> str:
    return rf"(?:{_alt('draft_heads')})\s+til\s+{gap}(?:{_alt('draft_nouns')})"


@lru_cache(maxsize=1)
def cue_pattern() -> str:
    """The cue anywhere in a text: "talenotatet", "Utkast til kort tale", "Det talte ord gjelder"."""
    draft = _draft(ONE_WORD)
    return rf"\b(?:{_alt('words')})\w*|\b{draft}\b|\b(?:{_alt('caveats')})\b"


@lru_cache(maxsize=1)
def header_pattern() -> str:
    """The label opening a header line: the cue's words and drafts, and the words that count only there."""
    return rf"(?:{_alt('words')})\w*|{_draft('')}|{_alt('header_words')}"


@lru_cache(maxsize=1)
def note_pattern() -> str:
    """The caveats and stage notes opening a header line ("Det talte ord gjelder", "Taletid")."""
    return rf"{_alt('caveats')}|{_alt('header_notes')}"


def filled(pattern: str) -> str:
    """A cue's `pattern` with `<talk_labels>` replaced by `cue_pattern()`."""
    if "<talk_" not in pattern:
        return pattern
    return pattern.replace("<talk_labels>", f"(?:{cue_pattern()})")
