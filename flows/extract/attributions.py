"""Pass 2, attributions: who speaks in which span, for quotations and reported speech.

Walks the blocks in order, keeping per section the speaker last quoted or
reported, so that a quotation paragraph with no attribution of its own, or a
first-person paragraph that goes on with a quotation, gets that speaker
(guidelines 8 and 12); not in a document in its author's own voice (a talk, an opinion piece, a
letter: its first person is the author's), nor a paragraph that names the speaker in the third
person ("KS stilte med Dal og ..."). Quotations attributed to an organisation or a document
are not statements, and they end the current speaker (guideline 11). A fact box set into the story
(`layout.fact_box_blocks`: "FAKTA" and its items) is stepped over, and a photo caption ("... Foto:
NN") read without ending anything: a quotation paragraph after either goes on with the speaker before it.
A paragraph opening "Det sier NN (til avisa)." points back: the paragraph right
before it (and first-person paragraphs before that, up to a heading, a list, a
quotation or a paragraph that gave a statement) is NN's quotation even without
a dash or quote marks (`credited_quotes`). An unattributed dash paragraph followed by a first-person
paragraph without a dash that closes with ", sa NN." is NN's, and so is that paragraph (guideline 12).
The fact box stepped over above ("FAKTA: ...", "Les også: ...") is nobody's words: it gives nothing
and is no part of the quotation before it (the story's paragraph after it may go on with that quotation).
"""
from __future__ import annotations

import re
from dataclasses import replace
from types import MappingProxyType

from flows import budget
from flows.extract import interview, interview_turns, quote_runs, quoted_speech, quotes, social_posts
from flows.extract import quote_scope as scope
from flows.extract import speech_spans as spans
from flows.extract.attribution_layer import Attribution, AttributionLayer, Speaking, speaking
from flows.extract.context import DocContext
from flows.extract.credited_quotes import direct, pull_quote, quoted_before
from flows.extract.document_voice import DocumentVoice, find_voice
from flows.extract.labelled_items import labelled_item
from flows.extract.captions import without_credit
from flows.extract.layout import dash_list_items, fact_box_blocks, titled_section
from flows.extract.mentions import MentionLayer
from flows.extract.quote_attribution import CUE, lead_in
from flows.extract.sentence_speech import Env, State, indirect_all, inline_all
from flows.extract.people import People
from flows.extract.pronoun_words import name_gender, pronoun_gender
from flows.model import Block, Mention, Sentence

__all__ = ["Attribution", "AttributionLayer", "Speaking", "find_attributions"]


