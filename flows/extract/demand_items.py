"""Demands of list items: an item line under a lead-in (`item_demands`) and a paragraph of a
lead-in line with unmarked item lines (`inline_demands`); in a list of matters discussed only
"behov(et) for X" is a demand, addressed to the meeting's counterpart (decision 2).
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from flows import lexicon
from flows.extract import lists as lists_
from flows.extract.actors import GOVERNMENT, MINISTRY, addressees_in, claimants_in, document_ministry, generic_claimants
from flows.extract.clauses import cut_end, find_cues
from flows.extract.cue_patterns import Cue, patterns
from flows.extract.list_cues import NEED_NOUN
from flows.extract.organisation_names import organisations_in
from flows.extract.demand_rows import RowContext, counterpart, make_demands, receives
from flows.extract.voice import Voice
from flows.extract.speech import is_first_person
from flows.model import Block, Demand

NEED_ITEM = re.compile(rf"^{NEED_NOUN}\s+for\s+(?:å\s+|at\s+)?", re.IGNORECASE)
AT_OPENER = re.compile(r"(?:(?:først|dernest|deretter|for\s+det\s+\w+|til\s+slutt|sist)\s*:\s+)?(?:at\s+)?",
                       re.IGNORECASE)  # an item completing "Vi ber om:" as an at-clause; after its ordinal label ("Først:
# Stortinget må vedta at ...", "For det tredje: ..."; round 59: an op-ed's three demands)
POSITION_KINDS = ("modal", "passive", "need")  # cues of a position an item in a list of matters may state
ITEM_CUT = re.compile(r"\s+\(|,\s*(?:eks|f\.\s*eks|bl\.a)\.?\s|\s+Stikkord:")


def item_demands(ctx: RowContext, block: Block, context: lists_.ListContext, claimants: tuple[str, ...]) -> list[Demand]:
    first = block.sentences[0] if block.sentences else None
    if first is None:
        return []
    if len(block.sentences) > 1 and ITEM_LABEL.fullmatch(first.text.strip()):  # "3. Digitale verktøy. Dersom ..."
        rest = block.sentences[1]  # the label names the matter; the item's sentences after it state the position
        end = block.end if context.matters else rest.end
        return _line_demands(ctx, block, rest.start, ctx.document.text[rest.start:end], context, claimants,
                             ctx.blocks[context.lead_in].text)
    return _line_demands(ctx, block, first.start, first.text, context, claimants, ctx.blocks[context.lead_in].text)


NEED_LEAD = re.compile(rf"(?<![\w-]){NEED_NOUN}\s+for\s*:?\s*$", re.IGNORECASE)  # a lead-in the items complete
ITEM_LABEL = re.compile(r"[A-ZÆØÅ][\wæøå-]*(?:\s+[\wæøå-]+){0,3}\s*[.:]")  # "Overgangstid.", "Digitale verktøy:"


def _line_demands(ctx: RowContext, block: Block, base: int, text: str, context: lists_.ListContext,
                  claimants: tuple[str, ...], lead: str) -> list[Demand]:
    """The demand of one list item (`text` at document offset `base`); in a list of matters only
    an item "behov(et) for X" is one, addressed to the meeting's counterpart (decision 2)."""
    if _procedural(text):
        return []  # "4. Uttalen vert send til departementet": how the resolution travels, nothing asked
    need = NEED_ITEM.match(text)
    if context.matters:
        if need is None:
            return _matter_positions(ctx, block, base, text, claimants, lead, context.addressee)
        context = replace(context, addressee=counterpart(lead, ctx.document))
    elif context.addressee is None and NEED_LEAD.search(lead):
        context = replace(context, addressee=counterpart(lead, ctx.document))  # "KS tok mellom anna opp behovet for"
        # over its bullets: each a need raised, asked of the meeting's counterpart as an item "behov for X" is
    ordinal = lists_.ORDINAL_ITEM().match(text)  # "Det første kravet er at X": X
    start = need.end() if need else ordinal.end() if ordinal else \
        len(re.match(r"^(?:om\s+(?=\S+\s+å\s)|om\s+å\s+)?", text).group(0))
    cut = ITEM_CUT.search(text, start)
    end = cut_end(text, start, cut.start() if cut else len(text))
    own = addressees_in(text[start:end])
    subject_at = len(AT_OPENER.match(text[start:end]).group(0))  # "at departementet set ned ...": the subject
    acts = own and own[0].start == subject_at and not receives(text[start + own[0].end:end])
    asked = own[0].name if acts else context.addressee
    request = _own_request(text, start, end) if not acts else None
    if request is not None:  # "1. KS ber departementet snarast leggje fram X": an item asking in its own words
        start, asked = request.start, request.addressee or asked
    elif not acts and need is None and _body_first(text[start:end]) and not _asks(text, start, end):
        return []  # "2. Hovedstyret er bekymret for ...", "12. Hovedstyret gir administrasjonen fullmakt ...": the body
        # assesses or acts itself; what it asks, its item asks in its own words
    if asked == MINISTRY:
        asked = document_ministry(lead, ctx.document.text)
    if MINISTRY in claimants:  # "Departementet ber kommunane om å:": the ministry the document names asks
        claimants = tuple(filter(None, (document_ministry(lead, ctx.document.text) if c == MINISTRY else c
                                        for c in claimants)))
    voice = Voice(claimants, False, None, "list_item")
    return make_demands(ctx, block, base, text, start, end, claimants, asked, voice, "list_item:lead_in", [], [], True, extra=lead)


