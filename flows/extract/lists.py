"""Lists of demands: items under a lead-in that names who asks and who must act.

A lead-in is a paragraph ending with ':' whose text holds a demand cue ("I uttalelsen ber storbyene regjeringen:",
"Dette er noen av de foreslåtte tiltakene:"), or, in slides and talk notes, a paragraph whose sentence says an actor
must act ("Kommunene må strekke seg langt ...", decision 1). The items that follow (dash, bullet or number items,
skipping "Stikkord: ..." notes) are demands; a bullet ending with ':' leads in the deeper bullets under it ("- Vi
ber om at:" and "   – X"), a numbered line ending with ':' the bullets under it, as talking points and memos nest
them. A lead-in without a claimant of its own takes the one of the paragraph before ("X mener det er flere tiltak
staten kan iverksette. Dette er noen av de foreslåtte tiltakene:"). A lead-in that only names who must act ("Staten
må:", "Fylkene må også:", "For å nå målet må staten:") gives the addressee; the caller gives the claimant (the
speaker or author around it). Paragraphs that open with an ordinal subject ("Det første kravet er at X.", "Det andre
er å Y.") are the items of the lead-in before them. A wish ("Dette vil forbundet ha:", `wish_frames` in
data/request_verbs.yaml) is a lead-in too. A paragraph whose first (or second, after a heading line) line is a
lead-in may hold its items as plain lines without markers (`inline_items`). A lead-in of matters raised ("Andre
saker som ble tatt opp:") gives a list whose items are demands only when worded "behov(et) for X" (decision 2; the
caller checks the items).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from flows import lexicon
from flows.budget import check
from flows.extract.actors import MINISTRY, addressees_in, claimants_in, generic_claimants
from flows.extract.organisation_names import organisations_in
from flows.extract.clauses import find_cues
from flows.extract.cue_patterns import patterns
from flows.extract import talk_leads
from flows.extract.list_cues import (DANGLING, DEMANDS_TITLE, agreed_lead, asking_lead_in, conditional_lead, is_agenda, named_asker, LABEL, NEED_LEAD_IN,
                                     NEED_HEAD_END,
                                     ORDINAL_ITEM,  # noqa: F401  (read by demand_items and the tests)
                                     counted_lines, demand_cue, is_matters, ordinal_paragraph)
from flows.extract.asked_parties import asked_organisation
from flows.extract.lead_in_claimants import government_title, subject_claimants
from flows.extract.attributed import body_voice
from flows.extract.demand_pointers import pointed_lead, pointed_voice
from flows.extract.owned_bodies import owned_body_voice
from flows.extract.joint_claimants import Group, group_before, joint_noun, pointed, pointed_addressee
from flows.extract.layout import opens_fact_box, titled_section
from flows.extract.lead_in_parties import (TO, actor_addressee, actor_lead_in, addressed_to,  # noqa: F401
                                           asked_at_end, last_line_actor, own_claimants, own_line as _own_line,
                                           reported_actor, titled_lead)
# (actor_lead_in and last_line_actor are read as lists.* by demand_items and demands)
from flows.extract.speech import is_first_person, speech_subject
from flows.model import Block


@dataclass(frozen=True)
class ListContext:
    lead_in: int  # Block.index of the lead-in
    claimants: tuple[str, ...]
    addressee: str | None
    matters: bool = False  # a list of matters raised: only "behov(et) for X" items are demands (decision 2)
    needs: bool = False  # a lead-in of what the ones named need ("Kommunene trenger:"): no addressee


def is_slides(blocks: tuple[Block, ...]) -> bool:
    """Slides and talk notes: several markdown headings, no quotation attributions."""
    return sum(1 for b in blocks if b.kind == "heading" and b.level >= 1) >= 2


def author(blocks: tuple[Block, ...]) -> str | None:
    """The author's organisation in slides: the first claimant near the top."""
    found = [claimants_in(block.text) for block in blocks[:4]]
    for hits in [[h for h in hits if h.name not in generic_claimants()] for hits in found] + found:
        if hits:  # one organisation first: "sett fra kommunene" in a title names no author
            return max(hits, key=lambda h: len(h.name)).name
    return None


