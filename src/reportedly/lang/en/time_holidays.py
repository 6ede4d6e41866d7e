"""Holidays and other named days or periods of the year ("Christmas", "the holidays").

Checked on aquaint ("Thanksgiving Day", "last Thanksgiving", "Election Day"); the
others are the days US and UK news name most.
"""

from __future__ import annotations

from typing import Final

HOLIDAYS: Final[dict[str, tuple[int, int, int | None, int]]] = {
    "christmas": (12, 25, None, 0), "christmas day": (12, 25, None, 0),
    "christmas eve": (12, 24, None, 0), "boxing day": (12, 26, None, 0),
    "new year's eve": (12, 31, None, 0), "new year's day": (1, 1, None, 0),
    "independence day": (7, 4, None, 0), "the fourth of july": (7, 4, None, 0),
    "july fourth": (7, 4, None, 0), "halloween": (10, 31, None, 0),
    "valentine's day": (2, 14, None, 0), "veterans day": (11, 11, None, 0),
    "thanksgiving": (11, 0, 3, 4), "thanksgiving day": (11, 0, 3, 4),
    "memorial day": (5, 0, 0, -1), "labor day": (9, 0, 0, 1),
    "martin luther king day": (1, 0, 0, 3), "presidents day": (2, 0, 0, 3),
    "presidents' day": (2, 0, 0, 3), "election day": (11, 2, 1, 1),
    "easter": (0, 0, None, 0), "easter sunday": (0, 0, None, 0),
    "good friday": (0, -2, None, 0), "easter monday": (0, 1, None, 0),
    "the holidays": (12, 0, None, 0), "the holiday season": (12, 0, None, 0),
}  # fmt: skip
"""Named days (lowercase) -> (month, day, weekday, n), read as:

- a fixed day: (month, day, None, 0) -- Christmas is (12, 25, None, 0);
- the n-th weekday (Monday is 0) of the month on or after ``day`` + 1 (n = -1: the last):
  Thanksgiving is the fourth Thursday of November, (11, 0, 3, 4); Election Day the first
  Tuesday after Nov. 2, (11, 2, 1, 1);
- Easter and the days around it: (0, offset in days from Easter Sunday, None, 0);
- a whole month: (month, 0, None, 0) -- "the holidays" are December's.
"""
