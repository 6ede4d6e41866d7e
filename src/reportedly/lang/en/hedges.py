"""Hedges: words and phrases that mark a claim as unconfirmed or second-hand."""

from __future__ import annotations

from typing import Final

HEDGE_ADVERBS: Final[frozenset[str]] = frozenset(
    {
        "reportedly",
        "allegedly",
        "purportedly",
        "supposedly",
        "apparently",
        "ostensibly",
        "seemingly",
        "reputedly",
    }
)
"""Adverbs that mark a clause as second-hand ("Putin reportedly expanded ..."). Adverbs of
mere likelihood ("probably", "possibly") hedge a forecast, not a report, and stay out."""

HEDGE_PHRASES: Final[tuple[str, ...]] = (
    "could not be independently verified",
    "could not be independently confirmed",
    "could not immediately be verified",
    "could not immediately be confirmed",
    "could not be verified",
    "could not be confirmed",
    "cannot be independently verified",
    "cannot be independently confirmed",
    "has not been independently verified",
    "have not been independently verified",
    "was not independently verified",
    "were not independently verified",
)
"""Phrases that say the reporter could not check a claim; they hedge the attribution of
their own or the previous sentence."""

HEDGING_REPORT_NOUNS: Final[frozenset[str]] = frozenset(
    {"claim", "allegation", "accusation", "assertion", "rumor", "rumour"}
)
"""Report nouns that hedge the claim they name: "claims that the law has the potential to
discriminate" and "allegations that the White House dangled a job" are unproven ("reports
that" and "warnings that" are not), as the records benchmark marks them."""
