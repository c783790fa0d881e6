"""The municipality a local story's claimant asks as "kommunen" (the singular definite): the addressee gazetteer reads
"kommunen" as the municipal side (`kommunene`), right for KS and the national organisations ("Kommunen må ta sin del
av ansvaret" in a KS text is every municipality), but a local branch or a union in one municipality asks that one
("Kommunen må lage ein plan for skulen no", said by "Utdanningsforbundet Nordby": Nordby kommune). The municipality is
the place of the claimant's branch ("<organisation> <place>"), else the one "<place> kommune" the text names
(`singular_municipal` in actors.yaml), else the one place its council or a local leader is named with ("Kommunestyret
i Nordby", "kommunedirektør i Nordby"; round 26). A demand whose first municipal word is plural (`plural_municipal`) asks every
municipality.

`one_county` does the same for one county council asked in the singular ("fylkeskommunen må prioritere X", "Fylket må
sørgje for Y"): the county the text names ("Vestland fylkeskommune", "fylkesordføraren i Vestland"), when it names
one; else none."""
from __future__ import annotations

import re
from functools import lru_cache

from flows import lexicon
from flows.extract.actors import addressees_in, body_suffixes, is_ks_body
from flows.extract.asked_parties import SINGULAR_DIRECTORATE

KOMMUNENE = "kommunene"
HOME_PLACE = re.compile(r"^\S+(?:\s+i)?\s+([A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?)$")
NAMED = re.compile(r"(?<![\w-])((?:[A-ZÆØÅ][a-zæøå]+[ -])*[A-ZÆØÅ][a-zæøå]+) kommune(?![\w-])")


@lru_cache(maxsize=1)
def _singular() -> re.Pattern[str]:
    return lexicon.phrase_pattern(lexicon.load("actors").get("singular_municipal") or ["kommunen"])


@lru_cache(maxsize=1)
def _plural() -> re.Pattern[str]:
    return lexicon.phrase_pattern(lexicon.load("actors").get("plural_municipal") or ["kommunene"])


def _first_actor_singular(text: str) -> bool:
    """True when the first word for the municipal side in a demand is the singular definite ("kommunen")."""
    singular = _singular().search(text)
    if singular is None:
        return False
    plural = _plural().search(text)
    return plural is None or singular.start() < plural.start()


def one_municipality(addressee: str | None, claimant: str, demand: str, text: str) -> str | None:
    """"<place> kommune" for `kommunene` asked as "kommunen" by a claimant that is no KS body (see the module
    docstring); any other addressee unchanged."""
    if addressee != KOMMUNENE or is_ks_body(claimant) or not _first_actor_singular(demand):
        return addressee
    named = list(dict.fromkeys(m.group(1) for m in NAMED.finditer(text)))
    branch = [p for p in named if claimant.endswith(" " + p)] if " " in claimant else []
    if branch:
        return f"{branch[0]} kommune"
    home = HOME_PLACE.search(claimant)  # "Utdanningsforbundet Nordby", "Ungdomsrådet i Nordby": Nordby
    place = _place_before_suffix(claimant) or (home.group(1) if home else None)  # "Vågå sau og geit": Vågå
    if place and re.search(rf"(?<![\w-]){re.escape(place)}(?![\w-])", text) and not named:
        return f"{place} kommune"
    if not named:  # no "<place> kommune": its council or a local leader by place ("Kommunestyret i Nordby",
        named = list(dict.fromkeys(m.group(1) for m in _governed().finditer(text)))  # "kommunedirektør i Nordby")
    return f"{named[0]} kommune" if len(named) == 1 else addressee


@lru_cache(maxsize=1)
def _governed() -> re.Pattern[str]:
    """A municipal council or leader with its place (`home_councils`, `municipality_roles`): the place."""
    data = lexicon.load("actors")
    words = lexicon.alternation([str(w) for w in [*data["home_councils"], *data["municipality_roles"]]])
    return re.compile(rf"(?<![\w-])(?i:{words})(?:en|a)?\s+i\s+([A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?)(?![\w-])")


