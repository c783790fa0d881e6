"""Pass 1, mentions: the persons, organisations, ministries and dates a document names.

Persons come from the one person recogniser (`flows.extract.people`): full
names, later surnames and titles ("statsråden", "KS-lederen"), each resolved
to the full name as first written, with role and organisation when the text
gives them. For each person the pass also records whom they speak for
(`affiliation`): the organisation or government title nearest to the name in
its sentence, else the organisation that opens the sentence before in the same
paragraph; and the KS body the text says they act for (`office`: "sitter i
KS' styre", "er leiar i KS Nordby"), which outranks a municipality or a party.
Organisations and ministries are the context's gazetteer hits; dates are the
date phrases of every sentence.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType
from typing import Mapping

from flows import budget, lexicon
from flows.extract import roles as R
from flows.extract.actor_words import written_parties
from flows.extract.actors import GOVERNMENT, ActorHit, claimants_in, generic_claimants, is_ks_body
from flows.extract.speaker_claimant import ks_office, municipal_leader
from flows.extract.organisation_names import defined_acronyms, organisations_in, site_owner
from flows.extract.context import DocContext
from flows.extract.counterpart import MinistryMention
from flows.extract.dates import FoundDate, find_dates
from flows.extract.mention_filters import captions_aside, without_credits, without_media, without_places
from flows.extract.matcher import word_at
from flows.extract.people import People, PersonMention, find_people
from flows.extract.participant_details import group_org
from flows.extract.speaker_organisations import with_context_organisations
from flows.extract.speech import SPEECH
from flows.model import Block, Mention

DEFAULT_CLAIMANT = "KS"
WINDOW_BEFORE = 70  # characters before a name searched for the organisation it speaks for
WINDOW_AFTER = 50


@dataclass(frozen=True)
class MentionLayer:
    people: People
    affiliations: Mapping[str, str | None]  # person -> claimant, GOVERNMENT or None
    offices: Mapping[str, str]  # person -> the KS body they act for
    forms: tuple[tuple[str, str], ...]  # (written form, person), longest form first
    organisations: tuple[ActorHit, ...]
    ministries: tuple[MinistryMention, ...]
    dates: tuple[FoundDate, ...]  # document offsets
    principal: str  # the claimant a speaker with no organisation of their own speaks for
    acronyms: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))  # acronym the text defines -> organisation ("X (LVK)")
    owner: str | None = None  # the organisation whose own page or paper the document is (its breadcrumb or letterhead)
    parties: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))  # person -> party in brackets after
    # their name ("NN (SV)"), also where a description gives them another organisation

    def person(self, name: str) -> Mention | None:
        return next((p for p in self.people.persons if p.name == name), None)

    def person_in(self, text: str) -> str | None:
        """The person a phrase names by a written form the document uses (leftmost, longest)."""
        best: tuple[int, int, str] | None = None
        for form, name in self.forms:
            if form not in text:  # the pattern matches the form as written: no need to build it
                continue
            at = word_at(text, form)
            if at >= 0:
                key = (at, -len(form), name)
                if best is None or key < best:
                    best = key
        return best[2] if best else None

    def affiliation(self, name: str) -> str | None:
        return self.affiliations.get(name)

    def office(self, name: str) -> str | None:
        return self.offices.get(name)

    def full_mention_at(self, start: int) -> PersonMention | None:
        return next((m for m in self.people.mentions if m.kind == "full" and m.start == start), None)

    def byline(self, block: Block) -> Mention | None:
        """The person a short line opens with, when the text gives them a role ("NN, styreleder i KS")."""
        found = self.full_mention_at(block.start)
        if found is None or found.role is None:
            return None
        return Mention(found.name, found.role, found.organisation)


def _nearest(before: str, after: str) -> str | None:
    """The cue nearest to a name: a government title or a claimant (or a named municipality)."""
    candidates: list[tuple[int, str]] = []
    for hit in organisations_in(before):
        candidates.append((len(before) - hit.end, hit.name))
    for hit in organisations_in(after):
        if re.match(r"\s+(?:ved|v/)\s", after[hit.end:]):
            continue  # "... ved leiar NN, Fagforbundet ved nestleiar MM": the next person's organisation
        candidates.append((hit.start, hit.name))
    for m in R.GOVERNMENT_ROLE().finditer(before):
        candidates.append((len(before) - m.end(), GOVERNMENT))
    for m in R.GOVERNMENT_ROLE().finditer(after):
        candidates.append((m.start(), GOVERNMENT))
    return min(candidates)[1] if candidates else None


def _previous_subject(text: str, sentence_start: int) -> str | None:
    """The organisation that opens the sentence before, in the same paragraph
    ("Forbundet deltok ikke i møtet. Forbundsleder NN sier ...")."""
    if sentence_start <= 0 or text[sentence_start] == "\n":
        return None
    start = max(text.rfind("\n", 0, sentence_start), text.rfind(". ", 0, sentence_start))
    previous = text[start + 1:sentence_start].strip(" .")
    hits = organisations_in(previous)
    opener = previous[:hits[0].start].strip().casefold() if hits else ""
    return hits[0].name if hits and (hits[0].start == 0 or opener in _subject_openers()) else None


@lru_cache(maxsize=1)
def _subject_openers() -> frozenset[str]:
    """Adverbs before an organisation that still opens its sentence ("Også Forbundet er skuffa", `subject_openers`)."""
    return frozenset(str(w).casefold() for w in lexicon.load("actors").get("subject_openers", []))


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    line_start = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start))
    ends = [x for x in (text.find("\n", end), text.find(". ", end), len(text)) if x >= 0]
    return line_start, min(ends)


def _speech_cut(after: str) -> str:
    """The words after a name up to a verb of saying ("NN sier kommunene ...": not NN's
    organisation) and up to "og" (a second person's description follows)."""
    verb = SPEECH().search(after)
    after = after[:verb.start()] if verb else after
    return re.split(r"\s+og\s+", after)[0]


def _next_person(text: str, end: int, starts: list[int]) -> int:
    """Where the words of the next person named after `end` begin: at the last comma before their
    name ("NN (t.v.), helseminister MM": the title is MM's), else at the name."""
    following = next((s for s in starts if s >= end), len(text))
    comma = text.rfind(",", end + 1, following)
    return comma if following < len(text) and comma > end else following


# a person named as the object of a preposition, with at most a lower-case title between ("til ordfører NN"): the
# organisations before the preposition are the clause's subject's, not this person's
GOVERNED = re.compile(r"\s(?:til|hos|mot)\s+(?:[a-zæøå-]+\s+){0,2}$")


def affiliations(text: str, people: People) -> dict[str, str | None]:
    """Person -> whom they speak for, from the first mention that names them (full or surname)."""
    out: dict[str, str | None] = {}
    starts = sorted(m.start for m in people.mentions)
    for mention in people.mentions:
        if mention.kind == "title" or mention.name in out:
            continue
        budget.check()
        line_start, line_end = _line_bounds(text, mention.start, mention.end)
        before = text[max(0, line_start, mention.start - WINDOW_BEFORE):mention.start]
        governed = GOVERNED.search(before)  # "NN fra NHF Salten ga underskriftene til ordfører MM": MM is the
        before = before[governed.end():] if governed else before  # one given to, the organisation before is NN's
        after = _speech_cut(text[mention.end:min(line_end, mention.end + WINDOW_AFTER, _next_person(text, mention.end, starts))])
        value = _nearest(before, after)
        if value is None:
            value = _previous_subject(text, line_start)
        out[mention.name] = value
    return out


def offices(text: str, people: People) -> dict[str, str]:
    """Person -> the KS body the words after their name (up to the next name or the end of the
    sentence) say they act for."""
    out: dict[str, str] = {}
    named = [m for m in people.mentions if m.kind != "title"]
    for n, mention in enumerate(named):
        _, end = _line_bounds(text, mention.start, mention.end)
        later = [m.start for m in named[n + 1:] if mention.end <= m.start < end]
        words = text[mention.end:later[0] if later else end]
        office = ks_office(words)
        if office and later and words.rstrip(", ").endswith(office):
            continue  # "ordfører A (Sp), leder i KS Nordby, B", "nestleder A, fylkesstyreleder i KS Nordby B":
            # the office is B's, written before B's name
        if office:
            out.setdefault(mention.name, office)
        else:
            dual = _dual_office(text[max(0, mention.start - DUAL_REACH):mention.start])
            if dual:
                out.setdefault(mention.name, dual)
    return out


DUAL_REACH = 90  # characters before a name read for "styremedlem i KS og ordfører i Nordby, "


def _dual_office(before: str) -> str | None:
    """The KS body of a description before a name that gives a KS office and a local one ("styremedlem i KS og
    ordfører i Bodø, NN", "nestleiar i KS Agder og ordførar i Vennesla "): on a KS board, the person speaks for
    KS (a mayor on a KS board speaks for KS, not for the municipality)."""
    clause = re.split(r"[.;:\n•]|\s[–—]\s", before)[-1]
    match = re.search(r"(?P<ks>KS(?: [A-ZÆØÅ][\wæøå-]+)?)\s+og\s+[\wæøå-]+\s+(?:i|for|på)\s+"
                      r"[A-ZÆØÅ][\wæøå-]+(?:\s+kommune)?,?\s*$", clause)
    if match is None:
        return None
    office = ks_office(clause[:match.end("ks")])
    return office if office and is_ks_body(office) else None


PLACE_ONLY = re.compile(r"[A-ZÆØÅ][\wæøåé-]+(?: [A-ZÆØÅ][\wæøåé-]+)?(?: kommune| herad)?")  # "Nordby", "Nordby kommune"


def _group_bodies(ctx: DocContext, people: People) -> Iterator[tuple[PersonMention, str | None]]:
    """Each person's first full mention with the organisation a group it stands in opens with ("Fra KS
    deltok A og B", `group_org`), None when it stands in none; the sentence found by the context's offsets."""
    seen: set[str] = set()
    starts = [s.start for s in ctx.sentences]
    for mention in people.mentions:
        if mention.kind != "full" or mention.name in seen:
            continue
        seen.add(mention.name)
        at = bisect_right(starts, mention.start) - 1
        sentence = ctx.sentences[at] if at >= 0 and mention.start < ctx.sentences[at].end else None
        group = group_org(sentence, mention) if sentence is not None else None
        body = (claimants_in(group)[:1] or organisations_in(group)[:1]) if group else []
        yield mention, body[0].name if body and body[0].start == 0 else None


def delegation_offices(ctx: DocContext, people: People) -> dict[str, str]:
    """Mayor -> the KS body whose delegation lists them at their first full mention ("Fra KS deltok
    nestleiar A, ordførar i Nordby B og C", "KS Nordby stilte med A og B": `organisation_groups` in
    data/participant_patterns.yaml): a municipality's leader in a KS delegation speaks for KS, not for
    their municipality. A county mayor there speaks for the county (a party of its own), and anyone the
    text gives an organisation of their own keeps it."""
    out: dict[str, str] = {}
    roles = {p.name: (p.role, p.organisation) for p in people.persons}
    for mention, body in _group_bodies(ctx, people):
        role, organisation = roles.get(mention.name, (mention.role, mention.organisation))
        employee = bool(organisation) and organisation.endswith((" kommune", " herad"))  # "direktør i Bærum kommune"
        if not (municipal_leader(role) or employee) or (organisation and not PLACE_ONLY.fullmatch(organisation)):
            continue
        if body is not None and is_ks_body(body):
            out[mention.name] = body
    return out


def group_affiliations(ctx: DocContext, people: People, found: dict[str, str | None]) -> dict[str, str | None]:
    """`found` with the organisation of a delegation for the persons it gives none ("Fra Fagforbundet deltok
    forbundsleder A og leder for seksjon helse, B": B speaks for Fagforbundet)."""
    out = dict(found)
    for mention, body in _group_bodies(ctx, people):
        if out.get(mention.name) is None and body is not None:
            out[mention.name] = body
    return out


def _forms(people: People) -> tuple[tuple[str, str], ...]:
    """Every written form of each person (full name, surname, the forms the text uses)."""
    forms: dict[str, str] = {}
    for p in people.persons:
        words = p.name.split(" ")
        for i in range(len(words)):
            forms.setdefault(" ".join(words[i:]), p.name)
    for m in people.mentions:
        if m.kind != "title":
            forms.setdefault(m.written, m.name)
    return tuple(sorted(forms.items(), key=lambda kv: (-len(kv[0]), kv[0])))


LINE_BEFORE = 40  # characters of a sentence's line before it that decide whether a bare "3/2" opens the line


def _dates(ctx: DocContext) -> tuple[FoundDate, ...]:
    """The date phrases of every sentence, at document offsets. A sentence is read after the text on its line
    before it (at most `LINE_BEFORE` characters): "Kjempedag i Oslo! 3/2 var fire av oss ..." has a bare date
    in figures inside its line, not a number opening one (`dates._not_bare`)."""
    out: list[FoundDate] = []
    text = ctx.text
    for sentence in ctx.sentences:
        before = text[max(text.rfind("\n", 0, sentence.start) + 1, sentence.start - LINE_BEFORE):sentence.start]
        for found in find_dates(before + sentence.text):
            if found.start < len(before):
                continue
            shift = sentence.start - len(before)
            out.append(FoundDate(found.text, found.start + shift, found.end + shift, found.kind,
                                 found.year, found.month, found.day, found.weekday, found.offset))
    return tuple(out)


def find_mentions(ctx: DocContext) -> MentionLayer:
    """The mention layer of one analysed document."""
    text = ctx.text
    found = without_places(without_credits(find_people(text), text))
    people = captions_aside(with_context_organisations(without_media(found, text), ctx), ctx.blocks)
    return MentionLayer(
        people=people,
        affiliations=MappingProxyType(group_affiliations(ctx, people, affiliations(text, people))),
        offices=MappingProxyType({**delegation_offices(ctx, people), **offices(text, people)}),
        forms=_forms(people),
        organisations=ctx.gazetteer.organisations,
        ministries=ctx.gazetteer.ministries,
        dates=_dates(ctx),
        principal=principal_claimant(ctx),
        acronyms=MappingProxyType(defined_acronyms(text, ctx.gazetteer.organisations)),
        owner=site_owner(ctx.document.text),
        parties=MappingProxyType(written_parties(text, tuple((m.name, m.end) for m in people.mentions))),
    )


def principal_claimant(ctx: DocContext) -> str:
    """The organisation whose own site the document comes from (a breadcrumb "Nordby kommune > Nyheiter"),
    else the first claimant the document names that is one organisation (not "kommunene"); KS, whose
    dealings the dataset records, when it names none."""
    generic = generic_claimants()
    return site_owner(ctx.document.text) or next(
        (h.name for h in ctx.gazetteer.claimants if h.name not in generic), DEFAULT_CLAIMANT)
