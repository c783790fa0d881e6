"""Whose words a sentence holds: a claimant quoted, reported, or named as subject.

A sentence is in a claimant's voice when it lies inside a Statement of a
claimant's representative (direct: in_quote), inside a dash quotation whose
attribution names one (fallback when no Statement covers it; also
organisation-attributed quotes, decision 11), or when its subject is a claimant
or a claimant's representative with a verb of saying, thinking or requesting.
Government speakers (ministers, state secretaries) never give a claimant voice.
Persons are looked up in the mention layer: whom a person speaks for is the KS
body the text says they act for, else their affiliation.
"""
from __future__ import annotations

import re
from functools import lru_cache
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from flows import lexicon
from flows.extract import roles as R
from flows.extract.asked import RULE as QUESTION_RULE
from flows.extract.actors import GOVERNMENT, MINISTRY, addressees_in, claimants_in, generic_claimants
from flows.extract.ministry_actors import ministry_aliases
from flows.extract.actor_words import claimant_pointers, is_party, party_claimant
from flows.extract.speaker_claimant import claimant_of, county_office, ks_office
from flows.extract.organisation_names import organisations_in
from flows.extract.cue_patterns import cue_words
from flows.extract.home_body import capitalised, is_council
from flows.extract.joint_claimants import Group, group_before, pointed
from flows.extract.mentions import MentionLayer
from flows.extract.list_cues import MATTERS
from flows.extract.speech import PRONOUNS
from flows.model import Block, Sentence, Statement

NEED = re.compile(r"(?i)\bbehov")


@dataclass(frozen=True)
class Voice:
    claimants: tuple[str, ...]
    in_quote: bool
    statement: tuple[int, int] | None
    rule: str


def speaks_for(mentions: MentionLayer, name: str) -> str | None:
    """The claimant (or GOVERNMENT) a person speaks for: their KS office, else their affiliation (a KS county
    body's office under plain KS: that body, `county_office`)."""
    said = mentions.person(name)
    return county_office(mentions.office(name) or mentions.affiliation(name), said.role if said else None,
                         mentions.organisations)


def _ministry_subject(region: str) -> bool:
    """The region opens with a ministry, named or pointed to ("Helse- og omsorgsdepartementet", "Departementet"; the
    gazetteer's ministries and `ministry_pointers`)."""
    ministries = set(ministry_aliases().values()) | {MINISTRY}
    return any(h.name in ministries and not region[:h.start].strip(" –—-«»\"") for h in addressees_in(region))


COORDINATED_END = re.compile(r",?\s+(?:men|og)\s*$")  # a region ending where a second predicate begins
CONTENT_CLAUSE = re.compile(r"\s(?:om\s+)?at\s")  # "... om at X", "... at X": a content clause


def resolve(region: str, mentions: MentionLayer, last: str | None, named: str | None = None) -> str | None:
    """Claimant (or GOVERNMENT) a subject or attribution region refers to: a pronoun refers to
    the last speaker (`last`), "Organisasjonen" to the organisation named last (`named`)."""
    if COORDINATED_END.search(region):  # "Hovedstyret slutter opp om at kommunene X, men [krever]": the subject of
        region = CONTENT_CLAUSE.split(region, 1)[0]  # the first predicate, not one inside its content clause
    first = region.split()[0].casefold().strip(",") if region.split() else ""
    if first in PRONOUNS:
        return last
    if first in claimant_pointers():
        return named or last
    if first in _WE and mentions.owner is not None:  # "Vi bad om at X" in a municipality's case paper: its own
        return mentions.owner
    if first in _singular("singular_municipal"):  # "Kommunen meiner X bør Y": the one municipality the text names as a body
        return _one_body(mentions, " kommune")
    if first in _singular("singular_county"):  # "Fylkeskommunen meiner X bør Y": the one county council the text names
        return _one_body(mentions, " fylkeskommune")
    hits = claimants_in(region)
    if hits and last and last.startswith(hits[0].name + " ") and region[hits[0].end:hits[0].end + 1] == "-":
        return last  # "KS-fylkesleiaren": the speaker of the county board named before (decision 8)
    gov = R.GOVERNMENT_ROLE().search(region)
    if gov and (not hits or gov.start() < hits[0].start):
        return GOVERNMENT
    if not hits and _ministry_subject(region):
        return GOVERNMENT  # "Departementet oppmoda KS om å ...", "Kunnskapsdepartementet ber kommunane ...
    if hits:
        return hits[0].name
    acronym = region.split()[0].strip(",") if region.split() else ""
    if acronym in mentions.acronyms:
        return mentions.acronyms[acronym]  # "krev LVK at": the body the text spelled out
    person = mentions.person_in(region)
    bodies = organisations_in(region)
    if bodies and (person is None or bodies[0].start <= region.find(person.split()[-1])):  # "Nordby kommune": a place, not a surname
        return bodies[0].name  # "Nordby kommune ber ...", "Utdanningsforbundet krev ...": the body that asks
    if person is not None:  # "Ordfører Kari Nordmann": whom the document says she speaks for
        known = speaks_for(mentions, person)
        said = mentions.person(person)
        party = party_claimant(said.organisation, said.role) if said and known != GOVERNMENT \
            and not mentions.office(person) else None
        return party or known or mentions.principal
    return None


