"""Parts of the day and seasons, mapped to their TIMEX3 codes."""

from __future__ import annotations

from typing import Final

PARTS_OF_DAY: Final[dict[str, str]] = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
    "midday": "MI",
    "daytime": "DT",
}
"""Parts of the day (lowercase) -> TIMEX3 part-of-day code (``2022-09-14TMO``)."""

SEASONS: Final[dict[str, str]] = {
    "spring": "SP",
    "summer": "SU",
    "autumn": "FA",
    "fall": "FA",
    "winter": "WI",
}
"""Seasons (lowercase) -> TIMEX3 season code (``2022-SU``)."""