def _quotation(doc: str, start: int, block: Block, env: Env, state: State,
               fallback: Mention | None, fallback_rule: str = "dash_quote_lead_in") -> tuple[list[Attribution], State]:
    """A quotation from `start` to the end of `block`, with what follows its attribution."""
    quoted = quotes.read(doc, start, quotes.closed_end(doc, start, block.end), env.people)
    att = quoted.attribution
    if att is not None and fallback is not None and fallback_rule in interview.RULES:
        att = replace(att, speaker=fallback)  # "– ..., svarte hun.": the interviewee
    if att is not None and att.speaker is None:
        return [], replace(state, speaker=None, after_quote=False, in_list=False)
    if att is None:
        speaker = fallback or state.speaker
        listy = state.in_list or (state.lead.rstrip().rstrip(")]").endswith(":") and fallback is None)
        quoted = replace(quoted, end=start + len(without_credit(doc[start:quoted.end])))  # "... (Foto: NN)"
        words = doc[start:quoted.end] + ("." if block.index == env.cut_off else "")  # a cut-off quotation is still one
        if quote_runs.opened_over_paragraphs(doc, start, quoted.end):
            words += "»"  # «X. / «Y.»: a quotation over paragraphs, each opening with «, only the last closed
        # a short interview answer is still an answer; an open « paragraph is the run's speaker's
        answer = fallback is not None and (fallback_rule in interview.RULES
                                           or fallback_rule in ("quote_over_paragraphs", "quote_before_continuation",
                                                                  "quote_run_context"))
        if speaker is None or listy or not (answer or quotes.context_quote(words, state.after_quote or state.reported
                                                                          or bool(fallback))):
            return [], replace(state, in_list=True, after_quote=False)
        if quotes.repeated_later(doc, doc[quoted.start:quoted.end], block.end):
            return [], replace(state, after_quote=False)  # a pull quote of words quoted again below
        rule = fallback_rule if fallback else "dash_quote_context"
    else:
        speaker, rule = att.speaker, att.rule
    out = [s for s in [direct(doc, quoted.start, quoted.end, speaker, rule, block)] if s]
    if att is not None:  # "«...», svarte NN, og la til at ...": reported words after the attribution
        clause_end = quoted.rest[0].start if quoted.rest else block.end
        more = spans.after_attribution(doc, quoted.end, clause_end, speaker)
        if more is not None:
            out.append(Attribution("indirect", speaker, doc[more.start:more.end], more.start, more.end, more.rule,
                                   block.index))
    state = replace(state, speaker=speaker, after_quote=True, in_list=False)
    if quoted.rest:
        rest_text = doc[quoted.rest[0].start:quoted.rest[-1].end]
        resumed = _resumed(quoted.rest)  # narrative, then a new dash quotation: the narrative alone says how it goes on
        head_text = rest_text if resumed is None else doc[quoted.rest[0].start:quoted.rest[resumed - 1].end]
        closed = doc[start] in "«\""  # a quotation in quote marks ends at its closing mark
        if quotes.reopens(rest_text) or (quotes.continues_quote(head_text) and not closed):
            # "– X, sa NN. – Y": the part after the attribution is a statement of its own, since a
            # statement's text is verbatim and the attribution is no part of the quoted words
            rule = "quote_split_by_attribution" if quotes.reopens(rest_text) else "quote_after_attribution"
            after = direct(doc, quoted.rest[0].start, quoted.rest[-1].end, speaker, rule, block)
            if after:
                out.append(after)
        else:
            narrative = quoted.rest[:resumed] if resumed is not None else quoted.rest
            more, state = indirect_all(narrative, env, block, state)
            out += more
            if resumed is not None:  # "– X, seier ho. Ho vaks opp der. – Y.": a new quotation in the same paragraph
                again = quoted.rest[resumed]
                begin = again.start + len(again.text) - len(again.text.lstrip("–—- "))
                between = (quoted.rest[0].start, again.start)
                other = any(m.name != speaker.name and between[0] <= m.start < between[1] for m in env.people.mentions)
                fallback = None if other else speaker
                more, state = _quotation(doc, begin, block, env, replace(state, speaker=fallback, after_quote=True),
                                         fallback, "quote_resumed_in_paragraph")
                out += more
    return out, state


def _quotation_block(block: Block) -> bool:
    """A paragraph that opens a quotation: dash-led or opening with «."""
    return block.marker == "dash" or block.text.startswith("«")


def _resumed(rest: tuple[Sentence, ...]) -> int | None:
    """The index of the first sentence after the narrative that opens a new quotation with a dash, if any."""
    return next((k for k, s in enumerate(rest) if k > 0 and s.text.startswith(("– ", "— "))), None)


def _quote_paragraph(doc: str, blocks: tuple[Block, ...], i: int, env: Env, state: State,
                     announced: Mention | None) -> tuple[list[Attribution], State]:
    """A dash-led paragraph or one opening «: its speaker is the one a lead-in announced, the one
    closing a «» run over paragraphs or the paragraph after it (the dash lost), or, for a run that
    names nobody, the person the story was just about (`quote_runs`)."""
    block, people = blocks[i], env.people
    ahead = None if announced else quotes.open_run_speaker(blocks, i, doc, people)
    closing = None if announced or ahead else quotes.continuation_speaker(blocks, i, doc, people)
    run = quote_runs.run_end(blocks, i)
    context = None if announced or ahead or closing or run is None else \
        quote_runs.context_speaker(blocks, i, people, state.speaker, state.reported or state.after_quote)
    if not (announced or ahead or closing or run is not None or state.reported or state.after_quote
            or CUE().search(block.text)):  # ", skriv kommunikasjonsavdelinga": a closing clause of its own
        named = quote_runs.context_speaker(blocks, i, people, None, False)  # "NN er optimistisk." then "– ..."
        state = replace(state, speaker=named or state.speaker)
    found, state = _quotation(doc, block.start, block, env, state, announced or ahead or closing or context,
                              "quote_over_paragraphs" if ahead else "quote_before_continuation" if closing
                              else "quote_run_context" if context else "dash_quote_lead_in")
    return found, replace(state, run_end=run if run is not None and found else -1)