_WE = frozenset({"vi", "me"})


@lru_cache(maxsize=None)
def _singular(key: str) -> frozenset[str]:
    """The words for one municipality or one county council (`singular_municipal`, `singular_county` in actors.yaml,
    read by one_municipality.py for the addressee too)."""
    return frozenset(str(w).casefold() for w in lexicon.load("actors").get(key) or ())


def _one_body(mentions: MentionLayer, kind: str) -> str | None:
    """The municipality (`kind` " kommune") or county council (" fylkeskommune") a text names as a body ("Øksnes
    kommune"), when it names one; the document's own when its letterhead or site names one (`principal`)."""
    if mentions.principal.endswith(kind):
        return mentions.principal
    named = {o.name for o in mentions.organisations if o.name.endswith(kind)}
    return named.pop() if len(named) == 1 else None


def _titled_speaker(sentence: Sentence, region: str, mentions: MentionLayer) -> str | None:
    """The claimant of the person a definite title opening the subject refers back to ("Fylkesleiaren, som til dagleg er
    ordførar i Fjaler, la fram tre krav": the county leader named before; the mention layer's title mentions), else
    None."""
    at = sentence.text.find(region)
    if at < 0 or region[:1].islower():
        return None
    start = sentence.start + at + len(region) - len(region.lstrip())
    title = next((m for m in mentions.people.mentions if m.kind == "title" and m.start == start and not m.embedded), None)
    return (speaks_for(mentions, title.name) or mentions.principal) if title is not None else None


def _names_someone(region: str, mentions: MentionLayer) -> bool:
    """True when a region names an organisation, a person or a pronoun for one."""
    first = region.split()[0].casefold().strip(",") if region.split() else ""
    return bool(first in PRONOUNS or first in claimant_pointers() or organisations_in(region)
                or mentions.person_in(region) or R.GOVERNMENT_ROLE().search(region))


def all_claimants(region: str) -> tuple[str, ...]:
    """Coordinated claimants of a subject ("Både KS og Legeforeningen", "KS, Unio og Fagforbundet", "KS og Norsk Vann"):
    the claimants joined to the first one by "og" or commas only; a claimant named in a clause
    before ("Kommunene har fått ..., og KS minnet om") is no part of the subject."""
    hits = claimants_in(region)
    if not hits:
        return ()
    named = organisations_in(region)  # "KS og Norsk Vann ber ...": an association no gazetteer knows joins too
    hits = named if len(named) > len(hits) and all(any(h == n for n in named) for h in hits) else hits
    names = [hits[-1].name]
    for before, after in zip(reversed(hits[:-1]), reversed(hits[1:])):
        if not re.fullmatch(r"\s*(?:,|og|og\s+også|samt)\s*|\s*,\s*", region[before.end:after.start]):
            break
        names.insert(0, before.name)
    return tuple(dict.fromkeys(names))


