"""The municipality or county a local leader speaks for, when the text does not say it next to
the leader's name in the way the mention layer reads ("ordfører Kari Nordmann (Sp)").

A mayor, chief executive or county mayor speaks for their own municipality or county, not for
KS nor for their party (GUIDELINES: claimant is "the organisation the demand is made for").
The place is found, in order of how directly the text ties it to the person:

1. the role and the place next to the person's name: "ordfører i Nordby Kari Nordmann", "Kari Nordmann, ordførar i Nordby";
2. the role in the definite form with a place, anywhere in the text ("Ordføreren i Nordby sier", "Nordby-ordføraren"),
   unless step 1 ties that place to another speaker;
3. the nearest body of the role's kind ("Nordby kommune", "Sørland fylkeskommune") or a
   sentence-opening "I Nordby" earlier in the same paragraph as the person's first mention; for a
   municipal leader, else the one municipality (`municipalities` in actors.yaml) that paragraph names;
4. the one body of the role's kind the whole document names;
5. for a county leader, the one county the whole document names, or the one it names most (at least twice and more
   often than any other; `counties` in actors.yaml);
   for a municipal leader, the place of the news dateline ("NORDBY: ...") when the text names it again;
6. for a municipal leader, the municipality the text names most, at least twice and more often than
   any other: where the story takes place.

Otherwise None: the caller keeps what it had. A bare council word (`council_kinds` in actors.yaml: "fylkestinget",
"kommunestyret"), which names no organisation by itself, speaks for the body it governs, placed the same way.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from flows import lexicon
from flows.extract.place_names import LOWER, UPPER
from flows.extract.mentions import MentionLayer
from flows.model import Statement

Spans = tuple[tuple[int, int], ...]
NOT_PLACE = lexicon.alternation([str(w) for w in lexicon.load("actors").get("not_place_words", [])])
_PREFIX = lexicon.alternation(sorted(str(w) for w in lexicon.load("roles").get("place_prefixes", [])))
_NAME = (rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"  # Sami letters too; two places joined, the second after a
         rf"(?:\s(?:og\s(?:(?:{_PREFIX})\s)?)?[{UPPER}][{LOWER}]+)?")  # position word: "og Ytre Sogn" (`place_prefixes`)
PLACE = (rf"(?!(?-i:{NOT_PLACE})\s)"  # "Ingen kommune", "Kvar kommune": no place (`not_place_words`)
         rf"{_NAME}(?:/{_NAME})?")  # an official name in two languages: "Guovdageaidnu/Kautokeino"


@lru_cache(maxsize=1)
def _roles() -> dict[str, str]:
    """Role word (casefolded) -> the kind of body its holder leads ("kommune" or "fylkeskommune")."""
    data = lexicon.load("actors")
    out = {str(r).casefold(): "kommune" for r in data.get("municipality_roles", [])}
    out.update({str(r).casefold(): "fylkeskommune" for r in data.get("county_roles", [])})
    return out


def kind_of(role: str | None) -> str | None:
    """"kommune" for a municipal leader's role, "fylkeskommune" for a county leader's, else None."""
    word = (role or "").casefold().strip()
    return _roles().get(word) or _roles().get(word.split(" for ")[0])  # "kommunalsjef for helse og omsorg"


@lru_cache(maxsize=2)
def _role_words(kind: str) -> str:
    words = [w for w, k in _roles().items() if k == kind]
    return rf"(?:{lexicon.alternation(words)})"


@lru_cache(maxsize=4)
def _definite(kind: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?i:{_role_words(kind)}(?:en|a|n))\s+i\s+({PLACE})(?![\w-])")


@lru_cache(maxsize=4)
def _compound(kind: str) -> re.Pattern[str]:
    """The role compounded with its place ("Nordby-ordføreren", "Nordby-ordføraren")."""
    return re.compile(rf"(?<![\w-])([A-ZÆØÅ][a-zæøåé]+)-(?i:{_role_words(kind)}(?:en|a|n)?)(?![\w-])")


def _dateline(text: str) -> str | None:
    """The place of a news dateline ("NORDBY: Det var ...") when the text names that place again
    in its own words ("kom til Nordby"): where the reporter was, the local leader's home; None
    otherwise (a dateline of a town inside a municipality is not named again as such)."""
    found = re.search(r"(?:^|\n)([A-ZÆØÅ]{3,}(?:-[A-ZÆØÅ]{3,})?):\s", text)
    if found is None:
        return None
    place = found.group(1).capitalize() if "-" not in found.group(1) else \
        "-".join(p.capitalize() for p in found.group(1).split("-"))
    return place if re.search(rf"(?<![\w-]){re.escape(place)}(?![\w-])", text) else None


@lru_cache(maxsize=4)
def _beside_name(kind: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str],
                                     re.Pattern[str]]:
    """The role in a place written next to a name, in parts read on either side of where the name stands (compiled
    once per kind, not once per name): the role in a place right before the name, the place, a comma and the role
    right after it, the place compounded with the role before it, and the role before it with its party and place
    after it (the role before, the party and place after)."""
    role = _role_words(kind)
    before = re.compile(rf"(?i:{role})\s+i\s+(?-i:({PLACE}))\s*,?\s+\Z")  # "ordførar i Nordby, NN"
    after = re.compile(rf"\s*(?:\([^)]{{1,30}}\))?\s*,\s*(?i:{role})\s+i\s+(?-i:({PLACE}))")  # "NN (Sp), ordfører i Nordby"
    # "Nordby-ordfører Kari Nordmann", "ordførar Kari Nordmann (Sp) i Nordby"
    compound = re.compile(rf"(?<![\w-])([A-ZÆØÅ][a-zæøåé]+)-(?i:{role})(?:en|a|n)?\s+\Z")
    party_before = re.compile(rf"(?i:{role})\s+\Z")
    party_after = re.compile(rf"\s*\([^)]{{1,30}}\)\s+i\s+(?-i:({PLACE}))(?![\w-])")
    return before, after, compound, party_before, party_after


BESIDE = 200  # characters before a name within which its role and place are read


def _occurrences(text: str, form: str) -> list[int]:
    """Where `form` stands in `text` as a word of its own (no letter, digit or hyphen on either side)."""
    out, i = [], text.find(form)
    while i >= 0:
        j = i + len(form)
        if not (i and (text[i - 1].isalnum() or text[i - 1] in "_-")) and \
                not (j < len(text) and (text[j].isalnum() or text[j] in "_-")):
            out.append(i)
        i = text.find(form, i + 1)
    return out


def _next_to_name(text: str, kind: str, forms: Iterable[str]) -> str | None:
    """The place of the role written next to a name form (longest form first; of the four ways, in the order
    `_beside_name` gives them; at the name's first occurrence where one holds)."""
    before, after, compound, party_before, party_after = _beside_name(kind)
    for form in sorted(forms, key=len, reverse=True):
        at = _occurrences(text, form)
        tries = (lambda i: before.search(text, max(0, i - BESIDE), i),
                 lambda i: after.match(text, i + len(form)),
                 lambda i: compound.search(text, max(0, i - BESIDE), i),
                 lambda i: party_after.match(text, i + len(form)) if party_before.search(text, max(0, i - 60), i)
                 else None)
        earliest = [(m.start(), -i, m.group(1)) for i in at if (m := tries[0](i))]
        if earliest:  # of the places before the name, the one whose role stands first, and of those the longest
            return min(earliest)[2]  # ("ordfører i Kari Holm Holm": "Kari Holm"), as one search of the text reads it
        for attempt in tries[1:]:
            for i in at:
                found = attempt(i)
                if found:
                    return found.group(1)
    return None


def _paragraph_place(text: str, kind: str, at: int) -> str | None:
    start = text.rfind("\n\n", 0, at) + 1
    window = text[start:at]
    body = re.compile(rf"(?<![\w-])({PLACE})\s+{kind}(?![\w-])")
    opener = re.compile(rf"(?:^|[.!?]\s+|\n)I\s+({PLACE})\s+(?:har|er|var|ble|blei|vart|vil|skal|må)\s")
    found = [(m.start(), m.group(1)) for m in body.finditer(window)]
    if kind == "kommune":
        found += [(m.start(), m.group(1)) for m in opener.finditer(window)]
    return max(found)[1] if found else None


def _only_body(text: str, kind: str) -> str | None:
    places = {m.group(1) for m in re.finditer(rf"(?<![\w-])({PLACE})\s+{kind}(?![\w-])", text)}
    return places.pop() if len(places) == 1 else None


@lru_cache(maxsize=1)
def _county() -> re.Pattern[str]:
    """A county's name (`counties` in actors.yaml), longest first ("Troms og Finnmark" over "Troms")."""
    names = [str(c) for c in lexicon.load("actors").get("counties", [])]
    return lexicon.phrase_pattern(names, flags=0)


def _only_county(text: str) -> str | None:
    """The one county the text names ("KS Nordby", "ferjene i Nordby"), for a county leader whose
    county the text gives nowhere else, or the county it names most, at least twice and more often than any other
    ("Statsforvalteren i Trøndelag", "KS Trøndelag" beside a speaker's "i Nordland"); None otherwise."""
    counts = Counter(" ".join(m.group(0).split()) for m in _county().finditer(text))
    return next(iter(counts)) if len(counts) == 1 else _most_named(counts)


def _most_named(counts: Counter[str]) -> str | None:
    """The name counted most, at least twice and more often than any other; None otherwise."""
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:2]
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


