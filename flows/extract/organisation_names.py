"""Organisations a text names beyond the gazetteers of `actors.py`: named municipalities and bodies
("Nordby kommune", "Møre og Romsdal fylkeskommune"), associations named by a compound
("Utdanningsforbundet") and elected bodies ("Fylkestinget i Vestland"), from the word lists of
`data/actors.yaml`; and the organisation whose own site a document's opening breadcrumb names.
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows import lexicon
from flows.extract.acronym_bodies import acronym_names
from flows.extract.actors import ActorHit, _branch, _data, _leftmost_longest, body_suffixes, claimants_in, generic_claimants
from flows.extract.matcher import trie_alternation
from flows.extract.memo import memoised_list
from flows.extract.roles import place_prefixes


@lru_cache(maxsize=1)
def _organisation_regex() -> re.Pattern[str]:
    suffixes = trie_alternation([str(w) for w in (*_data()["organisation_suffixes"], *body_suffixes())])
    name = r"[A-ZÆØÅ][\wæøåé-]+"
    opener = lexicon.alternation([str(w) for w in _data()["not_name_openers"]])  # "Frå Vestland fylkeskommune"
    determiner = lexicon.alternation([str(w) for w in _data().get("not_place_words", [])])  # "Ingen kommune"
    return re.compile(rf"(?<![\w-])(?!(?:{opener})\s)(?!(?-i:{determiner})\s+(?:{suffixes})(?![\w-]))"
                      rf"(?:{name}[ \t]+(?:og[ \t]+)?){{0,2}}{name}[ \t]+(?:{suffixes})(?![\w-])")  # on one line:
    # "PRESSEMELDING\nMøre og Romsdal fylkeskommune" names the county's council, no "Romsdal fylkeskommune"


@lru_cache(maxsize=1)
def _organisation_word() -> re.Pattern[str]:
    """A capitalised compound that names an association ("Utdanningsforbundet", "Bondelaget")."""
    endings = trie_alternation([str(w) for w in _data()["organisation_word_endings"]])
    nouns = lexicon.alternation([str(w) for w in _data()["not_organisation_words"]])  # "Forslaget": a proposal
    return re.compile(rf"(?<![\w-])(?!(?:{nouns})(?![\w-]))[A-ZÆØÅ][a-zæøåé]{{2,}}(?:{endings})(?![\w-])")


@lru_cache(maxsize=1)
def _not_organisation_endings() -> tuple[str, ...]:
    """The nouns of `not_organisation_words` as the last part of a compound ("Skatteanslaget", "Lovforslaget",
    "Kunnskapsgrunnlaget": a figure, a proposal, a basis; stop 62)."""
    return tuple(str(w).casefold() for w in _data()["not_organisation_words"])


AIM = re.compile(r"\s+(?:for|av)\s+[a-zæøåé]{5,}(?![\w-])")  # "Landsforeningen for barnevernsbarn", "Landssamanslutninga av
# vasskraftkommunar"


def _organisation_words(text: str) -> list[ActorHit]:
    """The compounds of `_organisation_word`, with "for" and its noun after one on `named_for_endings` that
    is no known claimant ("Landsforeningen for barnevernsbarn"; "Fagforbundet for ..." stays "Fagforbundet")."""
    named_for = tuple(str(w) for w in _data().get("named_for_endings", []))
    hits = []
    for m in _organisation_word().finditer(text):
        if m.group(0).casefold().endswith(_not_organisation_endings()):
            continue  # "Styret: Skatteanslaget må justerast": a figure, no association
        aim = AIM.match(text, m.end()) if m.group(0).endswith(named_for) else None
        end = aim.end() if aim and not claimants_in(m.group(0)) else m.end()
        hits.append(ActorHit(m.start(), end, " ".join(text[m.start():end].split())))
    return hits


@lru_cache(maxsize=1)
def _association() -> re.Pattern[str]:
    """An association named by several words ("Norges Handikapforbund", "Private Barnehagers Landsforbund",
    "Norsk Vann", "Norsk forening for allmennmedisin"): `association_openers` or a capitalised genitive before
    a capitalised compound on an `association_heads` word, or a capitalised genitive before a lower-case compound on
    a `genitive_heads` word ("Rusmisbrukernes interesseorganisasjon"), or a `national_openers` word before a capitalised
    word (and a head capitalised as a word of its own: "Norsk Kommunalteknisk Forening") or a head with "for" and one
    word. Every name opens with a capital: the lookahead before the word
    boundary fails at once on the other positions (the same matches, a third of the time)."""
    data = _data()
    heads = lexicon.alternation([str(w) for w in data["association_heads"]])
    definite = lexicon.alternation([str(w) for w in data.get("definite_national_openers", [])])
    openers = lexicon.alternation([str(w) for w in data["association_openers"]])
    national = lexicon.alternation([str(w) for w in data["national_openers"]])
    skip = lexicon.alternation([str(w) for w in data["not_name_openers"]])
    genitive = lexicon.alternation([str(w) for w in data.get("genitive_heads", [])]) or r"(?!x)x"
    not_genitive = lexicon.alternation([str(w) for w in data.get("not_genitive_names", [])]) or r"(?!x)x"
    titled = lexicon.alternation([str(w).capitalize() for w in data["association_heads"]])  # "Norsk Kommunalteknisk
    # Forening": the head capitalised as a word of its own
    lead = rf"(?!(?:{skip})\s)(?:{openers}|[A-ZÆØÅ][a-zæøåé]+s)"
    capital = "".join(sorted({str(w)[0] for w in data["association_openers"] + data["national_openers"]} | {"A-ZÆØÅ"}))
    return re.compile(rf"(?=[{capital}])(?<![\w-])(?:(?:{lead}\s+){{1,2}}[A-ZÆØÅ][a-zæøåé]*(?:{heads})(?![\w-])"
                      rf"|(?-i:{national})\s+(?:(?-i:[A-ZÆØÅ])[\wæøåé-]+(?:\s+(?:{titled}))?|(?:{heads})\s+for\s+[\wæøåé-]+)"
                      rf"(?:\s+for\s+[\wæøåé-]+)?(?![\w-])"
                      rf"|(?-i:{definite})\s+[a-zæøåé]{{2,}}(?:{heads})(?![\w-])"
                      rf"|(?!(?:{not_genitive})\s)(?-i:[A-ZÆØÅ][a-zæøåé]{{3,}}[a-zæøåé]s)\s+[a-zæøåé]{{2,}}(?:{genitive})(?![\w-]))")


@lru_cache(maxsize=1)
def _association_words() -> tuple[str, ...]:
    """A literal each association name holds (the first word of a head or of a national opener): a text
    with none of them names no association, and the pattern need not run."""
    data = _data()
    return tuple({str(w).split()[0] for w in data["association_heads"] + data["national_openers"]
                  + data.get("genitive_heads", [])})


def _associations(text: str) -> list[ActorHit]:
    if not any(word in text for word in _association_words()):
        return []
    return [ActorHit(m.start(), m.end(), " ".join(m.group(0).split())) for m in _association().finditer(text)]


@lru_cache(maxsize=1)
def _body() -> re.Pattern[str]:
    """An elected body ("Fylkestinget i Vestland", "Regionrådet for Hallingdal", "regionrådet"), with its place when
    one follows."""
    bodies = trie_alternation([str(w) for w in _data()["organisation_bodies"]], ignore_case=True)
    prefix = rf"(?:{lexicon.alternation(sorted(place_prefixes()))})\s+"  # "og Ytre Sogn" (`place_prefixes`)
    body = r"(?![\wæøåé-]*(?:departementet|direktoratet|tilsynet|etaten|kommune|fylkeskommune)(?![\w-]))"  # "Kommunerådet i
    # Nordfjell og Samferdselsdepartementet": two parties, not a place of two names
    place = rf"(?-i:[A-ZÆØÅ][\wæøåé-]+(?:\s+og\s+(?:{prefix})?{body}[A-ZÆØÅ][\wæøåé-]+)?)"  # a capitalised place, not "i januar"
    return re.compile(rf"(?<![\w-])(?:{bodies})(?:\s+(?:i|for)\s+{place}(?:\s+(?-i:kommune|fylkeskommune))?)?(?![\w-])",
                      re.IGNORECASE)  # "Ungdomsrådet i Sunnfjord kommune"


@memoised_list
def organisations_in(text: str) -> list[ActorHit]:
    """Claimants, named municipalities ("Nordby kommune"), associations named by a compound
    ("Utdanningsforbundet") and elected bodies ("Fylkestinget i Vestland") in a text."""
    return _leftmost_longest(
        claimants_in(text) + [_coordinated(m) for m in _organisation_regex().finditer(text)]
        + [_branch(text, h) for h in _organisation_words(text)]
        + [_branch(text, h) for h in _associations(text)]  # "Norges Handikapforbund Agder": a county branch
        + [_branch(text, ActorHit(m.start(), m.end(), m.group(0))) for m in _national_body().finditer(text)]
        + [ActorHit(m.start(), m.end(), " ".join(m.group(0).split())) for m in _body().finditer(text)]
        + [ActorHit(m.start(), m.end(), " ".join(m.group(0).split())) for m in party_group().finditer(text)]
        + acronym_names(text))


# an association named "<Word> Norge" ("Dyrebeskyttelsen Norge", "Frivillighet Norge", "Sjømat Norge"; round 46), not a
# preposition or a quantifier before the country ("Hele Norge", "Over Norge": `not_national_bodies` in actors.yaml)
@lru_cache(maxsize=1)
def _national_body() -> re.Pattern[str]:
    words = lexicon.alternation([str(w) for w in _data().get("not_national_bodies") or ("(?!x)x",)])
    return re.compile(rf"(?<![\w-])(?!(?:{words})\s)[A-ZÆØÅ][a-zæøåé]{{2,}}(?:-[A-ZÆØÅ]?[a-zæøåé]+)?\s+Norge(?![\w-])")


DEFINED = re.compile(r"\s*\((?P<acronym>[A-ZÆØÅ]{2,6})\)")  # "Landssamanslutninga av vasskraftkommunar (LVK)"


def defined_acronyms(text: str, hits: tuple[ActorHit, ...]) -> dict[str, str]:
    """Acronym -> organisation, for the acronyms a text defines in brackets right after an organisation it names
    ("Landssamanslutninga av vasskraftkommunar (LVK) ... krev LVK at": LVK is that body). Known acronyms stay the
    gazetteers' (`claimants_in` reads them); the first definition wins."""
    out: dict[str, str] = {}
    for hit in hits:
        found = DEFINED.match(text, hit.end)
        if found and found.group("acronym") not in out and not claimants_in(found.group("acronym")):
            out[found.group("acronym")] = hit.name
    return out