@lru_cache(maxsize=1)
def _procedural_pattern() -> re.Pattern[str]:
    return lexicon.phrase_pattern(lexicon.load("request_verbs")["procedural_items"])


@lru_cache(maxsize=1)
def _clause_opener() -> re.Pattern[str]:
    return lexicon.phrase_pattern(lexicon.load("request_verbs")["procedural_clause_openers"])


def _procedural(text: str) -> bool:
    """True when an item is a procedural part of a resolution (`procedural_items`): sent on, or noted, in its main
    clause (not "før nye krav sendes ut": `procedural_clause_openers`)."""
    found = _procedural_pattern().search(text)
    return found is not None and not find_cues(text) and _clause_opener().search(text, 0, found.start()) is None


@lru_cache(maxsize=1)
def _own_bodies() -> re.Pattern[str]:
    bodies = lexicon.alternation([str(w) for w in lexicon.load("request_verbs")["own_bodies"]])
    return re.compile(rf"(?:{bodies})(?:\s+i\s+KS)?(?=\s+[a-zæøå])", re.IGNORECASE)


def _body_first(text: str) -> int:
    """Where the subject ends when an item is a whole sentence opening with a governing body or an organisation
    before its verb ("Hovedstyret anerkjenner ...", "KS vil videreføre ..."), else 0."""
    body = _own_bodies().match(text)
    if body is not None:
        return body.end()
    named = [h for h in organisations_in(text[:80]) if h.name not in generic_claimants()]  # not "kommunene"
    if named and named[0].start == 0 and re.match(r"\s+[a-zæøå]", text[named[0].end:]):
        return named[0].end
    return 0


def _asks(text: str, start: int, end: int) -> bool:
    """True when an item holds a cue of its own after its subject (a request, a modal, a need), or its verb is one of
    requesting that the cues do not read ("Hovedstyret ber KS' administrasjon følge opp saken")."""
    subject = start + _body_first(text[start:end])
    verb = patterns()["request"].match(text, len(text) - len(text[subject:].lstrip()))  # "Hovedstyret ber NN følge opp X"
    return verb is not None or any(c.anchor >= start for c in find_cues(text[:end]))


def _own_request(text: str, start: int, end: int) -> Cue | None:
    """The request cue of an item that is a whole sentence asking in its own words, its subject an
    organisation or body ("KS ber departementet snarest ...", "Kommunestyret ber Stortinget ..."), when it
    names the one asked; None otherwise."""
    for cue in find_cues(text[:end]):
        if cue.kind == "request" and cue.anchor > start and (cue.addressee or _clausal(text, cue)) \
                and (_own_bodies().match(text, start) or (organisations_in(text[start:cue.anchor])[:1]
                                                           and organisations_in(text[start:cue.anchor])[0].start == 0)):
            return cue
    return None


def _clausal(text: str, cue: Cue) -> bool:
    """True when a request's action is a content clause with its own subject ("KS krever at staten X"):
    the item's text starts at that clause, as when the one asked is named."""
    return bool(re.match(r"\s*at\s*$", text[max(0, cue.start - 4):cue.start]))


