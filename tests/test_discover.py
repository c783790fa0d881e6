"""DISCOVER stage against feeds, sitemaps, robots.txt and article pages served from 127.0.0.1.

Nothing leaves the machine: the client refuses any host but 127.0.0.1 (tests/local_site.py).
"""
from __future__ import annotations

import csv
import gzip
import json
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

import httpx
import pytest
from local_site import Route, Site, Sleeps, local_client, page, serving

from flows.discover import DiscoverReport, Limits, discover_all
from flows.discover_known import COLUMNS
from flows.fetch import FetchReport, fetch_all
from flows.fetch_http import HostRateLimiter, RetryPolicy, TooLarge, get_with_retries, load_state
from flows.fetch_sources import SourcesError
from flows.ingest import read_document

NOW = datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
KS = "/ks/konsultasjonsmote-klima/"
KS_COPY = "/kopi/klimatiltak-i-kommunene/"  # the same article under a second address
NN = "/regjeringen/nn/bilateralt-konsultasjonsmote-mellom-ks-og-kmd/id2462905/"
PARAT = "/parat/krever-tettere-dialog-med-regjeringen.html"
RSS_TYPE = "application/rss+xml; charset=utf-8"
XML_TYPE = "application/xml"


def rss(base: str) -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Kommunal- og distriktsdepartementet</title>
  <item><title>Konsultasjonsmøte om klimatiltak i kommunene</title><link>{base}{KS}</link>
        <pubDate>Mon, 15 Dec 2025 09:00:00 +0100</pubDate></item>
  <item><title>Ny veg over fjellet åpnet</title><link>{base}/regjeringen/ny-veg/</link>
        <pubDate>Tue, 16 Dec 2025 09:00:00 +0100</pubDate></item>
  <item><title>KS i internt møte</title><link>{base}/privat/ks-internt/</link>
        <pubDate>Wed, 17 Dec 2025 09:00:00 +0100</pubDate></item>
  <item><title>KS og kommunene i 2019</title><link>{base}/arkiv/ks-2019/</link>
        <pubDate>Mon, 02 Sep 2019 09:00:00 +0200</pubDate></item>
  <item><title>Klimatiltak: kommunene må med</title><link>{base}{KS_COPY}</link>
        <pubDate>Thu, 11 Dec 2025 09:00:00 +0100</pubDate></item>
</channel></rss>""".encode()


def atom(base: str) -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Regjeringa, nynorsk</title>
  <entry><title>Bilateralt konsultasjonsmøte mellom KS og KMD</title>
         <link href="{base}{NN}"/><published>2025-12-20T10:00:00+01:00</published></entry>
  <entry><title>KS: same artikkel, annan adresse</title>
         <link href="{base}{KS.rstrip('/')}?utm_source=atom#topp"/><published>2025-12-15T09:00:00+01:00</published></entry>
</feed>""".encode()


def sitemap_index(base: str) -> bytes:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>{base}/sitemap-gammel.xml</loc><lastmod>2020-01-01</lastmod></sitemap>
  <sitemap><loc>{base}/sitemap-ny.xml</loc><lastmod>2025-12-30</lastmod></sitemap>
</sitemapindex>""".encode()


def sitemap(base: str) -> bytes:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>{base}{PARAT}</loc><lastmod>2025-12-01</lastmod></url>
  <url><loc>{base}/parat/om-oss/</loc><lastmod>2025-12-01</lastmod></url>
  <url><loc>https://elsewhere.example/regjeringen-sier/</loc></url>
</urlset>""".encode()


def routes() -> dict[str, Route]:
    return {
        "/robots.txt": Route(b"User-agent: *\nDisallow: /privat/\n", content_type="text/plain"),
        "/feeds/kdd.rss": Route(b"", content_type=RSS_TYPE, etag='"rss-v1"'),
        "/feeds/nn.atom": Route(b"", content_type="application/atom+xml",
                                last_modified="Mon, 29 Dec 2025 10:00:00 GMT"),
        "/sitemap.xml": Route(b"", content_type=XML_TYPE),
        "/sitemap-ny.xml": Route(b"", content_type=XML_TYPE),
        "/feeds/broken.rss": Route(b"<rss><channel><item><title>KS</item></channel></rss>", content_type=RSS_TYPE),
        "/feeds/side.html": Route(page("ks_klimatiltak.html")),
        KS: Route(page("ks_klimatiltak.html")),
        KS.rstrip("/"): Route(b"", status=301, location=KS),  # as sites answer a link without its slash
        KS_COPY: Route(page("ks_klimatiltak.html")),
        NN: Route(page("regjeringen_bilateralt_nn.html")),
        PARAT: Route(page("parat_dialog_cookies.html")),
    }