def statement_voice(sentence: Sentence, statements: tuple[Statement, ...], mentions: MentionLayer,
                    homes: Mapping[str, str] | None = None,
                    descriptions: Mapping[str, tuple[str, str]] | None = None) -> Voice | None:
    """Voice from the Statement covering most of the sentence, if any. A speaker without an
    organisation speaks for whom the document says (their office or affiliation), else for KS;
    a local leader without one speaks for their municipality or county (`homes`, home_body.py); one the
    document places nowhere else speaks for the organisation the description before their name gives
    (`descriptions`, speaker_organisations.described_organisation: "klinikkdirektør ved Nordby sjukehus, NN")."""
    best: tuple[int, Statement] | None = None
    for st in statements:
        overlap = min(st.end, sentence.end) - max(st.start, sentence.start)
        if overlap > 0 and (best is None or overlap > best[0]):
            best = (overlap, st)
    inside = best is not None and best[1].kind == "indirect" and sentence.start <= best[1].start \
        and best[1].end <= sentence.end  # reported content after a long subject ("Styreleder i KS, NN, minnet om at ...")
    if best is None or (best[0] < (sentence.end - sentence.start) * 0.4 and not inside):
        return None
    st = best[1]
    if st.rule == QUESTION_RULE:  # "NN spurte KS om kommunane ikkje burde ...": a yes/no question asks for nothing
        return Voice((), False, None, "question")
    organisation = st.speaker.organisation
    if organisation and is_council(organisation):  # "leiar i ungdomsrådet, NN": the council, placed later (council_home)
        organisation = capitalised(organisation)
    if is_party(organisation) or not (organisation or "")[:1].isupper():
        organisation = None  # a party, or a unit written in lower case ("leder for seksjon helse"): whom the text says
    known = speaks_for(mentions, st.speaker.name) if organisation is None else None
    role = st.speaker.role
    described = (descriptions or {}).get(st.speaker.name)
    title = described[0] if described else None
    described = described if described and described[1] else None
    same = claimants_in(described[1]) if described else []
    if same and same[0].name in (known, organisation):
        described = None  # "Leiar i Legeforeninga, NN": the organisation the mention layer found, as it names it
    used = bool(described) and (organisation is None or described[1].endswith(" " + organisation))  # type: ignore[index]
    if used:
        role, organisation, known = role or described[0], described[1], None  # "klinikkdirektør ved Nordby sjukehus, NN"
    claimant = claimant_of(organisation or (known if known != GOVERNMENT else None), role, mentions.principal)
    if used and claimant == mentions.principal and organisation != claimant:
        claimant = organisation  # "leiar for PP-tenesta i Nordby, NN": the service as written
    held = mentions.office(st.speaker.name)
    home = (homes or {}).get(st.speaker.name) if organisation is None and not held else None
    if home and (claimant is None or claimant == mentions.principal or claimant.startswith("KS")):
        claimant = home  # "ordfører NN (Sp)" in an article about Nordby: Nordby kommune, not KS nor the party
    other = bool(claimant and claimants_in(claimant)) and not (claimant or "").startswith("KS")
    if held and claimant != GOVERNMENT and not other:
        claimant = held  # a mayor on a KS board speaks for KS, not for the municipality (nor a party)
    claimant = county_office(claimant, role or title, mentions.organisations)  # "fylkesstyreleiar NN": KS Nordby
    written = described[1] if described and is_party(described[1]) else st.speaker.organisation  # "Høyres talsperson, NN"
    party_role = st.speaker.role or title
    if not is_party(written) and _committee(st.speaker.organisation) and st.speaker.name in mentions.parties:
        written, party_role = mentions.parties[st.speaker.name], "komitemedlem"  # "Nestleder i kommunal- og
        # forvaltningskomiteen, NN (SV)": a member of a Storting committee speaks for the party
    party = party_claimant(written, party_role) if claimant != GOVERNMENT and not held else None
    if party is None and not (st.speaker.role or title) and not held and not home and claimant == mentions.principal \
            and is_party(written) and known is None:
        party = (written or "").strip(" ()")  # "NN (SV) meinte at X": a representative with only a party speaks for it
    claimant = party or claimant  # "stortingsrepresentant NN (SV)": the party, not the article's organisation
    if claimant == GOVERNMENT:
        return Voice((), st.kind == "direct", None, "government")
    direct = st.kind == "direct"
    return Voice((claimant or mentions.principal,), direct, (st.start, st.end) if direct else None, f"statement_{st.kind}")


