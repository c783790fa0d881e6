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

from flows import budget, lexicon

from flows.extract import lists as lists_
from flows.extract.actors import GOVERNMENT, MINISTRY, addressees_in, organisations_in, document_ministry, ministry_aliases
from flows.extract.clauses import claim_subject, cut_end, find_cues, first_person_before, has_position, imperative_cue
from flows.extract.resolve import addressee as resolve_addressee
from flows.extract.resolve import split_actions
from flows.extract.topics import rank
from flows.extract.context import DocContext, analyse
from flows.extract.coordination import listed_parts, nominal_parts
from flows.extract.parse import Parsed
from flows.extract.attributed import attributed_voice, quoted_document_voice
from flows.extract.embedded_addressee import embedded_addressee
from flows.extract.home_body import speaker_homes
from flows.extract.organisations import written_name
from flows.extract.mentions import MentionLayer, find_mentions
from flows.extract.attributions import AttributionLayer, find_attributions
from flows.extract.parsed_voice import speaker_region
from flows.extract.speech import is_first_person
from flows.extract.voice import Voice, VoiceState, Where, byline_claimant, resolve, sentence_voice
from flows.model import Block, Demand, Document, Statement

NEED_ITEM = re.compile(r"^(?:behovet|behov|behova|behovene)\s+for\s+(?:å\s+|at\s+)?", re.IGNORECASE)
COORDINATED = re.compile(r"(?<![\w-])og\s*$", re.IGNORECASE)  # a second request verb with the same subject
PERFECT = re.compile(r"^(?:[\w-]+\s+){1,3}?(?:har|hadde)\s+(?:[\w-]+\s+)?[\wæøå]+(?:et|t|a|d|dd|tt)(?![\w-])",
                     re.IGNORECASE)  # a clause in the perfect tense ("forbundet har levert innspill")
ITEM_CUT = re.compile(r"\s+\(|,\s*(?:eks|f\.\s*eks|bl\.a)\.?\s|\s+Stikkord:")


REPORTED_VOICES = frozenset({"reported", "statement_indirect", "continued"})  # voices a next sentence may go on in


@lru_cache(maxsize=1)
def _additive() -> re.Pattern[str]:
    return re.compile(rf"^\W*(?:{lexicon.alternation(lexicon.load('request_verbs')['additive_openers'])})(?![\w-])",
                      re.IGNORECASE)


def _adds(sentence: str) -> bool:
    """True when a sentence opens with an additive connective ("I tillegg må ...", "Dessuten bør ...")."""
    return bool(_additive().match(sentence))


@dataclass(frozen=True)
class _Ctx:
    document: Document
    blocks: tuple[Block, ...]
    heading: dict[int, str]
    principal: str  # the document's principal claimant (mention layer)
    parses: dict[int, Parsed]  # by sentence start


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
    previous: str | None = None  # the addressee of the part before
    listed = rule.endswith(":proposal_list")
    for n, (s, e) in enumerate(_pieces(ctx, base, text, start, end, infinitival, listed)):
        piece = text[s:e]
        if position and n > 0 and not has_position(piece):
            own = _own_request(piece)
            if own is None:
                continue  # "staten må betale, og at ordningen ikke er egnet": a fact, not an action
            s, e = s + own[0], s + own[1]  # "X må skje, og at KS forventer at Y": Y, asked for in its own words
            piece = text[s:e]
            piece_rule = f"{rule.split(':')[0]}:{own[2]}"
        else:
            piece_rule = rule
        if n > 0 and PERFECT.match(piece):
            continue  # "bedt om X, og at forbundet har levert innspill": what was done, not an action
        who = resolve_addressee(piece, asked, ctx.document.text, earlier, before)
        if who is None and n > 0 and previous is not None and not addressees_in(piece):
            who = previous  # "krever at regjeringen sørger for X, og at Y heves": Y asked of the same actor
        if who is None:
            who = embedded_addressee(piece)  # "en ordning der staten dekker X", "et nytt statlig tilskudd"
        if who == MINISTRY:
            who = document_ministry(text, ctx.document.text)
        previous = who
        earlier.append((piece, who))
        for claimant in claimants:
            out.append(Demand(claimant=claimant, addressee=who, text=piece, topic=_topic(piece, ctx, block, extra),
                              in_quote=voice.in_quote, start=base + s, end=base + e, rule=piece_rule,
                              statement=voice.statement))
    return out


