"""Reading one configured feed: robots.txt, a conditional GET, safe parsing, filters.

A sitemap index is followed to its newest child sitemaps (by lastmod, at most
`Limits.max_sitemaps` per run, on the index's own host). Items are kept when they
pass the feed's filters: an http(s) link (on the sitemap's host, for sitemaps),
a path under one of `paths`, not older than `max_age_days`, and a keyword in the
title or summary (in the URL's words when the item has neither).

Validators (ETag, Last-Modified) of the documents read are handed back, not
stored: the caller stores them only once every item the documents gave has been
dealt with, so an item left for the next run is seen again then.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Literal
from urllib.parse import unquote, urlsplit

import httpx

from flows.feed_parse import FeedItem, MalformedFeed, ParsedFeed, parse_feed
from flows.feeds_config import Feed
from flows.fetch_http import FetchFailed, FetchState, HostRateLimiter, RetryPolicy, Validators, get_with_retries
from flows.robots import Robots
from flows.urls import NotAnArticleUrl, canonical_url, same_site

FeedStatus = Literal["read", "not modified", "failed"]


class FeedFailed(Exception):
    """A feed document that could not be had; the message is the reason."""


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 50 * 1024 * 1024  # per document: the sitemap protocol's own maximum
    max_sitemaps: int = 5  # child sitemaps read per sitemap index and run


@dataclass
class Http:
    """The polite machinery one run shares: client, retries, rate limit, robots.txt, feed validators."""

    client: httpx.Client
    retry: RetryPolicy
    limiter: HostRateLimiter
    robots: Robots
    state: FetchState
    limits: Limits = field(default_factory=Limits)


@dataclass(frozen=True)
class Item:
    """A feed item that passed the filters."""

    url: str  # canonical
    title: str | None
    published: date | None
    found_in: str  # the feed or child sitemap it was listed in
    keyword: str  # the keyword that matched ('' when the feed has none)


@dataclass(frozen=True)
class FeedOutcome:
    feed: Feed
    status: FeedStatus
    detail: str
    items: int = 0  # items listed in the documents read
    kept: tuple[Item, ...] = ()
    validators: dict[str, Validators] = field(default_factory=dict)  # to store once the items are dealt with
    problems: tuple[str, ...] = ()  # child sitemaps set aside, with reasons


def get_document(url: str, http: Http) -> tuple[bytes | None, Validators]:
    """The body of a feed document, or None when the server says it has not changed (304)."""
    verdict = http.robots.check(url)
    if not verdict.allowed:
        raise FeedFailed(verdict.reason)
    stored = http.state.get(url)
    headers = stored.headers() if stored else {}
    try:
        response = get_with_retries(http.client, url, headers, http.retry, http.limiter, http.limits.max_bytes)
    except FetchFailed as exc:
        raise FeedFailed(str(exc)) from exc
    if response.status_code == 304 and headers and stored is not None:
        return None, stored
    if response.status_code != 200:
        raise FeedFailed(f"HTTP {response.status_code} {response.reason_phrase}".strip())
    return response.content, Validators.of(response)


def keep(feed: Feed, item: FeedItem, doc_url: str, sitemap: bool, today: date) -> Item | None:
    """The item as kept, or None when a filter leaves it out."""
    try:
        url = canonical_url(item.url)
    except NotAnArticleUrl:
        return None
    if sitemap and not same_site(url, doc_url):
        return None  # the sitemap protocol allows only URLs of the sitemap's own host
    if feed.paths and not any(unquote(urlsplit(url).path).startswith(p) for p in feed.paths):
        return None
    if feed.max_age_days and item.published and item.published < today - timedelta(days=feed.max_age_days):
        return None
    if item.title or item.summary:
        keyword = feed.keywords.match_text(item.title, item.summary)
    else:
        keyword = feed.keywords.match_url(url)
    if keyword is None:
        return None
    return Item(url, item.title, item.published, doc_url, keyword)


def newest_children(index: ParsedFeed, feed: Feed, today: date, limit: int) -> list[FeedItem]:
    """Child sitemaps of an index on its own host, recent enough, newest first, at most `limit`."""
    oldest = today - timedelta(days=feed.max_age_days) if feed.max_age_days else None
    children = [c for c in index.sitemaps if same_site(c.url, feed.url)
                and not (oldest and c.published and c.published < oldest)]
    children.sort(key=lambda c: c.published or date.min, reverse=True)
    return children[:limit]


def _children(index: ParsedFeed, feed: Feed, http: Http, today: date,
              validators: dict[str, Validators]) -> tuple[list[tuple[str, ParsedFeed]], list[str]]:
    documents, problems = [], []
    for child in newest_children(index, feed, today, http.limits.max_sitemaps):
        try:
            data, found = get_document(child.url, http)
            if data is None:
                continue
            parsed = parse_feed(data, child.url)
            if parsed.kind != "sitemap":
                raise MalformedFeed(f"a sitemap index may only list sitemaps, not {parsed.kind} documents")
        except (FeedFailed, MalformedFeed) as exc:
            problems.append(f"{child.url}: {exc}")
            continue
        validators[child.url] = found
        documents.append((child.url, parsed))
    return documents, problems


def read_feed(feed: Feed, http: Http, today: date) -> FeedOutcome:
    """Fetch, parse and filter one feed; a feed that cannot be read is a failed outcome, never an exception."""
    try:
        data, found = get_document(feed.url, http)
        if data is None:
            return FeedOutcome(feed, "not modified", "not modified (HTTP 304)")
        parsed = parse_feed(data, feed.url)
    except (FeedFailed, MalformedFeed) as exc:
        return FeedOutcome(feed, "failed", str(exc))
    validators = {feed.url: found}
    documents, problems = [(feed.url, parsed)], []
    if parsed.kind == "sitemapindex":
        documents, problems = _children(parsed, feed, http, today, validators)
        if problems:
            validators.pop(feed.url)  # read the index again next run, so the failed children are retried
    kept: list[Item] = []
    for doc_url, document in documents:
        sitemap = document.kind == "sitemap"
        kept += [k for k in (keep(feed, i, doc_url, sitemap, today) for i in document.items) if k]
    count = sum(len(d.items) for _, d in documents)
    title = f" «{parsed.title}»" if parsed.title else ""
    detail = f"{parsed.kind}{title}: {count} items, {len(kept)} kept"
    if problems:
        detail += f"; {len(problems)} child sitemap(s) set aside"
    return FeedOutcome(feed, "read", detail, count, tuple(kept), validators, tuple(problems))
