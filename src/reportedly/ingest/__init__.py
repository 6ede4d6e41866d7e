"""Ingestion: bytes or text -> Article (placeholder until the ingest module lands)."""

from __future__ import annotations

from reportedly.model import Article


def parse(
    text: str,
    *,
    name: str = "<text>",
    published: str | None = None,
    url: str | None = None,
    title: str | None = None,
) -> Article:
    """One article from plain text, Markdown or HTML."""
    return Article(text=text, title=title, published=published, url=url)
