"""The gazetteer of ministries (`data/ministries.yaml`) and their mentions in a text.

A mention is a ministry's name or alias, an abbreviation (HOD, KMD), a minister title in any
form ("helseministeren", "klima- og miljøminister", nynorsk "-ministar") or a known minister's
name (with the years in office). `find_ministries(text, year)` finds them all in text order;
`misspelt_titles` finds a title whose (last) word is one edit away ("helseministern", "helse- og
omsorgsminster"). The counterpart
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


@lru_cache(maxsize=1)
def _joined_titles() -> tuple[tuple[re.Pattern[str], str, str], ...]:
    """(the words before the last as a pattern, the last word, ministry) for titles of several words whose last
    word is long enough to be recognised with a typo ("kommunal- og distriktsminister")."""
    out = []
    for m in ministries():
        for t in m.titles:
            head, _, last = t.rpartition(" ")
            if head and len(last) >= 9:
                words = r"\s+".join(re.escape(w) for w in head.split())
                out.append((re.compile(rf"(?<![\w-]){words}\s+({WORD}+)(?![\w-])", re.IGNORECASE), last.lower(), m.name))
    return tuple(out)


ENDINGS = ("", "en", "a", "ar", "ane", "ene", "er", "ens", "s", "n")  # "n": the spoken definite ("ministern")


def _moved(a: str, b: str) -> bool:
    """True when one letter of `a` stands elsewhere in `b` ("distrisktminister" for "distriktsminister")."""
    if len(a) != len(b) or a == b or sorted(a) != sorted(b):
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    lo, hi = diff[0], diff[-1] + 1
    return a[lo + 1:hi] == b[lo:hi - 1] or a[lo:hi - 1] == b[lo + 1:hi]


def _near(word: str, title: str) -> bool:
    """Whether `word` is `title` with one letter wrong or moved, with a definite or plural ending."""
    for ending in ENDINGS:
        if ending and not word.endswith(ending):
            continue
        stem = word[: len(word) - len(ending)] if ending else word
        if _one_edit(stem, title) or _moved(stem, title):
            return True
    return False


def _misspelt_title(word: str) -> str | None:
    """The ministry of the first one-word title that `word` is near (`_near`), or None. Only titles
    whose length fits one of the word's stems are tried: `_near` needs the stem within one letter
    of the title's length."""
    lengths = {len(word) - len(ending) for ending in ENDINGS if word.endswith(ending)}
    return next((ministry for title, ministry in _single_word_titles().items()
                 if (len(title) in lengths or len(title) - 1 in lengths or len(title) + 1 in lengths)
                 and _near(word, title)), None)


def misspelt_titles(text: str) -> tuple[MinistryMention, ...]:
    """Minister titles written with one letter wrong ("helsemnisteren", "kunnskapsminsiter"; in a title of
    several words the last word: "helse- og omsorgsminstern"), for a text that names no ministry correctly;
    definite and plural endings as for the exact titles."""
    out: list[MinistryMention] = []
    seen: dict[str, str | None] = {}
    for match in TITLE_LIKE.finditer(text):
        word = match.group(0).lower()
        if word not in seen:
            seen[word] = _misspelt_title(word)
        hit = seen[word]
        if hit:
            out.append(MinistryMention(hit, match.start(), match.end(), "title"))
    for pattern, last, ministry in _joined_titles():
        for match in pattern.finditer(text):
            if _near(match.group(1).lower(), last):
                out.append(MinistryMention(ministry, match.start(), match.end(), "title"))
    out.sort(key=lambda m: (m.start, -m.end))
    return tuple(m for i, m in enumerate(out) if not any(o.start <= m.start and m.end <= o.end for o in out[:i]))


@lru_cache(maxsize=1)
def _host_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = lexicon.load("ministries")
    after = "|".join(f"(?:{p})" for p in data.get("host_after") or ()) or r"(?!x)x"
    before = "|".join(f"(?:{p})" for p in data.get("host_before") or ()) or r"(?!x)x"
    return re.compile(after, re.IGNORECASE), re.compile(before, re.IGNORECASE)


def host_ministry(text: str, mentions: list[MinistryMention] | tuple[MinistryMention, ...]) -> str | None:
    """The one ministry the text calls the host of the meeting ("Helse- og omsorgsdepartementet var vertskap for
    møtet", `host_after`/`host_before` in `ministries.yaml`), or None: at a joint meeting of several ministries
    the host is the party KS met."""
    after, before = _host_patterns()
    hosts = {m.ministry for m in mentions if m.kind != "minister"
             and (after.match(text, m.end) or before.search(text[max(0, m.start - 40):m.start]))}
    return hosts.pop() if len(hosts) == 1 else None
