"""A memo for one document's extraction: pure lookups the passes repeat, computed once per document.

The passes ask the same questions of the same sentence several times (the organisations a
sentence names, the absence cues in it). `extract()` runs inside `per_document()`, which gives
the document a fresh memo; a function wrapped in `memoised` answers from it. Nothing is kept
from one document to the next (so a corpus of repeated texts is not made faster than a corpus
of distinct ones), and each thread or task has its own memo (a context variable). Outside
`per_document()` the function is simply called.
"""
from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import wraps
from typing import Any, TypeVar

_MEMO: ContextVar[dict[Hashable, Any] | None] = ContextVar("flows_extract_memo", default=None)

F = TypeVar("F", bound=Callable[..., Any])


@contextmanager
def per_document() -> Iterator[None]:
    """A fresh memo for the calls inside the block (one document's extraction)."""
    token = _MEMO.set({})
    try:
        yield
    finally:
        _MEMO.reset(token)


def memoised(fn: F) -> F:
    """`fn` (pure, hashable positional arguments, an immutable result) answered from the
    document's memo when one is open."""
    @wraps(fn)
    def wrapper(*args: Hashable) -> Any:
        memo = _MEMO.get()
        if memo is None:
            return fn(*args)
        key = (fn, args)
        try:
            return memo[key]
        except KeyError:
            value = memo[key] = fn(*args)
            return value
    return wrapper  # type: ignore[return-value]


def memoised_list(fn: Callable[..., list[Any]]) -> Callable[..., list[Any]]:
    """`memoised` for a function that returns a list: the memo keeps a tuple, each caller gets a
    list of its own (a caller may change it)."""
    kept = memoised(lambda *args: tuple(fn(*args)))

    @wraps(fn)
    def wrapper(*args: Hashable) -> list[Any]:
        return list(kept(*args))
    return wrapper


@memoised
def segmented(text: str) -> tuple[Any, ...]:
    """`flows.segment.segment(text)`, once per document: the context's blocks and the topic pass's
    sections are read from the same segmentation."""
    from flows.segment import segment

    return segment(text)
