"""Dates given by users or found in headers, normalized to ISO ``YYYY-MM-DD``."""

from __future__ import annotations

import re
from datetime import date

from reportedly.errors import DateError, DateLineError

_ISO = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ][\d:.+\-Z ]*)?")
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
_DATE_LABEL = re.compile(r"^(?:published|updated|posted|date)(?:\s+on)?\s*:?\s*", re.IGNORECASE)
# A line made of a numeric date alone ("31/02/2024", "2024.02.31"): a date line whatever it
# holds, so one that is no possible date is an error, not body text.
_NUMERIC_DATE = re.compile(r"\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}")
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


def parse_iso_date(value: str) -> str:
    """``value`` as ``YYYY-MM-DD`` when it is an ISO date (or date-time); raises
    ``DateError`` for any other form: what a user types on the command line is read
    exactly, never guessed ("09/10/2022" could be either month)."""
    text = value.strip()
    if not _ISO.fullmatch(text):
        raise DateError(value)
    return parse_date(text)


def find_date(line: str) -> str | None:
    """The date a short header line ("September 14, 2022", "Published: ...") gives, or None.

    Raises ``DateLineError`` for a line that can only be a date line but gives no possible
    date: a labelled one ("Published: 31 February 2024") or a numeric date alone
    ("31/02/2024", "13/13/2024")."""
    stripped = line.strip()
    text = _DATE_LABEL.sub("", stripped)
    if len(text) > MAX_DATE_LINE or not _YEAR.search(text):
        return None
    try:
        return parse_date(text)
    except DateError:
        label = _DATE_LABEL.match(stripped)
        if (label and ":" in label.group()) or _NUMERIC_DATE.fullmatch(text):
            raise DateLineError(stripped) from None
        return None
