"""What an HTML page says about itself: its publication date, address and site name.

Only what the page states as its own is read, in order of how explicitly it says so:

* the date from a publication meta tag (``article:published_time``, ``pubdate``, microdata
  ``itemprop="datePublished"``), else JSON-LD's ``datePublished``, else the first
  ``<time datetime>`` inside the ``<article>``; the caller falls back on the URL's date
  only when none is there, since an address's date is often the day a draft was made.
  Its evidence is the most precise of the statements that give that day (JSON-LD's first
  among equals): a meta tag's bare day and JSON-LD's time of the same day give the time;
* the address from ``<link rel="canonical">``, else ``og:url``, kept as written (query
  string included: ``article.php?id=123`` names the article);
* the site's name from ``og:site_name``, else JSON-LD's ``publisher`` name, else the
  suffix of the ``<title>`` ("... | The Guardian", "... - BBC News").
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal
from urllib.parse import urljoin, urlsplit

from lxml.html import HtmlElement

from reportedly.errors import DateError
from reportedly.ingest.dates import read_date
from reportedly.model import DateEvidence, DatePrecision

PUBLISHED_META_KEYS: tuple[str, ...] = (
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "date",
)
"""The ``property``, ``name`` or ``itemprop`` of a tag giving the publication date, most
explicit first (compared case-insensitively). Modification dates (``article:modified_time``,
``dateModified``) are not among them: the date wanted is the first report's."""

SITE_NAME_META_KEYS: tuple[str, ...] = ("og:site_name",)
"""The ``property`` or ``name`` of a tag naming the site."""

URL_META_KEYS: tuple[str, ...] = ("og:url",)
"""The ``property`` or ``name`` of a tag giving the page's address, after the canonical link."""

TITLE_SEPARATORS: tuple[str, ...] = (" | ", " - ", " – ", " — ", " · ", " • ", " :: ", " // ")
"""What separates a headline from the site's name in a ``<title>``."""

# A site's name is short; a longer title suffix is part of the headline ("... - and why").
MAX_SITE_NAME_WORDS = 5

# A JSON-LD ``@type`` naming an article: "NewsArticle", "ReportageNewsArticle", "BlogPosting".
_ARTICLE_TYPE = re.compile(r"(?:Article|Posting)$")
# How the statements of one day rank as evidence: the more precise first, then JSON-LD.
_PRECISION_RANK: dict[DatePrecision, int] = {"second": 0, "minute": 1, "day": 2}


@dataclass(frozen=True, slots=True)
class PageMeta:
    """What a page says about itself; ``None`` where it says nothing."""

    date: DateEvidence | None = None
    url: str | None = None
    site_name: str | None = None


def read_page_meta(tree: HtmlElement, *, url: str | None = None) -> PageMeta:
    """The date, address and site name ``tree`` states; ``url`` resolves a relative
    canonical link."""
    linked = list(_json_ld_objects(tree))
    return PageMeta(
        date=_published(tree, linked),
        url=_page_url(tree, url),
        site_name=_meta_content(tree, SITE_NAME_META_KEYS)
        or _publisher_name(linked)
        or _title_suffix(tree),
    )


# --- the date ---------------------------------------------------------------------------


def _published(tree: HtmlElement, linked: list[dict[str, object]]) -> DateEvidence | None:
    """The day of the first stated value that is a whole date, the most explicit statement
    first; as evidence, the most precise statement of that day."""
    stated = [
        *(read for written in _meta_dates(tree) if (read := _read(written, "html-meta"))),
        *(read for written in _json_ld_dates(linked) if (read := _read(written, "json-ld"))),
        *(read for written in _article_times(tree) if (read := _read(written, "html-meta"))),
    ]
    if not stated:
        return None
    same_day = [read for read in stated if read.day == stated[0].day]
    return min(
        same_day, key=lambda read: (_PRECISION_RANK[read.precision], read.source != "json-ld")
    )


def _meta_dates(tree: HtmlElement) -> list[str]:
    """Publication dates of meta tags and microdata, in ``PUBLISHED_META_KEYS`` order."""
    found: dict[str, str] = {}
    for element in tree.iter():
        key = _meta_key(element)
        value = element.get("content") or element.get("datetime")
        if key in PUBLISHED_META_KEYS and value and key not in found:
            found[key] = value
    return [found[key] for key in PUBLISHED_META_KEYS if key in found]


