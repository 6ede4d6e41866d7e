"""How the text and HTML reports write an article's date: with where it came from."""

from __future__ import annotations

from reportedly.model import Article


def published_label(article: Article) -> str | None:
    """The date as found, its source and precision ("2022-09-14T10:32+03:00 (html-meta,
    minute)"); the bare ``published`` day without evidence; None without a date."""
    evidence = article.date_evidence
    if evidence is None:
        return article.published
    return f"{evidence.value} ({evidence.source}, {evidence.precision})"
