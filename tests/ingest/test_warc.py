"""WARC web archives: every HTML page an article, read a record at a time; broken records
reported while the others are read."""

from __future__ import annotations

import gzip
import io
import sys
import zlib
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from reportedly import ingest
from reportedly.errors import (
    InputError,
    NoArticleTextError,
    NoWarcPagesError,
    TooLargeError,
    WarcRecordError,
)
from reportedly.ingest import warc
from reportedly.model import Article, DateEvidence

BODY = (
    "<p>The minister said on Tuesday that the talks would resume next week in the capital, "
    "two officials said.</p>"
)
META = '<meta property="article:published_time" content="2022-09-14T10:32:00+03:00">'
ARCHIVED = "2022-09-15T08:00:05Z"


def page(head: str = "", body: str = BODY) -> bytes:
    html = (
        f"<!DOCTYPE html><html><head><title>Talks</title>{head}</head>"
        f"<body><article><h1>Talks to resume</h1>{body}</article></body></html>"
    )
    return html.encode("utf-8")


def response(
    writer: WARCWriter,
    uri: str,
    payload: bytes,
    *,
    content_type: str = "text/html; charset=utf-8",
    status: str = "200 OK",
    kind: str = "response",
    headers: tuple[tuple[str, str], ...] = (),
) -> None:
    http = StatusAndHeaders(status, [("Content-Type", content_type), *headers], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        uri,
        kind,
        payload=io.BytesIO(payload),
        http_headers=http,
        warc_headers_dict={"WARC-Date": ARCHIVED},
    )
    writer.write_record(record)


