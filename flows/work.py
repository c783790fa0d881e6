"""What a worker does with one document: extract it (or reuse its cached extraction), build its
row shard and write both to the cache. Runs wherever the task runner puts it (the flow's process,
a local Dask worker, a worker on another machine): it reads the raw file and writes the cache
itself, and returns only a small record saying where the shard is, or why the file was set aside.

Whatever goes wrong with one document sets that document aside with the reason (flows.isolate):
a file too large or unreadable, a bad sidecar, a text that is not Norwegian, an extraction over
its time budget, a bug in the extractor, rows that cannot be built. The cache is a cache
(flows.cache): when it cannot be read or written the document is extracted without it, its
shard carried in the record, and the record says so in its warnings.

Cache entries (under the cache URL, default OUT/.cache):
- `extractions/<content key>-<extractor version>.json`: the extraction (flows.records);
- `shards/<content key>-<name key>-<rows version>.json`: its rows (flows.shards).
The content key hashes the raw bytes and the sidecar's; the name key the file's published
(NFC) name, which the rows carry (source_file, doc_id).
"""
from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from flows import records
from flows.budget import DEFAULT_SECONDS
from flows.cache import ExtractionCache
from flows.ingest import MAX_TEXT_BYTES, UnreadableFile, check_size
from flows.isolate import Outcome, bound_to, content_key, read_and_extract, set_aside, sidecar_warnings, why
from flows.rawfiles import RawFile, document_id, sidecar_name
from flows.raw_stamps import FileStamp, StampIndex, settled, stamp_of
from flows.shards import build_shard, rows_version
from flows.store import Store

FileRef = dict[str, str]  # {"path": where the raw file is, "name": its published (NFC) name}


def ref(raw: RawFile) -> FileRef:
    return {"path": str(raw.path), "name": raw.name}


def raw_file(file: FileRef) -> RawFile:
    return RawFile(Path(file["path"]), file["name"])


def extraction_name(key: str) -> str:
    return f"extractions/{key}-{records.extractor_version()}.json"


def shard_name(key: str, name: str) -> str:
    name_key = hashlib.sha256(name.encode("utf-8")).hexdigest()[:12]
    return f"shards/{key}-{name_key}-{rows_version()}.json"


def _keyed(raw: RawFile, stamps: StampIndex | None = None) -> Outcome:
    """The outcome's identity: name, id, content key and sha256 (OSError or UnreadableFile when unreadable).
    The key is taken from `stamps` when the file's stat is the one remembered there (flows.raw_stamps), else
    hashed; `stamp` is the stat to remember with it (None when the file was changing or changed just now)."""
    check_size(raw.path)
    before = stamp_of(raw)
    hit = stamps.lookup(raw, before) if stamps is not None else None
    remembered = None
    if hit is not None:
        (key, sha256), stamp = hit, before
        remembered = stamps.sidecar_warnings(raw, before) if stamps is not None else None
    else:
        key, sha256 = content_key(raw)
        stamp = before if before is not None and stamp_of(raw) == before and settled(before) else None
    return {"source_file": raw.name, "path": str(raw.path), "doc_id": raw.doc_id, "key": key, "sha256": sha256,
            "warnings": [], "stamp": stamp, "sidecar_warnings": remembered}


def _with_sidecar_warnings(outcome: Outcome, raw: RawFile) -> Outcome:
    """The outcome with its sidecar's warnings: those remembered with its stamp, else read from the sidecar."""
    warnings = outcome["sidecar_warnings"]
    if warnings is None:
        warnings = sidecar_warnings(raw)
    return {**outcome, "warnings": list(warnings), "sidecar_warnings": list(warnings)}


def cached_shard(raw: RawFile, cache: ExtractionCache, stamps: StampIndex | None = None) -> Outcome | None:
    """The outcome of a document whose shard is already cached (None when it must be built, or when the
    worker must look at it: a file that cannot be read is set aside there with the reason)."""
    try:
        outcome = _keyed(raw, stamps)
    except (UnreadableFile, OSError):
        return None
    name = shard_name(outcome["key"], raw.name)
    if not cache.exists(name):
        return None
    return {**_with_sidecar_warnings(outcome, raw), "shard": cache.path(name), "extracted": False}


