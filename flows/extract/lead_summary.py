"""A news lead that sums up demands the body states in full: the body's demand is the one counted.

News writing opens with a lead paragraph ("KS vil ha et nytt tilskudd og kortere frister.") and states the
same demands again in the body, in full, with the one who made them. The guidelines count one
action once ("one action repeated gives one"), and the body's wording is the action. A demand in
reported speech in the lead paragraph whose content words (`summary_function_words` in
data/request_verbs.yaml and the names of those who must act left aside) stand, at least half of them, in a later demand of the same
claimant is that demand summed up, and is left out. A fact box set into the story ("FAKTA: Dette ba KS om"
and a line per demand, `layout.fact_box_spans`) sums up the same way: its demand that a demand of the same
claimant outside the box holds is left out, one the story does not state stays.
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows import lexicon
from flows.extract.actors import addressees_in
from flows.extract.layout import fact_box_spans
from flows.model import Block, Demand

LEAD_WORDS = 12  # a lead paragraph has at least this many words (a title, a byline or a dateline has fewer)
LEAD_WINDOW = 5  # the lead is among the first blocks of the text
SHARED = 0.5  # the share of the lead demand's content words the body demand must hold
NARRATIVE_VOICES = ("reported:", "statement_indirect:")  # a lead reports; a talk or letter has no lead
WORD = re.compile(r"[\wæøåÆØÅ]+")


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    return frozenset(str(w).casefold() for w in lexicon.load("request_verbs")["summary_function_words"])


def lead_block(blocks: tuple[Block, ...]) -> Block | None:
    """The lead: the first prose paragraph of at least `LEAD_WORDS` words near the top, not a quotation."""
    for block in blocks[:LEAD_WINDOW]:
        if block.kind == "paragraph" and block.marker == "" and block.level == 0 \
                and not block.text.startswith(("«", "\"", "–", "-")) and len(block.text.split()) >= LEAD_WORDS:
            return block
    return None


def _content(text: str) -> frozenset[str]:
    """The words that say what is asked: no function words, and no name of one who must act (two
    demands on the same addressee may ask for different things)."""
    for hit in reversed(addressees_in(text)):
        text = text[:hit.start] + " " + text[hit.end:]
    return frozenset(w for w in (t.casefold() for t in WORD.findall(text)) if w not in _function_words())


ENDINGS = ("ene", "ane", "er", "ar", "en", "et", "a", "e")  # inflection a lead and the body may differ by
STEM = 4  # letters a stem keeps at least; a compound's head ("krav" in "sikkerhetskrav") at least as long


def _stem(word: str) -> str:
    return next((word[:-len(e)] for e in ENDINGS if word.endswith(e) and len(word) - len(e) >= STEM), word)


def _held(word: str, later: frozenset[str], stems: frozenset[str]) -> bool:
    """True when the body's words (`later`, and their `stems`) hold a lead word: the word itself, its inflection
    ("leverandørene", "leverandører") or a compound with it as head ("krav", "sikkerhetskrav")."""
    stem = _stem(word)
    return word in later or stem in stems or (len(stem) >= STEM and any(s.endswith(stem) for s in stems))


def without_lead_summaries(demands: tuple[Demand, ...], blocks: tuple[Block, ...]) -> tuple[Demand, ...]:
    """The demands without those of the lead paragraph that a later demand of the same claimant
    states in full, and without those of a fact box that sums up demands the story states
    ("FAKTA: Dette ba KS om" and a line per demand): the story's demand of the same claimant holds
    them, as the body holds the lead's."""
    lead = lead_block(blocks)
    summing = [d for d in demands if lead is not None and lead.start <= d.start < lead.end
               and d.rule.startswith(NARRATIVE_VOICES)]
    boxes = fact_box_spans(blocks)
    boxed = [d for d in demands if any(a <= d.start < b for a, b in boxes)]
    if not summing and not boxed:
        return demands
    dropped = _held_by(summing, [d for d in demands if lead is not None and d.start >= lead.end])
    dropped |= _held_by(boxed, [d for d in demands if not any(a <= d.start < b for a, b in boxes)])
    return tuple(d for d in demands if id(d) not in dropped)


def _held_by(summing: list[Demand], fuller: list[Demand]) -> set[int]:
    """ids of the demands of `summing` whose content words, at least `SHARED` of them, a demand of
    `fuller` of the same claimant holds."""
    if not summing:
        return set()
    body = [(d.claimant, words, frozenset(_stem(w) for w in words))  # each fuller demand read and stemmed once
            for d in fuller for words in (_content(d.text),)]
    dropped: set[int] = set()
    for demand in summing:
        words = _content(demand.text)
        if words and any(claimant == demand.claimant and sum(_held(w, later, stems) for w in words) >= SHARED * len(words)
                         for claimant, later, stems in body):
            dropped.add(id(demand))
    return dropped
