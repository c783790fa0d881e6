"""The meeting a document reports: type, date, counterpart, participants, topics.

The steps, each in its own module:
1. `meeting_type.decide_type`: the occasion type from its cues and their
   position; None when the text reports no occasion. Its evidence sentence
   anchors the rest.
2. `participants.base_participants`: persons placed at the occasion.
3. `counterpart.decide_counterpart`: the ministry (or `regjeringen`) KS met.
4. `meeting_type.ks_ministry_upgrade`: a plain meeting of KS with one ministry
   is a consultation.
5. `dates.meeting_date`: the date phrase of the meeting sentence.
6. Topics from `topics.discussed_topics`: repeated mentions and the demands' topics.
"""
from __future__ import annotations

from flows.extract import counterpart as cp
from flows.extract import dates
from flows.extract import meeting_type as mt
from flows.extract import participants as pt
from flows.extract.context import DocContext, analyse
from flows.extract.mentions import MentionLayer, find_mentions
from flows.extract.topics import discussed_topics
from flows.model import Block, Document, Meeting, Statement


def _year_hint(document: Document, date_year: int | None) -> int | None:
    if date_year is not None:
        return date_year
    return document.meta.published.year if document.meta.published else None


def extract_meeting(
    document: Document, blocks: tuple[Block, ...], statements: tuple[Statement, ...],
    demand_topics: tuple[str, ...] = (),
) -> Meeting | None:
    """The one meeting the document reports, or None (analyses the document; the pipeline calls
    `find_meeting`); `demand_topics` are the topics of the document's demands."""
    context = analyse(document, blocks=blocks)
    return find_meeting(context, find_mentions(context), statements, demand_topics)


def find_meeting(context: DocContext, mentions: MentionLayer, statements: tuple[Statement, ...],
                 demand_topics: tuple[str, ...] = ()) -> Meeting | None:
    """Pass 5, the meeting: from the context, the mention layer, the statements and the topics
    of the demands (each is a topic of the meeting)."""
    document, blocks, people = context.document, context.blocks, mentions.people
    decision = mt.decide_type(document, blocks, people)
    if decision is None:
        return None
    text = document.text
    sentences = context.sentences
    evidence = (decision.start, decision.end) if decision.start is not None else None
    date = dates.meeting_date(text, sentences, evidence, document.meta.published, mt.any_cue(), mentions.dates)
    year = _year_hint(document, date.year)
    participants = pt.base_participants(text, blocks, statements, people, mt.any_cue())
    absent = pt.absent_names(people, sentences)
    not_ministers = frozenset(p.name for p in people.persons
                              if p.role and not p.role.endswith(("minister", "ministar", "statsråd")))
    counterpart, _ = cp.decide_counterpart(text, sentences, evidence, mt.any_cue(), participants, year,
                                           not_ministers)
    if decision.meeting_type == "foredrag":
        counterpart = cp.for_talk(counterpart, participants, text[evidence[0]:evidence[1]] if evidence else "")
    decision = mt.ks_ministry_upgrade(decision, counterpart, text, cp.ministry_names())
    participants = pt.with_government_orgs(participants, counterpart)
    participants = pt.with_minister_roles(participants, counterpart, year)
    participants = participants + pt.ministers_of(text, counterpart, participants, people, year, absent)
    return Meeting(
        meeting_type=decision.meeting_type,
        date=date,
        counterpart=counterpart,
        topics=discussed_topics(text, document.language, demand_topics),
        participants=participants,
        rule=decision.rule,
        evidence_start=decision.start,
        evidence_end=decision.end,
    )
