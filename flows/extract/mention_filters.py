"""Persons set aside from a document's people before the passes read them: the names that only credit a photo or a
text ("Foto: NN"), a medium written like a name ("sa NN til Kanal Vest"), two municipalities' names written like a
person's ("NAV Ørsta Volda"), and the names of photo captions, kept as persons but no antecedents of a pronoun after
the caption. Read by `mentions.find_mentions`.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from flows import lexicon
from flows.extract.captions import caption_spans
from flows.extract.layout import inside
from flows.extract.people import People
from flows.extract.role_table import roles_table
from flows.model import Block


@lru_cache(maxsize=1)
def _credit() -> re.Pattern[str]:
    """A credit cue (a picture's or a production's: `credit_cues`, `production_credits`) at the start of a line or
    sentence, also in brackets ("(Foto: NN)"), or with its colon
    after another credit on the same line ("Tekst: NN  Foto: MM"), then up to a few words ("NTB /"), or the
    first of two names ("Tekst: NN og MM")."""
    cues = lexicon.alternation([*roles_table()["credit_cues"], *roles_table().get("production_credits", ())])
    return re.compile(rf"(?:(?:^|(?<=\n)|(?<=[.!?] ))\(?(?:{cues})(?::|\s)|(?<=\s)(?:{cues}):)\s*"
                      rf"(?:[\w.-]+\s*/\s*|(?:[A-ZÆØÅ][\w.-]*\s+){1,4}og\s+)?$")


def without_credits(people: People, text: str) -> People:
    """People without the names that only credit a photo or a text ("Foto: NN"), nor a surname of such a name
    written elsewhere (a place in a table, "Hovland–Brekkestø"): the credited one is named nowhere in full else."""
    credited = {m.start for m in people.mentions
                if m.kind == "full" and _credit().search(text[max(0, m.start - 40):m.start])}
    if not credited:
        return people
    in_full = {m.name for m in people.mentions if m.kind == "full" and m.start not in credited}
    only_credited = {m.name for m in people.mentions if m.start in credited} - in_full
    mentions = tuple(m for m in people.mentions if m.start not in credited and m.name not in only_credited)
    named = {m.name for m in mentions}
    return replace(people, persons=tuple(p for p in people.persons if p.name in named), mentions=mentions)


def without_places(people: People) -> People:
    """People without a name made only of municipalities' names ("eit besøk hos NAV Ørsta Volda": an office serving
    two municipalities) and never given a role: no person is named so."""
    from flows.extract.actors import municipalities

    places = municipalities()
    dropped = {p.name for p in people.persons if p.role is None and len(p.name.split()) >= 2
               and all(part in places for part in p.name.split())}
    if not dropped:
        return people
    return replace(people, persons=tuple(p for p in people.persons if p.name not in dropped),
                   mentions=tuple(m for m in people.mentions if m.name not in dropped))


def without_media(people: People, text: str) -> People:
    """People without a medium written like a name ("sa Helland Bakke til Kanal Vest"): a name with no role that
    is told as a medium at least once (`told_media`) and stands elsewhere only as the text's masthead (its first
    line) or at the end of a photo credit ("Foto: NN / Kanal Vest") is a newspaper or a channel, not a person."""
    from flows.extract.told_media import tellings

    media = tellings(text, people).media if people.mentions else frozenset()
    if not media:
        return people
    told = {m.name for m in people.mentions if m.start in media and m.role is None}
    first_line = text.find("\n")
    dropped = set()
    for name in told:
        if all(m.start in media or m.start < first_line or _credited_medium(text, m.start)
               for m in people.mentions if m.name == name) \
                and not any(p.role for p in people.persons if p.name == name):
            dropped.add(name)
    if not dropped:
        return people
    return replace(people, persons=tuple(p for p in people.persons if p.name not in dropped),
                   mentions=tuple(m for m in people.mentions if m.name not in dropped))


def _credited_medium(text: str, start: int) -> bool:
    """The name closes a credit after a slash ("Foto: Tor Einar Hauge / Kanal Vest")."""
    line = text[text.rfind("\n", 0, start) + 1:start]
    return line.rstrip().endswith("/") and _credit_word().search(line) is not None


@lru_cache(maxsize=1)
def _credit_word() -> re.Pattern[str]:
    return lexicon.phrase_pattern(roles_table()["credit_cues"])


def captions_aside(people: People, blocks: tuple[Block, ...]) -> People:
    """People with the names in photo captions ("Bildetekst: A (t.v.) og B utanfor departementet. Foto: NN")
    set aside as antecedents: a pronoun after a caption points to the person the story named before it
    (to a caption's name only when the story names nobody before it)."""
    spans = caption_spans(blocks) if people.mentions else ()
    if not spans:
        return people
    return replace(people, mentions=tuple(replace(m, aside=True) if inside(spans, m.start) else m
                                          for m in people.mentions))
