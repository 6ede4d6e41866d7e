"""Units of time: singular and plural forms -> (TIMEX3 duration letter, multiplier)."""

from __future__ import annotations

from typing import Final

TIME_UNITS: Final[dict[str, tuple[str, int]]] = {
    "second": ("S", 1), "seconds": ("S", 1),
    "minute": ("M", 1), "minutes": ("M", 1),
    "hour": ("H", 1), "hours": ("H", 1),
    "day": ("D", 1), "days": ("D", 1),
    "night": ("D", 1), "nights": ("D", 1),
    "week": ("W", 1), "weeks": ("W", 1),
    "fortnight": ("W", 2), "fortnights": ("W", 2),
    "month": ("M", 1), "months": ("M", 1),
    "quarter": ("Q", 1), "quarters": ("Q", 1),
    "year": ("Y", 1), "years": ("Y", 1),
    "decade": ("Y", 10), "decades": ("Y", 10),
    "century": ("Y", 100), "centuries": ("Y", 100),
}  # fmt: skip
"""Each unit (lowercase) -> its TIMEX3 letter and how many of that letter it spans.

Seconds, minutes and hours are clock units: their durations are written ``PT..``.
"""

CLOCK_UNITS: Final[frozenset[str]] = frozenset({"second", "minute", "hour"})
"""Units whose durations take the ``T`` time designator (``PT3H``)."""

CALENDAR_UNITS: Final[dict[str, tuple[str, str, str, int]]] = {
    "week": ("W", "week", "P1W", 1),
    "weekend": ("W", "week", "P2D", 1),
    "month": ("M", "month", "P1M", 1),
    "quarter": ("Q", "quarter", "P3M", 1),
    "year": ("Y", "year", "P1Y", 1),
    "fiscal year": ("Y", "year", "P1Y", 1),
    "decade": ("Y", "decade", "P10Y", 10),
    "century": ("Y", "century", "P100Y", 100),
}
"""Calendar units after "last", "next", "this" -> (TIMEX3 letter of a step, the
granularity of the value, the duration "the past <unit>" spans, how many letters a step
is): "last decade" steps 10 years back and is written to the decade."""

ORDINAL_UNITS: Final[frozenset[str]] = frozenset({"second"})
"""Units that are also ordinals: "a second betrayal" is no duration (the parse tags the
ordinal as an adjective). Checked on aquaint (1 case)."""

IDIOM_LEADS: Final[dict[str, frozenset[str]]] = {"noon": frozenset({"high"})}
"""Clock words (lowercase) that name no time after these words: "high noon" is a
showdown ("For the people of Poland, high noon comes today"; aquaint, 2 cases)."""
