"""What a worker does with one document: extract it (or reuse its cached extraction), build its
row shard and write both to the cache. Runs wherever the task runner puts it (the flow's process,
a local Dask worker, a worker on another machine): it reads the raw file and writes the cache
itself, and returns only a small record saying where the shard is.

Cache entries (under the cache URL, default OUT/.cache):
- `extractions/<content key>-<extractor version>.json`: the extraction (flows.records);
- `shards/<content key>-<name key>-<rows version>.json`: its rows (flows.shards).
The content key hashes the raw bytes and the sidecar's; the name key the file's name,
which the rows carry (source_file, doc_id).
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from flows import records
from flows.extract import extract
from flows.ingest import UnreadableFile, read_document
from flows.shards import build_shard, rows_version
from flows.store import Store

Outcome = dict[str, Any]


def source_key(path: Path) -> str:
    """Content key of a source: its bytes and its sidecar's bytes."""
    digest = hashlib.sha256(path.read_bytes())
    sidecar = path.with_name(path.stem + ".meta.json")
    if sidecar.exists():
        digest.update(sidecar.read_bytes())
    return digest.hexdigest()


def extraction_name(key: str) -> str:
    return f"extractions/{key}-{records.extractor_version()}.json"


def shard_name(key: str, path: Path) -> str:
    name_key = hashlib.sha256(path.name.encode("utf-8")).hexdigest()[:12]
    return f"shards/{key}-{name_key}-{rows_version()}.json"


def cached_shard(path: Path, store: Store) -> Outcome | None:
    """The outcome of a document whose shard is already cached (None when it must be built)."""
    name = shard_name(source_key(path), path)
    return {"source_file": path.name, "shard": store.path(name), "extracted": False} if store.exists(name) else None


def process(path: Path, store: Store) -> Outcome:
    """Extract one raw file (or reuse its cached extraction) and write its shard; the outcome says
    where the shard is, or why the file was set aside."""
    try:
        key = source_key(path)
        name = shard_name(key, path)
        if store.exists(name):
            return {"source_file": path.name, "shard": store.path(name), "extracted": False}
        cached = store.read(extraction_name(key))
        if cached is not None:
            extraction, extracted = records.loads(cached), False
        else:
            extraction, extracted = extract(read_document(path)), True
            store.write(extraction_name(key), records.dumps(extraction))
        url = store.write(name, build_shard(extraction).dumps())
        return {"source_file": path.name, "shard": url, "extracted": extracted}
    except (UnreadableFile, OSError, UnicodeError) as exc:
        return {"source_file": path.name, "quarantined": str(exc)}


def process_batch(paths: list[str], cache_url: str) -> list[Outcome]:
    store = Store(cache_url)
    return [process(Path(p), store) for p in paths]
