"""The occasion's own government body when it is no ministry: the Storting, a county governor, an agency.

GUIDELINES: the counterpart is "the government body KS met". Besides the ministries (`counterpart.py`), the
bodies of `data/state_bodies.yaml` are met:
- `storting_hearing`: a hearing the Storting or one of its committees holds, named in a sentence of the
  occasion ("Då utdannings- og forskingskomiteen heldt open høyring", "Høring i finanskomiteen"): no ministry,
  whichever put forward what the hearing is about, and since round 25 no counterpart (`parliament.counterpart`:
  null; the Storting is no government body, and 17 of the 21 gold hearings have none);
- `storting_committee_met`: KS meets a committee ("møtte finanskomiteen", "møte med helse- og omsorgskomiteen"),
  unless a minister takes part and a ministry is the counterpart so far (the committee and the minister met together:
  the ministry, stop 54);
- `state_body_met`: the occasion's sentence has KS meet a county governor or an agency ("møte med
  statsforvaltaren", "hos Helsedirektoratet"), or makes the body KS's party ("KS og Udir hadde eit møte",
  "Utdanningsdirektoratet møtte KS Vestland": `party_of_ks`), and names no ministry;
- `state_body_guest`: the head or a person of such a body takes part (the guest of a KS county board's
  meeting: "Gjest: statsforvaltar NN, Statsforvaltaren i Nordland") while no ministry does and none is
  otherwise the counterpart.
The occasion's sentences are its evidence sentence, the title and the lead (the first two blocks).
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows import lexicon
from flows.extract import called_off
from flows.extract.actors import addressee_lexicon
from flows.extract.ministry_gazetteer import find_ministries
from flows.model import Mention

Found = tuple[str | None, str]  # (counterpart, rule); a Storting hearing's counterpart may be None (`parliament.counterpart`)


@lru_cache(maxsize=1)
def _data() -> dict:
    return lexicon.load("state_bodies")


def _words(items: list[str]) -> str:
    return lexicon.alternation([str(i) for i in items])


@lru_cache(maxsize=1)
def _committee() -> str:
    """A Storting committee ("justiskomiteen", "helse- og omsorgskomiteen"), as a pattern."""
    fields = _words(_data()["parliament"]["committee_fields"])
    return rf"[\w-]*?(?:{fields})komit[eé](?:en|a|ane|ens)?(?![\w-])"


@lru_cache(maxsize=1)
def _hearing_held() -> re.Pattern[str]:
    """A hearing the Storting holds: "høring i transport- og kommunikasjonskomiteen", "høyring på Stortinget", "Stortingets høring",
    "komiteen heldt open høyring", "open høyring i Stortinget", "komiteen hørte innspill"; not the written round
    ("sendt på høring")."""
    conf = _data()["parliament"]
    body = rf"(?:(?<![\w-])(?:{_words(conf['forms'])})(?![\w-])|{_committee()})"
    hearing = rf"(?<![\w-])(?:{_words(conf['hearing_words'])})(?![\w-])"
    held = _words(conf["holding_verbs"])
    return re.compile(
        rf"{hearing}\s+(?:i|på|for|hos|med)\s+(?:[\w-]+\s+){{0,3}}?{body}"
        rf"|{body}\s+(?:[\w.-]+\s+){{0,5}}?(?:{held})\s+(?:[\w.-]+\s+){{0,5}}?{hearing}"
        rf"|(?<![\w-])(?:{_words(conf['genitive_forms'])})\s+(?:[\w-]+\s+)?{hearing}"
        rf"|(?<![\w-])(?:{_words(conf['compound_hearings'])})(?![\w-])"
        rf"|{body}\s+(?:[\w.-]+\s+){{0,3}}?(?:{_words(conf.get('hearing_verbs') or ['(?!x)x'])})(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _committee_met() -> re.Pattern[str]:
    """KS meeting a committee: "møte med finanskomiteen", "møtte helse- og omsorgskomiteen"."""
    meeting = _words(_data()["parliament"]["meeting_words"])
    return re.compile(rf"(?<![\w-])(?:{meeting})\s+(?:med\s+|i\s+)?(?:[\w-]+\s+){{0,3}}?{_committee()}",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _governor() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{_words(_data()['county_governor']['forms'])})(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _governor_named() -> re.Pattern[str]:
    return re.compile(str(_data()["county_governor"]["named"]))


@lru_cache(maxsize=1)
def _agencies() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """(aliases in capitals, matched as written; the rest, any case; alias -> canonical name)."""
    agencies = {str(k): [str(a) for a in v] for k, v in _data()["agencies"].items()}
    lookup = {a: name for name, forms in agencies.items() for a in (name, *forms)}
    caps = [a for a in lookup if a.upper() == a or any(c.isupper() for c in a[1:])]
    rest = [a for a in lookup if a not in caps]
    return (re.compile(rf"(?<![\w-])(?:{_words(caps)})(?![\w-])"),
            re.compile(rf"(?<![\w-])(?:{_words(rest)})(?![\w-])", re.IGNORECASE),
            {a.casefold(): n for a, n in lookup.items()})


def agency_named(organisation: str) -> str | None:
    """The one name of a state agency that `organisation` is, in any of its row's written forms ("Integrerings- og
    mangfaldsdirektoratet": IMDi; `agencies`), or None."""
    return _agencies()[2].get(" ".join(organisation.split()).casefold())


