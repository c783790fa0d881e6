"""What the fetch stage fetches: the hand-edited sources file, then the discovered rows.

`raw/sources.csv` is written by people; `raw/discovered.csv` (same format, more
columns) by discovery. A discovered row whose URL (by `urls.url_key`) or slug the
sources file already has is left out, so a hand-edited entry always wins.
"""
from __future__ import annotations

import logging
from pathlib import Path

from flows.fetch_sources import Source, SourcesError, read_sources
from flows.urls import NotAnArticleUrl, url_key

DISCOVERED_FILE = "discovered.csv"
log = logging.getLogger(__name__)


def _key(url: str) -> str:
    try:
        return url_key(url)
    except NotAnArticleUrl:
        return url


def fetch_list(sources_path: Path | None, discovered_path: Path | None = None) -> list[Source]:
    """The sources to fetch: the sources file, then the discovered rows it does not already have.

    A missing discovered file is an empty list; a missing sources file is an error unless
    a discovered file exists. SourcesError names the file and line of a bad row.
    """
    has_discovered = discovered_path is not None and discovered_path.is_file()
    if sources_path is not None and (sources_path.exists() or not has_discovered):
        sources = read_sources(sources_path)
    elif has_discovered:
        sources = []
    else:
        raise SourcesError("no sources file given and no discovered sources")
    if not has_discovered or discovered_path is None:
        return sources
    urls, slugs = {_key(s.url) for s in sources}, {s.slug for s in sources}
    for found in read_sources(discovered_path):
        if _key(found.url) in urls or found.slug in slugs:
            log.info("%s:%d: %s is listed in the sources file; left out", discovered_path, found.line, found.url)
            continue
        urls.add(_key(found.url))
        slugs.add(found.slug)
        sources.append(found)
    return sources
