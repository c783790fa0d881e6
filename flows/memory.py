"""Give the memory a finished stage freed back to the operating system before the next one starts.

The stages of a run follow each other in one process: assembling (Python objects per document, Arrow
buffers while the Parquet copies are written), the publish gate (DuckDB) and the derived outputs.
Freed memory normally stays with the process (CPython's allocator, glibc's heap, Arrow's memory
pool), so the next stage's peak would come on top of the previous one's. Between stages the run
collects garbage, asks Arrow's pool to release what it keeps and glibc to trim its heap
(`malloc_trim`, where the C library has it): the run's peak is then the largest stage's, not their sum
(`benchmarks/RESULTS.md`).

While a stage builds many small objects that stay alive (the published index and its extras, the
assembly's per-document entries: millions of dicts, lists and strings at 20,000 documents), CPython's
cyclic collector would walk every live object again each time their number grows by a quarter:
`gc_paused` turns it off for such a stage. Nothing those stages build refers to itself, so reference
counting frees it all the same; the collection between stages (`release_memory`) finds any cycle.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import gc
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _libc() -> Any:
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name) if name else None
    except OSError:
        return None
    return libc if libc is not None and hasattr(libc, "malloc_trim") else None


def release_memory(collect: bool = True) -> None:
    """Collect garbage (unless `collect` is False: a full collection of a large heap takes a second),
    release Arrow's unused pool memory and trim the C heap (each where available)."""
    if collect:
        gc.collect()
    try:
        import pyarrow as pa

        pa.default_memory_pool().release_unused()
    except (ImportError, AttributeError):
        pass
    libc = _libc()
    if libc is not None:
        libc.malloc_trim(0)


@contextmanager
def gc_paused() -> Iterator[None]:
    """Automatic garbage collection off inside the block (as it was before, after it): loading the
    published index and its extras at 20,000 documents takes a quarter of the CPU time without it."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