def _paragraph(doc: str, block: Block, env: Env, state: State) -> tuple[list[Attribution], State]:
    split = quotes.opener(block)
    head_end, opens = split if split else (block.end, None)
    narrative = spans.narrative(block, head_end)
    going_on = opens is None and state.after_quote and quotes.continues_quote(block.text) \
        and not env.voice.authors_own(env.mentions, state.speaker)
    closed = quotes.read(doc, block.start, block.end, env.people).attribution if going_on else None
    if closed is not None and closed.speaker is not None:  # "Vi krev X, sa NN.": the quotation goes on
        found, state = _quotation(doc, block.start, block, env, state, None)
        return [replace(a, rule="continuation_closed_by_attribution") if a.kind == "direct" else a
                for a in found], state
    if going_on and not quotes.names_speaker(block.text, state.speaker):
        found, _ = indirect_all(narrative, env, block, state)
        if not found and state.speaker is not None:
            statement = direct(doc, block.start, block.end, state.speaker, "first_person_continuation", block)
            return [statement] if statement else [], replace(state, after_quote=True)
    after_quote_of = state.speaker if state.after_quote else None
    out, state = indirect_all(narrative, env, block, state)
    out = [_dash_lost(a, block, after_quote_of) for a in out]
    quoted, state = inline_all(doc, narrative, env, block, state, out)
    # "sa ho at «...»" quoting the whole content is a quotation; a phrase in «» inside a longer
    # content ("meiner at X, og at Y «på vanleg vis»") is a quotation of its own beside it
    closing = [(a, q) for a in out for q in quoted
               if (q.start - a.start <= 2 or len(doc[a.start:q.start].split()) <= 2) and a.end - q.end <= 2]
    own = [c for c, _ in closing if spans.quoted_predicate(c.text, doc[block.start:c.start])]  # "sa at X «gjer Y»"
    out = [a for a in out if not any(a is c for c, _ in closing) or any(a is c for c in own)]
    quoted = [q for q in quoted if not any(q is d and any(c is o for o in own) for c, d in closing)]
    out = sorted(out + quoted, key=lambda s: s.start)
    announced = lead_in(doc[block.start:head_end], block.start, env.people)
    if announced is None and opens is None:
        announced = _reported_lead(out, block)  # "Ho legg til at X:" then "– ...": the reporter's quotation
    if announced is not None:
        state = replace(state, speaker=announced, announced=announced if opens is None else None)
    if opens is not None:
        head = doc[block.start:head_end].rstrip()
        if head.endswith(":") and announced is None and not quotes.labelled_attributed(doc, head, opens, block.end,
                                                                                          env.people):
            return out, replace(state, after_quote=False)  # "KS: – ...": a headline, not a quotation
        more, state = _quotation(doc, opens, block, env, state, announced)
        return out + more, state
    introduced = _introduced(block, env.people, state.speaker) if not out else None
    if introduced is not None:  # "For Vefsn-ordførar NN var det akkurat det svaret han hadde frykta." then "– ...":
        state = replace(state, speaker=introduced)  # the one the narrative turns to speaks next
    return out, replace(state, after_quote=False, in_list=False)


PRONOUN_OPENING = re.compile(r"(?:Han|Hun|Ho|Hen|Dei|De)\s")  # a paragraph opening on a person's pronoun


def _introduced(block: Block, people: People, speaker: Mention | None) -> Mention | None:
    """The one person a paragraph of narrative that reports no words names in full, when another spoke last (the
    person the story turns to); None when it names none or several."""
    if speaker is None or PRONOUN_OPENING.match(block.text):
        return None  # "Hun har jobbet sammen med Ola Berg i ti år.": the one who spoke goes on, the new name an object
    named = {m.name for m in people.mentions if m.kind == "full" and block.start <= m.start < block.end}
    if len(named) != 1 or speaker.name in named:
        return None
    name = named.pop()
    return next((p for p in people.persons if p.name == name), None)


PARENTHETICAL_RULES = ("parse_parenthetical", "indirect_parenthetical")


def _after_quotation(found: list[Attribution], block: Block, previous: Block | None, state: State,
                     people: People) -> list[Attribution]:
    """A paragraph right after a quotation that opens with a pronoun ("Ho legg til at X") goes on with the quoted
    speaker: a person the quotation only names inside its own words ("– Eg har sagt det til statsråden") is no
    antecedent, when the speaker fits the pronoun's gender."""
    speaker = state.speaker if state.after_quote else None
    if speaker is None or previous is None or not found:
        return found
    head = block.text.split(" ", 1)[0].casefold()
    gender = pronoun_gender(head)
    if gender is None or (gender != "any" and name_gender(speaker.name) not in (None, gender)):
        return found
    out = []
    for a in found:
        if a.kind == "indirect" and a.speaker is not None and a.speaker.name != speaker.name \
                and a.start - block.start < 120 and _named_only_inside(people, a.speaker.name, previous, block):
            a = replace(a, speaker=speaker, rule="pronoun_after_quotation")
        out.append(a)
    return out


