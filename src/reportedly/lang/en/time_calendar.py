"""Calendar names: months (with news abbreviations) and weekdays, mapped to their numbers."""

from __future__ import annotations

from typing import Final

MONTHS: Final[dict[str, int]] = {
    "january": 1, "jan.": 1, "jan": 1,
    "february": 2, "feb.": 2, "feb": 2,
    "march": 3, "mar.": 3,
    "april": 4, "apr.": 4,
    "may": 5,
    "june": 6, "jun.": 6,
    "july": 7, "jul.": 7,
    "august": 8, "aug.": 8, "aug": 8,
    "september": 9, "sept.": 9, "sep.": 9, "sept": 9,
    "october": 10, "oct.": 10, "oct": 10,
    "november": 11, "nov.": 11, "nov": 11,
    "december": 12, "dec.": 12, "dec": 12,
}  # fmt: skip
"""Month names and abbreviations (lowercase) -> month number 1..12."""

WEEKDAYS: Final[dict[str, int]] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
"""Weekday names (lowercase) -> ``date.weekday()`` number (Monday is 0)."""

MONTH_NOUN_FOLLOWERS: Final[dict[str, tuple[str, ...]]] = {
    "march": ("for", "of the", "against"),
}
"""Words after a month name that make it a common noun: "the March for Life", "the March
of the Combatant Mothers" (both in aquaint)."""
