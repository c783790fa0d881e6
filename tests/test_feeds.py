"""Discovery's pure parts: feed parsing, keyword filters, canonical URLs, the feeds file."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from flows.feed_parse import MalformedFeed, parse_date, parse_feed
from flows.feeds_config import FeedsError, read_feeds
from flows.keywords import Keywords, url_words
from flows.urls import NotAnArticleUrl, canonical_url, url_key

ROOT = Path(__file__).resolve().parent.parent
BASE = "https://www.regjeringen.no/no/rss/Rss/2581966/?documentType=aktuelt/nyheter"

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>Kommunal- og distriktsdepartementet</title>
    <link>https://www.regjeringen.no/</link>
    <item>
      <title>Konsultasjonsmøte med KS om kommuneøkonomien</title>
      <link>/no/aktuelt/konsultasjonsmote-med-ks/id3000001/</link>
      <description>&lt;p&gt;Statsråden møtte &lt;b&gt;KS&lt;/b&gt; i dag.&amp;nbsp;&lt;/p&gt;</description>
      <pubDate>Tue, 14 Mar 2023 23:30:00 GMT</pubDate>
    </item>
    <item>
      <title><![CDATA[Ny veg over fjellet åpnet]]></title>
      <guid isPermaLink="true">https://www.regjeringen.no/no/aktuelt/ny-veg/id3000002/</guid>
      <pubDate>not a date</pubDate>
    </item>
    <item>
      <title>Uten lenke</title>
      <guid isPermaLink="false">urn:uuid:1234</guid>
    </item>
  </channel>
</rss>
""".encode()

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>KS nyheter</title>
  <entry>
    <title type="html">Bilateralt møte mellom KS og &lt;i&gt;Helse- og omsorgsdepartementet&lt;/i&gt;</title>
    <link rel="self" href="https://www.ks.no/feed/entry/1"/>
    <link href="https://www.ks.no/pressemeldinger/bilateralt-mote-hod/"/>
    <summary>Kommunesektoren ber om mer til fastlegene.</summary>
    <updated>2023-05-02T08:00:00+02:00</updated>
    <published>2023-05-01T10:00:00Z</published>
  </entry>
  <entry>
    <title>Kurs i regnskap</title>
    <link rel="alternate" href="/kurs/regnskap/"/>
    <updated>2023-04-01</updated>
  </entry>
</feed>
""".encode()

SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url><loc>https://www.ks.no/pressemeldinger/staten-ma-ta-fastlegeregningen/</loc><lastmod>2023-06-01</lastmod></url>
  <url>
    <loc>https://www.ks.no/fagomrader/helse/nyhet/</loc>
    <news:news><news:publication><news:name>KS</news:name><news:language>no</news:language></news:publication>
      <news:publication_date>2023-06-02T07:00:00+02:00</news:publication_date>
      <news:title>KS i møte med helseministeren</news:title></news:news>
  </url>
  <url><loc>https://www.ks.no/om-ks/</loc></url>
</urlset>
""".encode()

INDEX = """<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>https://www.ks.no/sitemap-1.xml</loc><lastmod>2023-01-01T00:00:00+00:00</lastmod></sitemap>
  <sitemap><loc>https://www.ks.no/sitemap-2.xml</loc></sitemap>
</sitemapindex>
""".encode()


# --- parsing ------------------------------------------------------------------------------------

def test_rss_items() -> None:
    feed = parse_feed(RSS, BASE)
    assert (feed.kind, feed.title) == ("rss", "Kommunal- og distriktsdepartementet")
    first, second = feed.items  # the item without a link (guid not a permalink) is left out
    assert first.url == "https://www.regjeringen.no/no/aktuelt/konsultasjonsmote-med-ks/id3000001/"
    assert first.title == "Konsultasjonsmøte med KS om kommuneøkonomien"
    assert first.summary == "Statsråden møtte KS i dag."
    assert first.published == date(2023, 3, 15)  # 23:30 UTC is 00:30 the next day in Oslo
    assert (second.url, second.title, second.published) == (
        "https://www.regjeringen.no/no/aktuelt/ny-veg/id3000002/", "Ny veg over fjellet åpnet", None)


def test_atom_entries() -> None:
    feed = parse_feed(ATOM, "https://www.ks.no/feed/")
    assert (feed.kind, feed.title) == ("atom", "KS nyheter")
    first, second = feed.items
    assert first.url == "https://www.ks.no/pressemeldinger/bilateralt-mote-hod/"  # alternate, not self
    assert first.title == "Bilateralt møte mellom KS og Helse- og omsorgsdepartementet"
    assert first.summary == "Kommunesektoren ber om mer til fastlegene."
    assert first.published == date(2023, 5, 1)  # published wins over updated
    assert (second.url, second.published) == ("https://www.ks.no/kurs/regnskap/", date(2023, 4, 1))


