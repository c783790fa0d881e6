"""Role, organisation and title patterns compiled from `data/roles.yaml`. Used by
`flows.extract.people`. Singular and plural forms, ordinals and deputies are in
`flows.extract.role_forms`, the pronoun words (`data/pronouns.yaml`) in `flows.extract.pronoun_words`
(both imported here for `R.singular`, `R.pronoun_gender` etc.)."""
from __future__ import annotations

import re
from functools import lru_cache

from flows import lexicon
from flows.extract.role_table import roles_table
from flows.extract.pronoun_words import collective, first_person, name_gender, pronoun_gender
from flows.extract.role_organisations import (PLACE_FOLLOWER, clean_org, org_pattern,  # noqa: F401  (re-exported)
                                             organisation_suffixes)
from flows.extract.role_forms import is_deputy, is_deputy_word, is_plural, more_specific, ordinals, singular

WORD = "[\\wæøåÆØÅ]"


@lru_cache(maxsize=1)
def not_names() -> frozenset[str]:
    return frozenset(str(w) for w in roles_table()["not_names"])


@lru_cache(maxsize=1)
def place_prefixes() -> frozenset[str]:
    """Words that open a two-word place name ("Øvre Dal", "Nord Aurdal")."""
    return frozenset(str(w) for w in roles_table().get("place_prefixes", []))


@lru_cache(maxsize=65536)
def is_role(word: str) -> bool:
    """True for a role word ("styreleder", "kunnskapsminister", "ordførerne", "fylkesleiaren",
    "nestlederne"). Asked of every word of every name and description: kept per word."""
    word = word.casefold()
    data = roles_table()
    return (word in data["roles"] or word in data["plurals"] or word in data["definite"]
            or word in definite_forms() or any(word.endswith(h) for h in data["role_heads"])
            or any(word.endswith(d) for d in head_definites()) or is_plural(word))


def definite_of(role: str) -> tuple[str, ...]:
    """Definite singular forms of one role word: "leder" -> ("lederen",), "lege" -> ("legen",)."""
    endings: dict[str, list[str]] = {str(k): [str(e) for e in v] for k, v in roles_table()["definite_endings"].items()}
    key = max((k for k in endings if role.endswith(k)), key=len)
    return tuple(role + e for e in endings[key])


@lru_cache(maxsize=1)
def definite_forms() -> dict[str, str]:
    """Definite form -> role, for every single-word role in the data."""
    out: dict[str, str] = {}
    for role in roles_table()["roles"]:
        role = str(role)
        if re.fullmatch(rf"{WORD}+", role):
            out.update({form: role for form in definite_of(role)})
    return out


@lru_cache(maxsize=1)
def head_definites() -> dict[str, str]:
    """Definite form of each role head -> head ("lederen" -> "leder"), for compounds ("avdelingslederen")."""
    return {form: str(h) for h in roles_table()["role_heads"] for form in definite_of(str(h))}


@lru_cache(maxsize=65536)
def is_organisation_word(word: str) -> bool:
    return any(word.casefold().endswith(e) for e in roles_table()["organisation_endings"])


def _role_pattern() -> str:
    data = roles_table()
    words = sorted({*data["roles"], *data["plurals"]}, key=len, reverse=True)
    heads = "|".join(re.escape(h) for h in data["role_heads"])
    listed = "|".join(re.escape(w).replace(r"\ ", " ") for w in words)
    ordinal = "|".join(re.escape(o) for o in ordinals())
    domain = "|".join(rf"(?<={re.escape(str(h))})" for h in data.get("role_domain_heads") or ())
    domain = rf"(?:(?:{domain}) for [a-zæøå]+(?: og [a-zæøå]+)?)?" if domain else ""
    return (rf"(?:(?:\d{{1,2}}\.|{ordinal}) )?(?:{WORD}+- (?:og|eller) )?"
            rf"(?:{WORD}*(?:{heads})(?:mene|mane|mer|ene|ane|ne|e)?|{listed}){domain}")


@lru_cache(maxsize=1)
def ROLE_BEFORE() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:(?P<prefix>(?:(?-i:[A-ZÆØÅ]{{2,}}) )?[A-ZÆØÅ]{{2,}})(?:-|' ))?(?P<role>{_role_pattern()})"
                      rf"(?: (?:(?:i|av|for|ved) )?(?P<org>{org_pattern()})(?: \((?-i:[A-ZÆØÅ][A-ZÆØÅa-zæøå]{{1,8}})\))?)?,? $",
                      re.IGNORECASE)  # the body's initials in brackets after its name: "direktør i Integrerings- og
    # mangfaldsdirektoratet (IMDi), NN"


