"""The spreadsheet of a release: one sheet per table plus a README sheet, as .xlsx.

Cells keep the package's values and types (numbers, booleans and dates as such, lists
joined by their CSV delimiter), with two exceptions made for spreadsheet programs only;
the CSV and Parquet files keep the exact values:

- Safe cells. A text that starts like a formula (`=`, `+`, `-`, `@`, tab or carriage
  return: OWASP's CSV injection list) is written as a text cell with Excel's quote-prefix
  style, what Excel itself does when a user types a leading apostrophe: the cell shows the
  exact text, is never evaluated, and stays text when edited. No text is ever written as a
  formula.
- Long cells. Excel holds at most 32,767 characters in a cell; a longer text (in practice
  documents.text) is cut and ends with a note pointing to the CSV file.

Deterministic: fixed document properties (the release's `created`), zip entries dated
1980-01-01 (XlsxWriter's in-memory mode), values in file order.
"""
from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import xlsxwriter
from xlsxwriter.worksheet import Worksheet

from flows.outputs.package import Package, Table, categories, one_line, primary_key

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
EXCEL_CELL_LIMIT = 32_767
EXCEL_MAX_ROWS = 1_048_576
README_SHEET = "README"


def starts_formula(text: str) -> bool:
    """True when a spreadsheet program would read the text as a formula (OWASP CSV injection)."""
    return text.startswith(FORMULA_PREFIXES)


def fit_cell(text: str, csv_path: str) -> tuple[str, bool]:
    """The text as it fits an Excel cell, and whether it was cut."""
    if len(text) <= EXCEL_CELL_LIMIT:
        return text, False
    note = f" … [cut at Excel's cell limit: {len(text):,} characters in full in {csv_path}]"
    return text[:EXCEL_CELL_LIMIT - len(note)] + note, True


def _created(package: Package) -> datetime:
    value = str(package.descriptor.get("created") or "1980-01-01T00:00:00Z")
    return datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(timezone.utc).replace(tzinfo=None)


class _Writer:
    """Writes cells with the right type and counts what had to be made safe or cut."""

    def __init__(self, book: xlsxwriter.Workbook) -> None:
        self.text = book.add_format({})
        self.safe = book.add_format({"quote_prefix": True})
        self.date = book.add_format({"num_format": "yyyy-mm-dd"})
        self.bold = book.add_format({"bold": True})
        self.neutralised = 0
        self.cut = 0

    def string(self, sheet: Worksheet, row: int, col: int, text: str, csv_path: str = "", fmt: Any = None) -> None:
        text, was_cut = fit_cell(text, csv_path)
        self.cut += was_cut
        if starts_formula(text):
            self.neutralised += 1
            sheet.write_string(row, col, text, self.safe)
        else:
            sheet.write_string(row, col, text, fmt or self.text)

    def value(self, sheet: Worksheet, row: int, col: int, value: Any, field: dict[str, Any], csv_path: str) -> None:
        if value is None:
            return
        if field["type"] == "list":
            value = field.get("delimiter", ",").join(str(v) for v in value)
        if isinstance(value, bool):
            sheet.write_boolean(row, col, value)
        elif isinstance(value, (int, float)):
            sheet.write_number(row, col, value)
        elif isinstance(value, date):
            sheet.write_datetime(row, col, datetime(value.year, value.month, value.day), self.date)
        else:
            self.string(sheet, row, col, str(value), csv_path)


def _width(table: Table, field: dict[str, Any]) -> int:
    longest = max([len(field["name"])] + [len(str(r[field["name"]])) for r in table.rows[:200]
                                           if r[field["name"]] is not None])
    return max(8, min(60, longest + 2))


def _table_sheet(book: xlsxwriter.Workbook, writer: _Writer, table: Table) -> int:
    """Write one table; returns the rows left out beyond Excel's row limit."""
    sheet = book.add_worksheet(table.name[:31])
    for col, field in enumerate(table.fields):
        writer.string(sheet, 0, col, field["name"], fmt=writer.bold)
        sheet.set_column(col, col, _width(table, field))
    rows = table.rows[:EXCEL_MAX_ROWS - 1]
    for r, row in enumerate(rows, start=1):
        for col, field in enumerate(table.fields):
            writer.value(sheet, r, col, row[field["name"]], field, table.resource["path"])
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(len(rows), 1), len(table.fields) - 1)
    return len(table.rows) - len(rows)


def _readme_sheet(book: xlsxwriter.Workbook, writer: _Writer, package: Package, notes: list[str]) -> None:
    sheet = book.get_worksheet_by_name(README_SHEET)
    d = package.descriptor
    licence = (d.get("licenses") or [{}])[0]
    lines: list[tuple[str, str]] = [
        ("Title", d.get("title", package.name)), ("Version", package.version), ("Created", d.get("created", "")),
        ("Identifier", d.get("id", "")), ("Homepage", d.get("homepage", "")),
        ("Licence of the rows", f"{licence.get('name', '')} {licence.get('path', '')}".strip()),
        ("Description", one_line(d.get("description", ""))),
    ] + [("Note", n) for n in notes]
    row = 0
    for key, value in lines:
        writer.string(sheet, row, 0, key, fmt=writer.bold)
        writer.string(sheet, row, 1, str(value))
        row += 1
    row += 1
    header = ("table", "rows", "column", "type", "required", "primary key", "description", "codes")
    for col, name in enumerate(header):
        writer.string(sheet, row, col, name, fmt=writer.bold)
    for table in package.tables:
        for field in table.fields:
            row += 1
            codes = "; ".join(f"{v} = {label}" if label else v for v, label in categories(field))
            cells = (table.name, len(table.rows), field["name"], field["type"],
                     bool(field.get("constraints", {}).get("required")), field["name"] in primary_key(table),
                     one_line(field.get("description", "")), codes)
            for col, value in enumerate(cells):
                writer.value(sheet, row, col, value if value != "" else None, {"type": "any"}, "")
    for col, width in enumerate((14, 40, 22, 10, 9, 12, 80, 60)):
        sheet.set_column(col, col, width)
    sheet.freeze_panes(0, 1)


def build_spreadsheet(package: Package, target: Path) -> dict[str, int]:
    """Write the package as an .xlsx workbook at `target`; returns how many cells were made safe or cut."""
    target.unlink(missing_ok=True)
    book = xlsxwriter.Workbook(str(target), {"in_memory": True, "strings_to_numbers": False,
                                             "strings_to_formulas": False, "strings_to_urls": False})
    book.set_properties({"title": str(package.descriptor.get("title", package.name)),
                         "subject": f"version {package.version}", "author": "", "company": "",
                         "comments": "Generated from datapackage.json; the CSV files hold the exact values.",
                         "created": _created(package)})
    writer = _Writer(book)
    book.add_worksheet(README_SHEET)
    left_out = {t.name: _table_sheet(book, writer, t) for t in package.tables}
    notes = [
        "One sheet per table, with the values of the CSV files in processed/ (lists joined by ';', "
        "booleans TRUE/FALSE, dates as dates, empty cell = missing).",
        f"{writer.neutralised} text cells start with =, +, -, @, tab or carriage return; they are stored as text "
        "with Excel's quote prefix, so they show the exact text and are never run as formulas.",
        f"{writer.cut} cells longer than Excel's limit of 32,767 characters are cut and say so at their end; "
        "the CSV files hold them in full.",
    ] + [f"{name}: {n} rows beyond Excel's row limit are left out; see the CSV file." for name, n in left_out.items() if n]
    counts = {"neutralised": writer.neutralised, "cut": writer.cut}
    _readme_sheet(book, writer, package, notes)
    book.close()
    return counts
