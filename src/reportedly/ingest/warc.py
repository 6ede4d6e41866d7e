"""Web archives: every HTML page a WARC file holds, one article each.

A WARC file (``.warc``, or ``.warc.gz``: each record a gzip member, or the whole file
compressed at once) is read a record at a time, so a large archive never sits in memory;
``MAX_BYTES`` bounds each page, not the file. A ``response`` record whose HTTP status is
2xx and whose ``Content-Type`` is HTML becomes an article through the HTML reader, its
``url`` the record's ``WARC-Target-URI``, its id ``<file>#<place>`` (the place of the
record in the file, from 1), and, when the page and its address give no date, the
record's ``WARC-Date`` as its date (evidence ``warc``: the day it was archived, not
published). Other records (requests, metadata, images, redirects) are passed over.

A record that cannot be read (headers that are not WARC's, no ``Content-Length``, corrupt
compressed data, a page over the limit) is a ``WarcRecordError``: raised, or handed to
``on_error`` while reading goes on at the next record; a file that ends inside a record
(a truncated download) ends with one such error, the records before it kept.
"""

from __future__ import annotations

import codecs
import io
import re
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, BinaryIO

from reportedly.errors import (
    DateError,
    InputError,
    NoWarcPagesError,
    TooLargeError,
    WarcRecordError,
)
from reportedly.ingest.article import build_article
from reportedly.ingest.dates import read_date
from reportedly.ingest.files import MAX_BYTES
from reportedly.model import Article, DateEvidence

WARC_SUFFIXES = (".warc", ".warc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")
"""The ``Content-Type`` values of an HTTP response that is a page to read."""
# Bytes read from the file, and decompressed, at a time.
BLOCK = 64 * 1024
# The most a record's WARC headers, or its HTTP headers, may take: real ones take a few
# hundred bytes; past this the record is taken to be broken, not read on.
MAX_HEADER_BYTES = 64 * 1024
# WHATWG's reading of the charsets a page declares that stand for windows-1252.
_WINDOWS_1252 = frozenset({"iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii"})

_GZIP_MAGIC = b"\x1f\x8b"
_GZIP_MEMBER = b"\x1f\x8b\x08"  # the magic, then deflate: where a member may start
_GZIP = 31  # zlib's wbits for a gzip member
_WARC_LINE = re.compile(rb"WARC/\d")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
# Where the page's own charset is looked for, when the HTTP headers name none.
CHARSET_SNIFF_BYTES = 4096


def is_warc(name: str, head: bytes) -> bool:
    """Whether an input is a WARC file: by its name's suffix (``.warc``, ``.warc.gz``), or
    by its first bytes (``head``): "WARC/", or gzip data whose first record is WARC."""
    return name.lower().endswith(WARC_SUFFIXES) or looks_like_warc(head)


def looks_like_warc(head: bytes) -> bool:
    """Whether these first bytes of an input open a WARC file, plain or gzip."""
    if head.startswith(_GZIP_MAGIC):
        try:
            head = zlib.decompressobj(_GZIP).decompress(head, 16)
        except zlib.error:
            return False
    return _WARC_LINE.match(head) is not None


def read_warc(
    stream: BinaryIO,
    *,
    name: str,
    published: str | None = None,
    on_error: Callable[[InputError], None] | None = None,
) -> list[Article]:
    """The article of every HTML page in the WARC ``stream`` (see the module).

    ``published`` (the caller's date) overrides every page's. Raises ``WarcRecordError``
    for a record that cannot be read, or any ``InputError`` of a page (no article text),
    unless ``on_error`` takes it; ``NoWarcPagesError`` when the file holds no HTML page
    and nothing went wrong."""
    records = _Records(_source(stream))
    articles: list[Article] = []
    problems = 0
    place = 0
    while True:
        try:
            record = records.next()
        except _Broken as broken:
            place += 1
            if on_error is None:
                raise WarcRecordError(f"{name}#{place}", broken.problem) from None
            on_error(WarcRecordError(f"{name}#{place}", broken.problem))
            problems += 1
            if broken.fatal:
                break
            continue
        if record is None:
            break
        place += 1
        if record.kind != "response":
            continue
        try:
            article = _article(record, label=f"{name}#{place}", published=published)
        except InputError as problem:
            if on_error is None:
                raise
            on_error(problem)
            problems += 1
            continue
        if article is not None:
            articles.append(article)
    if not articles and not problems:
        raise NoWarcPagesError(name)
    return articles