def full_name(name: str, text: str) -> str:
    """The agency's full name as the text writes it (GUIDELINES: "spelled as the full name"): the longest form
    of its row in `agencies` the text contains ("Integrerings- og mangfaldsdirektoratet (IMDi)"), else `name`."""
    forms = [str(f) for f in (_data()["agencies"].get(name) or ())]
    written = [f for f in forms if re.search(rf"(?<![\w-]){re.escape(f)}(?![\w-])", text)]
    return max(written, key=len) if written and len(max(written, key=len)) > len(name) else name


@lru_cache(maxsize=1)
def _met_before() -> re.Pattern[str]:
    """What puts the body after it at the occasion as the one met ("møte med", "hos")."""
    n = int(_data().get("before_words", 2))
    return re.compile(rf"(?<![\w-])(?:{_words(_data()['met_before'])})\s+(?:[\w-]+\s+){{0,{n}}}$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _party_of_ks() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(KS joined before the body, what follows the body that makes it KS's party, a meeting word): see
    `party_of_ks` in the data."""
    conf = _data().get("party_of_ks") or {}
    ks, tail = str(conf.get("ks_forms") or "KS"), str(conf.get("name_tail") or "")
    joined, verbs = _words(conf.get("joined") or ["og"]), _words(conf.get("met_verbs") or ["møtte"])
    return (re.compile(rf"(?<![\w-]){ks}\s+(?:{joined})\s+(?:[\w-]+\s+){{0,1}}$"),
            re.compile(rf"^{tail}\s+(?:(?:{joined})\s+{ks}(?![\w-])|(?:{verbs})\s+{ks}(?![\w-]))"),
            re.compile(str(conf.get("party_meeting") or r"(?!x)x"), re.IGNORECASE))


def _party_of_ks_at(sentence: str, start: int, end: int) -> bool:
    """The body at `sentence[start:end]` is KS's party in the occasion: joined to KS ("KS og Udir hadde eit møte",
    "Statsforvaltaren i Nordland og KS Nordland") or meeting it ("Udir møtte KS Vestland"), in a meeting's sentence."""
    before, after, meeting = _party_of_ks()
    return meeting.search(sentence) is not None and (
        before.search(sentence[:start]) is not None or after.match(sentence[end:]) is not None)


def _storting_held(sentence: str) -> str | None:
    """The rule when the sentence has the Storting hold a hearing or KS meet one of its committees."""
    if _hearing_held().search(sentence):
        return "storting_hearing"
    if _committee_met().search(sentence):
        return "storting_committee_met"
    return None


