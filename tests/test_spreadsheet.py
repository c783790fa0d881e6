"""The .xlsx spreadsheet: a sheet per table and a README sheet, safe cells, long cells, deterministic."""
from __future__ import annotations

import csv
import re
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from flows.outputs.build import output_paths
from flows.outputs.package import read_package
from flows.outputs.spreadsheet import EXCEL_CELL_LIMIT, FORMULA_PREFIXES, build_spreadsheet, fit_cell, starts_formula
from flows.schema import TABLES, load_schema
from tests.conftest import copy_published_package

INJECTIONS = ["=cmd|' /C calc'!A0", "+47 22 00 00 00", "-Kommuneperspektivet", "@SUM(1+1)*cmd|' /C calc'!A0",
              "\t=1+1", "\r=1+1", "=HYPERLINK(\"http://127.0.0.1/\",\"klikk\")"]
HARMLESS = ["Kommunene må få mer", "– Vi ber regjeringen", "«Sitat»", "1+1", " =1", "ordfører@kommune"]


@pytest.mark.parametrize("text", INJECTIONS)
def test_formula_prefixes_are_detected(text: str) -> None:
    assert starts_formula(text)


@pytest.mark.parametrize("text", HARMLESS)
def test_ordinary_texts_are_left_alone(text: str) -> None:
    assert not starts_formula(text)


@given(st.text())
def test_detection_is_exactly_the_owasp_prefixes(text: str) -> None:
    assert starts_formula(text) == (text[:1] in FORMULA_PREFIXES and text != "")


@given(st.text(min_size=0, max_size=40_000))
def test_fitted_cells_stay_within_excels_limit_and_keep_their_start(text: str) -> None:
    fitted, cut = fit_cell(text, "processed/x.csv")
    assert len(fitted) <= EXCEL_CELL_LIMIT
    assert cut == (len(text) > EXCEL_CELL_LIMIT)
    assert fitted == text if not cut else fitted.startswith(text[:1000]) and "processed/x.csv" in fitted


def ooxml_text(value: str) -> str:
    """A cell text as Excel shows it: openpyxl leaves OOXML's _xHHHH_ escapes of control characters in place."""
    return re.sub(r"_x([0-9A-F]{4})_", lambda m: chr(int(m.group(1), 16)), value)


