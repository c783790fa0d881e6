"""Forms of a role word, from `data/roles.yaml`: singular and plural ("nestlederne" ->
"nestleder", "hovedstyremedlemmene" -> "hovedstyremedlem"), ordinals that open a role
("første nestleder"), deputies ("nestleder" of "leder") and which of two roles of one office
says more ("styreleder" rather than "leder")."""
from __future__ import annotations

from functools import lru_cache

from flows.extract.role_table import roles_table


def _is_singular_role(word: str) -> bool:
    data = roles_table()
    return word in data["roles"] or any(word.endswith(str(h)) for h in data["role_heads"])


def singular(role: str) -> str:
    """The singular of a plural role word: listed (`plurals`) or by its ending (`plural_endings`):
    "nestlederne" -> "nestleder", "styremedlemmene" -> "styremedlem". Other words are returned as
    they are."""
    role = role.casefold()
    listed = roles_table()["plurals"].get(role)
    if listed is not None:
        return str(listed)
    if _is_singular_role(role):
        return role
    endings: dict[str, str] = {str(k): str(v) for k, v in (roles_table().get("plural_endings") or {}).items()}
    for ending in sorted(endings, key=len, reverse=True):
        if role.endswith(ending):
            base = role[:-len(ending)] + endings[ending]
            if _is_singular_role(base):
                return base
    return role


def is_plural(role: str) -> bool:
    return singular(role) != role.casefold()


@lru_cache(maxsize=1)
def ordinals() -> tuple[str, ...]:
    return tuple(str(o) for o in roles_table().get("role_ordinals") or ())


def more_specific(new: str, old: str) -> bool:
    """The role `new` says more of the same office than `old`: "styreleder" than "leder",
    "første nestleder" than "nestleder", "helse- og omsorgsminister" than "statsråd"."""
    if new == old:
        return False
    if new.endswith(old) and len(new) > len(old):
        return not is_deputy(new[:-len(old)], old)
    return old in roles_table()["minister_roles"] and new.endswith(("minister", "ministar"))


def is_deputy(prefix: str, family: str) -> bool:
    """True when `prefix` + `family` is a deputy role and the family is not ("nest" + "leder")."""
    prefix = prefix.strip()
    return any(prefix.endswith(str(d)) for d in roles_table()["deputy_prefixes"]) and not is_deputy_word(family)


def is_deputy_word(role: str) -> bool:
    return any(role.startswith(str(d)) for d in roles_table()["deputy_prefixes"])
