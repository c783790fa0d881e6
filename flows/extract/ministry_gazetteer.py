"""The gazetteer of ministries (`data/ministries.yaml`) and their mentions in a text.

A mention is a ministry's name or alias, an abbreviation (HOD, KMD), a minister title in any
form ("helseministeren", "klima- og miljøminister", nynorsk "-ministar") or a known minister's
name (with the years in office). `find_ministries(text, year)` finds them all in text order;
`misspelt_titles` finds a single-word title one edit away ("helseministern"). The counterpart
(`counterpart.py`) and the participants' organisations read them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from flows import lexicon
from flows.budget import check

SUFFIXES = r"(?:en|a|ar|arane|ane|ene|er|ens|s)?"
WORD = "[\\wæøåÆØÅ]"

@dataclass(frozen=True)
class MinistryMention:
    ministry: str
    start: int
    end: int
    kind: str  # name, abbreviation, title, minister


@dataclass(frozen=True)
class Ministry:
    name: str
    aliases: tuple[str, ...]
    abbreviations: tuple[str, ...]
    titles: tuple[str, ...]
    ministers: tuple[tuple[str, int, int | None], ...]


@lru_cache(maxsize=1)
def ministries() -> tuple[Ministry, ...]:
    out: list[Ministry] = []
    for item in lexicon.load("ministries")["ministries"]:
        out.append(Ministry(
            name=str(item["name"]),
            aliases=tuple(str(a) for a in item.get("aliases") or ()),
            abbreviations=tuple(str(a) for a in item.get("abbreviations") or ()),
            titles=tuple(str(t) for t in item.get("titles") or ()),
            ministers=tuple((str(m["name"]), int(m["from"]), int(m["to"]) if m.get("to") else None)
                            for m in item.get("ministers") or ()),
        ))
    return tuple(out)


def ministry_names() -> frozenset[str]:
    return frozenset(m.name for m in ministries())


def _phrase(text: str) -> str:
    return re.escape(text).replace(r"\ ", r"\s+").replace(r"\-", "-")


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    out: list[tuple[str, str, re.Pattern[str]]] = []
    for m in ministries():
        for name in (m.name, *m.aliases):  # also the genitive: "Kunnskapsdepartementets statssekretær"
            out.append((m.name, "name", re.compile(rf"(?<![\w-]){_phrase(name)}s?(?![\w-])", re.IGNORECASE)))
        for abbr in m.abbreviations:
            out.append((m.name, "abbreviation", re.compile(rf"(?<![\w-]){re.escape(abbr)}(?![\w])")))
        for title in m.titles:
            out.append((m.name, "title", re.compile(rf"(?<![\w-]){_phrase(title)}{SUFFIXES}(?![\w-])",
                                                   re.IGNORECASE)))
        for name, _, _ in m.ministers:
            out.append((m.name, "minister", re.compile(rf"(?<![\w-]){_phrase(name)}(?![\w-])")))
    return tuple(out)


@lru_cache(maxsize=1)
def _needles() -> tuple[str, ...]:
    """For each pattern of `_patterns()`, in the same order, a literal every match contains: the
    first word of the name, abbreviation, title or minister (lower-cased where the pattern
    ignores case)."""
    out: list[str] = []
    for m in ministries():
        out += [name.split()[0].lower() for name in (m.name, *m.aliases)]
        out += [abbr.split()[0] for abbr in m.abbreviations]
        out += [title.split()[0].lower() for title in m.titles]
        out += [name.split()[0] for name, _, _ in m.ministers]
    if len(out) != len(_patterns()):
        raise AssertionError("counterpart._needles must follow _patterns() one to one")
    return tuple(out)


def minister_years(ministry: str, name: str) -> tuple[int, int | None] | None:
    for m in ministries():
        if m.name == ministry:
            for minister, start, end in m.ministers:
                if minister == name:
                    return start, end
    return None


@lru_cache(maxsize=8192)
def find_ministries(text: str, year: int | None = None) -> tuple[MinistryMention, ...]:
    """Ministry mentions, longest first at overlapping positions; minister names
    only when they held the office in `year` (or any year when it is unknown)."""
    found: list[MinistryMention] = []
    low = text.lower()
    for (ministry, kind, pattern), needle in zip(_patterns(), _needles()):
        check()
        if needle not in (low if pattern.flags & re.IGNORECASE else text):
            continue  # the pattern's first word is nowhere in the text: it cannot match
        for match in pattern.finditer(text):
            if kind == "minister" and year is not None:
                span = minister_years(ministry, match.group(0))
                if span and not (span[0] <= year <= (span[1] or 9999)):
                    continue
            found.append(MinistryMention(ministry, match.start(), match.end(), kind))
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[MinistryMention] = []
    for m in found:
        if kept and m.start < kept[-1].end and not (m.start == kept[-1].start and m.end == kept[-1].end):
            continue
        kept.append(m)
    return tuple(kept)


TITLE_LIKE = re.compile(r"(?<![\w-])[\wæøå]{3,}(?:mi|ni|ms|mn|st|rå)[\wæøå]{3,}(?![\w-])", re.IGNORECASE)


def _one_edit(a: str, b: str) -> bool:
    """True when `a` and `b` differ by exactly one letter inserted, dropped, changed or two
    neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


@lru_cache(maxsize=1)
def _single_word_titles() -> dict[str, str]:
    """Title word -> ministry, for one-word titles long enough to be recognised with a typo."""
    return {t.lower(): m.name for m in ministries() for t in m.titles if " " not in t and len(t) >= 9}


def misspelt_titles(text: str) -> tuple[MinistryMention, ...]:
    """Minister titles written with one letter wrong ("helsemnisteren", "kunnskapsminsiter"), for a
    text that names no ministry correctly; definite and plural endings as for the exact titles."""
    titles = _single_word_titles()
    out: list[MinistryMention] = []
    for match in TITLE_LIKE.finditer(text):
        word = match.group(0).lower()
        for ending in ("", "en", "a", "ar", "ane", "ene", "er", "ens", "s"):
            stem = word[: len(word) - len(ending)] if ending and word.endswith(ending) else word
            if ending and not word.endswith(ending):
                continue
            hit = next((ministry for title, ministry in titles.items() if _one_edit(stem, title)), None)
            if hit:
                out.append(MinistryMention(hit, match.start(), match.end(), "title"))
                break
    return tuple(out)