def _own_request(piece: str) -> tuple[int, int, str] | None:
    """Where the action of a request verb or noun inside a coordinated 'og at' part runs ("og at
    KS har store forventninger til at staten Y": Y), as offsets into the part; None when the part
    asks for nothing of its own."""
    for cue in find_cues(piece):
        if cue.kind in ("request", "noun") and cue.end > cue.start:
            return cue.start, cut_end(piece, cue.start, cue.end), cue.rule
    return None


def _pieces(ctx: _Ctx, base: int, text: str, start: int, end: int, infinitival: bool,
            listed: bool = False) -> list[tuple[int, int]]:
    """The separately grantable actions in text[start:end] (offsets into `text`, which begins at
    document offset `base`): coordinated clauses and infinitives (`split_actions`), then lists of
    noun phrases in the parse of the sentence (`coordination.nominal_parts`)."""
    parsed = next((p for p in ctx.parses.values() if p.start <= base + start < p.end), None)
    out: list[tuple[int, int]] = []
    for a, b in split_actions(text[start:end], infinitival, ctx.document.language):
        s, e = start + a, start + a + len(text[start + a:start + b].rstrip(" ,.;:»”\""))
        s += len(text[s:e]) - len(text[s:e].lstrip("«“\"„ "))  # an opening quotation mark is not part of the action
        parts = [(s, e)] if parsed is None else [(x - base, y - base) for x, y in nominal_parts(parsed, base + s, base + e)]
        if listed:  # members of an announced list the parse left together
            parts = [(x + a, x + b) for x, y in parts for a, b in listed_parts(text[x:y])]
        out += parts
    return out


def _sentence_demands(ctx: _Ctx, block: Block, index: int, voice: Voice, matters: bool,
                      earlier: list[tuple[str, str | None]], slides: bool) -> list[Demand]:
    sentence = block.sentences[index]
    before = [s.text for s in block.sentences[:index]]
    out: list[Demand] = []
    asked_before: str | None = None
    cues = find_cues(sentence.text)
    if voice.in_quote and not matters and not slides:
        cues = imperative_cue(sentence.text, cues) + cues
    for cue in cues:
        if matters and cue.kind != "noun":
            continue
        if cue.kind == "request":
            if cue.addressee is None and asked_before and COORDINATED.search(sentence.text[:cue.anchor]):
                cue = replace(cue, addressee=asked_before)  # "oppfordrer regjeringen til å X, og ber om at Y"
            asked_before = cue.addressee
        if slides and not (cue.kind in ("modal", "passive") and addressees_in(cue.subject)[:1]
                           and addressees_in(cue.subject)[0].start <= 4) \
                and not (cue.kind == "request" and first_person_before(sentence.text[:cue.anchor])):
            continue  # in slides: "Staten må ...", or the author's own request ("Vi forventer at ...")
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
    voice = Voice(claimants, False, None, "list_item")
    return _make(ctx, block, base, text, start, end, claimants, asked, voice, "list_item:lead_in", [], [], True, extra=lead)


@lru_cache(maxsize=1)
def _receiving() -> re.Pattern[str]:
    return re.compile(rf"^\s+(?:{lexicon.alternation(lexicon.load('request_verbs')['receiving_finite'])})(?![\w-])",
                      re.IGNORECASE)


def _receives(rest: str) -> bool:
    """True when the words after an item's subject make it the one who receives ("kommunene får hjelp")."""
    return bool(_receiving().match(rest))


def _inline_demands(ctx: _Ctx, block: Block, last: str | None) -> list[Demand] | None:
    """A paragraph of a lead-in line and item lines without markers; None when it is not one."""
    found = lists_.inline_items(block.text)
    if found is None:
        return None
    lead, spans = found
    context = lists_.lead_in_context(block.index, lead, lead, None, ctx.principal)
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
    return (lists_.author(ctx.blocks) or ctx.principal,)


def _quote_speaker(block: Block, attributions: AttributionLayer, mentions: MentionLayer,
                   last: str | None) -> tuple[str | None, int]:
    """Speaker of a dash quotation and the index of its attribution sentence (or -1)."""
    who = attributions.in_block(block).closing
    if who is None:
        return last, -1
    for i, sentence in enumerate(block.sentences):
        if attributions.in_sentence(sentence).closing is not None:
            return resolve(who, mentions, last) or last, i
    return resolve(who, mentions, last) or last, -1