def _named_only_inside(people: People, name: str, previous: Block, block: Block) -> bool:
    """`name` is named in the quotation paragraph `previous` (whose speaker is another) and not after it before
    `block`."""
    inside = [m for m in people.mentions if m.name == name and previous.start <= m.start < previous.end]
    return bool(inside) and (previous.marker == "dash" or previous.text.startswith(("–", "—", "-", "«"))) and \
        not any(m.start >= previous.end and m.start < block.start for m in people.mentions if m.name == name)


def _reported_lead(found: list[Attribution], block: Block) -> Mention | None:
    """A paragraph whose last sentence reports a person's words and ends with a colon ("Ho legg til at X:",
    "Han meiner det er synd at Y:") announces the quotation after it as that person's: the speaker of the
    reported speech that reaches the colon (none when the content is empty: "ber departementet om å:")."""
    if not block.text.rstrip().endswith(":"):
        return None
    end = block.start + len(block.text.rstrip()) - 1
    last = [a for a in found if a.kind == "indirect" and a.speaker is not None and end - a.end <= 2]
    return last[-1].speaker if last else None


def _dash_lost(found: Attribution, block: Block, quoted: Mention | None) -> Attribution:
    """A paragraph right after a quotation of `quoted` that opens with more words of theirs and closes the
    sentence with the attribution ("– X, sa NN." then "Målet må vere Y, sa ho òg.") is a quotation whose
    dash was lost (guideline 12), not reported speech; after a paragraph of narrative, or further into
    one, the same form reports the words ("Skulen treng fleire lærarar, forklarte styreleiaren.")."""
    if quoted is not None and found.speaker.name == quoted.name and found.rule in PARENTHETICAL_RULES \
            and found.kind == "indirect" and found.start == block.start \
            and not block.text.startswith(("–", "-", "«", '"')):
        return replace(found, kind="direct", rule="quote_dash_lost")
    return found


def _caption(block: Block) -> bool:
    """A photo caption set into the story: a paragraph (no quotation) closed by a credit ("Fra møtet.
    Foto: NN", "... (Foto: NN)")."""
    return block.kind == "paragraph" and block.marker == "" and not block.text.startswith(("–", "«")) \
        and without_credit(block.text) != block.text