def _subject_actor(block: Block) -> str | None:
    """In slides: the actor that must act in a modal sentence of the block."""
    for sentence in block.sentences:
        for cue in find_cues(sentence.text):
            if cue.kind in ("modal", "passive"):
                hits = addressees_in(cue.subject)
                if hits and hits[0].start <= 4:
                    return hits[0].name
    return None


def lead_in_context(index: int, text: str, last_sentence: str, prev: str | None,
                    default: str = "KS", joint: tuple[str, ...] = ()) -> ListContext | None:
    """The context of a lead-in text ending with ':' (claimants may be empty: the caller fills
    in the voice of the text around it), or None when it is no lead-in of demands. `joint`: the
    organisations its subject points back at ("partane ber departementet om å:", joint_claimants.py)."""
    text = text.rstrip()
    if DEMANDS_TITLE.match(_own_line(text).strip()) and not government_title(_own_line(text)):  # "Dette krever
        # forbundet" over its bullets (a fact box's title); "Dette foreslår departementet": the proposals answered
        text, last_sentence = text + ":", (last_sentence.rstrip() + ":") if last_sentence else last_sentence
    if DANGLING.search(text) and not text.endswith(":"):
        text = text + ":"  # "KS ber departementet om å" and the items: the list completes the sentence
        last_sentence = last_sentence.rstrip() + ":" if last_sentence else last_sentence
    if text.endswith(":") and (is_matters(last_sentence or text) or is_agenda(text)):  # an agenda's items: matters
        return ListContext(index, subject_claimants(text) or (default,), addressed_to(text), True)
    if not text.endswith(":") or not (demand_cue().search(_own_line(last_sentence or text))
                                      or NEED_HEAD_END().search(text)) or conditional_lead(_own_line(text)) \
            or agreed_lead(_own_line(last_sentence or text)):
        return None  # "Hvis X:" answers an objection; "Partane vart einige om følgjande:" a joint plan
    lead = last_sentence.strip() if last_sentence and last_sentence.strip().endswith(":") else text
    actor = last_line_actor(lead)  # the lead-in is its paragraph's last sentence ("Vi må sjå på oss sjølve. Kommunane må:")
    if actor is not None:
        return ListContext(index, (), actor)
    reported = reported_actor(lead)  # "Bibliotekarforbundet har sendt eit brev. Der heter det at kommunene bør:"
    if reported is not None:
        said_by = lead[:reported[0]]
        claims = joint or (own_claimants(said_by) if is_first_person(said_by) else (
            subject_claimants(said_by) or subject_claimants(text[:max(0, len(text) - len(lead))])
            or (subject_claimants(prev) if prev is not None else ())))  # "Vi meiner at staten må:": the voice
        return ListContext(index, claims, reported[1])
    if NEED_LEAD_IN().match(lead):
        return ListContext(index, (), None, needs=True)  # "Kommunene trenger:": the items ask, nobody named acts
    claims = joint or (own_claimants(lead) if is_first_person(_own_line(lead)) else subject_claimants(text))
    addressee = actor_addressee(lead) or actor_addressee(text) or asked_organisation(lead) or asked_at_end(lead)
    # ("Delta ber KS om å:": KS, an organisation asked by another)
    if claims[:1] == (MINISTRY,) and addressee == MINISTRY:  # "Departementet ber kommunane om å:": the ones asked
        addressee = next((h.name for h in addressees_in(lead) if h.name != MINISTRY), None)
    if prev is not None and not claims and not is_first_person(text):  # "Derfor ber vi ...:": the speaker's own
        claims = claims or subject_claimants(prev)
        addressee = addressee or actor_addressee(prev)
    return ListContext(index, claims, addressee)