@lru_cache(maxsize=1)
def _municipality() -> re.Pattern[str]:
    """A municipality's name (`municipalities` in actors.yaml), longest first ("Vestre Toten" over "Vang")."""
    names = [str(n) for n in lexicon.load("actors").get("municipalities", [])]
    return lexicon.phrase_pattern(names, flags=0)


@lru_cache(maxsize=1)
def _seats() -> frozenset[str]:
    """The seat of government (`government_seats` in actors.yaml): where local leaders go to meet a
    ministry ("møtet i Oslo", "tok toget til Oslo"), no home of theirs by being named."""
    return frozenset(str(n) for n in lexicon.load("actors").get("government_seats", []))


def _places(text: str, names: Spans, start: int = 0, end: int | None = None) -> list[str]:
    """The municipality names (`municipalities` in actors.yaml) written in text[start:end], leaving out
    those inside a person's name ("ordfører Kari Sandnes" names no Sandnes kommune) and the seat of
    government (`_seats`) unless written as a body ("Oslo kommune")."""
    found = _municipality().finditer(text, start, len(text) if end is None else end)
    return [" ".join(m.group(0).split()) for m in found
            if not any(a <= m.start() and m.end() <= b for a, b in names)
            and (m.group(0) not in _seats() or re.match(r"\s+kommune(?![\w-])", text[m.end():]))]


