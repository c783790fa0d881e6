"""find_ministries skips a pattern whose first word is not in the text: it finds what running
every pattern finds."""
from __future__ import annotations

import pytest

from flows.extract import counterpart as cp


def every_pattern(text: str, year: int | None) -> tuple[cp.MinistryMention, ...]:
    """find_ministries without the literal pre-check."""
    found: list[cp.MinistryMention] = []
    for ministry, kind, pattern in cp._patterns():
        for match in pattern.finditer(text):
            if kind == "minister" and year is not None:
                span = cp.minister_years(ministry, match.group(0))
                if span and not (span[0] <= year <= (span[1] or 9999)):
                    continue
            found.append(cp.MinistryMention(ministry, match.start(), match.end(), kind))
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[cp.MinistryMention] = []
    for m in found:
        if kept and m.start < kept[-1].end and not (m.start == kept[-1].start and m.end == kept[-1].end):
            continue
        kept.append(m)
    return tuple(kept)


def phrases() -> list[str]:
    out: list[str] = []
    for m in cp.ministries():
        out += [m.name, *m.aliases, *m.abbreviations, *m.titles, *(name for name, _, _ in m.ministers)]
    return out


def sentences() -> list[str]:
    out = []
    for n, phrase in enumerate(phrases()):
        out.append(f"Møtet med {phrase} var i går.")
        out.append(f"{phrase.upper()} og {phrase.lower()} møtte KS-leiinga.")
        out.append(f"I dag: {phrase.replace(' ', chr(10))}s innspel, {phrases()[n - 1]}.")
    return out


@pytest.mark.parametrize("year", [None, 2013, 2024])
def test_same_mentions_as_every_pattern(year: int | None) -> None:
    texts = sentences()
    assert len(texts) > 100
    for text in texts:
        cp.find_ministries.cache_clear()
        assert cp.find_ministries(text, year) == every_pattern(text, year), text


def test_one_needle_per_pattern() -> None:
    assert len(cp._needles()) == len(cp._patterns())
