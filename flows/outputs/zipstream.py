"""A zip file written from independently compressed pieces, so that pieces can be reused.

Each piece of an entry is compressed on its own (raw deflate, ended by a sync flush, so it
starts and ends on a byte boundary and refers to nothing before it) and the entry is the
pieces one after the other plus a final empty block: a valid deflate stream that any zip
reader inflates as one. A piece compressed for an earlier file can be copied from it byte for
byte; the entry's CRC-32 is combined from the pieces' CRCs (`crc32_combine`, as zlib does),
without the uncompressed bytes. Entries carry a fixed date (1980-01-01), so the same pieces
give the same file.
"""
from __future__ import annotations

import struct
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import BinaryIO

LEVEL = 6  # zlib's default, what zipfile and XlsxWriter use
FINAL_BLOCK = b"\x03\x00"  # an empty final fixed-Huffman block: ends a deflate stream
DOS_DATE = (0 << 9) | (1 << 5) | 1  # 1980-01-01
VERSION = 20
MADE_BY = (3 << 8) | VERSION  # Unix, as zipfile writes it
EXTERNAL_ATTR = 0o600 << 16  # rw-------, as XlsxWriter writes its entries
_POLY = 0xEDB88320


@dataclass(frozen=True)
class Piece:
    """Compressed bytes (a sync-flushed raw deflate sequence), the length and CRC-32 of what they inflate to."""

    data: bytes
    raw: int
    crc: int


def compress(data: bytes, level: int = LEVEL) -> Piece:
    compressor = zlib.compressobj(level, zlib.DEFLATED, -15)
    return Piece(compressor.compress(data) + compressor.flush(zlib.Z_SYNC_FLUSH), len(data), zlib.crc32(data))


def _multmodp(a: int, b: int) -> int:
    """a * b modulo the CRC-32 polynomial (bit-reflected), as zlib's multmodp."""
    m, p = 1 << 31, 0
    while True:
        if a & m:
            p ^= b
            if not a & (m - 1):
                return p
        m >>= 1
        b = (b >> 1) ^ _POLY if b & 1 else b >> 1


def _x2n_table() -> list[int]:
    table, p = [], 1 << 30  # x^1
    for _ in range(32):
        table.append(p)
        p = _multmodp(p, p)
    return table


_X2N = _x2n_table()


def _x2nmodp(n: int, k: int) -> int:
    """x^(n * 2^k) modulo the polynomial."""
    p = 1 << 31  # x^0
    while n:
        if n & 1:
            p = _multmodp(_X2N[k & 31], p)
        n >>= 1
        k += 1
    return p


def crc32_combine(crc1: int, crc2: int, len2: int) -> int:
    """The CRC-32 of A + B from crc(A), crc(B) and len(B) (zlib's crc32_combine)."""
    return _multmodp(_x2nmodp(len2, 3), crc1) ^ crc2


@dataclass
class _Entry:
    name: bytes
    offset: int
    crc: int = 0
    compressed: int = 0
    raw: int = 0


class ZipWriter:
    """Writes entries made of pieces into a seekable binary file; `close` writes the central directory."""

    def __init__(self, handle: BinaryIO) -> None:
        self.handle = handle
        self.entries: list[_Entry] = []

    def _local_header(self, entry: _Entry) -> bytes:
        return struct.pack("<IHHHHHIIIHH", 0x04034B50, VERSION, 0, zlib.DEFLATED, 0, DOS_DATE, entry.crc,
                           entry.compressed, entry.raw, len(entry.name), 0) + entry.name

    def write(self, name: str, pieces: Iterable[Piece]) -> list[int]:
        """Add an entry of `pieces`; returns the offset in the file where each piece's bytes start."""
        entry = _Entry(name.encode("ascii"), self.handle.tell())
        self.handle.write(self._local_header(entry))
        offsets = []
        for piece in pieces:
            offsets.append(self.handle.tell())
            self.handle.write(piece.data)
            entry.crc = crc32_combine(entry.crc, piece.crc, piece.raw) if entry.raw else piece.crc
            entry.raw += piece.raw
            entry.compressed += len(piece.data)
        self.handle.write(FINAL_BLOCK)
        entry.compressed += len(FINAL_BLOCK)
        if entry.raw >= 1 << 32 or entry.compressed >= 1 << 32 or self.handle.tell() >= 1 << 32:
            raise ValueError(f"{name}: over 4 GB; the spreadsheet writer does not write Zip64")
        end = self.handle.tell()
        self.handle.seek(entry.offset)
        self.handle.write(self._local_header(entry))
        self.handle.seek(end)
        self.entries.append(entry)
        return offsets

    def close(self) -> None:
        start = self.handle.tell()
        for e in self.entries:
            self.handle.write(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, MADE_BY, VERSION, 0, zlib.DEFLATED, 0,
                                          DOS_DATE, e.crc, e.compressed, e.raw, len(e.name), 0, 0, 0, 0,
                                          EXTERNAL_ATTR, e.offset) + e.name)
        size = self.handle.tell() - start
        self.handle.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(self.entries), len(self.entries), size,
                                      start, 0))