@lru_cache(maxsize=1)
def _council_place() -> re.Pattern[str]:
    """A municipal council with its place ("Kommunestyret i Nordby", `home_councils`) or a municipality
    named as a body ("Nordby kommune"): the place, named whether or not `municipalities` knows it."""
    councils = [str(c) for c in lexicon.load("actors").get("home_councils", [])]
    return re.compile(rf"(?<![\w-])(?:(?i:{lexicon.alternation(councils)})\s+i\s+({PLACE})|({PLACE})\s+kommune)(?![\w-])")


def _paragraph_municipality(text: str, at: int, names: Spans = ()) -> str | None:
    """The one municipality the paragraph of a leader's first mention names ("Da eg besøkte Nordby, sa
    ordføraren NN ..."); None when it names none or several."""
    start, end = text.rfind("\n\n", 0, at) + 1, text.find("\n\n", at)
    found = set(_places(text, names, start, end if end >= 0 else len(text)))
    return found.pop() if len(found) == 1 else None


def _story_municipality(text: str, names: Spans = ()) -> str | None:
    """The municipality the text names most, at least twice and more often than any other ("flommen i
    Nordby", "Nordby har ..."): where the story takes place, for a municipal leader the text places
    nowhere else; None when it names none so often or two as often."""
    counts = Counter(_places(text, names))
    known = set(counts)
    for m in _council_place().finditer(text):  # a place no gazetteer knows, named by its council or body
        place = m.group(1) or m.group(2)
        if place not in known and not any(a <= m.start() < b for a, b in names):
            counts[place] += 1
    return _most_named(counts)


