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
        "rumoredly",
        "presumably",
        "possibly",
        "likely",
        "probably",
    }
)
"""Adverbs that hedge the clause they modify ("Putin reportedly expanded ...")."""

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
