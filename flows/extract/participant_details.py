"""Role and organisation of each participant, as the text gives them.

The person recogniser (`flows.extract.people`) gives the role and organisation
written next to a name ("styreleder i KS, NN", "nestlederne A og B"). The
sentence a participant is found in can say more:
- a compound before the name: "KS-leder NN" (role "leder", organisation KS);
- a group the name is listed under: "KS ved leiar NN, ...", "Frå KS Nordby
  møtte òg nestleiar NN (Sp)", "KS' delegasjon besto av ...": the group's
  organisation, which outranks a party in brackets;
- a host the name came with: "Med seg hadde styreleder NN også nestleder MM",
  "Statsråden hadde med seg rådgiver MM": MM belongs to NN's
  organisation when the text gives MM none.
Once the counterpart is known: a state secretary or minister with no
organisation belongs to their ministry (`with_government_orgs`), a known
minister gets the title (`with_minister_roles`), and the counterpart's minister
named only by surname is added (`ministers_of`). A talk has one speaker
(`talker`); others took part when a clause places them at it (`attending`). A "name" that is
a medium spoken to ("sa hun til Nordby Tidende") or a phrase opening with a preposition
("Overfor Nordby Tidende") is no participant (`not_media`). Patterns are data
(`data/participant_patterns.yaml`).
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from flows import lexicon
from flows.extract.actor_words import is_party
from flows.extract.counterpart import find_ministries, ministries
from flows.extract.matcher import boundary_alternation, top_level_alternatives, trie_alternation
from flows.extract.occasion_time import is_invitation, other_time
from flows.extract.participant_names import bracketed_organisation
from flows.extract.people import People, PersonMention, find_people, resolve
from flows.extract.roles import ministry_staff_roles
from flows.extract.told_media import adjuncts as _adjuncts, speech_verbs, tellings, told_at
from flows.literal_gate import GatedAlternation
from flows.model import Mention, Sentence


@lru_cache(maxsize=1)
def pattern_data() -> dict:
    return lexicon.load("participant_patterns")


@lru_cache(maxsize=None)
def any_pattern(key: str) -> re.Pattern[str]:
    """The patterns of `key` as one alternation, searched behind the words each needs (`literal_gate`)."""
    items = pattern_data()[key]
    return GatedAlternation(re.compile(boundary_alternation(items), re.IGNORECASE),  # type: ignore[return-value]
                            [part for item in items for part in top_level_alternatives(item)])


@lru_cache(maxsize=1)
def _groups() -> tuple[re.Pattern[str], ...]:
    org = pattern_data()["group_organisation"]
    return tuple(re.compile(p.replace("{org}", org), re.IGNORECASE) for p in pattern_data()["organisation_groups"])


def _generic_government(org: str) -> bool:
    return bool(re.fullmatch(r"(?:regjering\w*|departement\w*|staten)", org, re.IGNORECASE))


def group_org(sentence: Sentence, mention: PersonMention) -> str | None:
    """'KS ved leiar NN, ..., A og B', 'Fra Legeforeningen møtte A og B': the organisation of the
    names listed after the group's opening; None for the government as a whole ("Frå
    regjeringa møtte ..."), whose members take their ministry from their title."""
    best: tuple[int, str] | None = None
    for pattern in _groups():
        for match in pattern.finditer(sentence.text):
            end = sentence.start + match.end()
            if end <= mention.start and not any_pattern("organisation_group_breaks").search(
                    sentence.text[match.end():mention.start - sentence.start]):
                if best is None or match.end() > best[0]:
                    best = (match.end(), match.group("org"))
    if best is None or _generic_government(best[1]):
        return None
    return best[1]


def _host(sentence: Sentence, mention: PersonMention, people: People) -> Mention | None:
    """The person a companion came with: in a "med seg" sentence, the person (named, or by
    title or pronoun) before the companion's name."""
    cue = any_pattern("companion").search(sentence.text)
    if cue is None:
        return None
    before = [m for m in people.mentions if sentence.start <= m.start < mention.start and m.name != mention.name]
    if before:
        host = before[0]
        return next((p for p in people.persons if p.name == host.name), Mention(host.name, host.role,
                                                                                 host.organisation))
    pronoun = re.search(rf"(?<![\w-])(?:{lexicon.alternation(pattern_data()['subject_pronouns'])})(?![\w-])",
                        sentence.text[:mention.start - sentence.start], re.IGNORECASE)
    return resolve(people, pronoun.group(0), sentence.start + pronoun.start()) if pronoun else None


def detail(person: Mention, mention: PersonMention, sentence: Sentence | None, text: str,
           people: People) -> Mention:
    """The participant with the role and organisation its sentence adds."""
    if person.role is None:
        compound = re.search(pattern_data()["compound_role_before"], text[max(0, mention.start - 40):mention.start])
        if compound:
            person = Mention(person.name, compound.group("role").casefold(), compound.group("org"))
    if person.organisation is None:
        person = bracketed_organisation(person, text, mention.end)
    if sentence is None:
        return person
    # the organisation is not written in this sentence (it came from the sentences before), or is
    # a party in brackets: the group the sentence lists the name under says more
    weak = person.organisation is None or person.organisation not in sentence.text or (
        is_party(person.organisation) and text[mention.end:].startswith(f" ({person.organisation})"))
    if not weak:
        return person
    group = group_org(sentence, mention)
    if group:
        return Mention(person.name, person.role, group)
    host = _host(sentence, mention, people)
    if host is not None and host.organisation and not is_party(host.organisation) and person.organisation is None:
        return Mention(person.name, person.role, host.organisation)
    return person


