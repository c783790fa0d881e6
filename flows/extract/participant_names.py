"""The names of participants as lists and credits write them.

- `bracketed_organisation`: a list of those present gives each name its body in brackets ("Jon Lie
  (Arbeids- og inkluderingsdepartementet)", "Marte Vik (KS Vestland)"): a ministry, KS or a body the
  organisation gazetteer knows; a party ("(Sp)") or a place gives none.
- `without_first_names`: the first names a speaker is addressed by ("Anne Marte, hvordan gikk det?") are
  no person of their own when another person's full name opens with them.
- `genitive_organisation`: the organisation a role before the name is held in, written as its genitive
  ("Fagforbundets leder NN", "Legeforeningens president NN"): "Fagforbundet".
- `party_voice`: a person the text introduces by a party's genitive before the role ("Senterpartiets helsepolitiske
  talsperson NN", "Frps stortingsrepresentant NN") speaks for the party.
- `without_leading_titles`: a "name" that opens with a title written first in its sentence ("Journalist NN leidde
  samtalen", "Moderator NN"): the title is the role, the rest the name (`name_titles` in
  `data/participant_patterns.yaml`, and the role words).
- `titled_byline`: the speaker a talk names on a line of its own under its title, the title first ("Kunnskapsminister
  NN", "Statsråd NN").
- `without_places`: a "name" with no role that the text writes only after a preposition of place ("samlet i
  Nordby Forum", "på Fjordhotell Vik") is the venue, not a person (`place_prepositions` in
  `data/participant_patterns.yaml`), or only after "fra"/"frå" ("forsker NN fra Nordby Analyse", `origin_prepositions`)
  is the venue or the body a person comes from, not a person: a person is named as the subject of what they do or
  with a role.
- `named_after_their_role`: a person the text brings in by role first, unnamed ("Statsrådens politiske rådgivar
  tok notat"), and names in a later sentence that opens with that role, definite, in apposition ("Rådgjevaren, NN,
  har hatt ansvaret ...", "Den politiske rådgiveren, NN, noterte").
"""
from __future__ import annotations

import re
from functools import lru_cache

from flows import lexicon
from flows.extract.actor_words import is_party
from flows.extract.ministry_gazetteer import find_ministries
from flows.extract.organisation_names import organisations_in
from flows.extract.people import People, PersonMention
from flows.extract.roles import base_role, is_role
from flows.model import Block, Mention

_PARTY_GENITIVE = re.compile(r"(?<![\w-])(?P<party>(?-i:[A-ZÆØÅ])[\wæøå]*?)s\s+(?:[a-zæøå-]+\s+){0,3}$")  # also with no role: "Høyres NN sier ..."
_BRACKET = re.compile(r"[ \t]*\(((?-i:[A-ZÆØÅ])[^()\n,;]{1,60})\)")


def bracketed_organisation(person: Mention, text: str, end: int) -> Mention:
    """A list of those present gives each name its body in brackets ("Jon Lie (Arbeids- og
    inkluderingsdepartementet)", "Marte Vik (KS Vestland)"): a ministry, KS or a body the organisation
    gazetteer knows, not a party ("(Sp)") or a place."""
    found = _BRACKET.match(text, end)
    if found is None or is_party(found.group(1)):
        return person
    body = found.group(1).strip()
    named = [m.ministry for m in find_ministries(body) if m.kind == "name"]
    if named:
        return Mention(person.name, person.role, named[0])
    if re.match(r"KS(?![\w-])", body) or organisations_in(body):
        return Mention(person.name, person.role, body)
    return person


def without_first_names(participants: tuple[Mention, ...], named: set[str]) -> tuple[Mention, ...]:
    """Without a "person" whose name is only the first words of another person's full name: the first
    names a speaker is addressed by ("Anne Marte, hvordan gikk det?") name the same person."""
    longer = [n.split() for n in named]
    return tuple(p for p in participants
                 if not any(len(words) > len(p.name.split()) and words[:len(p.name.split())] == p.name.split()
                            for words in longer))


@lru_cache(maxsize=1)
def _place_prepositions() -> str:
    data = lexicon.load("participant_patterns")
    words = [*(data.get("place_prepositions") or ()), *(data.get("origin_prepositions") or ())]
    return lexicon.alternation([str(w) for w in words])