def find_attributions(context: DocContext, mentions: MentionLayer, voice: DocumentVoice | None = None) -> AttributionLayer:
    """Quotations and reported speech of persons, in text order; `voice`: the document's voice
    (`document_voice`, computed here when not given)."""
    doc, blocks, people = context.text, context.blocks, mentions.people
    voice = find_voice(context, mentions) if voice is None else voice
    env = Env(people, mentions, {p.start: p for p in context.parses if p is not None}, spans.cut_off(blocks), voice)
    state = State()
    out: list[Attribution] = []
    produced: set[int] = set()  # blocks that gave a statement
    asked = interview.find(blocks, people)  # interview questions, and answers with no attribution of their own
    answered = asked.answers
    turns = interview_turns.find(doc, blocks, people).turns  # a transcript's turns under speaker labels
    boxed = fact_box_blocks(blocks)
    dash_items = dash_list_items(blocks)
    before_box: State | None = None
    for i, block in enumerate(blocks):
        budget.check()
        if i in boxed:  # a fact box set into the story: skipped, the story's speaker and quotation go on after it
            before_box = state if before_box is None else before_box
            continue
        if before_box is not None:
            state, before_box = replace(before_box, section=block.section), None
        if _caption(block):  # read, but the story's speaker and quotation go on after it
            before_box = state
        if block.section != state.section:  # a new section: a subheading set into a story keeps its speaker for a
            # quotation right under it that names no one ("Momskompensasjonen" then "– Den første saka var ...")
            after = blocks[i + 1] if i + 1 < len(blocks) else None
            carried = block.kind == "heading" and (state.reported or state.after_quote) and after is not None \
                and after.section == block.section and _quotation_block(after)
            state = State(section=block.section, speaker=state.speaker if carried else None, reported=carried)
        announced, state = state.announced, replace(state, announced=None)
        pulled = pull_quote(doc, blocks, i, mentions)
        if pulled:
            out.append(pulled)
            produced.add(i)
            state = replace(state, speaker=pulled.speaker, after_quote=False, lead=block.text)
            continue
        posted = social_posts.post(blocks, i, people)
        if posted is not None:  # a post under its author's name and handle
            out += [s for s in [direct(doc, posted[0], posted[1], posted[2], "social_media_post", block)] if s]
            produced.add(i)
            state = replace(state, speaker=posted[2], after_quote=False, lead=block.text, reported=True)
            continue
        found: list[Attribution] = []
        labelled = quotes.label_quote(block, doc, people) if block.marker == "" and block.level == 0 \
            and i not in answered and i not in asked.questions else None
        if i in turns:  # a transcript: each turn of a named speaker is theirs, the host's and questions nobody's
            turn = turns[i]
            found = [s for s in [direct(doc, turn.start, block.end, turn.speaker, turn.rule, block)] if s] if turn else []
            state = replace(state, speaker=turn.speaker if turn else None, after_quote=bool(found), in_list=False)
        elif i in answered:
            answer = answered[i]
            found, state = _quotation(doc, answer.start, block, env, replace(state, in_list=False), answer.speaker,
                                      answer.rule)
        elif i in asked.questions or interview.asked(blocks, i, people):
            nxt = answered.get(i + 1)
            state = replace(state, speaker=nxt.speaker if nxt else state.speaker, after_quote=False)  # the interviewer's
        elif labelled is not None:
            found = [s for s in [direct(doc, labelled[0], block.end, labelled[1], "headline_label_quote", block)] if s]
            state = replace(state, after_quote=False, in_list=False)
        elif (block.kind == "heading" or block.marker in ("bullet", "number") or block.level > 0) \
                and not titled_section(block):  # "6. Eventuelt" over prose: the minutes' section is read as prose
            state = replace(state, after_quote=False, in_list=block.kind != "heading")
        elif i < state.run_end and state.speaker is not None and block.kind == "paragraph" \
                and not block.text.startswith(("«", "–", "-")) and "«" in block.text:
            # a quotation inside the run ("Statssekretæren sa: «Vi høyrer kva de seier»."): the paragraph is the run's
            # speaker's, the quotation inside it its own speaker's, and the run goes on with its speaker (stop 62)
            run_speaker, run_end = state.speaker, state.run_end
            inner, state = _paragraph(doc, block, env, state)
            whole = direct(doc, block.start, block.end, run_speaker, "quote_over_paragraphs", block)
            found = ([whole] if whole else []) + [a for a in inner if a.speaker != run_speaker]
            state = replace(state, speaker=run_speaker, run_end=run_end, after_quote=True)
        elif i <= state.run_end and state.speaker is not None and block.kind == "paragraph":
            found, state = _quotation(doc, block.start, block, env, state, state.speaker, "quote_over_paragraphs")
            if not block.text.startswith(("«", "–", "-")):  # the run goes on without its mark: "Vi krev X», sa NN."
                found = [replace(a, rule="continuation_closed_by_attribution")
                         if a.kind == "direct" and a.rule == "dash_quote_trailing_attribution" else a for a in found]
        elif _quotation_block(block):
            listed = i in dash_items  # a point of a dash list: a quotation only with its own attribution
            item = labelled_item(doc, block, people) if listed else None  # "– KAS: KS mener X": a minutes' speaker
            if item is not None:
                out.append(item)
                produced.add(i)
                state = replace(state, speaker=item.speaker, after_quote=item.kind == "direct", in_list=True,
                                lead=block.text, reported=True)
                continue
            found, state = _quote_paragraph(doc, blocks, i, env, replace(state, in_list=True) if listed else state,
                                            announced)
            if listed and not found:  # "– Statssekretæren viste til at X.": the minutes' reported speech
                found, state = _paragraph(doc, replace(block, marker=""), env, state)
                found = [replace(a, rule="listed_reported_speech") for a in found if a.kind == "indirect"]
                state = replace(state, in_list=True)
        else:
            pointed = quotes.points_back(block, people)
            earlier = quoted_before(doc, blocks, i, pointed, produced) if pointed else []
            if earlier:
                produced |= {s.block for s in earlier}
                state = replace(state, speaker=pointed)
            before = state
            found, state = _paragraph(doc, block, env, state)
            found = earlier + _after_quotation(found, block, blocks[i - 1] if i else None, before, people)
        out += found
        if found:
            produced.add(i)
        state = replace(state, lead=block.text, reported=bool(found) or (block.kind == "heading" and state.reported))
    out = interview.answers_joined(out)  # an interview's answer over paragraphs is one statement (guideline 12)
    out += quoted_speech.inside(doc, out, blocks, people)  # "– Han sa at X": what another person said
    out = scope.without_section_summaries(out, blocks)
    by_sentence, by_block = speaking(blocks)
    return AttributionLayer(tuple(sorted(out, key=lambda s: s.start)), MappingProxyType(by_sentence),
                            MappingProxyType(by_block))
