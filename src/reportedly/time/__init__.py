"""Temporal expressions: find, normalize, anchor to events, and flag conflicting accounts.

The stages, each in its own module:

- ``finder``: the grammar (``grammar``, built from the ``lang/en`` tables) finds candidate
  expressions in the text; the parse weeds out false friends ("May" the verb).
- ``normalize``: each candidate gets a TIMEX3 value and type against the publication
  date, reading the clause's tense (``tense``) for bare weekdays and months.
- ``events``: "three days before the invasion" is resolved from the date the article
  gives the invasion elsewhere, or says ``anchor="unresolved"``.
- ``conflicts``: attributions of different sources that time the same event differently.

Event-anchored times may contain other times ("within days of Russia's Feb. 24 invasion"
holds "Feb. 24"); both are reported, in document order of their start.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import cast

from spacy.tokens import Doc

from reportedly.doctext import text_of
from reportedly.lang.en.time_modifiers import ANAPHORIC_UNITS, DAY_SHIFTS
from reportedly.model import Attribution, Conflict, Time
from reportedly.time.calendar import Granularity, format_at, parse_value
from reportedly.time.conflicts import find_timing_conflicts
from reportedly.time.events import Draft, anchored_times
from reportedly.time.finder import Candidate, find_candidates
from reportedly.time.grammar import alternation
from reportedly.time.normalize import Context, Normalized, normalize
from reportedly.time.tense import modifies_noun, tense_of

__all__ = ["extract_times", "find_conflicts"]

DAY_SHIFT = re.compile(rf"(?<![\w])(?P<shift>{alternation(DAY_SHIFTS)})\s+$", re.IGNORECASE)
"""Words that end just before a dated day and move it: "day before" of "the day before
last Tuesday"."""


def extract_times(
    doc: Doc, *, published: date | None, attributions: tuple[Attribution, ...]
) -> tuple[Time, ...]:
    """Every temporal expression in the Doc, normalized, in document order."""
    drafts = plain_times(doc, published=published)
    anchored, absorbed = anchored_times(doc, drafts, published)
    kept = [d for d in drafts if d not in absorbed] + list(anchored)
    kept.sort(key=lambda d: (d.start, -d.end))
    return tuple(
        _time(doc, f"t{number}", draft, attributions) for number, draft in enumerate(kept, 1)
    )


def plain_times(doc: Doc, *, published: date | None) -> tuple[Draft, ...]:
    """The expressions the grammar finds, normalized, before event anchoring."""
    drafts: list[Draft] = []
    anchor_text = published.isoformat() if published else None
    for candidate in find_candidates(doc):
        span = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
        if span is None:
            continue
        context = Context(published, tense_of(span), modifies_noun(span))
        reading = normalize(candidate, context)
        if reading is None:
            continue
        if candidate.kind == "anaphoric":
            reading = _antecedent(candidate, drafts) or reading
        start = candidate.start
        shifted = _day_shift(doc, candidate, reading, drafts[-1].end if drafts else 0)
        if shifted is not None:
            start, reading = shifted
        drafts.append(
            Draft(
                start=start,
                end=candidate.end,
                value=reading.value,
                type=reading.type,
                anchor=reading.anchor,
                anchor_text=anchor_text if reading.anchor == "publication" else None,
                mod=reading.mod,
            )
        )
    return tuple(drafts)


def _day_shift(
    doc: Doc, candidate: Candidate, reading: Normalized, after: int
) -> tuple[int, Normalized] | None:
    """ "the day before last Tuesday": where the shifted expression starts and its day,
    when a ``DAY_SHIFTS`` phrase ends just before a time that is one day; else None."""
    if reading.type != "date" or reading.value is None or len(reading.value) != 10:
        return None
    text = text_of(doc)
    match = DAY_SHIFT.search(text, max(after, candidate.start - 20), candidate.start)
    if match is None:
        return None
    try:
        day = date.fromisoformat(reading.value)
    except ValueError:
        return None
    moved = day + timedelta(days=DAY_SHIFTS[" ".join(match.group("shift").lower().split())])
    return match.start(), Normalized(moved.isoformat(), "date", reading.anchor, reading.mod)


def _antecedent(candidate: Candidate, drafts: list[Draft]) -> Normalized | None:
    """ "later that year": the last date given in full before it, at the unit's
    granularity; None when the text gave none."""
    unit = ANAPHORIC_UNITS[(candidate.group("unit") or "").lower()]
    for draft in reversed(drafts):
        days = parse_value(draft.value) if draft.anchor == "absolute" else None
        if days is not None and draft.type == "date":
            value = format_at(days[0], cast(Granularity, unit))
            if unit == "day" and days[0] != days[1]:
                return None  # "that day" after "in 1998": no day to point at
            return Normalized(value, "date", "absolute")
    return None


def _time(doc: Doc, time_id: str, draft: Draft, attributions: tuple[Attribution, ...]) -> Time:
    holders = tuple(
        a.id
        for a in attributions
        if any(p.start <= draft.start and draft.end <= p.end for p in (a.content, *a.content_parts))
    )
    return Time(
        id=time_id,
        text=text_of(doc)[draft.start : draft.end],
        start=draft.start,
        end=draft.end,
        value=draft.value,
        type=draft.type,
        anchor=draft.anchor,
        anchor_text=draft.anchor_text,
        mod=draft.mod,
        earliest=draft.earliest,
        latest=draft.latest,
        attributions=holders,
    )


def find_conflicts(
    doc: Doc, *, times: tuple[Time, ...], attributions: tuple[Attribution, ...]
) -> tuple[Conflict, ...]:
    """Attributions whose sources give different times for the same event."""
    return find_timing_conflicts(doc, times, attributions)
