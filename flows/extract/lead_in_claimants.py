"""Who asks in a list's lead-in (read by `lists.lead_in_context`): the bodies in the subject of its verb of saying or
requesting ("I uttalelsen ber storbyene regjeringen:"), a ministry as that subject when it asks someone
("Departementet ber kommunane særleg om å:"), else the first body the lead-in names with those named together with it
("Felles krav frå KS, Fagforbundet og Unio til regjeringa:"), or a body opening it ("Kommunestyret i Nordby gjorde
slikt vedtak:"); and a title whose subject is the government ("Fakta: Dette foreslår departementet"), whose items
are proposals, no demands.
"""
from __future__ import annotations

from flows.extract.actors import MINISTRY, ActorHit, addressees_in, claimants_in
from flows.extract.joint_claimants import groups
from flows.extract.list_cues import asks_someone
from flows.extract.ministry_actors import ministry_aliases
from flows.extract.organisation_names import bodies_named, organisations_in
from flows.extract.speech import speech_subject


def government_title(line: str) -> bool:
    """A title whose subject is the government ("Fakta: Dette foreslår departementet"): its items are proposals."""
    return any(h.name in (MINISTRY, "regjeringen") or h.name in ministry_aliases().values() for h in addressees_in(line))


MINISTRY_SUBJECT_WORDS = 3  # "Departementet", "Kunnskapsdepartementet", "Statsråden i HOD"


def subject_claimants(text: str) -> tuple[str, ...]:
    """Claimants in the subject of a lead-in's verb of saying or requesting, else the first one named."""
    region = speech_subject(text)
    hits = bodies_named(region) if region is not None else []
    if region is not None and not hits and asks_someone(text):  # "Departementet ber kommunane særleg om å:": the
        # ministry asks (MINISTRY: the one the document names, `demand_items`), not the municipalities it asks
        ministry = [h for h in addressees_in(region) if h.name == MINISTRY or h.name in ministry_aliases().values()]
        if ministry and ministry[0].start <= len(region) - len(region.lstrip()) and \
                len(region.split()) <= MINISTRY_SUBJECT_WORDS:  # the subject itself, not a ministry in its clause
            return (ministry[0].name,)
    hits = hits or first_named(text)  # "I brevet ber Nordby kommune om at:": a named body asks
    opening = organisations_in(text)[:1]
    hits = hits or [h for h in opening if h.start == 0]  # "Kommunestyret i Nordby gjorde slikt vedtak:": the body
    return tuple(dict.fromkeys(h.name for h in hits))


def first_named(text: str) -> list[ActorHit]:
    """The first claimant a lead-in names, with the others named together with it ("Felles krav frå KS,
    Fagforbundet og Unio til regjeringa:": all three; joint_claimants.groups)."""
    hits = claimants_in(text)
    if not hits:
        return []
    group = next((g for g in groups(text, tuple(hits)) if g.start == hits[0].start), None)
    return [h for h in hits if group is not None and group.start <= h.start < group.end] or hits[:1]