# --- one record -> one article ----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Record:
    """A record's type (``WARC-Type``, lower-case) and, for a ``response``, its WARC
    headers and its block: whole, or, for a block over the limit, its first
    ``MAX_HEADER_BYTES`` only (``length`` says how long it was)."""

    kind: str
    headers: bytes = b""
    block: bytes = b""
    length: int = 0


def _article(record: _Record, *, label: str, published: str | None) -> Article | None:
    """The article of an HTML page's record; None for a record that is no HTML page."""
    from warcio.recordloader import ArcWarcRecordLoader

    stream = io.BytesIO(record.headers + record.block)
    try:
        parsed = ArcWarcRecordLoader(verify_http=False).parse_record_stream(
            stream, known_format="warc"
        )
    except Exception as error:  # warcio's parsers raise their own errors and EOFError
        raise WarcRecordError(label, f"unreadable HTTP headers ({error})") from None
    if not _is_page(parsed.http_headers):
        return None
    if record.length > MAX_BYTES + MAX_HEADER_BYTES:
        raise TooLargeError(label, record.length, MAX_BYTES)
    try:
        body: bytes = parsed.content_stream().read(MAX_BYTES + 1)
    except Exception as error:  # chunked or compressed content cut short or corrupt
        raise WarcRecordError(label, f"the page cannot be decoded ({error})") from None
    if len(body) > MAX_BYTES:
        raise TooLargeError(label, len(body), MAX_BYTES)
    content_type = parsed.http_headers.get_header("Content-Type") or ""
    return build_article(
        _page_text(body, content_type),
        name=label,
        format="html",
        published=published,
        url=parsed.rec_headers.get_header("WARC-Target-URI"),
        id=label,
        archived=_archived(parsed.rec_headers.get_header("WARC-Date")),
    )


def _is_page(http: Any) -> bool:
    """Whether HTTP headers are a 2xx response of type HTML."""
    if http is None:
        return False
    try:
        status = int(http.get_statuscode())
    except (TypeError, ValueError):
        return False
    kind = (http.get_header("Content-Type") or "").split(";")[0].strip().lower()
    return 200 <= status < 300 and kind in HTML_TYPES


def _archived(written: str | None) -> DateEvidence | None:
    """The record's ``WARC-Date`` as evidence ``warc`` (UTC, to the second)."""
    if not written:
        return None
    try:
        return read_date(written, "warc")
    except DateError:
        return None


def _page_text(body: bytes, content_type: str) -> str:
    """The page as text: in the charset its byte-order mark, its HTTP headers or its own
    ``<meta charset>`` name (the first that Python knows), else UTF-8; bytes that are not
    in it are replaced, not refused: a page in an archive cannot be fixed."""
    if body.startswith(codecs.BOM_UTF8):
        return body.decode("utf-8-sig", errors="replace")
    if body.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return body.decode("utf-16", errors="replace")
    declared: list[str] = []
    if header := _CHARSET.search(content_type):
        declared.append(header.group(1))
    if meta := _META_CHARSET.search(body[:CHARSET_SNIFF_BYTES]):
        declared.append(meta.group(1).decode("ascii"))
    for charset in declared:
        encoding = "cp1252" if charset.lower() in _WINDOWS_1252 else charset
        try:
            codecs.lookup(encoding)
        except LookupError:
            continue
        return body.decode(encoding, errors="replace")
    return body.decode("utf-8", errors="replace")


