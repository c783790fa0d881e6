"""Give the memory a finished stage freed back to the operating system before the next one starts.

The stages of a run follow each other in one process: assembling (Python objects per document, Arrow
buffers while the Parquet copies are written), the publish gate (DuckDB) and the derived outputs.
Freed memory normally stays with the process (CPython's allocator, glibc's heap, Arrow's memory
pool), so the next stage's peak would come on top of the previous one's. Between stages the run
collects garbage, asks Arrow's pool to release what it keeps and glibc to trim its heap
(`malloc_trim`, where the C library has it): the run's peak is then the largest stage's, not their sum
(`benchmarks/RESULTS.md`).
"""
from __future__ import annotations

import ctypes
import ctypes.util
import gc
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
