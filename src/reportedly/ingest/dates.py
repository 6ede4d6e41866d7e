"""Dates given by users or found in headers, normalized to ISO ``YYYY-MM-DD``."""

from __future__ import annotations

import re
from datetime import date

from reportedly.errors import DateError

_ISO = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ][\d:.+\-Z ]*)?")
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
_DATE_LABEL = re.compile(r"^(?:published|updated|posted|date)(?:\s+on)?\s*:?\s*", re.IGNORECASE)
# A header line longer than this is prose, not a date line.
MAX_DATE_LINE = 60


def parse_date(value: str) -> str:
    """``value`` as ``YYYY-MM-DD``; raises ``DateError`` when it is not a whole date.

    ISO dates (and ISO date-times, whose date part is kept) are read exactly; other
    English forms ("14 September 2022", "Sep 14, 2022", "Wednesday, September 14, 2022")
    through dateparser with strict parsing: day, month and a four-digit year must all be
    there, so "September 2022" and "yesterday" are refused. Numeric dates with slashes
    read month first ("09/10/2022" is September 10).
    """
    text = " ".join(value.split())
    if _ISO.fullmatch(text):
        try:
            return date.fromisoformat(text[:10]).isoformat()
        except ValueError:
            raise DateError(value) from None
    if not _YEAR.search(text):
        raise DateError(value)
    import dateparser

    settings = {"STRICT_PARSING": True, "RETURN_AS_TIMEZONE_AWARE": False}
    found = dateparser.parse(text, languages=["en"], settings=settings)
    if found is None:
        raise DateError(value)
    return str(found.date().isoformat())


def find_date(line: str) -> str | None:
    """The date a short header line ("September 14, 2022", "Published: ...") gives, or None."""
    text = _DATE_LABEL.sub("", line.strip())
    if len(text) > MAX_DATE_LINE or not _YEAR.search(text):
        return None
    try:
        return parse_date(text)
    except DateError:
        return None
