"""Canonical article URLs and the key two URLs of one article share.

`canonical_url` is the address discovery writes and the fetch stage requests: scheme
and host in lower case, default port, fragment and tracking parameters (utm_*,
fbclid, ...) dropped, percent-escapes in one form. The
path keeps its case and its trailing slash, as the publisher links it (servers tell
`/a` from `/a/` and would answer with a redirect).

`url_key` is what de-duplication compares: the canonical URL without its scheme,
without a leading `www.`, without a trailing slash and with the query sorted, so `http://www.ks.no/a/` and
`https://ks.no/a?utm_source=x` are one article.
"""
from __future__ import annotations

import re
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

DEFAULT_PORTS = {"http": 80, "https": 443}
TRACKING = re.compile(
    r"^(utm_\w+|fbclid|gclid|gclsrc|dclid|msclkid|yclid|igshid|mc_cid|mc_eid|_hsenc|_hsmi|mkt_tok|"
    r"wt\.mc_id|ncid|cmpid|xtor|at_medium|at_campaign)$",
    re.IGNORECASE,
)
PATH_SAFE = "/:@!$&'()*+,;=-._~"
QUERY_SAFE = "/:@!$'()*,;-._~"


class NotAnArticleUrl(ValueError):
    """A link that is not an absolute http(s) URL."""


def _path(path: str) -> str:
    """One form of percent-escapes: decoded, then re-escaped (upper-case hex, UTF-8)."""
    squeezed = re.sub(r"/{2,}", "/", path) or "/"
    return quote(unquote(squeezed), safe=PATH_SAFE)


def canonical_url(url: str) -> str:
    """The canonical form of an absolute http(s) URL, or NotAnArticleUrl."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS or not parts.hostname:
        raise NotAnArticleUrl(f"not an absolute http(s) URL: {url!r}")
    host = parts.hostname.lower().rstrip(".")
    try:
        port = parts.port
    except ValueError as exc:
        raise NotAnArticleUrl(f"bad port in {url!r}") from exc
    netloc = host if port in (None, DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not TRACKING.match(k)]
    return urlunsplit((scheme, netloc, _path(parts.path), urlencode(query, safe=QUERY_SAFE, quote_via=quote), ""))


def url_key(url: str) -> str:
    """The de-duplication key of a URL: canonical, without scheme, `www.` and trailing slash."""
    parts = urlsplit(canonical_url(url))
    host = parts.netloc.removeprefix("www.")
    path = parts.path.rstrip("/")
    query = urlencode(sorted(parse_qsl(parts.query, keep_blank_values=True)), safe=QUERY_SAFE, quote_via=quote)
    return f"{host}{path}" + (f"?{query}" if query else "")


def same_site(url: str, other: str) -> bool:
    """Both URLs on one host (ignoring `www.`)."""
    def host(u: str) -> str:
        return (urlsplit(u).hostname or "").lower().removeprefix("www.")

    return host(url) == host(other)
