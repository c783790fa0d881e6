"""A problem found by the fast check, and how it reads as a one-line message."""
from __future__ import annotations

from dataclasses import dataclass

VALUE_WIDTH = 60


@dataclass(frozen=True)
class Problem:
    """One broken constraint: where (resource, row as frictionless counts it, field), what value, and how to fix it."""

    resource: str
    check: str            # the frictionless error it corresponds to: type, constraint name, unique, foreign-key ...
    row: int | None
    field: str | None
    value: str | None
    detail: str
    fix: str

    def __str__(self) -> str:
        where = self.resource + (f" row {self.row}" if self.row is not None else "")
        where += f", {self.field}" if self.field else ""
        value = ""
        if self.value is not None:
            shown = self.value if len(self.value) <= VALUE_WIDTH else self.value[:VALUE_WIDTH] + "…"
            value = f"{shown!r} "
        return f"{where}: {value}{self.detail} [{self.check}]; {self.fix}"


def more(resource: str, check: str, field: str | None, hidden: int) -> Problem:
    """The line standing for the problems of one check beyond the listed ones."""
    return Problem(resource, check, None, field, None, f"{hidden} more row(s) break this check",
                   "the rows above show the pattern; fix the cause and validate again")
