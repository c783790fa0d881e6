"""The optional sidecar `raw/<name>.meta.json`, checked against its schema.

A sidecar is a UTF-8 JSON object of at most MAX_BYTES. Every field is optional
and may be null or empty (= unknown):

| field | type | rule |
|---|---|---|
| `url` | string | an http or https URL with a host, at most 2,048 characters, no spaces |
| `title` | string | at most 500 characters, no control characters |
| `published` | string | an ISO date (`2024-05-02`) or date-time, a real calendar date in 1900–2100 |
| `publisher` | string | at most 200 characters, no control characters |
| `language` | string | `nb` or `nn` |
| `accessed` | string | an ISO date or date-time in 1900–2100: when the text was retrieved |
| `fetched_at` | string | the same, written by the fetch stage (`accessed` wins when both are given) |
| `license` | string | a licence code of `metadata/licenses.yaml` |
| `note` | string | at most 2,000 characters (line breaks allowed): what is known of the text's provenance |
| `feed` | string | the feed or sitemap discovery found the URL in (a URL, at most 2,048 characters) |

A sidecar that breaks a rule makes its document set aside, the reason naming
the sidecar, the field and what is wrong; unknown keys are ignored with a
warning in the run report (add a field here when the pipeline starts reading it).
"""
from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from flows.language import LANGUAGES
from flows.model import Metadata
from flows.rawfiles import placement_problem

MAX_BYTES = 64 * 1024
YEARS = (1900, 2100)


class SidecarError(ValueError):
    """A sidecar that breaks its schema; the message names the file, the field and the rule."""


def _text(limit: int, lines: bool = False) -> Callable[[str], str | None]:
    """At most `limit` characters, no control characters (line breaks and tabs allowed with `lines`)."""
    allowed = "\n\t" if lines else ""

    def check(value: str) -> str | None:
        if len(value) > limit:
            return f"is {len(value):,} characters; the limit is {limit:,}"
        if any(unicodedata.category(ch) == "Cc" and ch not in allowed for ch in value):
            return "contains control characters"
        return None
    return check


def _url(value: str) -> str | None:
    if len(value) > 2048 or any(ch.isspace() for ch in value):
        return f"{value[:80]!r} is not a URL (too long or contains spaces)"
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return f"{value[:80]!r} is not an http(s) URL with a host (write it as https://...)"
    return None


def _day(value: str) -> date:
    return date.fromisoformat(value) if len(value) == 10 else datetime.fromisoformat(value.replace("Z", "+00:00")).date()


def _published(value: str) -> str | None:
    try:
        day = _day(value)
    except ValueError:
        return f"{value[:40]!r} is not a real ISO date (write YYYY-MM-DD)"
    if not YEARS[0] <= day.year <= YEARS[1]:
        return f"{value[:40]!r} is outside the years {YEARS[0]}-{YEARS[1]}"
    return None


def _license(value: str) -> str | None:
    from flows.provenance import licenses

    codes = licenses()
    return None if value in codes else (f"{value[:40]!r} is not a licence code of metadata/licenses.yaml "
                                         f"({', '.join(codes)}); add it there or fix the sidecar")


def _language(value: str) -> str | None:
    return None if value in LANGUAGES else f"{value[:20]!r} is not one of {', '.join(LANGUAGES)} (only Norwegian texts are read)"


FIELDS: dict[str, Callable[[str], str | None]] = {
    "url": _url,
    "title": _text(500),
    "published": _published,
    "publisher": _text(200),
    "language": _language,
    "accessed": _published,
    "fetched_at": _published,
    "license": _license,
    "note": _text(2000, lines=True),
    "feed": _text(2048),
}


@dataclass(frozen=True)
class Sidecar:
    metadata: Metadata
    warnings: tuple[str, ...] = ()


def _stripped(value: str | None) -> str | None:
    return (value.strip() or None) if value else None


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [k for k, _ in pairs]
    twice = sorted({k for k in keys if keys.count(k) > 1})
    if twice:
        raise SidecarError(f"key {twice[0]!r} appears more than once")
    return dict(pairs)


def _load(path: Path) -> dict[str, Any]:
    problem = placement_problem(path, path.parent.resolve())
    if problem:
        raise SidecarError(problem)
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise SidecarError(f"is {size / 1e6:.1f} MB; a sidecar holds at most {MAX_BYTES // 1024} KB")
    try:
        data = json.loads(path.read_bytes().decode("utf-8-sig"), object_pairs_hook=_no_duplicates)
    except UnicodeDecodeError as exc:
        raise SidecarError(f"is not UTF-8 (byte {exc.start})") from exc
    except json.JSONDecodeError as exc:
        raise SidecarError(f"is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from exc
    if not isinstance(data, dict):
        raise SidecarError(f"must hold a JSON object, not {type(data).__name__}")
    return data


def read_sidecar(path: Path) -> Sidecar:
    """The metadata in a sidecar (empty when there is none), or SidecarError naming field and rule."""
    if not path.exists() and not path.is_symlink():
        return Sidecar(Metadata())
    try:
        data = _load(path)
    except SidecarError as exc:
        raise SidecarError(f"sidecar {path.name} {exc}") from exc
    except OSError as exc:
        raise SidecarError(f"sidecar {path.name} cannot be read: {exc.strerror or exc}") from exc
    values: dict[str, str] = {}
    for key, check in FIELDS.items():
        value = data.get(key)
        if value is None or value == "":
            continue
        if not isinstance(value, str):
            raise SidecarError(f"sidecar {path.name}: field {key!r} must be a string, not {type(value).__name__} ({value!r:.40})")
        problem = check(value)
        if problem:
            raise SidecarError(f"sidecar {path.name}: field {key!r} {problem}")
        values[key] = value
    unknown = sorted(set(data) - set(FIELDS))
    warnings = (f"sidecar {path.name}: unknown key(s) {', '.join(map(repr, unknown))} ignored",) if unknown else ()
    day = {key: _day(values[key]) if key in values else None for key in ("published", "accessed", "fetched_at")}
    metadata = Metadata(
        url=values.get("url"),
        title=_stripped(values.get("title")),
        published=day["published"],
        publisher=_stripped(values.get("publisher")),
        language=values.get("language"),
        accessed=day["accessed"] or day["fetched_at"],
        license=values.get("license"),
        note=_stripped(values.get("note")),
    )
    return Sidecar(metadata, warnings)
