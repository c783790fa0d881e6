"""Where each text comes from and what may be republished of it.

`metadata/licenses.yaml` maps publishers (by the url's domain, else by name) to the
terms of their texts. A text whose licence does not allow republishing it in full is
published as an excerpt: the sentences that statements and demands point to are
kept, every other character except line breaks becomes a space, so the text keeps
its length and every offset into it stays valid.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from flows.lexicon import read_yaml
from flows.segment import segment

METADATA_DIR = Path(__file__).resolve().parent.parent / "metadata"
MASK = " "  # what replaces a character that is not republished
KEEP = "\n"  # characters never masked, so the layout of the text stays readable

Row = dict[str, Any]
Span = tuple[int, int]


@lru_cache(maxsize=None)
def load_metadata(name: str) -> dict[str, Any]:
    """The parsed `metadata/<name>.yaml`."""
    path = METADATA_DIR / f"{name}.yaml"
    return read_yaml(path, f"metadata file {path} is missing; it ships with the repository")


@dataclass(frozen=True)
class Publisher:
    name: str
    title: str
    homepage: str | None
    license: str


def licenses() -> dict[str, dict[str, Any]]:
    return load_metadata("licenses")["licenses"]


def _host_matches(host: str, domains: list[str]) -> bool:
    host = host.lower().removeprefix("www.")
    return any(host == d or host.endswith("." + d) for d in domains)


def _name_matches(publisher: str, names: list[str]) -> bool:
    folded = " ".join(publisher.casefold().split())
    return any(re.match(rf"{re.escape(n.casefold())}(?!\w)", folded) for n in names)


def find_publisher(url: str | None, publisher: str | None) -> Publisher | None:
    """The publisher entry of a text: by the url's host first, then by the publisher's name."""
    entries = load_metadata("licenses")["publishers"]
    host = (urlsplit(url).hostname or "") if url else ""
    match = next((e for e in entries if host and _host_matches(host, e["domains"])), None)
    if match is None and publisher:
        match = next((e for e in entries if _name_matches(publisher, e["names"])), None)
    if match is None:
        return None
    return Publisher(match["name"], match["title"], match.get("homepage"), match["license"])


def license_of(url: str | None, publisher: str | None, override: str | None = None) -> str:
    """The licence code of a text: the sidecar's own, else its publisher's, else the default."""
    codes = licenses()
    if override:
        if override not in codes:
            raise ValueError(f"licence {override!r} is not in metadata/licenses.yaml (known: {', '.join(codes)}); "
                             "add it there and to the documents.license enum in schemas/documents.json")
        return override
    found = find_publisher(url, publisher)
    return found.license if found else load_metadata("licenses")["default"]


def full_text_allowed(license_code: str) -> bool:
    return bool(licenses()[license_code]["full_text"])


def kept_spans(text: str, spans: list[Span]) -> list[Span]:
    """The sentences of `text` that overlap a span, plus the spans themselves, merged and sorted."""
    sentences = [(s.start, s.end) for block in segment(text) for s in block.sentences]
    keep = [(a, b) for a, b in spans if a < b]
    keep += [(a, b) for a, b in sentences if any(a < e and s < b for s, e in spans)]
    merged: list[Span] = []
    for a, b in sorted(keep):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


def excerpt(text: str, spans: list[Span]) -> str:
    """`text` with only the sentences around `spans` kept; everything else but line breaks masked.

    Same length as `text`, so every offset into it stays valid.
    """
    chars = [c if c in KEEP else MASK for c in text]
    for a, b in kept_spans(text, spans):
        chars[a:b] = text[a:b]
    return "".join(chars)


def source_rows(documents: list[Row]) -> list[dict[str, Any]]:
    """The package's `sources`: one per publisher and licence, with counts and dates (OWID's `origin`)."""
    groups: dict[tuple[str, str], list[Row]] = {}
    for doc in documents:
        found = find_publisher(doc.get("url"), doc.get("publisher"))
        key = (found.name if found else (doc.get("publisher") or "Unknown publisher"), doc["license"])
        groups.setdefault(key, []).append(doc)
    out = []
    for (name, code), docs in sorted(groups.items()):
        found = find_publisher(docs[0].get("url"), docs[0].get("publisher"))
        lic = licenses()[code]
        published = sorted(d["published"] for d in docs if d.get("published"))
        accessed = sorted(d["accessed"] for d in docs if d.get("accessed"))
        source: dict[str, Any] = {"title": found.title if found else name}
        if found and found.homepage:
            source["path"] = found.homepage
        source.update({
            "publisher": name,
            "licenses": [{k: v for k, v in (("name", code), ("title", lic["title"]), ("path", lic["path"])) if v}],
            "fullText": all(d["full_text"] for d in docs),
            "documents": len(docs),
        })
        if published:
            source["published"] = _range(published)
        if accessed:
            source["accessed"] = accessed[-1].isoformat()
        source["citation"] = _citation(name, found, docs, published)
        out.append(source)
    return out


def _range(dates: list[date]) -> str | None:
    if not dates:
        return None
    return dates[0].isoformat() if dates[0] == dates[-1] else f"{dates[0].isoformat()}/{dates[-1].isoformat()}"


def _citation(name: str, found: Publisher | None, docs: list[Row], published: list[date]) -> str:
    where = f" ({found.homepage})" if found and found.homepage else ""
    when = f", published {_range(published)}" if published else ""
    n = len(docs)
    return (f"{name}{where}: {n} text{'s' if n != 1 else ''}{when}; "
            "each text's url, title and dates are in the documents table.")
