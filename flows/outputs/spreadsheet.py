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

How it is written. XlsxWriter writes the workbook's frame (README sheet, header rows,
column widths, frozen panes, filters, styles, document properties); the rows of the tables
are SpreadsheetML computed a column at a time in Arrow (flows.outputs.sheet_xml) and put
into the sheets' `<sheetData>` by flows.outputs.zipstream, each chunk of documents
(flows.outputs.plan.table_chunks) compressed on its own. A chunk whose documents did not
change since the previous release is copied from the previous file as it is (its key and
place in that file are in the outputs' state, flows.outputs.state); the others are read
from their lines in the CSV file. A chunk's bytes depend only on its rows, so a file built
from reused chunks is byte for byte the one a build from scratch gives.

Deterministic: fixed document properties (the release's `created`), zip entries dated
1980-01-01, values in file order.
"""
from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import xlsxwriter
from xlsxwriter.utility import xl_rowcol_to_cell
from xlsxwriter.worksheet import Worksheet

from flows.outputs import plan, zipstream
from flows.outputs.package import Package, Table, categories, one_line, primary_key
from flows.outputs.sheet_rows import Reusable, Rows, StateChunk, chunked_rows, document_chunks, whole_rows
from flows.outputs.sheet_xml import EXCEL_CELL_LIMIT, FORMULA_PREFIXES, Styles, fit_cell, starts_formula
from flows.schema import SchemaField

__all__ = ["EXCEL_CELL_LIMIT", "FORMULA_PREFIXES", "EXCEL_MAX_ROWS", "README_SHEET", "build_spreadsheet", "fit_cell",
           "starts_formula", "Built", "Reusable", "document_chunks"]

EXCEL_MAX_ROWS = 1_048_576
README_SHEET = "README"
SHEET_DATA_END = b"</sheetData>"


@dataclass
class Built:
    """What a build wrote: cells made safe and cut, each document table's chunks (for the next build)
    and how many chunks were copied from the previous file."""

    neutralised: int = 0
    cut: int = 0
    chunks: dict[str, list[StateChunk]] = field(default_factory=dict)
    reused: int = 0
    written: int = 0

    def counts(self) -> dict[str, int]:
        return {"neutralised": self.neutralised, "cut": self.cut}


def _created(package: Package) -> datetime:
    value = str(package.descriptor.get("created") or "1980-01-01T00:00:00Z")
    return datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(timezone.utc).replace(tzinfo=None)


class _Writer:
    """Writes the frame's cells with the right type and counts what had to be made safe or cut."""

    def __init__(self, book: xlsxwriter.Workbook) -> None:
        self.text = book.add_format({})
        self.safe = book.add_format({"quote_prefix": True})
        self.date = book.add_format({"num_format": "yyyy-mm-dd"})
        self.bold = book.add_format({"bold": True})
        self.styles = Styles(self.text._get_xf_index(), self.safe._get_xf_index(), self.date._get_xf_index())
        self.bold._get_xf_index()
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

    def value(self, sheet: Worksheet, row: int, col: int, value: Any) -> None:
        if value is None:
            return
        if isinstance(value, bool):
            sheet.write_boolean(row, col, value)
        elif isinstance(value, (int, float)):
            sheet.write_number(row, col, value)
        else:
            self.string(sheet, row, col, str(value))


def _width(table: Table, field: SchemaField) -> int:
    longest = max([len(field["name"])] + [len(str(r[field["name"]])) for r in table.rows[:200]
                                           if r[field["name"]] is not None])
    return max(8, min(60, longest + 2))


def _table_frame(book: xlsxwriter.Workbook, writer: _Writer, table: Table, rows: int) -> None:
    """The table's sheet without its rows: header, widths, frozen header, filter over `rows` rows."""
    sheet = book.add_worksheet(table.name[:31])
    for col, f in enumerate(table.fields):
        writer.string(sheet, 0, col, f["name"], fmt=writer.bold)
        sheet.set_column(col, col, _width(table, f))
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(rows, 1), len(table.fields) - 1)


def with_dimension(data: bytes, columns: int, rows: int) -> bytes:
    """A table sheet's XML as XlsxWriter writes it with only its header, its <dimension> stretched over the
    `rows` rows put in after XlsxWriter: what XlsxWriter writes when told the sheet's last row, without
    its walk over every (empty) row up to it, a second of Python at 400,000 rows."""
    if not rows:
        return data
    written = f'<dimension ref="{xl_rowcol_to_cell(0, 0)}{":" + xl_rowcol_to_cell(0, columns - 1) if columns > 1 else ""}"/>'
    wanted = f'<dimension ref="{xl_rowcol_to_cell(0, 0)}:{xl_rowcol_to_cell(rows, columns - 1)}"/>'
    at = data.find(written.encode())
    if at < 0:
        raise ValueError(f"XlsxWriter wrote no {written} into a sheet; flows/outputs/spreadsheet.py must learn its format")
    return data[:at] + wanted.encode() + data[at + len(written):]


def _readme_sheet(book: xlsxwriter.Workbook, writer: _Writer, package: Package, notes: list[str],
                  counts: dict[str, int]) -> None:
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
        for f in table.fields:
            row += 1
            codes = "; ".join(f"{v} = {label}" if label else v for v, label in categories(f))
            cells = (table.name, counts[table.name], f["name"], f["type"],
                     bool(f.get("constraints", {}).get("required")), f["name"] in primary_key(table),
                     one_line(f.get("description", "")), codes)
            for col, value in enumerate(cells):
                writer.value(sheet, row, col, value if value != "" else None)
    for col, width in enumerate((14, 40, 22, 10, 9, 12, 80, 60)):
        sheet.set_column(col, col, width)
    sheet.freeze_panes(0, 1)


def _workbook(package: Package) -> tuple[xlsxwriter.Workbook, io.BytesIO, _Writer]:
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_numbers": False, "strings_to_formulas": False,
                                        "strings_to_urls": False})
    book.set_properties({"title": str(package.descriptor.get("title", package.name)),
                         "subject": f"version {package.version}", "author": "", "company": "",
                         "comments": "Generated from datapackage.json; the CSV files hold the exact values.",
                         "created": _created(package)})
    return book, buffer, _Writer(book)


