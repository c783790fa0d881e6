"""A local HTTP server on 127.0.0.1 for the fetch and discovery tests, and a client that cannot leave it.

Routes map a path to a canned response (status, content type, validators, a number
of 503s before it answers); every request is recorded with its headers.
"""
from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx

from flows.fetch_http import make_client

HTML_DIR = Path(__file__).parent / "fixtures" / "html"


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    etag: str | None = None
    last_modified: str | None = None
    fail_first: int = 0  # answer 503 this many times before serving the page
    declare_length: bool = True  # False: no Content-Length, the body ends when the connection closes
    location: str | None = None  # a Location header (with status 301, a redirect)
    headers: dict[str, str] = field(default_factory=dict)  # any other response headers
    hits: int = 0


@dataclass
class Site:
    base: str
    routes: dict[str, Route]
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)

    def url(self, path: str) -> str:
        return self.base + path

    def headers_for(self, path: str) -> list[dict[str, str]]:
        return [headers for p, headers in self.requests if p == path]


class Handler(BaseHTTPRequestHandler):
    server: ThreadingHTTPServer  # with a .site attribute

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        site: Site = self.server.site  # type: ignore[attr-defined]
        site.requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
        route = site.routes.get(self.path)
        if route is None:
            return self._reply(404, b"<html><body><h1>Siden finnes ikke</h1></body></html>", "text/html")
        route.hits += 1
        if route.hits <= route.fail_first:
            return self._reply(503, b"Service Unavailable", "text/plain")
        if route.etag and self.headers.get("If-None-Match") == route.etag:
            return self._reply(304, b"", None, route)
        if route.last_modified and self.headers.get("If-Modified-Since") == route.last_modified:
            return self._reply(304, b"", None, route)
        self._reply(route.status, route.body, route.content_type, route)

    def _reply(self, status: int, body: bytes, content_type: str | None, route: Route | None = None) -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        if route and route.etag:
            self.send_header("ETag", route.etag)
        if route and route.last_modified:
            self.send_header("Last-Modified", route.last_modified)
        if route and route.location:
            self.send_header("Location", route.location)
        for name, value in (route.headers if route else {}).items():
            self.send_header(name, value)
        if route is None or route.declare_length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body:
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass


def page(name: str) -> bytes:
    return (HTML_DIR / name).read_bytes()


@contextmanager
def serving(routes: dict[str, Route]) -> Iterator[Site]:
    """A threaded server on a free port of 127.0.0.1 serving `routes`, shut down afterwards."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    port = server.server_address[1]
    server.site = Site(f"http://127.0.0.1:{port}", routes)  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        yield server.site  # type: ignore[attr-defined]
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def _local_only(request: httpx.Request) -> None:
    if request.url.host != "127.0.0.1":
        raise AssertionError(f"test tried to reach {request.url}")


@contextmanager
def local_client() -> Iterator[httpx.Client]:
    """The project's client (User-Agent, redirects) with a hook that refuses any host but 127.0.0.1."""
    http = make_client(timeout=5.0, trust_env=False)
    http.event_hooks["request"] = [_local_only]
    with http:
        yield http


class Sleeps(list[float]):
    """A sleep function that records instead of sleeping."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)