def _article_times(tree: HtmlElement) -> list[str]:
    """The first ``<time datetime>`` inside the ``<article>`` or marked ``pubdate``."""
    times = tree.xpath("//article//time[@datetime] | //time[@pubdate][@datetime]")
    return [str(element.get("datetime")) for element in times[:1]]


def _json_ld_dates(linked: list[dict[str, object]]) -> list[str]:
    return [
        value
        for item in _articles_first(linked)
        if isinstance(value := item.get("datePublished"), str)
    ]


def _read(written: str, source: Literal["html-meta", "json-ld"]) -> DateEvidence | None:
    """The date a stated value gives, as written in the page's own zone; None for a value
    that is no whole date."""
    try:
        return read_date(written, source)
    except DateError:
        return None


# --- the address ------------------------------------------------------------------------


def _page_url(tree: HtmlElement, base: str | None) -> str | None:
    canonical = tree.xpath("//link[@href][contains(concat(' ', @rel, ' '), ' canonical ')]")
    written = str(canonical[0].get("href")) if canonical else _meta_content(tree, URL_META_KEYS)
    if not written:
        return None
    written = "".join(written.split())
    if written.startswith("//"):
        written = "https:" + written
    elif base and not urlsplit(written).scheme:
        written = urljoin(base, written)
    parts = urlsplit(written)
    return written if parts.scheme in ("http", "https") and parts.netloc else None


# --- the site's name --------------------------------------------------------------------


def _publisher_name(linked: list[dict[str, object]]) -> str | None:
    by_id = {str(item["@id"]): item for item in linked if "@id" in item}
    for item in _articles_first(linked):
        publisher = item.get("publisher")
        if isinstance(publisher, list):
            publisher = publisher[0] if publisher else None
        if isinstance(publisher, dict) and "name" not in publisher and "@id" in publisher:
            publisher = by_id.get(str(publisher["@id"]), publisher)
        name = publisher.get("name") if isinstance(publisher, dict) else publisher
        if isinstance(name, str) and name.strip():
            return " ".join(name.split())
    return None


def _title_suffix(tree: HtmlElement) -> str | None:
    """The site's name ending the ``<title>``: its last part after a separator, when that
    part is short and capitalized, and the whole title is not the page's headline."""
    title = _text(tree.find(".//title"))
    if not title or title in _headlines(tree):
        return None
    cut = max((title.rfind(separator), separator) for separator in TITLE_SEPARATORS)
    if cut[0] <= 0:
        return None
    suffix = title[cut[0] + len(cut[1]) :].strip()
    if suffix and suffix[0].isupper() and len(suffix.split()) <= MAX_SITE_NAME_WORDS:
        return suffix
    return None


def _headlines(tree: HtmlElement) -> set[str]:
    """The headline as the page gives it elsewhere (``og:title``, the first ``<h1>``)."""
    return {
        headline
        for headline in (
            _meta_content(tree, ("og:title", "twitter:title")),
            _text(tree.find(".//h1")),
        )
        if headline
    }


# --- shared readers ---------------------------------------------------------------------


def _meta_content(tree: HtmlElement, keys: tuple[str, ...]) -> str | None:
    for element in tree.iter("meta"):
        content = element.get("content")
        if _meta_key(element) in keys and content and content.strip():
            return " ".join(content.split())
    return None


def _meta_key(element: HtmlElement) -> str:
    if not isinstance(element.tag, str):  # a comment or processing instruction
        return ""
    key = element.get("property") or element.get("name") or element.get("itemprop") or ""
    return key.strip().lower()


def _text(element: HtmlElement | None) -> str | None:
    if element is None:
        return None
    return " ".join(element.text_content().split()) or None


def _json_ld_objects(tree: HtmlElement) -> Iterator[dict[str, object]]:
    """Every object of the page's JSON-LD blocks, ``@graph`` members included; a block
    that is not valid JSON is passed over."""
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        yield from _objects(data)


def _objects(data: object) -> Iterator[dict[str, object]]:
    if isinstance(data, list):
        for item in data:
            yield from _objects(item)
    elif isinstance(data, dict):
        yield data
        yield from _objects(data.get("@graph"))


def _articles_first(linked: list[dict[str, object]]) -> list[dict[str, object]]:
    """The objects typed as articles, then the others (a ``WebPage`` may date itself too)."""
    return sorted(linked, key=lambda item: not _is_article(item))


def _is_article(item: dict[str, object]) -> bool:
    kind = item.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and _ARTICLE_TYPE.search(k) for k in kinds)
