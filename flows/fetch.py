"""FETCH stage: download the articles listed in `raw/sources.csv` into raw texts.

For each source the page is requested (conditionally, when its files exist and
validators are stored), the article is extracted with trafilatura, and
`raw/<slug>.txt` plus `raw/<slug>.meta.json` are written atomically, but only
when their content changed. One bad URL gives a failed result, never an
exception that stops the others.
"""
from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Literal

import httpx

from flows.fetch_html import Article, NoArticle, extract_article
from flows.fetch_http import (
    FetchFailed,
    FetchState,
    HostRateLimiter,
    RetryPolicy,
    Validators,
    get_with_retries,
    load_state,
    make_client,
    save_state,
    write_atomic,
)
from flows.fetch_sources import Source, SourcesError, derive_slug, read_sources

__all__ = [
    "FetchReport", "FetchResult", "HostRateLimiter", "RetryPolicy", "Source", "SourcesError",
    "derive_slug", "fetch_all", "fetch_source", "make_client", "read_sources",
]

STATE_FILE = ".fetch-state.json"
HTML_TYPES = ("text/html", "application/xhtml+xml")
Status = Literal["fetched", "unchanged", "failed"]
Now = Callable[[], datetime]
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FetchResult:
    source: Source
    status: Status
    detail: str  # why failed / why unchanged / what was written
    http_status: int | None = None


@dataclass(frozen=True)
class FetchReport:
    results: tuple[FetchResult, ...]

    def _count(self, status: Status) -> int:
        return sum(1 for r in self.results if r.status == status)

    @property
    def fetched(self) -> int:
        return self._count("fetched")

    @property
    def unchanged(self) -> int:
        return self._count("unchanged")

    @property
    def failed(self) -> int:
        return self._count("failed")

    @property
    def failures(self) -> list[tuple[str, str]]:
        """(url, reason) of every failed source, in file order."""
        return [(r.source.url, r.detail) for r in self.results if r.status == "failed"]

    def summary(self) -> str:
        return f"{self.fetched} fetched, {self.unchanged} unchanged, {self.failed} failed"


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def iso_utc(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def build_metadata(source: Source, article: Article) -> dict[str, Any]:
    """The sidecar fields except fetched_at; overrides from the sources file win."""
    host = source.host.removeprefix("www.")
    return {
        "url": source.url,
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "publisher": source.publisher or article.sitename or host or None,
        "language": source.language or article.language,
    }


def _stored_metadata(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    data.pop("fetched_at", None)
    return data


def _stored_text(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def store_article(source: Source, raw_dir: Path, article: Article, fetched_at: str) -> bool:
    """Write `<slug>.txt` and `<slug>.meta.json` when they changed; True when anything was written."""
    text_path = raw_dir / f"{source.slug}.txt"
    meta_path = raw_dir / f"{source.slug}.meta.json"
    meta = build_metadata(source, article)
    text_changed = _stored_text(text_path) != article.text
    if not text_changed and _stored_metadata(meta_path) == meta:
        return False
    if text_changed:
        write_atomic(text_path, article.text)
    sidecar = dict(meta, fetched_at=fetched_at)
    write_atomic(meta_path, json.dumps(sidecar, sort_keys=True, indent=2, ensure_ascii=False) + "\n")
    return True


def _page(response: httpx.Response) -> str | bytes:
    """Text when the server named a charset, else bytes for trafilatura to decode."""
    return response.text if response.charset_encoding else response.content


def _handle_ok(source: Source, raw_dir: Path, response: httpx.Response, state: FetchState, now: Now) -> FetchResult:
    content_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
    if content_type and content_type not in HTML_TYPES:
        return FetchResult(source, "failed", f"not an HTML page ({content_type})", 200)
    try:
        article = extract_article(_page(response), source.url)
    except NoArticle as exc:
        return FetchResult(source, "failed", str(exc), 200)
    written = store_article(source, raw_dir, article, iso_utc(now()))
    validators = Validators.of(response)
    if validators.etag or validators.last_modified:
        state[source.url] = validators
    else:
        state.pop(source.url, None)
    if written:
        return FetchResult(source, "fetched", f"wrote {source.slug}.txt", 200)
    return FetchResult(source, "unchanged", "content unchanged", 200)


def fetch_source(
    source: Source,
    raw_dir: Path,
    client: httpx.Client,
    state: FetchState,
    *,
    retry: RetryPolicy | None = None,
    limiter: HostRateLimiter | None = None,
    now: Now = utc_now,
) -> FetchResult:
    """Fetch one source into `raw_dir`; updates `state` (URL -> validators) in place."""
    files_exist = (raw_dir / f"{source.slug}.txt").exists() and (raw_dir / f"{source.slug}.meta.json").exists()
    validators = state.get(source.url) if files_exist else None
    headers = validators.headers() if validators else {}
    try:
        response = get_with_retries(client, source.url, headers, retry or RetryPolicy(), limiter or HostRateLimiter())
    except FetchFailed as exc:
        return FetchResult(source, "failed", str(exc))
    code = response.status_code
    if code == 304 and headers:
        return FetchResult(source, "unchanged", "not modified (HTTP 304)", 304)
    if code == 200:
        return _handle_ok(source, raw_dir, response, state, now)
    return FetchResult(source, "failed", f"HTTP {code} {response.reason_phrase}".strip(), code)


def fetch_all(
    sources_path: Path,
    raw_dir: Path,
    *,
    client: httpx.Client | None = None,
    retry: RetryPolicy | None = None,
    limiter: HostRateLimiter | None = None,
    now: Now = utc_now,
) -> FetchReport:
    """Fetch every source of `sources_path` into `raw_dir`; SourcesError for a bad sources file."""
    sources = read_sources(sources_path)
    raw_dir.mkdir(parents=True, exist_ok=True)
    state_path = raw_dir / STATE_FILE
    state = load_state(state_path)
    limiter = limiter or HostRateLimiter()
    own_client = client is None
    http = client or make_client()
    results: list[FetchResult] = []
    try:
        for source in sources:
            try:
                result = fetch_source(source, raw_dir, http, state, retry=retry, limiter=limiter, now=now)
            except Exception as exc:  # one bad page must not stop the others
                result = FetchResult(source, "failed", f"unexpected {type(exc).__name__}: {exc}")
            log.log(logging.WARNING if result.status == "failed" else logging.INFO,
                    "%s %s: %s", result.status, source.url, result.detail)
            results.append(result)
            save_state(state_path, state)
    finally:
        if own_client:
            http.close()
    return FetchReport(tuple(results))
