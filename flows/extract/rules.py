"""The registry of extraction rules: every name a `rule` column may carry.

Rules are named data, documented in `flows/data/rules.yaml` (a description and
an invented example each), in four groups:

- `statements`: how a statement (direct or indirect) was found;
- `demand_voices` and `demand_cues`: a demand's rule is `<voice>:<cue>`, the
  voice saying whose words hold the demand, the cue what made it a demand;
- `meetings`: the occasion cue that decided a meeting's type (the cues
  themselves are patterns in `flows/data/meeting_types.yaml`).

`check(name)` raises for a name that is not registered, with the fix; the tests
check that every rule the extractor emits is registered and every registered
rule documented.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from flows import lexicon

GROUPS = ("statements", "demand_voices", "demand_cues", "meetings")


class UnregisteredRule(KeyError):
    """A rule name that is not in `flows/data/rules.yaml`."""


@dataclass(frozen=True)
class Rule:
    name: str
    group: str
    description: str
    example: str


@lru_cache(maxsize=1)
def registry() -> dict[str, Rule]:
    """Every documented rule by name (voices and cues by their part name)."""
    data = lexicon.load("rules")
    out: dict[str, Rule] = {}
    for group in GROUPS:
        for name, entry in (data.get(group) or {}).items():
            entry = entry or {}
            out[f"{group}/{name}"] = Rule(str(name), group, str(entry.get("description") or ""),
                                          str(entry.get("example") or ""))
    return out


def names(group: str) -> frozenset[str]:
    """The rule names of one group."""
    return frozenset(r.name for r in registry().values() if r.group == group)


def is_registered(name: str, kind: str) -> bool:
    """True when `name` is a registered rule of a statement, demand or meeting."""
    if kind == "demand":
        voice, _, cue = name.partition(":")
        return voice in names("demand_voices") and cue in names("demand_cues")
    group = {"statement": "statements", "meeting": "meetings"}[kind]
    return name in names(group)


def check(name: str, kind: str) -> str:
    """`name` unchanged when registered; raises UnregisteredRule (saying how to fix it) otherwise."""
    if not is_registered(name, kind):
        raise UnregisteredRule(f"{kind} rule {name!r} is not registered: add it with a description and an "
                               f"invented example to flows/data/rules.yaml")
    return name


def demand_rule(voice: str, cue: str) -> str:
    return f"{voice}:{cue}"
