"""RSS (2.0 and 1.0), Atom 1.0 and sitemap (urlset and sitemap index) documents as plain items.

Parsed safely: lxml with entity resolution, DTD loading and network access off and
libxml2's size limits on (no XXE, no billion laughs); a document that declares a
DOCTYPE with entities is refused outright; the caller bounds the number of bytes.
Anything that is not well-formed, or not one of the three formats, raises
MalformedFeed with a reason a person can act on.

Dates come out as dates in Norwegian time (Europe/Oslo): an item published at
23:30 UTC on 1 March was published on 2 March in Oslo.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from typing import Literal
from urllib.parse import urljoin
from zoneinfo import ZoneInfo

from lxml import etree

Kind = Literal["rss", "atom", "sitemap", "sitemapindex"]  # rss: RSS 2.0, 0.9x and 1.0 (RDF)
OSLO = ZoneInfo("Europe/Oslo")
ATOM = "http://www.w3.org/2005/Atom"
SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"
NEWS = "http://www.google.com/schemas/sitemap-news/0.9"
TAG = re.compile(r"<[^>]{0,2000}>")
SPACE = re.compile(r"\s+")
MAX_ITEMS = 50_000  # the sitemap protocol's own limit per file
ENTITIES = "document declares XML entities (refused: entity expansion is not allowed)"


class MalformedFeed(ValueError):
    """A feed or sitemap that cannot be read; the message says why."""


@dataclass(frozen=True)
class FeedItem:
    url: str
    title: str | None = None
    summary: str | None = None
    published: date | None = None


@dataclass(frozen=True)
class ParsedFeed:
    kind: Kind
    title: str | None
    items: tuple[FeedItem, ...]  # articles (rss, atom, sitemap)
    sitemaps: tuple[FeedItem, ...] = ()  # child sitemaps of a sitemap index (published = lastmod)


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True, dtd_validation=False,
                           huge_tree=False, remove_comments=True, remove_pis=True)


def parse_xml(data: bytes) -> etree._Element:
    """The root element of an XML document, parsed without entities, DTDs or network."""
    if not data.strip():
        raise MalformedFeed("empty document")
    head = data[:4096].lstrip(b"\xef\xbb\xbf").lstrip()
    if b"<!ENTITY" in data[:65536]:
        raise MalformedFeed(ENTITIES)
    if head[:1] != b"<" or head[:14].lower().startswith((b"<!doctype html", b"<html")):
        raise MalformedFeed("not an XML document (an HTML page or plain text)")
    try:
        root = etree.fromstring(data, parser=_parser())
    except etree.XMLSyntaxError as exc:
        raise MalformedFeed(f"not well-formed XML: {exc}") from exc
    if root is None:
        raise MalformedFeed("empty document")
    dtd = root.getroottree().docinfo.internalDTD  # past the quick look above (a long prolog)
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise MalformedFeed(ENTITIES)
    return root


def _local(element: etree._Element) -> str:
    return etree.QName(element).localname.lower() if isinstance(element.tag, str) else ""


def _ns(element: etree._Element) -> str | None:
    return etree.QName(element).namespace if isinstance(element.tag, str) else None


def plain_text(value: str | None) -> str | None:
    """Markup removed, entities decoded, whitespace collapsed (RSS descriptions carry escaped HTML)."""
    if not value:
        return None
    text = SPACE.sub(" ", html.unescape(TAG.sub(" ", html.unescape(value)))).strip()
    return text or None


def oslo_date(moment: datetime) -> date:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=OSLO)
    return moment.astimezone(OSLO).date()


def parse_date(value: str | None) -> date | None:
    """An RFC 822 (RSS) or ISO 8601 / W3C (Atom, sitemap) date or datetime; None when unreadable."""
    text = (value or "").strip()
    if not text:
        return None
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return date.fromisoformat(text)
        return oslo_date(datetime.fromisoformat(text))
    except ValueError:
        pass
    try:
        return oslo_date(parsedate_to_datetime(text))
    except (TypeError, ValueError, IndexError):
        return None


def _child_text(element: etree._Element, *names: str) -> str | None:
    """Text of the first child with one of the local names (any namespace), stripped."""
    for name in names:
        for child in element:
            if _local(child) == name:
                text = "".join(child.itertext()).strip()
                if text:
                    return text
    return None


def _absolute(base: str, link: str | None) -> str | None:
    return urljoin(base, link.strip()) if link and link.strip() else None


def _item(entry: etree._Element, url: str, summary: tuple[str, ...], dated: tuple[str, ...]) -> FeedItem:
    """A feed's item or entry: its title, its summary (the first child of `summary` that has text) and its
    date (likewise from `dated`), as plain text."""
    return FeedItem(url, plain_text(_child_text(entry, "title")), plain_text(_child_text(entry, *summary)),
                    parse_date(_child_text(entry, *dated)))


def _rss(root: etree._Element, base: str) -> ParsedFeed:
    """RSS 2.0 (items inside <channel>) and RSS 1.0/RDF (items beside it)."""
    channel = next((c for c in root if _local(c) == "channel"), None)
    if channel is None:
        raise MalformedFeed("RSS document without a <channel>")
    items = []
    for item in (c for c in (*channel, *root) if _local(c) == "item"):
        guid = next((c for c in item if _local(c) == "guid"), None)
        permalink = guid is not None and (guid.get("isPermaLink") or "true").lower() == "true"
        link = _child_text(item, "link") or (_child_text(item, "guid") if permalink else None)
        url = _absolute(base, link)
        if url:
            items.append(_item(item, url, ("description", "encoded"), ("pubdate", "date")))
    return ParsedFeed("rss", plain_text(_child_text(channel, "title")), tuple(items[:MAX_ITEMS]))


def _atom_link(entry: etree._Element, base: str) -> str | None:
    links = [c for c in entry if _local(c) == "link" and c.get("href")]
    chosen = next((c for c in links if (c.get("rel") or "alternate") == "alternate"), None)
    return _absolute(base, chosen.get("href") if chosen is not None else None)


def _atom(root: etree._Element, base: str) -> ParsedFeed:
    items = []
    for entry in (c for c in root if _local(c) == "entry"):
        url = _atom_link(entry, base)
        if url:
            items.append(_item(entry, url, ("summary", "content"), ("published", "updated")))
    return ParsedFeed("atom", plain_text(_child_text(root, "title")), tuple(items[:MAX_ITEMS]))


def _sitemap_entries(root: etree._Element, base: str, entry_name: str) -> list[FeedItem]:
    entries = []
    for entry in (c for c in root if _local(c) == entry_name):
        url = _absolute(base, _child_text(entry, "loc"))
        if not url:
            continue
        news = next((c for c in entry if _local(c) == "news" and _ns(c) == NEWS), None)
        title = plain_text(_child_text(news, "title")) if news is not None else None
        published = parse_date(_child_text(news, "publication_date")) if news is not None else None
        entries.append(FeedItem(url, title, None, published or parse_date(_child_text(entry, "lastmod"))))
    return entries[:MAX_ITEMS]


def parse_feed(data: bytes, base_url: str) -> ParsedFeed:
    """Items of an RSS, Atom or sitemap document; links resolved against `base_url`."""
    root = parse_xml(data)
    name, namespace = _local(root), _ns(root)
    if name in ("rss", "rdf"):
        return _rss(root, base_url)
    if name == "feed" and namespace == ATOM:
        return _atom(root, base_url)
    if name == "urlset":
        return ParsedFeed("sitemap", None, tuple(_sitemap_entries(root, base_url, "url")))
    if name == "sitemapindex":
        return ParsedFeed("sitemapindex", None, (), tuple(_sitemap_entries(root, base_url, "sitemap")))
    shown = f"{{{namespace}}}{name}" if namespace else name
    raise MalformedFeed(f"not an RSS, Atom or sitemap document (root element <{shown}>)")


