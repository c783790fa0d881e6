"""The words a regex match must contain (flows/literal_gate.py), and the gated search of the occasion
cues: the same answers as the whole alternation, on invented sentences and on every paragraph and
sentence of the seed texts."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flows.extract import meeting_type as mt
from flows.literal_gate import GatedAlternation, holds_words, required_literals
from flows.segment import segment

ROOT = Path(__file__).resolve().parent.parent

LITERALS = [
    ("plain_word", r"\bmøtet\b", {"møtet"}),
    ("longest_run_of_a_sequence", r"\b(?:i|under|på)\s+debatten\b", {"debatten"}),
    ("one_word_per_alternative", r"\b(?:innlegg|tale|appell)\b", {"innlegg", "tale", "appell"}),
    ("repeated_at_least_once", r"(?:ring)+\s+\d", {"ring"}),
    ("lookbehind_is_in_the_text", r"\bkom(?<=statsråden\skom)\s+til", {"statsråden"}),
    ("scoped_case_lowered", r"(?-i:KS)-leiaren", {"-leiaren"}),
    ("optional_word_is_no_requirement", r"\b(?:et\s+)?seminar", {"seminar"}),
]


@pytest.mark.parametrize("pattern,expected", [c[1:] for c in LITERALS], ids=[c[0] for c in LITERALS])
def test_required_literals(pattern: str, expected: set[str]) -> None:
    assert required_literals(pattern) == frozenset(expected)


NO_LITERALS = [
    ("only_classes", r"\b\w+\s+\d+"),
    ("optional_only", r"(?:møte)?\s*\d"),
    ("an_alternative_without_words", r"\b(?:møtet|\d+)\b"),
    ("too_short", r"\b(?:på|i)\s+\w+"),
]


@pytest.mark.parametrize("pattern", [c[1] for c in NO_LITERALS], ids=[c[0] for c in NO_LITERALS])
def test_no_required_literals(pattern: str) -> None:
    assert required_literals(pattern) is None


TEXTS = [
    "Statsråden møtte ordførarane i Nordby i går.",
    "Ordføreren holdt et innlegg på konferansen om skolebygg.",
    "I debatten sa ho at kommunane må få meir pengar.",
    "Kommunestyret vedtok budsjettet med 20 mot 13 stemmer.",
    "Det regnet hele dagen, og ingen kom.",
    "Fylkesleiaren tala på landstinget i vår.",
    "Han skreiv under avtalen med departementet.",
    "MØTTE STATSRÅDEN",  # upper case
    "Styret møtte ſtatsråden",  # a long s: IGNORECASE folds it with s, str.lower does not
    "İ MØTE MED KS",  # a dotted capital I
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_gated_occasion_cues_match_the_whole_alternation(text: str) -> None:
    gated, whole = mt.occasion_cues(), mt.any_cue()
    assert gated.found(text) == (whole.search(text) is not None)
    found = gated.search(text)
    expected = whole.search(text)
    assert (found.span() if found else None) == (expected.span() if expected else None)
    assert [m.span() for m in gated.finditer(text)] == [m.span() for m in whole.finditer(text)]


def test_gated_cues_on_the_seed_texts() -> None:
    """Every paragraph and sentence of the seed texts: the gate answers as the whole pattern."""
    gated, whole = mt.occasion_cues(), mt.any_cue()
    texts = [t for path in sorted((ROOT / "raw").glob("*.txt")) for b in segment(path.read_text(encoding="utf-8"))
             for t in (b.text, *(s.text for s in b.sentences))]
    assert texts
    assert [gated.found(t) for t in texts] == [whole.search(t) is not None for t in texts]


def test_each_cue_needs_its_words() -> None:
    """A cue whose words a text lacks finds nothing there (the per-cue gate of `cue_hits`)."""
    texts = [*TEXTS, *(b.text for path in sorted((ROOT / "raw").glob("*.txt"))
                       for b in segment(path.read_text(encoding="utf-8")))]
    for cue, words in zip(mt.cues(), mt._cue_words()):
        for text in texts:
            if not holds_words(words, text):
                assert cue.pattern.search(text) is None, (cue.rule, text)


def test_gated_alternation_of_plain_patterns() -> None:
    alternatives = [r"\bmøtet\b", r"\b\d+\s+mot\s+\d+"]
    whole = re.compile("|".join(f"(?:{a})" for a in alternatives), re.IGNORECASE)
    gated = GatedAlternation(whole, alternatives)
    for text in ("Etter møtet", "vedteke 20 mot 13", "ingenting her", "MØTET"):
        assert gated.found(text) == (whole.search(text) is not None)


def test_document_words_narrow_the_paragraph_gate() -> None:
    """A paragraph looked up among the words its document holds answers as the whole pattern."""
    gated, whole = mt.occasion_cues(), mt.any_cue()
    for path in sorted((ROOT / "raw").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        among = gated.words_in(text)
        for block in segment(text):
            assert gated.found(block.text, among) == (whole.search(block.text) is not None)
            assert mt.has_cue(block.text, text) == (whole.search(block.text) is not None)


def test_cue_patterns_guarded_and_gated_find_the_same() -> None:
    """The demand cue patterns behind their first-character guard and their words find what the
    plain patterns find, on every sentence of the seed texts and the invented ones above."""
    from flows.extract import cue_patterns
    from flows.literal_gate import GatedPattern

    cue_patterns.patterns.cache_clear()
    guarded = cue_patterns.patterns()
    sentences = [*TEXTS, *(s.text for path in sorted((ROOT / "raw").glob("*.txt"))
                           for b in segment(path.read_text(encoding="utf-8")) for s in b.sentences)]
    for kind, pattern in guarded.items():
        compiled = pattern.compiled if isinstance(pattern, GatedPattern) else pattern
        source = compiled.pattern
        opening = next((o for o in cue_patterns.GUARDED_AFTER if source.startswith(o)), "")
        rest = source[len(opening):]
        plain = re.compile(opening + (rest[rest.index(")") + 1:] if rest.startswith("(?=[") else rest), compiled.flags)
        for text in sentences:
            assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)], kind
            assert bool(pattern.search(text)) == bool(plain.search(text)), kind


def test_participant_patterns_gated_find_the_same() -> None:
    """The participant cue alternations (`participant_details.any_pattern`) searched behind their
    words find what the plain alternations find, whole and within a span."""
    from flows.extract.matcher import boundary_alternation
    from flows.extract.participant_details import any_pattern, pattern_data

    sentences = [*TEXTS, *(s.text for path in sorted((ROOT / "raw").glob("*.txt"))
                           for b in segment(path.read_text(encoding="utf-8")) for s in b.sentences)]
    for key in ("attendance", "companion", "not_participant_context", "raising_verbs", "content_openers"):
        gated, plain = any_pattern(key), re.compile(boundary_alternation(pattern_data()[key]), re.IGNORECASE)
        for text in sentences:
            assert [m.span() for m in gated.finditer(text)] == [m.span() for m in plain.finditer(text)], key
            half = len(text) // 2
            assert bool(gated.search(text, 0, half)) == bool(plain.search(text, 0, half)), key


def _held_word_by_word(gate: GatedAlternation, low: str) -> int:
    held = 0
    for word, mask in zip(gate._words, gate._masks):
        if word in low:
            held |= mask
    return held


@pytest.fixture(scope="module")
def attendance_gate() -> GatedAlternation:
    from flows.extract.participant_details import any_pattern
    return any_pattern("attendance")  # type: ignore[return-value]


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_one_scan_holds_the_words_a_word_by_word_test_holds(attendance_gate: GatedAlternation, data: st.DataObject) -> None:
    """`_held` (one regex over the text: the longest word at each position and the words inside it) gives the
    bits a test of each word in turn gives, on texts made of the gate's words, their pieces and other letters."""
    words = attendance_gate._words
    pieces = st.one_of(st.sampled_from(words), st.sampled_from(words).map(lambda w: w[: len(w) // 2 + 1]),
                       st.text(alphabet="abdeknorstæøå -", max_size=4))
    low = "".join(data.draw(st.lists(pieces, max_size=12)))
    assert attendance_gate._held(low) == _held_word_by_word(attendance_gate, low)


def test_one_scan_on_the_seed_sentences(attendance_gate: GatedAlternation) -> None:
    sentences = [s.text.lower() for path in sorted((ROOT / "raw").glob("*.txt"))
                 for b in segment(path.read_text(encoding="utf-8")) for s in b.sentences]
    assert len(sentences) > 100
    assert any(_held_word_by_word(attendance_gate, s) for s in sentences)
    assert [attendance_gate._held(s) for s in sentences] == [_held_word_by_word(attendance_gate, s) for s in sentences]