@pytest.fixture
def site() -> Iterator[Site]:
    with serving(routes()) as local:
        base = local.base
        local.routes["/feeds/kdd.rss"].body = rss(base)
        local.routes["/feeds/nn.atom"].body = atom(base)
        local.routes["/sitemap.xml"].body = sitemap_index(base)
        local.routes["/sitemap-ny.xml"].body = sitemap(base)
        yield local


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    with local_client() as http:
        yield http


@pytest.fixture
def raw(tmp_path: Path) -> Path:
    folder = tmp_path / "raw"
    folder.mkdir()
    return folder


FEEDS = """
max_new_per_run: 10
defaults:
  keywords: [KS, kommunesektor*, konsultasjon*, kommunene]
  max_age_days: 60
feeds:
  - name: KDD
    url: {base}/feeds/kdd.rss
  - name: Regjeringa nynorsk
    url: {base}/feeds/nn.atom
    language: nn
  - name: Parat
    url: {base}/sitemap.xml
    publisher: Parat
    keywords: [regjering*]
  - name: Ødelagt
    url: {base}/feeds/broken.rss
  - name: Ikke en feed
    url: {base}/feeds/side.html
"""


def write_feeds(raw: Path, site: Site, text: str = FEEDS) -> Path:
    path = raw / "feeds.yaml"
    path.write_text(text.format(base=site.base), encoding="utf-8")
    return path


def limiter(sleeps: Sleeps, clock_step: float = 100.0) -> HostRateLimiter:
    ticks = iter(range(10**6))
    return HostRateLimiter(interval=1.0, clock=lambda: next(ticks) * clock_step, sleep=sleeps)


def discover(raw: Path, client: httpx.Client, sleeps: Sleeps | None = None, **kwargs: object) -> DiscoverReport:
    sleeps = Sleeps() if sleeps is None else sleeps
    return discover_all(raw / "feeds.yaml", raw, raw.parent / ".cache" / "discover-state.json", client=client,
                        retry=RetryPolicy(attempts=2, base_delay=1.0, sleep=sleeps),
                        limiter=kwargs.pop("limiter", None) or limiter(sleeps), now=lambda: NOW,
                        **kwargs)  # type: ignore[arg-type]


def fetch(raw: Path, client: httpx.Client) -> FetchReport:
    return fetch_all(raw / "sources.csv", raw, client=client, discovered_path=raw / "discovered.csv",
                     retry=RetryPolicy(attempts=2, sleep=Sleeps()), limiter=limiter(Sleeps()),
                     now=lambda: NOW, robots=True)