def home_body(text: str, role: str | None, forms: Iterable[str], first_at: int, names: Spans = (),
              taken: frozenset[str] = frozenset()) -> str | None:
    """"<place> kommune" / "<place> fylkeskommune" for a local leader (`role`, written `forms`
    of their name, first mentioned at `first_at`); None when the role is no local leader's or
    the text gives no place (module docstring). `names`: the spans of persons' names (the mention
    layer), whose words are never places; `taken`: places step 1 ties to other leaders ("Ordfører i Nordby, NN")."""
    kind = kind_of(role)
    if kind is None:
        return None
    forms = [f for f in forms if f]
    definite = ({m.group(1) for m in _definite(kind).finditer(text)} - taken) \
        or {m.group(1) for m in _compound(kind).finditer(text)} - taken
    place = (_next_to_name(text, kind, forms) or (definite.pop() if len(definite) == 1 else None)
             or _paragraph_place(text, kind, first_at)
             or (_paragraph_municipality(text, first_at, names) if kind == "kommune" else None) or _only_body(text, kind)
             or (_only_county(text) if kind == "fylkeskommune" else (_dateline(text) or _story_municipality(text, names))))
    if place is None:
        return None
    place = _without_body(place)
    head, sep, tail = place.rpartition(" og ")
    if sep and place not in {str(c) for c in lexicon.load("actors").get("counties", [])}:
        place = tail  # "KS Vestland og Vestland fylkeskommune": two bodies, the last one the place's
    return f"{place} {kind}"


@lru_cache(maxsize=1)
def _councils() -> dict[str, str]:
    """Council word (casefolded) -> the kind of body it governs (`council_kinds` in actors.yaml)."""
    return {str(k).casefold(): str(v) for k, v in (lexicon.load("actors").get("council_kinds") or {}).items()}


BODY_AFTER_PLACE = re.compile(r"\s+(?:kommune|fylkeskommune)")  # "Ungdomsrådet i Nordby kommune": the place's body


def _without_body(place: str) -> str:
    """A place without the body word written after it ("Nordby kommune": Nordby)."""
    place = place.strip()
    found = BODY_AFTER_PLACE.search(place)
    return place[:found.start()] if found and found.end() == len(place) else place


def is_council(word: str) -> bool:
    """True for a bare council word ("ungdomsrådet", "fylkestinget"): `council_home` places it."""
    return word.strip().casefold() in _councils()


def capitalised(words: str) -> str:
    """The words with single spaces and a capital first letter ("ungdomsrådet": "Ungdomsrådet")."""
    words = " ".join(words.split())
    return words[:1].upper() + words[1:]


@lru_cache(maxsize=1)
def _home_councils() -> frozenset[str]:
    """Council words (casefolded) whose resolutions are their municipality's (`home_councils` in actors.yaml)."""
    return frozenset(str(w).casefold() for w in lexicon.load("actors").get("home_councils") or ())


@lru_cache(maxsize=1)
def _council_indefinite() -> dict[str, str]:
    """Council word (casefolded) -> its indefinite form (`council_indefinite` in actors.yaml)."""
    return {str(k).casefold(): str(v) for k, v in (lexicon.load("actors").get("council_indefinite") or {}).items()}


def councils_in(text: str) -> list[str]:
    """The councils a phrase names with their place, as written: after the place ("Øst-Finnmark regionråd") or
    before it ("Regionrådet i Nordfjord")."""
    out: list[str] = []
    for word in _council_indefinite():
        out += _council_names(word, text, "i", body=False)
    return out