def without_places(participants: tuple[Mention, ...], text: str) -> tuple[Mention, ...]:
    """Without a "person" with no role whose every full mention stands right after a preposition of place ("Rundt
    700 deltakere var samlet i Nordby Forum", "frokostmøtet på Fjordhotell Vik"): the venue, not a person."""
    prepositions = _place_prepositions()
    if not prepositions:
        return participants

    def place(person: Mention) -> bool:
        if person.role or " " not in person.name:
            return False
        starts = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(person.name)}(?![\w-])", text)]
        after = re.compile(rf"(?<![\w-])(?:{prepositions})\s+$", re.IGNORECASE)
        return bool(starts) and all(after.search(text[max(0, s - 12):s]) for s in starts)
    return tuple(p for p in participants if not place(p))


def titled_byline(block: Block, people: People) -> PersonMention | None:
    """The person a short line near the top holds alone after their title ("Kunnskapsminister NN",
    "Statsråd NN": the speaker under a talk's title): the words before the name are a role (up to
    four words) and nothing follows the name."""
    line = block.text.rstrip()
    if "\n" in line or len(line.split()) > 7 or line.endswith((".", "!", "?", ":")):
        return None
    for mention in people.mentions:
        if mention.kind != "full" or mention.role is None or not block.start < mention.start \
                or mention.end != block.start + len(line):
            continue
        title = line[:mention.start - block.start].strip()
        words = title.split()
        if 0 < len(words) <= 4 and re.fullmatch(r"[\w\s.-]+", title) and is_role(words[-1].casefold()):
            return mention
    return None


def party_voice(text: str, start: int) -> bool:
    """The words right before the name at `start` open with a party's genitive and a role in lower case
    ("Senterpartiets helsepolitiske talsperson NN", "Høgres gruppeleiar NN", "SVs stortingsrepresentant NN"): the
    person speaks for the party."""
    found = _PARTY_GENITIVE.search(text, max(0, start - 70), start)
    return found is not None and is_party(found.group("party"))


@lru_cache(maxsize=1)
def _name_titles() -> frozenset[str]:
    return frozenset(str(w).casefold() for w in lexicon.load("participant_patterns").get("name_titles") or ())


def without_leading_titles(participants: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """Each participant whose "name" opens with a title and holds two more capitalised words ("Journalist Kari
    Holm", "Moderator Per Lie") under the rest of the name, with the title as the role when it has none; one
    person once (the title stripped may give a name already there)."""
    out: dict[str, Mention] = {}
    for p in participants:
        words = p.name.split()
        if len(words) >= 3 and (words[0].casefold() in _name_titles() or is_role(words[0].casefold())) \
                and all(w[:1].isupper() for w in words[1:]):
            p = Mention(" ".join(words[1:]), p.role or words[0].casefold(), p.organisation)
        out.setdefault(p.name, p)
    return tuple(out.values())


_ORG_GENITIVE = re.compile(r"(?<![\w-])(?P<org>(?-i:[A-ZÆØÅ])[\wæøå-]+?)s\s+(?:[a-zæøå-]+\s+){1,3}$")


def genitive_organisation(text: str, start: int) -> str | None:
    """The organisation written as a genitive before the role before the name at `start` ("Fagforbundets leder
    NN": "Fagforbundet"), not a party (`party_voice`) and not a sentence's first word that is no name."""
    found = _ORG_GENITIVE.search(text, max(0, start - 70), start)
    if found is None or is_party(found.group("org")) or len(found.group("org")) < 3:
        return None
    return found.group("org")


# a sentence that opens with a definite role (an adjective before it) and the name in apposition after it
_ROLE_THEN_NAME = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:(?:Den|Det)\s+)?(?:[a-zæøå-]+e\s+)?"
                             r"(?P<role>(?-i:[A-ZÆØÅa-zæøå])[a-zæøå-]+),\s+$")


def named_after_their_role(text: str, people: People) -> frozenset[str]:
    """Persons named in apposition to a definite role opening their sentence ("Rådgjevaren, NN, har ...") when an
    earlier sentence brings in that role with no name after it ("Statsrådens politiske rådgivar tok notat",
    "Departementet var representert ved ... og statsrådens politiske rådgiver."): the one introduced before."""
    out: set[str] = set()
    for mention in people.mentions:
        if mention.kind != "full" or not text.startswith(",", mention.end):
            continue
        found = _ROLE_THEN_NAME.search(text[max(0, mention.start - 40):mention.start])
        if found is None or not is_role(found.group("role")):
            continue
        role = base_role(found.group("role"))
        if role == found.group("role").casefold():
            continue  # no definite form: "Rådgiver, NN" is a label, not a role pointing back
        opening = mention.start - 40 + found.start() if mention.start >= 40 else found.start()
        earlier = re.search(rf"(?<![\w-]){re.escape(role)}(?![\w-])(?!,?\s+(?-i:[A-ZÆØÅ]))",
                            text[:opening], re.IGNORECASE)
        if earlier is not None:
            out.add(mention.name)
    return frozenset(out)