def inline_items(text: str) -> tuple[str, list[tuple[int, int]]] | None:
    """A paragraph whose first line is a lead-in and whose other lines are items without
    markers ("KS foreslår blant annet:\nat ...\nen ..."): (lead-in, spans of the items)."""
    lines = text.split("\n")
    lead = next((k for k, line in enumerate(lines[:2]) if line.rstrip().endswith(":")), None)
    if lead is None or len(lines) < lead + 3 or not (demand_cue().search(lines[lead]) or is_matters(lines[lead])):
        return None  # lines before the lead-in are a heading ("Saker\nSaker som ble tatt opp:")
    spans = _line_spans(lines[lead + 1:], sum(len(line) + 1 for line in lines[:lead + 1]))
    if any(len(text[a:b].split()) > 40 for a, b in spans):
        return None
    return lines[lead], spans


def _line_spans(lines: list[str], pos: int = 0) -> list[tuple[int, int]]:
    """The (start, end) of each non-empty line, stripped, the first line starting at offset `pos`."""
    spans: list[tuple[int, int]] = []
    for line in lines:
        if line.strip():
            spans.append((pos + len(line) - len(line.lstrip()), pos + len(line.rstrip())))
        pos += len(line) + 1
    return spans


LAST_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ])")


def lines_under(lead_in: str, text: str) -> tuple[str, list[tuple[int, int]]] | None:
    """A paragraph of two or more lines without markers right under a paragraph that ends as a lead-in ("I innlegget
    la ho fram tre krav frå KS til regjeringa:" over "Kommunane må X.\nStatsforvaltaren må Y."): (the lead-in, spans
    of the lines), as `inline_items` reads them within one paragraph."""
    lead = LAST_SENTENCE.split(lead_in.rstrip().rsplit("\n", 1)[-1])[-1]  # "KS er ... Vi krever at KS:": its last
    if not lead.endswith(":") or not (demand_cue().search(lead) or is_matters(lead)):  # sentence leads in
        return None
    spans = _line_spans(text.split("\n"))
    if len(spans) < 2 or any(len(text[a:b].split()) > 40 or "|" in text[a:b] or "\t" in text[a:b] for a, b in spans):
        return None  # (a table's rows: its own layout)
    return lead, spans


def _joint(block: Block, found: tuple[Group, ...]) -> tuple[str, ...]:
    """The organisations a lead-in's subject points back at, if it points back at a group."""
    region = speech_subject(block.text) if found else None
    if not region and found:  # "Vidare peikar organisasjonane på tre tiltak:": a plural noun for them, any verb
        noun = joint_noun(block.text)
        region = noun.group(0) if noun else None
    if not region:
        return ()
    at = max(0, block.text.find(region))
    kind = pointed(region, block.text[at + len(region):])
    return group_before(found, block.start + at, kind) if kind else ()


def _body_claimants(blocks: tuple[Block, ...], i: int) -> tuple[str, ...]:
    """The organisation of a lead-in whose subject is a bare governing body ("Fylkesstyret la fram
    følgende innspill til statsråden:"): the one the document names that body with ("fylkesstyret i KS
    Nordby", `attributed.body_voice`); () otherwise."""
    text = "\n\n".join(b.text for b in blocks)
    found = body_voice(blocks[i].text, text) or owned_body_voice(blocks[i].text, text)  # or "KS' hovedstyre"
    return found.claimants if found is not None else ()


PROPOSAL = re.compile(r"forslag", re.IGNORECASE)  # "representantforslag", "forslaget", "Forslaget lyder:"


@lru_cache(maxsize=1)
def _storting_formula() -> re.Pattern[str]:
    """The formula a proposal to the Storting opens its items with ("Stortinget ber regjeringen", "Stortinget bed
    regjeringa om å:", `proposal_formulas` in request_verbs.yaml)."""
    return lexicon.phrase_pattern([str(f) for f in lexicon.load("request_verbs")["proposal_formulas"]],
                                  before=r"^\W*", after=r"(?:\s+om\s+å|\s+om)?\s*:?\s*$")


def _proposer(blocks: tuple[Block, ...], i: int, default: str) -> str:
    """Who puts forward the proposal whose formula block `i` is: the organisation opening the last paragraph before
    it that speaks of a proposal ("Venstres stortingsgruppe fremmer i dag et representantforslag ..."), else `default`."""
    for block in reversed(blocks[:i]):
        if block.kind != "heading" and PROPOSAL.search(block.text):
            for sentence in block.sentences:
                named = organisations_in(sentence.text)
                if named and named[0].start == 0 and PROPOSAL.search(sentence.text):
                    return named[0].name
    return default