@lru_cache(maxsize=1)
def definite_titles() -> str:
    """Every definite role word and role head ("ordføraren", "leiaren"), longest first, as a regex alternation."""
    return "|".join(re.escape(w) for w in sorted({*definite_forms(), *head_definites()}, key=len, reverse=True))


@lru_cache(maxsize=1)
def DEFINITE_ROLE_BEFORE() -> re.Pattern[str]:
    """A definite role word before a name in apposition: "fylkesrådmannen i Nordby, NN",
    "Statsråden, NN"."""
    definite = definite_titles()
    return re.compile(rf"(?<![\w-])(?P<role>(?i:{WORD}*(?:{definite})))(?: (?:i|for|ved) (?P<org>{org_pattern()}))?, $")


def base_role(definite: str) -> str:
    """The role a definite role word names: "fylkesrådmannen" -> "fylkesrådmann"."""
    word = definite.casefold()
    if word in definite_forms():
        return definite_forms()[word]
    head = next((d for d in sorted(head_definites(), key=len, reverse=True) if word.endswith(d)), None)
    return word[:-len(head)] + head_definites()[head] if head else word


@lru_cache(maxsize=1)
def ROLE_AFTER() -> re.Pattern[str]:
    return re.compile(rf", (?P<role>(?i:{_role_pattern()}))(?: (?:(?:i|av|for|ved) )?(?P<org>{org_pattern()}))?(?![\w-])")


@lru_cache(maxsize=1)
def list_role() -> re.Pattern[str]:
    """A list line's role and body after a name, in fields between commas or dashes, the line's or item's end after
    them ("NN, statssekretær, Helse- og omsorgsdepartementet;", "NN – nestleiar – KS"): the body needs no preposition
    there."""
    return re.compile(rf"(?:,| [–—]) (?P<role>(?i:{_role_pattern()}))(?:(?:,| [–—]) (?P<org>{org_pattern()}))?"
                      rf"(?=[ \t]*(?:[;\n(]|\.?[ \t]*(?:\n|$)))")


@lru_cache(maxsize=1)
def COPULA_ROLE() -> re.Pattern[str]:
    """A role and its body in a copular clause right after a name ("NN er leiar i LHL Nordby", "NN er også
    fylkesordførar i Vestland"): the body is required, a bare "er leder" describes no office."""
    return re.compile(rf" (?:er|var)(?: også| òg)? (?P<role>(?i:{_role_pattern()})) (?:(?:i|av|for|ved) )?"
                      rf"(?P<org>{org_pattern()})(?![\w-])")


@lru_cache(maxsize=1)
def ORG_PATTERN() -> str:
    return org_pattern()


@lru_cache(maxsize=1)
def ROLE_PHRASE() -> str:
    """A role with an optional organisation, without groups: "styreleder i KS"."""
    return rf"(?:{_role_pattern()})(?: (?:(?:i|av|for|ved) )?(?:{org_pattern()}))?"


@lru_cache(maxsize=1)
def ORG_AFTER() -> re.Pattern[str]:
    # also after a comma closing a list line ("Statssekretær NN, Arbeids- og inkluderingsdepartementet")
    return re.compile(rf"(?: (?:i|ved|fra|frå) |,[ \t]+(?=(?:{org_pattern()})[ \t]*(?:\n|$)))(?P<org>{org_pattern()})")


@lru_cache(maxsize=1)
def PARTY() -> re.Pattern[str]:
    return re.compile(r" \(([A-ZÆØÅ][A-Za-zæøåÆØÅ]{0,5})\)")


def ministry(role: str | None) -> str | None:
    """The ministry a minister title stands for ("klima- og miljøminister" -> Klima- og miljødepartementet)."""
    if not role:
        return None
    role = role.casefold()
    table = roles_table()["ministries"]
    if role in table:
        return str(table[role])
    match = re.fullmatch(rf"({WORD}+- og )?({WORD}+)minist[ae]r", role)  # the linking s stays: "likestillingsminister"
    if not match or role.endswith("statsminister") or role in ("minister", "ministar"):
        return None
    stem = (match.group(1) or "") + match.group(2)
    return stem[0].upper() + stem[1:] + "departementet"


@lru_cache(maxsize=1)
def TITLE() -> re.Pattern[str]:
    """Definite titles and role-of-organisation phrases that refer back to a person; a place joined
    to a title by a hyphen ("Nordby-ordføraren") is where the person holds the role (group `place`)."""
    words = {*roles_table()["definite"], *definite_forms()}
    definite = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    heads = "|".join(re.escape(w) for w in sorted(head_definites(), key=len, reverse=True))
    role = _role_pattern()
    return re.compile(
        rf"(?<![\w-])(?:"
        rf"(?:(?P<org1>[A-ZÆØÅ]{{2,}})-|(?P<place>[A-ZÆØÅ][a-zæøå]{{2,}})-)?(?P<def>(?i:(?:{WORD}+- (?:og|eller) )?{WORD}*minist[ae]ren|{WORD}*statsråden|{definite}|{WORD}*(?:{heads})))"
        rf"|(?P<org2>[A-ZÆØÅ]{{2,}})(?:'|s) (?P<role2>(?i:{role}))"
        rf"|(?P<role3>(?i:{role})) (?:i|for) (?P<org3>[A-ZÆØÅ]{{2,}}(?: [A-ZÆØÅ][a-zæøå]+)?)"
        rf")(?![\w-])")


