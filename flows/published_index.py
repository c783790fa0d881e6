"""Where each document's rows are in the published CSV files, and the digest of those rows.

The release's delta compares documents, not rows: a document whose rows' digest
(flows.shards.fragments_digest) is the published one changed nothing, and only
the others are read back and compared row by row, from the byte ranges their
lines take in the published CSV files. The index is kept beside the extraction
cache (`OUT/.cache/published-index.json`) and names the sha256 of the
`datapackage.json` it describes; when it is missing or describes another
release (a fresh clone, a package published by hand), it is rebuilt by one
streaming pass over the published CSV files.
"""
from __future__ import annotations

import csv
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import orjson

from flows.memory import gc_paused
from flows.shards import digest_of
from flows.tables import DOCUMENT_TABLES
from flows.writers import csv_field_limit, file_stats, parse_fragment

INDEX = Path(".cache") / "published-index.json"
STAGED = "published-index.json"  # in OUT/.staging, beside the staged package
# What only the assembly reads (the cache entry, text key, mentions and metadata of each document), in a file
# of its own so that the derived outputs, which read the index, do not parse (or hold) it.
EXTRAS = Path(".cache") / "published-extras.json"
STAGED_EXTRAS = "published-extras.json"
Range = tuple[int, int]  # (offset, length) in bytes


@dataclass
class PublishedDoc:
    source_file: str
    doc_id: str
    digest: str
    ranges: dict[str, list[Range]] = field(default_factory=dict)
    sha256: str | None = None  # of the raw file, as documents.sha256 says
    counts: dict[str, int] = field(default_factory=dict)  # rows in each table (a table without rows left out)
    # What the assembly needs besides the rows to publish the document again without reading its shard
    # (flows.assemble): the cache entry its rows came from, its text key, person mentions and metadata.
    # Only an index saved by the assembly has them; a scanned one does not.
    shard: str | None = None
    text_key: str | None = None
    mentions: list[list[str | None]] | None = None
    meta: dict[str, Any] | None = None
    shard_stamp: list[int] | None = None  # size and mtime_ns of the cache entry when it was read (a local cache)


def descriptor_digest(out_dir: Path) -> str | None:
    path = out_dir / "datapackage.json"
    return file_stats(path)[1] if path.is_file() else None


def records_with_offsets(handle: IO[bytes]) -> Iterator[tuple[list[str], int, bytes]]:
    """(cells, offset, bytes) of each record of a CSV file after its header."""
    header = handle.readline()
    offset = len(header)
    pending: list[bytes] = []

    def lines() -> Iterator[str]:
        for raw in handle:
            pending.append(raw)
            yield raw.decode("utf-8")

    for record in csv.reader(lines()):  # the reader asks for exactly the lines of one record at a time
        data = b"".join(pending)
        pending.clear()
        yield record, offset, data
        offset += len(data)


def add_range(ranges: list[Range], offset: int, length: int) -> None:
    """Append the byte range (offset, length) to `ranges`, joined to the last one when it follows it."""
    if ranges and ranges[-1][0] + ranges[-1][1] == offset:
        ranges[-1] = (ranges[-1][0], ranges[-1][1] + length)
    else:
        ranges.append((offset, length))


def table_paths(processed: Path | dict[str, Path]) -> dict[str, Path]:
    """Each document table's CSV file: in a folder, or given table by table (intact copies of a damaged package)."""
    if isinstance(processed, dict):
        return {t: processed[t] for t in DOCUMENT_TABLES if t in processed}
    return {t: processed / f"{t}.csv" for t in DOCUMENT_TABLES}


