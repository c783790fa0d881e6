"""A table's rows as SpreadsheetML `<row>` elements, computed a column at a time in Arrow.

Cells are written as XlsxWriter's constant-memory mode writes them (inline strings, numbers,
booleans, dates as serial numbers with a date style) with two differences that make a row's
XML independent of where it stands: rows and cells carry no `r` reference (SpreadsheetML
makes it optional: a row follows the one before, a cell the one to its left) and a missing
value is an empty cell `<c/>` rather than a gap. So a chunk of rows can be reused wherever
rows are inserted or removed before it (flows.outputs.spreadsheet).

The two exceptions of flows.outputs.spreadsheet hold here too: a text that starts like a
formula gets the quote-prefix style (and is counted), a text over Excel's cell limit is cut
(and counted). Texts with control characters, literal `_xHHHH_` sequences or Excel's cell
limit exceeded go through Python (XlsxWriter's own escaping); all others stay in Arrow.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from flows.outputs.csv_read import FALSE_VALUES, TRUE_VALUES
from flows.schema import SchemaField

EXCEL_CELL_LIMIT = 32_767
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
EMPTY = "<c/>"
SPECIAL = r"[\x{0}-\x{8}\x{b}-\x{1f}\x{fffe}\x{ffff}]|_x[0-9a-fA-F]{4}_"  # needs XlsxWriter's escaping
# Python's \s (XlsxWriter's test for xml:space="preserve") after control characters are escaped
SPACE = r"[ \t\n\x{85}\p{Z}]"
EXCEL_EPOCH_DAYS = 25_569  # 1970-01-01 as an Excel serial date (1900 system)


@dataclass(frozen=True)
class Styles:
    """Cell style (xf) indexes of the workbook's formats."""

    text: int
    safe: int
    date: int


def starts_formula(text: str) -> bool:
    """True when a spreadsheet program would read the text as a formula (OWASP CSV injection)."""
    return text.startswith(FORMULA_PREFIXES)


def fit_cell(text: str, csv_path: str) -> tuple[str, bool]:
    """The text as it fits an Excel cell, and whether it was cut."""
    if len(text) <= EXCEL_CELL_LIMIT:
        return text, False
    note = f" … [cut at Excel's cell limit: {len(text):,} characters in full in {csv_path}]"
    return text[:EXCEL_CELL_LIMIT - len(note)] + note, True


