"""The meeting a document reports: type, date, counterpart, participants, topics.

The steps, each in its own module:
1. `meeting_type.decide_type`: the occasion type from its cues and their
   position; None when the text reports no occasion. Its evidence sentence
   anchors the rest.
2. `participants.base_participants`: persons placed at the occasion.
3. `counterpart.decide_counterpart`: the ministry (or `regjeringen`) KS met.
4. `ks_consultation.ks_ministry_upgrade`: a plain meeting of KS with one ministry
   is a consultation.
5. `meeting_date.meeting_date`: the date phrase of the meeting sentence.
6. Topics from `topics.discussed_topics`: repeated mentions and the demands' topics.
"""
from __future__ import annotations

import datetime as dt
import re

from flows.extract import counterpart as cp
from flows.extract import date_fallbacks, ks_consultation, meeting_date
from flows.extract import meeting_type as mt
from flows.extract import occasion_parties as op
from flows.extract import occasion_time
from flows.extract import participant_details as pd
from flows.extract import participants as pt
from flows.extract import called_off, day_schedule, state_bodies, story_parts, talk_speaker
from flows.extract.attendance_clauses import attending_part
from flows.extract.attendance_lists import attendance_list_spans
from flows.extract.captions import caption_spans
from flows.extract.layout import fact_box_spans
from flows.extract.context import DocContext, analyse
from flows.extract.mentions import MentionLayer, find_mentions
from flows.extract.people import People, PersonMention
from flows.extract.elsewhen import elsewhen as elsewhen_at, other_sections
from flows.extract.spoken_there import spoke_in_past
from flows.extract.topics import discussed_topics
from flows.extract.writers_present import writers_present
from flows.model import Block, DateInfo, Document, Meeting, Mention, Sentence, Statement


BOX_ITEMS = ("bullet", "number", "dash")  # the list items a fact box holds, when it may date the occasion


def occasion_texts(document: Document, decision: mt.TypeDecision, blocks: tuple[Block, ...] = (),
                   sentences: tuple[Sentence, ...] = ()) -> tuple[str, ...]:
    """What tells the occasion: the title, the lead (the first two blocks), the sentences that
    name it (every occasion cue) and the attendance sentences."""
    spans = {(h.start, h.end) for h in decision.hits if h.start is not None and h.end is not None}
    spans |= {(s.start, s.end) for s in sentences if pt.is_attendance(s.text)}
    lead = tuple(b.text for b in blocks[:2])
    return (document.meta.title or "", *lead, *(document.text[s:e] for s, e in sorted(spans)))


def _talk_sentences(text: str, decision: mt.TypeDecision) -> tuple[str, ...]:
    return tuple(text[h.start:h.end] for h in decision.hits
                 if h.meeting_type == decision.meeting_type and h.start is not None and h.end is not None)