def test_sitemap_with_lastmod_and_news() -> None:
    feed = parse_feed(SITEMAP, "https://www.ks.no/sitemap.xml")
    assert feed.kind == "sitemap"
    assert [(i.url.rsplit("ks.no", 1)[1], i.title, i.published) for i in feed.items] == [
        ("/pressemeldinger/staten-ma-ta-fastlegeregningen/", None, date(2023, 6, 1)),
        ("/fagomrader/helse/nyhet/", "KS i møte med helseministeren", date(2023, 6, 2)),
        ("/om-ks/", None, None),
    ]


def test_sitemap_index() -> None:
    feed = parse_feed(INDEX, "https://www.ks.no/sitemap.xml")
    assert (feed.kind, feed.items) == ("sitemapindex", ())
    assert [(s.url, s.published) for s in feed.sitemaps] == [
        ("https://www.ks.no/sitemap-1.xml", date(2023, 1, 1)), ("https://www.ks.no/sitemap-2.xml", None)]


XXE = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>&xxe;</title></channel></rss>"""
LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<rss version="2.0"><channel><title>&lol2;</title></channel></rss>"""


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty document"),
        (b"<rss version='2.0'><channel><item><title>Brutt</item></channel></rss>", "not well-formed XML"),
        (b"<!DOCTYPE html><html><body><h1>Siden finnes ikke</h1></body></html>", "not an XML document"),
        (b"Service Unavailable", "not an XML document"),
        (XXE, "declares XML entities"),
        (LAUGHS, "declares XML entities"),
        (b"<?xml version='1.0'?><kml xmlns='http://www.opengis.net/kml/2.2'/>",
         "not an RSS, Atom or sitemap document (root element <{http://www.opengis.net/kml/2.2}kml>)"),
        (b"<feed><title>Atom uten navnerom</title></feed>", "root element <feed>"),
        (b"<rss version='2.0'><item/></rss>", "RSS document without a <channel>"),
    ],
)
def test_malformed_documents_say_why(data: bytes, reason: str) -> None:
    with pytest.raises(MalformedFeed, match=None) as error:
        parse_feed(data, BASE)
    assert reason in str(error.value)


@pytest.mark.parametrize("padding", [b"", b"<!-- " + b"x" * 70_000 + b" -->\n"])
def test_external_entities_are_never_read(tmp_path: Path, padding: bytes) -> None:
    secret = tmp_path / "hemmelig.txt"
    secret.write_text("HEMMELIG", encoding="utf-8")
    sneaky = (b'<?xml version="1.0"?>\n' + padding + b'<!DOCTYPE rss [\n<!ENTITY  x SYSTEM "file://'
              + str(secret).encode() + b'">]><rss version="2.0"><channel><title>&x;</title></channel></rss>')
    with pytest.raises(MalformedFeed, match="declares XML entities") as error:
        parse_feed(sneaky, BASE)
    assert "HEMMELIG" not in str(error.value)


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("Wed, 14 Jun 2023 10:00:00 +0200", date(2023, 6, 14)),
        ("Wed, 14 Jun 2023 22:30:00 GMT", date(2023, 6, 15)),  # summer time: UTC+2
        ("Sat, 30 Dec 2023 23:30:00 GMT", date(2023, 12, 31)),  # winter: UTC+1
        ("2023-06-14", date(2023, 6, 14)),
        ("2023-06-14T23:59:00+02:00", date(2023, 6, 14)),
        ("2023-06-14T22:30:00Z", date(2023, 6, 15)),
        ("14. juni 2023", None),
        ("", None),
        (None, None),
    ],
)
def test_dates_are_read_in_oslo_time(value: str | None, day: date | None) -> None:
    assert parse_date(value) == day


# --- keywords -----------------------------------------------------------------------------------

DEFAULT = Keywords(("KS", "Kommunesektorens organisasjon", "kommunesektor*", "konsultasjon*", "kommunene",
                    "kommunane", "kommuneøkonomi*"))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Møte med KS om eldreomsorg", "ks"),
        ("KS-leder Gunn Marit Helgesen", "ks"),
        ("KOMMUNENE FÅR MER I 2024", "kommunene"),
        ("Regjeringa og kommunane er samde", "kommunane"),  # nynorsk
        ("Kommunesektorens  organisasjon møtte statsråden", "kommunesektorens  organisasjon"),
        ("Konsultasjonsmøtet i mai", "konsultasjonsmøtet"),
        ("Kommuneøkonomien er presset", "kommuneøkonomien"),
        ("Styrket kommunesektor", "kommunesektor"),
        ("Ny saksbehandling i NAV", None),  # 'ks' inside a word
        ("Kommunenes sentralforbund", None),  # 'kommunene' is a whole word, not a prefix
        ("Ny veg over fjellet", None),
        ("Konsul i Bergen", None),
    ],
)
def test_keywords_on_titles(text: str, found: str | None) -> None:
    assert DEFAULT.match_text(text) == found