def _bodies_met(sentence: str, text: str, language: str) -> list[str]:
    """The county governors and agencies the sentence has KS meet (after `met_before`)."""
    out: list[str] = []
    caps, rest, lookup = _agencies()
    for match in (*caps.finditer(sentence), *rest.finditer(sentence), *_governor().finditer(sentence)):
        if not _met_before().search(sentence[:match.start()]) and \
                not _party_of_ks_at(sentence, match.start(), match.end()):
            continue
        if _governor().fullmatch(match.group(0)):
            out.append(governor_name(sentence[match.start():], text, language))
        else:
            name = lookup.get(match.group(0).casefold())
            if name and name != "Statsforvalteren":
                out.append(full_name(name, text))
            elif name:
                out.append(governor_name(sentence[match.start():], text, language))
    return out


@lru_cache(maxsize=1)
def _host() -> re.Pattern[str]:
    conf = _data().get("party_of_ks") or {}
    verbs = _words(conf.get("host_verbs") or ["(?!x)x"])
    return re.compile(rf"^{conf.get('name_tail') or ''}\s+(?:{verbs})\s+(?:[\w-]+\s+){{0,2}}?{conf.get('party_meeting')}",
                      re.IGNORECASE)


def _held_by(sentences: tuple[str, ...], text: str, language: str) -> str | None:
    """The first county governor of `sentences` that holds the occasion or is KS's party in it (`_bodies_holding`)."""
    return next((b for sentence in sentences for b in _bodies_holding(sentence, text, language)), None)


def _bodies_holding(sentence: str, text: str, language: str) -> list[str]:
    """The county governors the sentence has hold the occasion ("Statsforvaltaren inviterte til ordførarmøtet") or
    meet KS as its party ("Statsforvaltaren i Nordland og KS Nordland heldt dialogmøte")."""
    return [governor_name(sentence[m.start():], text, language) for m in _governor().finditer(sentence)
            if _host().match(sentence[m.end():]) or _party_of_ks_at(sentence, m.start(), m.end())]


@lru_cache(maxsize=1)
def _counties() -> tuple[str, ...]:
    return tuple(str(c) for c in lexicon.load("actors")["counties"])


def governor_name(near: str, text: str, language: str, window: int = 80, county_of_text: bool = True) -> str:
    """The county governor as the text names it with its county ("Statsforvaltaren i Nordland"): in the first
    `window` characters of `near` (the text from the mention on) first, else anywhere in the text, else (with
    `county_of_text`) the office in the document's language with the one county the text names, else the
    office alone. The occasion's counterpart and the demand's addressee (`governor_addressee.py`) both call it."""
    for where in (near[:window], text):
        found = _governor_named().search(where)
        if found and found.group("county") in _counties():
            office = found.group("office")
            return f"{office[0].upper()}{office[1:]} i {found.group('county')}"
    office = str(_data()["county_governor"]["office"]["nn" if language == "nn" else "nb"])
    if not county_of_text:
        return office
    named = [c for c in _counties() if re.search(rf"(?<![\w-]){re.escape(c)}(?![\w-])", text)]
    named = [c for c in named if not any(c != o and c in o for o in named)]  # "Troms og Finnmark", not "Troms"
    return f"{office} i {named[0]}" if len(named) == 1 else office


def letterhead_body(text: str) -> str | None:
    """The county governor (with its county) or the agency whose letterhead heads the text, alone on its first line
    ("Statsforvaltaren i Vestland" over its department and the addressee's postal address): the body that writes up a
    meeting it held with the municipality ("Oppsummering frå møtet"), its counterpart when no ministry is one, and the
    sender of the letter (`authorship.letterhead`)."""
    first = text.lstrip().split("\n", 1)[0].strip()
    if not first or len(first.split()) > LETTERHEAD_WORDS:
        return None
    named = _governor_named().fullmatch(first)
    if named and named.group("county") in _counties():
        return governor_name(first, first, "nb")
    caps, rest, lookup = _agencies()
    if caps.fullmatch(first) or rest.fullmatch(first):
        name = lookup.get(first.casefold())
        return full_name(name, first) if name and name != "Statsforvalteren" else None
    return None


LETTERHEAD_WORDS = 6


