"""The speech in a paragraph's own sentences, read by the attribution walk (`attributions`).

- Reported speech of persons: the surface rules of `indirect`, then the structural rules of
  `reported` (through `parsed_speech`) for contents they did not find; a pronoun standing for an
  actor named just before is no person, a question ("spurde NN om ...") reports nothing of the one
  asked but the asker's yes/no question (`asked`), an opinion piece's writer reports in the first
  person (`writer_speech`), and the content a colon announces is the quotation after it.
- Short «» quotations inside narrative sentences (`inline_quotes`), also inside the content of an
  indirect statement; «» words woven into the middle of reported words are part of them.

Also the records the walk carries: `Env` (what it reads) and `State` (the speaker it keeps per section).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Mapping

from flows import budget
from flows.extract import asked as ask, indirect, inline_quotes, writer_speech
from flows.extract import speech_spans as spans
from flows.extract.attribution_layer import Attribution
from flows.extract.courtesy import thanks_only
from flows.extract.credited_quotes import direct
from flows.extract.document_voice import DocumentVoice
from flows.extract.mentions import MentionLayer
from flows.extract.parse import Parsed
from flows.extract.parsed_speech import combined, pronoun_for_actor, structural
from flows.extract.people import People
from flows.model import Block, Mention, Sentence


PRONOUN_START = re.compile(r"^(?:Han|Hun|Ho|Hen)(?![\w-])")


@dataclass(frozen=True)
class Env:
    """What the block walk reads: the mention layer and the parses by sentence start."""

    people: People
    mentions: MentionLayer
    parses: Mapping[int, Parsed]
    cut_off: int = -1  # Block.index of a last paragraph cut off mid-sentence (the text ends there)
    voice: DocumentVoice = DocumentVoice()  # a talk, an opinion piece, a letter, notes: its author's voice


@dataclass(frozen=True)
class State:
    section: int = -1
    speaker: Mention | None = None
    after_quote: bool = False  # the block before was a quotation
    in_list: bool = False  # the block before was a dash list item
    lead: str = ""  # text of the block before
    reported: bool = False  # the block before gave a statement
    announced: Mention | None = None  # the speaker the block before announced with a lead-in ending in ':'
    run_end: int = -1  # Block.index of the paragraph closing a «» quotation run over paragraphs (`quote_runs`)


def indirect_all(sentences: tuple[Sentence, ...], env: Env, block: Block,
                  state: State) -> tuple[list[Attribution], State]:
    """Reported speech of persons: the surface rules of `indirect`, then the structural rules of
    `reported` for contents they did not find."""
    out: list[Attribution] = []
    for n, sentence in enumerate(sentences):
        budget.check()
        found_here: list[Attribution] = []
        before = sentences[n - 1].text if n > 0 else ""
        if PRONOUN_START.match(sentence.text) and pronoun_for_actor(before):
            continue  # "Regjeringa ... Ho meiner ...": the pronoun is the actor, not a person
        for found in indirect.find_all(sentence, env.people):
            text = sentence.text[found.start - sentence.start:found.end - sentence.start]
            found_here.append(Attribution("indirect", found.speaker, text, found.start, found.end, found.rule,
                                          block.index))
        parsed = env.parses.get(sentence.start)
        if parsed is not None:
            found_here = combined(found_here, [replace(f, attribution=replace(f.attribution, block=block.index))
                                                for f in structural(parsed, env.mentions, before)])
        found_here = [a for a in found_here if a.end <= sentence.end  # a parse of a longer span may reach past it
                      and not thanks_only(sentence.text[:a.start - sentence.start], a.text)  # "takka KS for X"
                      and not spans.concern_question(sentence.text[:a.start - sentence.start], a.text)]
        asked = spans.QUESTION().search(sentence.text)
        if asked:  # "spurde NN om han meiner ...": a question, not a statement
            found_here = [a for a in found_here if a.start < sentence.start + asked.start()]
            question = ask.find(sentence, env.people)  # "NN spurde statsråden om X": X is what NN put forward
            if question is not None and not any(a.start < question.end and question.start < a.end for a in found_here):
                found_here.append(Attribution("indirect", question.speaker,
                                              sentence.text[question.start - sentence.start:question.end - sentence.start],
                                              question.start, question.end, question.rule, block.index))
        writer_span = writer_speech.find(sentence) if env.voice.writer is not None else None
        if writer_span is not None and not any(a.start < writer_span[1] and writer_span[0] < a.end for a in found_here):
            # an opinion piece: "Difor meiner eg at X" reports its writer's view
            found_here.append(Attribution("indirect", env.voice.writer,
                                          sentence.text[writer_span[0] - sentence.start:writer_span[1] - sentence.start],
                                          writer_span[0], writer_span[1], writer_speech.RULE, block.index))
        # "NN sier følgende til avisa:", "NN sa det klart då vi snakka saman: «...»": the content is the
        # quotation the colon announces
        found_here = [a for a in found_here if not (announces(sentence, a) and (
            spans.ANNOUNCING().match(a.text) or spans.adjunct_only(sentence.text[:a.start - sentence.start], a.text)))]
        for attribution in sorted(found_here, key=lambda a: a.start):
            out.append(attribution)
            state = replace(state, speaker=attribution.speaker)
    return out, state


def announces(sentence: Sentence, found: Attribution) -> bool:
    """The reported content runs up to a colon: the sentence's last mark, or one that opens a quotation."""
    return sentence.text.rstrip().endswith(":") or \
        re.match(r"\s*:\s*[«\"–-]", sentence.text[found.end - sentence.start:]) is not None


