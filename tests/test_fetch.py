"""FETCH stage against a local HTTP server on 127.0.0.1 serving saved pages.

Nothing here leaves the machine: every request goes through a client whose
event hook refuses any host other than 127.0.0.1.
"""
from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

import httpx
import pytest
from local_site import Route, Site, Sleeps, local_client, page, serving

from flows.fetch import (
    FetchReport,
    HostRateLimiter,
    RetryPolicy,
    SourcesError,
    derive_slug,
    fetch_all,
    read_sources,
)
from flows.fetch_http import USER_AGENT, load_state
from flows.ingest import read_document

NOW = datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
KS = "/ks/regjeringens-klimatiltak-ma-treffe-kommunesektoren/"
NN = "/regjeringen/nn/bilateralt-konsultasjonsmote-mellom-ks-og-kmd/id2462905/"
PARAT = "/parat/krever-tettere-dialog-med-regjeringen.html"
LAST_MODIFIED = "Mon, 16 Nov 2015 10:00:00 GMT"


# --- the local server (tests/local_site.py) -------------------------------------------------------

def cp1252_page() -> bytes:
    html = page("ks_klimatiltak.html").decode("utf-8").replace('charset="utf-8"', 'charset="windows-1252"')
    return html.encode("cp1252")


NAV_ONLY = "<html lang='nb'><body><nav><a href='/'>Hjem</a> <a href='/om'>Om oss</a></nav></body></html>"


def default_routes() -> dict[str, Route]:
    return {
        KS: Route(page("ks_klimatiltak.html"), etag='"ks-v1"'),
        NN: Route(page("regjeringen_bilateralt_nn.html"), last_modified=LAST_MODIFIED),
        PARAT: Route(page("parat_dialog_cookies.html"), content_type="text/html"),
        "/flaky/konsultasjonsmote/": Route(page("ks_klimatiltak.html"), fail_first=2),
        "/down/": Route(page("ks_klimatiltak.html"), fail_first=100),
        "/rapport.pdf": Route(b"%PDF-1.4", content_type="application/pdf"),
        "/kun-lenker/": Route(NAV_ONLY.encode("utf-8")),
        "/npk/2017/12/01/gammel-side.ece": Route(page("parat_dialog_cookies.html").replace(b"publish-date", b"x")),
        "/cp1252/": Route(cp1252_page(), content_type="text/html"),
    }


@pytest.fixture
def site() -> Iterator[Site]:
    with serving(default_routes()) as local:
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


def write_sources(raw: Path, rows: list[str], header: str = "url,slug,publisher,language") -> Path:
    path = raw / "sources.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def run(raw: Path, client: httpx.Client, sleeps: Sleeps | None = None, clock_step: float = 100.0) -> FetchReport:
    """fetch_all with a clock that jumps ahead, so the rate limit never sleeps unless asked."""
    sleeps = Sleeps() if sleeps is None else sleeps
    ticks = iter(range(0, 10**6))
    limiter = HostRateLimiter(interval=1.0, clock=lambda: next(ticks) * clock_step, sleep=sleeps)
    retry = RetryPolicy(attempts=3, base_delay=1.0, sleep=sleeps)
    return fetch_all(raw / "sources.csv", raw, client=client, retry=retry, limiter=limiter, now=lambda: NOW)


def snapshot(raw: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(raw.iterdir())}


def three_sources(raw: Path, site: Site) -> Path:
    return write_sources(raw, [f"{site.url(KS)},,,", f"{site.url(NN)},,,", f"{site.url(PARAT)},,,"])


# --- fetching -----------------------------------------------------------------------------------

def test_first_fetch_writes_text_and_sidecar(site: Site, client: httpx.Client, raw: Path) -> None:
    three_sources(raw, site)
    report = run(raw, client)
    assert (report.fetched, report.unchanged, report.failed) == (3, 0, 0)

    meta = json.loads((raw / "regjeringens-klimatiltak-ma-treffe-kommunesektoren.meta.json").read_text("utf-8"))
    assert meta == {
        "url": site.url(KS),
        "title": "Regjeringens klimatiltak må treffe kommunesektoren",
        "published": "2023-06-14",
        "publisher": "KS",
        "language": "nb",
        "fetched_at": "2026-01-02T03:04:05Z",
    }
    text = (raw / "regjeringens-klimatiltak-ma-treffe-kommunesektoren.txt").read_text("utf-8")
    assert text.startswith("I konsultasjonsmøtet med Klima- og miljødepartementet")
    assert "– Kommunene vil gjerne gå foran i klimaarbeidet" in text
    assert "\n\nBer om styrket Klimasats\n\n" in text
    for boilerplate in ("informasjonskapsler", "Godta alle", "Fagområder", "Brødsmulesti", "Relaterte saker",
                        "Haakon VIIs gate", "Personvern"):
        assert boilerplate not in text
    assert all(block and "\n" not in block for block in text.rstrip("\n").split("\n\n"))