def title_family(title: str) -> tuple[str | None, str | None]:
    """(role family, organisation) of a title: "KS-lederen" -> ("leder", "KS")."""
    match = TITLE().fullmatch(title.strip())
    if not match:
        return None, None
    org = match.group("org1") or match.group("org2") or match.group("org3")
    if match.group("def"):
        word = match.group("def").casefold()
        definite = roles_table()["definite"]
        if word in definite:
            return str(definite[word]), org
        if word in definite_forms():
            return definite_forms()[word], org  # "fylkesstyrelederen" -> "fylkesstyreleder"
        head = next((d for d in sorted(head_definites(), key=len, reverse=True) if word.endswith(d)), None)
        if head:
            return word[:-len(head)] + head_definites()[head], org  # "avdelingslederen" -> "avdelingsleder"
        return word[:-2], org  # "kunnskapsministeren" -> "kunnskapsminister"
    return (match.group("role2") or match.group("role3")).casefold(), org


def role_fits(role: str | None, family: str, loose: bool = True) -> bool:
    """The person's role fits a title's role family; `loose` also accepts a generic "statsråd" for a
    minister title, a role with an infix ("fylkesstyreleiar" for "fylkesleiaren") and a plain head word for
    a compound title naming an organisation's head (`prefixed_titles`: "president" for "legepresidenten").
    A role with its field after "for" fits by the words before it ("områdedirektør for helse" fits "KS-direktøren")."""
    if not role:
        return False
    if role == family:
        return True
    domain = role.split(" for ", 1)[0]  # "områdedirektør for helse og velferd" is a direktør
    if domain != role and role_fits(domain, family, loose):
        return True
    if role.endswith(family):
        return not is_deputy(role[:-len(family)], family)
    ministers = roles_table()["minister_roles"]
    if family in ministers:
        return role in ministers or role.endswith(("minister", "ministar"))
    if loose and role in ministers and family.endswith(("minister", "ministar")):
        return True  # "statsråd NN" ... "landbruksministeren": a generic title fits any minister title
    if loose and (_infixed(role, family) or role == (roles_table().get("prefixed_titles") or {}).get(family)):
        return True
    return ministry(role) is not None and ministry(role) == ministry(family)


def _infixed(role: str, family: str) -> bool:
    """'fylkesstyreleiar' fits 'fylkesleiar': the same role with an infix ("styre") inside."""
    for head in roles_table()["role_heads"]:
        head = str(head)
        if not (family.endswith(head) and role.endswith(head)) or len(family) == len(head):
            continue
        prefix = family[:-len(head)]
        middle = role[len(prefix):-len(head)] if role.startswith(prefix) else None
        if middle in {str(i) for i in roles_table().get("role_infixes") or ()}:
            return True
    return False


@lru_cache(maxsize=1)
def municipal_roles() -> frozenset[str]:
    return frozenset(str(r) for r in roles_table()["municipal_roles"])


def is_municipal_role(role: str | None) -> bool:
    """A municipal leader's role, also with its field ("kommunalsjef for helse og velferd")."""
    return bool(role) and (role in municipal_roles() or str(role).split(" for ")[0] in municipal_roles())


@lru_cache(maxsize=1)
def government_roles() -> frozenset[str]:
    """Every government role word (`government_roles` in data/roles.yaml)."""
    data = roles_table()["government_roles"]
    return frozenset(str(r) for key in ("in_ministry", "other") for r in data[key])


@lru_cache(maxsize=1)
def ministry_staff_roles() -> frozenset[str]:
    """Roles held in one ministry without naming it (statsråd, statssekretær, ...)."""
    return frozenset(str(r) for r in roles_table()["government_roles"]["in_ministry"])


@lru_cache(maxsize=1)
def GOVERNMENT_ROLE() -> re.Pattern[str]:
    """A government role word at the start of a word, with any ending ("statsråden", "ministeren")."""
    return lexicon.phrase_pattern(sorted(government_roles()), before="", after=r"\w*")


def is_government_role(text: str) -> bool:
    """True when a role or a speaker's description names a government role or a ministry."""
    low = text.casefold()
    return any(r in low for r in government_roles()) or "departement" in low
