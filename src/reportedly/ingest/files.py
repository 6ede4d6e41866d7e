"""Bytes from a file or stdin, checked and decoded to text before any format is read."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from reportedly.errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingError,
    IsDirectoryError,
    NotFoundError,
    TooLargeError,
    UnreadableError,
)

# The largest input read, in bytes: ample for any article, small enough to refuse dumps.
MAX_BYTES = 20 * 1000 * 1000
STDIN = "-"
STDIN_NAME = "<stdin>"
# How much of the input the binary check looks at, and the share of it that may be
# undecodable or control characters before the input counts as binary.
SNIFF_BYTES = 8192
MAX_NON_TEXT_SHARE = 0.3

UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_TEXT_CONTROLS = frozenset("\t\n\r\f\v\x1b")


def input_name(path: str) -> str:
    """How messages name an input: the path as given, ``<stdin>`` for ``-``."""
    return STDIN_NAME if path == STDIN else path


def read_bytes(path: str) -> bytes:
    """The bytes of ``path`` (``-``: stdin), refusing what is missing or too large."""
    if path == STDIN:
        data: bytes = sys.stdin.buffer.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise TooLargeError(STDIN_NAME, len(data), MAX_BYTES)
        return data
    file = Path(path)
    try:
        if file.is_dir():
            raise IsDirectoryError(path)
        size = file.stat().st_size
    except FileNotFoundError:
        raise NotFoundError(path) from None
    except OSError as error:
        raise UnreadableError(path, error.strerror or type(error).__name__) from None
    if size > MAX_BYTES:
        raise TooLargeError(path, size, MAX_BYTES)
    try:
        return file.read_bytes()
    except OSError as error:
        raise UnreadableError(path, error.strerror or type(error).__name__) from None


def read_head(path: str, size: int = SNIFF_BYTES) -> bytes:
    """The first ``size`` bytes of ``path``, stdin's left unread (peeked, or read and
    sought back); ``b""`` when they cannot be had that way, or the file cannot be opened:
    the reader that follows says why."""
    if path == STDIN:
        stream = sys.stdin.buffer
        if stream.seekable():
            start = stream.tell()
            head = stream.read(size)
            stream.seek(start)
            return head
        peek = getattr(stream, "peek", None)
        return bytes(peek(size)[:size]) if peek is not None else b""
    try:
        with Path(path).open("rb") as file:
            return file.read(size)
    except OSError:
        return b""


@contextlib.contextmanager
def open_binary(path: str) -> Iterator[BinaryIO]:
    """``path`` (``-``: stdin, left open) as a binary stream, for a reader that reads it a
    piece at a time; raises the errors ``read_bytes`` does, but for the size."""
    if path == STDIN:
        yield sys.stdin.buffer
        return
    file = Path(path)
    try:
        if file.is_dir():
            raise IsDirectoryError(path)
        stream = file.open("rb")
    except FileNotFoundError:
        raise NotFoundError(path) from None
    except OSError as error:
        raise UnreadableError(path, error.strerror or type(error).__name__) from None
    with stream:
        yield stream


def decode(data: bytes, name: str) -> str:
    """``data`` as text: UTF-8 (a BOM allowed) or UTF-16 with a BOM.

    Raises ``EmptyInputError`` for no text, ``BinaryInputError`` for NUL bytes or mostly
    non-text content, ``EncodingError`` (with the first bad byte's offset) otherwise.
    """
    if not data.strip():
        raise EmptyInputError(name)
    if data.startswith(_UTF16_BOMS):
        return _decode_utf16(data, name)
    if b"\x00" in data or _mostly_non_text(data[:SNIFF_BYTES]):
        raise BinaryInputError(name)
    skip = len(UTF8_BOM) if data.startswith(UTF8_BOM) else 0
    try:
        text = data[skip:].decode("utf-8")
    except UnicodeDecodeError as error:
        raise EncodingError(name, skip + error.start) from None
    if not text.strip():
        raise EmptyInputError(name)
    return text


def _decode_utf16(data: bytes, name: str) -> str:
    try:
        text = data.decode("utf-16")
    except UnicodeDecodeError as error:
        raise EncodingError(name, error.start) from None
    if "\x00" in text:
        raise BinaryInputError(name)
    if not text.strip():
        raise EmptyInputError(name)
    return text


def _mostly_non_text(sample: bytes) -> bool:
    text = sample.decode("utf-8", errors="replace")
    bad = sum(1 for c in text if c == "\ufffd" or (c < " " and c not in _TEXT_CONTROLS))
    return bad > MAX_NON_TEXT_SHARE * max(len(text), 1)
