"""A person's later mention by first name alone ("Difor reiste eg saman med kommunedirektør Eirik Sæbø Lunde" and later
"Eirik la fram tala."; stop 68: a mayor's New Year's speech and a weekend profile), read by `people.find_people`.

A known first name (`female_names`, `male_names` in pronouns.yaml) written alone, after the first full name of the
text, names the one person of the text whose full name opens with it: not a first name two persons share, not one
that is also a word (`first_names_also_words`: "Liv", "Vår", "Per"), and not one that opens or ends a longer name
("Eirik Sæbø", "Anne Eirik").
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows import lexicon
from flows.budget import check
from flows.extract.person_names import first_names

ALONE = r"(?<![\wæøåÆØÅ.-])(?<![A-ZÆØÅ][\wæøå]\s)({names})(?![\wæøå-])(?!\s+(?-i:[A-ZÆØÅ]))"


@lru_cache(maxsize=1)
def _first_names() -> frozenset[str]:
    """The known first names but those that are also words."""
    return first_names() - {str(w) for w in lexicon.load("pronouns").get("first_names_also_words") or ()}


def first_name_spans(text: str, names: set[str], after: int,
                     taken: list[tuple[int, int]]) -> list[tuple[str, str, int, int]]:
    """(full name, first name as written, start, end) of each first name alone from offset `after` on (the text's
    first full name), outside the `taken` spans, for the one of `names` (the text's full names) it opens."""
    owners: dict[str, set[str]] = {}
    for name in names:
        words = name.split(" ")
        if len(words) >= 2:
            owners.setdefault(words[0], set()).add(name)
    firsts = {first: next(iter(full)) for first, full in owners.items()
              if len(full) == 1 and first.casefold() in _first_names()}
    if not firsts:
        return []
    pattern = re.compile(ALONE.format(names="|".join(re.escape(f) for f in sorted(firsts, key=len, reverse=True))))
    out: list[tuple[str, str, int, int]] = []
    for match in pattern.finditer(text, after):
        check()
        if not any(s <= match.start() < e for s, e in taken):
            out.append((firsts[match.group(1)], match.group(1), match.start(), match.end()))
    return out