def _named_in_words(voice: Voice, region: str, sentence: str = "") -> Voice:
    """A sentence in someone's words whose own verb of requesting has an organisation as subject
    ("– KS forventer at ...", said by a county board's leader) speaks for that organisation; a
    group ("kommunene") or a person's words ("sa ho") leave the speaker's organisation, and so does
    an organisation named in a fronted condition ("– Viss KS vil ha folk, må dei ...": the one asked)."""
    at = sentence.find(region) if region else -1
    first = region.split()[0].casefold() if region and region.split() else ""
    if first in {w.casefold() for w in cue_words("fronted_conditions")} or (at > 0 and _condition_before(sentence[:at])):
        return voice
    named = [n for n in all_claimants(region) if n not in generic_claimants()]
    if len(named) != 1 or named[0] == voice.claimants[0] or len(region.split()) > 4:
        return voice
    return replace(voice, claimants=(named[0],))


@lru_cache(maxsize=1)
def _condition() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(cue_words("fronted_conditions"), key=len, reverse=True))
    return re.compile(rf"(?i)(?:^|[\s(«\"–-])(?:{words})\s+(?:[\w'-]+\s+){{0,2}}$")


def _condition_before(text: str) -> bool:
    """True when a text ends in a subordinator opening a condition ("Hvis", "Dersom", "Viss") a few words back."""
    return bool(_condition().search(text))


def _someone_else(region: str | None, mentions: MentionLayer) -> bool:
    """True when a sentence names who speaks or asks and it is not the author in the first person
    ("Ministeren sa at ...", "Dei ber om ..."; not "Vi i KS meiner ...", nor the author's own board,
    "Fylkesstyret meiner ...", `own_bodies`): such a sentence is not in the author's voice."""
    words = [w.casefold().strip(",") for w in region.split()] if region else []
    own = {w.casefold() for w in cue_words("speaker_pronouns")}
    if words and words[0] in {w.casefold() for w in cue_words("own_bodies")}:
        return False  # "Fylkesstyret meiner ...": the author's own board, in the author's document
    return bool(words) and words[0] not in own and words[-1] not in own and _names_someone(region or "", mentions)


def _pointed_group(sentence: Sentence, region: str, joint: tuple[Group, ...]) -> tuple[str, ...]:
    """The organisations named together before a subject that points back at them ("dei",
    "partane", "..., ber dei to organisasjonane om"), or ()."""
    at = max(0, sentence.text.find(region))
    kind = pointed(region, sentence.text[at + len(region):])
    return group_before(joint, sentence.start + at, kind) if kind else ()


@dataclass(frozen=True)
class VoiceState:
    """What the demand pass carries from sentence to sentence."""

    last: str | None = None  # the claimant whose words came last (a pronoun's voice)
    named: str | None = None  # the claimant named last ("KS ... Forbundet krever ...")


@dataclass(frozen=True)
class Where:
    """Where a sentence stands: in a dash quotation (and whose), in slides, under a byline."""

    in_quote: bool
    quote_speaker: str | None
    slides: bool
    writer: str | None  # the author's organisation in slides
    byline: str | None  # the author's organisation of a document an organisation wrote (authorship.py)
    principal: str  # the document's principal claimant
    homes: Mapping[str, str] = field(default_factory=dict)  # local leader -> their municipality or county
    author_rule: str = "byline"  # the voice of the author's words: `byline` (talk, opinion piece) or `letter`
    joint: tuple[Group, ...] = ()  # organisations named together in the document (joint_claimants.py)
    cosigners: tuple[str, ...] = ()  # the other organisations a joint letter or statement is sent by
    descriptions: Mapping[str, tuple[str, str]] = field(default_factory=dict)  # speaker -> (role, organisation) before the name