def _hosts(text: str, decision: mt.TypeDecision, mentions: tuple[PersonMention, ...],
           participants: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """A minister who invites to a coming meeting convenes it and takes part: the person with a
    minister's title named as the subject right before the verb of inviting ("Helseministar NN
    inviterer KS til eit møte"). Anyone else who sends an invitation (a state secretary answering a
    letter, an adviser) may send it for others."""
    present = {p.name for p in participants}
    spans = {(h.start, h.end) for h in decision.hits if h.rule in mt.coming_rules() and h.start is not None}
    out: dict[str, Mention] = {}
    for start, end in sorted(spans):  # type: ignore[type-var]
        for verb in _INVITING.finditer(text, start, end):
            for m in mentions:
                if start <= m.start and m.end <= verb.start() and m.kind == "full" and m.name not in present \
                        and (m.role or "").endswith(("minister", "ministar", "statsråd")) \
                        and _SUBJECT_GAP.fullmatch(text[m.end:verb.start()]):
                    out.setdefault(m.name, Mention(m.name, m.role, m.organisation))
    return tuple(out.values())


# the verb of inviting, and what may stand between the subject and it: a party in brackets
_INVITING = re.compile(r"(?<![\w])(?:inviterer|inviterte|invitera|inviterar)(?![\w])", re.IGNORECASE)
_SUBJECT_GAP = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?")


def _listed(participants: tuple[Mention, ...], blocks: tuple[Block, ...], people: People) -> frozenset[str]:
    """The participants an attendance list names ("Fra KS: styreleder A, nestleder B"): talk notes
    for a meeting list both delegations in their header, and each person there takes part."""
    spans = attendance_list_spans(blocks, people)
    if not spans:
        return frozenset()
    named = {m.name for m in people.mentions if any(a <= m.start < b for a, b in spans)}
    return frozenset(p.name for p in participants if p.name in named)


def _reported_voices(participants: tuple[Mention, ...], byline: Mention | None, statements: tuple[Statement, ...],
                     text: str, sentences: tuple[Sentence, ...], day: dt.date | None) -> frozenset[str]:
    """A talk reported by a third party (no byline: a news report of the talk, not its notes): the voices whose words
    it reports in the past tense ("sa Brekken", "takka statsministeren for talen") took part, unless a sentence naming
    them places them at another time ("For noen uker siden var jeg i Bindal. Der viste NN meg rundt", `elsewhen`)."""
    if byline is not None:
        return frozenset()
    def elsewhen(name: str) -> bool:
        words = (name, name.split()[-1])
        return any(elsewhen_at(sentences, s, day, text) for s in sentences
                   if any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", s.text) for w in words))
    return frozenset(p.name for p in participants if spoke_in_past(p.name, statements, text) and not elsewhen(p.name))


def _counterpart_people(participants: tuple[Mention, ...], counterpart: str | None) -> frozenset[str]:
    """The people of the ministry a talk has as counterpart: a talk has one only when the ministry
    takes part (`counterpart.for_talk`), so its person who speaks there ("statssekretæren svarte")
    is present, not only the speaker."""
    if counterpart is None or counterpart == "regjeringen":
        return frozenset()
    return frozenset(p.name for p in participants if p.organisation == counterpart)


def _occasion_sentences(document: Document, blocks: tuple[Block, ...],
                        evidence: tuple[int, int] | None) -> tuple[str, ...]:
    """The sentences that name the occasion: its evidence sentence, the title and the lead's sentences."""
    lead = tuple(s.text for b in blocks[:2] for s in b.sentences)
    own = (document.text[evidence[0]:evidence[1]],) if evidence else ()
    return (*own, document.meta.title or "", *lead)


def _session_counterpart(counterpart: str | None, participants: tuple[Mention, ...], evidence: str) -> str | None:
    """A body's own session (`own_session_rules`) meets a ministry only when a person of it takes part or the
    session's own sentence names it ("vedtok ei fråsegn til Kunnskapsdepartementet"): a ministry named elsewhere is
    one the body's statement addresses or a consultation still to come."""
    if counterpart is None or counterpart in cp.participant_ministries(participants):
        return counterpart
    if counterpart != "regjeringen" and any(m.ministry == counterpart for m in cp.find_ministries(evidence)):
        return counterpart
    return None


def _year_hint(document: Document, date_year: int | None) -> int | None:
    if date_year is not None:
        return date_year
    return document.meta.published.year if document.meta.published else None


def _reference_day(document: Document, date: DateInfo) -> dt.date | None:
    """The day the text speaks from: its publication date, else the meeting's own date when the
    text gives its month (talk notes dated in their header): a clause with another month tells of
    another occasion."""
    if document.meta.published is not None:
        return document.meta.published
    if date.month is None:
        return None
    return dt.date(date.year or 2000, date.month, date.day or 1)


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
    decision = mt.decide_type(document, blocks, people, context.layout)
    if decision is None or called_off.only_called_off(document.meta.title or "", document.text, blocks):
        return None
    text = document.text
    sentences = context.sentences
    evidence = (decision.start, decision.end) if decision.start is not None else None
    # the day the text speaks from: its publication, else the first day and month its lead gives (as for the cues)
    speaks_from = document.meta.published or occasion_time.lead_day(blocks[:occasion_time.lead_blocks()], blocks)
    item = story_parts.story_of(text, blocks, evidence) or story_parts.reported_case(text)  # a newsletter's item, a
    # weekly letter's day, the case of minutes that reports a meeting with the government: its own dates and people
    dated = tuple(x for x in sentences if item[0] <= x.start < item[1]) if item is not None else sentences
    date = meeting_date.meeting_date(text, dated, evidence, document.meta.published, mt.occasion_cues(), mentions.dates,
                              header_first=decision.meeting_type == "foredrag",
                              elsewhen=lambda s: occasion_time.other_time(s, speaks_from),
                              lead=date_fallbacks.opening_sentences(blocks), boxes=fact_box_spans(blocks, BOX_ITEMS),
                              captions=caption_spans(blocks))
    year = _year_hint(document, date.year)
    coming = decision.rule in mt.coming_rules()  # an invitation: the occasion is still to come
    own_session = decision.rule in mt.own_session_rules()  # a council's own session
    parties = op.occasion_parties(occasion_texts(document, decision, blocks, sentences), sentences,
                                  mt.open_floor(decision), own_session, _occasion_sentences(document, blocks, evidence),
                                  tuple(filter(None, (attending_part(s.text) for s in sentences))))
    affiliations = op.union_affiliations(dict(mentions.affiliations),
                                         tuple((m.name, m.start) for m in people.mentions), text)
    participants = pt.base_participants(text, blocks, statements, people, mt.occasion_cues(), parties,
                                        affiliations, context.parse_at, coming,
                                        _reference_day(document, date),
                                        other_sections(text, evidence[0] if evidence else None, date.year, date.month))
    story = item or \
        story_parts.late_section(blocks, evidence, tuple(h.start for h in decision.hits if h.start is not None))
    participants = story_parts.named_in_story(participants, people, story)
    participants = day_schedule.on_its_day(participants, people, text, evidence[0] if evidence else None,
                                           evidence[1] if evidence else None)
    named = {p.name for p in participants}
    writers = writers_present(text, context.layout, people)
    participants += tuple(p for p in writers if p.name not in named)
    absent = pt.absent_names(people, sentences, text)
    not_ministers = frozenset(p.name for p in people.persons
                              if p.role and not p.role.endswith(cp.MINISTER_ENDINGS))
    counterpart, _ = cp.decide_counterpart(text, sentences, evidence, mt.occasion_cues(), participants, year,
                                           not_ministers)
    if decision.meeting_type == "foredrag":
        counterpart = cp.for_talk(counterpart, participants, text[evidence[0]:evidence[1]] if evidence else "", text,
                                  date.text or "")
    body = state_bodies.occasion_body(_occasion_sentences(document, blocks, evidence), text, document.language,
                                      participants, bool(cp.participant_ministries(participants)), counterpart,
                                      bool(cp.minister_ministries(participants)),
                                      tuple(s.text for s in date_fallbacks.opening_sentences(blocks))) \
        if state_bodies.may_meet(decision.meeting_type) else None
    counterpart = body[0] if body is not None else counterpart
    if own_session and body is None:
        counterpart = _session_counterpart(counterpart, participants, text[evidence[0]:evidence[1]] if evidence else "")
    if counterpart is None and decision.meeting_type == "konsultasjonsmote" and body is None:
        counterpart = cp.only_ministry(text, year)  # a consultation is held with the state: the one ministry named
    participants = pd.with_government_orgs(participants, counterpart)
    participants = pd.with_minister_roles(participants, counterpart, year)
    if not coming:
        participants = participants + pd.ministers_of(text, counterpart, participants, people, year, absent)
    else:
        participants = participants + _hosts(text, decision, people.mentions, participants)
    decision = ks_consultation.ks_ministry_upgrade(decision, counterpart, text, cp.ministry_names(),
                                      (document.meta.title or "", *(b.text for b in blocks[:2])),
                                      counterpart in cp.minister_ministries(participants)
                                      or counterpart not in cp.participant_ministries(participants))
    keeper = day_schedule.owner(text, people)  # a programme's owner keeps its appointments (not told there: read after
    # the type, which the persons the entry names decide)
    participants += (keeper,) if keeper is not None and keeper.name not in {p.name for p in participants} else ()
    if decision.meeting_type == "foredrag":
        byline = talk_speaker.byline(mentions, blocks)
        talker = byline or talk_speaker.reported_talker(mentions, blocks)  # "NN holdt onsdag innlegg på X": a report
        named = {p.name for p in participants}
        greeted = tuple(p for p in talk_speaker.greeted(mentions, blocks) if p.name not in absent | named)
        participants = pd.talker(participants + greeted, None if talker is None or talker.name in absent else talker,
                                 " ".join(occasion_texts(document, decision)[:1] + _talk_sentences(text, decision)),
                                 pd.attending(participants, sentences, _reference_day(document, date))
                                 | _listed(participants, blocks, people)
                                 | _counterpart_people(participants, counterpart)
                                 | _reported_voices(participants, byline, statements, text, sentences,
                                                    _reference_day(document, date))
                                 | {p.name for p in greeted}
                                 | {p.name for p in writers})  # the writer who tells their own talk: "foredraget
    # jeg holdt på KS' kommuneøkonomikonferanse" (a blog, stop 62)
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
