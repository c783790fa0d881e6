"""A claimant's name as the document writes it in full, for organisations no gazetteer knows:

- an acronym the document spells out ("Norges Handikapforbund (NHF) ... NHF krev ..."): the name before the
  brackets;
- one word of a name of several ("Norsk" or "Vann" for "Norsk Vann", "Landsforbund" for "Private Barnehagers
  Landsforbund", as a speaker's description may cut it): the one organisation the document names with it.

Names the gazetteers know are left to organisations.written_name."""
from __future__ import annotations

import re

from flows.extract.actors import addressees_in, claimants_in
from flows.extract.organisation_names import organisations_in
from flows.extract.organisations import organisations

ACRONYM = re.compile(r"[A-ZÆØÅ]{2,6}")
LINKS = frozenset({"av", "for", "i", "og", "på", "til", "med"})  # words an organisation's name links its parts by
WORD = re.compile(r"[A-ZÆØÅ][\wæøåé-]+")


def _gazetteer(claimant: str) -> bool:
    return any(claimant in o.forms for o in organisations())


def _known(claimant: str) -> bool:
    return _gazetteer(claimant) or any(h.name == claimant for h in organisations_in(claimant))


def spelled_out(claimant: str | None, document_text: str) -> str | None:
    """The full name for an acronym the document spells out, or for one word of a name of several the
    document writes; the claimant unchanged otherwise."""
    if not claimant or _gazetteer(claimant):
        return claimant
    if WORD.fullmatch(claimant) and not ACRONYM.fullmatch(claimant):
        longer = _longer_name(claimant, document_text)  # "Landsforbund" of "Norske Reindriftsamers Landsforbund"
        if longer:
            return longer
    if not WORD.fullmatch(claimant):
        continued = _continued_name(claimant, document_text)  # "Norsk Sau" of "Norsk Sau og Geit"
        if continued:
            return continued
    if _known(claimant):
        return claimant
    if ACRONYM.fullmatch(claimant):
        for bracket in re.finditer(rf"\s*\(\s*{re.escape(claimant)}\s*\)", document_text):
            before = document_text[max(0, bracket.start() - 80):bracket.start()]
            hits = [h for h in organisations_in(before) if h.end == len(before)]
            if hits:
                return hits[-1].name
            named = _initials_phrase(claimant, before)
            if named:
                return named
        return claimant
    if not WORD.fullmatch(claimant):
        return claimant
    return _longer_name(claimant, document_text) or claimant


def _continued_name(claimant: str, document_text: str) -> str | None:
    """The one longer name the document writes that goes on from a name of several words with "og" and a
    capitalised word ("Norsk Sau" of "Norsk Sau og Geit"): a speaker's description may cut it at the "og"."""
    if claimant.endswith((" kommune", " fylkeskommune")) or _whole_claimant(claimant):
        return None  # a named municipality or county goes on with no "og": "Innlandet fylkeskommune og Mental Helse";
        # nor does a body the gazetteers know in full: "KS Møre og Romsdal og Helse Møre og Romsdal" (round 60)
    found = {" ".join(m.group(0).split()) for m in re.finditer(
        rf"(?<![\w-]){re.escape(claimant)}\s+og\s+([A-ZÆØÅ][a-zæøå]+)(?![\w-])(?!\s+(?:kommune|fylkeskommune)\b)"
        r"(?!\s+[A-ZÆØÅ][a-zæøå]+\s+og\s+[A-ZÆØÅ])",  # "og Helse Møre og Romsdal": a name of its own opens
        document_text) if not _actor(m.group(1)) and not _actor_at(document_text, m.start(1))}  # not two bodies: "KS
    # Vestland og Statsforvaltaren", "KS og Mental Helse Ungdom"
    return found.pop() if len(found) == 1 else None


def _whole_claimant(claimant: str) -> bool:
    """The gazetteers' claimant patterns read the whole name ("KS Møre og Romsdal", a KS county body)."""
    return any(h.start == 0 and h.end == len(claimant) for h in claimants_in(claimant))


def _actor_at(text: str, start: int) -> bool:
    """An organisation's name opens at `start` ("Mental Helse Ungdom")."""
    return any(h.start == 0 for h in organisations_in(text[start:start + 80]))


def _actor(word: str) -> bool:
    """The word names a body of its own, an organisation or a state body ("Utdanningsforbundet", "Husbanken")."""
    return bool(organisations_in(word) or addressees_in(word))


def _longer_name(claimant: str, document_text: str) -> str | None:
    """The one organisation of several words the document names with the word, None for none or several
    ("Landsforeningen" of "Landsforeningen for barnevernsbarn", a compound the name patterns also know)."""
    names = {h.name for h in organisations_in(document_text)
             if " " in h.name and claimant in h.name.split() and not _known_part(h.name, claimant)}
    return names.pop() if len(names) == 1 else None


def _initials_phrase(acronym: str, before: str) -> str | None:
    """The name right before an acronym's brackets that no gazetteer knows ("Landssammenslutninga av
    Fjellkommunar (LFK)"): the longest run of words there, opening with a capitalised word, whose words
    but the links ("av", "for") open with the acronym's letters in order, the first with its first."""
    words = before.split()[-6:]
    for i in range(len(words)):
        phrase = [w.strip(",.;:«»\"") for w in words[i:]]
        if not phrase[0][:1].isupper() or len(phrase) < 2 or phrase[0][:1] != acronym[0]:
            continue
        if any(not re.fullmatch(r"[\wæøåÆØÅé-]+", w) for w in phrase) or phrase[-1].casefold() in LINKS:
            continue
        letters = [w[0].upper() for w in phrase if w.casefold() not in LINKS]
        rest = iter(acronym.upper())
        if all(letter in rest for letter in letters):
            return " ".join(phrase)
    return None


def _known_part(name: str, claimant: str) -> bool:
    """True when the word is a place before a body's suffix ("Nordby" of "Nordby kommune"): a place; not an
    association's name with its aim ("Nasjonalforeininga" of "Nasjonalforeininga for folkehelsa")."""
    words = name.split()
    return words[0] == claimant and words[-1].islower() and words[1] not in LINKS
