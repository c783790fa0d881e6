"""Which organisations take part in the occasion a text reports, and who speaks apart from it.

A news text often quotes people who were not at the meeting: a union reacting in a later
paragraph, a researcher, another association. The parties to the occasion are KS and its
bodies, the government and state bodies, municipalities, and the organisations the occasion's
own sentences name (the title, the lead, the sentences with a meeting cue and the attendance
sentences), less those the text says were absent ("Forbundet ble ikke invitert"). A speaker who
speaks for another organisation stands apart (`stands_apart`) and is no participant.
State bodies are data (`party_patterns` in `data/state_bodies.yaml`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from flows import lexicon
from flows.extract.absence import absent_spans
from flows.extract.actors import generic_claimants
from flows.extract.actor_words import is_party
from flows.extract.organisation_names import organisations_in
from flows.extract.counterpart import ministry_names
from flows.extract.participant_details import pattern_data
from flows.extract.roles import is_government_role, is_municipal_role
from flows.model import Mention, Sentence


@lru_cache(maxsize=1)
def _state_bodies() -> re.Pattern[str]:
    items = lexicon.load("state_bodies")["party_patterns"]
    return re.compile("|".join(f"(?:{p})" for p in items), re.IGNORECASE)


@dataclass(frozen=True)
class Occasion:
    """What the text says of the occasion: the organisations its sentences name (`parties`,
    canonical names) and those sentences' words (`text`)."""

    parties: frozenset[str]
    text: str
    absent: frozenset[str] = frozenset()
    open_floor: bool = False  # every organisation that speaks takes part (a hearing), but those said to be absent
    own_session: bool = False  # a body's own session: KS takes part only when `core` names it
    core: str = ""  # the occasion's own sentences: the title, the lead and the evidence sentence
    attending: str = ""  # the sentences that place persons at the occasion (attendance cues)


def absent_organisations(sentences: tuple[Sentence, ...]) -> frozenset[str]:
    """Organisations a sentence says did not take part ("Forbundet ble ikke invitert", "LO
    deltok ikke i møtet")."""
    out: set[str] = set()
    for sentence in sentences:
        hits = organisations_in(sentence.text)
        spans = [(sentence.start + h.start, sentence.start + h.end) for h in hits]
        for i in absent_spans(spans, sentence.start, sentence.text):
            out.add(hits[i].name)
    return frozenset(out)


def occasion_parties(texts: tuple[str, ...], sentences: tuple[Sentence, ...] = (), open_floor: bool = False,
                     own_session: bool = False, core: tuple[str, ...] = (),
                     attending: tuple[str, ...] = ()) -> Occasion:
    """The organisations the occasion's own sentences (title, lead, cue and attendance
    sentences) name, less those the text says were absent: they take part, and so may their
    speakers. `open_floor`: every organisation that speaks there takes part (a hearing), but the absent.
    `own_session`: the occasion is a body's own session; `core`: its title, lead and evidence sentence;
    `attending`: the attendance sentences."""
    named = {h.name for t in texts for h in organisations_in(t)}
    absent = absent_organisations(sentences)
    return Occasion(frozenset(named - absent), "\n".join(texts), absent, open_floor, own_session, "\n".join(core),
                    "\n".join(attending))


def stands_apart(person: Mention, affiliation: str | None, occasion: Occasion) -> bool:
    """The person speaks for an organisation that is no party to the occasion: not KS or a KS
    body, not the government or a state body, not a municipality, not one the occasion's
    sentences name; or for one the text says was absent."""
    parties = occasion.parties
    if party_politician_apart(person, affiliation, occasion):
        return True
    organisation = None if is_party(person.organisation) else person.organisation
    if organisation is None and affiliation and not affiliation.startswith("__"):
        organisation = affiliation
    if organisation is None or (person.role and (is_government_role(person.role)
                                                 or is_municipal_role(person.role))):
        return False
    hits = organisations_in(organisation)
    if not hits and not organisation[:1].isupper():
        return False  # "fylkesstyret", "regionrådet": a body described, not named
    name = hits[0].name if hits else organisation
    if occasion.own_session and re.match(r"KS(?![\w-])", name):
        return not re.search(r"(?<![\w-])KS(?![\w-])", occasion.core)  # a council's session: KS comments on it
    if re.match(r"KS(?![\w-])", name) or name in generic_claimants() or name in ministry_names() \
            or is_government_role(name) or _state_bodies().search(name):
        return False
    if name in occasion.absent:
        return True  # "Fagforbundet ble ikke invitert": its leader's later quote is no attendance
    if occasion.open_floor:
        return False  # a hearing: every organisation heard took part
    if any(name == p or name.startswith(p + " ") or organisation.startswith(p) for p in parties) \
            or re.search(rf"(?<![\w-]){re.escape(organisation)}(?![\w-])", occasion.text):
        return False  # "Fagforbundet Vestland" where the occasion names "Fagforbundet"
    # (an inter-municipal company or a municipal enterprise is the municipalities' own: "Mjøsanett IKS", "Nordby KF")
    return not re.search(r"(?<![\w-])(?:kommune|fylkeskommune|kommunen|fylkeskommunen|regionråd|regionrådet|(?-i:IKS|KF))$",
                         name, re.IGNORECASE)  # (a regional council is the municipalities' own too: "Sogn regionråd")


@lru_cache(maxsize=1)
def _politician_roles() -> frozenset[str]:
    return frozenset(str(r).casefold() for r in pattern_data().get("party_politician_roles") or ())


def party_politician_apart(person: Mention, affiliation: str | None, occasion: Occasion) -> bool:
    """A politician the text knows only by office and party ("Stortingsrepresentant NN (Rødt)", "opposisjonsleiar
    NN (Frp)": `party_politician_roles`) speaks for no party to the occasion: a reaction in a later paragraph,
    also one that judges the occasion ("mener besøket var for syns skyld"), unless the occasion's own sentences
    (`Occasion.core` and `attending`: the title, the lead, the evidence and the attendance sentences, not every
    sentence with a cue) name them (a debate's panel) or every speaker there takes part (a hearing)."""
    if not person.role or person.role.casefold() not in _politician_roles() or occasion.open_floor:
        return False
    if not is_party(person.organisation) or (affiliation and not affiliation.startswith("__")
                                             and not is_party(affiliation)):
        return False
    surname = person.name.split()[-1]
    return not re.search(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", f"{occasion.core}\n{occasion.attending}")


@lru_cache(maxsize=1)
def _union_representative() -> re.Pattern[str]:
    return re.compile(str(pattern_data()["union_representative"]), re.IGNORECASE)


def union_affiliations(affiliations: dict[str, str | None], mentions: tuple[tuple[str, int], ...],
                       text: str) -> dict[str, str | None]:
    """`affiliations` with each union representative speaking for the union the words before their first mention
    name ("Hovudtillitsvald for NSF i Nordvik kommune, NN": NSF, not the municipality they work in); `mentions`:
    (name, start) of the person mentions in order."""
    out = dict(affiliations)
    seen: set[str] = set()
    for name, start in mentions:
        if name in seen:
            continue
        seen.add(name)
        before = text[max(0, start - 90):start]
        found = None
        for found in _union_representative().finditer(before):
            pass
        if found is not None and re.fullmatch(r"[^.!?\n]*?,?\s*", before[found.end():]):
            out[name] = found.group("org")
    return out