def _matter_positions(ctx: RowContext, block: Block, base: int, text: str, claimants: tuple[str, ...],
                      lead: str, addressed: str | None = None) -> list[Demand]:
    """The demands of an item in a list of matters raised that states a position of its own ("Staten
    må dekke X", "Det er behov for Y", "Z bør utredes"): the claimant's, as in its own sentence; one
    that names nobody who acts is asked of the meeting's counterpart, as an item "behov for X" is
    (decision 2). A bare subject or a fact ("Felles planlegging", "30 prosent flere liggedøgn"): none. `addressed`:
    the one the lead-in addresses its matters to ("KS' hovedbudskap til regjeringen"), asked by a position that names
    nobody."""
    out: list[Demand] = []
    voice = Voice(claimants, False, None, "list_item")
    for cue, opens in _sentence_cues(text):
        before = text[opens:cue.anchor]  # the cue's own sentence up to it
        own = cue.kind in ("request", "noun") and bool(claimants_in(before)) and not addressees_in(before)
        if cue.kind not in POSITION_KINDS and not own:
            continue  # "Legeforeningen anbefaler at X", "KS sitt forslag om X": a request only in the claimant's own name
        rows = make_demands(ctx, block, base, text, cue.start, cut_end(text, cue.start, cue.end), claimants,
                            cue.addressee, voice, "list_item:matter_position", [], [], False, extra=lead,
                            position=cue.kind != "request")
        if cue.kind == "need":  # "Det er behov for X": as "behov for X", asked of the counterpart
            asked = counterpart(lead, ctx.document)
            rows = [d if d.addressee else replace(d, addressee=asked) for d in rows]
        elif addressed is not None:
            rows = [d if d.addressee else replace(d, addressee=addressed) for d in rows]
        out += [replace(d, addressee=None) if _beneficiary(d) else d for d in rows]
    return out


ITEM_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ«–])")  # a stop and a capital: the item's next sentence


def _sentence_cues(text: str) -> list[tuple[Cue, int]]:
    """The cues of an item read sentence by sentence, at their offsets in the item, each with where its sentence
    opens: an item of several sentences under a label of its own ("3. Digitale verktøy. Dersom lova skal innførast
    ..., må staten finansiere systemet. Det kan ikkje vere ...") states its position in one of them."""
    out: list[tuple[Cue, int]] = []
    at = 0
    for piece in ITEM_SENTENCE.split(text):
        at = text.index(piece, at)
        out += [(replace(c, anchor=c.anchor + at, start=c.start + at, end=c.end + at), at) for c in find_cues(piece)]
        at += len(piece)
    return out


def _beneficiary(demand: Demand) -> bool:
    """True when a passive position's subject is who receives ("Kommunene må sikres X"): the one
    named is not who acts."""
    words = demand.text.split()
    return len(words) > 2 and words[1].casefold() in ("må", "bør", "skal") and words[2].casefold().endswith("s") \
        and bool(addressees_in(words[0])) and addressees_in(words[0])[0].name == demand.addressee


def inline_demands(ctx: RowContext, block: Block, last: str | None, before: Block | None = None) -> list[Demand] | None:
    """A paragraph of a lead-in line and item lines without markers, or of item lines under a paragraph that is a
    lead-in (`before`); None when it is neither."""
    found = lists_.inline_items(block.text) or (lists_.lines_under(before.text, block.text)
                                                if before is not None and before.kind == "paragraph" else None)
    if found is None:
        return None
    lead, spans = found
    context = lists_.lead_in_context(block.index, lead, lead, None, ctx.principal)
    if context is None or not (context.claimants or lists_.actor_lead_in(lead)
                               or (context.addressee and is_first_person(lead))):
        return None  # "Regjeringen foreslår blant annet:": nobody's demands; "Vi krever at KS:": the writer's
    claimants = context.claimants or fallback_claimant(ctx, last)
    out: list[Demand] = []
    for a, b in spans:
        out += _line_demands(ctx, block, block.start + a, block.text[a:b], context, claimants, lead)
    return out


def fallback_claimant(ctx: RowContext, last: str | None) -> tuple[str, ...]:
    """The claimant of a lead-in that names only who must act ("Staten må:"): the speaker in
    whose voice the text last was, else the first organisation the document names, else KS."""
    if last and last != GOVERNMENT:
        return (last,)
    return (lists_.author(ctx.blocks) or ctx.principal,)

