"""HTML pages through trafilatura: the main text and the page's metadata.

A page is parsed once by lxml, a fragment without ``<html><body>`` and any depth of
nesting included (``parse_tree``). What the page states about itself (publication
meta, JSON-LD, ``<time>``, canonical link, site name: ``ingest.html_meta``) wins over
trafilatura's metadata. The date is read without htmldate's extensive search: that search
takes any date on the page, so a "(c) 2022" copyright footer becomes January 1, 2022; the
URL's date comes last. A date trafilatura finds is evidence ``url`` when the page's address
gives that day, else ``text`` (found in the page, without saying where). Captions,
comments and related boxes left out are listed as removed (``ingest.html_boxes``); a wire
dateline and credit lines are taken out of the text (``reportedly.ingest.wire``).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import lxml.html
from lxml import etree
from lxml.html import HtmlElement

from reportedly.ingest.extracted import Extracted
from reportedly.ingest.html_boxes import CAPTION_XPATH, dropped_boxes
from reportedly.ingest.html_meta import read_page_meta
from reportedly.ingest.urls import url_date
from reportedly.ingest.wire import strip_wire
from reportedly.model import DateEvidence

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# The tags of a page nested past libxml2's limit that are taken out before it is read
# again: all but the document's frame, its head and paragraphs, which hold no deep nesting.
_LAYOUT_TAG = re.compile(
    r"</?(?!(?:html|head|body|title|meta|link|script|style|p|h[1-6]|br)\b)[a-z][\w:-]*\b[^>]*>",
    re.IGNORECASE,
)
# Fewer words than this is no article: no news sentence is shorter.
MIN_ARTICLE_WORDS = 4


def parse_html(page: str, *, url: str | None = None) -> Extracted:
    """Read an HTML page; ``text`` is empty when trafilatura finds no article text.

    The date, address and site name the page states (``ingest.html_meta``) win over
    trafilatura's, whose date prefers the one in the URL; the captions, comments and
    related boxes left out are listed as removed (``ingest.html_boxes``).
    """
    import trafilatura

    tree = parse_tree(page)
    if tree is None:
        return Extracted(text="")
    meta = read_page_meta(tree, url=url)
    document = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        # A caption is never the story's prose, though trafilatura's fallbacks may keep it.
        prune_xpath=CAPTION_XPATH,
        date_extraction_params=_date_params(),
    )
    if document is None:
        return Extracted(text="")
    title = _clean(getattr(document, "title", None))
    wire = strip_wire(_paragraphs(getattr(document, "text", None), title))
    page_url = meta.url or _clean(getattr(document, "url", None))
    return Extracted(
        text=wire.text,
        title=title,
        date_evidence=meta.date
        or _found_date(
            getattr(document, "date", None), (url, page_url, getattr(document, "url", None))
        ),
        url=page_url,
        author=_clean(getattr(document, "author", None)),
        site_name=meta.site_name,
        agency=wire.agency,
        removed=(*wire.removed, *dropped_boxes(tree, wire.text)) if wire.text else (),
    )


def parse_tree(page: str) -> HtmlElement | None:
    """The page as a whole HTML document, a fragment ("<p>One.</p><p>Two.</p>", text
    with tags) put in a ``<body>``; None when there is no markup to read.

    libxml2's huge-tree mode reads nesting up to 2,048 levels deep (256 without it); past
    that, libxml2 drops the rest of the page, so such a page is read again with only its
    frame, head and paragraphs marked up: its text is kept, its layout lost.
    """
    tree, cut = _parse(page)
    return _parse(_LAYOUT_TAG.sub("", page))[0] if cut else tree


def _parse(page: str) -> tuple[HtmlElement | None, bool]:
    """The document, and whether libxml2 cut it short at its nesting limit."""
    parser = lxml.html.HTMLParser(
        encoding="utf-8",
        huge_tree=True,
        collect_ids=False,
        default_doctype=False,
        remove_comments=True,
        remove_pis=True,
    )
    try:
        tree = lxml.html.document_fromstring(page.encode("utf-8", "replace"), parser=parser)
    except (etree.ParserError, ValueError):
        return None, False
    cut = any(error.type == etree.ErrorTypes.ERR_RESOURCE_LIMIT for error in parser.error_log)
    return tree, cut


def _date_params() -> dict[str, Any]:
    return {
        "original_date": True,
        "extensive_search": False,
        # Dates the page states in its head beat the URL's (htmldate's default is the URL).
        "deferred_url_extractor": True,
        "max_date": date.today().isoformat(),
    }


def _paragraphs(text: object, title: str | None) -> str:
    """trafilatura's lines as paragraphs separated by a blank line, the headline dropped.

    Empty when fewer than ``MIN_ARTICLE_WORDS`` words are left: what trafilatura keeps of
    a page without an article is a menu entry ("Home", "Skip to content").
    """
    lines = [" ".join(line.split()) for line in str(text or "").splitlines()]
    lines = [line for line in lines if line]
    if lines and title and lines[0] == " ".join(title.split()):
        lines = lines[1:]
    body = "\n\n".join(lines)
    return body if len(body.split()) >= MIN_ARTICLE_WORDS else ""


def _found_date(value: object, addresses: tuple[object, ...]) -> DateEvidence | None:
    """trafilatura's date (htmldate's, to the day) as evidence: ``url`` when one of the
    page's addresses gives that day (htmldate reads it there before the page's text),
    else ``text``."""
    day = _iso_date(value)
    if day is None:
        return None
    in_url = any(
        (dated := url_date(address)) and dated.day == day
        for address in addresses
        if isinstance(address, str)
    )
    return DateEvidence(day, "url" if in_url else "text", "day")


def _iso_date(value: object) -> str | None:
    if isinstance(value, str) and _ISO_DATE.match(value):
        try:
            return date.fromisoformat(value[:10]).isoformat()
        except ValueError:
            return None
    return None


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None
