"""Dates given by users or found in headers: the day (ISO ``YYYY-MM-DD``) and, as evidence,
the date as precisely as it was written (``DateEvidence``)."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from reportedly.errors import DateError, DateLineError
from reportedly.model import DateEvidence, DateSource

_ISO = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ][\d:.+\-Z ]*)?")
# The parts of an ISO date-time that are kept: the minute, the second (a fraction dropped)
# and the UTC offset ("Z", "+03", "+0300", "+03:00").
_ISO_TIME = re.compile(
    r"\d{4}-\d{2}-\d{2}[T ](?P<hour>\d{2}):(?P<minute>\d{2})"
    r"(?::(?P<second>\d{2})(?:[.,]\d+)?)? ?(?P<zone>Z|[+\-]\d{2}(?::?\d{2})?)?"
)
_CLOCK = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?P<second>:\d{2})?(?!\d)")
GENERIC_ZONES: tuple[str, ...] = ("ET", "CT", "MT", "PT", "AKT", "HT")
"""Zone names that do not say whether summer time is meant ("10:32 a.m. ET"): the time is
kept, the offset (which dateparser reads as the winter one) is not."""
_GENERIC_ZONE = re.compile(rf"\b(?:{'|'.join(GENERIC_ZONES)})\b")
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
    return read_date(value, "input").day


def read_date(value: str, source: DateSource) -> DateEvidence:
    """``value`` as evidence from ``source``: the day ``parse_date`` reads, with the time
    of day to the minute or second and the UTC offset when ``value`` gives them, in the
    zone it is written in ("2022-09-14T10:32:05Z" is "2022-09-14T10:32:05+00:00", "Sep 14,
    2022 10:32 AM EDT" is "2022-09-14T10:32-04:00"). Raises ``DateError`` as
    ``parse_date`` does."""
    text = " ".join(value.split())
    if _ISO.fullmatch(text):
        try:
            day = date.fromisoformat(text[:10])
        except ValueError:
            raise DateError(value) from None
        return _iso_evidence(text, day, source)
    if not _YEAR.search(text):
        raise DateError(value)
    import dateparser

    found = dateparser.parse(text, languages=["en"], settings={"STRICT_PARSING": True})
    if found is None:
        raise DateError(value)
    clock = _CLOCK.search(text)
    if clock is None:
        return DateEvidence(found.date().isoformat(), source, "day")
    offset = None if _GENERIC_ZONE.search(text) else found.utcoffset()
    seconds = clock.group("second") is not None
    return _evidence(found.replace(tzinfo=None), offset, seconds, source)


def parse_iso_date(value: str) -> str:
    """``value`` as ``YYYY-MM-DD`` when it is an ISO date (or date-time); raises
    ``DateError`` for any other form: what a user types on the command line is read
    exactly, never guessed ("09/10/2022" could be either month)."""
    text = value.strip()
    if not _ISO.fullmatch(text):
        raise DateError(value)
    return parse_date(text)


def find_date(line: str, source: DateSource = "dateline") -> DateEvidence | None:
    """The date a short header line ("September 14, 2022", "Published: ...") gives, or None.

    Raises ``DateLineError`` for a line that can only be a date line but gives no possible
    date: a labelled one ("Published: 31 February 2024") or a numeric date alone
    ("31/02/2024", "13/13/2024")."""
    stripped = line.strip()
    text = _DATE_LABEL.sub("", stripped)
    if len(text) > MAX_DATE_LINE or not _YEAR.search(text):
        return None
    try:
        return read_date(text, source)
    except DateError:
        label = _DATE_LABEL.match(stripped)
        if (label and ":" in label.group()) or _NUMERIC_DATE.fullmatch(text):
            raise DateLineError(stripped) from None
        return None


def _iso_evidence(text: str, day: date, source: DateSource) -> DateEvidence:
    """An ISO date or date-time as evidence; a time of day that is none ("T25:00", a bare
    hour) leaves the day alone."""
    match = _ISO_TIME.fullmatch(text)
    if match is None:
        return DateEvidence(day.isoformat(), source, "day")
    second = match.group("second")
    try:
        clock = time(int(match.group("hour")), int(match.group("minute")), int(second or 0))
    except ValueError:
        return DateEvidence(day.isoformat(), source, "day")
    zone = match.group("zone")
    offset = None if zone is None else _offset(zone)
    if offset is not None and abs(offset) >= timedelta(days=1):
        offset = None
    return _evidence(datetime.combine(day, clock), offset, second is not None, source)


def _offset(zone: str) -> timedelta:
    """The offset from UTC a zone gives: "Z", "+03", "+0300" or "-03:30"."""
    if zone == "Z":
        return timedelta(0)
    digits = zone[1:].replace(":", "")
    size = timedelta(hours=int(digits[:2]), minutes=int(digits[2:] or 0))
    return -size if zone.startswith("-") else size


def _evidence(
    moment: datetime, offset: timedelta | None, seconds: bool, source: DateSource
) -> DateEvidence:
    value = moment.isoformat(timespec="seconds" if seconds else "minutes")
    if offset is not None:
        sign = "-" if offset < timedelta(0) else "+"
        hours, rest = divmod(abs(offset), timedelta(hours=1))
        value += f"{sign}{hours:02d}:{rest // timedelta(minutes=1):02d}"
    return DateEvidence(value, source, "second" if seconds else "minute")
