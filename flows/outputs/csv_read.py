"""A CSV resource of a data package read two ways (flows.outputs.package puts them together per table):
typed rows, one dict a row, for the slow row-at-a-time view (`CsvRows`, `typed`), and text cells in Arrow
record batches read in C++ (`arrow_batches`), the whole file or only some byte ranges of it (`RangesReader`:
e.g. one document's lines from the published index). Row counts are remembered per file as it is
(`remember_rows`), so a table's length is counted once.
"""
from __future__ import annotations

import csv
import io
import itertools
import json
import sys
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any, overload

import pyarrow as pa
import pyarrow.csv as pcsv

from flows.schema import Row, SchemaField, TableSchema

Range = tuple[int, int]  # (offset, length) in bytes of a CSV file
BLOCK_BYTES = 4 << 20  # CSV bytes parsed at a time by the Arrow reader
TRUE_VALUES = ("true", "True", "TRUE", "1")
FALSE_VALUES = ("false", "False", "FALSE", "0")


def typed(value: str, field: SchemaField, missing: tuple[str, ...] = ("",)) -> Any:
    """A CSV cell as the Python value its Table Schema field says it is (None when missing)."""
    if value in missing:
        return None
    kind = field["type"]
    if kind == "string" or kind in ("yearmonth", "datetime", "time", "any"):
        return value
    if kind in ("integer", "year"):
        return int(value)
    if kind == "number":
        return float(value)
    if kind == "boolean":
        if value in field.get("trueValues", TRUE_VALUES):
            return True
        if value in field.get("falseValues", FALSE_VALUES):
            return False
        raise ValueError(f"{field['name']}: {value!r} is not a boolean")
    if kind == "date":
        return date.fromisoformat(value)
    if kind == "list":
        item = {"name": field["name"], "type": field.get("itemType", "string")}
        return [typed(v, item, ()) for v in value.split(field.get("delimiter", ","))]
    raise ValueError(f"{field['name']}: Table Schema type {kind!r} is not read by flows/outputs/csv_read.py; "
                     "add it to `typed` there")


class CsvRows(Sequence[Row]):
    """A table's typed rows, read from its CSV file each time they are iterated (memory stays flat
    whatever the table's length); `len` counts them once; a slice `[:n]` is the first n rows, lazily."""

    def __init__(self, path: Path, schema: TableSchema, limit: int | None = None) -> None:
        self.path, self.schema, self.limit = path, schema, limit
        self._len: int | None = None

    def __iter__(self) -> Iterator[Row]:
        missing = tuple(self.schema.get("missingValues", [""]))
        fields = {f["name"]: f for f in self.schema["fields"]}
        limit = csv.field_size_limit(sys.maxsize)  # documents.text may be longer than the csv module's default
        try:
            with self.path.open(encoding="utf-8", newline="") as handle:
                reader = csv.DictReader(handle)
                if reader.fieldnames != list(fields):
                    raise ValueError(f"{self.path}: header {reader.fieldnames} differs from the schema's fields "
                                     f"{list(fields)}")
                for row in itertools.islice(reader, self.limit):
                    yield {k: typed(v, fields[k], missing) for k, v in row.items()}
        finally:
            csv.field_size_limit(limit)

    def __len__(self) -> int:
        if self._len is None:
            counted = _count_rows(self.path, json.dumps(self.schema, sort_keys=True), *_file_identity(self.path))
            self._len = counted if self.limit is None else min(counted, self.limit)
        return self._len

    @overload
    def __getitem__(self, index: int) -> Row: ...

    @overload
    def __getitem__(self, index: slice) -> CsvRows: ...

    def __getitem__(self, index: int | slice) -> Row | CsvRows:
        if isinstance(index, slice):
            if index.start not in (None, 0) or index.step not in (None, 1) or (index.stop or 0) < 0:
                raise IndexError("CsvRows slices are [:n] only")
            stop = index.stop if self.limit is None or index.stop is None else min(index.stop, self.limit)
            return CsvRows(self.path, self.schema, stop)
        if index < 0:
            index += len(self)
        for i, row in enumerate(self):
            if i == index:
                return row
        raise IndexError(f"row {index} is beyond {self.path}")


