"""The package-level metadata of a release: datapackage.json's top level.

Everything comes from `metadata/package.yaml`, `metadata/licenses.yaml`, the
documents rows and the previous release, never from the clock, so the same
inputs give the same descriptor:

- `created` is the newest date the inputs carry (a document's `accessed` or
  `published`), never earlier than the previous release's `created`; when no
  input carries a date and there is no earlier release, the dataset's start date
  (`since` in metadata/package.yaml).
- `sources` has one entry per publisher and licence (flows.provenance.source_rows).
"""
from __future__ import annotations

from datetime import date
from typing import Any

from flows.provenance import load_metadata, source_rows
from flows.schema import Row

PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json"


def _timestamp(day: date) -> str:
    return f"{day.isoformat()}T00:00:00Z"


def created(documents: list[Row], previous: str | None) -> str:
    """The release's `created` (RFC 3339, UTC), from the inputs and the previous release only."""
    dates = [d[k] for d in documents for k in ("accessed", "published") if d.get(k)]
    candidates = [_timestamp(max(dates))] if dates else []
    if previous:
        candidates.append(previous)
    if not candidates:
        since = load_metadata("package")["since"]
        candidates.append(_timestamp(since if isinstance(since, date) else date.fromisoformat(str(since))))
    return max(candidates)  # ISO timestamps in UTC sort as text


def _texts_sentence(documents: list[Row]) -> str:
    full = sum(1 for d in documents if d["full_text"])
    return (f"The extracted rows are licensed {load_metadata('package')['license']['name']}. The source texts keep "
            f"their publishers' terms (documents.license, per publisher in `sources`): {full} of {len(documents)} "
            "may be republished and are in documents.text in full (documents.full_text is true); for the others "
            "documents.text keeps only the sentences that statements and demands point to, every other character "
            "but line breaks replaced by a space, so all offsets stay valid.")


def _contributor(entry: dict[str, Any]) -> dict[str, Any]:
    return {k: entry[k] for k in ("title", "email", "path", "roles") if entry.get(k)}


def package_metadata(documents: list[Row], previous_created: str | None = None) -> dict[str, Any]:
    """datapackage.json without `version` and `resources`."""
    meta = load_metadata("package")
    out: dict[str, Any] = {
        "$schema": PROFILE,
        "name": meta["name"],
        "id": meta["id"],
        "title": meta["title"],
        "description": meta["description"].strip() + " " + _texts_sentence(documents),
    }
    if meta.get("homepage"):
        out["homepage"] = meta["homepage"]
    out["created"] = created(documents, previous_created)
    out["licenses"] = [dict(meta["license"])]
    out["sources"] = source_rows(documents)
    out["contributors"] = [_contributor(c) for c in meta["contributors"]]
    out["keywords"] = list(meta["keywords"])
    return out


def missing_metadata() -> list[str]:
    """Fields of metadata/package.yaml still unset, each with what to do (a warning, not an error)."""
    meta = load_metadata("package")
    problems = []
    if not meta.get("homepage"):
        problems.append("metadata/package.yaml: homepage is not set; set it to the repository's public URL")
    if not any(c.get("email") or c.get("path") for c in meta["contributors"]):
        problems.append("metadata/package.yaml: no contributor has an email or path to contact; add one")
    return problems
