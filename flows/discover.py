"""DISCOVER stage: find new articles in the feeds and sitemaps listed in `raw/feeds.yaml`.

1. Every feed is read (robots.txt first, a conditional GET, safe XML parsing) and
   its items filtered (`discover_feeds`). A feed that cannot be read or parsed is
   set aside with its reason; the others go on.
2. An item is new when its URL key is in none of `sources.csv`, `discovered.csv`
   and the sidecars of raw/ (`discover_known`); the same article in two feeds
   counts once (the first feed in the file wins).
3. New items are taken newest first, at most `max_new_per_run`; one whose host's
   robots.txt disallows it is skipped, the rest wait for the next run.
4. The taken items are appended to `raw/discovered.csv` (sources format), which the
   fetch stage fetches after `raw/sources.csv`. Whether the text is already in
   raw/ under another name is checked there, after fetching (content key).

Feed validators live in a state file outside raw/ (`.cache/discover-state.json` by
default): they only save bandwidth, so a fresh clone, which has none, reads every
feed in full once and finds nothing twice, because what was found is in raw/.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import httpx

from flows.discover_feeds import FeedOutcome, Http, Item, Limits, read_feed
from flows.discover_known import DiscoveredFileError, Known, append_discovered
from flows.feed_parse import oslo_date
from flows.feeds_config import Feed, FeedsError, read_feeds
from flows.fetch_http import HostRateLimiter, RetryPolicy, load_state, make_client, save_state
from flows.fetch_list import DISCOVERED_FILE
from flows.robots import Robots
from flows.urls import url_key

__all__ = ["DiscoverReport", "FeedsError", "Limits", "discover_all", "FEEDS_FILE", "STATE_FILE"]

FEEDS_FILE = "feeds.yaml"
STATE_FILE = Path(".cache") / "discover-state.json"
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Candidate:
    feed: Feed
    item: Item
    listed_in: frozenset[str]  # every feed document that listed the article


@dataclass(frozen=True)
class DiscoverReport:
    outcomes: tuple[FeedOutcome, ...]
    added: tuple[dict[str, str], ...] = ()  # the rows appended to discovered.csv
    deferred: tuple[str, ...] = ()  # new URLs left for the next run
    skipped: tuple[tuple[str, str], ...] = ()  # (url, reason): new URLs robots.txt disallows
    error: str | None = None  # discovered.csv could not be written

    def _count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def failures(self) -> list[tuple[str, str]]:
        """(feed url, reason) of every feed or child sitemap set aside."""
        failed = [(o.feed.url, o.detail) for o in self.outcomes if o.status == "failed"]
        return failed + [(o.feed.url, p) for o in self.outcomes for p in o.problems]

    def summary(self) -> str:
        return (f"{self._count('read')} feeds read, {self._count('not modified')} not modified, "
                f"{self._count('failed')} failed; {len(self.added)} new articles, "
                f"{len(self.deferred)} left for the next run, {len(self.skipped)} disallowed by robots.txt")

    def as_dict(self) -> dict[str, Any]:
        return {
            "summary": self.summary(),
            "feeds": [{"feed": o.feed.url, "name": o.feed.name, "status": o.status, "detail": o.detail,
                       "items": o.items, "kept": len(o.kept)} for o in self.outcomes],
            "added": [{"url": r["url"], "slug": r["slug"], "feed": r["feed"]} for r in self.added],
            "deferred": list(self.deferred),
            "skipped": [{"url": u, "reason": r} for u, r in self.skipped],
            "failures": [{"feed": f, "reason": r} for f, r in self.failures],
            "error": self.error,
        }


def new_candidates(outcomes: list[FeedOutcome], known: Known) -> list[Candidate]:
    """Kept items not known yet, one per URL key (first feed wins), newest first (undated last)."""
    first: dict[str, tuple[Feed, Item]] = {}
    listed: dict[str, set[str]] = {}
    for outcome in outcomes:
        for item in outcome.kept:
            if known.has(item.url):
                continue
            key = url_key(item.url)
            first.setdefault(key, (outcome.feed, item))
            listed.setdefault(key, set()).add(item.found_in)
    ordered = sorted(first.items(), key=lambda kv: kv[1][1].published or date.min, reverse=True)
    return [Candidate(feed, item, frozenset(listed[key])) for key, (feed, item) in ordered]


def _row(candidate: Candidate, slug: str, today: date) -> dict[str, str]:
    item, feed = candidate.item, candidate.feed
    return {"url": item.url, "slug": slug, "publisher": feed.publisher or "", "language": feed.language or "",
            "title": item.title or "", "published": item.published.isoformat() if item.published else "",
            "feed": item.found_in, "discovered": today.isoformat()}


def choose(candidates: list[Candidate], robots: Robots, limit: int
           ) -> tuple[list[Candidate], list[Candidate], list[tuple[str, str]]]:
    """(taken, deferred, skipped): at most `limit` taken; robots.txt asked only for those."""
    taken: list[Candidate] = []
    deferred: list[Candidate] = []
    skipped: list[tuple[str, str]] = []
    for candidate in candidates:
        if len(taken) >= limit:
            deferred.append(candidate)
            continue
        verdict = robots.check(candidate.item.url)
        if verdict.access == "disallowed":
            skipped.append((candidate.item.url, verdict.reason))
        elif verdict.access == "unavailable":
            deferred.append(candidate)
        else:
            taken.append(candidate)
    return taken, deferred, skipped


def _store_validators(http: Http, outcomes: list[FeedOutcome], reread: set[str]) -> None:
    for outcome in outcomes:
        for url, validators in outcome.validators.items():
            if url in reread or not (validators.etag or validators.last_modified):
                http.state.pop(url, None)
            else:
                http.state[url] = validators


def discover_all(
    feeds_path: Path,
    raw_dir: Path,
    state_path: Path = STATE_FILE,
    *,
    client: httpx.Client | None = None,
    retry: RetryPolicy | None = None,
    limiter: HostRateLimiter | None = None,
    now: Callable[[], datetime] = lambda: datetime.now(timezone.utc),
    max_new: int | None = None,
    limits: Limits | None = None,
) -> DiscoverReport:
    """Read every feed of `feeds_path` and append the new articles to `raw_dir/discovered.csv`.

    FeedsError for a feeds file that cannot be used, before any request.
    """
    config = read_feeds(feeds_path)
    today = oslo_date(now())
    raw_dir.mkdir(parents=True, exist_ok=True)
    known = Known.load(raw_dir)
    retry, limiter = retry or RetryPolicy(), limiter or HostRateLimiter()
    own_client = client is None
    http_client = client or make_client()
    try:
        http = Http(http_client, retry, limiter, Robots(http_client, limiter, retry), load_state(state_path),
                    limits or Limits())
        outcomes = []
        for feed in config.feeds:
            try:
                outcome = read_feed(feed, http, today)
            except Exception as exc:  # one bad feed must not stop the others
                outcome = FeedOutcome(feed, "failed", f"unexpected {type(exc).__name__}: {exc}")
            log.log(logging.WARNING if outcome.status == "failed" else logging.INFO,
                    "%s %s: %s", outcome.status, feed.url, outcome.detail)
            outcomes.append(outcome)
        limit = config.max_new_per_run if max_new is None else max_new
        taken, deferred, skipped = choose(new_candidates(outcomes, known), http.robots, limit)
    finally:
        if own_client:
            http_client.close()
    taken.sort(key=lambda c: (c.item.published or date.min, c.item.url))
    rows = [_row(c, known.new_slug(c.item.url), today) for c in taken]
    error = None
    try:
        append_discovered(raw_dir / DISCOVERED_FILE, rows)
    except (DiscoveredFileError, OSError) as exc:
        error, rows = str(exc), []
        deferred += taken
    _store_validators(http, outcomes, {doc for c in deferred for doc in c.listed_in})
    state_path.parent.mkdir(parents=True, exist_ok=True)
    save_state(state_path, http.state)
    return DiscoverReport(tuple(outcomes), tuple(rows), tuple(c.item.url for c in deferred), tuple(skipped), error)