COUNTY_NAMED = re.compile(r"(?<![\w-])((?:[A-ZÆØÅ][a-zæøå]+ og )?[A-ZÆØÅ][a-zæøå]+) fylkeskommune(?![\w-])")


@lru_cache(maxsize=1)
def _county_governed() -> re.Pattern[str]:
    """A county's council or leader with its place (`county_bodies` in actors.yaml: "fylkesordførar i Vestland")."""
    words = lexicon.alternation([str(w) for w in lexicon.load("actors").get("county_bodies") or ()])
    return re.compile(rf"(?<![\w-])(?i:{words})(?:en|a|et)?\s+i\s+((?:[A-ZÆØÅ][a-zæøå]+ og )?[A-ZÆØÅ][a-zæøå]+)(?![\w-])")


@lru_cache(maxsize=1)
def _county_subject() -> re.Pattern[str]:
    """The singular county council (`singular_county`) as the subject of a demand's modal or verb: the demand's first
    words ("fylkeskommunen må X", "fylket òg må X"), or right after "at" ("Vi treng at fylkeskommunen brukar X")."""
    words = lexicon.alternation([str(w) for w in lexicon.load("actors").get("singular_county") or ()])
    return re.compile(rf"^(?:.{{0,40}}?(?<![\w-])at\s+)?(?i:{words})(?:\s+(?:sjølv|selv|òg|også))?\s+(?!(?:må|bør|skal)\s+(?:òg\s+|også\s+)?få(?![\w-]))"
                      r"(?:må|bør|skal|kan|burde|skulle|tek|tar|gir|gjev|ser|[a-zæøå]+(?:er|ar))(?![\w-])",
                      re.IGNORECASE)  # a modal or a finite verb after it: not "vil ha fylket med på X", an object;
    # not "fylkeskommunen må få ein plass": what it is to receive asks nothing of it


def one_county(addressee: str | None, demand: str, text: str) -> str | None:
    """"<county> fylkeskommune" for a demand with no addressee whose subject is the singular county council, when the
    text names one county (see the module docstring); else None; any other addressee unchanged."""
    if addressee != "fylkeskommunen" and (addressee is not None or not _county_subject().match(demand)):
        return addressee  # (asked by name, "bad fylkeskommunen om å X": asked_parties.asked_noun)
    named = list(dict.fromkeys(m.group(1) for m in COUNTY_NAMED.finditer(text))) \
        or list(dict.fromkeys(m.group(1) for m in _county_governed().finditer(text)))
    return f"{named[0]} fylkeskommune" if len(named) == 1 else None  # none or several named: no one in particular


def _place_before_suffix(claimant: str) -> str | None:
    """The place a body named by its place and a suffix stands for ("Vågå sau og geit", "Buskerud Sau og Geit":
    `body_suffixes`), else None."""
    suffix = next((w for w in body_suffixes() if claimant.endswith(" " + w)), None)
    place = claimant[:len(claimant) - len(suffix) - 1].strip() if suffix else ""
    return place if PLACE_NAME.fullmatch(place) else None


PLACE_NAME = re.compile(r"[A-ZÆØÅ][a-zæøå]+(?:[ -][A-ZÆØÅ][a-zæøå]+)?")


DIRECTORATE_SUBJECT = re.compile(rf"\s*{SINGULAR_DIRECTORATE}\s", re.IGNORECASE)  # the pointer word as the subject


def one_directorate(addressee: str | None, demand: str, text: str) -> str | None:
    """The one directorate a text names ("Helsedirektoratet") for a demand asked of "direktoratet" ("KS ba derfor
    direktoratet om å X", `asked_parties.SINGULAR_DIRECTORATE`) or whose subject it is ("ønsket at direktoratet tar med
    seg X"); None when the text names none or several (round 60); any other addressee unchanged."""
    if addressee != SINGULAR_DIRECTORATE and (addressee is not None or not DIRECTORATE_SUBJECT.match(demand)):
        return addressee
    named = list(dict.fromkeys(h.name for h in addressees_in(text) if h.name.casefold().endswith("direktoratet")))
    return named[0] if len(named) == 1 else None