def scan(processed: Path | dict[str, Path]) -> dict[str, PublishedDoc]:
    """The index of published CSV files, by one streaming pass over each (source_file -> document)."""
    paths = table_paths(processed)
    names: dict[str, str] = {}
    raw_hashes: dict[str, str] = {}
    ranges: dict[str, dict[str, list[Range]]] = {}
    counts: dict[str, dict[str, int]] = {}
    hashes: dict[str, dict[str, Any]] = {}
    for table in DOCUMENT_TABLES:
        path = paths.get(table)
        if path is None or not path.is_file():
            continue
        with csv_field_limit(), path.open("rb") as handle:
            header = next(csv.reader([handle.readline().decode("utf-8")]))
            handle.seek(0)
            wanted = ["doc_id"] + (["source_file", "sha256"] if table == "documents" else [])
            if not set(wanted) <= set(header):
                raise ValueError(f"{path}: the header lacks {', '.join(c for c in wanted if c not in header)}; "
                                 "it is not a table the pipeline wrote")
            at = header.index("doc_id")
            source_at = header.index("source_file") if table == "documents" else None
            sha_at = header.index("sha256") if table == "documents" else None
            for record, offset, data in records_with_offsets(handle):
                doc_id = record[at]
                if source_at is not None and sha_at is not None:
                    names[doc_id], raw_hashes[doc_id] = record[source_at], record[sha_at]
                add_range(ranges.setdefault(doc_id, {}).setdefault(table, []), offset, len(data))
                per_doc = counts.setdefault(doc_id, {})
                per_doc[table] = per_doc.get(table, 0) + 1
                hashes.setdefault(doc_id, {}).setdefault(table, hashlib.sha256()).update(data)
    empty = hashlib.sha256(b"").hexdigest()
    docs = {}
    for doc_id, source_file in names.items():
        found = hashes.get(doc_id, {})
        table_hashes = {t: found[t].hexdigest() if t in found else empty for t in DOCUMENT_TABLES}
        docs[source_file] = PublishedDoc(source_file, doc_id, digest_of(table_hashes), ranges.get(doc_id, {}),
                                         raw_hashes.get(doc_id), counts.get(doc_id, {}))
    return docs


def _read(path: Path, digest: str | None) -> Any:
    """A saved file's `documents` when it names the descriptor digest `digest`, else None."""
    try:
        data = orjson.loads(path.read_bytes())
    except (OSError, ValueError):  # orjson.JSONDecodeError is a ValueError
        return None
    if not isinstance(data, dict) or digest is None or data.get("datapackage_sha256") != digest:
        return None
    return data.get("documents")


def entries(out_dir: Path, path: Path | None = None) -> list[list[Any]] | None:
    """The saved index's entries as saved, `[source_file, doc_id, digest, ranges, sha256, counts]` in file-name
    order, when it describes `out_dir`'s datapackage.json (else None): what the incremental gate reads
    (flows.delta_gate), without building a PublishedDoc per document."""
    return _entries(out_dir, path, descriptor_digest(out_dir))


def _entries(out_dir: Path, path: Path | None, digest: str | None) -> list[list[Any]] | None:
    """The saved index's entries when it names `digest`: none, another package's, or one written before the
    index held row counts gives None (the package is scanned again once)."""
    with gc_paused():  # millions of small acyclic objects (flows.memory)
        documents = _read(path or out_dir / INDEX, digest)
    if not isinstance(documents, list) or any(len(d) < 6 for d in documents):
        return None
    return documents


def load(out_dir: Path, path: Path | None = None, extras: bool = False) -> dict[str, PublishedDoc] | None:
    """The saved index (OUT/.cache/published-index.json, or `path`) when it describes `out_dir`'s
    datapackage.json, else None; documents in file-name order. With `extras`, each document also gets
    what the assembly needs to publish it again without its shard (published-extras.json beside the
    index), where that file describes the same package."""
    digest = descriptor_digest(out_dir)
    documents = _entries(out_dir, path, digest)
    if documents is None:
        return None
    with gc_paused():  # millions of small acyclic objects (flows.memory)
        more = _read((path.parent / STAGED_EXTRAS) if path else out_dir / EXTRAS, digest) if extras else None
        more = more if isinstance(more, dict) else {}
        return {d[0]: PublishedDoc(d[0], d[1], d[2], {t: list(map(tuple, rs)) for t, rs in d[3].items()}, d[4],
                                   d[5], *more.get(d[0], ())) for d in documents}


