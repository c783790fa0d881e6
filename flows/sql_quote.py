"""SQL quoting shared by the fast check (DuckDB, flows/fastcheck) and the SQLite build (flows/outputs/sqlite.py).

Both engines follow the SQL standard here: a string literal is single-quoted with every `'` doubled, a name
(table, column, index) is double-quoted with every `"` doubled, so any text is safe in either place.
"""
from __future__ import annotations


def sql_string(text: str) -> str:
    """A string literal: `it's` -> `'it''s'`."""
    return "'" + text.replace("'", "''") + "'"


def sql_name(name: str) -> str:
    """A quoted identifier: `a"b` -> `"a""b"`."""
    return '"' + name.replace('"', '""') + '"'