def extract_demands(
    document: Document, blocks: tuple[Block, ...], statements: tuple[Statement, ...]
) -> tuple[Demand, ...]:
    """Demands in text order (analyses the document; the pipeline calls `find_demands`)."""
    context = analyse(document, blocks=blocks)
    mentions = find_mentions(context)
    return find_demands(context, mentions, find_attributions(context, mentions), statements)


def find_demands(context: DocContext, mentions: MentionLayer, attributions: AttributionLayer,
                 statements: tuple[Statement, ...]) -> tuple[Demand, ...]:
    """Pass 4, demands: in text order, from the context, the mention layer, who speaks where
    (attribution layer) and the statements."""
    document, blocks = context.document, context.blocks
    heading: dict[int, str] = {}
    for block in blocks:
        if block.kind == "heading":
            heading[block.section] = block.text
    parses = {p.start: p for p in context.parses if p is not None}
    ctx = _Ctx(document, blocks, heading, mentions.principal, parses)
    slides = lists_.is_slides(blocks)
    writer = lists_.author(blocks) if slides else None
    byline = None if slides else byline_claimant(blocks, mentions)
    author = {b.index: (byline,) for b in blocks} if byline else {}  # "Derfor ber vi regjeringen om å:" in a talk
    items = lists_.list_items(blocks, slides, writer, author, default=mentions.principal)
    homes = speaker_homes(document.text, statements, mentions)
    demands: list[Demand] = []
    state = VoiceState()
    prev_quote = False
    for block in blocks:
        if block.kind == "heading":
            continue
        if block.index in items:  # a list item under a lead-in (lists.py)
            context = items[block.index]
            demands += _item_demands(ctx, block, context, context.claimants or _fallback_claimant(ctx, state.last))
            continue
        inline = None if slides or block.kind != "paragraph" else _inline_demands(ctx, block, state.last)
        if inline is not None:  # a lead-in and its items as plain lines of one paragraph
            demands += inline
            continue
        speaks = attributions.in_block(block)
        quote = not slides and (block.marker == "dash" or (prev_quote and block.kind == "paragraph"
                                                          and is_first_person(block.text)
                                                          and speaks.closing is None and speaks.subject is None))
        speaker, attribution_at = _quote_speaker(block, attributions, mentions, state.last) if quote else (None, -1)
        earlier: list[tuple[str, str | None]] = []
        before: Voice | None = None
        document_voice = quoted_document_voice(block, blocks[block.index - 1] if block.index > 0 else None)
        for i, sentence in enumerate(block.sentences):
            budget.check()
            where = Where(in_quote=quote and (attribution_at < 0 or i <= attribution_at), quote_speaker=speaker,
                          slides=slides, writer=writer, byline=byline, principal=mentions.principal,
                          homes=homes)
            region = attributions.in_sentence(sentence).subject
            if sentence.start in parses and resolve(region or "", mentions, state.last, state.named) in (None, GOVERNMENT):
                region = speaker_region(parses[sentence.start]) or region  # a subject the surface rules miss
            voice, matters, state = sentence_voice(sentence, where, region, statements, mentions, state)
            if voice is None and before is not None and _adds(sentence.text):
                voice = Voice(before.claimants, False, None, "continued")  # "KS mener X. I tillegg må Y."
            if voice is None:
                voice = _claim_voice(sentence.text)  # "Kravet frå KS er at X"
            if voice is None:
                voice = attributed_voice(sentence.text, state.named) or document_voice  # "Ifølge KS må X"
            before = voice if voice is not None and voice.rule in REPORTED_VOICES and voice.claimants else None
            if voice is None or not voice.claimants:
                continue
            demands += _sentence_demands(ctx, block, i, voice, matters, earlier, slides and voice.rule == "slide")
        if quote and speaker:
            state = replace(state, last=speaker)
        prev_quote = quote
    return _dedupe([replace(d, claimant=written_name(d.claimant, document.text)) for d in demands])


def _claim_voice(text: str) -> Voice | None:
    """The voice of a sentence that states a named claimant's claim ("KS' krav er at ...",
    "Budskapet fra forbundet var klart: ..."): the claimant its subject names; None otherwise."""
    subject = claim_subject(text)
    if subject is None:
        return None
    plain = re.sub(r"(?<=[a-zæøå])s(?![\w-])", "", subject)  # "Nordby kommunes krav": Nordby kommune's
    hits = organisations_in(subject) or organisations_in(plain)
    return Voice((hits[0].name,), False, None, "reported") if hits else None


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
