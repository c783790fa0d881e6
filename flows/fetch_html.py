"""Article text and metadata from a news page, with trafilatura.

The body comes out as plain text, one block (paragraph, heading, list item)
per paragraph, paragraphs separated by a blank line; a first line that only
repeats the title is dropped (the title goes to the sidecar). Navigation,
cookie banners, comments and tables are left out; fewer than MIN_TEXT
characters is taken for a page that is not an article. The language is read from
the page (`<html lang>`, content-language and locale meta tags), never guessed
from the text: nb or nn, else None.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date

import trafilatura
from lxml.html import HtmlElement

LANGUAGE_META = frozenset({"content-language", "language", "dc.language", "og:locale"})
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
LANGUAGE_CODES = {"nb": "nb", "nob": "nb", "nn": "nn", "nno": "nn"}
SPACE = re.compile(r"[ \t\u00a0]+")
MIN_TEXT = 80  # characters; less is a link list, consent wall or error page, not an article


class NoArticle(ValueError):
    """A page from which no article text could be extracted."""


@dataclass(frozen=True)
class Article:
    text: str
    title: str | None
    published: date | None
    sitename: str | None
    language: str | None


def _declarations(tree: HtmlElement) -> list[str]:
    """Language declarations of a page: <html lang> first, then meta tags in order."""
    root = tree.getroottree().getroot()
    found = [root.get("lang") or "", root.get(XML_LANG) or root.get("xml:lang") or ""]
    for meta in root.iter("meta"):
        key = meta.get("http-equiv") or meta.get("name") or meta.get("property") or ""
        if key.strip().lower() in LANGUAGE_META:
            found.append(meta.get("content") or "")
    return [value for value in found if value.strip()]


def page_language(tree: HtmlElement) -> str | None:
    """nb or nn from the first language declaration that says one of them."""
    for value in _declarations(tree):
        for code in re.split(r"[,\s]+", value.strip()):
            primary = code.replace("_", "-").split("-")[0].lower()
            if primary in LANGUAGE_CODES:
                return LANGUAGE_CODES[primary]
    return None


def _clean_line(line: str) -> str:
    return SPACE.sub(" ", line).strip()


def paragraphs(text: str, title: str | None) -> str:
    """trafilatura's one-block-per-line text as blank-line separated paragraphs."""
    lines = [cleaned for cleaned in map(_clean_line, text.splitlines()) if cleaned]
    if lines and title and lines[0].casefold() == _clean_line(title).casefold():
        lines = lines[1:]
    return "\n\n".join(lines) + "\n" if lines else ""


def _iso_date(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def extract_article(html: str | bytes, url: str) -> Article:
    """The article of one page, or NoArticle."""
    tree = trafilatura.load_html(html)
    if tree is None:
        raise NoArticle("not an HTML page")
    language = page_language(tree)  # before extraction: trafilatura prunes the tree
    result = trafilatura.extract(
        tree,
        url=url,
        output_format="json",
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if not result:
        raise NoArticle("no article text found in the page")
    data = json.loads(result)
    title = _clean_line(data.get("title") or "") or None
    text = paragraphs(data.get("text") or "", title)
    if not text:
        raise NoArticle("no article text found in the page")
    if len(text) < MIN_TEXT:
        raise NoArticle(f"too little text for an article ({len(text.strip())} characters)")
    return Article(
        text=text,
        title=title,
        published=_iso_date(data.get("date")),
        sitename=_clean_line(data.get("source-hostname") or data.get("sitename") or "") or None,  # JSON name of sitename
        language=language,
    )
