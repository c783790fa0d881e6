"""Perturbations of who and which body: persons renamed, ministries swapped; the gold is rewritten with
the text (every string in it goes through the same substitution).

Names come from the gold (speakers and participants): the full name, its part after the given name
and its last word are replaced wherever they stand as words (a genitive -s kept). The new names are
ordinary Norwegian names that occur nowhere in the text. Ministries follow a fixed permutation, with
every written form: the full name, aliases, the abbreviation and the minister's titles (as prefixes,
so definite, plural and genitive endings stay).
"""
from __future__ import annotations

import random
import re
from collections.abc import Callable
from functools import lru_cache

from text_ops import Gold, map_strings

Result = tuple[str, Gold] | None

# given names: the new name falls in the same class of the pipeline's gendered name lists as the old
# one (female, male, or unknown to them), so pronoun checks see the same evidence
UNKNOWN = ("Vigdis", "Torunn", "Bodil", "Øyvind", "Magne", "Oddbjørg", "Ottar", "Gudrun", "Ragnvald", "Idun",
           "Alv", "Herdis")
FEMALE = ("Ingrid", "Sigrid", "Astrid", "Marte", "Hege", "Gunhild", "Tone", "Vigdis", "Randi", "Elin", "Torunn",
          "Siri", "Kjersti", "Åse", "Liv", "Synnøve", "Bodil", "Mari", "Turid", "Helga")
MALE = ("Olav", "Sindre", "Håkon", "Torbjørn", "Eirik", "Gunnar", "Arild", "Vidar", "Knut", "Steinar", "Jostein",
        "Øyvind", "Rune", "Magne", "Terje", "Bjørn", "Leif", "Sverre", "Ivar", "Geir")
SURNAMES = ("Haugland", "Rønningen", "Skjelbred", "Tveiten", "Lindqvist", "Myrvang", "Aasheim", "Brekkan",
            "Solbakken", "Fjellheim", "Kvalvik", "Engebretsen", "Sandvold", "Hovland", "Ødegård", "Nygaard",
            "Bratlie", "Grønning", "Storvik", "Vatne", "Hjelmeland", "Ulvestad", "Rustad", "Thorsen")


@lru_cache(maxsize=1)
def _gendered() -> tuple[frozenset[str], frozenset[str]]:
    """The given names the pipeline's pronoun check knows as female and as male (flows/data/pronouns.yaml)."""
    from flows import lexicon

    data = lexicon.load("pronouns")
    return frozenset(data.get("female_names", [])), frozenset(data.get("male_names", []))


def _word_sub(mapping: dict[str, str], case_sensitive: bool = True) -> Callable[[str], str]:
    """A function replacing each key of `mapping` where it starts a word (a trailing genitive s or a
    longer ending kept when `case_sensitive` is False, i.e. for title prefixes)."""
    if not mapping:
        return lambda s: s
    keys = sorted(mapping, key=len, reverse=True)
    alternation = "|".join(re.escape(k) for k in keys)
    if case_sensitive:
        pattern = re.compile(rf"(?<![\w-])(?:{alternation})(?=s?(?![\w]))")
        return lambda s: pattern.sub(lambda m: mapping[m.group(0)], s)
    lowered = {k.casefold(): v for k, v in mapping.items()}
    pattern = re.compile(rf"(?<![\w-])(?:{alternation})", re.IGNORECASE)

    def repl(m: re.Match[str]) -> str:
        new = lowered[m.group(0).casefold()]
        return new[:1].upper() + new[1:] if m.group(0)[:1].isupper() else new

    return lambda s: pattern.sub(repl, s)


def _pool(given: str) -> tuple[str, ...]:
    female, male = _gendered()
    first = given.split("-")[0].casefold()
    if first in female:
        return tuple(n for n in FEMALE if n.casefold() in female)
    if first in male:
        return tuple(n for n in MALE if n.casefold() in male)
    return tuple(n for n in UNKNOWN if n.casefold() not in female | male)


