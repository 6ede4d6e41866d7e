"""Measures: what a number in a claim counts, so that two figures for the same measure can
be compared ("killed 12 workers" and "killed 15 workers"; "$4.2 billion" and "$3.9 billion")
by ``corpus.claims``."""

from __future__ import annotations

from typing import Final

CURRENCY_SYMBOLS: Final[dict[str, str]] = {
    "$": "usd", "us$": "usd", "€": "eur", "£": "gbp", "¥": "jpy",
}  # fmt: skip
"""A symbol before a number -> the currency it names."""

CURRENCY_WORDS: Final[dict[str, str]] = {
    "dollar": "usd", "dollars": "usd", "euro": "eur", "euros": "eur", "pound": "gbp",
    "pounds": "gbp", "sterling": "gbp", "yen": "jpy", "yuan": "cny", "rupees": "inr",
    "rubles": "rub", "roubles": "rub",
}  # fmt: skip
"""A word after a number (or its scale) -> the currency it names."""

SCALES: Final[dict[str, int]] = {
    "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000, "mln": 1_000_000, "bln": 1_000_000_000, "bn": 1_000_000_000,
    "m": 1_000_000, "k": 1_000,
}  # fmt: skip
"""A word after a number that multiplies it ("4.2 billion")."""

PERCENT_WORDS: Final[frozenset[str]] = frozenset({"percent", "per cent", "%", "pct"})
"""Words after a number that make it a share."""

MEASURE_NOUNS: Final[frozenset[str]] = frozenset(
    {"toll", "price", "cost", "count", "total", "number", "tally", "figure", "value", "rate",
     "fine", "bill", "budget"}
)  # fmt: skip
"""Nouns that name a measure a few words before its number, when no noun follows the
number itself ("the death toll rose to 15", "a price of 40")."""
