"""Who took part in the meeting: named persons the text places at the occasion.

A person is a participant when the text names them
- in an attendance sentence ("X og Y møtte KS ved leiar Z", "A, B og C deltok
  i debatten", "Med seg hadde han hovedstyremedlemmene A, B og C", "Frå
  regjeringa møter ..."), as a signatory ("signerte X og Y en avtale"), or in a
  photo caption that shows the occasion ("I MØTE: A, B og C ... Foto: NN":
  two persons or more, or one with a word naming the occasion),
- as the byline of a talk ("NN, fylkesstyreleder KS Troms" under the title),
- as a speaker: the speaker of a Statement record, or the subject of a verb of
  saying ("sier styreleder i KS, NN"; not a person named inside what someone
  else says, "KS viste til at rådgiver NN har funnet", read from the parse
  when the sentence was parsed),
- or, once the counterpart is known, as that ministry's minister named in the
  text while the text speaks of the minister (`participant_details.ministers_of`).
Persons only mentioned (report authors, podcast guests, earlier interviews) are
not participants; nor are persons the text says were absent ("meldte forfall",
`absence.py`), persons introduced as a source from elsewhere (first named
speaking to a newspaper or as a report's author: `source_persons.py`), or speakers
who speak for an organisation that is no party to the occasion (a union reacting in
a later paragraph): the parties are KS and its bodies, the government, municipalities
and the organisations the occasion's sentences name. Names, roles and
organisations come from `flows.extract.people`; patterns from
`data/participant_patterns.yaml` and speech verbs from `data/speech_verbs.yaml`.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from functools import lru_cache

from flows import budget
from flows.extract.absent_persons import absent_names, self_absent
from flows.extract.attendance_clauses import attendance_reaches
from flows.extract.attendance_lists import attendance_list_spans, host_spans
from flows.extract.captions import caption_spans
from flows.extract.layout import contact_line, inside
from flows.extract.listed_surnames import listed_surnames
from flows.extract.meeting_type import is_byline
from flows.extract.occasion_parties import Occasion, stands_apart
from flows.extract.occasion_time import is_invitation
from flows.extract.parse import Parsed
from flows.extract.participant_details import any_pattern as _any, detail, not_media, not_organisations, \
    pattern_data as _data, speech_verbs as _speech
from flows.extract.elsewhen import elsewhen, former_mention, only_elsewhen, other_meeting
from flows.extract.participant_names import genitive_organisation, named_after_their_role, titled_byline, \
    without_first_names, without_leading_titles, without_places
from flows.extract.people import People, PersonMention, find_people
from flows.extract.presenters import presented_there
from flows.extract.pronoun_attendees import pronoun_attendees
from flows.extract.programme_slots import programme_spans
from flows.extract import social_posts
from flows.extract.source_persons import SOURCE_WINDOW, first_mentions, local_voices, press_confirmers, sentence_of, \
    source_before, source_context, sourced_elsewhere, told_a_medium
from flows.extract.source_persons import is_attendance as is_attendance  # read by meetings
from flows.extract.told_media import tellings
from flows.extract.transcript_labels import press_speakers
from flows.extract.spoken_there import is_open_occasion, party_voices_of, spoke_in_past
from flows.model import Block, Mention, Sentence, Statement
from flows.literal_gate import Searchable

SPEECH_WINDOW = 70  # characters between a speech verb and the name it attributes
ParseAt = Callable[[int], "Parsed | None"]


def _speech_verbs_near(sentence: Sentence, mention: PersonMention) -> tuple[tuple[int, int], ...]:
    """The verbs of saying, or of raising a matter (`raising_verbs`: "tok opp", "la fram", "ba
    statsråden om"), within reach of the name, with no complementiser between a verb before
    the name and the name ("viste til at NN har beregnet": NN is inside the content), nor between
    the name and a verb after it ("NN fant at kommunene mener": the verb is inside NN's content), as
    document spans."""
    verbs = [*_speech().finditer(sentence.text), *_any("raising_verbs").finditer(sentence.text)]
    out: list[tuple[int, int]] = []
    for verb in verbs:
        v_start, v_end = sentence.start + verb.start(), sentence.start + verb.end()
        if v_start <= mention.start and mention.end <= v_end:
            out.append((v_start, v_end))  # the subject inside a particle verb: "tok styreleder NN opp"
            continue
        gap = mention.start - v_end if mention.start >= v_end else v_start - mention.end
        if not 0 <= gap <= SPEECH_WINDOW:
            continue
        between = sentence.text[verb.end():mention.start - sentence.start] if mention.start >= v_end else ""
        if between and (_any("content_openers").search(between) or _any("relative_openers").search(between)):
            continue
        if said_before(sentence.text, verb.start()):
            continue  # "Statsråden har sjølv sagt at ...": words said before, not at the occasion
        if v_start >= mention.end and _any("content_openers").search(sentence.text[mention.end - sentence.start:
                                                                                   verb.start()]):
            continue  # the verb is inside what the person found or said: "NN fant at kommunene mener ..."
        if v_start >= mention.end and _pattern("joined_clause").fullmatch(
                sentence.text[mention.end - sentence.start:verb.start()]):
            continue  # a clause joined after an object: "sendt brev til styreleder NN, og ber om et møte" (vi ber)
        out.append((v_start, v_end))
    return tuple(out)


@lru_cache(maxsize=None)
def _pattern(key: str) -> re.Pattern[str]:
    """One pattern of participant_patterns.yaml: `perfect_before_verb`, `signed_document`, `joined_clause` (between a
    name and a verb: the verb opens a clause of its own), `perfect_auxiliary` ("NN har sagt at ...": the speech
    lexicon's verb listed with its auxiliary)."""
    return re.compile(str(_data()[key]), re.IGNORECASE)


def _recipient_line(text: str, start: int) -> bool:
    """True when the line holding offset `start` is a header field of recipients (`recipient_fields`)."""
    return bool(_recipients().match(text, text.rfind("\n", 0, start) + 1))


@lru_cache(maxsize=1)
def _recipients() -> re.Pattern[str]:
    return re.compile(str(_data()["recipient_fields"]), re.IGNORECASE | re.MULTILINE)


def said_before(sentence: str, verb_start: int) -> bool:
    """The verb of saying at `verb_start` stands in the perfect ("har sjølv sagt", "har lenge åtvara"): words said
    before or over time, not at the occasion (`perfect_before_verb`); also a verb the speech lexicon lists with its
    auxiliary ("har sagt")."""
    return bool(_pattern("perfect_before_verb").search(sentence[:verb_start])
                or _pattern("perfect_auxiliary").match(sentence, verb_start))


def only_said_before(people: People, sentences: tuple[Sentence, ...]) -> frozenset[str]:
    """Persons every sentence naming whom has a verb of saying, each in the perfect ("Statsråd NN har sjølv sagt at
    ..."): their reported words are from before, and their statements place them nowhere."""
    out: dict[str, bool] = {}
    for mention in people.mentions:
        sentence = sentence_of(sentences, mention.start)
        main = "" if sentence is None else sentence.text
        opener = _any("content_openers").search(main)
        main = main[:opener.start()] if opener else main  # the words said may have verbs of their own ("at ho meiner")
        verbs = list(_speech().finditer(main))
        out[mention.name] = out.get(mention.name, True) and bool(verbs) and \
            all(said_before(main, v.start()) for v in verbs)
    return frozenset(name for name, before in out.items() if before)


def inside_clause(parsed: Parsed | None, start: int, verbs: tuple[tuple[int, int], ...] = ()) -> bool:
    """True when the parse puts the name at `start` inside a subordinate clause (a content
    clause "at ...", a relative clause "som ledes av NN"): it is not the subject of the
    sentence's verb of saying. A clause headed by one of `verbs` (the verbs of saying near the
    name, document spans) is the name's own: "der avdelingsleiar NN viste fram ..." keeps NN."""
    if parsed is None:
        return False
    token = next((t for t in parsed.tokens if t.start == start), None)
    if token is None:
        return False
    for ancestor in parsed.ancestors(token.i):
        if parsed.child(ancestor.i, "SBU") is not None:
            return not any(a <= ancestor.start < b for a, b in verbs)
    return False


def _caption_persons(people: People, blocks: tuple[Block, ...], occasion: Searchable, text: str) -> set[str]:
    """Persons a caption shows at the occasion: two or more named, or one with an occasion word."""
    out: set[str] = set()
    for start, end in caption_spans(blocks):
        names = {m.name for m in people.mentions if m.kind == "full" and start <= m.start < end}
        if len(names) >= 2 or (names and occasion.search(text[start:end])):
            out |= names
    return out


def _reason(mention: PersonMention, sentence: Sentence | None, byline_blocks: set[int],
            blocks: tuple[Block, ...], text: str, occasion: Searchable | None = None,
            present: frozenset[str] = frozenset(), parse_at: ParseAt | None = None,
            listed: tuple[tuple[int, int], ...] = ()) -> str | None:
    """Why this mention makes its person a participant, or None; `listed`: the spans of lists of
    those present (`attendance_lists`)."""
    if sentence is None:
        return None
    if source_before(text[max(sentence.start, mention.start - SOURCE_WINDOW):mention.start]):
        return None
    block = next((b for b in blocks if b.start <= mention.start < b.end), None)
    if block is not None and block.index in byline_blocks and mention.start == block.start:
        return "byline"
    if _recipient_line(text, mention.start):
        return None  # "Kopi: A; B": an e-mail's recipients, not those at its meeting
    if inside(listed, mention.start):
        return "attendance_list"
    signed = _pattern("signed_document").search(sentence.text)
    if signed is not None and mention.start >= sentence.start + signed.end():
        return None  # who signed a letter referred to ("viste til et brev, signert direktør NN") was not there by it
    if _any("signing").search(sentence.text) and signed is None:
        return "signing"  # an agreement signed, not a letter ("Brevet er signert av NN": `signed_document`)
    if _any("requested_meeting_with").search(text[max(sentence.start, mention.start - SOURCE_WINDOW):mention.start]):
        return None  # "har bede om eit møte med NN": the meeting is asked for
    if attendance_reaches(sentence, mention):
        return "attendance"
    if source_context(sentence, mention) and not (occasion and occasion.search(sentence.text)) \
            and mention.name not in present:
        return None
    verbs = _speech_verbs_near(sentence, mention)
    if verbs and not inside_clause(parse_at(mention.start) if parse_at else None, mention.start, verbs):
        return "speech"
    return None


def ks_leaders_present(people: People, sentences: tuple[Sentence, ...]) -> frozenset[str]:
    """KS leaders the text places at the occasion as a group: a sentence says the
    KS leadership met ("då leiinga møtte statsråden"), so the persons the text gives
    a leadership role in KS are participants, even when quoted to a medium."""
    if not any(_any("leadership").search(s.text) and _any("attendance").search(s.text)
               and not _any("absence").search(s.text) for s in sentences):
        return frozenset()
    roles = {str(r).casefold() for r in _data()["leadership_roles"]}
    return frozenset(p.name for p in people.persons
                     if p.role and p.role.casefold() in roles
                     and re.match(r"KS(?![\w-])", p.organisation or ""))


def base_participants(
    text: str, blocks: tuple[Block, ...], statements: tuple[Statement, ...], people: People | None = None,
    occasion: Searchable | None = None, parties: Occasion | None = None,
    affiliations: dict[str, str | None] | None = None, parse_at: ParseAt | None = None,
    coming: bool = False, day: date | None = None, earlier: tuple[tuple[int, int], ...] = (),
) -> tuple[Mention, ...]:
    """Participants found from the text and the statements, in order of first mention.

    `occasion` matches words naming the occasion (meeting cues); a source context
    in a sentence that names the occasion ("sa NN til NRK etter møtet") does not
    make its person a mere source. `parties`: the organisations the occasion names
    (`occasion_parties`; None: no speaker is left out for the organisation they speak for);
    `affiliations`: whom each person speaks for (the mention layer); `parse_at`: the parse of
    the sentence at an offset, when it was parsed. `coming`: the occasion is still to take place
    (an invitation): only the persons the text says will attend take part, not those who speak
    about it. `day`: the day the text speaks from; a speaker whose sentence places the words at
    another time ("sa det slik i Stortinget i desember") and names no occasion is not placed there. `earlier`: the
    spans of a timeline's sections of another time (`elsewhen.other_sections`): who speaks or attends only there
    took no part."""
    people = people or find_people(text)
    sentences = tuple(s for b in blocks for s in b.sentences)
    absent = absent_names(people, sentences, text) | self_absent(statements)
    occasion = occasion or re.compile(r"(?!x)x")
    leaders = ks_leaders_present(people, sentences)
    hosts = host_spans(blocks)
    open_occasion = parties is not None and is_open_occasion(parties.core)
    sources = frozenset(n for n in sourced_elsewhere(people, sentences, text, occasion) - leaders  # but an author
                        if not (open_occasion and spoke_in_past(n, statements, text)))  # who spoke at the launch
    sources |= {m.name for m in people.mentions if inside(hosts, m.start)}  # a programme's host
    sources |= local_voices(people, sentences, occasion, text)  # "I Storvik kommune er kommunedirektør NN positiv"
    sources |= social_posts.repliers(text, people)  # "NN @handle · 14. mai" over "Svar til @...": a commenter
    sources |= press_speakers(blocks, people)  # "KARI LUND, NRK:": a journalist asking at the press conference
    tells = tellings(text, people)  # "sier NN til Fagbladet": the voice and the medium, read once
    told = frozenset(told_a_medium(people, sentences, tells, occasion) - leaders)
    byline_blocks = {b.index for b in blocks[:4] if is_byline(b, people) and not contact_line(b.text)}
    titled = {m.start for m in (titled_byline(b, people) for b in blocks[:4]) if m is not None}
    pictured = _caption_persons(people, blocks, occasion, text)
    listed = attendance_list_spans(blocks, people) + programme_spans(text)  # a list of those present, a programme's slots
    known = {p.name: p for p in people.persons}
    affiliations = dict(affiliations or {})
    genitive = {name: genitive_organisation(text, first.start) for name, first in first_mentions(people).items()
                if first.kind == "full"}  # "Fagforbundets leder NN": Fagforbundet
    genitive = {name: organisation for name, organisation in genitive.items() if organisation}
    for name, organisation in genitive.items():
        if affiliations.get(name) is None:
            affiliations[name] = organisation

    def apart(person: Mention) -> bool:
        if parties is None or not stands_apart(person, affiliations.get(person.name), parties):
            return False
        return not (open_occasion and spoke_in_past(person.name, statements, text))  # on the panel or the floor

    confirmers = press_confirmers(people, sentences)
    invitation = is_invitation(text)  # a press invitation, whatever occasion it announces
    others = other_meeting(sentences, text)
    party_voices = party_voices_of(people, text, parties, statements)
    chosen: dict[str, Mention] = {}
    for mention in people.mentions:
        budget.check()
        sentence = sentence_of(sentences, mention.start)
        if mention.name in absent or mention.name in chosen:
            continue
        if (sentence is not None and sentence.start in others) or former_mention(text, mention.start):
            continue  # named for another meeting ("Det møtet ble ledet av NN") or time ("daværende statsråd NN")
        reason = "byline" if mention.start in titled else \
            "caption" if mention.name in pictured and mention.kind == "full" else \
            _reason(mention, sentence, byline_blocks, blocks, text, occasion, leaders, parse_at, listed)
        presenter = reason in ("speech", None) and sentence is not None and presented_there(
            sentence, mention.start, mention.end) and not source_before(  # "utvalget, ledet av NN, la fram": its chair
            text[max(sentence.start, mention.start - SOURCE_WINDOW):mention.start])
        reason = "speech" if presenter else reason  # "Direktør i IMDi, NN, orienterte innleiingsvis om ..."
        if reason is None and (coming or invitation) and sentence is not None and \
                _any("will_speak_there").search(sentence.text, mention.end - sentence.start):
            reason = "speech"  # an invitation: "Ordfører i Nordby, NN, vil fortelle om kommunens erfaringer"
        if reason is None or (reason == "speech" and coming and not (sentence is not None and (
                _any("at_the_occasion").search(sentence.text) or _any("will_speak_there").search(sentence.text)))) or \
                (reason in ("speech", "attendance") and mention.name in told  # a voice apart told a medium
                 and apart(known.get(mention.name, Mention(mention.name, mention.role, mention.organisation)))) or \
                (reason == "speech" and mention.name in sources and not presenter
                 and not (sentence is not None and occasion.search(sentence.text))):
            continue  # a source from elsewhere, unless the speech sentence is about the occasion
        if reason in ("speech", "attendance") and mention.name in confirmers:
            continue  # a press officer confirming the occasion to the paper
        if reason in ("speech", "attendance") and sentence is not None and inside(earlier, sentence.start):
            continue  # a timeline's earlier step ("Oktober 2024: Ny økning"), its occasion ("i høringen") another
        if reason in ("speech", "attendance") and day is not None and sentence is not None and not coming and \
                elsewhen(sentences, sentence, day, text) and \
                (reason == "attendance" or not occasion.search(sentence.text)):
            continue  # words said, or a meeting or visit attended, at another time ("besøkte Nordby i fjor")
        person = known.get(mention.name, Mention(mention.name, mention.role, mention.organisation))
        if reason == "speech" and not presenter and (apart(person) or mention.name in party_voices) and \
                not (sentence is not None and _any("at_the_occasion").search(sentence.text)):
            continue  # speaks for a body apart from the occasion, unless the sentence places the words there
        chosen[mention.name] = detail(person, mention, sentence, text, people)
    for name in named_after_their_role(text, people):  # "Statsrådens rådgjevar tok notat. Rådgjevaren, NN, ..."
        if name not in chosen and name not in absent and name in known:
            chosen[name] = known[name]
    for person in listed_surnames(text, listed, people, frozenset(chosen) | absent):  # "HOD: ekspedisjonssjef Berg"
        chosen[person.name] = person
    for person in pronoun_attendees(people, sentences):
        if person.name not in chosen and person.name not in absent:
            chosen[person.name] = known.get(person.name, person)
    named = {p.name for p in people.persons} | {m.written for m in people.mentions}
    said_elsewhen = only_elsewhen(people, sentences, occasion, day, text, earlier) | only_said_before(people, sentences)
    for statement in () if coming else statements:
        speaker = statement.speaker
        if not speaker.name or (speaker.name not in named and " " not in speaker.name):
            continue  # a speaker the person recogniser does not know as a person ("Statsbudsjettet")
        if speaker.name not in chosen and speaker.name not in absent | sources | said_elsewhen | party_voices | \
                confirmers:
            person = known.get(speaker.name, speaker)
            person = Mention(person.name, person.role or speaker.role,
                             genitive.get(speaker.name) or person.organisation or speaker.organisation)
            if not apart(person):
                chosen[speaker.name] = person
    found = without_leading_titles(tuple(chosen.values()))
    return without_places(not_media(not_organisations(without_first_names(found, named)), text, tells.media), text)

