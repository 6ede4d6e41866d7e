"""Ingestion: bytes or text -> ``Article``, the first stage of the pipeline.

Plain text, Markdown, HTML (through trafilatura) and JSON Lines are read; the format is
told from the content (and the ``.jsonl`` suffix). ``Article.text`` is the body every
later offset points into; lines kept out of it are listed in ``Article.removed``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reportedly.errors import InputError
from reportedly.ingest.article import build_article
from reportedly.ingest.dates import parse_date
from reportedly.ingest.detect import Format, looks_like_jsonl
from reportedly.ingest.files import MAX_BYTES, decode, input_name, read_bytes
from reportedly.ingest.jsonl import parse_jsonl
from reportedly.model import Article

__all__ = ["JSONL_SUFFIXES", "MAX_BYTES", "SUFFIX_FORMATS", "parse", "parse_date", "read_path"]

JSONL_SUFFIXES = (".jsonl", ".ndjson")
# Suffixes that name a format; any other file's format is told from its content.
SUFFIX_FORMATS: dict[str, Format] = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".md": "markdown",
    ".markdown": "markdown",
}


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
) -> list[Article]:
    """The articles in a file (``-``: stdin): one, or one per line of JSON Lines.

    JSON Lines are read for a ``.jsonl``/``.ndjson`` suffix or when the first line is a
    JSON object with a ``text`` or ``html`` key; ``.html``/``.htm`` files are HTML and
    ``.md`` files Markdown; other files' format is told from their content.

    Raises the ``InputError`` subclasses of ``reportedly.errors`` (missing, directory,
    too large, empty, binary, not UTF-8, no article text, bad JSON line) and
    ``DateError`` for a bad ``published``. With ``on_error``, a bad JSON line is handed
    to it and skipped instead, so that the file's good lines are still read.
    """
    name = input_name(path)
    text = decode(read_bytes(path), name)
    suffix = Path(path).suffix.lower() if path != "-" else ""
    if suffix in JSONL_SUFFIXES or (suffix not in SUFFIX_FORMATS and looks_like_jsonl(text)):
        return parse_jsonl(text, name=name, published=published, on_error=on_error)
    fmt = SUFFIX_FORMATS.get(suffix)
    return [build_article(text, name=name, format=fmt, published=published)]