def discovered(raw: Path) -> list[dict[str, str]]:
    with (raw / "discovered.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def paths(site: Site, urls: list[str]) -> list[str]:
    return [u.removeprefix(site.base) for u in urls]


# --- discovery ----------------------------------------------------------------------------------

def test_discovery_finds_new_articles_in_rss_atom_and_sitemaps(site: Site, client: httpx.Client, raw: Path) -> None:
    write_feeds(raw, site)
    report = discover(raw, client)
    rows = discovered(raw)
    base = site.base
    assert list(rows[0]) == list(COLUMNS)
    assert [(r["url"].removeprefix(base), r["slug"], r["publisher"], r["language"], r["title"], r["published"],
             r["feed"].removeprefix(base), r["discovered"]) for r in rows] == [
        (PARAT, "krever-tettere-dialog-med-regjeringen", "Parat", "", "", "2025-12-01", "/sitemap-ny.xml",
         "2026-01-02"),
        (KS_COPY, "klimatiltak-i-kommunene", "", "", "Klimatiltak: kommunene må med", "2025-12-11",
         "/feeds/kdd.rss", "2026-01-02"),
        (KS, "konsultasjonsmote-klima", "", "", "Konsultasjonsmøte om klimatiltak i kommunene", "2025-12-15",
         "/feeds/kdd.rss", "2026-01-02"),
        (NN, "bilateralt-konsultasjonsmote-mellom-ks-og-kmd", "", "nn",
         "Bilateralt konsultasjonsmøte mellom KS og KMD", "2025-12-20", "/feeds/nn.atom", "2026-01-02"),
    ]
    assert report.summary() == ("3 feeds read, 0 not modified, 2 failed; 4 new articles, "
                                "0 left for the next run, 1 disallowed by robots.txt")
    assert paths(site, [u for u, _ in report.skipped]) == ["/privat/ks-internt/"]
    assert report.skipped[0][1] == f"disallowed by {base}/robots.txt"
    failures = dict((u.removeprefix(base), r) for u, r in report.failures)
    assert failures["/feeds/broken.rss"].startswith("not well-formed XML")
    assert failures["/feeds/side.html"] == "not an XML document (an HTML page or plain text)"
    kdd = next(f for f in report.as_dict()["feeds"] if f["name"] == "KDD")
    assert (kdd["status"], kdd["items"], kdd["kept"]) == ("read", 5, 3)  # off-topic and 2019 items left out
    nn = next(f for f in report.as_dict()["feeds"] if f["name"] == "Regjeringa nynorsk")
    assert nn["kept"] == 2  # KS's article again, under another address: found once, from the first feed
    requested = [p for p, _ in site.requests]
    assert "/sitemap-gammel.xml" not in requested  # older than max_age_days
    assert not any(p.startswith(("/privat/", "/ks/", "/regjeringen/", "/parat/")) for p in requested)
    assert requested.count("/robots.txt") == 1  # once per host and run


def test_requests_are_polite(site: Site, client: httpx.Client, raw: Path) -> None:
    write_feeds(raw, site)
    sleeps = Sleeps()
    discover(raw, client, sleeps, limiter=limiter(sleeps, clock_step=0.0))  # a clock that stands still
    assert all(headers["user-agent"].startswith("ksdata/") for _, headers in site.requests)
    assert sleeps == [1.0] * (len(site.requests) - 1)  # one request per second to the host


def test_crawl_delay_slows_the_host_down(site: Site, client: httpx.Client, raw: Path) -> None:
    site.routes["/robots.txt"].body = b"User-agent: ksdata\nCrawl-delay: 7\nDisallow:\n"
    write_feeds(raw, site)
    sleeps = Sleeps()
    discover(raw, client, sleeps, limiter=limiter(sleeps, clock_step=0.0))
    assert sleeps and set(sleeps[1:]) == {7.0}  # robots.txt itself came at the normal pace


def test_what_raw_knows_is_not_found_again(site: Site, client: httpx.Client, raw: Path) -> None:
    write_feeds(raw, site)
    (raw / "sources.csv").write_text(f"url,slug\n{site.base}{KS.rstrip('/')}?utm_medium=e-post,\n", encoding="utf-8")
    (raw / "gammel.txt").write_text("Tekst.\n", encoding="utf-8")
    (raw / "gammel.meta.json").write_text(json.dumps({"url": f"{site.base}{NN}", "title": None}), encoding="utf-8")
    (raw / "krever-tettere-dialog-med-regjeringen.txt").write_text("Annen tekst.\n", encoding="utf-8")
    discover(raw, client)
    rows = discovered(raw)
    assert [(r["url"].removeprefix(site.base), r["slug"]) for r in rows] == [
        (PARAT, "krever-tettere-dialog-med-regjeringen-2"),  # the slug is taken by a file in raw/
        (KS_COPY, "klimatiltak-i-kommunene"),
    ]
    before = (raw / "discovered.csv").read_bytes()
    again = discover(raw, client)
    assert again.added == () and (raw / "discovered.csv").read_bytes() == before


def test_unchanged_feeds_answer_304(site: Site, client: httpx.Client, raw: Path) -> None:
    write_feeds(raw, site)
    discover(raw, client)
    state = load_state(raw.parent / ".cache" / "discover-state.json")
    assert state[f"{site.base}/feeds/kdd.rss"].etag == '"rss-v1"'
    second = discover(raw, client)
    assert site.headers_for("/feeds/kdd.rss")[-1]["if-none-match"] == '"rss-v1"'
    assert site.headers_for("/feeds/nn.atom")[-1]["if-modified-since"] == "Mon, 29 Dec 2025 10:00:00 GMT"
    statuses = {o.feed.name: (o.status, o.detail) for o in second.outcomes}
    assert statuses["KDD"] == ("not modified", "not modified (HTTP 304)")
    assert statuses["Regjeringa nynorsk"][0] == "not modified"
    assert second.added == ()


def test_the_limit_per_run_defers_the_rest_to_the_next_run(site: Site, client: httpx.Client, raw: Path) -> None:
    write_feeds(raw, site)
    first = discover(raw, client, max_new=1)
    assert [r["url"].removeprefix(site.base) for r in first.added] == [NN]  # newest first
    assert sorted(paths(site, list(first.deferred))) == sorted([KS, KS_COPY, PARAT, "/privat/ks-internt/"])
    state = load_state(raw.parent / ".cache" / "discover-state.json")
    assert f"{site.base}/feeds/kdd.rss" not in state  # read again in full next run
    second = discover(raw, client)
    assert "if-none-match" not in site.headers_for("/feeds/kdd.rss")[-1]
    assert sorted(r["url"].removeprefix(site.base) for r in second.added) == sorted([KS, KS_COPY, PARAT])
    assert second.deferred == ()
    assert [r["url"].removeprefix(site.base) for r in discovered(raw)][0] == NN  # appended, never rewritten


def test_robots_txt_disallowing_a_feed(site: Site, client: httpx.Client, raw: Path) -> None:
    site.routes["/robots.txt"].body = b"User-agent: ksdata\nDisallow: /feeds/\n\nUser-agent: *\nDisallow:\n"
    write_feeds(raw, site)
    report = discover(raw, client)
    failures = dict((u.removeprefix(site.base), r) for u, r in report.failures)
    assert failures["/feeds/kdd.rss"] == f"disallowed by {site.base}/robots.txt"
    assert site.headers_for("/feeds/kdd.rss") == [] and site.headers_for("/feeds/nn.atom") == []


def test_unreachable_robots_txt_stops_the_host_for_this_run(site: Site, client: httpx.Client, raw: Path) -> None:
    site.routes["/robots.txt"].fail_first = 100
    write_feeds(raw, site)
    report = discover(raw, client)
    assert report.added == ()
    assert all(r.startswith("robots.txt unavailable (HTTP 503") for _, r in report.failures[:3])
    assert {p for p, _ in site.requests} == {"/robots.txt"}


def test_missing_robots_txt_allows_everything(site: Site, client: httpx.Client, raw: Path) -> None:
    del site.routes["/robots.txt"]
    write_feeds(raw, site)
    report = discover(raw, client)
    assert report.skipped == () and len(report.added) == 5  # /privat/ too


def test_oversized_feed_is_set_aside(site: Site, client: httpx.Client, raw: Path) -> None:
    write_feeds(raw, site)
    report = discover(raw, client, limits=Limits(max_bytes=600))
    failures = dict((u.removeprefix(site.base), r) for u, r in report.failures)
    assert failures["/feeds/kdd.rss"].startswith("response larger than 600 bytes")


def test_a_feed_that_errors_does_not_stop_the_others(site: Site, client: httpx.Client, raw: Path) -> None:
    site.routes["/feeds/kdd.rss"].status = 500
    write_feeds(raw, site)
    report = discover(raw, client)
    failures = dict((u.removeprefix(site.base), r) for u, r in report.failures)
    assert failures["/feeds/kdd.rss"] == "HTTP 500 Internal Server Error (after 2 attempts)"
    added = {r["url"].removeprefix(site.base): r["title"] for r in report.added}
    assert added == {NN: "Bilateralt konsultasjonsmøte mellom KS og KMD", PARAT: "",
                     KS.rstrip("/"): "KS: same artikkel, annan adresse"}  # now from the Atom feed


def test_a_generated_list_with_a_foreign_header_is_not_touched(site: Site, client: httpx.Client, raw: Path) -> None:
    write_feeds(raw, site)
    (raw / "discovered.csv").write_text("adresse\nhttps://www.ks.no/a/\n", encoding="utf-8")
    report = discover(raw, client)
    assert report.error is not None and "discovered.csv: header is 'adresse'" in report.error
    assert report.added == () and len(report.deferred) == 4
    assert (raw / "discovered.csv").read_text(encoding="utf-8") == "adresse\nhttps://www.ks.no/a/\n"
    assert load_state(raw.parent / ".cache" / "discover-state.json") == {}


# --- discover, then fetch -----------------------------------------------------------------------

def test_discover_then_fetch_writes_texts_with_sidecars(site: Site, client: httpx.Client, raw: Path) -> None:
    write_feeds(raw, site)
    discover(raw, client)
    report = fetch(raw, client)
    assert (report.fetched, report.duplicates, report.failed) == (3, 1, 0)
    assert paths(site, [u for u, _ in report.duplicate_of]) == [KS]  # listed after its copy, same text
    assert report.duplicate_of[0][1] == "same text as klimatiltak-i-kommunene.txt; not written"
    assert not (raw / "konsultasjonsmote-klima.txt").exists()
    meta = json.loads((raw / "bilateralt-konsultasjonsmote-mellom-ks-og-kmd.meta.json").read_text("utf-8"))
    assert meta == {
        "url": f"{site.base}{NN}",
        "title": "Bilateralt konsultasjonsmøte mellom KS og KMD",  # the feed's title
        "published": "2025-12-20",  # the feed's date, not the page's 2015-11-16
        "publisher": "Regjeringa.no",  # the page's site name: the feed names none
        "language": "nn",
        "feed": f"{site.base}/feeds/nn.atom",
        "fetched_at": "2026-01-02T03:04:05Z",
    }
    parat = json.loads((raw / "krever-tettere-dialog-med-regjeringen.meta.json").read_text("utf-8"))
    assert (parat["publisher"], parat["feed"]) == ("Parat", f"{site.base}/sitemap-ny.xml")
    assert parat["title"] == "Krever tettere dialog med regjeringen"  # the sitemap has none: the page's
    document = read_document(raw / "bilateralt-konsultasjonsmote-mellom-ks-og-kmd.txt")
    assert (document.language, document.meta.url, str(document.meta.published)) == ("nn", meta["url"], "2025-12-20")
    assert "Kommunal- og moderniseringsdepartementet" in document.text

    again = fetch(raw, client)
    assert (again.fetched, again.unchanged, again.duplicates) == (0, 3, 1)


def test_sources_csv_wins_over_discovered_rows(site: Site, client: httpx.Client, raw: Path) -> None:
    write_feeds(raw, site)
    discover(raw, client)
    (raw / "sources.csv").write_text(
        f"url,slug,publisher\n{site.base}{NN},kmd-nn,Regjeringa\n{site.base}/annen/,klimatiltak-i-kommunene,\n",
        encoding="utf-8")
    report = fetch(raw, client)
    fetched = {(r.source.url.removeprefix(site.base), r.source.slug) for r in report.results}
    assert (NN, "bilateralt-konsultasjonsmote-mellom-ks-og-kmd") not in fetched  # same URL as a source
    assert (KS_COPY, "klimatiltak-i-kommunene") not in fetched  # same slug as a source
    assert (NN, "kmd-nn") in fetched and (PARAT, "krever-tettere-dialog-med-regjeringen") in fetched


def test_fetch_respects_robots_txt(site: Site, client: httpx.Client, raw: Path) -> None:
    site.routes["/privat/side/"] = Route(page("ks_klimatiltak.html"))
    (raw / "sources.csv").write_text(f"url\n{site.base}/privat/side/\n{site.base}{KS}\n", encoding="utf-8")
    report = fetch(raw, client)
    assert report.failures == [(f"{site.base}/privat/side/", f"disallowed by {site.base}/robots.txt")]
    assert report.fetched == 1 and site.headers_for("/privat/side/") == []


def test_fetch_needs_some_list(raw: Path) -> None:
    with pytest.raises(SourcesError, match="cannot read sources file"):
        fetch_all(raw / "sources.csv", raw, discovered_path=raw / "discovered.csv")


# --- bounded reads ------------------------------------------------------------------------------

@pytest.mark.parametrize("chunked", [False, True])
def test_bounded_read_stops_early(client: httpx.Client, chunked: bool) -> None:
    """Declared or not, a body over the limit fails at once and is not retried."""
    body = b"<urlset>" + b"x" * 5000 + b"</urlset>"
    # without a Content-Length the body itself is counted as it arrives
    with serving({"/stor.xml": Route(body, content_type=XML_TYPE, declare_length=not chunked)}) as local:
        with pytest.raises(TooLarge, match="larger than 1000 bytes"):
            get_with_retries(client, local.url("/stor.xml"), {}, RetryPolicy(attempts=1), HostRateLimiter(0.0),
                             max_bytes=1000)
        ok = get_with_retries(client, local.url("/stor.xml"), {}, RetryPolicy(attempts=1), HostRateLimiter(0.0),
                              max_bytes=10_000)
        assert ok.status_code == 200 and ok.content == body


# --- the flow -----------------------------------------------------------------------------------

@pytest.mark.slow
def test_flow_discovers_fetches_and_publishes(prefect_harness: None, seed_raw: Path, tmp_path: Path,
                                              site: Site) -> None:
    from flows.flow import publish_dataset
    from flows.writers import read_csv

    (seed_raw / "feeds.yaml").write_text(f"feeds:\n  - url: {site.base}/feeds/nn.atom\n    language: nn\n",
                                         encoding="utf-8")
    out = tmp_path / "out"
    summary = publish_dataset(raw_dir=seed_raw, out_dir=out, discover=True)
    assert summary["status"] == "published"
    assert summary["discover"]["summary"].startswith("1 feeds read, 0 not modified, 0 failed; 2 new articles")
    assert (summary["fetch"]["fetched"], summary["fetch"]["duplicates"], summary["fetch"]["failed"]) == (2, 0, 0)
    assert summary["documents"]["new"] == 7
    assert (out / ".cache" / "discover-state.json").is_file()  # beside the extraction cache, not in raw/
    urls = {row["source_file"]: row["url"] for row in read_csv("documents", out / "processed" / "documents.csv")}
    assert urls["bilateralt-konsultasjonsmote-mellom-ks-og-kmd.txt"] == f"{site.base}{NN}"

    again = publish_dataset(raw_dir=seed_raw, out_dir=out, discover=True)
    assert again["status"] == "unchanged"
    assert again["discover"]["feeds"][0]["status"] == "not modified"

    (seed_raw / "feeds.yaml").write_text("feeds:\n  - url: nettside\n", encoding="utf-8")
    broken = publish_dataset(raw_dir=seed_raw, out_dir=out, discover=True)  # set aside, not a crash
    assert broken["status"] == "unchanged"
    assert broken["discover"]["error"] == f"{seed_raw / 'feeds.yaml'}: feed 1: not an absolute http(s) URL: 'nettside'"
    assert broken["fetch"]["fetched"] == 0 and broken["fetch"]["unchanged"] == 2


def test_bounded_read_counts_decompressed_bytes(client: httpx.Client) -> None:
    """A gzip bomb: 2 MB of XML in 2 kB on the wire."""
    bomb = gzip.compress(b"<urlset>" + b" " * 2_000_000 + b"</urlset>")
    assert len(bomb) < 5_000
    with serving({"/bombe.xml": Route(bomb, content_type=XML_TYPE, headers={"Content-Encoding": "gzip"})}) as local:
        with pytest.raises(TooLarge, match="larger than 100000 bytes"):
            get_with_retries(client, local.url("/bombe.xml"), {}, RetryPolicy(attempts=1), HostRateLimiter(0.0),
                             max_bytes=100_000)
