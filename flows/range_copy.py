"""Byte ranges of one file appended to another, adjacent ranges merged into one copy done by the kernel.

The assembly (flows.assemble) writes each staged CSV file as the published file's lines of the
unchanged documents with the new documents' lines between them. The unchanged documents' lines
are runs of the published file: thousands of documents in file-name order are one range, copied
with `os.copy_file_range` (the bytes never pass through Python) instead of a read and a write per
document. Where the kernel cannot copy between the two files, the run is read and written in blocks.
"""
from __future__ import annotations

import errno
import os
from typing import IO

BLOCK = 1 << 20
FALLBACK_ERRORS = (errno.EXDEV, errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP, errno.EBADF, errno.ETXTBSY)


def write_all(target: IO[bytes], data: bytes) -> int:
    """Write all of `data` to an unbuffered file (a raw write may take part of it); returns its length."""
    view = memoryview(data)
    while view:
        written = target.write(view)
        if not written:
            raise OSError(errno.EIO, "the file took no bytes", getattr(target, "name", None))
        view = view[written:]
    return len(data)


def copy_range(source: IO[bytes], target: IO[bytes], offset: int, length: int) -> None:
    """Append `length` bytes of `source` from `offset` to the unbuffered `target` (at its position)."""
    kernel = hasattr(os, "copy_file_range")
    while length > 0:
        if kernel:
            try:
                copied = os.copy_file_range(source.fileno(), target.fileno(), length, offset)
            except OSError as exc:
                if exc.errno not in FALLBACK_ERRORS:
                    raise
                kernel = False
                continue
            if copied == 0:  # some file systems copy nothing rather than refuse: read and write instead
                kernel = False
                continue
        else:
            copied = write_all(target, os.pread(source.fileno(), min(length, BLOCK), offset))
        if copied == 0:
            raise OSError(errno.EIO, f"ends before byte {offset + length}", getattr(source, "name", None))
        offset, length = offset + copied, length - copied


class RangeCopier:
    """Collects ranges of `source` to append to `target`, merging a range that starts where the last one
    ends; `flush` copies what is pending (call it before writing anything else to `target`)."""

    def __init__(self, source: IO[bytes], target: IO[bytes]) -> None:
        self.source, self.target = source, target
        self.offset, self.length = 0, 0

    def add(self, offset: int, length: int) -> None:
        if self.length and self.offset + self.length == offset:
            self.length += length
            return
        self.flush()
        self.offset, self.length = offset, length

    def flush(self) -> None:
        if self.length:
            copy_range(self.source, self.target, self.offset, self.length)
        self.offset, self.length = 0, 0
