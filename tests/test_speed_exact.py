"""The speed shortcuts of round 19 give what the plain computations give (invented sentences)."""
from __future__ import annotations

import re

import pytest

from flows.extract import ministry_gazetteer as g
from flows.extract.occasion_cues import occasion_cues

WORDS = ["helsemnisteren", "kunnskapsminsiter", "distrisktminister", "kommunalministeren", "statsråden",
         "forslagene", "digitaliseringsministaren", "kulturministern", "arbeidsministrane", "fiskeriminster"]


def _plain(word: str) -> str | None:
    """Every one-word title tried, as before the length check."""
    return next((m for t, m in g._single_word_titles().items() if g._near(word, t)), None)


@pytest.mark.parametrize("word", WORDS)
def test_misspelt_title_as_every_title_tried(word: str) -> None:
    assert g._misspelt_title(word) == _plain(word)


def test_a_misspelt_title_is_still_found() -> None:
    found = g.misspelt_titles("I går møtte helsemnisteren ordførarane i fylket.")
    assert [m.kind for m in found] == ["title"]


SENTENCES = ["Statsråden møtte KS i Oslo tysdag for å drøfte økonomien.",
             "Kommunal- og distriktsministeren hadde eit møte med styret i KS.",
             "Det var ingen som kom på konferansen i går.",
             "KS-leiaren deltok på dialogmøtet med regjeringa.",
             "Ordføreren ble invitert til et innspillsmøte om skolen."]


@pytest.mark.parametrize("text", SENTENCES)
def test_gated_alternation_as_the_whole_pattern(text: str) -> None:
    gate = occasion_cues()
    assert gate.found(text) == (gate.whole.search(text) is not None)
    low = text.lower()
    held = 0
    for word, mask in zip(gate._words, gate._masks):
        if word in low:
            held |= mask
    assert gate.possible(text) == any(need & held == need for need in gate._needs)


def test_role_phrase_compiled_once_matches_as_the_string() -> None:
    from flows.extract import roles as R
    from flows.extract.quote_attribution import _role_phrase

    for subject in ("styreleder i KS", "leiar for utvalet", "Kari Dal"):
        assert bool(_role_phrase().match(subject)) == bool(re.match(R.ROLE_PHRASE(), subject, re.IGNORECASE))
