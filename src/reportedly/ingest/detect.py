"""Telling plain text, Markdown, HTML and JSON Lines apart by their content."""

from __future__ import annotations

import json
import re
from typing import Literal

Format = Literal["text", "markdown", "html"]

_HTML_START = re.compile(r"\s*<(?:!doctype\s+html|!--|\?xml|[a-z][a-z0-9]*[\s/>])", re.IGNORECASE)
_HTML_ROOT = re.compile(r"<(?:html|body|article)\b[^>]*>", re.IGNORECASE)
_HTML_CLOSE = re.compile(r"</(?:p|div|h[1-6]|li|section|span|a)>", re.IGNORECASE)
_MARKDOWN = re.compile(
    r"^#{1,6}[ \t]+\S"  # an ATX heading
    r"|!?\[[^\]\n]+\]\([^)\n]*\)"  # a link or an image
    r"|^\*\*[^*\n]+\*\*"  # a paragraph opening in bold
    r"|\A---[ \t]*\n",  # YAML front matter
    re.MULTILINE,
)
# Closing tags that make a text HTML even when it does not open with a tag.
MIN_HTML_CLOSING_TAGS = 2


def detect_format(text: str) -> Format:
    """Which reader ``text`` needs: HTML when it opens with a tag, has an ``<html>``,
    ``<body>`` or ``<article>`` element, or closes a few block tags; Markdown when it has a
    heading, a link, an image or front matter; plain text otherwise."""
    if (
        _HTML_START.match(text)
        or _HTML_ROOT.search(text)
        or len(_HTML_CLOSE.findall(text)) >= MIN_HTML_CLOSING_TAGS
    ):
        return "html"
    if _MARKDOWN.search(text):
        return "markdown"
    return "text"


def looks_like_jsonl(text: str) -> bool:
    """Whether the first non-blank line is a JSON object with a ``text`` or ``html`` key."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    if not first.lstrip().startswith("{"):
        return False
    try:
        record = json.loads(first)
    except ValueError:
        return False
    return isinstance(record, dict) and ("text" in record or "html" in record)


def looks_like_json(text: str) -> bool:
    """Whether the whole text is one JSON object, or an array that opens with one."""
    if not text.lstrip().startswith(("{", "[")):
        return False
    try:
        data = json.loads(text)
    except ValueError:
        return False
    return isinstance(data, dict) or (
        isinstance(data, list) and bool(data) and isinstance(data[0], dict)
    )
