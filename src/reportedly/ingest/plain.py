"""Plain text: the body is the input itself, surrounding whitespace stripped."""

from __future__ import annotations

from reportedly.ingest.extracted import Extracted


def parse_plain(text: str) -> Extracted:
    """The text as the article body; no metadata is guessed from plain text."""
    return Extracted(text=text.strip())
