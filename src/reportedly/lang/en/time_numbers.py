"""Number words that count units of time ("three days", "a decade", "several weeks")."""

from __future__ import annotations

from typing import Final

from reportedly.lang.en.numbers import CARDINALS, ORDINALS

NOT_TIME_COUNTS: Final[frozenset[str]] = frozenset({"another", "both"})
"""Count words that never count units of time in a duration."""

TIME_NUMBERS: Final[dict[str, int | None]] = {
    **{word: n for word, n in CARDINALS.items() if word not in NOT_TIME_COUNTS},
    "a hundred": 100, "a dozen": 12, "a couple of": 2, "a couple": 2,
    "couple of": 2, "half a": None, "a few": None, "few": None, "several": None,
    "many": None, "some": None, "a number of": None, "dozens of": None,
    "hundreds of": None, "recent": None, "coming": None,
}  # fmt: skip
"""Count words (lowercase) -> the number, or None for a vague count (``PXD``)."""

ORDINAL_NUMBERS: Final[dict[str, int]] = {**ORDINALS, "last": 4, "final": 4}
"""Ordinal words (lowercase) -> their number: centuries, quarters ("final" quarter is 4)."""