def load_staged(staging: Path) -> dict[str, PublishedDoc] | None:
    """The index saved beside a staged package (flows.assemble), when it describes it."""
    return load(staging, staging / STAGED)


def save_staged(staging: Path, docs: list[PublishedDoc]) -> Path:
    """Write the index of a staged package beside it (it names the staged descriptor's sha256, which the
    descriptor keeps when it is swapped in); `promote` moves it into OUT/.cache after the swap."""
    path = staging / STAGED
    digest = descriptor_digest(staging)
    data = {"datapackage_sha256": digest,
            "documents": [[d.source_file, d.doc_id, d.digest, d.ranges, d.sha256, d.counts] for d in docs]}
    # what json.dumps(ensure_ascii=False, separators=(",", ":")) writes, 5× faster
    path.write_bytes(orjson.dumps(data, option=orjson.OPT_NON_STR_KEYS))
    extras = {"datapackage_sha256": digest,
              "documents": {d.source_file: [d.shard, d.text_key, d.mentions, d.meta, d.shard_stamp]
                            for d in docs if d.shard}}
    (staging / STAGED_EXTRAS).write_bytes(orjson.dumps(extras, option=orjson.OPT_NON_STR_KEYS))
    return path


def take_staged_file(out_dir: Path, staged_name: str, published: Path) -> Path | None:
    """Move a staged cache file (OUT/.staging/`staged_name`) beside its published place
    (OUT/`published` with the suffix .pending) before the swap, which removes the staging
    folder; None when there is none or OUT/.cache cannot be written (the file is a cache: the
    next run does without it)."""
    staged = out_dir / ".staging" / staged_name
    if not staged.is_file():
        return None
    pending = out_dir / published.with_suffix(".pending")
    try:
        pending.parent.mkdir(parents=True, exist_ok=True)
        staged.replace(pending)
    except OSError:
        return None
    return pending


def take_staged(out_dir: Path) -> list[tuple[Path, Path]]:
    """Move the staged index and its extras out of OUT/.staging before the swap (without them the next
    run scans the published files); (pending file, published place) of each."""
    pending = [(take_staged_file(out_dir, STAGED, INDEX), INDEX),
               (take_staged_file(out_dir, STAGED_EXTRAS, EXTRAS), EXTRAS)]
    return [(path, target) for path, target in pending if path is not None]


def promote(out_dir: Path, pending: list[tuple[Path, Path]]) -> None:
    """After the swap: the staged index (and extras) become the published ones."""
    for path, target in pending:
        if path.is_file():
            try:
                path.replace(out_dir / target)
            except OSError:
                pass  # the index is a cache: without it the next run scans the published files


class PublishedRows:
    """Reads a published document's rows back from the byte ranges of its lines."""

    def __init__(self, processed: Path | dict[str, Path]) -> None:
        self.paths = table_paths(processed)
        self.handles: dict[str, IO[bytes]] = {}

    def rows(self, doc: PublishedDoc, table: str) -> list[dict[str, Any]]:
        if not doc.ranges.get(table) or table not in self.paths:
            return []
        return parse_fragment(table, self.lines(doc, table).decode("utf-8"))

    def lines(self, doc: PublishedDoc, table: str) -> bytes:
        """The document's lines in the table's published CSV file, as they are."""
        if not doc.ranges.get(table):
            return b""
        handle = self.handle(table)
        parts = []
        for offset, length in doc.ranges[table]:
            handle.seek(offset)
            parts.append(handle.read(length))
        return b"".join(parts)

    def handle(self, table: str) -> IO[bytes]:
        """The table's published CSV file, open for reading (closed by `close`)."""
        if table not in self.handles:
            self.handles[table] = self.paths[table].open("rb")
        return self.handles[table]

    def close(self) -> None:
        for handle in self.handles.values():
            handle.close()
