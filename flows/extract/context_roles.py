"""The role and organisation written around a person's name (`context_role(text, start, end, previous)`): the
role, organisation and plural flag the words around a name give it ("styreleder i KS, NN", "NN, rådmann i Melhus
kommune", "helse- og omsorgsminister NN (H)", "ordførerne A, B og C": the role of a plural goes on to the next names
of its list). Read by `flows.extract.people` for each name `person_names.name_candidates` finds; word lists live in
`flows/data/roles.yaml`.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from flows import lexicon
from flows.extract import roles as R
from flows.extract.actor_words import genitive_owner, is_party
from flows.extract.actors import claimants_in
from flows.extract.initials_keys import is_key, ministry_initials
from flows.extract.person_names import party_words
from flows.extract.state_bodies import headed_agency

if TYPE_CHECKING:
    from flows.extract.people import PersonMention

# the gap between two names of a list under one plural role ("ordførerne A (Sp), B og C")
LIST_GAP = r"(?: \([A-ZÆØÅ][A-Za-zæøåÆØÅ]{0,5}\))?,? (?:og |samt )?"

PLACE = re.compile(r"[A-ZÆØÅ][a-zæøåé]+(?:[ -][A-ZÆØÅ][a-zæøåé]+)?")


def _branch(prefix: str | None, org: str | None) -> str | None:
    """The organisation of a role compounded with an organisation's short name: the local office or branch
    when a bare place follows ("NAV-leder i Nordby": NAV Nordby, "KS-leiar i Vestland": KS Vestland), else
    the organisation the place names or the short name alone ("LFK-leder NN": LFK)."""
    if prefix and org and PLACE.fullmatch(org) and not R.is_organisation_word(org.split()[-1]):
        return f"{prefix} {org}"
    return org or R.clean_org(prefix)


def _role_after_party(right: str, party: re.Match[str] | None) -> re.Match[str] | None:
    """The role and body after a party's bracket ("NN (Sp), ordførar i Hovdal": a mayor speaks for the
    municipality): only a party of the word list, and only a role with a preposition and a body ("Åse Lie (KS),
    statsråd Kari Moe" is a list of names, the title the next person's)."""
    if party is None or party.group(1) not in party_words():
        return None
    found = R.ROLE_AFTER().match(right, party.end())
    if found is None or not found.group("org") or not re.match(r" (?:i|av|for|ved) ", right[found.end("role"):]):
        return None
    return found


GENITIVE = re.compile(r"(?P<org>[A-ZÆØÅ][\wæøå-]+(?:\s+[A-ZÆØÅ][\wæøå-]+)?)(?:s|')\s+(?:[\wæøå-]+\s+)?$")


def _genitive_union(before: str) -> str | None:
    """The organisation named in the genitive right before a role ("Fagforbundets ", "Sykepleierforbundets lokale "),
    when it is a known claimant; None otherwise."""
    found = GENITIVE.search(before)
    if found is None:
        return None
    hits = claimants_in(found.group("org"))
    return hits[0].name if hits and hits[0].start == 0 else None


# a KS office before another role of the same person ("KS-styremedlem og ordfører i Drammen, NN", "styreleiar i KS
# Vestland og ordførar i Voss, NN"): the person is at a meeting of KS for KS, the first office named
KS_OFFICE_FIRST = re.compile(r"(?:(?<![\w-])(?P<ks1>KS)-(?P<role1>[a-zæøå]+)\s+og\s+|(?<![\w-])(?P<role2>[a-zæøå]+)\s+(?:i|for)\s+"
                             r"(?P<ks2>KS(?:\s+[A-ZÆØÅ][\wæøå-]+)?)(?:\s+og\s+|,\s+))$")  # also "fylkesstyreleder i KS
# Vestland, ordfører NN": the KS office first, the municipal one in apposition (not "KS-leiaren, styreleiar NN")


GENITIVE_OWNER = re.compile(r"(?<![\w-])((?-i:[A-ZÆØÅ])[\wæøå-]+)s\s+(?:(?-i:[a-zæøå])[\wæøå-]+e\s+)?$")  # a body's
# genitive right before a role, or before its adjective ("Høyres kommunalpolitiske talsperson NN")


def _role_of_previous(gap: str, role: str) -> bool:
    """True when the role before a name is the whole gap from the previous name, after a comma ("A, statssekretær,
    B"): a list of names each with the role after it (the caller checks that the previous name has no role before it:
    "minister A, styreleder i KS, B" gives each its role before the name)."""
    return gap.startswith(",") and gap[1:].strip() == role.strip() and role.rstrip().endswith(",")


def context_role(text: str, start: int, end: int,
                  previous: PersonMention | None) -> tuple[str | None, str | None, bool]:
    """Role, organisation and plural flag from the words around a name."""
    left = text[max(0, start - 120):start]
    right = text[end:end + 120]
    role, org, plural = None, None, False
    found = R.ROLE_BEFORE().search(left)
    if found and previous is not None and _role_of_previous(text[previous.end:start], found.group(0)) \
            and R.ROLE_BEFORE().search(text[max(0, previous.start - 120):previous.start]) is None:
        found = None  # "A, statssekretær, B, ekspedisjonssjef": the title after A's name is A's, B's comes after B
    definite = None if found else R.DEFINITE_ROLE_BEFORE().search(left)
    if found:
        written = found.group("role").casefold()
        plural = R.is_plural(written.split(" ", 1)[-1] if written.startswith(R.ordinals()) else written)
        if plural and written.startswith(R.ordinals()):
            written = written.split(" ", 1)[-1]  # "andre ordførere": the others, no ordinal
        role = R.singular(written)
        org = _branch(found.group("prefix"), R.clean_org(found.group("org")))
    elif definite:  # "fylkesrådmannen i Nordby, NN": the definite role in apposition
        role = R.base_role(definite.group("role"))
        org = R.clean_org(definite.group("org"))
    party = R.PARTY().match(right)
    named = text[start:end]
    if party and (is_key(named, party.group(1)) or ministry_initials(named, party.group(1))):  # "Torunn Eidsvåg
        # Lie (TEL), styreleiar", "Kari Strand (KAS)", "Erlend Dahl (ED)": the key
        right, party = right[party.end():], None  # to her initials (initials_keys), no party; her role after it
    after = R.ROLE_AFTER().match(right) or _role_after_party(right, party)
    after = after or R.COPULA_ROLE().match(right)  # "NN er leiar i LHL Nordby": a role given in a copular clause
    listed = R.list_role().match(right)  # a list line's fields: "NN, statssekretær, HOD;", "NN – leiar – KS"
    after = listed if listed and listed.group("org") and (after is None or not after.group("org")) else after or listed
    if after and not role:
        role = after.group("role").casefold()
        org = R.clean_org(after.group("org"))
    elif role and not org:
        trailing = R.ORG_AFTER().match(right)
        if trailing:
            org = R.clean_org(trailing.group("org"))
    if role is None and previous is not None and previous.plural and re.fullmatch(LIST_GAP, text[previous.end:start]):
        # "nestlederne A (Sp) og B": the role goes on to B, A's party does not
        party_gap = text[previous.end:start].startswith(" (")
        role, org, plural = previous.role, None if party_gap else previous.organisation, True
    if found and role and role.endswith(tuple(str(r) for r in lexicon.load("actors").get("union_roles") or ())):  # "Fagforbundets hovedtillitsvalgt i Nordby kommune, NN": the
        union = _genitive_union(left[:found.start("role")])  # union's representative, employed by the municipality
        org = union or org
    if found and org is None:
        owner = GENITIVE_OWNER.search(left, 0, found.start("role"))  # "Fagforbundets leder NN": Fagforbundet;
        org = genitive_owner(owner.group(1)) if owner else None  # "Høyres talsperson NN": the party (a claimant only
        # for a party role)
    if not found and role is None and org is None:
        owner = GENITIVE_OWNER.search(left)
        if owner and is_party(owner.group(1)):
            org = owner.group(1)  # "Senterpartiets NN ber regjeringa ...": the party, with no role
    if found:
        ks_first = KS_OFFICE_FIRST.search(left, 0, found.start("role"))  # "KS-styremedlem og ordfører i Drammen, NN"
        office = ks_first and (ks_first.group("role1") or ks_first.group("role2"))
        if office and ks_first.end() == found.start("role") and R.is_role(office.casefold()):
            role, org = office.casefold(), ks_first.group("ks1") or ks_first.group("ks2")
    ministry = R.ministry(role) if role else None
    if ministry:
        org = ministry
    elif org is None and role and headed_agency(role):
        org = headed_agency(role)  # "Riksarkivar NN": the head of Arkivverket speaks for it
    elif org is None and party:
        org = party.group(1)
    return role, org, plural