def cached_shards(files: list[FileRef], cache: ExtractionCache, stamps: StampIndex
                  ) -> tuple[list[Outcome], list[FileRef]]:
    """(outcomes of the files whose shard is cached, files to look at further) for a daily run: what
    `cached_shard` finds, without its per-file costs where nothing changed. A file costs one stat: its
    sidecar is stat'ed only when the listing of its folder holds one, and the shards of a local cache are
    looked up in one listing of the cache's folder. A file whose stamp is not the remembered one (new,
    changed, too large, unreadable now) goes to `cached_shard` unchanged."""
    listed: dict[str, frozenset[str]] = {}
    shards = _listed_shards(cache)
    found, rest = [], []
    for file in files:
        path, name = file["path"], file["name"]
        folder = os.path.dirname(path)
        names = listed.get(folder)
        if names is None:
            names = listed[folder] = _listing(folder)
        hit = _unchanged(path, name, names, stamps)
        if hit is None:
            rest.append(file)
            continue
        key, sha256, stamp, remembered = hit
        entry = shard_name(key, name)
        if not (entry in shards if shards is not None else cache.exists(entry)):
            rest.append(file)  # no shard: extracted (or its extraction reused) by a worker
            continue
        outcome = {"source_file": name, "path": path, "doc_id": document_id(name), "key": key, "sha256": sha256,
                   "warnings": [], "stamp": stamp, "sidecar_warnings": remembered}
        if remembered is None:
            outcome = _with_sidecar_warnings(outcome, raw_file(file))
        else:
            outcome.update(warnings=list(remembered), sidecar_warnings=list(remembered))
        found.append({**outcome, "shard": cache.path(entry), "extracted": False})
    return found, rest


def _listing(folder: str) -> frozenset[str]:
    try:
        return frozenset(os.listdir(folder))
    except OSError:
        return frozenset()


def _listed_shards(cache: ExtractionCache) -> frozenset[str] | None:
    """The names `shards/<file>` of a local cache's shards folder (None for another store: ask it per entry)."""
    if not cache.store.local:
        return None
    folder = os.path.dirname(cache.path("shards/x"))
    return frozenset(f"shards/{name}" for name in _listing(folder))


def _unchanged(path: str, name: str, folder: frozenset[str], stamps: StampIndex
               ) -> tuple[str, str, FileStamp, list[str] | None] | None:
    """(key, sha256, stamp, the sidecar's remembered warnings) of a raw file whose stat and its sidecar's are
    the ones remembered in `stamps` (flows.raw_stamps); None for anything else."""
    entry = stamps.entries.get(name)
    if entry is None:
        return None
    try:
        st = os.stat(path)
        if st.st_size > MAX_TEXT_BYTES:
            return None
        main = [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino]
        sidecar = sidecar_name(os.path.basename(path))
        side = None
        if sidecar in folder:
            sst = os.stat(os.path.join(os.path.dirname(path), sidecar))
            side = [sst.st_size, sst.st_mtime_ns, sst.st_ctime_ns, sst.st_ino]
    except OSError:
        return None
    stamp: FileStamp = [main, side]
    if entry[0] != stamp:
        return None
    remembered = list(entry[3]) if len(entry) >= 4 and isinstance(entry[3], list) else None
    return entry[1], entry[2], stamp, remembered


