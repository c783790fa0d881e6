"""A minister's own talk: the manuscript of a speech a ministry published ("Tale/artikkel |
Dato: ... | Kunnskapsdepartementet" and "Kunnskapsminister NN", "Tale ved statsråd NN på ...").

Such a text speaks for no claimant (`authorship.talk_author`), but the minister who asks the
municipal side to act in it makes a call for action for the ministry, just as in a quotation
(`government_voice.py`): "Eg vil be kommunane om å X", "Jeg ønsker at kommunene Y", "Eg vil
utfordre kommunane til å Z". Its first-person text with no other voice is the minister's, so
the demand pass reads it in the voice `government`, claimant the speaker's ministry. A paragraph
opening with an imperative after a lead-in that announces a count of calls to the municipalities
("Derfor har jeg tre oppfordringer til dere i kommunene:" then "Ta inn flere lærlinger.") is one
of those calls.

The ministry is the one the speaker's mention names (their organisation), else the one their
title names ("kunnskapsminister"), else the first ministry the talk's header lines name.

An opinion piece a member of the government writes ("Svar til KS" signed "NN, statssekretær, Kommunal- og
distriktsdepartementet": `writer_ministry`) is read the same way: its first person is the ministry's ("Alle kommuner
må slutte seg til X", "Jeg vil derfor utfordre KS: Bruk nettverkene deres ...").
"""
from __future__ import annotations

from flows.extract import roles as R
from flows.extract.actors import GOVERNMENT, addressees_in
from flows.extract.document_layout import Layout
from flows.extract.mentions import MentionLayer
from flows.extract.ministry_actors import ministry_aliases
from flows.model import Mention


def _ministry_in(text: str | None) -> str | None:
    """The first ministry a text names (an organisation, a title or a header line)."""
    if not text:
        return None
    names = set(ministry_aliases().values())
    return next((h.name for h in addressees_in(text) if h.name in names), None)


def talk_ministry(layout: Layout, mentions: MentionLayer) -> str | None:
    """The ministry whose minister gives the talk a document's header announces, or None when the
    document is no talk or its speaker speaks for a claimant (see the module docstring)."""
    for line in layout.talk_lines:
        person = mentions.person_in(line)
        if person is None:
            continue
        known = mentions.office(person) or mentions.affiliation(person)
        if known != GOVERNMENT and not R.GOVERNMENT_ROLE().search(line):
            return None  # a claimant's talk (`authorship.talk_author`)
        speaker = next((p for p in mentions.people.persons if p.name == person), None)
        found = (_ministry_in(speaker.organisation) or _ministry_in(speaker.role)) if speaker else None
        return found or _ministry_in(line) or next((m for m in map(_ministry_in, layout.talk_lines) if m), None)
    return None


def writer_ministry(writer: Mention | None) -> str | None:
    """The ministry of an opinion piece's writer who is a member of the government (`document_voice.writer`: the
    byline's person, with their role and organisation), or None."""
    if writer is None or not R.GOVERNMENT_ROLE().search(writer.role or ""):
        return None
    return _ministry_in(writer.organisation) or _ministry_in(writer.role)
