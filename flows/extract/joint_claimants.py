"""Demands made jointly by several organisations: one demand for each of them.

A joint letter, a joint statement or a joint request is made for every organisation that signs
or makes it (GUIDELINES, `claimant`: the organisation the demand is made for; the annotated
texts give one demand per organisation). News tells of such a request by naming the
organisations together once ("Fagforbundet og KS har sendt eit felles brev ...") and then
pointing back at them with a plural pronoun or a plural noun ("I brevet ber dei om ...",
"Organisasjonane foreslår også at ...", "..., ber dei to organisasjonane om at ...",
"partane ber departementet om å:"). A subject naming them itself ("KS og Fagforbundet krev")
is read where the subject is (`voice.all_claimants`).

`groups(text, hits)` finds the organisations named together (two or more claimants joined by
"og", "samt" or commas, not group words such as "kommunene"), once per document from the
gazetteer's claimant hits; `pointed(region, rest)` tells whether a subject points back at such a
group; `group_before` picks the group it points to. The pointer words are data
(`joint_pointers` in `data/pronouns.yaml`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from flows import lexicon
from flows.extract.actors import ActorHit, generic_claimants

JOINED = re.compile(r"\s*(?:,|og|samt|,\s*og)\s*")


@dataclass(frozen=True)
class Group:
    start: int
    end: int
    names: tuple[str, ...]


@lru_cache(maxsize=1)
def _conf() -> dict:
    return lexicon.load("pronouns")["joint_pointers"]


@lru_cache(maxsize=1)
def _noun_pointer() -> re.Pattern[str]:
    conf = _conf()
    return re.compile(rf"(?:(?:{lexicon.alternation(conf['before_nouns'])})\s+)*(?:{lexicon.alternation(conf['nouns'])})",
                      re.IGNORECASE)


def groups(text: str, hits: tuple[ActorHit, ...], groups_too: bool = False) -> tuple[Group, ...]:
    """The runs of two or more distinct organisations named together, in text order (group words
    such as "kommunene" left out unless `groups_too`: addressees)."""
    out: list[Group] = []
    run: list[ActorHit] = []
    for hit in (*hits, None):
        if hit is not None and run and JOINED.fullmatch(text[run[-1].end:hit.start]):
            run.append(hit)
            continue
        names = tuple(dict.fromkeys(h.name for h in run if groups_too or h.name not in generic_claimants()))
        if len(names) >= 2:
            out.append(Group(run[0].start, run[-1].end, names))
        run = [hit] if hit is not None else []
    return tuple(out)


def joint_noun(text: str) -> re.Match[str] | None:
    """The first plural noun for organisations named together in a text ("organisasjonane", "dei to partane")."""
    return re.search(rf"(?<![\w-]){_noun_pointer().pattern}(?![\w-])", text, re.IGNORECASE)


def pointed(region: str, rest: str = "") -> str | None:
    """"plural" or "noun" when a subject region points back at a group: its first or last word is
    a plural pronoun, or it holds a plural noun for organisations ("dei to organisasjonane") at its
    start or end; `rest`: the words after the region, for a subject after the verb ("..., ber dei
    to organisasjonane om at"). None otherwise."""
    words = [w.casefold().strip(",.") for w in region.split()]
    if not words:
        return None
    nouns = _noun_pointer()
    if nouns.fullmatch(" ".join(words[-3:])) or nouns.fullmatch(" ".join(words[-2:])) or nouns.fullmatch(words[-1]) \
            or nouns.match(region.strip()):
        return "noun"
    if region.rstrip().endswith(","):
        inverted = re.match(r"\s*[a-zæøå]+\s+(.{1,40})", rest)  # an adverbial, the verb, the subject
        if inverted and nouns.match(inverted.group(1)):
            return "noun"
        if inverted and inverted.group(1).split()[0].casefold() in _conf()["plural"]:
            return "plural"
        return None
    plural = frozenset(str(w) for w in _conf()["plural"])
    alone = len(words) == 1 or words[1] in frozenset(str(w) for w in _conf()["after_pronoun"])
    return "plural" if (words[0] in plural and alone) or words[-1] in plural else None


def group_before(found: tuple[Group, ...], offset: int, kind: str) -> tuple[str, ...]:
    """The organisations of the last group named before `offset`: any distance back for a plural
    noun, within `near` characters for a pronoun; () when none."""
    last = next((g for g in reversed(found) if g.end <= offset), None)
    if last is None or (kind == "plural" and offset - last.end > int(_conf()["near"])):
        return ()
    return last.names


@lru_cache(maxsize=1)
def _addressee_pointer() -> re.Pattern[str]:
    return lexicon.phrase_pattern(_conf()["addressee_nouns"])


def pointed_addressee(text: str, offset: int, found: tuple[Group, ...]) -> str | None:
    """The ministries named together before a text that asks them by a plural noun ("ber
    departementa om å:"), joined as the annotation writes them ("A og B"), or None."""
    if not found or not _addressee_pointer().search(text):
        return None
    names = group_before(found, offset, "noun")
    return " og ".join(names) if names else None
