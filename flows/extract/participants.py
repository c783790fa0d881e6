"""Who took part in the meeting: named persons the text places at the occasion.

A person is a participant when the text names them
- in an attendance sentence ("X og Y møtte KS ved leiar Z", "A, B og C deltok
  i debatten", "i møte med ny klima- og miljøminister NN"),
- as a signatory ("signerte X og Y en avtale"),
- as the byline of a talk ("NN, fylkesstyreleder KS Troms" under the title),
- as a speaker: the speaker of a Statement record, or a person in the
  attribution of a speech verb ("sier styreleder i KS, NN"),
- or, once the counterpart is known, as that ministry's minister named in the
  text while the text speaks of the minister ("drøftet med helseministeren" ...
  "Kjerkol"), with the name as written.
Persons only mentioned (report authors, podcast guests, earlier interviews) are
not participants; nor are persons the text says were absent ("meldte forfall",
`absence.py`), nor persons introduced as a source from elsewhere (first named
speaking to a newspaper or as a report's author): their later quotes ("sier
Lien") do not place them at the meeting. Names, roles and organisations come from
`flows.extract.people`; patterns from `data/participant_patterns.yaml` and
speech verbs from `data/speech_verbs.yaml`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows import budget, lexicon
from flows.extract.absence import absent_spans
from flows.extract.roles import ministry_staff_roles
from flows.extract.counterpart import ministries, find_ministries
from flows.extract.meeting_type import is_byline
from flows.extract.people import People, PersonMention, find_people, resolve
from flows.model import Block, Mention, Sentence, Statement

SPEECH_WINDOW = 70  # characters between a speech verb and the name it attributes


@lru_cache(maxsize=1)
def _data() -> dict:
    return lexicon.load("participant_patterns")


@lru_cache(maxsize=None)
def _any(key: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in _data()[key]), re.IGNORECASE)


@lru_cache(maxsize=1)
def _speech() -> re.Pattern[str]:
    verbs = lexicon.load("speech_verbs")
    items = {str(v) for key in ("direct", "indirect") for v in verbs.get(key) or ()}
    return re.compile(rf"(?<![\w])(?:{lexicon.alternation(sorted(items))})(?![\w])", re.IGNORECASE)


def _sentence_of(sentences: tuple[Sentence, ...], offset: int) -> Sentence | None:
    for s in sentences:
        if s.start <= offset < s.end:
            return s
    return None


def _near_speech_verb(sentence: Sentence, mention: PersonMention) -> bool:
    for verb in _speech().finditer(sentence.text):
        v_start, v_end = sentence.start + verb.start(), sentence.start + verb.end()
        gap = mention.start - v_end if mention.start >= v_end else v_start - mention.end
        if 0 <= gap <= SPEECH_WINDOW:
            return True
    return False


@lru_cache(maxsize=1)
def _not_before_words() -> re.Pattern[str]:
    words = lexicon.alternation(_data()["not_participant_before"])
    return re.compile(rf"(?<![\w])(?:{words})\s+(?:[\w-]+\s+){{0,2}}$", re.IGNORECASE)


def _source_before(before: str) -> bool:
    """'ledet av NN' before a name makes NN a source, except after a delegation or
    the meeting ("KS-delegasjonen, som ble ledet av NN")."""
    return bool(_not_before_words().search(before)) and not _any("participant_before").search(before)


def _reason(mention: PersonMention, sentence: Sentence | None, byline_blocks: set[int],
            blocks: tuple[Block, ...], text: str, occasion: re.Pattern[str] | None = None,
            present: frozenset[str] = frozenset()) -> str | None:
    """Why this mention makes its person a participant, or None."""
    if sentence is None:
        return None
    if _source_before(text[max(sentence.start, mention.start - 60):mention.start]):
        return None
    block = next((b for b in blocks if b.start <= mention.start < b.end), None)
    if block is not None and block.index in byline_blocks and mention.start == block.start:
        return "byline"
    if _any("signing").search(sentence.text):
        return "signing"
    if _any("attendance").search(sentence.text):
        return "attendance"
    if _any("not_participant_context").search(sentence.text) and not (occasion and occasion.search(sentence.text)) \
            and mention.name not in present:
        return None
    if _near_speech_verb(sentence, mention):
        return "speech"
    return None


def _group_org(sentence: Sentence, mention: PersonMention) -> str | None:
    """'KS ved leiar NN, ..., A og B': the organisation of the names after 'KS ved'."""
    for pattern in _data()["organisation_groups"]:
        for match in re.finditer(pattern, sentence.text, re.IGNORECASE):
            end = sentence.start + match.end()
            if end <= mention.start and not _any("organisation_group_breaks").search(
                    sentence.text[match.end():mention.start - sentence.start]):
                return match.group("org")
    return None


def absent_names(people: People, sentences: tuple[Sentence, ...]) -> frozenset[str]:
    """Persons the text says did not take part ("NN meldte forfall")."""
    out: set[str] = set()
    for sentence in sentences:
        inside = [m for m in people.mentions if sentence.start <= m.start < sentence.end]
        for i in absent_spans([(m.start, m.end) for m in inside], sentence.start, sentence.text):
            out.add(inside[i].name)
    return frozenset(out)


def _first_mentions(people: People) -> dict[str, PersonMention]:
    first: dict[str, PersonMention] = {}
    for mention in sorted(people.mentions, key=lambda m: m.start):
        first.setdefault(mention.name, mention)
    return first


def sourced_elsewhere(people: People, sentences: tuple[Sentence, ...], text: str,
                      occasion: re.Pattern[str]) -> frozenset[str]:
    """Persons the text introduces as a source from elsewhere: their first mention
    stands in a source context (speaking to a newspaper, author of a report,
    "ifølge") in a sentence that does not speak of the occasion. Their later
    quotes ("sier Lien") do not place them at the meeting."""
    out: set[str] = set()
    for name, mention in _first_mentions(people).items():
        sentence = _sentence_of(sentences, mention.start)
        if sentence is None or occasion.search(sentence.text):
            continue
        if _any("not_participant_context").search(sentence.text) or \
                _source_before(text[max(sentence.start, mention.start - 60):mention.start]):
            out.add(name)
    return frozenset(out)


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
    occasion: re.Pattern[str] | None = None,
) -> tuple[Mention, ...]:
    """Participants found from the text and the statements, in order of first mention.

    `occasion` matches words naming the occasion (meeting cues); a source context
    in a sentence that names the occasion ("sa NN til NRK etter møtet") does not
    make its person a mere source."""
    people = people or find_people(text)
    sentences = tuple(s for b in blocks for s in b.sentences)
    absent = absent_names(people, sentences)
    occasion = occasion or re.compile(r"(?!x)x")
    leaders = ks_leaders_present(people, sentences)
    sources = sourced_elsewhere(people, sentences, text, occasion) - leaders
    byline_blocks = {b.index for b in blocks[:4] if is_byline(b, people)}
    known = {p.name: p for p in people.persons}
    chosen: dict[str, Mention] = {}
    for mention in people.mentions:
        budget.check()
        sentence = _sentence_of(sentences, mention.start)
        if mention.name in absent or mention.name in chosen:
            continue
        reason = _reason(mention, sentence, byline_blocks, blocks, text, occasion, leaders)
        if reason is None or (reason == "speech" and mention.name in sources
                              and not (sentence is not None and occasion.search(sentence.text))):
            continue  # a source from elsewhere, unless the speech sentence is about the occasion
        person = known.get(mention.name, Mention(mention.name, mention.role, mention.organisation))
        if person.role is None:
            compound = re.search(_data()["compound_role_before"], text[max(0, mention.start - 40):mention.start])
            if compound:
                person = Mention(person.name, compound.group("role").casefold(), compound.group("org"))
        if person.organisation is None and sentence is not None:
            group = _group_org(sentence, mention)
            if group:
                person = Mention(person.name, person.role, group)
        chosen[mention.name] = person
    for person in pronoun_attendees(people, sentences):
        if person.name not in chosen and person.name not in absent:
            chosen[person.name] = known.get(person.name, person)
    for statement in statements:
        speaker = statement.speaker
        if speaker.name and speaker.name not in chosen and speaker.name not in absent | sources:
            person = known.get(speaker.name, speaker)
            chosen[speaker.name] = Mention(person.name, person.role or speaker.role,
                                           person.organisation or speaker.organisation)
    return tuple(chosen.values())


@lru_cache(maxsize=1)
def _pronouns() -> str:
    return lexicon.alternation(_data()["subject_pronouns"])


def _pronoun_subject(text: str) -> str | None:
    """The personal pronoun that is the subject of an attendance verb: first in the
    sentence ("Ho møtte ...") or right after the verb ("I dag møtte ho ...")."""
    lead = re.match(rf"(?:{_pronouns()})(?![\w-])", text, re.IGNORECASE)
    if lead:
        return lead.group(0)
    for verb in _any("attendance").finditer(text):
        after = re.match(rf"\s+((?:{_pronouns()}))(?![\w-])", text[verb.end():], re.IGNORECASE)
        if after and verb.start() < 60:
            return after.group(1)
    return None


def pronoun_attendees(people: People, sentences: tuple[Sentence, ...]) -> tuple[Mention, ...]:
    """Persons placed at the occasion by a pronoun ("Ho møtte statsråden saman med
    resten av KS-leiinga"): the pronoun resolves to the person named last before it.
    This holds also for a person first quoted as a source ("seier NN til NPK")."""
    out: list[Mention] = []
    for sentence in sentences:
        if not _any("attendance").search(sentence.text) or _any("absence").search(sentence.text):
            continue
        pronoun = _pronoun_subject(sentence.text)
        person = resolve(people, pronoun, sentence.start) if pronoun else None
        if person is not None:
            out.append(person)
    return tuple(out)


def with_government_orgs(participants: tuple[Mention, ...], counterpart: str | None) -> tuple[Mention, ...]:
    """Statsråd/statssekretær with no organisation belong to the counterpart ministry."""
    roles = ministry_staff_roles()
    out: list[Mention] = []
    for p in participants:
        if p.organisation is None and p.role:
            titles = [m for m in find_ministries(p.role) if m.kind == "title"]
            if titles:
                p = Mention(p.name, p.role, titles[0].ministry)
            elif p.role in roles and counterpart not in (None, "regjeringen"):
                p = Mention(p.name, p.role, counterpart)
        out.append(p)
    return tuple(out)


def with_minister_roles(
    participants: tuple[Mention, ...], counterpart: str | None, year: int | None = None
) -> tuple[Mention, ...]:
    """A participant with no role who is a known minister of the counterpart gets its title."""
    ministry = next((m for m in ministries() if m.name == counterpart), None)
    if ministry is None or not ministry.titles:
        return participants
    holders = {name for name, start, end in ministry.ministers
               if year is None or start <= year <= (end or 9999)}
    return tuple(Mention(p.name, ministry.titles[0], ministry.name) if p.role is None and p.name in holders else p
                 for p in participants)


def ministers_of(
    text: str, counterpart: str | None, participants: tuple[Mention, ...], people: People, year: int | None = None,
    absent: frozenset[str] = frozenset(),
) -> tuple[Mention, ...]:
    """The counterpart's minister when the text speaks of the minister (by title)
    and names a known office holder (in full or by surname) nowhere else placed."""
    ministry = next((m for m in ministries() if m.name == counterpart), None)
    if ministry is None:
        return ()
    titles = [m for m in find_ministries(text) if m.ministry == ministry.name and m.kind == "title"]
    if not titles:
        return ()
    title_word = text[titles[0].start:titles[0].end].casefold()
    title_word = re.sub(r"(?<=minister)(?:en|ar|ane|arane|ene|er)$", "", title_word)
    present = {p.name for p in participants}
    others = {p.name for p in people.persons if p.role and not p.role.endswith(("minister", "ministar", "statsråd"))}
    out: list[Mention] = []
    for name, start, end in ministry.ministers:
        if year is not None and not (start <= year <= (end or 9999)):
            continue
        if name in present or name in others or name in absent:
            continue
        surname = name.split(" ")[-1]
        for written in (name, surname):
            if re.search(rf"(?<![\w-]){re.escape(written)}(?![\w-])", text):
                if not any(p.endswith(" " + written) or p == written for p in present | others):
                    out.append(Mention(written, title_word, ministry.name))
                break
    return tuple(out)
