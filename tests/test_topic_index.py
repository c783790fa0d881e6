"""The codebook's lookup table gives exactly what checking a word against every keyword gives."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from flows.extract import topic_model as tm


def brute_force(word: str, language: str) -> tuple[str, ...]:
    """word_codes as it was: every form against every keyword of the codebook."""
    base = tm.lemma(word, language)
    forms = {word, base} | {part for part in word.split("-") if part}
    best: dict[str, int] = {}
    for code, kw, prefix in tm._keywords():
        if any(tm._part_match(form, kw, prefix, base == word or form != word) for form in forms):
            best[code] = max(best.get(code, 0), len(kw))
    top = max(best.values(), default=0)
    return tuple(code for code, size in best.items() if size == top)


KEYWORDS = sorted({kw for _, kw, _ in tm._keywords()})
PIECES = st.sampled_from(KEYWORDS) | st.text(alphabet="abdeiklmnorstuøæå-", min_size=1, max_size=5)
WORDS = st.lists(PIECES, min_size=1, max_size=4).map("".join)


@settings(max_examples=1500, deadline=None)
@given(word=WORDS, language=st.sampled_from(["nb", "nn"]))
def test_index_matches_every_keyword(word: str, language: str) -> None:
    tm.word_codes.cache_clear()
    assert tm.word_codes(word, language) == brute_force(word, language)


def test_compound_and_hyphen_forms() -> None:
    for word in ["skolebygg", "barnevernsreformen", "helse-", "-", "statlege", "kommuneøkonomien"]:
        assert tm.word_codes(word, "nb") == brute_force(word, "nb")
