"""Calendar arithmetic on TIMEX3 values: shift, format and bound dates at a granularity."""

from __future__ import annotations

from calendar import monthrange
from datetime import date, timedelta
from typing import Literal

Granularity = Literal["day", "week", "month", "quarter", "year", "decade", "century"]

SEASON_MONTHS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, clamped to the end of a shorter month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, monthrange(year, month + 1)[1]))


def shift(day: date, amount: int, letter: str) -> date:
    """``day`` moved by ``amount`` units of the TIMEX3 duration letter (D, W, M, Q, Y)."""
    if letter == "D":
        return day + timedelta(days=amount)
    if letter == "W":
        return day + timedelta(weeks=amount)
    if letter == "M":
        return add_months(day, amount)
    if letter == "Q":
        return add_months(day, 3 * amount)
    return add_months(day, 12 * amount)


def iso_week(day: date) -> str:
    """The TIMEX3 week value: ``2022-W37``."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def format_at(day: date, granularity: Granularity) -> str:
    """``day`` written at a granularity: 2022-09-14, 2022-W37, 2022-09, 2022-Q3, 2022, 202, 20."""
    if granularity == "day":
        return day.isoformat()
    if granularity == "week":
        return iso_week(day)
    if granularity == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if granularity == "quarter":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if granularity == "year":
        return f"{day.year:04d}"
    if granularity == "decade":
        return f"{day.year // 10:03d}"
    return f"{day.year // 100:02d}"


def parse_value(value: str | None) -> tuple[date, date] | None:
    """The first and last day a TIMEX3 date value covers, or None when it names no days.

    Reads 2022-09-14, 2022-09-14TMO, 2022-W37, 2022-W37-WE, 2022-09, 2022-Q3, 2022-H1,
    2022-SU, 2022, 202 (a decade) and 20 (a century).
    """
    if not value or value[0] not in "0123456789":
        return None
    value = value.split("T")[0]
    try:
        return _parse(value)
    except ValueError:
        return None


def _parse(value: str) -> tuple[date, date] | None:
    parts = value.split("-")
    if len(parts[0]) == 2:
        year = int(parts[0]) * 100
        return date(year, 1, 1), date(year + 99, 12, 31)
    if len(parts[0]) == 3:
        year = int(parts[0]) * 10
        return date(year, 1, 1), date(year + 9, 12, 31)
    year = int(parts[0])
    if len(parts) == 1:
        return date(year, 1, 1), date(year, 12, 31)
    second = parts[1]
    if second.startswith("W"):
        monday = date.fromisocalendar(year, int(second[1:3]), 1)
        if len(parts) > 2 and parts[2] == "WE":
            return monday + timedelta(days=5), monday + timedelta(days=6)
        return monday, monday + timedelta(days=6)
    if second.startswith(("Q", "H")):
        months = 3 if second[0] == "Q" else 6
        first = date(year, (int(second[1]) - 1) * months + 1, 1)
        return first, add_months(first, months) - timedelta(days=1)
    if second in SEASON_MONTHS:
        first = date(year, SEASON_MONTHS[second], 1)
        return first, add_months(first, 3) - timedelta(days=1)
    month = int(second)
    if len(parts) == 2:
        return date(year, month, 1), date(year, month, monthrange(year, month)[1])
    day = date(year, month, int(parts[2]))
    return day, day


def granularity_of(value: str) -> Granularity | None:
    """The granularity a TIMEX3 date value is written at, or None for other values."""
    bounds = parse_value(value)
    if bounds is None:
        return None
    first, last = bounds
    span = (last - first).days
    if span == 0:
        return "day"
    if span <= 6:
        return "week"
    if span <= 31:
        return "month"
    if span <= 183:
        return "quarter"
    if span <= 366:
        return "year"
    return "decade" if span <= 3660 else "century"


def easter(year: int) -> date:
    """Easter Sunday of a Gregorian year (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(year, month, day + 1)


def nth_weekday(year: int, month: int, after: int, weekday: int, n: int) -> date:
    """The n-th ``weekday`` (Monday is 0) of the month after day ``after``; n = -1: the last."""
    if n < 0:
        last = date(year, month, monthrange(year, month)[1])
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, after + 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