# --- the records of the file ------------------------------------------------------------


class _Broken(Exception):
    """A record that cannot be read; ``fatal`` when the file cannot be read past it."""

    def __init__(self, problem: str, *, fatal: bool = False) -> None:
        super().__init__(problem)
        self.problem = problem
        self.fatal = fatal


class _Plain:
    """An uncompressed file's bytes, a block at a time (``head``: those read already)."""

    def __init__(self, raw: BinaryIO, head: bytes) -> None:
        self.raw = raw
        self.head = head

    def chunk(self) -> bytes | None:
        """The next bytes; None at the end."""
        if self.head:
            head, self.head = self.head, b""
            return head
        return self.raw.read(BLOCK) or None

    def between_members(self) -> bool:
        return False


class _Inflated:
    """A gzip file's decompressed bytes, a block at a time, member after member.

    A chunk never runs past the end of a member, so that a record's member is read to its
    end (its checksum checked) before the record is taken, and a corrupt member is not
    blamed on the record before it. A corrupt member raises ``_Broken`` once; the next read
    goes on from the next place a gzip member may start (a WARC's records are one member
    each). A file that ends inside a member raises a fatal ``_Broken``."""

    def __init__(self, raw: BinaryIO, head: bytes) -> None:
        self.raw = raw
        self.pending = head  # compressed bytes read and not yet decompressed
        self.inflater = zlib.decompressobj(_GZIP)
        self.inside = False  # whether the current member has begun

    def chunk(self) -> bytes | None:
        """The next decompressed bytes (``b""`` when a member ends with no more); None at
        the end."""
        while True:
            if not self.inside:
                self.pending = self.pending.lstrip(b"\x00\r\n\t ")  # padding between members
            if not self.pending:
                self.pending = self.raw.read(BLOCK)
                if not self.pending:
                    if self.inside:
                        raise _Broken("the file ends inside a record (cut short?)", fatal=True)
                    return None
                continue
            self.inside = True
            try:
                out = self.inflater.decompress(self.pending, BLOCK)
            except zlib.error as error:
                self._skip_member()
                raise _Broken(f"corrupt gzip data ({error})") from None
            if self.inflater.eof:
                self.pending = self.inflater.unused_data
                self.inflater = zlib.decompressobj(_GZIP)
                self.inside = False
                return out
            self.pending = self.inflater.unconsumed_tail
            if out:
                return out

    def between_members(self) -> bool:
        """Whether the bytes given so far end with a member."""
        return not self.inside

    def _skip_member(self) -> None:
        """Go on from the next place after this one where a gzip member may start."""
        self.inflater = zlib.decompressobj(_GZIP)
        self.inside = False
        data = self.pending[1:]
        while (start := data.find(_GZIP_MEMBER)) < 0:
            more = self.raw.read(BLOCK)
            if not more:
                self.pending = b""
                return
            data = data[-(len(_GZIP_MEMBER) - 1) :] + more
        self.pending = data[start:]


def _source(stream: BinaryIO) -> _Plain | _Inflated:
    """The stream's bytes, decompressed when it is gzip (told by content, not by name)."""
    head = stream.read(len(_GZIP_MAGIC))
    return _Inflated(stream, head) if head == _GZIP_MAGIC else _Plain(stream, head)