def _guest_body(person: Mention, text: str, language: str) -> str | None:
    """The state body a participant stands for: a county governor by role, an agency by its head's title
    ("Helsedirektør NN": the title names one agency, whatever organisation the sentence puts near it) or by
    organisation."""
    role, organisation = (person.role or "").casefold(), person.organisation or ""
    if role and _governor().fullmatch(role) or _governor().match(organisation):
        return governor_name(text[text.find(person.name):] if person.name in text else "", text, language)
    name = _heads().get(role) or _agencies()[2].get(organisation.casefold())
    return full_name(name, text) if name and name != "Statsforvalteren" else None


@lru_cache(maxsize=1)
def _heads() -> dict[str, str]:
    """An agency's head by title alone ("helsedirektør NN"): title -> the agency (`agency_heads`)."""
    return {str(t).casefold(): str(n) for n, titles in (_data().get("agency_heads") or {}).items() for t in titles}


def headed_agency(role: str) -> str | None:
    """The agency a title names its head of ("riksarkivar": Arkivverket, `agency_heads`), or None."""
    return _heads().get(role.casefold())


@lru_cache(maxsize=1)
def _state_side() -> re.Pattern[str]:
    """A ministry or the government named without its name ("møtet med IMDi og departementet"): a party beside the
    body (`state_side_words` in `data/state_bodies.yaml`, each a regular expression of one word)."""
    words = "|".join(str(w) for w in _data()["state_side_words"])
    return re.compile(rf"(?<![\w-])(?:{words})(?![\w-])", re.IGNORECASE)


def may_meet(meeting_type: str) -> bool:
    """Whether an occasion of this type may have a body of this table as its counterpart: a consultation
    (`not_for_types`) is held between the government and the municipal sector, so a committee or an agency
    that the text names beside it (a hearing the same week, a visit the day before) is another occasion's."""
    return meeting_type not in frozenset(str(t) for t in _data().get("not_for_types") or ())


def occasion_body(occasion: tuple[str, ...], text: str, language: str, participants: tuple[Mention, ...],
                  ministry_people: bool, counterpart: str | None, ministers: bool = True,
                  opening: tuple[str, ...] = ()) -> Found | None:
    """(body, rule) when the occasion's own government body is no ministry (see the module docstring), else
    None. `occasion`: the evidence sentence, the title and the lead; `ministry_people`: a participant stands
    for a ministry; `counterpart`: the ministry or `regjeringen` decided so far; `ministers`: a minister takes part.
    A ministry that sent staff only (a state secretary as a guest) leaves the body that holds the occasion or is KS's
    party in it (`_bodies_holding`, in the occasion's sentences or the `opening` of the text) its counterpart."""
    if "komit" in text.casefold() or "storting" in text.casefold():
        for sentence in occasion:
            rule = _storting_held(sentence)
            if rule == "storting_committee_met" and ministers and counterpart not in (None, "regjeringen"):
                break  # "møtte kommunal- og forvaltningskomiteen og kommunal- og distriktsministeren": the minister's
            if rule is not None:
                held = _data()["parliament"].get("counterpart", _data()["parliament"]["name"])
                return (str(held) if held else None), rule
    own = _bodies_met(occasion[0], text, language) if occasion and ministry_people else []
    if own and not find_ministries(called_off.without_called_off(occasion[0], text)) \
            and not _state_side().search(occasion[0]):
        return own[0], "state_body_met"  # "KS møtte i dag Statsforvaltaren i X": a minister heard elsewhere is no party
    if ministry_people:
        if ministers:
            return None
        held = _held_by(occasion + opening, text, language)
        return (held, "state_body_host") if held else None
    for sentence in occasion:
        met = _bodies_met(sentence, text, language)
        if met and not find_ministries(called_off.without_called_off(sentence, text)) \
                and not (counterpart is not None and _state_side().search(sentence)):  # not the one called off,
            return met[0], "state_body_met"  # nor "møte med Husbanken og departementet" with a ministry found
    if counterpart is not None:
        return None
    held = _held_by(occasion + opening, text, language)
    if held:
        return held, "state_body_host"
    sender = letterhead_body(text)
    if sender:
        return sender, "state_body_letterhead"
    guests = list(dict.fromkeys(filter(None, (_guest_body(p, text, language) for p in participants))))
    return (guests[0], "state_body_guest") if len(guests) == 1 else None
