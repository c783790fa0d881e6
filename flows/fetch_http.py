"""Polite HTTP for the fetch and discovery stages: client, retries, per-host rate limit, validators, bounded reads.

Clocks and sleeps are injectable so tests never wait. Validators (ETag,
Last-Modified) per URL live in `raw/.fetch-state.json`, written with sorted
keys so the same state always gives the same bytes.
"""
from __future__ import annotations

import json
import os
import tempfile
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from flows import __version__

USER_AGENT = f"ksdata/{__version__} (KS demands open dataset; polite crawler, one request per second per host)"
RETRY_STATUS = frozenset({429, 500, 502, 503, 504}) | frozenset(range(505, 600))
Sleep = Callable[[float], None]
Clock = Callable[[], float]


def make_client(timeout: float = 20.0, trust_env: bool = True) -> httpx.Client:
    """An httpx client with the project's User-Agent, a timeout and redirects followed."""
    return httpx.Client(
        headers={"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"},
        timeout=httpx.Timeout(timeout),
        follow_redirects=True,
        trust_env=trust_env,
    )


MAX_HOST_INTERVAL = 60.0  # a robots.txt Crawl-delay is honoured up to this many seconds


@dataclass
class HostRateLimiter:
    """At least `interval` seconds between the starts of two requests to one host.

    `slow_down` raises the interval of one host (a robots.txt Crawl-delay), never lowers it.
    """

    interval: float = 1.0
    clock: Clock = time.monotonic
    sleep: Sleep = time.sleep
    _last: dict[str, float] = field(default_factory=dict, repr=False)
    _host_interval: dict[str, float] = field(default_factory=dict, repr=False)

    def slow_down(self, host: str, seconds: float) -> None:
        self._host_interval[host] = max(self._host_interval.get(host, 0.0), min(seconds, MAX_HOST_INTERVAL))

    def interval_of(self, host: str) -> float:
        return max(self.interval, self._host_interval.get(host, 0.0))

    def wait(self, host: str) -> None:
        last = self._last.get(host)
        if last is not None:
            delay = last + self.interval_of(host) - self.clock()
            if delay > 0:
                self.sleep(delay)
        self._last[host] = self.clock()


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff on 5xx, 429 and connection errors: base, 2*base, 4*base, ..."""

    attempts: int = 4  # requests in all, the first included
    base_delay: float = 1.0
    max_delay: float = 30.0
    sleep: Sleep = time.sleep

    def delay(self, retry: int, response: httpx.Response | None = None) -> float:
        """Seconds before retry number `retry` (0-based); a numeric Retry-After wins, capped."""
        backoff = self.base_delay * 2.0 ** retry
        after = response.headers.get("Retry-After", "") if response is not None else ""
        if after.strip().isdigit():
            backoff = float(after.strip())
        return min(backoff, self.max_delay)


class FetchFailed(Exception):
    """A request that failed for good; the message is the reason."""


class TooLarge(FetchFailed):
    """A response body over the caller's byte limit (not retried)."""


# Headers that describe the body as sent; a bounded read hands on the decoded body without them.
BODY_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})


def _read_bounded(response: httpx.Response, max_bytes: int) -> httpx.Response:
    """The response with its decoded body, or TooLarge once more than `max_bytes` arrive (gzip bombs too)."""
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise TooLarge(f"response larger than {max_bytes} bytes ({declared} declared)")
    body = bytearray()
    for chunk in response.iter_bytes():
        body += chunk
        if len(body) > max_bytes:
            raise TooLarge(f"response larger than {max_bytes} bytes")
    headers = [(k, v) for k, v in response.headers.multi_items() if k.lower() not in BODY_HEADERS]
    return httpx.Response(response.status_code, headers=headers, content=bytes(body), request=response.request)


def _send(client: httpx.Client, url: str, headers: Mapping[str, str], limiter: HostRateLimiter,
          max_bytes: int | None = None) -> httpx.Response:
    host = httpx.URL(url).host
    limiter.wait(host)
    if max_bytes is None:
        return client.get(url, headers=dict(headers))
    with client.stream("GET", url, headers=dict(headers)) as response:
        return _read_bounded(response, max_bytes)


def get_with_retries(
    client: httpx.Client,
    url: str,
    headers: Mapping[str, str],
    retry: RetryPolicy,
    limiter: HostRateLimiter,
    max_bytes: int | None = None,
) -> httpx.Response:
    """The first response that is not retryable, or FetchFailed once attempts run out.

    With `max_bytes`, the body is read as a stream and a longer one fails at once (TooLarge).
    """
    reason = "no attempt made"
    for attempt in range(max(1, retry.attempts)):
        response: httpx.Response | None = None
        try:
            response = _send(client, url, headers, limiter, max_bytes)
        except httpx.TransportError as exc:
            reason = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        else:
            if response.status_code not in RETRY_STATUS:
                return response
            reason = f"HTTP {response.status_code} {response.reason_phrase}".strip()
        if attempt + 1 < retry.attempts:
            retry.sleep(retry.delay(attempt, response))
    raise FetchFailed(f"{reason} (after {max(1, retry.attempts)} attempts)")


@dataclass(frozen=True)
class Validators:
    etag: str | None = None
    last_modified: str | None = None

    def headers(self) -> dict[str, str]:
        headers: dict[str, str] = {}
        if self.etag:
            headers["If-None-Match"] = self.etag
        if self.last_modified:
            headers["If-Modified-Since"] = self.last_modified
        return headers

    @classmethod
    def of(cls, response: httpx.Response) -> Validators:
        return cls(response.headers.get("ETag"), response.headers.get("Last-Modified"))


FetchState = dict[str, Validators]  # URL -> validators of its last 200 response


def load_state(path: Path) -> FetchState:
    """The stored validators, or an empty state when the file is missing or unreadable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {
        url: Validators(entry.get("etag"), entry.get("last_modified"))
        for url, entry in data.items()
        if isinstance(entry, dict)
    }


def state_json(state: FetchState) -> str:
    data = {
        url: {k: v for k, v in (("etag", val.etag), ("last_modified", val.last_modified)) if v}
        for url, val in state.items()
    }
    return json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def write_atomic(path: Path, text: str) -> None:
    """Write UTF-8 text to a temporary file beside `path`, then move it into place."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def save_state(path: Path, state: FetchState) -> None:
    """Write the state only when its bytes would change."""
    text = state_json(state)
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        write_atomic(path, text)