def test_nynorsk_page_and_cookie_page(site: Site, client: httpx.Client, raw: Path) -> None:
    three_sources(raw, site)
    run(raw, client)
    nn = json.loads((raw / "bilateralt-konsultasjonsmote-mellom-ks-og-kmd.meta.json").read_text("utf-8"))
    assert (nn["language"], nn["published"], nn["publisher"]) == ("nn", "2015-11-16", "Regjeringa.no")
    assert nn["title"] == "Bilateralt konsultasjonsmøte mellom KS og Kommunal- og moderniseringsdepartementet"

    parat = raw / "krever-tettere-dialog-med-regjeringen.txt"
    meta = json.loads(parat.with_name(parat.stem + ".meta.json").read_text("utf-8"))
    assert meta["language"] == "nb"  # <html lang="no"> says nothing; og:locale nb_NO does
    text = parat.read_text("utf-8")
    assert text.startswith("Tirsdag møtte KS, LO, Unio, YS og Akademikerne")
    for boilerplate in ("informasjonskapsler", "Tillat alle", "Bli medlem", "nyhetsbrevet", "rettigheter"):
        assert boilerplate not in text


def test_written_files_are_read_by_ingest(site: Site, client: httpx.Client, raw: Path) -> None:
    three_sources(raw, site)
    run(raw, client)
    document = read_document(raw / "bilateralt-konsultasjonsmote-mellom-ks-og-kmd.txt")
    assert document.language == "nn"
    assert document.encoding == "utf-8"
    assert document.meta.published is not None and document.meta.published.isoformat() == "2015-11-16"
    assert document.title == "Bilateralt konsultasjonsmøte mellom KS og Kommunal- og moderniseringsdepartementet"


def test_requests_carry_the_user_agent(site: Site, client: httpx.Client, raw: Path) -> None:
    write_sources(raw, [f"{site.url(KS)},,,"])
    run(raw, client)
    (headers,) = site.headers_for(KS)
    assert headers["user-agent"] == USER_AGENT
    assert USER_AGENT.startswith("ksdata/")


def test_second_fetch_is_conditional_and_leaves_files_untouched(site: Site, client: httpx.Client, raw: Path) -> None:
    three_sources(raw, site)
    run(raw, client)
    before = snapshot(raw)
    report = run(raw, client)
    assert (report.fetched, report.unchanged, report.failed) == (0, 3, 0)
    assert [r.http_status for r in report.results] == [304, 304, 200]
    assert site.headers_for(KS)[-1]["if-none-match"] == '"ks-v1"'
    assert site.headers_for(NN)[-1]["if-modified-since"] == LAST_MODIFIED
    assert "if-none-match" not in site.headers_for(KS)[0]
    assert snapshot(raw) == before  # bytes and modification times


def test_state_file_is_sorted_and_deterministic(site: Site, client: httpx.Client, raw: Path) -> None:
    three_sources(raw, site)
    run(raw, client)
    text = (raw / ".fetch-state.json").read_text("utf-8")
    data = json.loads(text)
    assert text == json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False) + "\n"
    assert data == {site.url(KS): {"etag": '"ks-v1"'}, site.url(NN): {"last_modified": LAST_MODIFIED}}
    assert load_state(raw / ".fetch-state.json")[site.url(KS)].etag == '"ks-v1"'


def test_changed_page_is_rewritten(site: Site, client: httpx.Client, raw: Path) -> None:
    three_sources(raw, site)
    run(raw, client)
    route = site.routes[KS]
    route.body = route.body.replace(b"Oslo.", b"Drammen.")
    route.etag = '"ks-v2"'
    report = run(raw, client)
    assert (report.fetched, report.unchanged) == (1, 2)
    assert "konsultasjonsmøte i Drammen." in (raw / "regjeringens-klimatiltak-ma-treffe-kommunesektoren.txt").read_text()
    assert json.loads((raw / ".fetch-state.json").read_text())[site.url(KS)] == {"etag": '"ks-v2"'}


def test_missing_files_are_fetched_without_conditional_headers(site: Site, client: httpx.Client, raw: Path) -> None:
    write_sources(raw, [f"{site.url(KS)},,,"])
    run(raw, client)
    (raw / "regjeringens-klimatiltak-ma-treffe-kommunesektoren.txt").unlink()
    report = run(raw, client)
    assert report.fetched == 1
    assert "if-none-match" not in site.headers_for(KS)[-1]
    assert (raw / "regjeringens-klimatiltak-ma-treffe-kommunesektoren.txt").exists()