def test_keywords_compare_composed_and_decomposed_letters() -> None:
    assert Keywords(("årsmøte*",)).match_text("A\u030arsmøtet i KS") == "årsmøtet"  # Å as A + ring
    assert Keywords(("A\u030arsmøte*",)).match_text("Årsmøtet i KS") == "årsmøtet"


def test_keywords_look_at_the_summary_too_and_none_keeps_everything() -> None:
    assert DEFAULT.match_text("Ny veg over fjellet", "Kommunene får ansvar for vedlikehold") == "kommunene"
    assert DEFAULT.match_text(None, None) is None
    assert Keywords(()).match_text("Hva som helst") == ""
    assert Keywords(("  ", "*")).match_text("Hva som helst") == ""  # blank keywords are no keywords


@pytest.mark.parametrize(
    ("url", "found"),
    [
        ("https://www.regjeringen.no/no/aktuelt/konsultasjonsmote-med-ks/id3000001/", "konsultasjonsmote"),
        ("https://www.ks.no/fagomrader/Kommuneøkonomi/nyhet/", "kommuneokonomi"),
        ("https://www.ks.no/fagomrader/kommuneokonomi-2024/", "kommuneokonomi"),
        ("https://www.regjeringen.no/no/aktuelt/ny-veg/id3000002/", None),
        ("https://www.ks.no/saksbehandling/", None),
    ],
)
def test_keywords_on_url_words(url: str, found: str | None) -> None:
    assert DEFAULT.match_url(url) == found


def test_url_words_fold_norwegian_letters() -> None:
    assert url_words("https://www.ks.no/no/Møte-i-Bodø/%C3%86rlig%20tale/id12/") == "no mote i bodo aerlig tale id12"


# --- canonical URLs -----------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        ("HTTPS://WWW.KS.no:443/a/b/?utm_source=rss&utm_medium=feed#top", "https://www.ks.no/a/b/"),
        ("http://www.ks.no:80/a//b?fbclid=x&side=2&gclid=y", "http://www.ks.no/a/b?side=2"),
        ("https://www.ks.no/fagomrader/Møte%20i%20Bodø/", "https://www.ks.no/fagomrader/M%C3%B8te%20i%20Bod%C3%B8/"),
        ("https://www.ks.no/m%c3%b8te", "https://www.ks.no/m%C3%B8te"),
        ("https://www.ks.no:8443/a", "https://www.ks.no:8443/a"),
        ("https://www.ks.no", "https://www.ks.no/"),
    ],
)
def test_canonical_url(url: str, canonical: str) -> None:
    assert canonical_url(url) == canonical


@pytest.mark.parametrize("url", ["ftp://www.ks.no/a", "/relative/path", "mailto:post@ks.no", "https://", "http://x:99999/"])
def test_not_an_article_url(url: str) -> None:
    with pytest.raises(NotAnArticleUrl):
        canonical_url(url)


def test_one_article_under_many_addresses_has_one_key() -> None:
    forms = [
        "https://www.regjeringen.no/no/aktuelt/mote-med-ks/id3000001/",
        "http://regjeringen.no/no/aktuelt/mote-med-ks/id3000001",
        "https://WWW.Regjeringen.no/no/aktuelt/mote-med-ks/id3000001/?utm_campaign=nyhetsbrev#innhold",
    ]
    assert {url_key(u) for u in forms} == {"regjeringen.no/no/aktuelt/mote-med-ks/id3000001"}
    assert url_key("https://www.ks.no/a/?b=1&a=2") == url_key("https://www.ks.no/a?a=2&b=1")
    assert url_key("https://www.ks.no/a/?side=1") != url_key("https://www.ks.no/a/?side=2")
    assert url_key("https://www.ks.no/Aktuelt/") != url_key("https://www.ks.no/aktuelt/")  # paths keep their case


segment = st.text(alphabet="abcæøåABCÆØÅ019-_.~%", min_size=1, max_size=12)


@given(st.lists(segment, min_size=1, max_size=4), st.sampled_from(["", "utm_source=x", "fbclid=1&utm_medium=y"]),
       st.booleans())
def test_canonical_url_is_idempotent_and_ignores_tracking(segments: list[str], tracking: str, slash: bool) -> None:
    url = "https://www.ks.no/" + "/".join(segments) + ("/" if slash else "")
    canonical = canonical_url(url)
    assert canonical_url(canonical) == canonical
    assert url_key(url + ("?" + tracking if tracking else "")) == url_key(url)


