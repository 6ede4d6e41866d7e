"""Events that articles date and other times lean on ("three days before the invasion")."""

from __future__ import annotations

from typing import Final

EVENT_NOUNS: Final[frozenset[str]] = frozenset({
    "invasion", "explosion", "blast", "election", "attack", "assault", "offensive",
    "counteroffensive", "strike", "airstrike", "bombing", "shooting", "crash", "collision",
    "earthquake", "quake", "flood", "fire", "storm", "hurricane", "war", "coup", "uprising",
    "revolution", "referendum", "vote", "summit", "meeting", "talks", "negotiation",
    "ceasefire", "truce", "signing", "agreement", "annexation", "withdrawal", "occupation",
    "siege", "raid", "arrest", "trial", "verdict", "ruling", "inauguration", "resignation",
    "death", "killing", "assassination", "murder", "funeral", "announcement", "speech",
    "address", "visit", "protest", "demonstration", "riot", "launch", "landing", "outbreak",
    "pandemic", "lockdown", "crisis", "collapse", "merger", "acquisition", "deal",
    "hearing", "debate", "primary", "poll", "incident", "disaster", "mobilization",
    "mobilisation", "escalation", "leak", "hack", "breach", "sanctions", "recognition",
    "surgery", "operation", "departure", "arrival", "diagnosis", "release", "wedding",
    "ceremony", "match", "race", "flight", "interview", "conference", "session",
})  # fmt: skip
"""Nouns (lemmas, lowercase) naming an event that a time can be anchored to."""

EVENT_VERBS: Final[dict[str, str]] = {
    "invade": "invasion", "explode": "explosion", "elect": "election", "attack": "attack",
    "strike": "strike", "bomb": "bombing", "shoot": "shooting", "crash": "crash",
    "annex": "annexation", "withdraw": "withdrawal", "occupy": "occupation",
    "raid": "raid", "arrest": "arrest", "inaugurate": "inauguration", "resign": "resignation",
    "die": "death", "kill": "killing", "assassinate": "assassination", "meet": "meeting",
    "sign": "signing", "visit": "visit", "announce": "announcement", "mobilize": "mobilization",
    "recognize": "recognition", "recognise": "recognition", "depart": "departure",
    "arrive": "arrival", "release": "release", "operate": "operation",
}  # fmt: skip
"""Verbs (lemmas) whose dated use dates the matching event noun ("invaded on Feb. 24")."""

ANCHOR_RELATIONS: Final[dict[str, str]] = {
    "before": "BEFORE", "prior to": "BEFORE", "ahead of": "BEFORE",
    "in the run-up to": "BEFORE", "in the lead-up to": "BEFORE",
    "on the eve of": "BEFORE", "earlier than": "BEFORE",
    "after": "AFTER", "following": "AFTER", "since": "ON_OR_AFTER",
    "in the wake of": "AFTER", "in the aftermath of": "AFTER",
    "later than": "AFTER", "within": "APPROX", "at the start of": "START",
    "in the early days of": "START", "in the first days of": "START",
    "the early days of": "START", "the first days of": "START",
    "during": "DURING", "at the time of": "ON", "on the day of": "ON",
    "the day of": "ON",
}  # fmt: skip
"""Words relating a time to an event -> how the time relates to the event.

BEFORE/AFTER/ON_OR_AFTER/START are TIMEX3 mods; ON and DURING put the time at the event;
APPROX ("within days of") puts it on either side."""

ANCHOR_NEARNESS: Final[dict[str, int]] = {
    "just": 7, "shortly": 7, "right": 3, "immediately": 3, "soon": 14, "days": 10,
    "weeks": 60, "hours": 1, "months": 365, "long": 0, "well": 0,
}  # fmt: skip
"""Words before a relation ("just before", "within days of") -> how many days it spans.

Read as the widest gap a reader would accept; 0 means no bound ("long before").
"""
