"""Demands: calls for an action, with claimant, addressee and topic.

Each sentence is first given a voice (flows.extract.voice): whose words it holds.
Only sentences in a claimant's voice yield demands, from the cues of
flows.extract.clauses (flows.extract.sentence_demands; each action becomes rows in flows.extract.demand_rows); list
items under a lead-in yield demands too (flows.extract.lists, flows.extract.demand_items);
in a list of matters discussed, "behov(et) for X" is a demand to the meeting's
counterpart (decision 2).
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from flows import budget, lexicon
from flows.extract import demand_layouts as layouts, interview, lists as lists_
from flows.extract.list_cues import without_source_lines
from flows.extract.demand_layouts import clause_asked, reports_third_party
from flows.extract.actors import GOVERNMENT
from flows.extract.actor_words import party_written
from flows.extract.organisation_names import organisations_in
from flows.extract.clauses import claim_subject, find_cues, first_person_before
from flows.extract.cue_patterns import additive_openers, cue_words, patterns, proposals_source
from flows.extract.context import DocContext, analyse
from flows.extract.attributed import attributed_voice, body_voice, noun_source_voice, quoted_document_voice, view_pronoun
from flows.extract.demand_pointers import pointed_voice
from flows.extract.demand_names import spelled_out
from flows.extract.demand_items import fallback_claimant, inline_demands, item_demands
from flows.extract.demand_rows import RowContext
from flows.extract.home_body import council_home, speaker_homes
from flows.extract.speaker_organisations import speaker_descriptions
from flows.extract.lead_speakers import lead_speakers
from flows.extract.lead_summary import without_lead_summaries
from flows.extract.met_demands import without_met
from flows.extract.organisations import written_name
from flows.extract.mentions import MentionLayer, find_mentions
from flows.extract.attributions import AttributionLayer, find_attributions
from flows.extract.owned_bodies import owned_body_voice
from flows.extract.people import recent_person
from flows.extract.place_claimants import placed_claimant
from flows.extract.printed_in_full import printed_owner, printed_sections
from flows.extract.one_municipality import one_county, one_directorate, one_municipality
from flows.extract.storting_asks import storting_asked
from flows.extract.governor_addressee import GOVERNOR, governor_written
from flows.extract.own_items import imperative_line, is_section_title
from flows.extract.own_voice import AUTHOR_VOICES, speaks_to, without_stage_lines
from flows.extract.parsed_voice import speaker_region
from flows.extract.layout import fact_box_blocks
from flows.extract.quote_blocks import continued_quote, is_quotation, quote_speaker
from flows.extract.demand_minister_talk import talk_ministry, writer_ministry
from flows.extract.document_voice import DocumentVoice, find_voice
from flows.extract.joint_claimants import groups
from flows.extract.sentence_demands import government_demands, sentence_demands
from flows.extract.told_requests import told_claimant
from flows.extract.voice import Voice, VoiceState, Where, resolve, sentence_voice, speaks_for
from flows.model import Block, Demand, Document, Sentence, Statement

BLANT = re.compile(r"^\W*blant\s", re.IGNORECASE)  # the opening of a list of proposals ("Blant forslaga er ...")
REPORTED_VOICES = frozenset({"reported", "statement_indirect", "continued"})  # voices a next sentence may go on in


@lru_cache(maxsize=1)
def _additive() -> re.Pattern[str]:
    return lexicon.phrase_pattern(additive_openers(), before=r"^\W*")


def _viewer(sentence: Sentence, mentions: MentionLayer) -> str | None:
    """Whom a person's view ("etter hennar syn", `attributed.view_pronoun`) speaks for: the last person of that
    gender named before it, as `voice.speaks_for` places them; None without such a view or person."""
    found = view_pronoun(sentence.text)
    if found is None:
        return None
    person = recent_person(mentions.people, sentence.start + found[0], found[1])
    return speaks_for(mentions, person.name) if person is not None else None


def _own_request(text: str) -> bool:
    """True when a sentence's request has the speaker's own pronoun as its subject, before the verb ("Eg vil be
    kommunane om å X") or inside the form after a fronted phrase ("For det første vil eg be kommunane om å X"): in a
    minister's own talk, the minister asks (not the body the request names)."""
    return any(c.kind == "request" and (first_person_before(text[:c.anchor]) or _speaker_in_form().match(text, c.anchor))
               for c in find_cues(text))


@lru_cache(maxsize=1)
def _speaker_in_form() -> re.Pattern[str]:
    """"vil eg be": the speaker's own pronoun inside a request form (`speaker_pronouns`)."""
    return re.compile(rf"\S+\s+(?:{'|'.join(map(re.escape, cue_words('speaker_pronouns')))})(?![\w-])", re.IGNORECASE)


def _inside_guillemets(block: Block, sentence: Sentence) -> bool:
    """The sentence opens inside a quotation in guillemets its paragraph opened before it (a minister's piece quoting
    the other side: «Vi ber ikke om mer. Men vi ber om at regningen blir betalt.»): the words are the one quoted's."""
    before = block.text[:sentence.start - block.start]
    return before.count("«") > before.count("»")


def _adds(sentence: str) -> bool:
    """True when a sentence opens with an additive connective ("I tillegg må ...", "Dessuten bør ...")."""
    return bool(_additive().match(sentence))


@lru_cache(maxsize=1)
def _they_ask() -> re.Pattern[str]:
    pronouns = lexicon.alternation(cue_words("continuing_pronouns"))
    return re.compile(rf"^\W*(?:(?:og|men)\s+)?(?:{pronouns})\s+(?:(?:{lexicon.alternation(cue_words('adverbs'))})\s+)?"
                      rf"(?={patterns()['request'].pattern})", re.IGNORECASE)


def _they_ask_too(sentence: str) -> bool:
    """True when a sentence opens with a plural pronoun as the subject of a request verb ("Og dei vil ha X", "De ber
    også om Y"): the body the sentence before reported goes on asking."""
    return bool(_they_ask().match(sentence))


def _proposals_named(sentence: str) -> bool:
    """True when a sentence opens by listing proposals just reported ("Blant krava var å X og å Y"
    after "Eit brev med forslag skal sendast, sa ho."): it goes on in the reported voice."""
    return bool(BLANT.match(sentence)) and any(c.kind == "proposals" and not sentence[:c.anchor].strip()
                                              for c in find_cues(sentence))


def extract_demands(
    document: Document, blocks: tuple[Block, ...], statements: tuple[Statement, ...]
) -> tuple[Demand, ...]:
    """Demands in text order (analyses the document; the pipeline calls `find_demands`)."""
    context = analyse(document, blocks=blocks)
    mentions = find_mentions(context)
    return find_demands(context, mentions, find_attributions(context, mentions), statements)


def find_demands(context: DocContext, mentions: MentionLayer, attributions: AttributionLayer,
                 statements: tuple[Statement, ...], voice: DocumentVoice | None = None) -> tuple[Demand, ...]:
    """Pass 4, demands: in text order, from the context, the mention layer, the document's voice
    (`document_voice`, computed here when not given), who speaks where (attribution layer) and the
    statements."""
    document, blocks = context.document, context.blocks
    heading: dict[int, str] = {}
    for block in blocks:
        if block.kind == "heading":
            heading[block.section] = block.text
    parses = {p.start: p for p in context.parses if p is not None}
    ctx = RowContext(document, blocks, heading, mentions.principal, parses)
    slides = lists_.is_slides(blocks)
    writer = lists_.author(blocks) if slides else None
    voice = find_voice(context, mentions) if voice is None else voice
    written = None if slides else voice.author  # a talk, an opinion piece, a letter: its author's voice
    minister = None if slides or written else (talk_ministry(context.layout, mentions)  # a minister's own talk
                                                or writer_ministry(voice.writer))  # or opinion piece
    own_voice = written is not None  # an author's document: its quotations end where the statement pass ends them
    boxes = fact_box_blocks(blocks)  # a fact box's dash bullets quote nobody
    byline, author_rule = (written.claimant, written.rule) if written else (None, "byline")
    cosigners = written.cosigners if written else ()  # a joint letter or statement: each one's demands
    author = {b.index: (byline, *cosigners) for b in blocks} if byline else {}  # "Derfor ber vi regjeringen om å:" in a talk
    joint = groups(document.text, context.gazetteer.organisations)  # organisations named together
    homes = speaker_homes(document.text, statements, mentions)
    descriptions = speaker_descriptions(document.text, statements, mentions.people)
    described = {name: organisation for name, (_, organisation) in descriptions.items() if organisation}
    leads = {**lead_speakers(blocks, mentions, {**described, **homes}), **author}  # "Grinaker hadde med seg tre
    # krav:", "Innlegget hennar enda i fem tiltak:": whom he or she speaks for (also the body of a speaker's description,
    # "brannsjef i Sunnfjord brann og redning, NN")
    items = lists_.list_items(blocks, slides, writer, leads, default=mentions.principal, joint=joint,
                              asked_together=groups(document.text, context.gazetteer.addressees, True))
    printed = {} if written or slides else printed_sections(blocks, lambda words: printed_owner(words, mentions, document.text),
                                                                     document.text)
    asked_plain = layouts.plain_questions(blocks, mentions)  # "Legeforeningen vil ha X. Hvorfor er KS skeptisk?"
    answered = layouts.plain_answers(blocks, asked_plain, statements, mentions)  # the interviewee's words after them
    demands: list[Demand] = []
    state = VoiceState()
    prev_quote = False
    quoted_by: str | None = None  # the claimant whose words the quotation just before held
    announced: tuple[str, int] | None = None  # the one asked of the paragraphs a count announced, and how many are left
    for block in blocks:
        if block.kind == "heading" or (block.index not in items and is_section_title(blocks, block.index)) \
                or layouts.correction_note(block):
            continue  # "Rettelse: I en tidligere versjon ...": an editor's note
        asked_of = announced[0] if announced and block.kind == "paragraph" else None
        announced = layouts.announced(block) or ((announced[0], announced[1] - 1) if asked_of and announced[1] > 1 else None)
        found = len(demands)
        if block.index in items:  # a list item under a lead-in (lists.py)
            context = items[block.index]
            demands += item_demands(ctx, block, context, context.claimants or fallback_claimant(ctx, state.last))
            continue
        inline = None if slides or block.kind != "paragraph" or block.marker == "dash" else inline_demands(
            ctx, block, state.last, blocks[block.index - 1] if block.index else None)
        if inline is not None:  # a lead-in and its items as plain lines of one paragraph, or under one
            demands += inline
            continue
        asked = (block.marker == "dash" and interview.asked(blocks, block.index, mentions.people)) \
            or block.index in asked_plain  # an interviewer's question ("– Dere ville ha X. Ble dere hørt?")
        speaks = attributions.in_block(block)
        continued = not slides and block.marker != "dash" and \
            continued_quote(block, prev_quote, speaks.closing, mentions, quoted_by or state.last)
        quote = not slides and not asked and not (block.marker == "dash" and block.index in printed) and \
            is_quotation(block, prev_quote, continued, speaks.closing, speaks.subject,
                                            own_voice, statements, block.index in boxes)
        speaker, attribution_at = quote_speaker(block, attributions, mentions, quoted_by if continued and quoted_by
                                                 else state.last) if quote else (None, -1)
        earlier: list[tuple[str, str | None]] = []
        before: Voice | None = None
        document_voice = quoted_document_voice(block, blocks[block.index - 1] if block.index > 0 else None)
        for i, sentence in enumerate(block.sentences):
            budget.check()
            where = Where(in_quote=quote and (attribution_at < 0 or i <= attribution_at), quote_speaker=speaker,
                          slides=slides, writer=writer, byline=printed.get(block.index, byline),
                          principal=mentions.principal, homes=homes,
                          author_rule="letter" if block.index in printed else author_rule, joint=joint, cosigners=cosigners,
                          descriptions=descriptions)
            region = attributions.in_sentence(sentence).subject or proposals_source(sentence.text)
            if sentence.start in parses and resolve(region or "", mentions, state.last, state.named) in (None, GOVERNMENT):
                region = speaker_region(parses[sentence.start]) or region  # a subject the surface rules miss
            voice, matters, state = sentence_voice(sentence, where, region, statements, mentions, state)
            if voice is not None and voice.rule == "notes" and region and \
                    resolve(region, mentions, state.last, state.named) == GOVERNMENT:
                voice = None  # in minutes, "Departementet forventer at alle kommuner ...": the ministry asks (round 60)
            if asked and not reports_third_party(sentence.text, voice, region):
                continue  # the interviewer's own words: a question, or what the interviewee's side wants ("Dere vil ha X")
            if voice is not None and not voice.in_quote:  # "Fylket krev", "Forbundet ber": the body of that kind
                voice = pointed_voice(sentence.text, document.text, sentence.start) or voice
            if voice is None and before is not None and (_adds(sentence.text) or _proposals_named(sentence.text)
                                                         or _they_ask_too(sentence.text)):
                voice = Voice(before.claimants, False, None, "continued")  # "KS mener X. I tillegg må Y."
            if voice is None and block.index in answered and (not region or region.split()[0].casefold() in
                                                                  {w.casefold() for w in cue_words("speaker_pronouns")}):
                voice = Voice((answered[block.index],), True, None, "interview_answer")  # "Vi mener X må økes."
            if voice is None:
                voice = _claim_voice(sentence.text) or noun_source_voice(sentence.text, document.text)  # "Kravet frå KS
                # er at X", "Ønsket frå regionrådet om at Y, fekk ei kjølig mottaking"
            if voice is None:
                voice = attributed_voice(sentence.text, state.named, _viewer(sentence, mentions) or state.last) or body_voice(sentence.text, document.text) \
                    or owned_body_voice(sentence.text, document.text) \
                    or pointed_voice(sentence.text, document.text, sentence.start) \
                    or document_voice  # "Ifølge KS må X", "Fylkesstyret bad om X" (the board named before, "KS' styre")
            before = voice if voice is not None and voice.rule in REPORTED_VOICES and voice.claimants else None
            if minister and not where.in_quote and not _inside_guillemets(block, sentence) and \
                    (voice is None or _own_request(sentence.text)):
                voice = Voice((), False, None, "government")  # the minister's own words in a talk ("Eg vil be ...")
            government = (voice is None and region is not None and (state.last == GOVERNMENT or resolve(
                region, mentions, state.last, state.named) == GOVERNMENT)) or \
                (voice is not None and voice.rule == "government")
            told = told_claimant(sentence.text, block.sentences[i - 1].text if i else "") if government else None
            if told is not None:  # "– KS ba om at vi øker X, sa statsråden": KS's request, told by the minister
                voice, government = Voice((told,), False, None, "told_request"), False
            if government:  # a minister asks others to act
                demands += government_demands(ctx, block, i, voice, earlier, sentence, statements,
                                              minister if voice is not None and not voice.in_quote else None, asked_of)
                continue
            if voice is None or not voice.claimants:
                continue
            spoken = without_stage_lines(sentence)  # "[Lysark 3 – tittel]" on a line of its own is layout
            if spoken is not None and spoken.text.rstrip().endswith(":") and (lists_.last_line_actor(spoken.text)
                                                                               or lists_.reported_actor(spoken.text)):
                spoken = None  # "Kommunene bør samtidig:": a lead-in naming who must act asks nothing itself
            if spoken is not None:
                rows = sentence_demands(ctx, block, i, voice, matters, earlier, slides and voice.rule == "slide", spoken,
                                        asked_of is not None and i == 0)
                if written and written.addressed and voice.rule in AUTHOR_VOICES \
                        and speaks_to(spoken.text, document.language):  # "fra dere": the ministry the talk greets
                    rows = [d if d.addressee else replace(d, addressee=written.addressed) for d in rows]
                if written and written.addressed and block.kind == "item" and imperative_line(spoken.text):
                    rows = [d if d.addressee or not d.rule.endswith(":action_item")  # "Gje oss ...": the listener
                            else replace(d, addressee=written.addressed) for d in rows]
                if asked:
                    rows = [d for d in rows if clause_asked(document.text, d.start, d.rule)]
                demands += rows
        if asked_of is not None:  # "... om tre ting:" then "For det første må X": X is asked of the one named
            demands[found:] = [d if d.addressee else replace(d, addressee=asked_of) for d in demands[found:]]
        if quote and speaker:
            state = replace(state, last=speaker)
        prev_quote = quote
        quoted_by = (voice.claimants[0] if quote and voice is not None and voice.claimants and voice.in_quote
                     else None) if block.sentences else None
    named = _dedupe([replace(d, claimant=party_written(placed_claimant(spelled_out(written_name(
        council_home(d.claimant, document.text, d.start), document.text), document.text), document.text,
        mentions.principal), document.text)) for d in demands])  # "fylkestinget krev": the county; "NSF", "NHF": as written; a place
    # read as an organisation ("biblioteksjef NN fra Nordby"): the body the document names there (place_claimants.py)
    named = tuple(replace(d, addressee=governor_written(d.addressee, document.text, d.start, document.language),
                          claimant=governor_written(d.claimant, document.text, d.start, document.language, True))
                  if GOVERNOR in (d.addressee, d.claimant) else d for d in named)  # "Statsforvaltaren i Vestland" as
    # the text names it, the one asked or the one asking (with the one county the text names)
    named = tuple(replace(d, addressee=storting_asked(one_directorate(one_county(one_municipality(
        d.addressee, d.claimant, d.text, document.text), d.text, document.text), d.text, document.text),
                                                      d.text, document.text, d.start))
                  for d in named)  # "Kommunen må ..." in a local branch's words: the one municipality it is about;
    # "be regjeringen utrede X": the Storting is asked to ask (storting_asks.py)
    named = _without_joined_counties(named)  # "KS og fylkeskommunene ba om:": KS's demands, as before the group was one
    named = without_met(named, blocks)  # "KS har tidlegare bede om X. Det er no på plass.": asks nothing any more
    named = without_source_lines(named)  # a fact box's last item over "Kilde: Fagforbundet": the item alone
    return without_lead_summaries(named, blocks)  # "KS vil ha X" in the lead, X in full in the body: one demand


COUNTIES = "fylkeskommunene"  # the counties as a group (actors.yaml): a claimant only when they ask alone


def _without_joined_counties(demands: tuple[Demand, ...]) -> tuple[Demand, ...]:
    """The demands less those of the counties as a group where another claimant makes the same demand at the same
    place ("KS og fylkeskommunene ba departementet om:", "Fylka og KS la fram tre krav"): the organisation asks."""
    others = {(d.start, d.end) for d in demands if d.claimant != COUNTIES}
    return tuple(d for d in demands if d.claimant != COUNTIES or (d.start, d.end) not in others)


def _claim_voice(text: str) -> Voice | None:
    """The voice of a sentence that states a named claimant's claim ("KS' krav er at ...",
    "Budskapet fra forbundet var klart: ..."): the claimant its subject names; None otherwise."""
    subject = claim_subject(text)
    if subject is None:
        return None
    plain = re.sub(r"(?<=[a-zæøå])s(?![\w-])", "", subject)  # "Nordby kommunes krav": Nordby kommune's
    hits = organisations_in(subject) or organisations_in(plain)
    return Voice((hits[0].name,), False, None, "reported") if hits else None


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    return lexicon.words("request_verbs", "wording_function_words")


def _wording(text: str) -> str:
    """A demand's words less a complementiser and articles: the same action in a summary box ("At X legges bort")
    and in the body ("X legges bort") is one demand (one action repeated gives one)."""
    return " ".join(w for w in re.findall(r"[\wæøåé-]+", text.casefold()) if w not in _function_words())


def _dedupe(demands: list[Demand]) -> tuple[Demand, ...]:
    seen: set[tuple[str, str]] = set()
    out: list[Demand] = []
    for demand in sorted(demands, key=lambda d: (d.start, d.end)):
        key = (demand.claimant, _wording(demand.text))
        if key in seen:
            continue
        seen.add(key)
        out.append(demand)
    return tuple(out)