def _lead_in(blocks: tuple[Block, ...], i: int, slides: bool, writer: str | None,
             speaker: dict[int, tuple[str, ...]], default: str, joint: tuple[Group, ...] = (),
             asked_together: tuple[Group, ...] = ()) -> ListContext | None:
    block = blocks[i]
    if _storting_formula().match(block.text):  # "Forslaget lyder: / Stortinget ber regjeringen / 1. ... 2. ...": the
        return ListContext(i, (_proposer(blocks, i, default),), "regjeringen")  # proposer asks, through the Storting
    titled = block.kind == "heading" and blocks[i + 1].kind == "item" and titled_lead(block.text)
    if block.kind == "heading" and not (slides and block.text.rstrip().endswith(":")) \
            and not DANGLING.search(block.text.rstrip()) and not titled:
        return None  # in slides a heading may lead in its bullets ("## Staten må:"); a short line ending
        # in "om å", "at" is a cut sentence the items complete, no heading
    prev = blocks[i - 1].text if i > 0 and blocks[i - 1].kind != "heading" else None
    text, last = block.text, block.sentences[-1].text if block.sentences else ""
    if titled:  # "KS' hovedbudskap til regjeringen" over its bullets: a lead-in as if it ended with ':'
        text, last = text.rstrip() + ":", (last.rstrip() + ":") if last else last
    context = lead_in_context(i, text, last, prev, default,
                              _joint(block, joint) if DANGLING.search(block.text.rstrip()) or
                              text.rstrip().endswith(":") else ())
    if context is not None:
        claims, addressee = context.claimants, context.addressee
        if slides and writer:
            claims = (writer,)
            addressee = None if context.needs else _subject_actor(block) or addressee
        if block.sentences and all(c in generic_claimants() for c in claims):  # "Forbundet har tre krav til
            before = "\n\n".join(b.text for b in blocks[:i]) + "\n\n"  # kommunen:": the union named before, also
            body = pointed_lead(_own_line(block.sentences[-1].text), before, len(before))  # over the paragraph
            claims = (body,) if body else claims  # before's subject ("Fylkeskommunen ba departementet om:" after a
            # quote on what "kommunene" must do; round 60)
        claims = claims or speaker.get(i, ()) or _body_claimants(blocks, i)
        if speaker.get(i) and all(c in generic_claimants() for c in claims):
            claims = speaker[i]  # "Kommunane treng at staten:" in a talk: the author speaks for the group
        if addressee is None:  # "partane ber departementa om å:": the ministries named together before
            addressee = pointed_addressee(block.text, block.start, asked_together)
        lead = block.sentences[-1].text if block.sentences else block.text
        if DANGLING.search(lead.rstrip()) and not lead.rstrip().endswith(":"):
            lead = lead.rstrip() + ":"  # "Vesterålen regionråd ber regjeringa om å" over its points: read as a lead-in
        asks = bool(addressee) and asking_lead_in(lead)  # read once: it decides the claimant and the lead-in
        asking = asks and not is_first_person(lead)
        named = named_asker(lead) if asking else None  # "ber Nordfjordrådet departementet om å:": a name the
        if named:  # lexicons do not know, its own subject, before any voice of the paragraph before
            claims = (named,)
        elif asking and not claims:
            before = "\n\n".join(b.text for b in blocks[:i]) + "\n\n"  # "Fylkeskommunen bad departementet om å:":
            pointed = pointed_voice(lead, before, len(before))  # the body of that kind named before, else a
            claims = pointed.claimants if pointed else (default,)  # gathering of the document's organisation
            # ("Der ber toppmøtet regjeringa om:"); "Vi ber statsråden om å:": the voice around it (the caller's)
        own = not claims and is_first_person(lead) and demand_cue().search(_own_line(lead)) is not None
        if own and not speaker.get(i):  # "Dette bad vi om:" on the writer's own page: the document's voice asks
            claims = (default,)
        if claims or last_line_actor(block.text) is not None or context.needs or asks or reported_actor(lead):
            return ListContext(i, claims, addressee, context.matters, context.needs)  # the caller may give the claimant
        return None
    if slides and writer and block.kind == "paragraph":
        actor = _subject_actor(block)
        if actor:
            return ListContext(i, (writer,), actor)
    return None


