"""Modifiers of temporal expressions, each mapped to a TIMEX3 ``mod`` or a direction."""

from __future__ import annotations

from typing import Final

from reportedly.model import TimeMod

POSITION_MODIFIERS: Final[dict[str, TimeMod]] = {
    "early": "START", "the beginning of": "START", "the start of": "START",
    "the early part of": "START", "the first half of": "START",
    "mid": "MID", "mid-": "MID", "the middle of": "MID", "the height of": "MID",
    "late": "END", "the end of": "END", "the close of": "END", "the latter part of": "END",
    "the second half of": "END", "the last days of": "END",
}  # fmt: skip
"""Words placing a time inside its period ("early December") -> TIMEX3 mod."""

QUANTITY_MODIFIERS: Final[dict[str, TimeMod]] = {
    "about": "APPROX", "around": "APPROX", "roughly": "APPROX", "approximately": "APPROX",
    "some": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN", "less than": "LESS_THAN",
    "fewer than": "LESS_THAN", "more than": "MORE_THAN",
    "at least": "EQUAL_OR_MORE", "up to": "EQUAL_OR_LESS",
    "at most": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS", "just over": "MORE_THAN",
    "just under": "LESS_THAN",
}  # fmt: skip
"""Words before a duration or count ("almost seven years") -> TIMEX3 mod; not in the extent."""

RELATIVE_DIRECTIONS: Final[dict[str, int]] = {
    "this": 0, "current": 0, "the current": 0, "same": 0, "the same": 0,
    "last": -1, "the last": -1, "this past": -1, "past": -1, "previous": -1,
    "the previous": -1, "the past": -1,
    "next": 1, "coming": 1, "the coming": 1, "following": 1, "the following": 1,
    "the next": 1, "upcoming": 1, "the upcoming": 1,
}  # fmt: skip
"""Words before a calendar unit ("last month", "next week") -> offset in that unit."""

PART_MODIFIERS: Final[dict[str, TimeMod]] = {"early": "START", "late": "END"}
"""Words before a weekday or part of day ("early Monday", "late last night")."""

DURATION_DIRECTIONS: Final[frozenset[str]] = frozenset(
    {"the past", "the next", "the coming", "the following"}
)
"""Directions that make "<direction> <calendar unit>" a stretch of time, not a calendar
unit: "the past year" is a duration of a year, "last year" the year before."""

SAME_DIRECTIONS: Final[frozenset[str]] = frozenset({"same", "the same"})
"""Directions that point back to a time named earlier ("the same week"): unresolved."""

RELATIVE_LEADS: Final[frozenset[str]] = frozenset({"earlier", "later"})
"""Words before "this week", "this month" that place an event before or after now, not
inside the period: left out of the extent and the mod ("earlier this week" is the
TIMEX3 "this week"; aquaint's gold, 4 of 5)."""

YEAR_RELATIVES: Final[dict[str, int]] = {"this year": 0, "next year": 1, "last year": -1}
"""Words after a month that give its year against publication ("in April next year"):
read, but left out of the extent, as aquaint's gold does (3 of 3)."""

COUNT_INSERTS: Final[frozenset[str]] = frozenset({"more", "additional", "further", "extra"})
"""Words between a count and its unit that leave the duration as it is ("two more weeks"
is P2W; aquaint, 1 case)."""

ANAPHORIC_DIRECTIONS: Final[frozenset[str]] = frozenset({"that", "that same", "the same"})
"""Words before a calendar unit that point back to the last date the text gave in full
("June 1998 ... later that year" is 1998). Checked on aquaint (3 cases)."""

ANAPHORIC_UNITS: Final[dict[str, str]] = {
    "day": "day", "week": "week", "month": "month", "year": "year",
}  # fmt: skip
"""Units after an anaphoric direction -> the granularity of the value they take."""

DAY_SHIFTS: Final[dict[str, int]] = {"day before": -1, "day after": 1}
"""Words just before a dated day that move it by a day (lowercase) -> days moved: "the
day before last Tuesday's hearing" is the Monday, and its TIMEX3 ("the" left out, as
aquaint's gold does, 1 of 1)."""
