"""Demands: calls for an action, with claimant, addressee and topic.

Each sentence is first given a voice (flows.extract.voice): whose words it holds.
Only sentences in a claimant's voice yield demands, from the cues of
flows.extract.clauses; list items under a lead-in yield demands too
(flows.extract.lists); in a list of matters discussed, "behov(et) for X" is a
demand to the meeting's counterpart (decision 2).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from flows.budget import check
from flows import lexicon

from flows.extract import lists as lists_
from flows.extract.actors import GOVERNMENT, MINISTRY, addressees_in, claimants_in, document_ministry, ministry_aliases
from flows.extract.clauses import Cue, cut_end, find_cues, has_position
from flows.extract.resolve import addressee as resolve_addressee
from flows.extract.resolve import split_actions
from flows.extract.topics import rank
from flows.extract.voice import (Voice, attribution_of, byline_claimant, is_first_person, offices, people, resolve, speech_subject,
                                 statement_voice)
from flows.model import Block, Demand, Document, Statement

MATTERS = lists_.MATTERS
NEED_ITEM = re.compile(r"^(?:behovet|behov|behova|behovene)\s+for\s+(?:å\s+|at\s+)?", re.IGNORECASE)
COORDINATED = re.compile(r"(?<![\w-])og\s*$", re.IGNORECASE)  # a second request verb with the same subject
ITEM_CUT = re.compile(r"\s+\(|,\s*(?:eks|f\.\s*eks|bl\.a)\.?\s|\s+Stikkord:")


@dataclass(frozen=True)
class _Ctx:
    document: Document
    blocks: tuple[Block, ...]
    heading: dict[int, str]


def _counterpart(sentence: str, document: Document) -> str | None:
    for text in (sentence, document.text):
        for hit in addressees_in(text):
            if hit.name in ministry_aliases().values():
                return hit.name
    return "regjeringen" if "regjering" in document.text.casefold() else None


def _topic(text: str, ctx: _Ctx, block: Block, extra: str = "") -> str:
    near = " ".join((ctx.heading.get(block.section, ""), extra, block.text))
    return rank(text, ctx.document.language, near, ctx.document.text) or "styring"


def _make(ctx: _Ctx, block: Block, base: int, text: str, start: int, end: int, claimants: tuple[str, ...],
          asked: str | None, voice: Voice, rule: str, earlier: list[tuple[str, str | None]],
          before: list[str], infinitival: bool, extra: str = "", position: bool = False) -> list[Demand]:
    """Demands of one action text; `position`: a modal or passive clause, whose coordinated
    'og at' parts are actions only when they hold a modal of their own."""
    out: list[Demand] = []
    for n, (a, b) in enumerate(split_actions(text[start:end], infinitival, ctx.document.language)):
        s, e = start + a, start + a + len(text[start + a:start + b].rstrip(" ,.;:»”\""))
        s += len(text[s:e]) - len(text[s:e].lstrip("«“\"„ "))  # an opening quotation mark is not part of the action
        piece = text[s:e]
        if position and n > 0 and not has_position(piece):
            continue  # "staten må betale, og at ordningen ikke er egnet": a fact, not an action
        who = resolve_addressee(piece, asked, ctx.document.text, earlier, before)
        if who == MINISTRY:
            who = document_ministry(text, ctx.document.text)
        earlier.append((piece, who))
        for claimant in claimants:
            out.append(Demand(claimant=claimant, addressee=who, text=piece, topic=_topic(piece, ctx, block, extra),
                              in_quote=voice.in_quote, start=base + s, end=base + e, rule=rule,
                              statement=voice.statement))
    return out


def _sentence_demands(ctx: _Ctx, block: Block, index: int, voice: Voice, matters: bool,
                      earlier: list[tuple[str, str | None]], slides: bool) -> list[Demand]:
    sentence = block.sentences[index]
    before = [s.text for s in block.sentences[:index]]
    out: list[Demand] = []
    asked_before: str | None = None
    for cue in find_cues(sentence.text):
        check()
        if matters and cue.kind != "noun":
            continue
        if cue.kind == "request":
            if cue.addressee is None and asked_before and COORDINATED.search(sentence.text[:cue.anchor]):
                cue = replace(cue, addressee=asked_before)  # "oppfordrer regjeringen til å X, og ber om at Y"
            asked_before = cue.addressee
        if slides and not (cue.kind in ("modal", "passive") and addressees_in(cue.subject)[:1]
                           and addressees_in(cue.subject)[0].start <= 4):
            continue
        end = cue.end
        asked = cue.addressee
        if matters:
            stop = re.search(r",\s|\s(?:og|ble|vart|var)\s", sentence.text[cue.start:end])
            end = cue.start + stop.start() if stop else end
            asked = _counterpart(sentence.text, ctx.document)
        rule = ("matters_need" if matters else cue.rule)
        infinitival = cue.kind == "request" and bool(re.match(r"[a-zæøå]+e\b", sentence.text[cue.start:]))
        out += _make(ctx, block, sentence.start, sentence.text, cue.start, end, voice.claimants, asked, voice,
                     f"{voice.rule}:{rule}", earlier, before, infinitival,
                     position=cue.kind in ("modal", "passive"))
    return out


def _item_demands(ctx: _Ctx, block: Block, context: lists_.ListContext, claimants: tuple[str, ...]) -> list[Demand]:
    first = block.sentences[0] if block.sentences else None
    if first is None:
        return []
    return _line_demands(ctx, block, first.start, first.text, context, claimants, ctx.blocks[context.lead_in].text)


def _line_demands(ctx: _Ctx, block: Block, base: int, text: str, context: lists_.ListContext,
                  claimants: tuple[str, ...], lead: str) -> list[Demand]:
    """The demand of one list item (`text` at document offset `base`); in a list of matters only
    an item "behov(et) for X" is one, addressed to the meeting's counterpart (decision 2)."""
    need = NEED_ITEM.match(text)
    if context.matters:
        if need is None:
            return []
        context = replace(context, addressee=_counterpart(lead, ctx.document))
    start = need.end() if need else len(re.match(r"^(?:om\s+(?=\S+\s+å\s)|om\s+å\s+)?", text).group(0))
    cut = ITEM_CUT.search(text, start)
    end = cut_end(text, start, cut.start() if cut else len(text))
    own = addressees_in(text[start:end])
    acts = own and own[0].start == 0 and not _receives(text[start + own[0].end:end])
    asked = own[0].name if acts else context.addressee
    if asked == MINISTRY:
        asked = document_ministry(lead, ctx.document.text)
    voice = Voice(claimants, False, None, "list")
    return _make(ctx, block, base, text, start, end, claimants, asked, voice, "list_item", [], [], True, extra=lead)


