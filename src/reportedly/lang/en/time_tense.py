"""Words that set the tense a bare weekday or month is read in ("will meet Friday")."""

from __future__ import annotations

from typing import Final

FUTURE_AUXILIARIES: Final[frozenset[str]] = frozenset({"will", "shall", "'ll", "wo"})
"""Auxiliaries (lowercase) of the future: "will vote Friday" is the coming Friday."""

FUTURE_PREDICATES: Final[frozenset[str]] = frozenset(
    {"schedule", "plan", "expect", "due", "set", "slate", "want", "hope", "intend", "postpone",
     "delay", "adjourn", "defer"}
)  # fmt: skip
"""Lemmas that look ahead: "is scheduled for Monday", "plans to vote Friday"."""

FUTURE_PREPOSITIONS: Final[frozenset[str]] = frozenset({"until", "till", "til"})
"""Prepositions before a time that point ahead: "postponed until Saturday"."""