# --- the feeds file -----------------------------------------------------------------------------

def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "feeds.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_shipped_feeds_file_reads() -> None:
    config = read_feeds(ROOT / "raw" / "feeds.yaml")
    hosts = {f.url.split("/")[2] for f in config.feeds}
    assert hosts == {"www.regjeringen.no", "www.ks.no"}
    assert config.max_new_per_run > 0
    assert all(f.keywords.keywords for f in config.feeds)


def test_defaults_apply_and_feeds_override(tmp_path: Path) -> None:
    path = write(tmp_path, """
max_new_per_run: 3
defaults: {keywords: [KS], max_age_days: 30, language: nb}
feeds:
  - url: https://www.regjeringen.no/rss
  - url: https://www.ks.no/sitemap.xml
    name: KS
    publisher: KS
    keywords: []
    language: nn
    paths: [/pressemeldinger/]
    max_age_days: 7
  - url: https://www.ks.no/rss
    keywords:
""")
    config = read_feeds(path)
    first, second, third = config.feeds
    assert config.max_new_per_run == 3
    assert (first.name, first.keywords.keywords, first.max_age_days, first.language) == (
        "https://www.regjeringen.no/rss", ("KS",), 30, "nb")
    assert (second.name, second.publisher, second.keywords.keywords, second.language, second.paths,
            second.max_age_days) == ("KS", "KS", (), "nn", ("/pressemeldinger/",), 7)
    assert third.keywords.keywords == ("KS",)  # an empty value keeps the default


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("feeds: nope", "must be a mapping with a 'feeds' list"),
        ("- url: https://www.ks.no/rss", "must be a mapping with a 'feeds' list"),
        ("feeds: [\n  {url: 'https://www.ks.no/rss'\n", "not a valid YAML file"),
        ("feeds:\n  - name: KS", "feed 1: missing url"),
        ("feeds:\n  - https://www.ks.no/rss", "feed 1: a feed must be a mapping"),
        ("feeds:\n  - url: ftp://www.ks.no/rss", "feed 1: not an absolute http(s) URL"),
        ("feeds:\n  - url: https://www.ks.no/a\n  - url: https://www.ks.no/b\n    language: se",
         "feed 2 (https://www.ks.no/b): language must be one of nb, nn, not 'se'"),
        ("feeds:\n  - url: https://www.ks.no/a\n    keywords: KS", "keywords must be a list of strings"),
        ("feeds:\n  - url: https://www.ks.no/a\n    paths: [pressemeldinger]", "every path must start with '/'"),
        ("feeds:\n  - url: https://www.ks.no/a\n    max_age_days: -1", "max_age_days must be a whole number"),
        ("feeds:\n  - url: https://www.ks.no/a\n    keyword: [KS]", "unknown key(s) keyword"),
        ("feeds:\n  - url: https://www.ks.no/a\n  - url: https://www.ks.no/a",
         "feed 2 (https://www.ks.no/a) is listed twice (also feed 1)"),
        ("max_new_per_run: many\nfeeds: []", "max_new_per_run must be a whole number"),
        ("defaults: {paths: [/a/]}\nfeeds: []", "defaults: unknown key(s) paths"),
    ],
)
def test_bad_feeds_file_names_file_feed_and_fix(tmp_path: Path, text: str, message: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(FeedsError) as error:
        read_feeds(path)
    assert str(error.value).startswith(str(path))
    assert message in str(error.value)


def test_missing_feeds_file(tmp_path: Path) -> None:
    with pytest.raises(FeedsError, match="cannot read feeds file"):
        read_feeds(tmp_path / "feeds.yaml")


# --- content keys -------------------------------------------------------------------------------

def test_content_key_ignores_layout_but_not_words(tmp_path: Path) -> None:
    from flows.content_key import content_key, index_texts

    text = "Første avsnitt om KS.\n\nAndre avsnitt.\n"
    assert content_key(text) == content_key("Første  avsnitt om KS.\r\nAndre avsnitt.   ")
    assert content_key("Møte på Hamar.") == content_key("Møte pa\u030a Hamar.")  # å composed or not
    assert content_key("Kommunene får mer.") != content_key("Kommunene får mindre.")
    (tmp_path / "b.txt").write_text(text, encoding="utf-8")
    (tmp_path / "a.txt").write_text(text.replace("\n\n", "\n"), encoding="utf-8")
    (tmp_path / "c.meta.json").write_text("{}", encoding="utf-8")
    assert index_texts(tmp_path) == {content_key(text): "a.txt"}  # the first by name holds the key
