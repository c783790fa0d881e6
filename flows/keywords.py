"""Keyword filters for feed items: does a title, summary or URL speak of the municipal sector?

A keyword matches whole words, case-insensitively (Unicode casefold, so KOMMUNENE,
Kommunene and kommunene are one; NFC, so a decomposed å is an å). A keyword ending
in `*` matches words that start with it (`konsultasjon*` matches
konsultasjonsmøte and konsultasjonsordningen). A keyword of several words matches
them in sequence with any whitespace or hyphens between.

Items without a title or summary (plain sitemaps) are matched on the words of their
URL path instead, with æ, ø, å folded the way publishers write them in URLs
(`konsultasjonsmøte` matches `/konsultasjonsmote-med-ks/`).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import unquote, urlsplit

from flows.fetch_sources import slugify


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


def _pattern(keyword: str) -> str:
    prefix = keyword.endswith("*")
    words = keyword.rstrip("*").split()
    body = r"[\s\-–]+".join(re.escape(w) for w in words)
    return rf"(?<!\w){body}" + (r"\w*" if prefix else r"(?!\w)")


def _url_keyword(keyword: str) -> str:
    """The keyword as it appears in a URL slug: ASCII, words joined by hyphens."""
    return slugify(keyword.rstrip("*")).replace("-", " ") + ("*" if keyword.endswith("*") else "")


def url_words(url: str) -> str:
    """The words of a URL's path, slug-folded: '/no/aktuelt/Møte-i-Bodø/id12/' -> 'no aktuelt mote i bodo id12'."""
    path = unquote(urlsplit(url).path)
    return " ".join(slugify(segment).replace("-", " ") for segment in path.split("/") if segment)


@dataclass(frozen=True)
class Keywords:
    """A compiled keyword filter; no keywords at all lets everything through."""

    keywords: tuple[str, ...]

    def __post_init__(self) -> None:
        cleaned = tuple(k.strip() for k in self.keywords if k and k.strip().rstrip("*").strip())
        object.__setattr__(self, "keywords", cleaned)

    @property
    def _text_pattern(self) -> re.Pattern[str] | None:
        return _compile(tuple(_fold(k) for k in self.keywords))

    @property
    def _url_pattern(self) -> re.Pattern[str] | None:
        return _compile(tuple(u for u in (_url_keyword(k) for k in self.keywords) if u.strip("* ")))

    def match_text(self, *texts: str | None) -> str | None:
        """The first keyword found in the texts (as written there), or None; '' when there are no keywords."""
        if not self.keywords:
            return ""
        pattern = self._text_pattern
        for text in texts:
            found = pattern.search(_fold(text)) if pattern and text else None
            if found:
                return found.group(0)
        return None

    def match_url(self, url: str) -> str | None:
        """The first keyword found among the words of the URL path, or None; '' when there are no keywords."""
        if not self.keywords:
            return ""
        pattern = self._url_pattern
        found = pattern.search(url_words(url)) if pattern else None
        return found.group(0) if found else None


@lru_cache(maxsize=256)
def _compile(keywords: tuple[str, ...]) -> re.Pattern[str] | None:
    return re.compile("|".join(_pattern(k) for k in keywords)) if keywords else None