def _file_identity(path: Path) -> tuple[int, int, int, int]:
    stat = path.stat()
    return stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns


_COUNTED: dict[tuple[Any, ...], int] = {}  # (path, *file identity) -> rows, for at most 64 files


def remember_rows(path: Path, rows: int, identity: tuple[int, ...] = ()) -> None:
    """Record the rows of the CSV file at `path` as it is now (or as `identity` says): none are read to count."""
    if len(_COUNTED) >= 64:
        _COUNTED.clear()
    _COUNTED[(str(path), *(identity or _file_identity(path)))] = rows


def _count_rows(path: Path, schema: str, *identity: int) -> int:
    """Rows of a CSV file, counted once per file as it is (its inode, size and modification time)."""
    if (found := _COUNTED.get((str(path), *identity))) is None:
        loaded = json.loads(schema)
        found = sum(b.num_rows for b in arrow_batches(path, {"schema": loaded}, [f["name"] for f in loaded["fields"][:1]] or None))
        remember_rows(path, found, identity)
    return found


def header_of(path: Path, resource: dict[str, Any]) -> tuple[list[str], bytes]:
    """The header's cells and its bytes (line end included) of a CSV file."""
    dialect = resource.get("dialect", {})
    with path.open("rb") as handle:
        line = handle.readline()
    cells = next(csv.reader([line.decode(resource.get("encoding", "utf-8"))], delimiter=dialect.get("delimiter", ","),
                            quotechar=dialect.get("quoteChar", '"')), [])
    return cells, line


class RangesReader(io.RawIOBase):
    """A file's header line followed by some of its byte ranges, read as one stream."""

    def __init__(self, path: Path, header: bytes, ranges: Sequence[Range]) -> None:
        super().__init__()
        self.handle = path.open("rb")
        self.parts: list[tuple[int, int]] = list(ranges)
        self.head = header

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer)
        if self.head:
            n = min(len(view), len(self.head))
            view[:n], self.head = self.head[:n], self.head[n:]
            return n
        while self.parts and self.parts[0][1] == 0:
            self.parts.pop(0)
        if not self.parts:
            return 0
        offset, length = self.parts[0]
        self.handle.seek(offset)
        n = self.handle.readinto(view[:min(len(view), length)]) or 0
        if n == 0:
            raise OSError(f"{self.handle.name}: ends before byte {offset + length}; the index does not describe it")
        self.parts[0] = (offset + n, length - n)
        return n

    def close(self) -> None:
        self.handle.close()
        super().close()


def arrow_batches(path: Path, resource: dict[str, Any], columns: Sequence[str] | None = None,
                  ranges: Sequence[Range] | None = None) -> Iterator[pa.RecordBatch]:
    """Text cells of a CSV resource in record batches (see Table.batches); the header must be the schema's."""
    schema = resource["schema"]
    names = [f["name"] for f in schema["fields"]]
    header, header_bytes = header_of(path, resource)
    if header != names:
        raise ValueError(f"{path}: header {header} differs from the schema's fields {names}")
    dialect = resource.get("dialect", {})
    quote = dialect.get("quoteChar", '"')
    parse = pcsv.ParseOptions(delimiter=dialect.get("delimiter", ","), quote_char=quote,
                              double_quote=dialect.get("doubleQuote", True),
                              escape_char=dialect.get("escapeChar", False) or False, newlines_in_values=True)
    convert = pcsv.ConvertOptions(column_types={n: pa.string() for n in names},
                                  null_values=[str(v) for v in schema.get("missingValues", [""])],
                                  strings_can_be_null=True, quoted_strings_can_be_null=True,
                                  include_columns=list(columns) if columns is not None else names)
    read = pcsv.ReadOptions(block_size=BLOCK_BYTES, use_threads=True)
    source: Any = pa.OSFile(str(path), "rb") if ranges is None else pa.PythonFile(RangesReader(path, header_bytes, ranges))
    with source:
        reader = pcsv.open_csv(source, read_options=read, parse_options=parse, convert_options=convert)
        yield from reader
