"""One input text -> one Article: pick the reader, then let the caller's values win."""

from __future__ import annotations

import re

from reportedly.data.outlets import lookup_field
from reportedly.errors import DateLineError, EmptyInputError, NoArticleTextError
from reportedly.ingest.dates import read_date
from reportedly.ingest.detect import Format, detect_format
from reportedly.ingest.extracted import Extracted
from reportedly.ingest.html import parse_html
from reportedly.ingest.language import detect_language
from reportedly.ingest.markdown import parse_markdown
from reportedly.ingest.plain import parse_plain
from reportedly.ingest.urls import lookup_url, outlet_name_for_url, url_date
from reportedly.model import Article, DateEvidence

SURROGATE = re.compile("[\ud800-\udfff]")


def build_article(
    text: str,
    *,
    name: str,
    format: Format | None = None,
    published: str | None = None,
    url: str | None = None,
    title: str | None = None,
    outlet: str | None = None,
    author: str | None = None,
    id: str | None = None,
    language: str | None = None,
    archived: DateEvidence | None = None,
) -> Article:
    """Read ``text`` in ``format`` (detected when None); given values override found ones.

    ``published`` is read by ``read_date`` (evidence ``input``, its time of day kept);
    without it, the date is the one the input states (``Extracted.date_evidence``), else
    the one in the URL's path, else ``archived`` (a WARC record's date): the article's
    ``date_evidence`` says where its ``published`` day came from. An ``outlet`` the
    outlets table knows takes the table's name ("nyt": "The New York Times"); without a
    ``language``, the body's is detected (``ingest.language``). Raises
    ``EmptyInputError`` when no body is left, ``NoArticleTextError`` when an HTML page has
    no article text, ``DateLineError`` when a header's date line gives no possible date,
    ``DateError`` for a ``published`` that is no date.
    """
    text = normalize_newlines(without_surrogates(text))
    if not text.strip():
        raise EmptyInputError(name)
    fmt = format or detect_format(text)
    try:
        found = _read(text, fmt, url)
    except DateLineError as error:
        raise DateLineError(error.line, name) from None
    if not found.text:
        raise NoArticleTextError(name) if fmt == "html" else EmptyInputError(name)
    final_url = url or found.url
    dated = (
        read_date(published, "input")
        if published
        else found.date_evidence or (url_date(final_url) if final_url else None) or archived
    )
    return Article(
        text=found.text,
        id=id,
        language=language or detect_language(found.text),
        title=title or found.title,
        outlet=known_name(outlet) if outlet else article_outlet(found, final_url),
        published=dated.day if dated else None,
        date_evidence=dated,
        url=final_url,
        author=author or found.author,
        removed=found.removed,
    )


def without_surrogates(text: str) -> str:
    """Lone surrogates (``\\ud800`` from a JSON escape, or a caller's string) as U+FFFD:
    they cannot be written as UTF-8, so the parser and the JSON output would fail on them;
    one character for one keeps every offset."""
    return SURROGATE.sub("\ufffd", text)


def normalize_newlines(text: str) -> str:
    """``\\r\\n`` and ``\\r`` as ``\\n``, a leading byte-order mark dropped."""
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def article_outlet(found: Extracted, url: str | None) -> str | None:
    """The outlet's name: the agency of a wire dateline, whoever republished the story;
    else the outlets table's name for the URL's host or for the site name the page gives,
    else that site name, else the URL's bare host (``example.org``)."""
    if found.agency:
        return found.agency
    if url and (known := lookup_url(url)):
        return known.name
    if found.site_name:
        return known_name(found.site_name)
    return outlet_name_for_url(url) if url else None


def known_name(outlet: str) -> str:
    """The outlets table's name for an outlet field's value when it knows it (a name, an
    alias, a dataset's code: BASIL's "hpo" is HuffPost), else the value as given."""
    known = lookup_field(outlet)
    return known.name if known else outlet


def _read(text: str, fmt: Format, url: str | None) -> Extracted:
    if fmt == "html":
        return parse_html(text, url=url)
    if fmt == "markdown":
        return parse_markdown(text)
    return parse_plain(text)
