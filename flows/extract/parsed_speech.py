"""Reported speech from the parse, given to persons: the bridge from the structural
rules (`flows.extract.reported`) to the attribution pass.

A reported subject names a person when a person mention (a name, a surname, a
title the mention layer resolved) lies in it, or when it is a personal pronoun or
a title resolved to the person named before; not when the pronoun stands for an
actor named by a common noun in the sentence before ("Regjeringa ... Då må ho").
Where the surface rules of `flows.extract.indirect` found a content too, theirs
stands, unless the parse splits it into several contents of one speaker or ends
it where a coordinated predicate of the speaker begins (`combined`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from flows.extract import roles as R
from flows.extract.actors import addressees_in, claimants_in
from flows.extract.organisation_names import organisations_in
from flows.extract.attribution_layer import Attribution
from flows.extract.mentions import MentionLayer
from flows.extract.parse import Parsed
from flows.extract.people import PersonMention, resolve
from flows.extract.reported import Reported, find_reported
from flows.extract.speech_spans import quoted_predicate
from flows.extract.subjects import PUNCT
from flows.model import Mention

ACCORDING_TO = "parse_according_to"
SAME_START = 4  # characters a parsed content may start after a surface rule's ("at ...")
MIN_WORDS = 2  # words a surface content cut before a coordinated predicate keeps
PERSON_NAME = re.compile(r"(?<![\w-])[A-ZÆØÅ][a-zæøåéü]+(?:-[A-ZÆØÅ][a-zæøåéü]+)?(?: [A-ZÆØÅ][a-zæøåéü]+(?:-[A-ZÆØÅ][a-zæøåéü]+)?)+")


def pronoun_for_actor(before: str) -> bool:
    """A personal pronoun right after this sentence stands for the actor it opens with, when the
    actor is named by a common noun in definite form ("Regjeringa har lagt fram ein plan. Då må
    ho ...", "Staten ... Han"), not for a person named earlier. A name ("KS", "Fagforbundet")
    does not take "han" or "ho", and a title ("Statsråden") is a person. A neuter noun ("Departementet",
    "Sykepleierforbundet", "Fylkestinget") takes "det", never "han", "hun" or "ho": the pronoun after it is a
    person's."""
    for hit in addressees_in(before) + claimants_in(before):
        written = before[hit.start:hit.end]
        if hit.start <= 2 and written[:1].isalpha() and not written.isupper() and " " not in written \
                and written.casefold().endswith(("a", "en")) and written[1:].islower() \
                and not R.TITLE().fullmatch(written) and not R.GOVERNMENT_ROLE().fullmatch(written):
            # a title ("Statsråden takket ... Hun sa ...") is a person; so is one named after the actor
            # ("Legeforeningen sendte nestleiar NN. Han ...": the pronoun is NN)
            return PERSON_NAME.search(before, hit.end) is None
    return False


def subject_person(reported: Reported, mentions: MentionLayer, before: str = "",
                   parsed: Parsed | None = None) -> Mention | None:
    """The person a reported subject names: the first person mention inside it (a name, a
    surname, a title the mention layer resolved; the first of a coordination "Kari Nordmann og
    Per Hansen"), else a pronoun or a title resolved to the person last named before it. A pronoun right after a sentence whose subject is an organisation
    (`before`: "Regjeringa har lagt fram ein plan. Då må ho ...") stands for that organisation."""
    if not reported.subject:
        return None
    start = min(t.start for t in reported.subject)
    end = max(t.end for t in reported.subject)
    bodies = _bodies(parsed, start, end)
    for mention in mentions.people.mentions:
        if mention.start < end and start < mention.end and not _in_clause(parsed, reported, mention) \
                and not any(a <= mention.start and mention.end <= b for a, b in bodies):
            return mentions.person(mention.name) or Mention(mention.name)
    head = reported.subject[0]
    if len(reported.subject) == 1 and R.pronoun_gender(head.text) is not None:
        if pronoun_for_actor(before):
            return None
        return resolve(mentions.people, head.text, head.start)
    phrase = " ".join(t.text for t in reported.subject)
    if R.TITLE().fullmatch(phrase):
        return resolve(mentions.people, phrase, start)
    return None


def _bodies(parsed: Parsed | None, start: int, end: int) -> list[tuple[int, int]]:
    """Document spans of the organisations named in the subject [start, end): a name inside one
    ("Nordby fylkeskommune", a place that is also someone's surname) names no person."""
    if parsed is None:
        return []
    phrase = parsed.text[start - parsed.start:end - parsed.start]
    return [(start + h.start, start + h.end) for h in organisations_in(phrase)]


def _in_clause(parsed: Parsed | None, reported: Reported, mention: PersonMention) -> bool:
    """True when a person named in the subject stands in a clause or participle phrase inside it
    ("Utvalet, som blir leidd av NN, ...", "Kommisjonen, leidd av NN, ..."): a verb lies between
    the name and the subject's head, so the body, not the person, speaks."""
    if parsed is None:
        return False
    subject = {t.i for t in reported.subject}
    named = [t for t in parsed.tokens if mention.start <= t.start < mention.end]
    if not named:
        return False
    heads = {t.i for t in reported.subject if t.pos not in PUNCT and (t.head not in subject or t.head == t.i)}
    current = named[0]
    for _ in range(len(parsed.tokens)):
        if current.i in heads:
            return False
        head = parsed.tokens[current.head]
        if head.i == current.i or head.i == reported.verb.i:
            return False
        if head.pos in ("VERB", "AUX") or "VerbForm=Part" in head.morph:
            return True
        current = head
    return False


@dataclass(frozen=True)
class Structural:
    """A person's reported speech from the parse, with what the surface rules need to combine with it."""

    attribution: Attribution
    bounded: bool  # its content ends where a coordinated predicate of the speaker begins
    opens: int | None  # a coordinated predicate: where it begins, with its conjunction


def structural(parsed: Parsed, mentions: MentionLayer, before: str = "") -> list[Structural]:
    """Reported speech of persons from the parse (`flows.extract.reported`); `before` is the
    sentence before in the same paragraph."""
    out: list[Structural] = []
    for reported in find_reported(parsed):
        words = parsed.text[reported.start - parsed.start:reported.end - parsed.start]
        if "«" in words and not quoted_predicate(words, parsed.text[:reported.start - parsed.start]):
            continue  # a quotation inside: the quotation rules give it as the speaker's own words
        if "«" in words and "»" not in words and parsed.text[reported.end - parsed.start:][:1] == "»":
            reported = replace(reported, end=reported.end + 1)  # the quoted predicate with its closing mark
            words += "»"
        speaker = subject_person(reported, mentions, before, parsed)
        if speaker is not None:
            out.append(Structural(Attribution("indirect", speaker, words, reported.start, reported.end,
                                              reported.rule, -1), reported.bounded, reported.opens))
    # "Ifølge NTB sa statsråden at X": a person reported inside the source's sentence speaks, not the source;
    # "Ifølge NN ba KS departementet om X" stays NN's (an organisation's request is no person's statement)
    return [f for f in out if f.attribution.rule != ACCORDING_TO or not any(
        g.attribution.rule != ACCORDING_TO and f.attribution.start <= g.attribution.start < f.attribution.end
        for g in out)]


def combined(surface: list[Attribution], from_parse: list[Structural]) -> list[Attribution]:
    """The surface rules' finds, with the parse's where they found nothing. A surface find ends where
    the parse sees a coordinated predicate of the same speaker begin inside it ("viste til X, og la
    til at Y": X, and Y from the parse). A surface find gives way to the parse's finds of the same
    speaker inside it when the parse splits it into several contents ("pekte på X og takket for Y"),
    or ends the same content earlier, where the clause under the verb ends before a coordinated
    predicate of the speaker ("sa at X, men ville ikke love Y")."""
    bounded = {(f.attribution.start, f.attribution.end) for f in from_parse if f.bounded}
    parsed = [f.attribution for f in from_parse]
    parsed = [p for p in parsed if not any(q is not p and q.start <= p.start and p.end <= q.end
                                           and (q.start, q.end) != (p.start, p.end) for q in parsed)]
    out: list[Attribution] = []  # an embedded report ("sier at hun er bekymret for at ...") is part of the outer one
    for found in surface:
        cuts = [f.opens for f in from_parse if f.opens is not None and found.start < f.opens < found.end
                and f.attribution.speaker.name == found.speaker.name]
        if cuts:
            found = _cut(found, min(cuts))
            if found is None:
                continue
        inside = [p for p in parsed if found.start <= p.start and p.end <= found.end
                  and p.speaker.name == found.speaker.name]
        if len(inside) >= 2:
            out += inside
        elif len(inside) == 1 and inside[0].start - found.start <= SAME_START and inside[0].end < found.end \
                and (inside[0].start, inside[0].end) in bounded:
            out.append(inside[0])  # the same content, ending where the clause under the verb ends
        else:
            out.append(found)
    out += [p for p in parsed if not any(a.start < p.end and p.start < a.end for a in out)]
    return out


def _cut(found: Attribution, at: int) -> Attribution | None:
    """The attribution's content up to `at`, without the comma before it; None when too little is left."""
    text = found.text[:at - found.start].rstrip(" ,;")
    if len(text.split()) < MIN_WORDS:
        return None
    return replace(found, text=text, end=found.start + len(text))