def with_government_orgs(participants: tuple[Mention, ...], counterpart: str | None) -> tuple[Mention, ...]:
    """Statsråd/statssekretær with no organisation (or only a party's) belong to the counterpart ministry; a ministry
    written as its abbreviation ("statssekretær NN (BFD)") is spelled out."""
    roles = ministry_staff_roles()
    out: list[Mention] = []
    for p in participants:
        named = [m for m in find_ministries(p.organisation) if m.kind == "abbreviation"] if p.organisation else []
        if len(named) == 1 and named[0].start == 0 and named[0].end == len(p.organisation or ""):
            p = Mention(p.name, p.role, named[0].ministry)
        party = p.organisation is not None and is_party(p.organisation)  # "statssekretær NN (Ap)": the party is no
        if (p.organisation is None or party) and p.role:  # employer; the ministry is
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
    and names a known office holder (in full or by surname) nowhere else placed.
    A surname that opens another capitalised name ("Nordre Dal") is not the minister."""
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
            if written in text and re.search(rf"(?<![\w-]){re.escape(written)}(?![\w-])(?! [A-ZÆØÅ])", text):
                if not any(p.endswith(" " + written) or p == written for p in present | others):
                    out.append(Mention(written, title_word, ministry.name))
                break
    return tuple(out)


def talker(participants: tuple[Mention, ...], byline: Mention | None, evidence: str,
           attending: frozenset[str] = frozenset()) -> tuple[Mention, ...]:
    """A talk is given by one person: the byline's (a participant of that name, else the
    byline's person: talk notes name their speaker only there), else the first participant
    named in the sentence that names the talk, else the first participant. Others in
    `attending` (named in a sentence that places them at the occasion: "fikk ordet etter
    ministeren", "sa NN fra salen") took part too, in the order found."""
    if byline is not None and all(p.name != byline.name for p in participants):
        participants = (byline, *participants)
    if not participants:
        return participants
    chosen = next((p for p in participants if byline is not None and p.name == byline.name), None) \
        or next((p for p in participants if p.name in evidence), None) or participants[0]
    return (chosen,) + tuple(p for p in participants if p is not chosen and p.name in attending)


def _clause(text: str, start: int, end: int) -> str:
    """The clause around text[start:end]: from the last comma, semicolon or colon before it
    to the next one after it."""
    left = max(text.rfind(mark, 0, start) for mark in ",;:")
    right = min((i for i in (text.find(mark, end) for mark in ",;:") if i >= 0), default=len(text))
    return text[left + 1:right]


def attending(participants: tuple[Mention, ...], sentences: tuple[Sentence, ...],
              published: date | None) -> frozenset[str]:
    """The participants named (in full or by surname) in a sentence with an attendance cue
    whose clause places the occasion at the time the text reports: "fikk ordet etter
    ministeren" counts, "for noen uker siden var jeg på besøk hos NN" does not."""
    invitation = is_invitation(" ".join(s.text for s in sentences))
    found: set[str] = set()
    for sentence in sentences:
        cues = [m for m in any_pattern("attendance").finditer(sentence.text)
                if not other_time(_clause(sentence.text, m.start(), m.end()), published, invitation)]
        if not cues:
            continue
        media = [m.span() for m in any_pattern("not_participant_context").finditer(sentence.text)]
        for p in participants:
            named = [m.span() for m in re.finditer(rf"(?<![\w-])(?:{re.escape(p.name)}|{re.escape(p.name.split()[-1])})"
                                                  r"(?![\w-])", sentence.text)]
            # a name only inside a source phrase ("til Avisa Nordland") is the source, not a person there
            if any(not any(a <= start and end <= b for a, b in media) for start, end in named):
                found.add(p.name)
    return frozenset(found)


def not_media(participants: tuple[Mention, ...], text: str, media: frozenset[int] | None = None) -> tuple[Mention, ...]:
    """Without the "persons" a speaker talks to as to a medium: a name with no role that stands
    after "til" or "overfor" following a verb of saying ("sa hun til Nordby Tidende etter
    møtet", `media`: where the one told starts, from `told_media.tellings`) is a newspaper, however much it looks
    like a name; so is a "name" that opens with such a preposition, and a name whose word is a newspaper's head
    ("Avisa Sørland", "Nordby Tidende", "Fjordabladet": `media_heads`)."""
    def medium(person: Mention) -> bool:
        nonlocal media
        if person.name.split()[0].casefold() in _adjuncts():
            return True  # a phrase opening a sentence ("Overfor Nordby Tidende sa hun"), no name
        if person.role:
            return False
        if _media_head(person.name):
            return True  # "Avisa Sørland skreiv ...": a newspaper by its name
        if person.name not in text:
            return False
        media = media if media is not None else tellings(text, find_people(text)).media
        return told_at(text, person.name, media)
    return tuple(p for p in participants if not medium(p))


@lru_cache(maxsize=1)
def _media_heads() -> tuple[str, ...]:
    return tuple(str(w).casefold() for w in pattern_data().get("media_heads") or ())


def _media_head(name: str) -> bool:
    """A word of the name is a newspaper's head word, or ends in one ("Fjordabladet")."""
    heads = _media_heads()
    return any(word.casefold() in heads or (len(word) > 6 and word.casefold().endswith(heads))
               for word in name.split())


def not_organisations(participants: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """Without the "persons" that another participant represents: a name the text gives as a
    participant's organisation ("Nordby Sykehus var representert ved direktør NN") is an
    organisation, however much it looks like a first name and a surname."""
    organisations = {p.organisation.casefold() for p in participants if p.organisation}
    return tuple(p for p in participants if p.name.casefold() not in organisations)