@lru_cache(maxsize=1)
def _receiving() -> re.Pattern[str]:
    return re.compile(rf"^\s+(?:{lexicon.alternation(lexicon.load('request_verbs')['receiving_finite'])})(?![\w-])",
                      re.IGNORECASE)


def _receives(rest: str) -> bool:
    """True when the words after an item's subject make it the one who receives ("kommunene får tilgang")."""
    return bool(_receiving().match(rest))


def _inline_demands(ctx: _Ctx, block: Block, last: str | None) -> list[Demand] | None:
    """A paragraph of a lead-in line and item lines without markers; None when it is not one."""
    found = lists_.inline_items(block.text)
    if found is None:
        return None
    lead, spans = found
    context = lists_.lead_in_context(block.index, lead, lead, None)
    if context is None or not (context.claimants or lists_.actor_lead_in(lead)):
        return None  # "Regjeringen foreslår blant annet:": nobody's demands
    claimants = context.claimants or _fallback_claimant(ctx, last)
    out: list[Demand] = []
    for a, b in spans:
        out += _line_demands(ctx, block, block.start + a, block.text[a:b], context, claimants, lead)
    return out


def _fallback_claimant(ctx: _Ctx, last: str | None) -> tuple[str, ...]:
    """The claimant of a lead-in that names only who must act ("Staten må:"): the speaker in
    whose voice the text last was, else the first organisation the document names, else KS."""
    if last and last != GOVERNMENT:
        return (last,)
    return (lists_.author(ctx.blocks) or "KS",)


