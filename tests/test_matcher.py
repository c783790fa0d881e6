"""The compiled lexicon matchers (flows/extract/matcher.py) find exactly what the code they replace found.

Properties (Hypothesis) compare the trie-built alternation with the flat one
(`lexicon.alternation`) and `find_literals` with the per-document regex, on
random phrase lists and texts made of those phrases, case variants and noise;
the gazetteer lookups of flows/extract/actors.py are compared with the flat
alternations of the real lexicons over the repository's texts and every alias
in three casings.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from flows import lexicon
from flows.extract import actors, ministry_actors, participants, speaker_claimant
from flows.extract.matcher import find_literals, trie_alternation

ROOT = Path(__file__).resolve().parent.parent
# Letters the lexicons use, and the ones Python's re folds in odd ways (ſ/s, ı/i, the Kelvin sign, ß, İ).
ALPHABET = "abcKksSæøåÆØÅé -ſıKßİ"
phrase = st.text(alphabet=ALPHABET, min_size=1, max_size=6).filter(lambda p: p.strip() == p and "  " not in p)
phrases = st.lists(phrase, min_size=1, max_size=12)


def _texts(items: list[str], noise: list[str]) -> str:
    return " ".join(p for pair in zip(items, noise) for p in pair) + " " + " ".join(noise)


def _spans(pattern: str, text: str, flags: int) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(pattern, text, flags)]


WRAPS = [
    r"(?<![\w-])(?:{})(?![\w])",                        # actors' gazetteers
    r"(?<![\w])(?:{})\s+(?:[\w-]+\s+){{0,2}}$",          # participants' words before a name (search)
    r"(?<![\w-])(?:{})(?:\s+i\s+[A-ZÆØÅ]\w+)?(?![\w-])",  # an elected body and its place
    r"(?:{})",                                           # bare
]


@settings(max_examples=300, deadline=None)
@given(items=phrases, noise=st.lists(st.text(alphabet=ALPHABET + "\t\n.,", max_size=8), min_size=1, max_size=12),
       ignore_case=st.booleans(), wrap=st.sampled_from(WRAPS), swap=st.booleans())
def test_trie_matches_what_the_flat_alternation_matches(items: list[str], noise: list[str], ignore_case: bool,
                                                         wrap: str, swap: bool) -> None:
    flags = re.IGNORECASE if ignore_case else 0
    shown = [p.swapcase() if swap else p for p in items]
    text = _texts(shown, noise) + "\n" + "  ".join(items)
    flat = wrap.format(lexicon.alternation(items))
    trie = wrap.format(trie_alternation(items, ignore_case=ignore_case))
    assert _spans(trie, text, flags) == _spans(flat, text, flags)


def test_trie_of_nothing_is_empty_like_the_flat_alternation() -> None:
    assert trie_alternation([]) == lexicon.alternation([]) == ""


def test_trie_shares_prefixes() -> None:
    assert trie_alternation(["KS", "KS styret", "Kommunen"]) == r"K(?:S(?:\s+styret)?|ommunen)"
    assert trie_alternation(["ks", "KS styret"], ignore_case=True) == r"ks(?:\s+styret)?"


@settings(max_examples=300, deadline=None)
@given(keys=st.lists(st.text(alphabet="aAbø -", min_size=1, max_size=5), min_size=1, max_size=8),
       noise=st.lists(st.text(alphabet="aAbø -_1.", max_size=6), min_size=1, max_size=10))
def test_find_literals_finds_what_the_per_document_regex_found(keys: list[str], noise: list[str]) -> None:
    ordered = sorted(keys, key=len, reverse=True)
    text = _texts(keys, noise) + " " + "".join(keys)
    pattern = "|".join(re.escape(k) for k in ordered)
    expected = [(m.start(), m.end(), m.group(0)) for m in re.finditer(rf"(?<![\w-])(?:{pattern})(?![\w-])", text)]
    assert find_literals(text, ordered) == expected


def test_find_literals_refuses_an_empty_key() -> None:
    with pytest.raises(ValueError):
        find_literals("text", ["", "t"])


def _old_compile(aliases: dict[str, str], genitive: bool = False,
                 as_written: frozenset[str] = frozenset()) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """actors._compile before the trie: flat alternations (same options)."""
    caps = [a for a in aliases if a.upper() == a or a in as_written]
    rest = [a for a in aliases if not (a.upper() == a or a in as_written)]
    _, _, lookup = actors._compile(aliases, genitive, as_written)
    never = r"(?!x)x"
    gen = "(?:(?<=[a-zæøå])s)?" if genitive else ""
    exact = re.compile(rf"(?<![\w-])(?:{lexicon.alternation(caps) or never}){gen}(?![\w])")
    loose = re.compile(rf"(?<![\w-])(?:{lexicon.alternation(rest) or never}){gen}(?![\w])", re.IGNORECASE)
    return exact, loose, lookup


def _corpus() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "raw").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted(Path("/work/shared/dev/raw").glob("*.txt"))]
    return texts


@pytest.mark.parametrize("gazetteer", ["claimants", "addressees"])
def test_gazetteer_lookups_agree_with_the_flat_alternations(gazetteer: str, monkeypatch: pytest.MonkeyPatch) -> None:
    build = actors._claimant_regex if gazetteer == "claimants" else actors._addressee_regex
    compiled = build()
    captured: dict[str, dict[str, str]] = {}
    with monkeypatch.context() as patch:  # the aliases the gazetteer hands to actors._compile
        patch.setattr(actors, "_compile", lambda aliases, **options: captured.setdefault(
            "aliases", dict(aliases)) and captured.setdefault("options", options))
        build.__wrapped__()
    aliases = list(captured["aliases"])
    old = _old_compile(captured["aliases"], **captured.get("options", {}))
    texts = _corpus() + [" ".join(f"{a}, {a.upper()} og {a.lower()}-" for a in aliases)]
    assert len(texts) > 1
    for text in texts:
        assert actors._find(text, compiled) == actors._find(text, old)
    assert actors._find(texts[-1], compiled)  # the aliases are found at all


def test_participant_word_lists_agree_with_the_flat_alternations() -> None:
    verbs = lexicon.load("speech_verbs")
    items = {str(v) for key in ("direct", "indirect") for v in verbs.get(key) or ()}
    flat = re.compile(rf"(?<![\w])(?:{lexicon.alternation(sorted(items))})(?![\w])", re.IGNORECASE)
    text = "\n".join(_corpus()) + " " + " ".join(f"{v} {v.upper()}" for v in sorted(items))
    assert _spans(participants._speech().pattern, text, re.IGNORECASE) == _spans(flat.pattern, text, re.IGNORECASE)
    assert _spans(participants._speech().pattern, text, re.IGNORECASE)


def _old_minister_ministry(surname: str, document_text: str) -> str | None:
    """ministry_actors.minister_ministry before: one pattern compiled per call, the aliases scanned in order."""
    pattern = re.compile(rf"([\w-]+(?:\s+og\s+[\w-]+)?minister(?:en)?)\s+(?:[A-ZÆØÅ][\w-]+\s+){{0,3}}{re.escape(surname)}\b")
    for match in pattern.finditer(document_text):
        title = match.group(1).casefold()
        for alias, ministry in ministry_actors.ministry_aliases().items():
            if alias.casefold() == title or alias.casefold() == title + "en":
                return ministry
    return ministry_actors.minister_surnames().get(surname)


def _old_ks_office_cue(before: str) -> bool:
    cues = [str(c) for c in actors._data().get("ks_office_cues", [])]
    return any(re.search(rf"(?<![\w-]){re.escape(c)}\s*$", before) for c in cues)


def test_minister_and_ks_office_lookups_agree_with_the_old_code() -> None:
    titles = sorted({a for a in ministry_actors.ministry_aliases() if "minister" in a.casefold()})
    surnames = sorted(ministry_actors.minister_surnames()) + ["Nordmann", "Haugen"]
    made = [f"Det sa {t} Kari {s} i går, og {t.lower()} {s}." for t, s in zip(titles, surnames * len(titles))]
    texts = _corpus() + made
    for text in texts:
        for surname in surnames:
            assert ministry_actors.minister_ministry(surname, text) == _old_minister_ministry(surname, text)
    assert any(ministry_actors.minister_ministry(s, t) for t in made for s in surnames)
    cues = [str(c) for c in actors._data().get("ks_office_cues", [])]
    befores = [f"er {c} " for c in cues] + [f"{c}x " for c in cues] + [text[-25:] for text in texts] + [""]
    for before in befores:
        assert bool(speaker_claimant._ks_office_cue().search(before)) == _old_ks_office_cue(before)
