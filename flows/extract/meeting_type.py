"""The kind of occasion a text reports, decided by the strength and position of its cues.

Cues are data (`data/meeting_types.yaml`): each is a pattern with a type, a rule
name and a weight. Every match adds weight x position factor (the metadata
title and the first block weigh most), with diminishing weight for repeats of
the same type, so one passing word late in the text does not outvote the
occasion the text opens with. A slide deck (markdown headings and a byline
"NN, role" under the title) is a talk (`foredrag`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from flows import budget, lexicon
from flows.extract import occasion_time
from flows.extract.document_layout import Layout
from flows.extract.occasion_report import plural_factor, reported_hits
from flows.extract.layout import fact_box_spans, inside
from flows.extract.matcher import boundary_alternation, top_level_alternatives
from flows.extract.memo import memoised
from flows.extract.people import People
from flows.literal_gate import GatedAlternation, Literals, holds_words, required_words
from flows.model import Block, Document


@dataclass(frozen=True)
class Cue:
    meeting_type: str
    rule: str
    weight: float
    pattern: re.Pattern[str]
    support: bool = False  # counts only beside another cue of its type


@dataclass(frozen=True)
class Hit:
    meeting_type: str
    rule: str
    score: float
    start: int | None  # offsets into Document.text; None for metadata hits
    end: int | None


@dataclass(frozen=True)
class TypeDecision:
    meeting_type: str
    rule: str
    score: float
    start: int | None
    end: int | None
    hits: tuple[Hit, ...]


@lru_cache(maxsize=1)
def _config() -> dict:
    return lexicon.load("meeting_types")


@lru_cache(maxsize=1)
def cues() -> tuple[Cue, ...]:
    out: list[Cue] = []
    for meeting_type, items in _config()["types"].items():
        for item in items:
            out.append(Cue(meeting_type, str(item["rule"]), float(item["weight"]),
                           re.compile(item["pattern"], re.IGNORECASE), bool(item.get("support", False))))
    return tuple(out)


@lru_cache(maxsize=1)
def any_cue() -> re.Pattern[str]:
    """One pattern matching any occasion cue (used to find meeting sentences)."""
    return re.compile(boundary_alternation([c.pattern.pattern for c in cues()]), re.IGNORECASE)


@lru_cache(maxsize=1)
def occasion_cues() -> GatedAlternation:
    """`any_cue` searched alternative by alternative, each only in a text holding the words it needs
    (`flows.literal_gate`): the same matches, most paragraphs and sentences given up at once."""
    return GatedAlternation(any_cue(), [p for c in cues() for p in top_level_alternatives(c.pattern.pattern)])


@memoised
def has_cue(text: str, document: str = "") -> bool:
    """True when some occasion cue matches in `text` (as `any_cue().search` tells), once per document;
    `document`: a text that `text` is part of (its words are looked up once, `document_words`)."""
    return occasion_cues().found(text, document_words(document) if document else None)


@memoised
def document_words(document: str) -> tuple[tuple[str, int], ...] | None:
    """The words of the occasion cues a whole document holds (`GatedAlternation.words_in`)."""
    return occasion_cues().words_in(document)


@lru_cache(maxsize=1)
def _cue_words() -> tuple[tuple[Literals, ...], ...]:
    """Per cue (`cues()`), the words its matches hold (`flows.literal_gate.required_words`; () when
    some alternative of it tells none)."""
    out: list[tuple[Literals, ...]] = []
    for cue in cues():
        parts = [required_words(part, cue.pattern.flags) for part in top_level_alternatives(cue.pattern.pattern)]
        if len(parts) == 1:
            out.append(parts[0])  # one pattern: every set of its words is needed
        else:  # alternatives: one of their most telling sets
            out.append((frozenset().union(*(words[0] for words in parts)),) if all(parts) else ())
    return tuple(out)


@lru_cache(maxsize=1)
def coming_rules() -> frozenset[str]:
    """The rules of cues that announce an occasion still to come (an invitation)."""
    return frozenset(str(r) for r in _config().get("coming_rules") or ())


def _position_factor(block_index: int) -> float:
    pos = _config()["position"]
    if block_index == 0:
        return float(pos["first_block"])
    if block_index <= 2:
        return float(pos["early"])
    return float(pos["rest"])


def _metadata_texts(document: Document) -> list[str]:
    meta = document.meta
    texts = [meta.title or ""]
    if meta.url:
        texts.append(re.sub(r"[-_/]+", " ", meta.url.split("//", 1)[-1]))
    return [t for t in texts if t]


@lru_cache(maxsize=1)
def _discount() -> tuple[re.Pattern[str], float]:
    conf = _config()["discount_before"]
    words = lexicon.alternation(conf["words"])
    return re.compile(rf"(?<![\w])(?:{words})\s+(?:\w+\s+)?$", re.IGNORECASE), float(conf["factor"])


def _discounted(text: str, start: int) -> float:
    pattern, factor = _discount()
    return factor if pattern.search(text[max(0, start - 40):start]) else 1.0


def _sentence_span(block: Block, offset: int) -> tuple[int, int]:
    for sentence in block.sentences:
        if sentence.start <= offset < sentence.end:
            return sentence.start, sentence.end
    return block.start, block.end


def cue_hits(document: Document, blocks: tuple[Block, ...], people: People, discount: bool = True) -> list[Hit]:
    """Every cue match, scored by weight and position; none inside a fact box. With `discount`, a
    cue for a coming or hypothetical occasion ("i neste konsultasjonsmøte") and, outside the
    lead, a cue in a sentence placed at another time (`occasion_time`) count less."""
    hits: list[Hit] = []
    title_factor = float(_config()["position"]["title"])
    for text in _metadata_texts(document):
        found: list[Hit] = []
        for cue in cues():
            match = cue.pattern.search(text)
            if match:
                weight = cue.weight * title_factor * (_discounted(text, match.start()) if discount else 1.0)
                found.append(Hit(cue.meeting_type, cue.rule, weight, None, None))
        hits.extend(_retype_title(found))
    boxes = fact_box_spans(blocks)
    published = document.meta.published or occasion_time.lead_day(blocks[:occasion_time.lead_blocks()])
    for block in blocks:
        budget.check()
        if inside(boxes, block.start) or not has_cue(block.text, document.text):
            continue  # any_cue() matches where some cue does: a block it misses holds no cue
        factor = _position_factor(block.index)
        for cue, words in zip(cues(), _cue_words()):
            if not holds_words(words, block.text):
                continue  # the cue's words are not in the block: it cannot match there
            for match in cue.pattern.finditer(block.text):
                start, end = _sentence_span(block, block.start + match.start())
                weight = cue.weight * factor
                if discount:
                    weight *= _discounted(block.text, match.start()) * \
                        plural_factor(block.text, match.start(), match.end())
                    if block.index >= occasion_time.lead_blocks() and \
                            occasion_time.other_time(document.text[start:end], published):
                        weight *= occasion_time.factor()
                hits.append(Hit(cue.meeting_type, cue.rule, weight, start, end))
    hits.extend(_layout_hits(blocks, people))
    hits = retype_venues(hits, document.text)
    hits = retype_generic(hits)
    support = {c.rule for c in cues() if c.support}
    anchored = {h.meeting_type for h in hits if h.rule not in support}
    return [h for h in hits if h.rule not in support or h.meeting_type in anchored]


def _retype_title(hits: list[Hit]) -> list[Hit]:
    """In one title, a venue cue counts for the talk the title names ("Talen til NN på
    landstinget")."""
    conf = _config().get("venues") or {}
    rules, by = set(conf.get("rules") or ()), list(conf.get("by") or ())
    host = next((t for t in by for h in hits if h.meeting_type == t and h.rule not in rules), None)
    if host is None:
        return hits
    return [Hit(host, h.rule, h.score, h.start, h.end) if h.rule in rules else h for h in hits]


def retype_venues(hits: list[Hit], text: str = "") -> list[Hit]:
    """A venue cue (a conference) counts for the type of an occasion cue in its own
    sentence (a talk given there): "holdt innlegg på Skolekonferansen" is a talk. When the
    sentence of a talk names the venue itself ("I sitt innlegg på konferansens første dag",
    `venues.nouns`), the venue is that talk's wherever the text names it."""
    conf = _config().get("venues") or {}
    rules, by = set(conf.get("rules") or ()), list(conf.get("by") or ())
    nouns = re.compile(str(conf.get("nouns") or r"(?!x)x"), re.IGNORECASE)
    support = {c.rule for c in cues() if c.support}
    placed = next((h.meeting_type for t in by for h in hits if h.meeting_type == t and h.rule not in rules | support
                   and h.start is not None and nouns.search(text[h.start:h.end])), None)
    out: list[Hit] = []
    for hit in hits:
        if hit.rule in rules and hit.start is not None:
            host = next((h.meeting_type for t in by for h in hits
                         if h.meeting_type == t and h.start == hit.start and h.rule not in rules), placed)
            if host is not None:
                hit = Hit(host, hit.rule, hit.score, hit.start, hit.end)
        out.append(hit)
    return out


def retype_generic(hits: list[Hit]) -> list[Hit]:
    """A generic meeting cue counts for the type of a specific cue in its own sentence:
    "KS møtte statsråden til bilateralt konsultasjonsmøte" is a consultation."""
    generic = set((_config().get("generic") or {}).get("rules") or ())
    support = {c.rule for c in cues() if c.support}  # a supporting cue names no occasion of its own
    out: list[Hit] = []
    for hit in hits:
        if hit.rule in generic and hit.start is not None:
            host = next((h.meeting_type for h in hits if h.start == hit.start and h.rule not in generic | support
                         and h.meeting_type != hit.meeting_type), None)
            if host is not None:
                hit = Hit(host, hit.rule, hit.score, hit.start, hit.end)
        out.append(hit)
    return out


def _layout_hits(blocks: tuple[Block, ...], people: People) -> list[Hit]:
    """A talk: markdown headings and, right under the first one, a byline 'NN, role'."""
    layout = _config()["foredrag_layout"]
    markdown = [b for b in blocks if b.kind == "heading" and b.level >= 1]
    if len(markdown) < int(layout["min_markdown_headings"]):
        return []
    for block in blocks[:4]:
        if is_byline(block, people) and block.index > 0 and blocks[block.index - 1].kind == "heading":
            return [Hit("foredrag", str(layout["rule"]), float(layout["weight"]) * 2.0, block.start, block.end)]
    return []


def is_byline(block: Block, people: People) -> bool:
    """A short line that is a name with a role: 'Kari Nordmann, fylkesstyreleder KS Nordby'."""
    if len(block.text.split()) > 12 or block.text.rstrip().endswith((".", "!", "?", ":")):
        return False
    return any(m.kind == "full" and m.start == block.start and m.role for m in people.mentions)


def decide_type(document: Document, blocks: tuple[Block, ...], people: People,
                layout: Layout | None = None) -> TypeDecision | None:
    """The occasion type with the highest score, or None when no type reaches the minimum. A
    press invitation reports a coming occasion: its cues are not discounted for the future.
    `layout`: the document's layout (`document_layout`), read from its text when not given."""
    hits = cue_hits(document, blocks, people)
    if occasion_time.is_invitation(document.text):
        hits = cue_hits(document, blocks, people, discount=False)
    hits = reported_hits(document.text, hits, layout)  # a letter, a debate piece, a meeting in closing: none
    if not hits:
        return None
    hits = retype_unspecific(hits)
    totals = _totals(hits)
    best_type = max(totals, key=lambda t: (totals[t], -_first_offset(hits, t)))
    if totals[best_type] < float(_config()["min_score"]):
        return None
    best_hit = max((h for h in hits if h.meeting_type == best_type),
                   key=lambda h: (h.score, h.start is not None, -(h.start or 0)))
    in_text = [h for h in hits if h.meeting_type == best_type and h.start is not None]
    anchor = best_hit if best_hit.start is not None or not in_text else max(
        in_text, key=lambda h: (h.score, -(h.start or 0)))
    return TypeDecision(best_type, best_hit.rule, totals[best_type], anchor.start, anchor.end, tuple(hits))


def _totals(hits: list[Hit]) -> dict[str, float]:
    """Each type's score: its hits, the n-th strongest counting `repeat_decay`**(n-1). Types come
    in the order of their first hit, so a tie is decided the same way in every process (a set
    would order them by string hash, which changes with PYTHONHASHSEED)."""
    decay = float(_config()["repeat_decay"])
    totals: dict[str, float] = {}
    for meeting_type in dict.fromkeys(h.meeting_type for h in hits):
        ranked = sorted((h.score for h in hits if h.meeting_type == meeting_type), reverse=True)
        totals[meeting_type] = sum(score * decay ** i for i, score in enumerate(ranked))
    return totals


def retype_unspecific(hits: list[Hit]) -> list[Hit]:
    """A plain meeting word ("møtte", "i møtet") says there was an occasion, not what kind: when
    the text names the kind with specific cues strong enough (`unspecific.min_specific`: one
    cue not discounted), the plain words count for the strongest such kind."""
    conf = _config().get("unspecific") or {}
    rules = set(conf.get("rules") or ())
    specific = _totals([h for h in hits if h.rule not in rules])
    if not specific:
        return hits
    kind = max(specific, key=lambda t: (specific[t], -_first_offset(hits, t)))
    if specific[kind] < float(conf.get("min_specific", 0.0)):
        return hits
    return [Hit(kind, h.rule, h.score, h.start, h.end) if h.rule in rules else h for h in hits]


def _first_offset(hits: list[Hit], meeting_type: str) -> int:
    offsets = [h.start for h in hits if h.meeting_type == meeting_type and h.start is not None]
    return min(offsets) if offsets else 10**9
