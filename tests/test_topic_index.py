"""The codebook's lookup table gives exactly what checking a word against every keyword gives."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from flows.extract import topic_codebook as tc
from flows.extract import topic_model as tm


def brute_force(word: str, language: str) -> tuple[str, ...]:
    """word_codes without the index: every form against every keyword of the codebook, ranked by
    how near the word's end the keyword reaches (compound head), then by length."""
    base = tm.lemma(word, language)
    forms = {word, base} | {part for part in word.split("-") if part}
    best: dict[str, tuple[int, int]] = {}
    for code, kw, prefix in tc._keywords():
        matched = [form for form in forms if tc._part_match(form, kw, prefix, base == word or form != word)]
        if matched:
            rank = (-min(tc._reach(form, kw) for form in matched), len(kw))
            best[code] = max(best.get(code, rank), rank)
    top = max(best.values(), default=None)
    return tuple(code for code, rank in best.items() if rank == top)


KEYWORDS = sorted({kw for _, kw, _ in tc._keywords()})
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
