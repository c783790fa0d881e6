"""The kind of occasion a text reports, decided by the strength and position of its cues.

Cues are data (`data/meeting_types.yaml`): each is a pattern with a type, a rule
name and a weight. Every match adds weight x position factor (the metadata
title and the first block weigh most), with diminishing weight for repeats of
the same type, so one passing word late in the text does not outvote the
occasion the text opens with. A slide deck (markdown headings and a byline
"NN, role" under the title) is a talk (`foredrag`).

The cues and the records of a decision are `occasion_cues.py`'s; the hits that count for another type
than their cue's (a venue, a generic meeting word, a talk in minutes) are `occasion_retype.py`'s.
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows import budget, lexicon
from flows.extract import called_off, day_schedule, occasion_time, timeline_box
from flows.extract.document_layout import Layout, read_layout
from flows.extract.layout import fact_box_spans, inside
from flows.extract.occasion_cues import (  # noqa: F401  (re-exported: meeting_type.X keeps working)
    Cue, Hit, TypeDecision, _cue_words, any_cue, coming_rules, config, cues, document_words, first_offset, has_cue,
    occasion_cues, own_session_rules, totals)
from flows.extract.occasion_cues import totals as _totals  # noqa: F401  (the name tests read)
from flows.extract.occasion_report import plural_factor, reported_hits
from flows.extract.newsletter_items import government_items
from flows.extract.occasion_retype import (  # noqa: F401
    drop_talking_points, retype_board, retype_generic, retype_minutes, retype_summit, retype_talk_header, retype_title,
    retype_unspecific, retype_venues)
from flows.extract.people import People
from flows.extract.story_parts import GOVERNMENT
from flows.literal_gate import holds_words
from flows.model import Block, Document


def _position_factor(block_index: int) -> float:
    pos = config()["position"]
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
    conf = config()["discount_before"]
    words = lexicon.alternation(conf["words"])
    extra = "".join(f"|(?:{p})" for p in conf.get("patterns") or ())  # asking with a time between ("bad i august om")
    return re.compile(rf"(?<![\w])(?:{words})\s+(?:\w+\s+)?${extra}", re.IGNORECASE), float(conf["factor"])


@lru_cache(maxsize=1)
def _one_of_a_series() -> re.Pattern[str]:
    """A word of recurrence after a determiner, a possessive or a genitive ("det årlege dialogmøtet", "sitt årlege
    møte", "Nordlands årlige kommunekonferanse"): the one occasion of the series the text reports
    (`discount_before.series`), not the class."""
    conf = config()["discount_before"].get("series") or {}
    words = lexicon.alternation(conf.get("words") or ["(?!x)x"])
    owners = lexicon.alternation(conf.get("after") or ["(?!x)x"])
    return re.compile(rf"(?<![\w])(?:(?:{owners})|(?-i:[A-ZÆØÅ])[\wæøå-]*s)\s+(?:{words})\s+(?:\w+\s+)?$",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _interviewer() -> re.Pattern[str]:
    return re.compile(str(config().get("interviewer_before") or r"(?!x)x"), re.IGNORECASE)


def _discounted(text: str, start: int) -> float:
    """The factor of a cue for the words before it: a coming, hypothetical or denied occasion counts little
    (`discount_before`), a medium meeting the one it interviews ("Kommunal Rapport møtte henne", `interviewer_before`)
    nothing."""
    pattern, factor = _discount()
    before = text[max(0, start - 40):start]
    if _interviewer().search(before):
        return 0.0
    return factor if pattern.search(before) and not _one_of_a_series().search(before) else 1.0


def _sentence_span(block: Block, offset: int) -> tuple[int, int]:
    for sentence in block.sentences:
        if sentence.start <= offset < sentence.end:
            return sentence.start, sentence.end
    return block.start, block.end


def cue_hits(document: Document, blocks: tuple[Block, ...], people: People, discount: bool = True) -> list[Hit]:
    """Every cue match, scored by weight and position; none inside a fact box. With `discount`, a
    cue for a coming or hypothetical occasion ("i neste konsultasjonsmøte") and, outside the
    lead, a cue in a sentence placed at another time (`occasion_time`) count less. A supporting cue (`support`)
    counts only beside a cue of its type that is not so discounted: an announcement ("la fram budsjettet") beside a
    seminar still to come ("på eit seminar neste veke") tells no launch the text reports."""
    hits: list[Hit] = []
    title_factor = float(config()["position"]["title"])
    instead = discount and called_off.held_instead(document.text)  # an occasion held in place of one called off
    for text in _metadata_texts(document):
        found: list[Hit] = []
        for cue in cues():
            match = cue.pattern.search(text)
            if match:
                weight = cue.weight * title_factor * (_discounted(text, match.start()) if discount else 1.0)
                if instead and called_off.called_off_clause(text, match.start(), match.end()):
                    weight *= occasion_time.factor()  # "Konsultasjonsmøtet utsett – KS møtte X i staden"
                found.append(Hit(cue.meeting_type, cue.rule, weight, None, None))
        hits.extend(retype_title(found))
    boxes = fact_box_spans(blocks)
    elsewhen: list[Hit] = []
    cancelled: set[tuple[int | None, str]] = set()  # the cues of an occasion called off, denied or to come
    published = document.meta.published or occasion_time.lead_day(blocks[:occasion_time.lead_blocks()], blocks)
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
                    before = _discounted(block.text, match.start())
                    weight *= before * plural_factor(block.text, match.start(), match.end())
                    if before < 1.0:
                        cancelled.add((start, cue.rule))  # denied or still to come: it gives no meeting word its type
                    if instead and called_off.called_off_clause(block.text, match.start(), match.end()):
                        weight *= occasion_time.factor()  # the occasion called off, beside the one held
                        cancelled.add((start, cue.rule))
                    if block.index >= occasion_time.lead_blocks() and \
                            (occasion_time.other_time(document.text[start:end], published)
                             or occasion_time.after_occasion(document.text[start:end])):
                        weight *= occasion_time.factor()
                hit = Hit(cue.meeting_type, cue.rule, weight, start, end)
                if weight < cue.weight * factor:
                    elsewhen.append(hit)  # discounted: a coming, hypothetical or other occasion
                hits.append(hit)
    hits.extend(_layout_hits(blocks, people))
    hits = retype_venues(hits, document.text)
    hits = retype_generic(hits, frozenset(cancelled))
    support = {c.rule for c in cues() if c.support}
    placed_elsewhen = {(h.start, h.rule) for h in elsewhen}  # no anchor for a supporting cue
    anchored = {h.meeting_type for h in hits if h.rule not in support and (h.start, h.rule) not in placed_elsewhen}
    return [h for h in hits if h.rule not in support or h.meeting_type in anchored]


def _layout_hits(blocks: tuple[Block, ...], people: People) -> list[Hit]:
    """A talk: markdown headings and, right under the first one, a byline 'NN, role'."""
    layout = config()["foredrag_layout"]
    markdown = [b for b in blocks if b.kind == "heading" and b.level >= 1]
    if len(markdown) < int(layout["min_markdown_headings"]):
        return []
    for block in blocks[:4]:
        if block.index == 0 or blocks[block.index - 1].kind != "heading":
            continue
        if is_byline(block, people):
            return [Hit("foredrag", str(layout["rule"]), float(layout["weight"]) * 2.0, block.start, block.end)]
        line = _byline_line(block, people)  # "Barnehagekonferansen 2024, Gardermoen 22. oktober 2024" over "NN,
        if line is not None:  # områdedirektør for utdanning, KS": the occasion's line, then the speaker's (round 59)
            return [Hit("foredrag", str(layout["rule"]), float(layout["weight"]) * 2.0, *line)]
    return []


def _byline_line(block: Block, people: People) -> tuple[int, int] | None:
    """(start, end) of the second or a later line of a short block under a heading that is a byline (`is_byline`):
    the lines above it name the occasion."""
    lines = block.text.split("\n")
    if not 2 <= len(lines) <= 3:
        return None
    at = block.start + len(lines[0]) + 1
    for line in lines[1:]:
        if line.split() and _byline_at(line, at, people):
            return at, at + len(line)
        at += len(line) + 1
    return None


def is_byline(block: Block, people: People) -> bool:
    """A short line that is a name with a role: 'Kari Nordmann, fylkesstyreleder KS Nordby'."""
    return _byline_at(block.text, block.start, people)


def _byline_at(text: str, start: int, people: People) -> bool:
    """`text`, standing at `start`, is a short line with no closing stop that opens with a full name with a role."""
    if len(text.split()) > 12 or text.rstrip().endswith((".", "!", "?", ":")):
        return False
    return any(m.kind == "full" and m.start == start and m.role for m in people.mentions)


def decide_type(document: Document, blocks: tuple[Block, ...], people: People,
                layout: Layout | None = None) -> TypeDecision | None:
    """The occasion type with the highest score, or None when no type reaches the minimum. A
    press invitation reports a coming occasion: its cues are not discounted for the future.
    `layout`: the document's layout (`document_layout`), read from its text when not given."""
    hits = cue_hits(document, blocks, people)
    if occasion_time.is_invitation(document.text):
        hits = cue_hits(document, blocks, people, discount=False)
    hits = retype_minutes(hits, document.text, blocks)  # minutes: their title names the meeting they record
    hits = retype_board(hits, document.text)  # a talk at a board's meeting is part of it
    layout = layout if layout is not None else read_layout(document.text, blocks)
    hits = drop_talking_points(hits, layout.talk_lines, document.text)  # notes for a meeting: the meeting decides
    hits = retype_summit(hits, document.text)  # a summit with a debate is a debate meeting
    hits = retype_talk_header(hits, layout.talk_lines, document.text)  # a talk's header names where it is given
    hits = reported_hits(document.text, hits, layout,  # a letter, a debate piece, a meeting in closing: none
                         tuple(m.start for m in people.mentions if m.kind == "full"))
    hits = _in_government_items(hits, document.text, blocks)  # a newsletter: the item with the government
    hits = _in_ks_entries(hits, document.text)  # a minister's programme: the appointment with KS
    hits = _outside_timeline(hits, document.text)  # a timeline box: the story's earlier steps
    if not hits:
        return None
    hits = retype_unspecific(hits)
    scores = totals(hits)
    best_type = max(scores, key=lambda t: (scores[t], -first_offset(hits, t)))
    if scores[best_type] < float(config()["min_score"]):
        return None
    coming = coming_rules()
    best_hit = max((h for h in hits if h.meeting_type == best_type),  # of equal cues at one place, a named meeting
                   key=lambda h: (h.score, h.start is not None, -(h.start or 0), h.rule not in coming))  # over an
    # invitation to it ("KS inviterte til innspillsmøte": the meeting named, not only announced)
    best_hit = _met_government(best_hit, hits, document.text)
    in_text = [h for h in hits if h.meeting_type == best_type and h.start is not None]
    anchor = best_hit if best_hit.start is not None or not in_text else max(
        in_text, key=lambda h: (h.score, -(h.start or 0)))
    anchor = _own_anchor(anchor, in_text)
    return TypeDecision(best_type, best_hit.rule, scores[best_type], anchor.start, anchor.end, tuple(hits))


def _met_government(best: Hit, hits: list[Hit], text: str) -> Hit:
    """Instead of a council's own session (`own_session_rules`: "Kommunestyret vedtok ei fråsegn i møtet 19. juni"), the
    first hit of the same type in a sentence of prose that names the government ("Vi hadde eit møte med statssekretær NN i
    Helse- og omsorgsdepartementet"; round 59: a mayor's newsletter): the occasion the text reports with the state."""
    if best.rule not in own_session_rules() or best.start is None:
        return best
    floor = float(config()["min_score"])  # not a meeting to come or at another time ("KS vil løfte saka i det neste
    # bilaterale møtet med Kunnskapsdepartementet"): its cue counts less
    met = [h for h in hits if h.meeting_type == best.meeting_type and h.rule not in own_session_rules()
           and h.score >= floor and h.start is not None and h.end is not None and GOVERNMENT.search(text, h.start, h.end)
           and not GOVERNMENT.search(text, best.start, best.end or best.start)]
    # a sentence of prose first, then the earliest (the item's heading "MØTE I HELSE- OG OMSORGSDEPARTEMENTET" names it,
    # the prose under it tells it)
    return min(met, key=lambda h: (not text[h.start:h.end].rstrip().endswith((".", "!", "?", ":")), h.start or 0)) \
        if met else best


def _in_government_items(hits: list[Hit], text: str, blocks: tuple[Block, ...]) -> list[Hit]:
    """In a newsletter or a roundup of briefs, the hits of the items whose heading names the government
    (`newsletter_items`): the other items tell other events ("Påmelding til haustkonferansen"); all hits when no
    item does or none of its hits stands in one."""
    spans = government_items(text, blocks)
    kept = [h for h in hits if h.start is not None and any(a <= h.start < b for a, b in spans)]
    return kept or hits


def _outside_timeline(hits: list[Hit], text: str) -> list[Hit]:
    """The hits outside a timeline box (`timeline_box`: "12. desember 2024: Begge kommunestyra vedtek samanslåing."
    among the story's other dated steps): its lines tell other times than the occasion's; all hits when every one
    stands in such a box."""
    box = timeline_box.box_lines(text)
    kept = [h for h in hits if not timeline_box.in_box(box, h.start)]
    return kept or hits


def _in_ks_entries(hits: list[Hit], text: str) -> list[Hit]:
    """In a programme printed day by day (`day_schedule`), the hits of its appointments that name KS ("Kl. 09.00: Møte
    med KS om skatteøren"): the other entries (a talk at a bank's meeting, a visit) are the owner's other days; all
    hits when no entry names KS or none of its hits stands in one."""
    spans = day_schedule.entries_naming_ks(text)
    # a hit's sentence may run from one line into the next (a programme's lines end with no stop): most of it in
    # an entry naming KS
    kept = [h for h in hits if h.start is not None and h.end is not None and h.end > h.start and 2 * sum(
        max(0, min(b, h.end) - max(a, h.start)) for a, b in spans) > h.end - h.start]
    return kept or hits


def _own_anchor(anchor: Hit, in_text: list[Hit]) -> Hit:
    """A plain meeting word counted for a specific kind (`retype_unspecific`: "KS i møte med finansministeren" over
    "møtte KS finansministeren i et bilateralt konsultasjonsmøte") says there was an occasion, not where the text
    reports it: the strongest cue of the kind's own (the earliest of equals) anchors the occasion instead, so that its
    sentence, not the plain word's, gives the date, the counterpart and the parties."""
    plain = set((config().get("unspecific") or {}).get("rules") or ())
    own_types = {c.meeting_type for c in cues() if c.rule in plain}
    if anchor.rule not in plain or anchor.meeting_type in own_types:
        return anchor
    specific = [h for h in in_text if h.rule not in plain and h.rule not in {c.rule for c in cues() if c.support}]
    return max(specific, key=lambda h: (h.score, -(h.start or 0))) if specific else anchor


def open_floor(decision: TypeDecision) -> bool:
    """The occasion is one where every organisation that speaks takes part (a hearing: `open_floor_rules`),
    told by a cue of the decided type: no speaker there stands apart for the organisation they speak for."""
    rules = frozenset(str(r) for r in config().get("open_floor_rules") or ())
    return any(h.rule in rules and h.meeting_type == decision.meeting_type for h in decision.hits)
