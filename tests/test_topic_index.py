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


def _candidates_by_every_substring(form: str) -> set[int]:
    """`_candidates` as first written: every substring of the word up to the longest keyword looked up."""
    index, _ = tc._keyword_index()
    longest = max(len(kw) for kw in index)
    return {n for i in range(len(form)) for j in range(i + 1, min(len(form), i + longest) + 1)
            for n in index.get(form[i:j], ())}


@settings(max_examples=1500, deadline=None)
@given(word=WORDS)
def test_candidates_stop_at_a_piece_no_keyword_begins_with(word: str) -> None:
    assert tc._candidates(word) == _candidates_by_every_substring(word)


def _phrase_hits_everywhere(low: str) -> list[tuple[int, str]]:
    """Hits of the keywords of several words, every pattern run over the whole text."""
    return [(m.start(), code) for code, _, pattern in tc._phrases() for m in pattern.finditer(low)]


def test_phrase_gate_on_every_text_of_the_project() -> None:
    """The phrase patterns skipped for a text without their first word find nothing in it; the word
    candidates agree on every word of the texts."""
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    texts = [p.read_text(encoding="utf-8") for p in sorted((root / "raw").glob("*.txt"))] + [
        p.read_text(encoding="utf-8") for p in sorted((root / "eval").glob("**/raw/*.txt"))][::3]
    hits = 0
    for text in texts:
        low = text.casefold()
        gated = [(m.start(), code) for code, first, pattern in tc._phrases() if first in low
                 for m in pattern.finditer(low)]
        assert gated == _phrase_hits_everywhere(low)
        hits += len(gated)
        for word in set(tc.WORD.findall(low)):
            assert tc._candidates(word) == _candidates_by_every_substring(word), word
    assert hits > 50


def _phrase_words() -> list[str]:
    """The words of the codebook's keywords of several words, and a few others."""
    from flows import lexicon

    words = {w.rstrip("*") for entry in lexicon.load("topics").values() for kw in entry.get("keywords", [])
             if " " in str(kw) for w in str(kw).split()}
    return sorted(words | {"og", "i", "kommune", "Helse", "\n", "-", "s"})


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_phrase_words()), max_size=12))
def test_phrase_gate_on_invented_texts(words: list[str]) -> None:
    low = " ".join(words).casefold()
    gated = [(m.start(), code) for code, first, pattern in tc._phrases() if first in low for m in pattern.finditer(low)]
    assert gated == _phrase_hits_everywhere(low)