def test_sources_file_overrides_publisher_and_language(site: Site, client: httpx.Client, raw: Path) -> None:
    write_sources(raw, [f"{site.url(NN)},kmd-2015,regjeringen (Kommunalnytt nr. 8 2015),nb"])
    run(raw, client)
    meta = json.loads((raw / "kmd-2015.meta.json").read_text("utf-8"))
    assert (meta["publisher"], meta["language"]) == ("regjeringen (Kommunalnytt nr. 8 2015)", "nb")


def test_no_temporary_files_are_left(site: Site, client: httpx.Client, raw: Path) -> None:
    three_sources(raw, site)
    run(raw, client)
    assert sorted(p.name for p in raw.iterdir() if p.name.endswith(".tmp")) == []


# --- failures and retries -----------------------------------------------------------------------

def test_retries_then_success(site: Site, client: httpx.Client, raw: Path) -> None:
    write_sources(raw, [f"{site.url('/flaky/konsultasjonsmote/')},,,"])
    sleeps = Sleeps()
    report = run(raw, client, sleeps)
    assert report.fetched == 1
    assert site.routes["/flaky/konsultasjonsmote/"].hits == 3
    assert sleeps == [1.0, 2.0]  # exponential backoff, no rate-limit sleep (the clock jumps ahead)
    assert (raw / "konsultasjonsmote.txt").exists()


def test_retries_are_bounded(site: Site, client: httpx.Client, raw: Path) -> None:
    write_sources(raw, [f"{site.url('/down/')},,,"])
    sleeps = Sleeps()
    report = run(raw, client, sleeps)
    assert report.failures == [(site.url("/down/"), "HTTP 503 Service Unavailable (after 3 attempts)")]
    assert site.routes["/down/"].hits == 3
    assert sleeps == [1.0, 2.0]


def test_connection_errors_are_retried_and_reported(client: httpx.Client, raw: Path) -> None:
    with socket.socket() as sock:  # a port on which nothing listens
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    write_sources(raw, [f"http://127.0.0.1:{port}/nede/,,,"])
    sleeps = Sleeps()
    report = run(raw, client, sleeps)
    assert report.failed == 1
    assert report.failures[0][1].startswith("ConnectError")
    assert report.failures[0][1].endswith("(after 3 attempts)")
    assert sleeps == [1.0, 2.0]


def test_404_is_reported_and_the_others_fetched(site: Site, client: httpx.Client, raw: Path) -> None:
    write_sources(raw, [f"{site.url(KS)},,,", f"{site.url('/finnes-ikke/')},,,", f"{site.url(PARAT)},,,"])
    report = run(raw, client)
    assert (report.fetched, report.unchanged, report.failed) == (2, 0, 1)
    assert report.failures == [(site.url("/finnes-ikke/"), "HTTP 404 Not Found")]
    assert report.summary() == "2 fetched, 0 unchanged, 1 failed"
    assert not (raw / "finnes-ikke.txt").exists()
    assert site.headers_for("/finnes-ikke/") and len(site.headers_for("/finnes-ikke/")) == 1  # 4xx: no retry


def test_non_html_is_a_failure(site: Site, client: httpx.Client, raw: Path) -> None:
    write_sources(raw, [f"{site.url('/rapport.pdf')},,,"])
    report = run(raw, client)
    assert report.failures == [(site.url("/rapport.pdf"), "not an HTML page (application/pdf)")]


def test_page_without_an_article_is_a_failure(site: Site, client: httpx.Client, raw: Path) -> None:
    write_sources(raw, [f"{site.url('/kun-lenker/')},,,"])
    report = run(raw, client)
    assert report.failed == 1
    assert report.failures[0][1].startswith("too little text for an article")
    assert not (raw / "kun-lenker.txt").exists()


def test_legacy_encoding_and_date_from_url(site: Site, client: httpx.Client, raw: Path) -> None:
    write_sources(raw, [f"{site.url('/cp1252/')},,,", f"{site.url('/npk/2017/12/01/gammel-side.ece')},,,"])
    report = run(raw, client)
    assert report.fetched == 2
    text = (raw / "cp1252.txt").read_text("utf-8")
    assert "Klima- og miljødepartementet tok KS opp" in text and "– Vi er enige" in text
    assert json.loads((raw / "gammel-side.meta.json").read_text("utf-8"))["published"] == "2017-12-01"


def test_rate_limit_sleeps_between_requests_to_one_host(site: Site, client: httpx.Client, raw: Path) -> None:
    three_sources(raw, site)
    sleeps = Sleeps()
    report = run(raw, client, sleeps, clock_step=0.0)  # a clock that stands still
    assert report.fetched == 3
    assert sleeps == [1.0, 1.0]  # before the 2nd and the 3rd request to 127.0.0.1


