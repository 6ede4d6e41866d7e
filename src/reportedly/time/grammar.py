"""The surface patterns of temporal expressions, compiled from the ``lang/en`` tables.

Each pattern is one regular expression with named groups; ``finder`` runs them all and
``normalize`` reads the groups. The word lists live in the tables, never here: this module
only says how the words combine ("<month> <day>, <year>", "<number> <unit> ago").
Two groups have a fixed meaning: ``pre`` is context matched before the expression but
left out of its extent ("in the summer" -> "the summer"), ``x`` marks the extent when
only part of the match is the expression.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from reportedly.lang.en.time_calendar import MONTHS, WEEKDAYS
from reportedly.lang.en.time_deictic import DEICTIC_TIMES, SET_WORDS
from reportedly.lang.en.time_holidays import HOLIDAYS
from reportedly.lang.en.time_modifiers import (
    ANAPHORIC_DIRECTIONS,
    ANAPHORIC_UNITS,
    COUNT_INSERTS,
    POSITION_MODIFIERS,
    QUANTITY_MODIFIERS,
    RELATIVE_DIRECTIONS,
    RELATIVE_LEADS,
    YEAR_RELATIVES,
)
from reportedly.lang.en.time_numbers import ORDINAL_NUMBERS, TIME_NUMBERS
from reportedly.lang.en.time_parts import PARTS_OF_DAY, SEASONS
from reportedly.lang.en.time_units import CALENDAR_UNITS, TIME_UNITS


def alternation(words: Iterable[str]) -> str:
    """A non-capturing regex alternation of the words, longest first, spaces flexible."""
    escaped = (
        re.escape(word).replace(r"\ ", r"\s+") for word in sorted(set(words), key=len, reverse=True)
    )
    return "(?:" + "|".join(escaped) + ")"


def word(pattern: str) -> str:
    """``pattern`` standing as whole words (no letter or digit glued on either side)."""
    return rf"(?<![\w]){pattern}(?![\w])"


_TENS = [w for w, n in TIME_NUMBERS.items() if n is not None and 20 <= n <= 90]
_ONES = [w for w, n in TIME_NUMBERS.items() if n is not None and 1 <= n <= 9 and len(w) > 2]

MONTH = alternation(MONTHS)
WEEKDAY = alternation(WEEKDAYS)
PART = alternation(PARTS_OF_DAY)
SEASON = alternation(SEASONS)
POSITION = alternation(POSITION_MODIFIERS)
RELATIVE = alternation(RELATIVE_DIRECTIONS)
# "almost seven years": the mod is read but, as in most of TE3's gold, left out of the extent
QMOD = rf"(?P<pre>(?P<qmod>{alternation(QUANTITY_MODIFIERS)})\s+)?"
ORDINAL = rf"(?:{alternation(ORDINAL_NUMBERS)}|\d{{1,2}}(?:st|nd|rd|th))"
NUMBER = (
    rf"(?:\d+(?:[.,]\d+)?(?:\s+[1-3]/[2-4])?|{alternation(_TENS)}-{alternation(_ONES)}"
    rf"|{alternation(TIME_NUMBERS)})"
)
INSERT = rf"(?:{alternation(COUNT_INSERTS)}\s+)?"
"""A word between a count and its unit that changes nothing: "two more weeks"."""
YEAR_AFTER = rf"(?P<post>\s+(?P<yrel>{alternation(YEAR_RELATIVES)}))"
"""The year given after a month, read but kept out of the extent: "October this year"
("Feb. 24, last year", with a comma, is two expressions)."""
UNIT = alternation(TIME_UNITS)
PLURAL_UNIT = alternation(u for u in TIME_UNITS if u.endswith("s"))
YEAR = r"(?:1[6-9]\d\d|20\d\d)(?![\d,.]\d)"
DAY = r"(?:[0-3]?\d)(?!\d)(?:st|nd|rd|th)?"
CALENDAR_UNIT = alternation(CALENDAR_UNITS)
# "early" / "mid-" / "the end of" before a month, year or week
POS = rf"(?:(?P<pos>{POSITION})(?:(?<=-)|\s+))"
CLOCK_TAIL = (
    r"(?:\s+(?P<tz>[A-Z]{2,4}T|GMT|UTC))?(?:\s+\(\d{4}\s+(?:GMT|UTC)\))?"
    rf"(?:,?\s+(?:on\s+)?(?:(?P<wd>{WEEKDAY})|(?P<dayref>yesterday|today|tomorrow)))?"
)
"""What may follow a clock time: a time zone, the wire's GMT in parentheses, then the day
("5 p.m. EST on Monday", "10:35 a.m. (0735 GMT) Friday")."""


@dataclass(frozen=True, slots=True)
class Pattern:
    """One named surface pattern; ``kind`` picks the normalizer, ``priority`` breaks ties."""

    kind: str
    regex: re.Pattern[str]
    priority: int


def _compile(kind: str, pattern: str, priority: int) -> Pattern:
    return Pattern(kind, re.compile(word(pattern), re.IGNORECASE), priority)


PATTERNS: Final[tuple[Pattern, ...]] = (
    _compile(
        "date_md",
        rf"(?:(?P<weekof>the\s+week\s+of)\s+)?"
        rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?:(?P<pre>(?P<rel>{RELATIVE})\s+))?(?:{POS})?"
        rf"(?P<month>{MONTH})\s*(?P<day>{DAY})"
        rf"(?:,?\s+(?P<year>{YEAR})|{YEAR_AFTER})?",
        0,
    ),
    # "25" of "April 24 and 25": the second day takes the first one's month
    _compile(
        "date_md",
        rf"(?P<pre>(?P<month>{MONTH})\s*{DAY}\s+(?:and|or|&)\s+)(?P<day>{DAY})"
        rf"(?:,?\s+(?P<year>{YEAR}))?",
        1,
    ),
    _compile(
        "date_dm",
        rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<day>{DAY})\s+(?:of\s+)?"
        rf"(?P<month>{MONTH})(?:,?\s+(?P<year>{YEAR}))?",
        1,
    ),
    _compile("date_iso", rf"(?P<year>{YEAR})-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)", 0),
    _compile(
        "month",
        rf"(?:{POS})?(?:(?P<rel>{RELATIVE})\s+)?(?P<month>{MONTH})(?!\.?\s*{DAY}\b)"
        rf"(?:,?\s+(?:of\s+)?(?P<year>{YEAR})|{YEAR_AFTER})?",
        2,
    ),
    _compile(
        "season",
        rf"(?:(?P<pre>(?:in|during|over|by|until|since|through|throughout)\s+)(?=the\s+|{SEASON}))?"
        rf"(?:{POS})?(?:(?P<the>the)\s+)?(?:(?P<rel>{RELATIVE})\s+)?(?P<season>{SEASON})"
        rf"(?:\s+(?:of\s+)?(?P<year>{YEAR}))?",
        3,
    ),
    _compile(
        "year",
        rf"(?:{POS})?(?:(?P<fiscal>(?:the\s+)?fiscal(?:\s+year)?|FY)\s*)?(?P<year>{YEAR})"
        r"(?!s|\s*(?:%|percent))",
        4,
    ),
    _compile("year_short", r"(?<=(?P<century>1[6-9]|20)\d\d[-\u2013])(?P<yy>\d\d)", 4),
    _compile("decade", rf"(?:{POS})?(?:the\s+)?(?P<decade>(?:1[6-9]|20)\d0)'?s", 2),
    _compile("decade_short", rf"(?:{POS})?(?:the\s+)?'(?P<decade>\d0)s", 2),
    _compile("century", rf"(?:{POS})?(?P<pre>the\s+)?(?P<ord>{ORDINAL})[\s-]+century", 2),
    _compile(
        "quarter",
        rf"(?:the\s+)?(?P<ord>{ORDINAL})[\s-]+(?:fiscal\s+)?(?P<qh>quarter|half)"
        rf"(?:\s+of\s+(?:(?P<year>{YEAR})|(?P<rel>{RELATIVE})\s+(?:fiscal\s+)?year))?",
        1,
    ),
    _compile("quarter", rf"(?P<qcode>(?-i:[QH]))(?P<ord>[1-4])(?:\s+(?P<year>{YEAR}))?", 1),
    _compile(
        "relative_unit",
        rf"(?:(?P<pre>{alternation(RELATIVE_LEADS)}\s+))?(?:{POS})?(?P<rel>{RELATIVE})\s+"
        rf"(?P<cal>{CALENDAR_UNIT})",
        2,
    ),
    # "later that year", "that same day": the last date given in full says which
    _compile(
        "anaphoric",
        rf"(?:{alternation(RELATIVE_LEADS)}\s+)?{alternation(ANAPHORIC_DIRECTIONS)}\s+"
        rf"(?P<unit>{alternation(ANAPHORIC_UNITS)})",
        1,
    ),
    _compile(
        "ago",
        rf"{QMOD}(?P<num>{NUMBER})(?:\s+|-)(?P<unit>{UNIT})\s+(?P<dir>ago|from\s+now|hence)",
        0,
    ),
    _compile(
        "duration",
        rf"{QMOD}(?:(?P<rel>(?:the\s+)?(?:past|last|next|previous|coming|first|final|following))"
        rf"\s+)?(?P<num>{NUMBER})\s+{INSERT}(?P<unit>{UNIT})(?!\s+old\b)",
        3,
    ),
    # "a four-week delay": the adjective alone, "first" and "the" stay outside
    _compile("duration", rf"(?P<num>{NUMBER})-(?P<unit>{UNIT})(?!-old)", 3),
    # "a day-long meeting", "the decades-long battle", "a yearlong inquiry"
    _compile("duration_long", rf"(?P<unit>{UNIT})-?long", 3),
    _compile(
        "duration_vague",
        rf"(?:(?P<rel>(?:the\s+)?(?:past|next|coming|last|following))\s+)(?P<unit>{PLURAL_UNIT})",
        3,
    ),
    _compile(
        "duration_bare",
        rf"(?P<pre>(?:for|over|within|after|lasted|took|spent)\s+)(?P<unit>{PLURAL_UNIT})"
        r"(?!\s+(?:of|ago|before|after|later|earlier))",
        5,
    ),
    # "minutes before Air Force One departed": a lead for ``events``
    _compile("duration_vague", rf"(?P<unit>{PLURAL_UNIT})(?=\s+(?:before|after)\s)", 6),
    _compile(
        "weekday",
        rf"(?:(?P<pos>early|late)\s+(?:on\s+)?)?(?:(?P<rel>{RELATIVE})\s+)?(?P<wd>{WEEKDAY})"
        rf"(?:\s+(?P<part>{PART}))?",
        1,
    ),
    _compile(
        "part_of_day",
        rf"(?:(?P<pos>early|late)\s+)?(?P<dayref>yesterday|today|tomorrow|this|last)\s+"
        rf"(?P<part>{PART})",
        1,
    ),
    _compile(
        "clock",
        r"(?<![:.])(?P<hour>[01]?\d|2[0-3])(?:[:.](?P<minute>[0-5]\d))?\s*"
        r"(?P<ampm>a\.m\.|p\.m\.|am|pm)" + CLOCK_TAIL,
        0,
    ),
    _compile(
        "clock",
        r"(?<![:.])(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?!:\d)" + CLOCK_TAIL,
        1,
    ),
    _compile("clock_word", r"(?P<clockword>noon|midday|midnight)" + CLOCK_TAIL, 4),
    _compile(
        "holiday",
        rf"(?:(?P<rel>{RELATIVE})\s+)?(?P<holiday>{alternation(HOLIDAYS)})"
        rf"(?:(?P<hweek>\s+week)|,?\s+(?P<year>{YEAR}))?",
        1,
    ),
    _compile("deictic", rf"(?P<deictic>{alternation(DEICTIC_TIMES)})", 4),
    _compile(
        "set",
        rf"(?:every|each|per)\s+(?:(?P<num>{NUMBER})\s+)?"
        rf"(?:(?P<unit>{UNIT})|(?P<wd>{WEEKDAY})|(?P<part>{PART})|(?P<season>{SEASON}))",
        1,
    ),
    _compile("set_word", rf"(?P<setword>{alternation(SET_WORDS)})", 4),
)
"""Every pattern the finder runs; the longest match wins, then the lower priority."""
