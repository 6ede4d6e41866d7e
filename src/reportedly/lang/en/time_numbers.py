"""Number words that count units of time ("three days", "a decade", "several weeks")."""

from __future__ import annotations

from typing import Final

TIME_NUMBERS: Final[dict[str, int | None]] = {
    "a": 1, "an": 1, "one": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "a hundred": 100, "a dozen": 12, "dozen": 12, "a couple of": 2, "a couple": 2,
    "couple of": 2, "half a": None, "a few": None, "few": None, "several": None,
    "many": None, "some": None, "a number of": None, "dozens of": None,
    "hundreds of": None, "recent": None, "coming": None,
}  # fmt: skip
"""Count words (lowercase) -> the number, or None for a vague count (``PXD``)."""

ORDINAL_NUMBERS: Final[dict[str, int]] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21, "last": 4, "final": 4,
}  # fmt: skip
"""Ordinal words (lowercase) -> their number: centuries, quarters ("final" quarter is 4)."""