def _replace_column(path: Path, column: str, values: list[str]) -> None:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row, value in zip(rows, values):
        row[column] = value
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n", quoting=csv.QUOTE_ALL)
        writer.writeheader()
        writer.writerows(rows)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The published package with formula-like statement texts and a 40,000-character document note."""
    root = tmp_path_factory.mktemp("hostile")
    descriptor = copy_published_package(root)
    _replace_column(root / "processed" / "statements.csv", "text", INJECTIONS)
    _replace_column(root / "processed" / "documents.csv", "note", ["«" + "lang tekst " * 3_640 + "»"])
    target = root / "out.xlsx"
    counts = build_spreadsheet(read_package(descriptor), target).counts()
    assert counts == {"neutralised": len(INJECTIONS), "cut": 1}
    return descriptor, target


def test_formula_like_cells_keep_their_exact_text_and_are_never_formulas(hostile: tuple[Path, Path]) -> None:
    descriptor, target = hostile
    book = openpyxl.load_workbook(target)
    sheet = book["statements"]
    column = [c.value for c in sheet[1]].index("text") + 1
    for row, text in enumerate(INJECTIONS, start=2):
        cell = sheet.cell(row=row, column=column)
        assert ooxml_text(cell.value) == text and cell.data_type == "s" and cell.quotePrefix
    assert all(c.data_type != "f" for ws in book.worksheets for r in ws.iter_rows() for c in r)
    with (descriptor.parent / "processed" / "statements.csv").open(encoding="utf-8", newline="") as handle:
        assert [r["text"] for r in csv.DictReader(handle)][:len(INJECTIONS)] == INJECTIONS  # CSV keeps exact values


def test_ordinary_cells_have_no_quote_prefix(hostile: tuple[Path, Path]) -> None:
    sheet = openpyxl.load_workbook(hostile[1])["statements"]
    column = [c.value for c in sheet[1]].index("speaker_name") + 1
    assert not any(sheet.cell(row=r, column=column).quotePrefix for r in range(2, sheet.max_row + 1))


def test_a_cell_over_excels_limit_is_cut_and_says_where_the_full_text_is(hostile: tuple[Path, Path]) -> None:
    sheet = openpyxl.load_workbook(hostile[1])["documents"]
    column = [c.value for c in sheet[1]].index("note") + 1
    value = sheet.cell(row=2, column=column).value
    assert len(value) <= EXCEL_CELL_LIMIT and value.startswith("«lang tekst")
    assert value.endswith("in full in processed/documents.csv]")


def test_one_sheet_per_table_with_the_csv_rows_and_types(built_outputs: Path) -> None:
    package = read_package(built_outputs)
    book = openpyxl.load_workbook(built_outputs.parent / output_paths(package.name)["xlsx"])
    assert book.sheetnames == ["README", *TABLES]
    for table in package.tables:
        rows = list(book[table.name].iter_rows(values_only=True))
        assert list(rows[0]) == [f["name"] for f in table.fields]
        assert len(rows) - 1 == len(table.rows)
        for f_index, f in enumerate(table.fields):
            first = next((r[f["name"]] for r in table.rows if r[f["name"]] is not None), None)
            cell = next((r[f_index] for r in rows[1:] if r[f_index] is not None), None)
            if f["type"] == "integer" and first is not None:
                assert cell == first and isinstance(cell, int)
            if f["type"] == "boolean" and first is not None:
                assert cell is first
            if f["type"] == "list" and first is not None:
                assert cell == f["delimiter"].join(first)


def test_readme_sheet_describes_every_column(built_outputs: Path) -> None:
    package = read_package(built_outputs)
    sheet = openpyxl.load_workbook(built_outputs.parent / output_paths(package.name)["xlsx"])["README"]
    described = {(r[0], r[2]) for r in sheet.iter_rows(values_only=True) if r[0] in TABLES}
    assert described == {(t, f["name"]) for t in TABLES for f in load_schema(t)["fields"]}


def test_same_package_gives_the_same_bytes(built_outputs: Path, tmp_path: Path) -> None:
    package = read_package(built_outputs)
    build_spreadsheet(package, tmp_path / "a.xlsx")
    build_spreadsheet(package, tmp_path / "b.xlsx")
    assert (tmp_path / "a.xlsx").read_bytes() == (tmp_path / "b.xlsx").read_bytes()
    assert (tmp_path / "a.xlsx").read_bytes() == (built_outputs.parent / output_paths(package.name)["xlsx"]).read_bytes()


@pytest.mark.parametrize("columns", [1, 2, 9, 30])
@pytest.mark.parametrize("rows", [0, 1, 17, 400_000])
def test_the_stretched_dimension_is_what_xlsxwriter_writes_when_told_the_last_row(columns: int, rows: int) -> None:
    """with_dimension gives a header-only sheet the XML XlsxWriter writes when its last row is set to `rows`
    (the sheet's rows are put in after it), without XlsxWriter's walk over every empty row."""
    import io
    import zipfile

    import xlsxwriter

    from flows.outputs.spreadsheet import with_dimension

    def sheet_xml(told: bool) -> bytes:
        buffer = io.BytesIO()
        book = xlsxwriter.Workbook(buffer, {"in_memory": True})
        sheet = book.add_worksheet("t")
        for col in range(columns):
            sheet.write_string(0, col, f"c{col}")
        if told and rows:
            sheet.dim_rowmax = rows
        sheet.freeze_panes(1, 0)
        sheet.autofilter(0, 0, max(rows, 1), columns - 1)
        book.close()
        with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as z:
            return z.read("xl/worksheets/sheet1.xml")

    assert with_dimension(sheet_xml(False), columns, rows) == sheet_xml(True)


def test_a_sheet_without_the_dimension_xlsxwriter_writes_is_refused() -> None:
    from flows.outputs.spreadsheet import with_dimension

    with pytest.raises(ValueError, match="dimension"):
        with_dimension(b'<worksheet><dimension ref="B2:C3"/></worksheet>', 3, 10)
