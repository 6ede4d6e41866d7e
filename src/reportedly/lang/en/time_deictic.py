"""Words that name a time by themselves ("today", "now") -> (TIMEX3 value kind, day offset)."""

from __future__ import annotations

from typing import Final

DEICTIC_TIMES: Final[dict[str, tuple[str, int]]] = {
    "today": ("day", 0),
    "yesterday": ("day", -1),
    "tomorrow": ("day", 1),
    "the day before yesterday": ("day", -2),
    "the day after tomorrow": ("day", 2),
    "tonight": ("night", 0),
    "last night": ("night", -1),
    "now": ("PRESENT_REF", 0),
    "right now": ("PRESENT_REF", 0),
    "currently": ("PRESENT_REF", 0),
    "nowadays": ("PRESENT_REF", 0),
    "at present": ("PRESENT_REF", 0),
    "presently": ("PRESENT_REF", 0),
    "the present": ("PRESENT_REF", 0),
    "these days": ("PRESENT_REF", 0),
    "the past": ("PAST_REF", 0),
    "at the time": ("PAST_REF", 0),
    "the future": ("FUTURE_REF", 0),
    "future": ("FUTURE_REF", 0),  # "Elian's future", "future disasters": aquaint, 4 of 5
}
"""Self-contained time words (lowercase) -> ("day"|"night" with a day offset, or a TIMEX3 ref)."""

SET_WORDS: Final[dict[str, str]] = {
    "hourly": "PT1H",
    "daily": "P1D",
    "nightly": "P1D",
    "weekly": "P1W",
    "monthly": "P1M",
    "quarterly": "P3M",
    "annually": "P1Y",
    "yearly": "P1Y",
}
"""Adverbs and adjectives of recurrence (lowercase) -> TIMEX3 SET value."""

DAY_REFERENCES: Final[dict[str, int]] = {
    "yesterday": -1, "today": 0, "tomorrow": 1, "this": 0, "last": -1,
}  # fmt: skip
"""Words before a part of the day ("yesterday morning", "this evening", "last night") ->
the day's offset from publication."""
