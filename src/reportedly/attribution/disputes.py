"""Disputed claims: a denial set against the report it answers is a ``fact`` conflict.

"The Kremlin denied the Reuters report's authenticity, with spokesman Dmitry Peskov
telling the British news agency that 'No such thing ever happened.'" gives one conflict:
Reuters' report on one side, the Kremlin's and Peskov's denials on the other.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportedly.model import Attribution, Conflict, Source

EXCERPT_CHARS = 90


def denial_conflicts(
    attributions: Sequence[Attribution], sources: Sequence[Source]
) -> tuple[Conflict, ...]:
    """One conflict per denied report: the report first, then every denial of it."""
    by_id = {a.id: a for a in attributions}
    names = {s.id: s.name for s in sources}
    denials: dict[str, list[Attribution]] = {}
    for attribution in attributions:
        if attribution.stance == "deny" and attribution.target in by_id:
            denials.setdefault(attribution.target, []).append(attribution)
    return tuple(
        Conflict(
            "fact",
            (target, *(d.id for d in against)),
            _describe(by_id[target], against, names),
        )
        for target, against in denials.items()
    )


def _describe(report: Attribution, denials: list[Attribution], names: dict[str, str]) -> str:
    deniers = list(dict.fromkeys(_who(d, names) for d in denials))
    verb = "denies" if len(deniers) == 1 else "deny"
    claim = " ".join(report.content.text.split())
    if len(claim) > EXCERPT_CHARS:
        claim = claim[: EXCERPT_CHARS - 1].rstrip() + "…"
    return f"{' and '.join(deniers)} {verb} what {_who(report, names)} reported: {claim}"


def _who(attribution: Attribution, names: dict[str, str]) -> str:
    name = names.get(attribution.source or "", "an unnamed source")
    return f"{name} ({attribution.id})"