def _frame(book: xlsxwriter.Workbook, writer: _Writer, package: Package, rows: dict[str, Rows],
           counts: dict[str, int]) -> dict[str, str]:
    """The workbook without the tables' rows (XlsxWriter, in memory); returns each table's sheet entry."""
    book.add_worksheet(README_SHEET)
    entries = {}
    for number, table in enumerate(package.tables, start=2):
        _table_frame(book, writer, table, rows[table.name].rows)
        entries[f"xl/worksheets/sheet{number}.xml"] = table.name
    neutralised = writer.neutralised + sum(sum(r.neutralised) for r in rows.values())
    cut = writer.cut + sum(sum(r.cut) for r in rows.values())
    notes = [
        "One sheet per table, with the values of the CSV files in processed/ (lists joined by ';', "
        "booleans TRUE/FALSE, dates as dates, empty cell = missing).",
        f"{neutralised} text cells start with =, +, -, @, tab or carriage return; they are stored as text "
        "with Excel's quote prefix, so they show the exact text and are never run as formulas.",
        f"{cut} cells longer than Excel's limit of 32,767 characters are cut and say so at their end; "
        "the CSV files hold them in full.",
    ] + [f"{name}: {counts[name] - r.rows} rows beyond Excel's row limit are left out; see the CSV file."
         for name, r in rows.items() if counts[name] > r.rows]
    writer.neutralised, writer.cut = neutralised, cut
    _readme_sheet(book, writer, package, notes, counts)
    book.close()
    return entries


def build_spreadsheet(package: Package, target: Path, chunks: dict[str, list[plan.Chunk]] | None = None,
                      reusable: Reusable | None = None) -> Built:
    """Write the package as an .xlsx workbook at `target`.

    `chunks`: each document table's chunks (document_chunks; computed here when None); `reusable`: the
    previous file and its chunks, copied where a key is the same. Returns the counts of cells made safe or
    cut and the chunks' places in the new file."""
    target.unlink(missing_ok=True)
    chunks = document_chunks(package, None) if chunks is None else chunks
    counts = {t.name: len(t.rows) for t in package.tables}
    book, buffer, writer = _workbook(package)
    built = Built()
    old = reusable.path.open("rb") if reusable is not None and reusable.path.is_file() else None
    try:
        rows = {}
        for table in package.tables:
            limit = EXCEL_MAX_ROWS - 1
            if table.name in chunks and counts[table.name] <= limit:
                rows[table.name] = chunked_rows(table, writer.styles, chunks[table.name], reusable, old,
                                                 whole=True)
            else:
                rows[table.name] = whole_rows(table, writer.styles, limit)
    finally:
        if old is not None:
            old.close()
    entries = _frame(book, writer, package, rows, counts)
    built.neutralised, built.cut = writer.neutralised, writer.cut
    scratch = target.with_name(target.name + ".build")
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as frame, scratch.open("wb") as handle:
        out = zipstream.ZipWriter(handle)
        for info in frame.infolist():
            data = frame.read(info)
            table = entries.get(info.filename)
            if table is None:
                out.write(info.filename, [zipstream.compress(data)])
                continue
            data = with_dimension(data, len(package.table(table).fields), rows[table].rows)
            cut_at = data.rfind(SHEET_DATA_END)
            if cut_at < 0:
                raise ValueError(f"{info.filename}: XlsxWriter wrote no <sheetData> to put the rows of {table} in")
            part = rows[table]
            offsets = out.write(info.filename, [zipstream.compress(data[:cut_at]), *part.pieces,
                                                zipstream.compress(data[cut_at:])])[1:-1]
            if table in chunks and all(k is not None for k in part.keys):
                built.chunks[table] = [[k, o, len(p.data), p.raw, p.crc, n, c] for k, o, p, n, c in
                                       zip(part.keys, offsets, part.pieces, part.neutralised, part.cut)]
        out.close()
    scratch.replace(target)
    built.reused = sum(r.reused for r in rows.values())
    built.written = sum(len(r.pieces) - r.reused for r in rows.values())
    return built
