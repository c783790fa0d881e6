"""The constraints of a Table Schema as set-based DuckDB queries over a resource's view.

Semantics follow frictionless: a cell that does not read as its type is a type
error and its constraints are not checked; `required` fails on a missing cell;
`unique` ignores missing cells; a primary key fails when all its cells are
missing or when it repeats; a foreign key whose cells are all missing is not
checked, otherwise its values (missing ones included) must be a key of the
referenced resource (itself when the reference names no resource). All checks of
a resource run as one query (a UNION ALL of one branch per check).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import duckdb
from frictionless import Field

from flows.fastcheck.cells import NATIVE, literal, native, pattern_sql
from flows.fastcheck.problems import Problem, more
from flows.fastcheck.sources import Source
from flows.sql_quote import sql_string

BOUNDS = {"minimum": (">=", "is below the minimum"), "maximum": ("<=", "is above the maximum"),
          "exclusiveMinimum": (">", "is not above the exclusive minimum"),
          "exclusiveMaximum": ("<", "is not below the exclusive maximum")}
FIX = {
    "type": "write the value in the schema's form, or fix the stage that produces this column",
    "required": "fill the cell in the stage that produces the row, or drop the row",
    "pattern": "write the value in the form the field's pattern declares",
    "enum": "use one of the listed values, or add the value to the field's enum in the schema",
    "bound": "fix the value, or the stage that computes it",
    "length": "shorten or lengthen the value as the field's length constraint says",
    "blank-row": "drop the row; it has no values",
    "unique": "two rows share a value of a unique field: ids are hashed from source keys, so deduplicate the rows",
    "primary-key": "two rows share a primary key (or it is all empty): deduplicate the rows or fix the key",
    "foreign-key": "add the referenced row, or clear the reference (a reference whose cells are all empty is allowed)",
}


@dataclass(frozen=True)
class Check:
    """One constraint of one resource. A row check is a condition on one row of the view (`where`, with the
    `value` and `extra` to show); a set check is a query (`sql`) selecting (row, value, extra) of every row
    that breaks it, counted either by an aggregate over the view (`count`, e.g. values minus distinct
    values) or by counting what the query selects."""

    check: str
    field: str | None
    detail: str | Callable[[str | None], str]
    fix: str
    where: str = ""
    value: str = "NULL"
    extra: str = "NULL"
    sql: str = ""
    count: str = ""


def _problems(label: str, c: Check, listed: list[tuple[Any, Any, Any]], total: int) -> list[Problem]:
    out = [Problem(label, c.check, row, c.field, value, c.detail(extra) if callable(c.detail) else c.detail, c.fix)
           for row, value, extra in sorted(listed, key=lambda r: r[0])]
    return out + ([more(label, c.check, c.field, total - len(listed))] if total > len(listed) else [])


def run(con: duckdb.DuckDBPyConnection, source: Source, checks: list[Check], limit: int,
        memo: dict[str, Any] | None = None) -> list[Problem]:
    """Count the rows breaking each check (the row checks and the set checks with an aggregate count in one
    scan of the view, the other set checks in one query), then list the first `limit` rows of each broken
    check; a line stands for the rest. `memo` keeps every count and listing by its SQL and the view it
    reads: a resource checked on a table already checked (a Parquet copy that reads the same as its CSV,
    flows/fastcheck/files.py) reuses the answers instead of asking again."""
    memo = {} if memo is None else memo
    scanned = [c for c in checks if not c.sql or c.count]
    exprs = [c.count or f"count_if({c.where})" for c in scanned]
    keys = [f"{source.view}|{e}" for e in exprs]
    todo = list(dict.fromkeys(k for k in keys if k not in memo))
    if todo:
        found = con.execute("SELECT " + ", ".join(k.split("|", 1)[1] for k in todo) + f" FROM {source.view}").fetchone()
        memo.update(zip(todo, found or ()))
    sets = [c for c in checks if c.sql and not c.count]
    todo = list(dict.fromkeys(c.sql for c in sets if c.sql not in memo))
    if todo:
        found = dict(con.execute(" UNION ALL ".join(f"SELECT {i}, count(*) FROM ({sql})"
                                                    for i, sql in enumerate(todo))).fetchall())
        memo.update((sql, found[i]) for i, sql in enumerate(todo))
    counts = [memo[k] for k in keys] + [memo[c.sql] for c in sets]
    problems: list[Problem] = []
    for c, total in zip(scanned + sets, counts):
        if total:
            sql = c.sql or f"SELECT __row, {c.value}, {c.extra} FROM {source.view} WHERE {c.where}"
            listing = f"SELECT * FROM ({sql}) q ORDER BY 1 LIMIT {limit}"
            if listing not in memo:
                memo[listing] = con.execute(listing).fetchall()
            problems += _problems(source.label, c, [(r, None if v is None else str(v), x) for r, v, x in memo[listing]],
                                  total)
    return problems


def _missing(j: int) -> str:
    return f"(c{j} IS NULL AND e{j} IS NULL)"


def _blank(source: Source) -> str:
    return " AND ".join(_missing(k) for k in range(len(source.fields))) or "false"


@lru_cache(maxsize=None)
def supported(kind: str) -> frozenset[str]:
    return frozenset(type(Field.from_descriptor({"name": "x", "type": kind})).supported_constraints)


def field_checks(con: duckdb.DuckDBPyConnection, source: Source, j: int) -> list[Check]:
    """The cell constraints of field j: type, required, pattern, enum, bounds, lengths."""
    spec = source.fields[j]
    name, kind = spec["name"], spec.get("type", "any")
    constraints: dict[str, Any] = spec.get("constraints", {})
    allowed = supported(kind)
    spec_native = native(spec)
    example = spec_native.example if spec_native else spec.get("format", kind)
    if spec.get("format") == "uri":
        example = "https://example.org/"
    shown_type = kind + ("/" + spec["format"] if "format" in spec else "")
    checks = [Check("type", name, f"does not read as {shown_type} (e.g. {example})", FIX["type"],
                    where=f"e{j} IS NOT NULL", value=f"e{j}")]
    if constraints.get("required"):
        checks.append(Check("required", name, "is empty, but the field is required", FIX["required"],
                            where=f"{_missing(j)} AND NOT ({_blank(source)})"))
    if native(spec) is None:  # frictionless's own reader checks the other constraints
        notes = f"fl_notes({sql_string(source.key(j))}, CAST(c{j} AS VARCHAR))"
        checks.append(Check("constraint", name,
                            lambda broken: f"breaks the field's constraint(s) {broken} {constraints}", FIX["bound"],
                            where=f"c{j} IS NOT NULL AND {notes} IS NOT NULL AND {notes} <> 'type'",
                            value=f"c{j}", extra=notes))
        return checks
    cell = f"c{j}"
    where = f"{cell} IS NOT NULL AND "
    if "pattern" in constraints and "pattern" in allowed:
        match = pattern_sql(con, constraints["pattern"], cell, source.key(j))
        checks.append(Check("pattern", name, f"does not match the pattern {constraints['pattern']}", FIX["pattern"],
                            where=f"{where}NOT ({match})", value=cell))
    if "enum" in constraints and "enum" in allowed:
        items = ", ".join(x for x in (literal(spec, v) for v in constraints["enum"]) if x is not None) or "NULL"
        shown = constraints["enum"] if len(constraints["enum"]) <= 12 else constraints["enum"][:12] + ["…"]
        checks.append(Check("enum", name, f"is not one of {shown}", FIX["enum"], where=f"{where}{cell} NOT IN ({items})",
                            value=cell))
    for bound_name, (op, words) in BOUNDS.items():
        bound = literal(spec, constraints[bound_name]) if bound_name in constraints and bound_name in allowed else None
        if bound is not None:
            nan = f"isnan({cell}) OR " if kind == "number" else ""
            checks.append(Check(bound_name, name, f"{words} {constraints[bound_name]}", FIX["bound"],
                                where=f"{where}({nan}NOT ({cell} {op} {bound}))", value=cell))
    size = "len" if kind == "list" else "length"
    for length_name, op, words in (("minLength", "<", "is shorter than"), ("maxLength", ">", "is longer than")):
        if length_name in constraints and length_name in allowed:
            checks.append(Check(length_name, name, f"{words} {constraints[length_name]}", FIX["length"],
                                where=f"{where}{size}({cell}) {op} {int(constraints[length_name])}", value=cell))
    return checks


def _index(source: Source, names: list[str]) -> list[int] | None:
    fields = [f["name"] for f in source.fields]
    return [fields.index(n) for n in names] if all(n in fields for n in names) else None


def _shown(cols: list[int], alias: str) -> str:
    """SQL showing the cells of a (composite) key as one text."""
    return "concat_ws(', ', " + ", ".join(f"CAST({alias}.c{j} AS VARCHAR)" for j in cols) + ")"


def key_checks(source: Source) -> list[Check]:
    """unique fields and the primary key."""
    view, checks = source.view, []
    for j, spec in enumerate(source.fields):
        if spec.get("constraints", {}).get("unique"):
            checks.append(Check("unique", spec["name"], lambda first: f"repeats the value of row {first} in a unique field",
                                FIX["unique"], sql=f"SELECT v.__row, v.c{j}, d.first FROM {view} v JOIN "
                                f"(SELECT c{j} AS k, min(__row) AS first FROM {view} WHERE c{j} IS NOT NULL "
                                f"GROUP BY c{j} HAVING count(*) > 1) d ON v.c{j} = d.k WHERE v.__row > d.first",
                                count=f"count(c{j}) - count(DISTINCT c{j})"))
    key = source.resource.get("schema", {}).get("primaryKey", [])
    cols = _index(source, [key] if isinstance(key, str) else list(key))
    if cols:
        names = ", ".join(source.fields[j]["name"] for j in cols)
        empty = " AND ".join(f"c{j} IS NULL" for j in cols)
        checks.append(Check("primary-key", names, "every cell of the primary key is empty", FIX["primary-key"],
                            where=empty))
        keys = ", ".join(f"c{j} AS k{n}" for n, j in enumerate(cols))
        same = " AND ".join(f"v.c{j} IS NOT DISTINCT FROM d.k{n}" for n, j in enumerate(cols))
        checks.append(Check("primary-key", names, lambda first: f"repeats the primary key of row {first}",
                            FIX["primary-key"], sql=f"SELECT v.__row, {_shown(cols, 'v')}, d.first FROM {view} v JOIN "
                            f"(SELECT {keys}, min(__row) AS first FROM {view} WHERE NOT ({empty}) GROUP BY ALL "
                            f"HAVING count(*) > 1) d ON {same} WHERE v.__row > d.first",
                            count=f"count(*) FILTER (WHERE NOT ({empty})) - "
                                  f"count(DISTINCT row({', '.join(f'c{j}' for j in cols)})) FILTER (WHERE NOT ({empty}))"))
    return checks


def _comparable(child: str, parent: str, child_type: str, parent_type: str) -> tuple[str, str]:
    if child_type == parent_type:
        return child, parent
    numeric = {NATIVE["integer"].sql, NATIVE["number"].sql, NATIVE["year"].sql}
    target = "DOUBLE" if {child_type, parent_type} <= numeric else "VARCHAR"
    return f"CAST({child} AS {target})", f"CAST({parent} AS {target})"


def foreign_key_checks(source: Source, sources: dict[str, Source]) -> tuple[list[Check], list[Problem]]:
    """The foreign keys (checks), and the references that cannot be checked (problems)."""
    checks: list[Check] = []
    problems: list[Problem] = []
    for fk in source.resource.get("schema", {}).get("foreignKeys", []):
        names = [fk["fields"]] if isinstance(fk["fields"], str) else list(fk["fields"])
        ref = fk.get("reference", {})
        ref_name = ref.get("resource") or source.name
        ref_names = [ref["fields"]] if isinstance(ref.get("fields"), str) else list(ref.get("fields", []))
        parent, cols = sources.get(ref_name), _index(source, names)
        ref_cols = _index(parent, ref_names) if parent else None
        if parent is None or cols is None or ref_cols is None or not parent.readable:
            reason = "the package has no such resource" if parent is None else "it could not be read or lacks the fields"
            problems.append(Problem(source.label, "foreign-key", None, ", ".join(names), None,
                                    f"cannot be checked against {ref_name} ({', '.join(ref_names)}): {reason}",
                                    "fix the reference, or the problems reported for the referenced resource"))
            continue
        pairs = [_comparable(f"t.c{a}", f"p.c{b}", source.sql_type(a), parent.sql_type(b))
                 for a, b in zip(cols, ref_cols)]
        empty = " AND ".join(f"t.c{a} IS NULL" for a in cols)
        same = " AND ".join(f"{p} IS NOT DISTINCT FROM {c}" for c, p in pairs)
        checks.append(Check("foreign-key", ", ".join(names), f"not found in {parent.name} as {', '.join(ref_names)}",
                            FIX["foreign-key"], sql=f"SELECT t.__row, {_shown(cols, 't')}, NULL FROM {source.view} t "
                            f"WHERE NOT ({empty}) AND NOT EXISTS (SELECT 1 FROM {parent.view} p WHERE {same})"))
    return checks, problems


def resource_problems(con: duckdb.DuckDBPyConnection, source: Source, sources: dict[str, Source],
                      limit: int, memo: dict[str, Any] | None = None) -> list[Problem]:
    """Every row-level problem of a readable resource: blank rows, cells, keys, foreign keys."""
    checks = [Check("blank-row", None, "every cell of the row is empty", FIX["blank-row"], where=_blank(source))]
    for j in range(len(source.fields)):
        checks += field_checks(con, source, j)
    checks += key_checks(source)
    fk_checks, problems = foreign_key_checks(source, sources)
    return problems + run(con, source, checks + fk_checks, limit, memo)
