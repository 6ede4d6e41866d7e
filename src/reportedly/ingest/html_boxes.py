"""The boxes of an HTML page that are left out of the article, told by markup.

trafilatura drops reader comments and "related" link boxes with the rest of a page's
furniture; captions are kept out before it reads the page (``CAPTION_XPATH``), since its
fallbacks keep them on a short page. Those boxes that the markup names are listed in
``Article.removed``, one line per block of text, so a reader can see what was not analyzed:

* ``caption``: a ``<figcaption>``;
* ``comment``: an element whose ``class`` or ``id`` names comments (``comments``,
  ``comment-list``, ``disqus_thread``);
* ``related``: an element whose ``class`` or ``id`` names related or recommended stories,
  or an ``<aside>`` made mostly of links.

A box trafilatura kept (a line of it is in the analyzed text) is not listed, and an element
marked "comments" that holds the article itself is looked into for the boxes inside it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree
from lxml.html import HtmlElement

from reportedly.model import RemovedLine

CAPTION_XPATH = "//figcaption"
"""The captions of a page, kept out of its text whatever trafilatura would keep."""

COMMENT_MARKERS: frozenset[str] = frozenset(
    {"comment", "comments", "commentlist", "disqus", "replies"}
)
"""Words of a ``class`` or ``id`` that mark reader comments (``comment-list``,
``disqus_thread``, ``article-comments``), compared case-insensitively."""

RELATED_MARKERS: frozenset[str] = frozenset(
    {"related", "recommended", "recommendations", "readmore", "morestories", "recirculation"}
)
"""Words of a ``class`` or ``id`` that mark boxes of links to other stories
(``related-articles``, ``relatedStories``, ``recommended``)."""

BLOCK_TAGS: frozenset[str] = frozenset(
    {
        *("p", "li", "dt", "dd", "td", "th", "blockquote", "figcaption", "br", "hr"),
        *("h1", "h2", "h3", "h4", "h5", "h6"),
        *("div", "section", "article", "aside", "header", "footer", "figure"),
        *("ul", "ol", "dl", "table", "tr", "form"),
    }
)
"""Elements that start and end a line of a box's text; other markup runs on in its line."""

# A line of at least this many words found in the analyzed text shows that a box holds it.
MIN_KEPT_WORDS = 4
# An aside is a box of links when its links hold at least this share of its text.
MIN_LINK_SHARE = 0.5

# Words of an attribute value: "article-comments" -> article, comments; "relatedStories"
# -> related, stories.
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_WORD = re.compile(r"[a-z]+")


def dropped_boxes(tree: HtmlElement, body: str) -> tuple[RemovedLine, ...]:
    """The captions, comments and related boxes of ``tree`` whose text ``body`` leaves out,
    in page order, one ``RemovedLine`` per block of text."""
    kept = _squeeze(body)
    return tuple(RemovedLine(kind, line) for kind, lines in _boxes(tree, kept) for line in lines)


def _boxes(tree: HtmlElement, kept: str) -> Iterator[tuple[str, list[str]]]:
    """The boxes of ``tree`` and their lines, outermost first, in page order. An element
    marked as a box that holds analyzed text is none (a wrapper marked "has-comments"
    around the story): the search goes on inside it. Walked with a stack, not recursion,
    since a page may nest two thousand levels deep."""
    stack = [tree]
    while stack:
        element = stack.pop()
        kind = _box_kind(element)
        lines = _lines(element) if kind else []
        if kind and not any(_is_kept(line, kept) for line in lines):
            if lines:
                yield kind, lines
            continue
        stack.extend(reversed([child for child in element if isinstance(child.tag, str)]))


def _is_kept(line: str, kept: str) -> bool:
    """Whether a line of some length is in the analyzed text (a short one, "More", may be
    there by chance)."""
    return len(line.split()) >= MIN_KEPT_WORDS and _squeeze(line) in kept


def _box_kind(element: HtmlElement) -> str | None:
    if element.tag == "figcaption":
        return "caption"
    words = _marker_words(element)
    if words & COMMENT_MARKERS:
        return "comment"
    if words & RELATED_MARKERS or (element.tag == "aside" and _mostly_links(element)):
        return "related"
    return None


def _marker_words(element: HtmlElement) -> set[str]:
    """The words of an element's ``class`` and ``id`` (``relatedStories``: related, stories;
    ``read-more``: read, more, readmore)."""
    words: set[str] = set()
    for value in (element.get("class") or "", element.get("id") or ""):
        for token in value.split():
            parts = _WORD.findall(_CAMEL.sub(" ", token).lower())
            words.update(parts)
            words.add("".join(parts))
    return words


def _mostly_links(element: HtmlElement) -> bool:
    text = _squeeze(element.text_content())
    linked = "".join(_squeeze(link.text_content()) for link in element.iter("a"))
    return bool(text) and len(linked) >= MIN_LINK_SHARE * len(text)


def _lines(box: HtmlElement) -> list[str]:
    """The box's text, one line per block element (a paragraph, an item, a comment's
    ``<div>``), inline markup joined into its line."""
    lines: list[str] = []
    pending: list[str] = []

    def flush() -> None:
        if line := " ".join(" ".join(pending).split()):
            lines.append(line)
        pending.clear()

    for event, element in etree.iterwalk(box, events=("start", "end")):
        if not isinstance(element.tag, str):
            continue
        block = element.tag in BLOCK_TAGS
        if event == "start":
            if block:
                flush()
            pending.append(element.text or "")
        else:
            if block:
                flush()
            if element is not box:
                pending.append(element.tail or "")
    flush()
    return lines


def _squeeze(text: str) -> str:
    """Text without whitespace, to compare lines with the body however either is spaced."""
    return "".join(text.split())