def _council_names(word: str, text: str, prepositions: str, body: bool = True) -> list[str]:
    """How a text names the council `word` (a council word of `council_kinds`) with its place: before the place,
    joined by one of `prepositions` (a regex: "i", "(?:i|for)"), with the place's body word after it when `body`
    ("Kommunestyret i Nordby kommune"), and after the place in its indefinite form ("Troms fylkesting")."""
    before = re.finditer(rf"(?<![\w-])(?i:{re.escape(word)})\s+{prepositions}\s+{PLACE}"
                         rf"{'(?:' + BODY_AFTER_PLACE.pattern + ')?' if body else ''}(?![\w-])", text)
    out = [capitalised(m.group(0)) for m in before]
    indefinite = _council_indefinite().get(word.casefold())
    if indefinite:
        out += [f"{m.group(1)} {indefinite}" for m in
                re.finditer(rf"(?<![\w-])({PLACE})[ \t]+(?i:{re.escape(indefinite)})(?![\w-])", text)]
    return out


def council_home(claimant: str, text: str, at: int) -> str:
    """The claimant of a bare council word ("fylkestinget krev ...", its demand at `at`), which names
    no organisation by itself: the council as the text writes it with its place elsewhere
    ("Fylkestinget i Nordby vedtok ..."), else the county or municipality it governs, placed as for
    a local leader (rules 3 to 5 of the module docstring: "Nordby fylkeskommune"). A council named
    with its place ("Fylkestinget i Nordby"), a council the text does not place and any other
    claimant are returned unchanged. A council the text names after its place ("Troms fylkesting") is
    written that way."""
    head, _, place = claimant.partition(" i ")
    kind = _councils().get(head.casefold())
    if kind is None:
        return claimant
    home = head.casefold() in _home_councils()  # "Kommunestyret i Nordby krev": Nordby kommune
    if place:
        place = _without_body(place)  # "Kommunestyret i Nordby kommune"
        return f"{place} {kind}" if home and re.fullmatch(PLACE, place) else claimant
    # "Fylkestinget i Nordby", "Regionrådet for Hallingdal", "Troms fylkesting er uroa ... Fylkestinget krev"
    named = set(_council_names(head, text, "i" if home else "(?:i|for)"))
    indefinite = _council_indefinite().get(head.casefold())
    if len(named) == 1:
        written = named.pop()  # "Fylkestinget i Nordby vedtok ... fylkestinget krev"
        if not home:
            return written
        where = written.partition(" i ")[2] or written.rpartition(" ")[0]  # "Nordby kommunestyre": Nordby
        where = _without_body(where)  # "Kommunestyret i Nordby kommune": Nordby
        return f"{where} {kind}"
    if kind not in ("kommune", "fylkeskommune"):  # "regionrådet": only as the text names it with its place
        places = {_without_body(n.partition(" i ")[2]) if " i " in n else n.rpartition(" ")[0] for n in named}
        return f"{places.pop()} {indefinite}" if len(places) == 1 and indefinite else claimant
    place = (_paragraph_place(text, kind, at) or _only_body(text, kind)
             or (_only_county(text) if kind == "fylkeskommune" else _dateline(text) or _story_municipality(text)) or "")
    return f"{place} {kind}" if re.fullmatch(PLACE, place) else claimant


def person_spans(mentions: MentionLayer) -> Spans:
    """Where the text names a person by name (full name or surname; not a title such as "ordføraren i
    Nordby", which holds a place)."""
    return tuple((m.start, m.end) for m in mentions.people.mentions if m.kind in ("full", "surname"))


def speaker_homes(text: str, statements: tuple[Statement, ...], mentions: MentionLayer) -> dict[str, str]:
    """Local leaders among the speakers (mayors, county mayors ...) -> the municipality or county
    the text places them in (home_body.py)."""
    out: dict[str, str] = {}
    names = person_spans(mentions)
    leaders = {st.speaker.name: st.speaker.role for st in statements if kind_of(st.speaker.role)}
    tied = {n: _next_to_name(text, kind_of(r) or "", [f for f, p in mentions.forms if p == n]) for n, r in leaders.items()}
    for st in statements:
        name = st.speaker.name
        if name in out or name not in leaders:
            continue
        forms = [form for form, person in mentions.forms if person == name]
        first = min((m.start for m in mentions.people.mentions if m.name == name), default=st.start)
        taken = frozenset(p for n, p in tied.items() if p and n != name)  # "Ordfører i Nordby, NN": NN's place
        home = home_body(text, st.speaker.role, forms, first, names, taken)
        if home:
            out[name] = home
    return out
