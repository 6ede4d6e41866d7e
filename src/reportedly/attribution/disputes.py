"""Disputed claims: a denial set against the report it answers is a ``fact`` conflict.

"The Kremlin denied the Reuters report's authenticity, with spokesman Dmitry Peskov
telling the British news agency that 'No such thing ever happened.'" gives one conflict:
Reuters' report on one side, the Kremlin's and Peskov's denials on the other.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportedly.model import Attribution, Conflict


def denial_conflicts(attributions: Sequence[Attribution]) -> tuple[Conflict, ...]:
    """One conflict per denied report: the report first, then every denial of it."""
    by_id = {a.id: a for a in attributions}
    denials: dict[str, list[Attribution]] = {}
    for attribution in attributions:
        if attribution.stance == "deny" and attribution.target in by_id:
            denials.setdefault(attribution.target, []).append(attribution)
    return tuple(
        Conflict("fact", (target, *(d.id for d in against))) for target, against in denials.items()
    )