@lru_cache(maxsize=1)
def party_group() -> re.Pattern[str]:
    """A party's group in the Storting as written ("Venstres stortingsgruppe", "KrF si stortingsgruppe",
    `parties` and `party_groups` in actors.yaml): the group that puts forward a proposal and asks in it."""
    parties = lexicon.alternation([str(p) for p in _data()["parties"] if len(str(p)) > 1])
    groups = lexicon.alternation([str(g) for g in _data()["party_groups"]])
    return re.compile(rf"(?<![\w-])(?P<party>{parties})(?:s|\s+(?:si|sin|sitt))\s+(?:{groups})(?![\w-])")


def _coordinated(match: re.Match[str]) -> ActorHit:
    """A named body ("Nordby kommune", "Møre og Romsdal fylkeskommune"); "A og B fylkeskommune" whose
    "A og B" is no county (`counties`) joins two bodies ("KS Vestland og Vestland fylkeskommune"): the last."""
    written = match.group(0)
    suffix = next((w for w in _joined_suffixes() if written.endswith(" " + w)), "")  # "Buskerud Sau og Geit": its
    # suffix's own "og" joins no two bodies
    head, sep, tail = written[:len(written) - len(suffix)].rpartition(" og ")
    if not sep or " ".join(written.split()[:-1]) in {str(c) for c in _data().get("counties", [])}:
        return ActorHit(match.start(), match.end(), written)
    return ActorHit(match.start() + len(head) + len(sep), match.end(), written[len(head) + len(sep):])


