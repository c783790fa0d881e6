"""FETCH stage: download the articles listed in `raw/sources.csv` (and `raw/discovered.csv`) into raw texts.

For each source the page is requested (conditionally, when its files exist and
validators are stored), the article is extracted with trafilatura, and
`raw/<slug>.txt` plus `raw/<slug>.meta.json` are written atomically, but only
when their content changed. A text that another file in raw/ already holds
(same content key) is not written again: the result is a duplicate. One bad URL
gives a failed result, never an exception that stops the others.

The hand-edited `sources.csv` comes first; a row of the generated
`discovered.csv` whose URL or slug it already has is left out.
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

from flows.content_key import ContentIndex, content_key, index_texts
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
from flows.fetch_list import DISCOVERED_FILE, fetch_list
from flows.fetch_sources import Source, SourcesError, derive_slug, read_sources
from flows.robots import Robots

__all__ = [
    "FetchReport", "FetchResult", "HostRateLimiter", "RetryPolicy", "Source", "SourcesError",
    "DISCOVERED_FILE", "derive_slug", "fetch_all", "fetch_list", "fetch_source", "make_client", "read_sources",
]

STATE_FILE = ".fetch-state.json"
HTML_TYPES = ("text/html", "application/xhtml+xml")
Status = Literal["fetched", "unchanged", "duplicate", "failed"]
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
    def duplicates(self) -> int:
        return self._count("duplicate")

    @property
    def failed(self) -> int:
        return self._count("failed")

    @property
    def failures(self) -> list[tuple[str, str]]:
        """(url, reason) of every failed source, in file order."""
        return [(r.source.url, r.detail) for r in self.results if r.status == "failed"]

    @property
    def duplicate_of(self) -> list[tuple[str, str]]:
        """(url, reason) of every source whose text another file already holds."""
        return [(r.source.url, r.detail) for r in self.results if r.status == "duplicate"]

    def summary(self) -> str:
        duplicates = f", {self.duplicates} duplicate" if self.duplicates else ""
        return f"{self.fetched} fetched, {self.unchanged} unchanged{duplicates}, {self.failed} failed"


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def iso_utc(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def build_metadata(source: Source, article: Article) -> dict[str, Any]:
    """The sidecar fields except fetched_at; values from the sources file (or the feed) win."""
    host = source.host.removeprefix("www.")
    published = source.published or article.published
    meta: dict[str, Any] = {
        "url": source.url,
        "title": source.title or article.title,
        "published": published.isoformat() if published else None,
        "publisher": source.publisher or article.sitename or host or None,
        "language": source.language or article.language,
    }
    if source.feed:
        meta["feed"] = source.feed
    return meta


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


def _duplicate(source: Source, article: Article, texts: ContentIndex | None) -> str | None:
    """The file in raw/ that already holds this text under another name, if any."""
    if texts is None:
        return None
    holder = texts.get(content_key(article.text))
    return holder if holder and holder != f"{source.slug}.txt" else None


def _handle_ok(source: Source, raw_dir: Path, response: httpx.Response, state: FetchState, now: Now,
               texts: ContentIndex | None = None) -> FetchResult:
    content_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
    if content_type and content_type not in HTML_TYPES:
        return FetchResult(source, "failed", f"not an HTML page ({content_type})", 200)
    try:
        article = extract_article(_page(response), source.url)
    except NoArticle as exc:
        return FetchResult(source, "failed", str(exc), 200)
    holder = _duplicate(source, article, texts)
    if holder:
        return FetchResult(source, "duplicate", f"same text as {holder}; not written", 200)
    written = store_article(source, raw_dir, article, iso_utc(now()))
    if texts is not None:
        texts.setdefault(content_key(article.text), f"{source.slug}.txt")
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
    texts: ContentIndex | None = None,
) -> FetchResult:
    """Fetch one source into `raw_dir`; updates `state` (URL -> validators) in place.

    With `texts` (content key -> file name), a text another file already holds is not written.
    """
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
        return _handle_ok(source, raw_dir, response, state, now, texts)
    return FetchResult(source, "failed", f"HTTP {code} {response.reason_phrase}".strip(), code)


def fetch_all(
    sources_path: Path | None,
    raw_dir: Path,
    *,
    client: httpx.Client | None = None,
    retry: RetryPolicy | None = None,
    limiter: HostRateLimiter | None = None,
    now: Now = utc_now,
    discovered_path: Path | None = None,
    robots: bool = False,
) -> FetchReport:
    """Fetch every source of `sources_path` (and `discovered_path`) into `raw_dir`.

    SourcesError for a bad sources file, before any request. With `robots`, a URL
    that the host's robots.txt disallows (or cannot say about) is not requested.
    """
    sources = fetch_list(sources_path, discovered_path)
    raw_dir.mkdir(parents=True, exist_ok=True)
    state_path = raw_dir / STATE_FILE
    state = load_state(state_path)
    texts = index_texts(raw_dir)
    limiter = limiter or HostRateLimiter()
    own_client = client is None
    http = client or make_client()
    rules = Robots(http, limiter, retry or RetryPolicy()) if robots else None
    results: list[FetchResult] = []
    try:
        for source in sources:
            try:
                verdict = rules.check(source.url) if rules else None
                if verdict is not None and not verdict.allowed:
                    result = FetchResult(source, "failed", verdict.reason)
                else:
                    result = fetch_source(source, raw_dir, http, state, retry=retry, limiter=limiter, now=now,
                                          texts=texts)
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