def _quote_speaker(block: Block, index: dict[str, str | None], last: str | None) -> tuple[str | None, int]:
    """Speaker of a dash quotation and the index of its attribution sentence (or -1)."""
    who = attribution_of(block.text)
    if who is None:
        return last, -1
    for i, sentence in enumerate(block.sentences):
        if attribution_of(sentence.text) is not None:
            return resolve(who, index, last) or last, i
    return resolve(who, index, last) or last, -1


def extract_demands(
    document: Document, blocks: tuple[Block, ...], statements: tuple[Statement, ...]
) -> tuple[Demand, ...]:
    """Demands in text order."""
    heading: dict[int, str] = {}
    for block in blocks:
        check()
        if block.kind == "heading":
            heading[block.section] = block.text
    ctx = _Ctx(document, blocks, heading)
    index = people(document)
    office = offices(document)
    for key, body in office.items():
        index[key] = body  # "NN (Sp), leiar i KS Vestland": attributions resolve to the KS body
    slides = lists_.is_slides(blocks)
    writer = lists_.author(blocks) if slides else None
    items = lists_.list_items(blocks, slides, writer)
    byline = None if slides else byline_claimant([b.text for b in blocks[:3]])
    demands: list[Demand] = []
    last: str | None = None  # the claimant whose words came last
    named: str | None = None  # the claimant named last ("KS ... Organisasjonen krever ...")
    prev_quote = False
    for block in blocks:
        check()
        if block.kind == "heading":
            continue
        if block.index in items:
            context = items[block.index]
            demands += _item_demands(ctx, block, context, context.claimants or _fallback_claimant(ctx, last))
            continue
        inline = None if slides or block.kind != "paragraph" else _inline_demands(ctx, block, last)
        if inline is not None:
            demands += inline
            continue
        quote = not slides and (block.marker == "dash" or (prev_quote and block.kind == "paragraph"
                                                          and is_first_person(block.text)
                                                          and attribution_of(block.text) is None
                                                          and speech_subject(block.text) is None))
        speaker, attribution_at = _quote_speaker(block, index, last) if quote else (None, -1)
        earlier: list[tuple[str, str | None]] = []
        for i, sentence in enumerate(block.sentences):
            check()
            voice = statement_voice(sentence, statements, index, office)
            matters = False
            in_quote = quote and (attribution_at < 0 or i <= attribution_at)
            if voice is None and in_quote:
                if speaker and speaker != GOVERNMENT:
                    voice = Voice((speaker,), True, None, "dash_quote")
            elif voice is None and slides and writer:
                voice = Voice((writer,), False, None, "slide")
            elif voice is None:
                matters = bool(MATTERS.search(sentence.text)) and bool(re.search(r"(?i)\bbehov", sentence.text))
                region = speech_subject(sentence.text)
                if matters:
                    claims = tuple(dict.fromkeys(h.name for h in claimants_in(sentence.text))) or ("KS",)
                    voice = Voice(claims[:1], False, None, "matters")
                elif region is not None:
                    claims = tuple(dict.fromkeys(h.name for h in claimants_in(region)))
                    single = resolve(region, index, last, named)
                    who = claims if len(claims) > 1 else ((single,) if single else ())
                    if who:
                        last = who[0]
                        if who[0] != GOVERNMENT:
                            voice = Voice(who, False, None, "reported")
            elif voice is not None and voice.claimants:
                last = voice.claimants[0]
            if voice is None and byline and not matters:
                voice = Voice((byline,), False, None, "byline")  # an opinion piece: the author's own words
            named = ([h.name for h in claimants_in(sentence.text)] or [named])[0]  # the subject comes first
            if voice is None or not voice.claimants:
                continue
            demands += _sentence_demands(ctx, block, i, voice, matters, earlier, slides and voice.rule == "slide")
        if quote:
            last = speaker if speaker else last
        prev_quote = quote
    return _dedupe(demands)


def _dedupe(demands: list[Demand]) -> tuple[Demand, ...]:
    seen: set[tuple[str, str]] = set()
    out: list[Demand] = []
    for demand in sorted(demands, key=lambda d: (d.start, d.end)):
        key = (demand.claimant, " ".join(demand.text.casefold().split()))
        if key in seen:
            continue
        seen.add(key)
        out.append(demand)
    return tuple(out)