@lru_cache(maxsize=1)
def _joined_suffixes() -> tuple[str, ...]:
    """The suffixes of named bodies with an "og" of their own ("Sau og Geit", `body_suffixes`)."""
    return tuple(w for w in body_suffixes() if " og " in w)


BREADCRUMB = re.compile(r"[ \t]+(?:›|>|»)[ \t]+")
# a letterhead: the first line is a municipality's or a county's name alone ("ØKSNES KOMMUNE", "Vinje kommune")
LETTERHEAD = re.compile(r"((?:[A-ZÆØÅ][\wæøåÆØÅ-]*|og|OG)(?:\s+(?:[A-ZÆØÅ][\wæøåÆØÅ-]*|og|OG)){0,3})\s+"
                        r"(kommune|KOMMUNE|fylkeskommune|FYLKESKOMMUNE|herad|HERAD)\s*")


def _letterhead(first: str) -> str | None:
    """The municipality or county council a letterhead line names, written as a body ("Øksnes kommune")."""
    head = LETTERHEAD.fullmatch(first.strip())
    if head is None:
        return None
    words = [w.lower() if w.lower() == "og" else "-".join(p[:1].upper() + p[1:].lower() for p in w.split("-"))
             for w in head.group(1).split()]
    return f"{' '.join(words)} {head.group(2).lower()}"


def site_owner(text: str) -> str | None:
    """The organisation a document's opening breadcrumb names as the site's owner ("Nordby kommune  ›
    Nyheiter  ›  Helse", "NN.no > Aktuelt > ..."), or its letterhead ("ØKSNES KOMMUNE", a first line that is a
    municipality's or a county's name alone): its own publication speaks for it. None when the
    first line is no breadcrumb (a separator before a short section name) or its first part names no single organisation."""
    first = text.lstrip().split("\n", 1)[0]
    letterhead = _letterhead(first)
    if letterhead is not None:  # a municipality's or county's own paper ("ØKSNES KOMMUNE" above a case report)
        hits = claimants_in(letterhead) or organisations_in(letterhead)
        return hits[0].name if len(hits) == 1 and hits[0].name not in generic_claimants() else None
    parts = BREADCRUMB.split(first)
    if len(parts) < 2 or len(parts[0]) > 60 or (len(parts) == 2 and len(parts[1].split()) > 3):
        return None  # one separator is a breadcrumb when its last part is a section's name ("Ål kommune › Aktuelt")
    hits = claimants_in(parts[0]) or organisations_in(parts[0])
    return hits[0].name if len(hits) == 1 and hits[0].name not in generic_claimants() else None


def bodies_named(region: str) -> list[ActorHit]:
    """The claimants `region` names, with the organisations the actor lexicon does not know beside them ("Norsk Vann
    og KS ber ..."), in the order written; an organisation overlapping a claimant is that claimant."""
    found = list(claimants_in(region))
    found += [o for o in organisations_in(region) if not any(o.start < c.end and c.start < o.end for c in found)]
    return sorted(found, key=lambda h: h.start)
