"""The sentence each renderer writes for a conflict: the data holds ids, not prose.

"Kremlin (a16) and Dmitry Peskov (a17) deny what Reuters (a1) reported: ..." for a
``fact`` conflict; "Sources disagree on when it happened relative to the invasion:
“within days” of 2022-02-24 vs “just before” 2022-02-24" for a ``timing`` one.
"""

from __future__ import annotations

from reportedly.lang.quotes import QUOTE_CHARACTERS
from reportedly.model import Attribution, Conflict, Report, Time

# Quotation marks and spaces trimmed from a time's text. Read from lang.quotes, not from
# the time stage, whose modules import spaCy: `reportedly --version` renders nothing.
QUOTES = QUOTE_CHARACTERS + " "

EXCERPT_CHARS = 90
"""How much of a denied claim the sentence quotes."""


def describe(conflict: Conflict, report: Report) -> str:
    """One English sentence saying what the disagreement is."""
    if conflict.kind == "fact":
        return _denial(conflict, report)
    return _timing(conflict, report)


def _denial(conflict: Conflict, report: Report) -> str:
    claim, *denials = (report.attribution(id_) for id_ in conflict.attributions)
    deniers = list(dict.fromkeys(_who(d, report) for d in denials))
    verb = "denies" if len(deniers) == 1 else "deny"
    return f"{' and '.join(deniers)} {verb} what {_who(claim, report)} reported: {_excerpt(claim)}"


def _who(attribution: Attribution | None, report: Report) -> str:
    if attribution is None:
        return "an unknown attribution"
    source = report.source(attribution.source)
    return f"{source.name if source else 'an unnamed source'} ({attribution.id})"


def _excerpt(attribution: Attribution | None) -> str:
    claim = " ".join(attribution.content.text.split()) if attribution else ""
    if len(claim) > EXCERPT_CHARS:
        claim = claim[: EXCERPT_CHARS - 1].rstrip() + "…"
    return claim


def _timing(conflict: Conflict, report: Report) -> str:
    times = {time.id: time for time in report.times}
    accounts = " vs ".join(_qualifier(times[id_]) for id_ in conflict.times if id_ in times)
    return f"Sources disagree on when it happened relative to the {conflict.event}: {accounts}"


def _qualifier(time: Time) -> str:
    """How a time places the event: “within days” of 2022-02-24, “just before” 2022-02-24."""
    value = time.value or "an unknown date"
    if time.anchor != "event" or not time.anchor_text:
        return f"“{time.text.strip(QUOTES)}” ({value})"
    words = time.text[: time.text.rfind(time.anchor_text)].strip(QUOTES)
    connector = ""
    if words.endswith(" of"):
        words, connector = words[:-3].strip(QUOTES), "of "
    return f"“{words}” {connector}{value}"
