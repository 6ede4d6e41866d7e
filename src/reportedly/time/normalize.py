"""Normalize a found expression to a TIMEX3 value, type and mod against the publication date.

News conventions: a bare weekday is the latest such day up to and including the
publication day (the next one when the verb is future: "will meet Friday"); a month or
day without a year is taken in the publication year unless tense or distance says
otherwise; "last"/"next" step one calendar unit. A plan or deadline that does not say
on which side of publication it falls ("prospective") takes the nearer reading, with
``mod="APPROX"`` when the other one is nearly as near. Without a publication date, anything
relative says ``anchor="unresolved"`` and a value with ``X`` where it cannot be known.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal, cast

from reportedly.lang.en.time_calendar import MONTHS, WEEKDAYS
from reportedly.lang.en.time_deictic import DAY_REFERENCES, DEICTIC_TIMES, SET_WORDS
from reportedly.lang.en.time_holidays import HOLIDAYS
from reportedly.lang.en.time_modifiers import (
    DURATION_DIRECTIONS,
    PART_MODIFIERS,
    POSITION_MODIFIERS,
    QUANTITY_MODIFIERS,
    RELATIVE_DIRECTIONS,
    SAME_DIRECTIONS,
    YEAR_RELATIVES,
)
from reportedly.lang.en.time_numbers import ORDINAL_NUMBERS, TIME_NUMBERS
from reportedly.lang.en.time_parts import PARTS_OF_DAY, SEASONS
from reportedly.lang.en.time_units import CALENDAR_UNITS, CLOCK_UNITS, TIME_UNITS
from reportedly.model import TimeAnchor, TimeMod, TimeType
from reportedly.time.calendar import (
    SEASON_MONTHS,
    Granularity,
    add_months,
    easter,
    format_at,
    iso_week,
    nth_weekday,
    shift,
)
from reportedly.time.finder import Candidate

Tense = Literal["past", "future", "prospective"] | None

# A date without a year further than this ahead of publication is read as last year's
# ("Dec. 28" in a January article); this far behind, as next year's ("Jan. 3" in late
# December). Set by hand, checked on te3-platinum (no case there reaches either bound).
FUTURE_LIMIT_DAYS = 183
PAST_LIMIT_DAYS = 300
# A nearest reading is in doubt when the other reading is less than this many times as
# far from publication (Tuesday seen from a Saturday: 4 days back, 3 ahead). Set by hand;
# mod is not scored by the TimeML bench, checked by reading aquaint's weekdays.
DOUBT_RATIO = 2
UNIT_GRANULARITY: dict[str, Granularity] = {
    "D": "day", "W": "week", "M": "month", "Q": "quarter", "Y": "year",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Context:
    """What normalization may look at besides the match itself."""

    published: date | None
    tense: Tense
    noun_modifier: bool = False
    """True when the expression modifies a noun ("a midnight deadline", "the Feb. 22
    meeting"): the noun's day, which the sentence may give elsewhere, is its own."""


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
    whole, _, fraction = text.partition(" ")
    if "/" in fraction:  # "5 1/2"
        numerator, denominator = fraction.split("/")
        return float(whole) + int(numerator) / int(denominator)
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


def _year_after(candidate: Candidate, published: date) -> int | None:
    """The year "this year" / "next year" after a month gives it, or None."""
    words = candidate.group("yrel")
    if words is None:
        return None
    return published.year + YEAR_RELATIVES[" ".join(words.lower().split())]


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
    if context.tense == "prospective":
        return _nearest(published, _yearly(published.year, month, day))[0].year
    guess = date(published.year, month, min(day or 15, 28))
    if (guess - published).days > FUTURE_LIMIT_DAYS:
        return published.year - 1
    if (guess - published).days < -PAST_LIMIT_DAYS:
        return published.year + 1
    return published.year


def _yearly(year: int, month: int, day: int | None) -> tuple[date, ...]:
    """The month (and day) in the year before, the year itself and the year after."""
    return tuple(date(y, month, min(day or 15, 28)) for y in (year - 1, year, year + 1))


def _nearest(published: date, readings: tuple[date, ...]) -> tuple[date, bool]:
    """The reading nearest publication (the earlier on a tie), and whether it is in doubt:
    the next nearest less than ``DOUBT_RATIO`` times as far."""
    ranked = sorted(readings, key=lambda d: (abs((d - published).days), d))
    best, other = (abs((d - published).days) for d in ranked[:2])
    return ranked[0], other < DOUBT_RATIO * best


def _doubt(context: Context, readings: Callable[[date], tuple[date, ...]]) -> TimeMod | None:
    """ "APPROX" when a prospective time's nearest reading is in doubt, else None."""
    if context.published is None or context.tense != "prospective":
        return None
    return "APPROX" if _nearest(context.published, readings(context.published))[1] else None


def _weekday_readings(published: date, target: int) -> tuple[date, date]:
    """The latest such weekday up to publication and the next one after it."""
    back = (published.weekday() - target) % 7
    ahead = (target - published.weekday()) % 7
    return published - timedelta(days=back), published + timedelta(days=ahead or 7)


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
    if context.tense == "prospective":
        return _nearest(published, _weekday_readings(published, target))[0]
    return published - timedelta(days=back)


def _weekday_year(year: int, month: int, day: int, weekday: str | None) -> int:
    """The year, or the nearest one, in which the day falls on the weekday given with it
    ("Monday, Oct. 26")."""
    if weekday is None:
        return year
    for candidate in (year, year + 1, year - 1):
        try:
            if date(candidate, month, day).weekday() == WEEKDAYS[weekday.lower()]:
                return candidate
        except ValueError:
            continue
    return year


def _date(candidate: Candidate, context: Context) -> Normalized | None:
    mnum, month_word = candidate.group("mnum"), candidate.group("month")
    month = int(mnum) if mnum else MONTHS[month_word.lower()] if month_word else 0
    day = int("".join(ch for ch in candidate.group("day") or "" if ch.isdigit()) or 0)
    if not 1 <= day <= 31 or not 1 <= month <= 12:
        return None
    year_text = candidate.group("year")
    if year_text:
        week = bool(candidate.group("weekof"))
        return _checked(int(year_text), month, day, "absolute", _position(candidate), week=week)
    if context.published is None:
        return Normalized(f"XXXX-{month:02d}-{day:02d}", "date", "unresolved")
    year = _year_after(candidate, context.published) or _year_for(
        month, day, context, _relative(candidate)
    )
    year = _weekday_year(year, month, day, candidate.group("wd"))
    mod = _position(candidate) or _doubt(context, lambda p: _yearly(p.year, month, day))
    return _checked(year, month, day, "publication", mod, week=bool(candidate.group("weekof")))


def _checked(
    year: int, month: int, day: int, anchor: TimeAnchor, mod: TimeMod | None, *, week: bool = False
) -> Normalized:
    """The day's value, or its ISO week's for "the week of March 6"."""
    try:
        day_date = date(year, month, day)
    except ValueError:
        return Normalized(f"{year:04d}-{month:02d}", "date", anchor, mod)
    return Normalized(iso_week(day_date) if week else day_date.isoformat(), "date", anchor, mod)


def _month(candidate: Candidate, context: Context) -> Normalized | None:
    month = MONTHS[(candidate.group("month") or "").lower()]
    mod = _position(candidate)
    year_text = candidate.group("year")
    if year_text:
        return Normalized(f"{int(year_text):04d}-{month:02d}", "date", "absolute", mod)
    rel = _relative(candidate)
    if rel is None and candidate.group("yrel") is None:
        mod = mod or _doubt(context, lambda p: _yearly(p.year, month, None))

    def year(published: date) -> int:
        return _year_after(candidate, published) or _year_for(month, None, context, rel)

    return _published(
        context,
        lambda p: f"{year(p):04d}-{month:02d}",
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
    half = (candidate.group("qh") or "").lower() == "half" or candidate.group("qcode") == "H"
    if number is None or number > (2 if half else 4):
        number = 2 if half and number == 4 else number
        if number is None or number > 4:
            return None
    code = f"{'H' if half else 'Q'}{number}"
    year_text = candidate.group("year")
    if year_text:
        return Normalized(f"{year_text}-{code}", "date", "absolute")
    rel = _relative(candidate)
    months = 6 if half else 3
    first = (number - 1) * months + 1

    def year(published: date) -> int:
        if rel is not None:
            return published.year + rel
        return _period_year(first, months, published, context.tense)

    return _published(context, lambda p: f"{year(p):04d}-{code}", unknown=f"XXXX-{code}")


def _period_year(first: int, months: int, published: date, tense: Tense) -> int:
    """The year of a yearly period named without one ("the fourth quarter"): the latest
    begun by publication when past, the first not yet over when future, else the nearest
    ("fourth-quarter results" in February are last year's)."""
    years = (published.year - 1, published.year, published.year + 1)

    def bounds(year: int) -> tuple[date, date]:
        start = date(year, first, 1)
        return start, add_months(start, months) - timedelta(days=1)

    if tense == "past":
        return max(y for y in years if bounds(y)[0] <= published)
    if tense == "future":
        return min(y for y in years if bounds(y)[1] >= published)

    def distance(year: int) -> int:
        start, end = bounds(year)
        return max((start - published).days, (published - end).days, 0)

    return min(years, key=lambda y: (distance(y), y))


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
    if total != int(total) and letter == "H" and clock:
        return f"PT{int(total)}H{round((total - int(total)) * 60)}M"  # "5 1/2 hours"
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


def _long_duration(candidate: Candidate, context: Context) -> Normalized | None:
    """ "a day-long meeting" lasts a day, "a decades-long battle" decades."""
    unit = (candidate.group("unit") or "").lower()
    letter, size, clock = _unit(candidate)
    amount = None if unit.endswith("s") else 1.0
    return Normalized(_duration_value(amount, letter, size, clock), "duration", "absolute")


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
    rel = _relative(candidate)
    day = _weekday(name, context, rel)
    part = candidate.group("part")
    mod = PART_MODIFIERS.get((candidate.group("pos") or "").lower())
    if rel is None:
        target = WEEKDAYS[name.lower()]
        mod = mod or _doubt(context, lambda p: _weekday_readings(p, target))
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
    """ "noon", "midnight Friday": midnight is the end of its day (T24:00). Without a day,
    it is publication day's, except a past midnight (the one that ended the day before)
    and a past or planned noun's ("a midnight deadline" the day of which the words do not
    give)."""
    word = (candidate.group("clockword") or "").lower()
    clock = "T24:00" if word == "midnight" else "T12:00"
    unknown = Normalized(f"XXXX-XX-XX{clock}", "time", "unresolved")
    weekday, dayref = candidate.group("wd"), candidate.group("dayref")
    if context.published is None:
        return unknown
    if weekday:
        day = _weekday(weekday, context, None)
    elif dayref:
        day = context.published + timedelta(days=DAY_REFERENCES[dayref.lower()])
    elif context.noun_modifier and context.tense in ("past", "prospective"):
        return unknown
    else:
        back = context.tense == "past" and word == "midnight"
        day = context.published - timedelta(days=1 if back else 0)
    return Normalized(f"{day}{clock}", "time", "publication") if day else unknown


def _holiday(candidate: Candidate, context: Context) -> Normalized | None:
    rule = HOLIDAYS[" ".join((candidate.group("holiday") or "").lower().split())]
    week = candidate.group("hweek") is not None
    year_text = candidate.group("year")
    if year_text:
        return Normalized(_holiday_value(rule, int(year_text)), "date", "absolute")
    if context.published is None:
        return Normalized(None, "date", "unresolved")
    month, day = _holiday_day(rule, context.published.year, week=week)
    year = _year_for(month, day, context, _relative(candidate))
    value = _holiday_value(rule, year)
    return Normalized(_holiday_week(value) if week else value, "date", "publication")


def _holiday_week(value: str) -> str:
    """The ISO week of a holiday ("Easter week"), or the value when it is not a day."""
    try:
        return iso_week(date.fromisoformat(value))
    except ValueError:
        return value


def _holiday_day(
    rule: tuple[int, int, int | None, int], year: int, *, week: bool = False
) -> tuple[int, int | None]:
    """The holiday's month and day in a year; with ``week``, those of its week's Monday
    ("Easter week began" on that Monday is this year's)."""
    value = _holiday_value(rule, year)
    parts = value.split("-")
    if week and len(parts) > 2:
        day = date.fromisoformat(value)
        monday = day - timedelta(days=day.weekday())
        return monday.month, monday.day
    return int(parts[1]), int(parts[2]) if len(parts) > 2 else None


def _holiday_value(rule: tuple[int, int, int | None, int], year: int) -> str:
    """The TIMEX3 value of a holiday in a year (see ``HOLIDAYS`` for the rules)."""
    month, day, weekday, n = rule
    if month == 0:
        return (easter(year) + timedelta(days=day)).isoformat()
    if weekday is not None:
        return nth_weekday(year, month, day, weekday, n).isoformat()
    return date(year, month, day).isoformat() if day else f"{year:04d}-{month:02d}"


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
    "duration_long": _long_duration,
    "anaphoric": lambda candidate, context: Normalized(None, "date", "unresolved"),
    "duration_bare": _vague_duration,
    "weekday": _weekday_norm,
    "part_of_day": _part_of_day,
    "clock": _clock,
    "clock_word": _clock_word,
    "holiday": _holiday,
    "deictic": _deictic,
    "set": _set,
    "set_word": _set_word,
}
"""The normalizer of each pattern kind in ``grammar.PATTERNS``."""
