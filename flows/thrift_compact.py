"""The Thrift compact protocol, as much of it as a Parquet file's footer (FileMetaData) uses: a struct read into
a list of (field id, compact type, value) and written back byte for byte (flows.parquet_tail joins two footers
with it). Nested structs are lists of fields, lists are (element type, items), binary is bytes.
"""
from __future__ import annotations

from typing import Any

Field = tuple[int, int, Any]  # (field id, compact type, value): the value's shape is set by the type
STRUCT, LIST, SET, MAP, BINARY, DOUBLE, TRUE, FALSE, BYTE = 12, 9, 10, 11, 8, 7, 1, 2, 3


def _varint(buf: bytes, at: int) -> tuple[int, int]:
    shift = value = 0
    while True:
        byte = buf[at]
        at += 1
        value |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return value, at
        shift += 7


def _zigzag(n: int) -> int:
    return (n >> 1) ^ -(n & 1)


def _put_varint(n: int) -> bytes:
    out = bytearray()
    while True:
        if n < 0x80:
            out.append(n)
            return bytes(out)
        out.append((n & 0x7F) | 0x80)
        n >>= 7


def _put_zigzag(n: int) -> bytes:
    return _put_varint((n << 1) ^ (n >> 63))


def _read_value(buf: bytes, at: int, kind: int) -> tuple[Any, int]:
    if kind in (TRUE, FALSE):  # a boolean in a container: one byte
        return buf[at] == TRUE, at + 1
    if kind == BYTE:
        return buf[at], at + 1
    if kind in (4, 5, 6):
        raw, at = _varint(buf, at)
        return _zigzag(raw), at
    if kind == DOUBLE:
        return buf[at:at + 8], at + 8
    if kind == BINARY:
        size, at = _varint(buf, at)
        return buf[at:at + size], at + size
    if kind in (LIST, SET):
        head = buf[at]
        at += 1
        size, item = head >> 4, head & 0x0F
        if size == 15:
            size, at = _varint(buf, at)
        items = []
        for _ in range(size):
            value, at = _read_value(buf, at, item)
            items.append(value)
        return (item, items), at
    if kind == MAP:
        size, at = _varint(buf, at)
        if not size:
            return (0, 0, []), at
        types = buf[at]
        at += 1
        pairs = []
        for _ in range(size):
            key, at = _read_value(buf, at, types >> 4)
            value, at = _read_value(buf, at, types & 0x0F)
            pairs.append((key, value))
        return (types >> 4, types & 0x0F, pairs), at
    if kind == STRUCT:
        return read_struct(buf, at)
    raise ValueError(f"Thrift compact type {kind} is not one Parquet's footer uses")


def read_struct(buf: bytes, at: int = 0) -> tuple[list[Field], int]:
    """A struct's fields in the order written, and the position after its stop byte."""
    fields: list[Field] = []
    last = 0
    while True:
        head = buf[at]
        at += 1
        if head == 0:
            return fields, at
        kind, delta = head & 0x0F, head >> 4
        if delta:
            fid = last + delta
        else:
            raw, at = _varint(buf, at)
            fid = _zigzag(raw)
        if kind in (TRUE, FALSE):
            value: Any = kind == TRUE
        else:
            value, at = _read_value(buf, at, kind)
        fields.append((fid, kind, value))
        last = fid


def _write_value(kind: int, value: Any) -> bytes:
    if kind in (TRUE, FALSE):
        return bytes([TRUE if value else FALSE])
    if kind == BYTE:
        return bytes([value])
    if kind in (4, 5, 6):
        return _put_zigzag(value)
    if kind == DOUBLE:
        return bytes(value)
    if kind == BINARY:
        return _put_varint(len(value)) + bytes(value)
    if kind in (LIST, SET):
        item, items = value
        head = bytes([(len(items) << 4) | item]) if len(items) < 15 else bytes([0xF0 | item]) + _put_varint(len(items))
        return head + b"".join(_write_value(item, v) for v in items)
    if kind == MAP:
        ktype, vtype, pairs = value
        if not pairs:
            return b"\x00"
        return _put_varint(len(pairs)) + bytes([(ktype << 4) | vtype]) + b"".join(
            _write_value(ktype, k) + _write_value(vtype, v) for k, v in pairs)
    if kind == STRUCT:
        return write_struct(value)
    raise ValueError(f"Thrift compact type {kind} is not one Parquet's footer uses")


def write_struct(fields: list[Field]) -> bytes:
    """The fields encoded as the Thrift library encodes them (short field headers where the id grows by 1-15)."""
    out, last = bytearray(), 0
    for fid, kind, value in fields:
        out += bytes([((fid - last) << 4) | kind]) if 0 < fid - last <= 15 else bytes([kind]) + _put_zigzag(fid)
        if kind not in (TRUE, FALSE):
            out += _write_value(kind, value)
        last = fid
    out.append(0)
    return bytes(out)
