"""Normalize a found expression to a TIMEX3 value, type and mod against the publication date.

News conventions: a bare weekday is the latest such day up to and including the
publication day (the next one when the verb is future: "will meet Friday"); a month or
day without a year is taken in the publication year unless tense or distance says
otherwise; "last"/"next" step one calendar unit. Without a publication date, anything
relative says ``anchor="unresolved"`` and a value with ``X`` where it cannot be known.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal, cast

from reportedly.lang.en.time_calendar import MONTHS, WEEKDAYS
from reportedly.lang.en.time_deictic import DAY_REFERENCES, DEICTIC_TIMES, SET_WORDS
from reportedly.lang.en.time_modifiers import (
    DURATION_DIRECTIONS,
    PART_MODIFIERS,
    POSITION_MODIFIERS,
    QUANTITY_MODIFIERS,
    RELATIVE_DIRECTIONS,
    SAME_DIRECTIONS,
)
from reportedly.lang.en.time_numbers import ORDINAL_NUMBERS, TIME_NUMBERS
from reportedly.lang.en.time_parts import PARTS_OF_DAY, SEASONS
from reportedly.lang.en.time_units import CALENDAR_UNITS, CLOCK_UNITS, TIME_UNITS
from reportedly.model import TimeAnchor, TimeMod, TimeType
from reportedly.time.calendar import SEASON_MONTHS, Granularity, add_months, format_at, shift
from reportedly.time.finder import Candidate

Tense = Literal["past", "future"] | None

# A date without a year further than this ahead of publication is read as last year's
# ("Dec. 28" in a January article); this far behind, as next year's ("Jan. 3" in late
# December). Set by hand, checked on te3-platinum (no case there reaches either bound).
FUTURE_LIMIT_DAYS = 183
PAST_LIMIT_DAYS = 300
UNIT_GRANULARITY: dict[str, Granularity] = {
    "D": "day", "W": "week", "M": "month", "Q": "quarter", "Y": "year",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Context:
    """What normalization may look at besides the match itself."""

    published: date | None
    tense: Tense


@dataclass(frozen=True, slots=True)
class Normalized:
    """A value with its TIMEX3 type, how it was anchored, and its mod."""

    value: str | None
    type: TimeType
    anchor: TimeAnchor
    mod: TimeMod | None = None


def normalize(candidate: Candidate, context: Context) -> Normalized | None:
    """The TIMEX3 reading of a candidate, or None when it turns out not to be a time."""
    return NORMALIZERS[candidate.kind](candidate, context)


def _relative(candidate: Candidate) -> int | None:
    rel = candidate.group("rel")
    if rel is None:
        return None
    return RELATIVE_DIRECTIONS.get(" ".join(rel.lower().split()))


def _position(candidate: Candidate) -> TimeMod | None:
    pos = candidate.group("pos")
    if pos is None:
        return None
    return POSITION_MODIFIERS.get(" ".join(pos.lower().split()).rstrip("-") or "mid")


def _quantity_mod(candidate: Candidate) -> TimeMod | None:
    qmod = candidate.group("qmod")
    return QUANTITY_MODIFIERS.get(" ".join(qmod.lower().split())) if qmod else None


def _number(text: str) -> float | None:
    text = " ".join(text.lower().split())
    if text in TIME_NUMBERS:
        return TIME_NUMBERS[text]
    if "-" in text:
        parts = [TIME_NUMBERS.get(p) for p in text.split("-")]
        return None if None in parts else float(sum(p for p in parts if p is not None))
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def _published(context: Context, value: Callable[[date], str], kind: TimeType = "date",
               mod: TimeMod | None = None, unknown: str | None = None) -> Normalized:  # fmt: skip
    """A value computed from the publication date, or unresolved without one."""
    if context.published is None:
        return Normalized(unknown, kind, "unresolved", mod)
    return Normalized(value(context.published), kind, "publication", mod)


def _year_for(month: int, day: int | None, context: Context, rel: int | None) -> int:
    """The year of a month (and day) named without one, read against the publication date."""
    published = context.published
    assert published is not None
    here = (published.month, published.day)
    there = (month, day if day is not None else (1 if rel == 1 else 31))
    if rel == -1:
        return published.year if there < here and month != published.month else published.year - 1
    if rel == 1:
        return published.year if there > here and month != published.month else published.year + 1
    if rel == 0:
        return published.year
    if context.tense == "past":
        return published.year if (month, day or 1) <= here else published.year - 1
    if context.tense == "future":
        return published.year if (month, day or 31) >= here else published.year + 1
    guess = date(published.year, month, min(day or 15, 28))
    if (guess - published).days > FUTURE_LIMIT_DAYS:
        return published.year - 1
    if (guess - published).days < -PAST_LIMIT_DAYS:
        return published.year + 1
    return published.year


def _weekday(name: str, context: Context, rel: int | None) -> date | None:
    """The day a weekday name points at; see the module docstring for the convention."""
    published = context.published
    if published is None:
        return None
    target = WEEKDAYS[name.lower()]
    back = (published.weekday() - target) % 7
    ahead = (target - published.weekday()) % 7
    if rel == -1:
        return published - timedelta(days=back or 7)
    if rel == 1:
        return published + timedelta(days=ahead or 7)
    if rel == 0 or context.tense == "future":
        future = context.tense != "past"
        return published + timedelta(days=ahead) if future else published - timedelta(days=back)
    return published - timedelta(days=back)


def _date(candidate: Candidate, context: Context) -> Normalized | None:
    mnum, month_word = candidate.group("mnum"), candidate.group("month")
    month = int(mnum) if mnum else MONTHS[month_word.lower()] if month_word else 0
    day = int("".join(ch for ch in candidate.group("day") or "" if ch.isdigit()) or 0)
    if not 1 <= day <= 31 or not 1 <= month <= 12:
        return None
    year_text = candidate.group("year")
    if year_text:
        return _checked(int(year_text), month, day, "absolute", _position(candidate))
    if context.published is None:
        return Normalized(f"XXXX-{month:02d}-{day:02d}", "date", "unresolved")
    year = _year_for(month, day, context, None)
    return _checked(year, month, day, "publication", _position(candidate))


def _checked(
    year: int, month: int, day: int, anchor: TimeAnchor, mod: TimeMod | None
) -> Normalized:
    try:
        return Normalized(date(year, month, day).isoformat(), "date", anchor, mod)
    except ValueError:
        return Normalized(f"{year:04d}-{month:02d}", "date", anchor, mod)


def _month(candidate: Candidate, context: Context) -> Normalized | None:
    month = MONTHS[(candidate.group("month") or "").lower()]
    mod = _position(candidate)
    year_text = candidate.group("year")
    if year_text:
        return Normalized(f"{int(year_text):04d}-{month:02d}", "date", "absolute", mod)
    rel = _relative(candidate)
    return _published(
        context,
        lambda _: f"{_year_for(month, None, context, rel):04d}-{month:02d}",
        mod=mod,
        unknown=f"XXXX-{month:02d}",
    )


def _season(candidate: Candidate, context: Context) -> Normalized | None:
    code = SEASONS[(candidate.group("season") or "").lower()]
    mod = _position(candidate)
    year_text = candidate.group("year")
    if year_text:
        return Normalized(f"{year_text}-{code}", "date", "absolute", mod)
    rel = _relative(candidate) or 0
    return _published(
        context,
        lambda p: f"{_season_year(code, p, rel, context.tense):04d}-{code}",
        mod=mod,
        unknown=f"XXXX-{code}",
    )


def _season_year(code: str, published: date, rel: int, tense: Tense) -> int:
    start = date(published.year, SEASON_MONTHS[code], 1)
    if code == "WI" and published.month <= 2:
        start = date(published.year - 1, 12, 1)
    current = start <= published < add_months(start, 3)
    if rel == -1 or (rel == 0 and tense == "past" and start > published):
        return start.year - 1 if current or start > published else start.year
    if rel == 1:
        return start.year + 1 if current or start < published else start.year
    return start.year


def _year(candidate: Candidate, context: Context) -> Normalized | None:
    return Normalized(candidate.group("year"), "date", "absolute", _position(candidate))


def _year_short(candidate: Candidate, context: Context) -> Normalized | None:
    """ "58" in "1957-58" """
    value = f"{candidate.group('century')}{candidate.group('yy')}"
    return Normalized(value, "date", "absolute")


def _decade(candidate: Candidate, context: Context) -> Normalized | None:
    digits = candidate.group("decade") or ""
    if len(digits) == 2:
        if context.published is None:
            return Normalized(None, "date", "unresolved")
        century = 19 if int(digits) > context.published.year % 100 else 20
        return Normalized(f"{century}{digits[0]}", "date", "publication", _position(candidate))
    return Normalized(digits[:3], "date", "absolute", _position(candidate))


def _ordinal(text: str) -> int | None:
    text = text.lower()
    if text in ORDINAL_NUMBERS:
        return ORDINAL_NUMBERS[text]
    digits = "".join(ch for ch in text if ch.isdigit())
    return int(digits) if digits else None


def _century(candidate: Candidate, context: Context) -> Normalized | None:
    number = _ordinal(candidate.group("ord") or "")
    if number is None or not 1 <= number <= 21:
        return None
    return Normalized(f"{number - 1:02d}", "date", "absolute", _position(candidate))


def _quarter(candidate: Candidate, context: Context) -> Normalized | None:
    number = _ordinal(candidate.group("ord") or "")
    half = (candidate.group("qh") or "").lower() == "half"
    if number is None or number > (2 if half else 4):
        number = 2 if half and number == 4 else number
        if number is None or number > 4:
            return None
    code = f"{'H' if half else 'Q'}{number}"
    year_text = candidate.group("year")
    if year_text:
        return Normalized(f"{year_text}-{code}", "date", "absolute")
    rel = _relative(candidate) or 0
    return _published(context, lambda p: f"{p.year + rel:04d}-{code}", unknown=f"XXXX-{code}")


def _relative_unit(candidate: Candidate, context: Context) -> Normalized | None:
    rel_text = " ".join((candidate.group("rel") or "").lower().split())
    cal = " ".join((candidate.group("cal") or "").lower().split())
    rel = RELATIVE_DIRECTIONS.get(rel_text)
    if rel is None or rel_text in SAME_DIRECTIONS:
        return Normalized(None, "date", "unresolved")
    letter, granularity_name, duration, size = CALENDAR_UNITS[cal]
    if rel_text in DURATION_DIRECTIONS:
        return Normalized(duration, "duration", "absolute")
    granularity = cast(Granularity, granularity_name)

    def value(published: date) -> str:
        text = format_at(shift(published, rel * size, letter), granularity)
        return f"{text}-WE" if cal == "weekend" else text

    return _published(context, value, mod=_position(candidate))


def _unit(candidate: Candidate) -> tuple[str, int, bool]:
    unit = (candidate.group("unit") or "").lower()
    letter, size = TIME_UNITS[unit]
    return letter, size, unit.rstrip("s") in CLOCK_UNITS


def _duration_value(amount: float | None, letter: str, size: int, clock: bool) -> str:
    prefix = "PT" if clock else "P"
    if letter == "Q":
        letter, size = "M", 3 * size
    if amount is None:
        return {10: "PXDE", 100: "PXCE"}.get(size, f"{prefix}X{letter}")
    total = amount * size
    number = str(int(total)) if total == int(total) else f"{total:g}"
    return f"{prefix}{number}{letter}"


def _duration(candidate: Candidate, context: Context) -> Normalized | None:
    amount = _number(candidate.group("num") or "")
    if amount is None and (candidate.group("num") or "").lower() not in TIME_NUMBERS:
        return None
    letter, size, clock = _unit(candidate)
    mod = _quantity_mod(candidate)
    return Normalized(_duration_value(amount, letter, size, clock), "duration", "absolute", mod)


def _vague_duration(candidate: Candidate, context: Context) -> Normalized | None:
    letter, size, clock = _unit(candidate)
    return Normalized(_duration_value(None, letter, size, clock), "duration", "absolute")


def _ago(candidate: Candidate, context: Context) -> Normalized | None:
    amount = _number(candidate.group("num") or "")
    letter, size, clock = _unit(candidate)
    sign = -1 if (candidate.group("dir") or "").lower() == "ago" else 1
    mod = _quantity_mod(candidate)
    if amount is None or clock or amount != int(amount):
        ref = "PAST_REF" if sign < 0 else "FUTURE_REF"
        return _published(context, lambda p: p.isoformat() if clock else ref, mod=mod)
    step = int(amount) * size * sign
    granularity = UNIT_GRANULARITY[letter]
    if size == 10:
        granularity = "year"
    return _published(context, lambda p: format_at(shift(p, step, letter), granularity), mod=mod)


def _weekday_norm(candidate: Candidate, context: Context) -> Normalized | None:
    name = candidate.group("wd") or ""
    day = _weekday(name, context, _relative(candidate))
    part = candidate.group("part")
    mod = PART_MODIFIERS.get((candidate.group("pos") or "").lower())
    code = f"T{PARTS_OF_DAY[part.lower()]}" if part else ""
    kind: TimeType = "time" if part else "date"
    if day is None:
        iso_day = WEEKDAYS[name.lower()] + 1
        return Normalized(f"XXXX-WXX-{iso_day}{code}", kind, "unresolved", mod)
    return Normalized(f"{day.isoformat()}{code}", kind, "publication", mod)


def _part_of_day(candidate: Candidate, context: Context) -> Normalized | None:
    offset = DAY_REFERENCES[(candidate.group("dayref") or "").lower()]
    code = PARTS_OF_DAY[(candidate.group("part") or "").lower()]
    mod = PART_MODIFIERS.get((candidate.group("pos") or "").lower())
    return _published(
        context,
        lambda p: f"{(p + timedelta(days=offset)).isoformat()}T{code}",
        kind="time",
        mod=mod,
        unknown=f"XXXX-XX-XXT{code}",
    )


def _clock(candidate: Candidate, context: Context) -> Normalized | None:
    hour = int(candidate.group("hour") or 0)
    minute = int(candidate.group("minute") or 0)
    ampm = (candidate.group("ampm") or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    if ampm == "am" and hour == 12:
        hour = 0
    if hour > 24 or (not ampm and not candidate.group("minute")):
        return None
    clock = f"T{hour:02d}:{minute:02d}"
    weekday = candidate.group("wd")
    if weekday:
        day = _weekday(weekday, context, None)
    elif context.published is not None:
        offset = DAY_REFERENCES.get((candidate.group("dayref") or "today").lower(), 0)
        day = context.published + timedelta(days=offset)
    else:
        day = None
    if day is None:
        return Normalized(f"XXXX-XX-XX{clock}", "time", "unresolved")
    return Normalized(f"{day.isoformat()}{clock}", "time", "publication")


def _clock_word(candidate: Candidate, context: Context) -> Normalized | None:
    word = (candidate.group("clockword") or "").lower()
    clock = "T24:00" if word == "midnight" else "T12:00"
    return _published(context, lambda p: f"{p.isoformat()}{clock}", "time",
                      unknown=f"XXXX-XX-XX{clock}")  # fmt: skip


def _deictic(candidate: Candidate, context: Context) -> Normalized | None:
    words = " ".join((candidate.group("deictic") or "").lower().split())
    reading, offset = DEICTIC_TIMES[words]
    if reading.endswith("_REF"):
        return Normalized(reading, "date", "publication")
    if reading == "night":
        return _published(context, lambda p: f"{(p + timedelta(days=offset)).isoformat()}TNI",
                          "time")  # fmt: skip
    return _published(context, lambda p: (p + timedelta(days=offset)).isoformat())


def _set(candidate: Candidate, context: Context) -> Normalized | None:
    weekday, part, season = (
        candidate.group("wd"),
        candidate.group("part"),
        candidate.group("season"),
    )
    if weekday:
        return Normalized(f"XXXX-WXX-{WEEKDAYS[weekday.lower()] + 1}", "set", "absolute")
    if part:
        return Normalized(f"XXXX-XX-XXT{PARTS_OF_DAY[part.lower()]}", "set", "absolute")
    if season:
        return Normalized(f"XXXX-{SEASONS[season.lower()]}", "set", "absolute")
    amount = _number(candidate.group("num") or "one") or 1
    letter, size, clock = _unit(candidate)
    return Normalized(_duration_value(amount, letter, size, clock), "set", "absolute")


def _set_word(candidate: Candidate, context: Context) -> Normalized | None:
    return Normalized(SET_WORDS[(candidate.group("setword") or "").lower()], "set", "absolute")


NORMALIZERS: dict[str, Callable[[Candidate, Context], Normalized | None]] = {
    "date_md": _date,
    "date_dm": _date,
    "date_iso": _date,
    "month": _month,
    "season": _season,
    "year": _year,
    "year_short": _year_short,
    "decade": _decade,
    "decade_short": _decade,
    "century": _century,
    "quarter": _quarter,
    "relative_unit": _relative_unit,
    "ago": _ago,
    "duration": _duration,
    "duration_vague": _vague_duration,
    "duration_bare": _vague_duration,
    "weekday": _weekday_norm,
    "part_of_day": _part_of_day,
    "clock": _clock,
    "clock_word": _clock_word,
    "deictic": _deictic,
    "set": _set,
    "set_word": _set_word,
}
"""The normalizer of each pattern kind in ``grammar.PATTERNS``."""
