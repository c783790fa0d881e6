"""`title_scan.title_matches` tries the title pattern only near a role key word, and finds what
`roles.TITLE().finditer` finds: the same matches (spans and groups), in the same order, on every text
of the project and on invented ones."""
from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings, strategies as st

from flows.extract import roles as R
from flows.extract.title_scan import _key_words, title_matches

ROOT = Path(__file__).resolve().parent.parent


def _found(matches) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]


def _same(text: str) -> int:
    expected = _found(R.TITLE().finditer(text))
    assert _found(title_matches(text)) == expected
    return len(expected)


def test_every_text_of_the_project() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "raw").glob("*.txt"))] + [
        p.read_text(encoding="utf-8") for p in sorted((ROOT / "eval").glob("**/raw/*.txt"))][::2]
    assert sum(_same(text) for text in texts) > 1000


INVENTED = [
    "KS-lederen og Nordby-ordføraren møtte helse- og omsorgsministeren.",
    "KS' 1. nestleder og første nestleiar i KS Vestland, dagleg leiar Kari Holm.",
    "Statsråden, kunnskapsministeren og avdelingslederen sa at rådmannen i Nordby kom.",
    "ordfører i KS Agder, fylkesordførar for NHO og direktør for helse og omsorg i KS.",
    "KSs styreleder. LO' leder. Minister. MINISTEREN kom, og ſjefen (lang s) også.",
    "",
    "Ingen titler her i det hele tatt.",
]


def test_invented() -> None:
    for text in INVENTED:
        _same(text)


WORDS = st.sampled_from(sorted(_key_words())[::3] + [
    "KS", "KS-", "Nordby-", "i", "for", "og", "eller", "helse-", "1.", "første", "andre", "'", "s", ",", ".",
    "Vestland", "Kari", "Holm", "-", "\n", "statsråden", "Ministeren", "omsorgsministeren", "LEDER"])


@settings(max_examples=500, deadline=None)
@given(st.lists(WORDS, max_size=16), st.lists(st.sampled_from([" ", "", "  ", "\n"]), min_size=16, max_size=16))
def test_shuffled_words(words: list[str], gaps: list[str]) -> None:
    _same("".join(word + gap for word, gap in zip(words, gaps)))