def test_rate_limiter_is_per_host() -> None:
    now = [0.0]
    sleeps = Sleeps()

    def sleep(seconds: float) -> None:
        sleeps(seconds)
        now[0] += seconds

    limiter = HostRateLimiter(interval=2.0, clock=lambda: now[0], sleep=sleep)
    limiter.wait("www.ks.no")
    limiter.wait("www.regjeringen.no")
    now[0] += 0.5
    limiter.wait("www.ks.no")
    now[0] += 5.0
    limiter.wait("www.ks.no")
    assert sleeps == [1.5]


def test_retry_delay_is_exponential_capped_and_honours_retry_after() -> None:
    policy = RetryPolicy(base_delay=1.0, max_delay=10.0)
    assert [policy.delay(n) for n in range(5)] == [1.0, 2.0, 4.0, 8.0, 10.0]
    throttled = httpx.Response(429, headers={"Retry-After": "7"})
    assert policy.delay(0, throttled) == 7.0
    assert policy.delay(0, httpx.Response(429, headers={"Retry-After": "3600"})) == 10.0


# --- sources.csv --------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("url", "slug"),
    [
        ("https://www.ks.no/pressemeldinger/staten-ma-ta-fastlegeregningen/", "staten-ma-ta-fastlegeregningen"),
        ("https://www.ks.no/om-ks/Møte-på-Ærøy-ÅPENT/", "mote-pa-aeroy-apent"),
        ("https://www.ks.no/fagomrader/M%C3%B8te%20om%20%C3%A6ldre%C3%B8msorg", "mote-om-aeldreomsorg"),
        ("https://www.regjeringen.no/no/aktuelt/bilateralt-konsultasjonsmote-mellom-ks-og-kdd/id2462905/",
         "bilateralt-konsultasjonsmote-mellom-ks-og-kdd"),
        ("http://www.fjordabladet.no/npk/2017/12/01/Legene-kommunane-og-staten-skal-saman-15686259.ece",
         "legene-kommunane-og-staten-skal-saman-15686259"),
        ("https://www.parat.com/krever-tettere-dialog-med-regjeringen-2145-489875",
         "krever-tettere-dialog-med-regjeringen-2145-489875"),
        ("https://www.ks.no/", "www-ks-no"),
        ("https://www.ks.no/nyheter/kommunal--og-distriktsdepartementet_møte/", "kommunal-og-distriktsdepartementet-mote"),
    ],
)
def test_slug_from_url(url: str, slug: str) -> None:
    assert derive_slug(url) == slug


def test_read_sources(raw: Path) -> None:
    path = write_sources(raw, [
        "https://www.ks.no/a/møte-i-bodø/,,,",
        "",
        "https://www.regjeringen.no/nn/b/,kmd_2015_nn,Regjeringa,nn",
    ], header="url,slug,publisher,language,notes")
    sources = read_sources(path)
    assert [(s.slug, s.publisher, s.language, s.line) for s in sources] == [
        ("mote-i-bodo", None, None, 2),
        ("kmd_2015_nn", "Regjeringa", "nn", 4),
    ]
    assert sources[0].host == "www.ks.no"


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (",slug,,", "missing url"),
        ("ftp://www.ks.no/fil,,,", "not an http(s) URL"),
        ("https://www.ks.no/a/,Ikke Gyldig,,", "bad slug 'Ikke Gyldig'"),
        ("https://www.ks.no/a/,,,de", "language must be one of nb, nn, not 'de'"),
        ("https://www.ks.no/x/staten/,,,", "slug 'staten' already used on line 2"),
        ("https://www.ks.no/b/,b,,nb,extra", "more cells than header columns"),
    ],
)
def test_bad_sources_row_names_file_and_line(raw: Path, row: str, message: str) -> None:
    path = write_sources(raw, ["https://www.ks.no/staten/,,,", row])
    with pytest.raises(SourcesError) as error:
        read_sources(path)
    assert str(error.value).startswith(f"{path}:3: ")
    assert message in str(error.value)


def test_sources_file_without_url_column(raw: Path) -> None:
    path = write_sources(raw, ["https://www.ks.no/a/"], header="address")
    with pytest.raises(SourcesError, match=r"sources\.csv:1: header must have a 'url' column"):
        read_sources(path)


def test_bad_sources_file_stops_before_any_request(site: Site, client: httpx.Client, raw: Path) -> None:
    write_sources(raw, [f"{site.url(KS)},,,", "not a url,,,"])
    with pytest.raises(SourcesError, match=r"sources\.csv:3: not an http\(s\) URL"):
        run(raw, client)
    assert site.requests == []