def process(raw: RawFile, cache: ExtractionCache, seconds: float = DEFAULT_SECONDS) -> Outcome:
    """Extract one raw file (or reuse its cached extraction) and write its shard; the outcome says
    where the shard is (or holds it, when the cache cannot be written), or why the file was set aside."""
    try:
        outcome = _keyed(raw)
    except UnreadableFile as exc:
        return set_aside(raw, str(exc), [])
    except OSError as exc:
        return set_aside(raw, f"cannot read the file: {why(exc)}", [])
    warnings: list[str] = outcome["warnings"]
    name = shard_name(outcome["key"], raw.name)
    if cache.exists(name):
        return {**_with_sidecar_warnings(outcome, raw), "shard": cache.path(name), "extracted": False}
    extraction, warning = cache.load(extraction_name(outcome["key"]))
    warnings += [warning] if warning else []
    extracted = extraction is None
    if extraction is None:
        result = read_and_extract(raw, seconds)
        if result.extraction is None:
            return set_aside(raw, str(result.reason), warnings)
        extraction = result.extraction
        warnings += result.warnings
        _, warning = cache.store_extraction(extraction_name(outcome["key"]), extraction)
        warnings += [warning] if warning else []
    else:
        warnings += sidecar_warnings(raw)
    try:
        shard = build_shard(bound_to(extraction, raw)).dumps()
    except Exception as exc:  # a row that cannot be built sets its document aside, not the run
        return set_aside(raw, f"its rows could not be built: {type(exc).__name__}: {str(exc)[:200]} "
                              "(a bug: please report it with this file)", warnings)
    url, warning = cache.write(name, shard)
    if url is None:
        warnings.append(str(warning))
        return {**outcome, "shard_text": shard, "extracted": extracted}
    return {**outcome, "shard": url, "extracted": extracted}


class StaleWorker(RuntimeError):
    """A worker runs another version of the extractor or of the rows than the flow that sent it work."""


def versions() -> dict[str, str]:
    """The extractor's and the rows' versions of this process: hashes of the files (flows.records,
    flows.shards), computed once per process, so a process that loaded the extractor before its files
    changed keeps reporting the version it runs."""
    return {"extractor": records.extractor_version(), "rows": rows_version()}


def process_batch(files: list[FileRef], cache_url: str, seconds: float = DEFAULT_SECONDS,
                  expected: dict[str, str] | None = None) -> list[Outcome]:
    """Process each file of a batch. `expected`: the flow's `versions()`; a process whose own differ (a
    standing cluster started before the code changed) refuses the batch rather than write other rows."""
    if expected is not None and versions() != expected:
        raise StaleWorker(f"this worker extracts with versions {versions()}, the run expects {expected}: "
                          "restart the Dask cluster's workers (`make cluster`) so they load the current code")
    cache = ExtractionCache(Store(cache_url))
    return [process(raw_file(f), cache, seconds) for f in files]


WARM_UP_TEXT = (
    "KS møtte Kommunal- og distriktsdepartementet til konsultasjonsmøte 3. mars 2024.\n\n"
    "– Vi ber regjeringen om å styrke kommuneøkonomien, sier styreleder i KS, Kari Nordmann.\n\n"
    "Kommunane meiner staten må ta ansvar for utgiftene, seier Ola Nordmann.\n"
)


def process_warm_up_text() -> None:
    """Process a short invented text as a batch (read from a file, extracted, rows built and cached in a
    temporary folder): loads every lazily loaded resource of the extractor (flows.beside, flows.dask_worker)."""
    with tempfile.TemporaryDirectory(prefix="ksdata-warm-up-") as folder:
        text = Path(folder) / "warm-up.txt"
        text.write_text(WARM_UP_TEXT, encoding="utf-8")
        process_batch([{"path": str(text), "name": text.name}], str(Path(folder) / "cache"))


def rebuild(outcome: Outcome, cache_url: str, seconds: float = DEFAULT_SECONDS) -> Outcome:
    """A document whose cached shard cannot be read back (damaged, removed meanwhile): the entry removed
    and the document processed again, in this process."""
    cache = ExtractionCache(Store(cache_url))
    raw = RawFile(Path(outcome["path"]), outcome["source_file"])
    cache.remove(shard_name(outcome["key"], raw.name))
    again = process(raw, cache, seconds)
    again["warnings"] = [*again.get("warnings", []), "extraction cache: its row shard could not be read back; "
                                                     "built again"]
    return again
