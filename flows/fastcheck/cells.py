"""How a cell of each Table Schema type is read, as DuckDB SQL that agrees with frictionless.

Every type has a *canonical* form that SQL reads itself (a strict subset of what
frictionless accepts, e.g. `-?[0-9]{1,18}` for an integer, `YYYY-MM-DD` for a
date): that is what the pipeline writes, so nearly every cell takes the fast path.
A cell outside the canonical form is handed to frictionless's own reader for that
field (a Python function registered in DuckDB), so odd but valid cells (` 7`,
`2024-1-5`, `1E+3`) are read exactly as `frictionless validate` reads them and
only they pay for Python. Types and options without a SQL reading at all (object,
array, duration, geopoint, geojson, any, email/uuid/binary/wkt strings, custom
date formats, non-default number options) go through frictionless for every cell,
constraints included: exact, and slower only for those columns.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timezone
from decimal import Decimal
from functools import lru_cache
from typing import Any, Callable

import duckdb
from duckdb.sqltypes import VARCHAR
from frictionless import Field

from flows.sql_quote import sql_string

UNIT = "chr(31)"  # joins list items in the text a Python reader hands back to SQL


@dataclass(frozen=True)
class Native:
    sql: str        # DuckDB type of the typed value
    canonical: str  # RE2 pattern (full match) of the cells SQL reads itself; "" = every cell
    example: str    # shown in messages: how a valid cell looks


NATIVE: dict[str, Native] = {
    "string": Native("VARCHAR", "", "any text"),
    "integer": Native("HUGEINT", r"-?[0-9]{1,18}", "42"),
    "number": Native("DOUBLE", r"-?[0-9]{1,15}(\.[0-9]{1,15})?([eE][+-]?[0-9]{1,2})?", "3.5"),
    "boolean": Native("BOOLEAN", "", "true"),
    "date": Native("DATE", r"[0-9]{4}-[0-9]{2}-[0-9]{2}", "2024-05-31"),
    "datetime": Native("TIMESTAMP", r"[0-9]{4}-[0-9]{2}-[0-9]{2}T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]",
                       "2024-05-31T14:30:00"),
    "time": Native("TIME", r"([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]", "14:30:00"),
    "year": Native("INTEGER", r"[0-9]{4}", "2024"),
    "yearmonth": Native("DATE", r"[0-9]{4}-(0[1-9]|1[0-2])", "2024-05"),
}
# Field options that change how a type reads; a field using any of them is read by frictionless.
OPTIONS = {"bareNumber", "groupChar", "decimalChar", "floatNumber"}
URI_SCHEME = r"^[a-zA-Z][a-zA-Z0-9+.-]*:"  # rfc3986's scheme, as frictionless requires it for format uri


def missing_values(field: dict[str, Any], schema: dict[str, Any]) -> list[str]:
    values = field.get("missingValues", schema.get("missingValues", [""]))
    return [v if isinstance(v, str) else v["value"] for v in values]


def native(field: dict[str, Any]) -> Native | None:
    """The SQL reading of a field, or None when frictionless reads every cell."""
    kind, fmt = field.get("type", "any"), field.get("format", "default")
    if OPTIONS & field.keys():
        return None
    if kind == "string":
        return NATIVE["string"] if fmt in ("default", "uri") else None
    if kind == "list":
        item = field.get("itemType", "string")
        example = field.get("delimiter", ",").join([NATIVE[item].example] * 2) if item in NATIVE else ""
        return Native(f"{NATIVE[item].sql}[]", "", example) if item in NATIVE and fmt == "default" else None
    return NATIVE.get(kind) if fmt == "default" else None


def sql_type(field: dict[str, Any]) -> str:
    spec = native(field)
    return spec.sql if spec else "VARCHAR"


def _fast(field: dict[str, Any], raw: str) -> tuple[str, str]:
    """(condition, expression): the cells SQL reads itself, and their typed value."""
    kind = field.get("type")
    if kind == "string":
        return (f"regexp_matches({raw}, {sql_string(URI_SCHEME)})", raw) if field.get("format") == "uri" else ("true", raw)
    if kind == "boolean":
        trues = field.get("trueValues", ["true", "True", "TRUE", "1"])
        falses = field.get("falseValues", ["false", "False", "FALSE", "0"])
        listed = ", ".join(sql_string(v) for v in trues + falses)
        return f"{raw} IN ({listed})", f"{raw} IN ({', '.join(sql_string(v) for v in trues)})"
    if kind == "list":
        item = {"name": "item", "type": field.get("itemType", "string")}
        parts = f"string_split({raw}, {sql_string(field.get('delimiter', ','))})"
        cond, expr = _fast(item, "x")
        if cond == "true":
            return "true", f"list_transform({parts}, lambda x: {expr})"
        return f"list_bool_and(list_transform({parts}, lambda x: {cond}))", f"list_transform({parts}, lambda x: {expr})"
    spec = NATIVE[kind]
    cond = f"regexp_full_match({raw}, {sql_string(spec.canonical)})"
    if kind == "yearmonth":
        return cond, f"TRY_CAST({raw} || '-01' AS DATE)"
    if kind in ("date", "datetime"):
        cond += f" AND NOT starts_with({raw}, '0000')"
    if kind == "number":
        cond += f" AND length(regexp_replace({raw}, '[^0-9]', '', 'g')) <= 15"
    return cond, f"TRY_CAST({raw} AS {spec.sql})"


def typed(field: dict[str, Any], raw: str, key: str) -> str:
    """SQL for the typed value of a raw (missing-mapped) VARCHAR cell; NULL when the cell is missing or invalid."""
    spec = native(field)
    if spec is None:
        return raw
    cond, expr = _fast(field, raw)
    slow = f"fl_value({sql_string(key)}, {raw})"
    if field.get("type") == "list":
        item_sql = spec.sql[:-2]
        slow = f"list_transform(string_split({slow}, {UNIT}), lambda x: TRY_CAST(x AS {item_sql}))"
    else:  # TRY_: an integer beyond HUGEINT (±1.7e38) reads as a type error here, not in frictionless
        slow = f"TRY_CAST({slow} AS {spec.sql})"
    if cond == "true":
        return expr
    return f"COALESCE(CASE WHEN {cond} THEN {expr} END, {slow})"


def canonical_text(kind: str, value: Any) -> str | None:
    """The text SQL casts back to the typed value frictionless read (None: not representable)."""
    if value is None:
        return None
    if isinstance(value, list):
        texts = [canonical_text("item", v) for v in value]
        return None if None in texts else chr(31).join(t for t in texts if t is not None)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return "NaN" if value.is_nan() else str(value)
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(timezone.utc).replace(tzinfo=None)
        return value.isoformat()
    if isinstance(value, time):
        return value.replace(tzinfo=None).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if kind == "yearmonth":
        return f"{value[0]:04d}-{value[1]:02d}-01"
    return str(value)


@lru_cache(maxsize=None)
def _value_reader(field_json: str) -> Callable[[Any], Any]:
    return Field.from_descriptor(json.loads(field_json)).create_value_reader()


def literal(field: dict[str, Any], value: Any) -> str | None:
    """A constraint value (enum item, minimum ...) as a typed SQL literal, read as frictionless reads it."""
    read = _value_reader(json.dumps(field, sort_keys=True))(value)
    text = canonical_text(field.get("type", "any"), read)
    if text is None:
        return None
    spec = native(field)
    return f"CAST({sql_string(text)} AS {spec.sql if spec else 'VARCHAR'})"


@lru_cache(maxsize=None)
def _field_readers(field_json: str) -> tuple[Callable[[Any], Any], Callable[[Any], Any]]:
    """frictionless's value and cell readers of a field (stateless: shared by a CSV and its Parquet copy)."""
    field = Field.from_descriptor(json.loads(field_json))
    return field.create_value_reader(), field.create_cell_reader()


