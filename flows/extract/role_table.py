"""The role table (`data/roles.yaml`), loaded once: the bottom layer every role module reads.

`roles.py` (role words and patterns), `role_forms.py` (singular, plural, deputies) and
`role_organisations.py` (the organisation after a role) all read this one table. It sits below
them all and imports nothing of theirs, so `roles.py` can import the other two without a cycle and
none of them keeps a copy of the loader.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from flows import lexicon


@lru_cache(maxsize=1)
def roles_table() -> dict[str, Any]:
    """The parsed `data/roles.yaml` (shared, never to be changed by a caller)."""
    return lexicon.load("roles")