def archive(*, compressed: bool) -> bytes:
    """Three records: a dated page, a picture, an undated page."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=compressed)
    response(writer, "https://example.org/talks", page(META))
    response(writer, "https://example.org/photo.png", b"\x89PNG\r\n...", content_type="image/png")
    response(writer, "https://example.org/more-talks", page())
    return out.getvalue()


def members(data: bytes) -> list[bytes]:
    """The gzip members of a ``.warc.gz``, one per record."""
    found = []
    while data:
        inflater = zlib.decompressobj(31)
        inflater.decompress(data)
        end = len(data) - len(inflater.unused_data)
        found.append(data[:end])
        data = inflater.unused_data
    return found


def read(path: Path) -> tuple[list[Article], list[InputError]]:
    errors: list[InputError] = []
    return ingest.read_path(str(path), on_error=errors.append), errors


def messages(errors: list[InputError]) -> list[str]:
    return [str(error) for error in errors]


@pytest.mark.parametrize(("name", "compressed"), [("a.warc.gz", True), ("a.warc", False)])
def test_every_html_page_is_an_article(tmp_path: Path, name: str, compressed: bool) -> None:
    path = tmp_path / name
    path.write_bytes(archive(compressed=compressed))
    dated, undated = ingest.read_path(str(path))
    assert (dated.id, dated.url) == (f"{path}#1", "https://example.org/talks")
    assert (undated.id, undated.url) == (f"{path}#3", "https://example.org/more-talks")
    assert dated.text.startswith("The minister said on Tuesday")
    assert (dated.published, undated.published) == ("2022-09-14", "2022-09-15")
    assert dated.date_evidence == DateEvidence("2022-09-14T10:32:00+03:00", "html-meta", "second")
    assert undated.date_evidence == DateEvidence("2022-09-15T08:00:05+00:00", "warc", "second")


@pytest.mark.parametrize(
    "content",
    [archive(compressed=False), archive(compressed=True), gzip.compress(archive(compressed=False))],
    ids=["plain", "a gzip member per record", "the whole file compressed at once"],
)
def test_a_warc_is_told_by_its_content(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "crawl.dat"
    path.write_bytes(content)
    assert [a.id for a in ingest.read_path(str(path))] == [f"{path}#1", f"{path}#3"]


def test_a_warc_from_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(archive(compressed=True))))
    assert [a.id for a in ingest.read_path("-")] == ["<stdin>#1", "<stdin>#3"]


def test_a_directory_s_warc_files_are_read(tmp_path: Path) -> None:
    (tmp_path / "a.warc.gz").write_bytes(archive(compressed=True))
    (tmp_path / "b.WARC").write_bytes(archive(compressed=False))
    (tmp_path / "c.gz").write_bytes(b"")
    assert ingest.article_paths(str(tmp_path)) == [
        str(tmp_path / "a.warc.gz"),
        str(tmp_path / "b.WARC"),
    ]


def test_what_is_no_html_page_is_passed_over(tmp_path: Path) -> None:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    response(writer, "https://example.org/gone", page(), status="404 Not Found")
    response(writer, "https://example.org/moved", page(), status="301 Moved Permanently")
    response(writer, "https://example.org/data.json", b'{"a": 1}', content_type="application/json")
    response(writer, "https://example.org/asked", page(), kind="request")
    response(writer, "https://example.org/talks", page(), content_type="application/xhtml+xml")
    writer.write_record(writer.create_warcinfo_record("a.warc.gz", {"software": "test"}))
    path = tmp_path / "a.warc.gz"
    path.write_bytes(out.getvalue())
    assert [a.id for a in ingest.read_path(str(path))] == [f"{path}#5"]


def test_a_warc_without_pages(tmp_path: Path) -> None:
    out = io.BytesIO()
    response(WARCWriter(out, gzip=True), "https://x.org/p.png", b"png", content_type="image/png")
    path = tmp_path / "a.warc.gz"
    path.write_bytes(out.getvalue())
    with pytest.raises(NoWarcPagesError, match="a WARC file with no HTML page"):
        ingest.read_path(str(path))


def test_the_address_s_date_beats_the_archive_s_and_the_caller_s_beats_both(
    tmp_path: Path,
) -> None:
    out = io.BytesIO()
    response(WARCWriter(out, gzip=False), "https://example.org/2022/09/10/talks", page())
    path = tmp_path / "a.warc"
    path.write_bytes(out.getvalue())
    [article] = ingest.read_path(str(path))
    assert article.date_evidence == DateEvidence("2022-09-10", "url", "day")
    [article] = ingest.read_path(str(path), published="2022-09-09")
    assert article.date_evidence == DateEvidence("2022-09-09", "input", "day")


def test_charsets_and_encodings(tmp_path: Path) -> None:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    latin = page(body="<p>The café owner said on Tuesday that the talks would resume.</p>")
    response(
        writer,
        "https://example.org/latin",
        latin.decode().encode("cp1252"),
        content_type="text/html; charset=ISO-8859-1",
    )
    response(
        writer,
        "https://example.org/zipped",
        gzip.compress(page()),
        headers=(("Content-Encoding", "gzip"),),
    )
    path = tmp_path / "a.warc.gz"
    path.write_bytes(out.getvalue())
    latin_article, zipped = ingest.read_path(str(path))
    assert "café owner" in latin_article.text
    assert zipped.text.startswith("The minister said on Tuesday")


# --- broken records ---------------------------------------------------------------------


def test_a_corrupt_gzip_record_is_reported_and_the_others_read(tmp_path: Path) -> None:
    first, second, third = members(archive(compressed=True))
    broken = bytearray(first)
    broken[len(broken) // 2] ^= 0xFF
    path = tmp_path / "a.warc.gz"
    path.write_bytes(bytes(broken) + second + third)
    articles, errors = read(path)
    assert [a.id for a in articles] == [f"{path}#3"]
    assert [type(e) for e in errors] == [WarcRecordError]
    assert messages(errors)[0].startswith(f"{path}#1: corrupt gzip data")


def test_a_record_without_warc_headers_is_reported(tmp_path: Path) -> None:
    data = archive(compressed=False)
    second = data.index(b"WARC/1.", 1)
    path = tmp_path / "a.warc"
    path.write_bytes(data[:second] + b"GARBAGE!" + data[second + 8 :])
    articles, errors = read(path)
    assert [a.id for a in articles] == [f"{path}#1", f"{path}#3"]
    assert messages(errors) == [f"{path}#2: no WARC record here (it opens with b'GARBAGE!\\r\\n')"]


def test_a_record_without_a_length_is_reported(tmp_path: Path) -> None:
    data = archive(compressed=False)
    path = tmp_path / "a.warc"
    path.write_bytes(data.replace(b"Content-Length:", b"Content-Lost:", 1))
    articles, errors = read(path)
    assert [a.id for a in articles] == [f"{path}#3"]
    assert messages(errors) == [f"{path}#1: a WARC record without a Content-Length"]


@pytest.mark.parametrize("compressed", [True, False], ids=["gzip", "plain"])
def test_a_truncated_file_ends_with_one_error(tmp_path: Path, compressed: bool) -> None:
    data = archive(compressed=compressed)
    path = tmp_path / ("a.warc.gz" if compressed else "a.warc")
    path.write_bytes(data[: len(data) - 40])
    articles, errors = read(path)
    assert [a.id for a in articles] == [f"{path}#1"]
    assert messages(errors) == [f"{path}#3: the file ends inside a record (cut short?)"]


def test_a_file_cut_inside_its_second_record(tmp_path: Path) -> None:
    first, second, _ = members(archive(compressed=True))
    path = tmp_path / "a.warc.gz"
    path.write_bytes(first + second[:20])
    articles, errors = read(path)
    assert [a.id for a in articles] == [f"{path}#1"]
    assert messages(errors) == [f"{path}#2: the file ends inside a record (cut short?)"]


def test_without_on_error_the_first_error_is_raised(tmp_path: Path) -> None:
    data = archive(compressed=True)
    path = tmp_path / "a.warc.gz"
    path.write_bytes(data[:-40])
    with pytest.raises(WarcRecordError, match=r"a\.warc\.gz#3: the file ends inside a record"):
        ingest.read_path(str(path))


def test_a_page_without_article_text_is_reported(tmp_path: Path) -> None:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    response(writer, "https://example.org/menu", b"<html><body><a href='/'>Home</a></body></html>")
    response(writer, "https://example.org/talks", page())
    path = tmp_path / "a.warc.gz"
    path.write_bytes(out.getvalue())
    articles, errors = read(path)
    assert [a.id for a in articles] == [f"{path}#2"]
    assert [type(e) for e in errors] == [NoArticleTextError]
    assert messages(errors)[0].startswith(f"{path}#1: ")


def test_the_size_limit_is_per_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A page over ``MAX_BYTES`` is reported (its record skipped unread when it is larger
    still); a larger picture is passed over; the file as a whole may be larger."""
    monkeypatch.setattr(warc, "MAX_BYTES", 2000)
    monkeypatch.setattr(warc, "MAX_HEADER_BYTES", 1000)
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    response(writer, "https://example.org/long", page(body=BODY * 40))
    response(writer, "https://example.org/big.png", b"\x00" * 5000, content_type="image/png")
    response(writer, "https://example.org/talks", page())
    # Its record fits the limit with room for headers, its page does not.
    response(writer, "https://example.org/longish", page(body=BODY * 20))
    path = tmp_path / "a.warc.gz"
    path.write_bytes(out.getvalue())
    articles, errors = read(path)
    assert [a.id for a in articles] == [f"{path}#3"]
    assert [type(e) for e in errors] == [TooLargeError, TooLargeError]
    assert messages(errors)[0].startswith(f"{path}#1: ")
