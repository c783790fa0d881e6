"""A per-document time budget for extraction, checked cooperatively.

Extraction works sentence by sentence, and every pattern it matches is linear in
the length of its input, with sentences cut at `MAX_SENTENCE_CHARS` for
matching. So no single step can run away, and checking a deadline between
steps bounds the whole document: the flow opens `time_budget(seconds)` around
one document, the passes call `check()` in their loops, and a document that
runs out is set aside with "extraction exceeded N s" instead of stopping the run.

The deadline lives in a context variable: each thread (a Prefect task, a Dask
worker) has its own, and code outside any budget never raises.
"""
from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

# Longest stretch of one sentence that rules match on; the rest of an overlong
# "sentence" (a table, a list glued together, a run of punctuation) is not matched.
MAX_SENTENCE_CHARS = 2000
DEFAULT_SECONDS = 30.0


class BudgetExceeded(RuntimeError):
    """The document took longer than its time budget; the message says how long that was."""


@dataclass(frozen=True)
class _Budget:
    seconds: float
    deadline: float


_current: ContextVar[_Budget | None] = ContextVar("extraction_budget", default=None)


@contextmanager
def time_budget(seconds: float = DEFAULT_SECONDS) -> Iterator[None]:
    """Run the enclosed extraction under a deadline `seconds` from now."""
    token = _current.set(_Budget(seconds, time.monotonic() + seconds))
    try:
        yield
    finally:
        _current.reset(token)


def check() -> None:
    """Raise BudgetExceeded when the current budget has run out (no-op outside a budget)."""
    budget = _current.get()
    if budget is not None and time.monotonic() > budget.deadline:
        raise BudgetExceeded(f"extraction exceeded {budget.seconds:g} s")


def for_matching(text: str) -> str:
    """The part of a sentence that rules match on (offsets into it stay offsets into the sentence)."""
    return text[:MAX_SENTENCE_CHARS]