def list_items(blocks: tuple[Block, ...], slides: bool, writer: str | None,
               speaker: dict[int, tuple[str, ...]] | None = None, default: str = "KS",
               joint: tuple[Group, ...] = (), asked_together: tuple[Group, ...] = ()) -> dict[int, ListContext]:
    """Block index of each list item that is a demand -> its list's context.
    `speaker`: claimants in whose quotation a block stands (for quoted lead-ins); `default`:
    the claimant of a list of matters whose lead-in names none; `joint`: organisations named
    together in the document, `asked_together` addressees named together (joint_claimants.py)."""
    out: dict[int, ListContext] = {}
    speaker = speaker or {}
    for i, block in enumerate(blocks):
        check()
        counted = counted_lines(blocks, i) if i + 1 < len(blocks) and blocks[i + 1].kind == "paragraph" else ()
        if i + 1 >= len(blocks) or not (blocks[i + 1].kind == "item" or ordinal_paragraph(blocks[i + 1]) or counted):
            continue
        if blocks[i + 1].marker == "dash" and patterns()["attribution"].search(blocks[i + 1].text):
            continue  # "Lederen er tydelig på hva hun vil ha:" then "- X, sier NN.": a quotation, no list
        if blocks[i + 1].marker == "dash" and talk_leads.announces_talk(block.text):
            continue  # "I møtet holdt NN et innlegg. Vi gjengir hovedpunktene her:": the talk's words, no list
        nested = block.kind == "item"  # a bullet ending in ":" over deeper bullets ("- Vi ber om at:\n   – X")
        if nested and not (blocks[i + 1].kind == "item"
                           and (block.text.rstrip().endswith(":") or DANGLING.search(block.text.rstrip()))
                           and (blocks[i + 1].level > block.level or blocks[i + 1].marker != block.marker)):
            # (also a point of a decision cut after "om å" over its lettered points: "1. Regionrådet ber regjeringa
            # om å" over "a) sikre ...", round 47)
            continue
        context = _lead_in(blocks, i, slides, writer, speaker, default, joint, asked_together)
        if context is None:
            continue
        if counted:  # "«tre enkle krav» til regjeringa:" over three plain lines
            out.update({j: context for j in counted})
            continue
        if ordinal_paragraph(blocks[i + 1]):  # "Vi har tre krav:" and paragraphs "Det første kravet er at X."
            for j in range(i + 1, len(blocks)):
                if not ordinal_paragraph(blocks[j]):
                    break
                out[j] = context
            continue
        level, marker = blocks[i + 1].level, blocks[i + 1].marker
        for j in range(i + 1, len(blocks)):
            check()
            item = blocks[j]
            if item.kind in ("heading", "paragraph"):
                if LABEL.match(item.text) and not opens_fact_box(item.text):
                    continue  # a label line inside the list ("Obs: ..."); a fact box ends it
                break
            if item.marker == "dash" != marker:
                break  # a dash paragraph after a bullet list is a quotation, not an item
            if item.marker == "dash" and j > i + 1 and patterns()["attribution"].search(item.text):
                break  # "– Når en bru må stenges, ..., sa Grinaker." after the dash items: his quotation, no item
            if item.marker == "number" != marker and item.level <= level:
                break  # a numbered line after the bullets is the notes' next section ("4. Psykisk helse")
            if nested and (item.level < level or item.marker == block.marker != marker):
                break  # the sub-list of a nested lead-in ends where its parent list goes on
            if item.level == level and not titled_section(item):
                out[j] = context
    return out


def is_list_item(block: Block, lists: dict[int, ListContext]) -> bool:
    return block.index in lists
