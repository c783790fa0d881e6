"""robots.txt, read once per host and run, through the fetch stage's polite client.

What an answer means follows RFC 9309: a robots.txt that is found is obeyed (for
the `ksdata` user agent, else `*`); none found (4xx) allows everything; a server
error or an unreachable host disallows the whole host for this run, since the
site cannot say what it allows (the next run asks again). A Crawl-delay above the
rate limit slows requests to that host down to it.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import urlsplit, urlunsplit
from urllib.robotparser import RobotFileParser

import httpx

from flows.fetch_http import FetchFailed, HostRateLimiter, RetryPolicy, get_with_retries

AGENT = "ksdata"  # the product token of fetch_http.USER_AGENT
MAX_ROBOTS_BYTES = 512 * 1024  # RFC 9309: crawlers must read at least 500 KiB
Access = Literal["allowed", "disallowed", "unavailable"]
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Verdict:
    access: Access
    reason: str

    @property
    def allowed(self) -> bool:
        return self.access == "allowed"


@dataclass
class _Rules:
    access: Access  # for the whole host when parser is None
    reason: str
    parser: RobotFileParser | None = None


def robots_url(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/robots.txt", "", ""))


def parse_robots(text: str) -> RobotFileParser:
    parser = RobotFileParser()
    parser.parse(text.splitlines())
    return parser


@dataclass
class Robots:
    """Per-run cache of robots.txt rules, keyed by scheme, host and port."""

    client: httpx.Client
    limiter: HostRateLimiter
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    _rules: dict[str, _Rules] = field(default_factory=dict, repr=False)

    def _load(self, url: str) -> _Rules:
        where = robots_url(url)
        try:
            response = get_with_retries(self.client, where, {}, self.retry, self.limiter, MAX_ROBOTS_BYTES)
        except FetchFailed as exc:
            return _Rules("unavailable", f"robots.txt unavailable ({exc})")
        code = response.status_code
        if 400 <= code < 500:
            return _Rules("allowed", f"no robots.txt (HTTP {code})")
        if code != 200:
            return _Rules("unavailable", f"robots.txt unavailable (HTTP {code})")
        parser = parse_robots(response.text)
        delay = parser.crawl_delay(AGENT)
        if delay:
            self.limiter.slow_down(urlsplit(url).hostname or "", float(delay))
        return _Rules("allowed", "robots.txt", parser)

    def check(self, url: str) -> Verdict:
        """May `url` be requested? Reads the host's robots.txt on first use."""
        key = robots_url(url)
        if key not in self._rules:
            self._rules[key] = self._load(url)
            log.info("%s: %s", key, self._rules[key].reason)
        rules = self._rules[key]
        if rules.parser is None:
            return Verdict(rules.access, rules.reason)
        if rules.parser.can_fetch(AGENT, url):
            return Verdict("allowed", "allowed by robots.txt")
        return Verdict("disallowed", f"disallowed by {key}")
