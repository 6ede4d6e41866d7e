"""HTML pages through trafilatura: the main text and the page's metadata.

The date is read without htmldate's extensive search: that search takes any date on the
page, so a "(c) 2022" copyright footer becomes January 1, 2022. Only dates the page
states as its own (meta tags, JSON-LD, ``<time>`` elements, the URL) are kept. A wire
dateline and credit lines are taken out of the text (``reportedly.ingest.wire``).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from reportedly.ingest.extracted import Extracted
from reportedly.ingest.wire import strip_wire

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# Fewer words than this is no article: no news sentence is shorter.
MIN_ARTICLE_WORDS = 4


def parse_html(page: str, *, url: str | None = None) -> Extracted:
    """Read an HTML page; ``text`` is empty when trafilatura finds no article text."""
    import trafilatura

    if not page.lstrip().startswith("<"):  # a fragment opening with text
        page = f"<html><body><div>{page}</div></body></html>"
    document = trafilatura.bare_extraction(
        page,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        date_extraction_params=_date_params(),
    )
    if document is None:
        return Extracted(text="")
    title = _clean(getattr(document, "title", None))
    wire = strip_wire(_paragraphs(getattr(document, "text", None), title))
    return Extracted(
        text=wire.text,
        title=title,
        published=_iso_date(getattr(document, "date", None)),
        url=_clean(getattr(document, "url", None)),
        author=_clean(getattr(document, "author", None)),
        site_name=_clean(getattr(document, "sitename", None)),
        agency=wire.agency,
        removed=wire.removed,
    )


def _date_params() -> dict[str, Any]:
    return {
        "original_date": True,
        "extensive_search": False,
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