class Readers:
    """frictionless's readers of the fields, registered in DuckDB as `fl_value`, `fl_notes` and `fl_match`."""

    def __init__(self) -> None:
        self.values: dict[str, Callable[[Any], Any]] = {}
        self.cells: dict[str, Callable[[Any], Any]] = {}
        self.patterns: dict[str, re.Pattern[str]] = {}
        self.kinds: dict[str, str] = {}

    def add(self, key: str, field: dict[str, Any]) -> None:
        plain = {k: v for k, v in field.items() if k not in ("missingValues",)}
        self.values[key], self.cells[key] = _field_readers(json.dumps(plain, sort_keys=True))
        self.kinds[key] = field.get("type", "any")
        if "pattern" in field.get("constraints", {}):
            self.patterns[key] = re.compile("^{0}$".format(field["constraints"]["pattern"]))

    def value(self, key: str, cell: str | None) -> str | None:
        return None if cell is None else canonical_text(self.kinds[key], self.values[key](cell))

    def notes(self, key: str, cell: str | None) -> str | None:
        """The checks a cell fails, comma-separated ('type' alone when it does not parse)."""
        if cell is None:
            return None
        _, notes = self.cells[key](cell)
        return ",".join(sorted(notes)) if notes else None

    def match(self, key: str, cell: str | None) -> bool | None:
        return None if cell is None else bool(self.patterns[key].match(cell))

    def register(self, con: duckdb.DuckDBPyConnection) -> None:
        con.create_function("fl_value", self.value, [VARCHAR, VARCHAR], VARCHAR,
                            null_handling="special", side_effects=False)
        con.create_function("fl_notes", self.notes, [VARCHAR, VARCHAR], VARCHAR,
                            null_handling="special", side_effects=False)
        con.create_function("fl_match", self.match, [VARCHAR, VARCHAR], "BOOLEAN",
                            null_handling="special", side_effects=False)


PYTHON_ESCAPES = re.compile(r"\\[wWdDsSbBZAu]|\(\?[<=!P]|\\[1-9]")


def pattern_sql(con: duckdb.DuckDBPyConnection, pattern: str, value: str, key: str) -> str:
    """SQL testing a value against a pattern as frictionless does (`re.match('^' + pattern + '$')`).

    RE2 runs it when RE2 reads it the same way; a value ending in a newline (where Python's `$`
    also matches) and patterns RE2 cannot read or reads differently (\\w, \\d, \\s, \\b, lookarounds,
    backreferences) go to Python's re."""
    slow = f"fl_match({sql_string(key)}, {value})"
    wrapped = r"\A(?:^" + pattern + "$)"
    if PYTHON_ESCAPES.search(pattern):
        return slow
    try:
        con.execute("SELECT regexp_matches('', ?)", [wrapped]).fetchall()
    except duckdb.Error:
        return slow
    return f"CASE WHEN suffix({value}, chr(10)) THEN {slow} ELSE regexp_matches({value}, {sql_string(wrapped)}) END"