def _names(gold: Gold) -> list[str]:
    names = [s.get("speaker") or "" for s in gold.get("statements", [])]
    names += [p.get("name") or "" for p in (gold.get("meeting") or {}).get("participants", [])]
    return sorted({n for n in names if len(n.split()) >= 2 and n[:1].isupper()})


def rename_people(text: str, gold: Gold, rng: random.Random, meta: dict) -> Result:
    """Every person the gold names gets another Norwegian name, in the text and in the gold."""
    names = _names(gold)
    if not names:
        return None
    used = set(re.findall(r"\w+", text))
    mapping: dict[str, str] = {}
    for name in names:
        parts = name.split()
        pool = _pool(parts[0])
        given = rng.choice([g for g in pool if g not in used] or list(pool))
        rest = [rng.choice([s for s in SURNAMES if s not in used] or list(SURNAMES)) for _ in parts[1:]]
        used.update([given, *rest])
        mapping.setdefault(name, " ".join([given, *rest]))
        mapping.setdefault(" ".join(parts[1:]), " ".join(rest))
        mapping.setdefault(parts[-1], rest[-1])
    sub = _word_sub(mapping)
    return sub(text), map_strings(gold, sub)


# (full name, other written forms, abbreviation, titles): the forms the swap rewrites
MINISTRIES = {
    "HOD": ("Helse- og omsorgsdepartementet", ("Helsedepartementet",), ("helse- og omsorgsminister", "helseminister")),
    "KD": ("Kunnskapsdepartementet", (), ("kunnskapsminister",)),
    "KDD": ("Kommunal- og distriktsdepartementet", (), ("kommunal- og distriktsminister", "kommunalminister",
                                                          "distriktsminister")),
    "AID": ("Arbeids- og inkluderingsdepartementet", (), ("arbeids- og inkluderingsminister", "arbeidsminister")),
    "FIN": ("Finansdepartementet", (), ("finansminister",)),
    "JD": ("Justis- og beredskapsdepartementet", (), ("justis- og beredskapsminister", "justisminister")),
    "KLD": ("Klima- og miljødepartementet", (), ("klima- og miljøminister", "klimaminister")),
    "BFD": ("Barne- og familiedepartementet", (), ("barne- og familieminister", "familieminister")),
    "SD": ("Samferdselsdepartementet", (), ("samferdselsminister",)),
    "KUD": ("Kultur- og likestillingsdepartementet", (), ("kultur- og likestillingsminister", "kulturminister")),
    "LMD": ("Landbruks- og matdepartementet", (), ("landbruks- og matminister", "landbruksminister")),
    "DFD": ("Digitaliserings- og forvaltningsdepartementet", (), ("digitaliserings- og forvaltningsminister",
                                                                  "digitaliseringsminister")),
}
# a permutation: every ministry becomes another one
SWAP = {"HOD": "KUD", "KUD": "AID", "AID": "KD", "KD": "BFD", "BFD": "HOD", "KDD": "DFD", "DFD": "KDD",
        "FIN": "LMD", "LMD": "SD", "SD": "FIN", "JD": "KLD", "KLD": "JD"}


@lru_cache(maxsize=1)
def _ministry_subs() -> tuple[Callable[[str], str], Callable[[str], str]]:
    names: dict[str, str] = {}
    titles: dict[str, str] = {}
    for old, new in SWAP.items():
        o_name, o_alias, o_titles = MINISTRIES[old]
        n_name, _, n_titles = MINISTRIES[new]
        names[o_name] = n_name
        for alias in o_alias:
            names[alias] = n_name
        names[old] = new
        for i, title in enumerate(o_titles):
            titles[title] = n_titles[min(i, len(n_titles) - 1)]
    return _word_sub(names), _word_sub(titles, case_sensitive=False)


def _swap_ministries(s: str) -> str:
    by_name, by_title = _ministry_subs()
    return by_title(by_name(s))  # each pass is one regex substitution: nothing it writes is swapped again


def swap_ministries(text: str, gold: Gold, rng: random.Random, meta: dict) -> Result:
    """Every ministry becomes another one (text and gold), by a fixed permutation."""
    out = _swap_ministries(text)
    if out == text:
        return None
    return out, map_strings(gold, _swap_ministries)
