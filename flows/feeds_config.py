"""The feeds file `raw/feeds.yaml`: which feeds and sitemaps discovery reads, and what it keeps.

Whether a URL serves RSS, Atom, a sitemap or a sitemap index is read from the
document itself, so the file does not say it.

    max_new_per_run: 25           # at most this many new articles per run (the rest wait for the next)
    defaults:                     # apply to every feed unless the feed says otherwise
      keywords: [KS, kommunesektor*]
      max_age_days: 60            # items dated longer ago are left alone; undated items are kept
    feeds:
      - url: https://www.example.no/rss    # required, http(s)
        name: Eksempeldepartementet        # for the run report (default: the url)
        publisher: Eksempeldepartementet   # written to the sidecar (default: the page's site name)
        language: nb                       # nb | nn (default: the page's declared language)
        keywords: []                       # replaces the default list; [] keeps every item
        paths: [/no/aktuelt/]              # only URLs whose path starts with one of these
        max_age_days: 30

Every error names the file and the feed (by its position and url) and says what to fix.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from flows.keywords import Keywords
from flows.language import not_a_language
from flows.urls import NotAnArticleUrl, canonical_url

FEED_KEYS = frozenset({"url", "name", "publisher", "language", "keywords", "paths", "max_age_days"})
DEFAULT_KEYS = frozenset({"keywords", "max_age_days", "publisher", "language"})
TOP_KEYS = frozenset({"max_new_per_run", "defaults", "feeds"})
DEFAULT_MAX_NEW = 25


class FeedsError(ValueError):
    """A feeds file that cannot be used; the message names the file, the feed and the fix."""


@dataclass(frozen=True)
class Feed:
    url: str
    name: str
    publisher: str | None = None
    language: str | None = None
    keywords: Keywords = Keywords(())
    paths: tuple[str, ...] = ()
    max_age_days: int | None = None


@dataclass(frozen=True)
class FeedsConfig:
    feeds: tuple[Feed, ...]
    max_new_per_run: int = DEFAULT_MAX_NEW


def _strings(value: object, where: str, key: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise FeedsError(f"{where}: {key} must be a list of strings, e.g. [KS, kommunesektor*]")
    return tuple(value)


def _optional_text(value: object, where: str, key: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise FeedsError(f"{where}: {key} must be a non-empty string")
    return value.strip()


def _age(value: object, where: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise FeedsError(f"{where}: max_age_days must be a whole number of days, 1 or more")
    return value


def _unknown(entry: dict[str, Any], allowed: frozenset[str], where: str) -> None:
    extra = sorted(str(k) for k in set(entry) - allowed)
    if extra:
        raise FeedsError(f"{where}: unknown key(s) {', '.join(extra)} (allowed: {', '.join(sorted(allowed))})")


def _feed(entry: object, defaults: dict[str, Any], where: str) -> Feed:
    if not isinstance(entry, dict):
        raise FeedsError(f"{where}: a feed must be a mapping with at least a url")
    _unknown(entry, FEED_KEYS, where)
    raw_url = entry.get("url")
    if not isinstance(raw_url, str):
        raise FeedsError(f"{where}: missing url")
    url = raw_url.strip()
    try:
        canonical_url(url)
    except NotAnArticleUrl as exc:
        raise FeedsError(f"{where}: {exc}") from exc
    where = f"{where} ({url})"
    merged = {**defaults, **{k: v for k, v in entry.items() if k != "url" and v is not None}}
    language = _optional_text(merged.get("language"), where, "language")
    if (problem := not_a_language(language)) is not None:
        raise FeedsError(f"{where}: {problem}")
    paths = _strings(merged.get("paths"), where, "paths")
    if any(not p.startswith("/") for p in paths):
        raise FeedsError(f"{where}: every path must start with '/', e.g. /no/aktuelt/")
    return Feed(
        url=url,
        name=_optional_text(merged.get("name"), where, "name") or url,
        publisher=_optional_text(merged.get("publisher"), where, "publisher"),
        language=language,
        keywords=Keywords(_strings(merged.get("keywords"), where, "keywords")),
        paths=paths,
        max_age_days=_age(merged.get("max_age_days"), where),
    )


def read_feeds(path: Path) -> FeedsConfig:
    """The feeds of a feeds file, or FeedsError naming the file and the feed."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise FeedsError(f"{path}: cannot read feeds file: {exc}") from exc
    except (UnicodeDecodeError, yaml.YAMLError) as exc:
        raise FeedsError(f"{path}: not a valid YAML file: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("feeds"), list):
        raise FeedsError(f"{path}: the file must be a mapping with a 'feeds' list")
    _unknown(data, TOP_KEYS, str(path))
    defaults = data.get("defaults") or {}
    if not isinstance(defaults, dict):
        raise FeedsError(f"{path}: defaults must be a mapping")
    _unknown(defaults, DEFAULT_KEYS, f"{path}: defaults")
    limit = data.get("max_new_per_run", DEFAULT_MAX_NEW)
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
        raise FeedsError(f"{path}: max_new_per_run must be a whole number, 0 or more")
    feeds = [_feed(entry, defaults, f"{path}: feed {n}") for n, entry in enumerate(data["feeds"], start=1)]
    seen: dict[str, int] = {}
    for n, feed in enumerate(feeds, start=1):
        if feed.url in seen:
            raise FeedsError(f"{path}: feed {n} ({feed.url}) is listed twice (also feed {seen[feed.url]})")
        seen[feed.url] = n
    return FeedsConfig(tuple(feeds), limit)
