"""Plain text: an optional header (a title line, a date line), then the body.

The header is the shape of a saved article::

    UK regulator fines Severn Vale Water record 48 million pounds    <- title
    Published: 2025-03-03                                            <- date line

A title is only told from a first paragraph by the date line under it; a date line alone
at the top is read too. Both are metadata, kept out of the body. The body's wire dateline
and credit lines are taken out as in every format (``reportedly.ingest.wire``).
"""

from __future__ import annotations

from reportedly.ingest.dates import find_date
from reportedly.ingest.extracted import Extracted
from reportedly.ingest.wire import strip_wire
from reportedly.model import DateEvidence


def parse_plain(text: str) -> Extracted:
    """The text's header as title and date (a ``dateline``), the rest as the body."""
    title, published, body = split_header(text)
    wire = strip_wire(body)
    return Extracted(
        text=wire.text,
        title=title,
        date_evidence=published,
        agency=wire.agency,
        removed=wire.removed,
    )


def split_header(text: str) -> tuple[str | None, DateEvidence | None, str]:
    """Title, date and the text after them; ``(None, None, text)`` without a date line
    in the first two non-blank lines."""
    lines = text.strip().split("\n")
    filled = [i for i, line in enumerate(lines) if line.strip()][:2]
    for position, index in enumerate(filled):
        published = find_date(lines[index])
        if published is not None:
            title = lines[filled[0]].strip() if position == 1 else None
            return title, published, "\n".join(lines[index + 1 :]).strip()
    return None, None, text.strip()
