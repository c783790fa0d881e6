"""The list of articles to fetch: `raw/sources.csv`.

Columns: `url` (required), `slug` (optional: the raw file name without
extension; derived from the URL path when empty), `publisher`, `language`,
`title` and `published` (ISO date) (optional overrides of what the page says),
`feed` (optional: the feed the URL was found in, written by discovery to
`raw/discovered.csv`). Other columns (e.g. `notes`) are ignored. Blank rows are
skipped. Every error names the file and the line.
"""
from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from urllib.parse import unquote, urlsplit

from flows.language import not_a_language

SLUG = re.compile(r"^[a-z0-9][a-z0-9_-]{0,99}$")
FOLD = str.maketrans({"æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o", "å": "a", "Å": "a", "ß": "ss"})
ID_SEGMENT = re.compile(r"^(id)?\d+$", re.IGNORECASE)  # regjeringen.no's trailing /id2462905/
PAGE_SUFFIX = re.compile(r"\.(s?html?|ece|aspx?|php|jsp)$", re.IGNORECASE)
MAX_SLUG = 80
MAX_CELL = 4096  # no URL, slug or note is longer; a longer cell is a quoting error


class SourcesError(ValueError):
    """A sources file that cannot be read; the message names the file and line."""


@dataclass(frozen=True)
class Source:
    url: str
    slug: str
    publisher: str | None = None
    language: str | None = None
    line: int = 0  # line in the sources file, for messages
    title: str | None = None
    published: date | None = None
    feed: str | None = None  # the feed or sitemap discovery found the URL in

    @property
    def host(self) -> str:
        return urlsplit(self.url).hostname or ""


def slugify(text: str) -> str:
    """ASCII, lowercase, hyphen-separated: 'Møte på Råd' -> 'mote-pa-rad'."""
    folded = unicodedata.normalize("NFKD", text.translate(FOLD))
    ascii_text = folded.encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    if len(slug) > MAX_SLUG:
        slug = slug[:MAX_SLUG].rsplit("-", 1)[0] or slug[:MAX_SLUG]
    return slug


def derive_slug(url: str) -> str:
    """A slug from the most telling segment of a URL path (ids and extensions dropped)."""
    parts = urlsplit(url)
    segments = [PAGE_SUFFIX.sub("", unquote(s)) for s in parts.path.split("/") if s]
    while len(segments) > 1 and ID_SEGMENT.match(segments[-1]):
        segments.pop()
    for segment in reversed(segments):
        slug = slugify(segment)
        if slug:
            return slug
    return slugify(parts.hostname or "")


def _cell(row: dict[str, str | None], column: str) -> str | None:
    value = (row.get(column) or "").strip()
    return value or None


def _parse_row(row: dict[str, str | None], where: str) -> Source:
    url = _cell(row, "url")
    if url is None:
        raise SourcesError(f"{where}: missing url")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SourcesError(f"{where}: not an http(s) URL: {url!r}")
    slug = _cell(row, "slug") or derive_slug(url)
    if not SLUG.match(slug):
        raise SourcesError(f"{where}: bad slug {slug!r} (use a-z, 0-9, '-' and '_')")
    language = _cell(row, "language")
    if (problem := not_a_language(language)) is not None:
        raise SourcesError(f"{where}: {problem}")
    published = _cell(row, "published")
    try:
        day = date.fromisoformat(published[:10]) if published else None
    except ValueError:
        raise SourcesError(f"{where}: published must be an ISO date (YYYY-MM-DD), not {published!r}") from None
    return Source(url=url, slug=slug, publisher=_cell(row, "publisher"), language=language,
                  title=_cell(row, "title"), published=day, feed=_cell(row, "feed"))


def _records(text: str, path: Path) -> list[tuple[int, list[str]]]:
    """(first line, cells) of every record; SourcesError for malformed CSV, naming the line."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    out: list[tuple[int, list[str]]] = []
    start = 1
    previous_limit = csv.field_size_limit(2**31 - 1)  # long cells are refused below, naming their line
    try:
        for cells in reader:
            if any(len(c) > MAX_CELL for c in cells):
                raise SourcesError(f"{path}:{start}: a cell of {max(map(len, cells)):,} characters (the limit is "
                                   f"{MAX_CELL:,}); is a quote (\") missing its closing partner?")
            if reader.line_num > start and any("\n" in c or "\r" in c for c in cells):
                raise SourcesError(f"{path}:{start}: a quoted cell runs over {reader.line_num - start + 1} lines; "
                                   "is a quote (\") missing its closing partner?")
            out.append((start, cells))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise SourcesError(f"{path}:{start}: not valid CSV ({exc}); is a quote (\") missing its closing partner?") from exc
    finally:
        csv.field_size_limit(previous_limit)
    return out


def read_sources(path: Path) -> list[Source]:
    """The sources of a CSV file in file order, or SourcesError naming file and line."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise SourcesError(f"{path}: cannot read sources file: {exc}") from exc
    records = _records(text, path)
    if not records:
        raise SourcesError(f"{path}:1: empty file; the header must have a 'url' column")
    header = [name.strip() for name in records[0][1]]
    if "url" not in header:
        raise SourcesError(f"{path}:1: header must have a 'url' column")
    sources: list[Source] = []
    seen: dict[str, int] = {}
    for line, cells in records[1:]:
        if not any(c.strip() for c in cells):
            continue
        where = f"{path}:{line}"
        if len(cells) > len(header):
            raise SourcesError(f"{where}: more cells than header columns")
        source = _parse_row(dict(zip(header, cells)), where)
        if source.slug in seen:
            raise SourcesError(f"{where}: slug {source.slug!r} already used on line {seen[source.slug]}")
        seen[source.slug] = line
        sources.append(replace(source, line=line))
    return sources