def _escape(text: str) -> str:
    """XlsxWriter's escaping of an inline string: _xHHHH_ for control characters, then XML's &, <, >."""
    from xlsxwriter.xmlwriter import XMLwriter

    text = XMLwriter._escape_control_characters(text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def string_cell(text: str, styles: Styles, csv_path: str) -> tuple[str, bool, bool]:
    """One text cell the slow way: (XML, made safe, cut)."""
    from xlsxwriter.utility import _preserve_whitespace

    text, cut = fit_cell(text, csv_path)
    safe = starts_formula(text)
    escaped = _escape(text)
    space = ' xml:space="preserve"' if _preserve_whitespace(escaped) else ""
    style = styles.safe if safe else styles.text
    return f'<c s="{style}" t="inlineStr"><is><t{space}>{escaped}</t></is></c>', safe, cut


def _join(*parts: Any) -> pa.Array:
    return pc.binary_join_element_wise(*parts, "")


def _strings(column: pa.Array, styles: Styles, csv_path: str) -> tuple[pa.Array, pa.Array, np.ndarray]:
    """(cells, made safe per row, cut per row) of a text column."""
    n = len(column)
    safe = pc.fill_null(pc.or_(*[pc.starts_with(column, p) for p in FORMULA_PREFIXES[:2]]), False)
    for prefix in FORMULA_PREFIXES[2:]:
        safe = pc.or_(safe, pc.fill_null(pc.starts_with(column, prefix), False))
    escaped = pc.replace_substring(pc.replace_substring(pc.replace_substring(column, "&", "&amp;"), "<", "&lt;"),
                                   ">", "&gt;")
    spaced = pc.fill_null(pc.match_substring_regex(column, f"^{SPACE}|{SPACE}$"), False)
    text = pc.if_else(spaced, '<is><t xml:space="preserve">', "<is><t>")
    style = pc.if_else(safe, f'<c s="{styles.safe}" t="inlineStr">', f'<c s="{styles.text}" t="inlineStr">')
    cells = pc.fill_null(_join(style, text, escaped, "</t></is></c>"), EMPTY)
    cut = np.zeros(n, dtype=np.int64)
    slow = pc.fill_null(pc.or_(pc.match_substring_regex(column, SPECIAL),
                               pc.greater(pc.utf8_length(column), EXCEL_CELL_LIMIT)), False)
    if pc.any(slow).as_py():
        values, safe_list, out = column.to_pylist(), safe.to_pylist(), cells.to_pylist()
        for i in np.flatnonzero(slow.to_numpy(zero_copy_only=False)):
            out[i], safe_list[i], was_cut = string_cell(values[i], styles, csv_path)
            cut[i] = was_cut
        cells, safe = pa.array(out, pa.string()), pa.array(safe_list, pa.bool_())
    return cells, safe, cut


def booleans(column: pa.Array, field: SchemaField) -> pa.Array:
    trues = pa.array([str(v) for v in field.get("trueValues", TRUE_VALUES)], pa.string())
    falses = pa.array([str(v) for v in field.get("falseValues", FALSE_VALUES)], pa.string())
    is_true, is_false = pc.is_in(column, value_set=trues), pc.is_in(column, value_set=falses)
    bad = pc.and_(pc.is_valid(column), pc.invert(pc.or_(is_true, is_false)))
    if pc.any(bad).as_py():
        raise ValueError(f"{field['name']}: {pc.filter(column, bad)[0].as_py()!r} is not a boolean")
    return pc.if_else(pc.is_valid(column), is_true, pa.nulls(len(column), pa.bool_()))


def _dates(column: pa.Array) -> pa.Array:
    """Excel serial numbers of ISO dates (1900 system with its leap-year bug, as XlsxWriter writes them)."""
    days = pc.cast(pc.cast(pc.cast(column, pa.date32()), pa.int32()), pa.int64())
    serial = pc.add(days, EXCEL_EPOCH_DAYS)
    return pc.if_else(pc.greater(serial, 60), serial, pc.subtract(serial, 1))


def rows_xml(batch: pa.RecordBatch, fields: Sequence[SchemaField], styles: Styles,
             csv_path: str) -> tuple[pa.Array, np.ndarray, np.ndarray]:
    """(one `<row>` element per row, cells made safe per row, cells cut per row)."""
    n = batch.num_rows
    neutralised, cut = np.zeros(n, dtype=np.int64), np.zeros(n, dtype=np.int64)
    cells = []
    for field in fields:
        column = batch.column(field["name"])
        kind = field["type"]
        if kind in ("integer", "year"):
            value = pc.cast(pc.cast(column, pa.int64()), pa.string())
            cells.append(pc.fill_null(_join("<c><v>", value, "</v></c>"), EMPTY))
        elif kind == "boolean":
            flags = booleans(column, field)
            cells.append(pc.fill_null(pc.if_else(flags, '<c t="b"><v>1</v></c>', '<c t="b"><v>0</v></c>'), EMPTY))
        elif kind == "date":
            value = pc.cast(_dates(column), pa.string())
            cells.append(pc.fill_null(_join(f'<c s="{styles.date}"><v>', value, "</v></c>"), EMPTY))
        elif kind == "list" and field.get("itemType", "string") != "string":
            raise ValueError(f"{field['name']}: lists of {field.get('itemType')} are not written by "
                             "flows/outputs/sheet_xml.py; add them there")
        elif kind == "number":
            raise ValueError(f"{field['name']}: numbers are not written by flows/outputs/sheet_xml.py; add them there")
        else:  # string, yearmonth, list of strings (the CSV cell: items joined by the delimiter) and the rest
            text, safe, was_cut = _strings(column, styles, csv_path)
            cells.append(text)
            neutralised += safe.to_numpy(zero_copy_only=False).astype(np.int64)
            cut += was_cut
    rows = _join("<row>", *cells, "</row>") if cells else pa.array(["<row/>"] * n, pa.string())
    return rows.cast(pa.large_string()), neutralised, cut


def concatenated(rows: pa.Array, start: int, stop: int) -> bytes:
    """The UTF-8 bytes of rows[start:stop] (a large_string array from rows_xml) one after the other: a slice
    of the array's data buffer."""
    if stop <= start:
        return b""
    offsets = np.frombuffer(rows.buffers()[1], dtype=np.int64, count=len(rows) + 1, offset=rows.offset * 8)
    data = rows.buffers()[2]
    return data[offsets[start]:offsets[stop]].to_pybytes()