class _Bytes:
    """Lines and blocks of a source's bytes; a source's ``_Broken`` drops what was read of
    the record it broke."""

    def __init__(self, source: _Plain | _Inflated) -> None:
        self.source = source
        self.buffer = bytearray()

    def _more(self) -> bool:
        """Whether more bytes were had (an empty chunk at a member's end counts)."""
        try:
            chunk = self.source.chunk()
        except _Broken:
            self.buffer.clear()
            raise
        if chunk is None:
            return False
        self.buffer += chunk
        return True

    def readline(self, limit: int) -> bytes:
        """The next line with its newline; at most ``limit`` bytes; ``b""`` at the end."""
        while True:
            end = self.buffer.find(b"\n", 0, limit)
            if end >= 0:
                return self._take(end + 1)
            if len(self.buffer) >= limit or not self._more():
                return self._take(min(limit, len(self.buffer)))

    def read(self, size: int) -> bytes:
        """The next ``size`` bytes, fewer at the end."""
        while len(self.buffer) < size and self._more():
            pass
        return self._take(min(size, len(self.buffer)))

    def skip_blank(self) -> None:
        """Pass over the line ends that follow a record, up to the end of its gzip member
        (its checksum checked), not into the next one."""
        while True:
            blank = len(self.buffer) - len(self.buffer.lstrip(b"\r\n"))
            del self.buffer[:blank]
            if self.buffer or self.source.between_members() or not self._more():
                return

    def skip(self, size: int) -> int:
        """Pass over the next ``size`` bytes without keeping them; how many there were."""
        skipped = 0
        while skipped < size and (self.buffer or self._more()):
            step = min(size - skipped, len(self.buffer))
            del self.buffer[:step]
            skipped += step
        return skipped

    def _take(self, size: int) -> bytes:
        taken = bytes(self.buffer[:size])
        del self.buffer[:size]
        return taken


class _Records:
    """The records of a WARC stream, a ``response`` record's headers and block read, the
    others' passed over. After a broken record, reading goes on at the next line that opens
    a record ("WARC/1.0")."""

    def __init__(self, source: _Plain | _Inflated) -> None:
        self.bytes = _Bytes(source)
        self.lost = False  # after a broken record: looking for the next one

    def next(self) -> _Record | None:
        """The next record, None at the end; raises ``_Broken``."""
        try:
            return self._next()
        except _Broken:
            self.lost = True
            raise

    def _next(self) -> _Record | None:
        line = self._record_line()
        if line is None:
            return None
        headers = [line]
        size = len(line)
        while line.strip():
            line = self.bytes.readline(MAX_HEADER_BYTES)
            size += len(line)
            if not line or size > MAX_HEADER_BYTES:
                raise _Broken("WARC headers without an end", fatal=not line)
            headers.append(line)
        fields = _header_fields(headers[1:])
        try:
            length = int(fields.get("content-length", ""))
        except ValueError:
            raise _Broken("a WARC record without a Content-Length") from None
        if length < 0:
            raise _Broken("a WARC record with a negative Content-Length")
        kind = fields.get("warc-type", "").lower()
        response = kind == "response"
        if not response or length > MAX_BYTES + MAX_HEADER_BYTES:
            block = self.bytes.read(MAX_HEADER_BYTES) if response else b""
            kept = len(block) + self.bytes.skip(length - len(block))
        else:
            block = self.bytes.read(length)
            kept = len(block)
        if kept < length:
            raise _Broken("the file ends inside a record (cut short?)", fatal=True)
        self.bytes.skip_blank()
        if not response:
            return _Record(kind)
        return _Record(kind, b"".join(headers), block, length)

    def _record_line(self) -> bytes | None:
        """The line that opens the next record, blank lines before it passed over (and, after
        a broken record, anything else); None at the end."""
        while True:
            line = self.bytes.readline(MAX_HEADER_BYTES)
            if not line:
                return None
            if _WARC_LINE.match(line):
                self.lost = False
                return line
            if line.strip() and not self.lost:
                self.lost = True
                raise _Broken(f"no WARC record here (it opens with {line[:40]!r})")


def _header_fields(lines: list[bytes]) -> dict[str, str]:
    """The ``name: value`` header lines, names lower-cased (the first of a name wins)."""
    fields: dict[str, str] = {}
    for line in lines:
        name, colon, value = line.decode("utf-8", "replace").partition(":")
        if colon:
            fields.setdefault(name.strip().lower(), value.strip())
    return fields
