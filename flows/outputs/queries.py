"""The canned queries of `metadata/queries.yaml`, run on the SQLite build."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

QUERIES_FILE = Path(__file__).resolve().parent.parent.parent / "metadata" / "queries.yaml"


@dataclass(frozen=True)
class Query:
    name: str
    title: str
    description: str
    sql: str


@lru_cache(maxsize=None)
def load_queries(path: Path = QUERIES_FILE) -> tuple[Query, ...]:
    with path.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    return tuple(Query(name, q["title"], " ".join(q.get("description", "").split()), q["sql"].strip())
                 for name, q in data["queries"].items())


def query(name: str) -> Query:
    for q in load_queries():
        if q.name == name:
            return q
    raise KeyError(f"no query {name!r} in {QUERIES_FILE}; add it there")


def run(database: Path, name: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """The rows of a canned query on a database, read-only."""
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        connection.row_factory = sqlite3.Row
        return [dict(r) for r in connection.execute(query(name).sql, params or {})]
    finally:
        connection.close()
