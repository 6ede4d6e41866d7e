"""Ingestion: bytes or text -> ``Article``, the first stage of the pipeline.

Plain text, Markdown, HTML (through trafilatura), JSON, JSON Lines and WARC web archives
are read; the format is told from the suffix, else from the content. A directory stands
for the article files under it (``article_paths``). ``Article.text`` is the body every
later offset points into; lines kept out of it are listed in ``Article.removed``; where
its date came from, in ``Article.date_evidence``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from reportedly.errors import InputError, NoArticleFilesError, ReportedlyWarning
from reportedly.ingest.article import build_article
from reportedly.ingest.dates import parse_date, parse_iso_date
from reportedly.ingest.detect import Format, looks_like_json, looks_like_jsonl
from reportedly.ingest.files import (
    MAX_BYTES,
    STDIN,
    decode,
    input_name,
    open_binary,
    read_bytes,
    read_head,
)
from reportedly.ingest.jsonl import iter_jsonl, parse_json, parse_jsonl
from reportedly.ingest.warc import WARC_SUFFIXES, is_warc, read_warc
from reportedly.model import Article

__all__ = [
    "ARTICLE_SUFFIXES",
    "JSONL_SUFFIXES",
    "JSON_SUFFIXES",
    "MAX_BYTES",
    "SUFFIX_FORMATS",
    "WARC_SUFFIXES",
    "article_paths",
    "iter_path",
    "parse",
    "parse_date",
    "parse_iso_date",
    "read_path",
]

JSONL_SUFFIXES = (".jsonl", ".ndjson")
JSON_SUFFIXES = (".json",)
# Suffixes that name a format; any other file's format is told from its content.
SUFFIX_FORMATS: dict[str, Format] = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".md": "markdown",
    ".markdown": "markdown",
}
ARTICLE_SUFFIXES = (".txt", *SUFFIX_FORMATS, *JSON_SUFFIXES, *JSONL_SUFFIXES, *WARC_SUFFIXES)
"""The files a directory given as input is read for; any other file there is left out."""
FOLDER_DOCUMENTS = frozenset(
    {
        "readme",
        "license",
        "licence",
        "copying",
        "notice",
        "authors",
        "changelog",
        "changes",
        "history",
        "contributing",
    }
)
"""Names (before the first ".") of the files that document a folder of articles, not
articles: a directory's ``README.md`` or ``LICENSE.txt`` is left out (named as an input
it is read)."""


def parse(
    text: str,
    *,
    name: str = "<text>",
    published: str | None = None,
    url: str | None = None,
    title: str | None = None,
) -> Article:
    """One article from plain text, Markdown or HTML, told apart by the content.

    ``published`` (any form ``parse_date`` reads), ``url`` and ``title`` override what
    the article gives; the outlet comes from the URL's host or the page's site name.
    ``name`` names the input in error messages.
    """
    return build_article(text, name=name, published=published, url=url, title=title)


def read_path(
    path: str,
    *,
    published: str | None = None,
    on_error: Callable[[InputError], None] | None = None,
    on_warning: Callable[[ReportedlyWarning], None] | None = None,
) -> list[Article]:
    """The articles in a file (``-``: stdin): one, or one per object of JSON / JSON Lines,
    or one per HTML page of a WARC file.

    A WARC file (``.warc``, ``.warc.gz``, or content opening with a WARC record, plain or
    gzip) is read a record at a time (``ingest.warc``), ``MAX_BYTES`` bounding each page.
    JSON Lines are read for a ``.jsonl``/``.ndjson`` suffix or when the first line is a
    JSON object with a ``text`` or ``html`` key; JSON for a ``.json`` suffix or when the
    whole text is a JSON object or an array of them; ``.html``/``.htm`` files are HTML,
    ``.md`` files Markdown; other files' format (``.txt`` too) is told from their content.
    An article without an id of its own takes its input's name (the path, with ``:line``
    or ``#place`` for an object of JSON Lines or of a JSON array).

    Raises the ``InputError`` subclasses of ``reportedly.errors`` (missing, directory,
    too large, empty, binary, not UTF-8, no article text, bad JSON object, impossible date
    line, a WARC record that cannot be read) and ``DateError`` for a bad ``published``.
    With ``on_error``, a bad JSON object or WARC record is handed to it and skipped
    instead, so that the file's good ones are still read; ``on_warning`` hears of keys the
    JSON objects hold that are not read.
    """
    name = input_name(path)
    if is_warc(path if path != STDIN else "", read_head(path)):
        with open_binary(path) as stream:
            return read_warc(stream, name=name, published=published, on_error=on_error)
    text = decode(read_bytes(path), name)
    suffix = Path(path).suffix.lower() if path != STDIN else ""
    known = suffix in SUFFIX_FORMATS
    reader = None
    if suffix in JSONL_SUFFIXES or (not known and looks_like_jsonl(text)):
        reader = parse_jsonl
    elif suffix in JSON_SUFFIXES or (not known and looks_like_json(text)):
        reader = parse_json
    if reader is not None:
        return reader(
            text, name=name, published=published, on_error=on_error, on_warning=on_warning
        )
    fmt = SUFFIX_FORMATS.get(suffix)
    return [build_article(text, name=name, format=fmt, published=published, id=name)]


def iter_path(
    path: str,
    *,
    published: str | None = None,
    on_error: Callable[[InputError], None] | None = None,
    on_warning: Callable[[ReportedlyWarning], None] | None = None,
) -> Iterator[Article]:
    """``read_path``'s articles one at a time, for collections: a JSON Lines file (by its
    suffix) is read a line at a time, so it may be of any size (each line is bounded by
    ``MAX_BYTES``) and memory stays flat; any other file as ``read_path`` reads it."""
    if path != STDIN and Path(path).suffix.lower() in JSONL_SUFFIXES:
        with open_binary(path) as stream:
            yield from iter_jsonl(
                stream,
                name=input_name(path),
                published=published,
                on_error=on_error,
                on_warning=on_warning,
            )
        return
    yield from read_path(path, published=published, on_error=on_error, on_warning=on_warning)


def article_paths(path: str) -> list[str]:
    """The inputs ``path`` stands for: itself, or for a directory every file under it
    (at any depth) whose suffix is one of ``ARTICLE_SUFFIXES``, hidden ones and the
    folder's documents (``FOLDER_DOCUMENTS``) left out, in the order of their paths, so
    that a run over a directory is repeatable. Raises ``NoArticleFilesError`` for a
    directory without any."""
    folder = Path(path)
    if path == STDIN or not folder.is_dir():
        return [path]
    found = sorted(
        file
        for file in folder.rglob("*")
        if file.name.lower().endswith(ARTICLE_SUFFIXES)
        and file.name.lower().split(".")[0] not in FOLDER_DOCUMENTS
        and file.is_file()
        and not any(part.startswith(".") for part in file.relative_to(folder).parts)
    )
    if not found:
        raise NoArticleFilesError(path, ARTICLE_SUFFIXES)
    return [str(file) for file in found]