def inline_all(doc: str, sentences: tuple[Sentence, ...], env: Env, block: Block, state: State,
                reported: list[Attribution]) -> tuple[list[Attribution], State]:
    """Short «» quotations inside narrative sentences, also inside the content of an indirect
    statement ("NN kaller forslaget «...» og mener at ...": both)."""
    out: list[Attribution] = []
    for sentence in sentences:
        found_here = list(inline_quotes.inline(sentence, env.people))
        for start, end in inline_quotes.inline_spans(sentence):
            holder = next((a for a in reported if a.start <= start and end <= a.end), None)
            if holder is not None and not any(f.start == start for f in found_here):
                # "Eg merka meg at han sa at X er «...»": quoted words inside a person's reported words
                found_here.append(inline_quotes.Inline(start, end, holder.speaker))
        parsed = env.parses.get(sentence.start)
        found_here = [f for f in found_here if not woven(doc, f, reported) and not predicate(f, parsed, reported)]
        for found in sorted(found_here, key=lambda f: f.start):
            statement = direct(doc, found.start, found.end, found.speaker, "inline_quote", block)
            if statement:
                out.append(statement)
                state = replace(state, speaker=found.speaker)
    return out, state


PREDICATE_POS = frozenset({"VERB", "AUX", "ADJ", "ADV"})


def predicate(found: inline_quotes.Inline, parsed: Parsed | None, reported: list[Attribution]) -> bool:
    """True for «» words that go on with the predicate of a person's reported words, opening with a verb,
    an adjective or an adverb ("sa at kuttet er «helt uforståeleg»", "meiner staten må «slutte å ...»"):
    part of that indirect statement. A noun phrase or an adverbial in «» ("sa at planen er «et dokument
    med ...»", "kjem tilbake til det «i løpet av våren»") is a quotation of its own beside it."""
    if parsed is None or not any(a.kind == "indirect" and a.start <= found.start and found.end <= a.end + 2
                                 for a in reported):
        return False
    first = next((t for t in parsed.tokens if t.start >= found.start and t.text.strip("«»\"")), None)
    return first is not None and first.start < found.end and first.pos in PREDICATE_POS


def woven(doc: str, found: inline_quotes.Inline, reported: list[Attribution]) -> bool:
    """True for «» words woven into the middle of a person's reported words ("sa ho at ho «vil sjå
    nærare på» ordninga i ..."): the reporter's sentence goes on after the closing mark, so the
    quoted words are part of that indirect statement, not a quotation of their own."""
    if not any(a.kind == "indirect" and a.start <= found.start and found.end < a.end for a in reported):
        return False
    after = re.match(r"[»”\"]?\s*(\S)", doc[found.end:found.end + 4])
    return after is not None and after.group(1).isalnum()