def sentence_voice(sentence: Sentence, where: Where, region: str | None, statements: tuple[Statement, ...],
                   mentions: MentionLayer, state: VoiceState) -> tuple[Voice | None, bool, VoiceState]:
    """(voice, in a list of matters, the state after the sentence). The voice rules, in order:
    a statement covering the sentence (`statement_direct`/`statement_indirect`), the dash
    quotation it stands in (`dash_quote`), slides (`slide`), a sentence of matters raised
    (`matters`), a claimant or its representative as subject of a verb of saying or requesting
    (`reported`; `region`: the words naming the subject of its verb of saying or requesting, from
    the attribution layer), the author of a talk or opinion piece (`byline`) or of a letter,
    hearing response or statement (`letter`). A new voice rule goes in this order."""
    voice = statement_voice(sentence, statements, mentions, where.homes, where.descriptions)
    if voice is not None and voice.claimants and region is not None:
        voice = _named_in_words(voice, region, sentence.text)
    if voice is not None and voice.rule == "statement_indirect":
        voice = _cited_request(voice, sentence.text)
    matters = False
    last, named = state.last, state.named
    speaker = region
    if voice is None and where.in_quote and where.quote_speaker:
        if where.quote_speaker != GOVERNMENT:
            voice = Voice((where.quote_speaker,), True, None, "dash_quote")
    elif voice is None and where.slides and where.writer:
        voice = Voice((where.writer,), False, None, "slide")
    elif voice is None:
        matters = bool(MATTERS().search(sentence.text)) and bool(NEED.search(sentence.text))
        if matters:
            claims = tuple(dict.fromkeys(h.name for h in claimants_in(sentence.text))) or (where.principal,)
            voice = Voice(claims[:1], False, None, "matters")
        elif region is not None:
            parts = re.split(r",\s*(?:og|men|så|mens)\s+", region)
            region = parts[-1] if len(parts) == 1 or _names_someone(parts[-1], mentions) else parts[0]
            # "X har fått ..., og KS minnet om": KS; "skriver laget i ei fråsegn, og krev": laget
            claims = all_claimants(region)
            single = resolve(region, mentions, last, named) or _titled_speaker(sentence, region, mentions)
            who = claims if len(claims) > 1 else ((single,) if single else ())
            if len(claims) < 2 and where.joint:  # "I brevet ber dei om ...": the organisations named together before
                who = _pointed_group(sentence, region, where.joint) or who
            if who:
                last = who[0]
                if who[0] != GOVERNMENT:
                    voice = Voice(who, False, None, "reported")
    elif voice.claimants:
        last = voice.claimants[0]
    if voice is None and where.byline and not matters and not _someone_else(speaker, mentions):
        voice = Voice((where.byline, *where.cosigners), False, None, where.author_rule)  # an organisation's own words
    named = ([h.name for h in organisations_in(sentence.text) if h.name not in generic_claimants()] or [named])[0]
    # the subject comes first; "organisasjonen" points to one organisation, not to a group ("kommunene")
    return voice, matters, VoiceState(last, named)


def _committee(organisation: str | None) -> bool:
    """A committee of the Storting as a speaker's organisation ("kommunal- og forvaltningskomiteen")."""
    low = (organisation or "").casefold()
    endings = tuple(str(w) for w in lexicon.load("actors").get("committee_endings") or ())
    return bool(endings) and low.endswith(endings) and not low.startswith(("ks", "kommunestyret"))


@lru_cache(maxsize=1)
def _cited_request_verb() -> re.Pattern[str]:
    """The perfect of a request after its subject ("KS i fleire år har bede", `cited_request_participles`)."""
    participles = lexicon.alternation(cue_words("cited_request_participles"))
    return re.compile(rf"\s+(?:[\wæøå-]+\s+){{0,4}}?(?:har|hadde)\s+(?:[\wæøå-]+\s+){{0,2}}?(?:{participles})(?![\w-])",
                      re.IGNORECASE)


def _cited_request(voice: Voice, sentence: str) -> Voice:
    """A speaker who cites an organisation's request ("Ho viste til at KS i fleire år har bede om at X"): the request
    is the organisation's, not the speaker's (or their party's)."""
    for hit in claimants_in(sentence):
        if hit.name not in generic_claimants() and re.search(r"(?<![\w-])at\s+$", sentence[:hit.start]) \
                and _cited_request_verb().match(sentence, hit.end):
            return replace(voice, claimants=(hit.name,))
    return voice
