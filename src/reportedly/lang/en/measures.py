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

QUALIFIERS: Final[dict[str, tuple[float, float]]] = {
    "more than": (1.0, float("inf")), "over": (1.0, float("inf")),
    "above": (1.0, float("inf")), "at least": (1.0, float("inf")),
    "upwards of": (1.0, float("inf")), "in excess of": (1.0, float("inf")),
    "less than": (0.0, 1.0), "fewer than": (0.0, 1.0), "under": (0.0, 1.0),
    "below": (0.0, 1.0), "at most": (0.0, 1.0), "up to": (0.0, 1.0),
    "about": (0.9, 1.1), "around": (0.9, 1.1), "roughly": (0.9, 1.1),
    "approximately": (0.9, 1.1), "some": (0.9, 1.1), "estimated": (0.9, 1.1),
    "an estimated": (0.9, 1.1), "close to": (0.9, 1.1), "nearly": (0.9, 1.0),
    "almost": (0.9, 1.0), "just under": (0.9, 1.0), "just over": (1.0, 1.1),
}  # fmt: skip
"""Words just before a number that make it a bound or an estimate -> the range of values it
allows, as factors of the number ("more than $1 million" allows $1.1 million; "about 140"
allows 126 to 154): two figures whose ranges meet do not contradict."""

HEAD_PREPOSITIONS: Final[frozenset[str]] = frozenset({"in", "of"})
"""Words after a figure that open the phrase naming what it counts ("$139 million in
adjusted gross income", "$44 million in federal income taxes"): the phrase's last content
word is the figure's head, and figures with different heads measure different things."""
