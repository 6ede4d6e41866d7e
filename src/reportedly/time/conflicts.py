"""Timing conflicts: sources that place the same event at incompatible times.

"The same event" is read narrowly: two event-anchored times that lean on the same event
noun dated the same ("within days of the invasion" vs "just before the invasion"), or two
dates that date the same event noun ("the blast on Monday" vs "the blast on Sunday").
They conflict when they sit in attributions of different sources, about the same thing
(the contents share a common noun outside the times: "the deal"), and their readings
cannot both hold: ranges that do not meet, or one account that puts it strictly before
the event ("just before") against one that puts it at, around or after it ("within days
of", "in the early days of"). Precedence is the claim a "before" account makes; an
"around" account does not grant it.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

from spacy.tokens import Doc

from reportedly.model import Attribution, Conflict, Time
from reportedly.time.calendar import parse_value
from reportedly.time.events import dated_event, iter_event_tokens


def find_timing_conflicts(
    doc: Doc, times: tuple[Time, ...], attributions: tuple[Attribution, ...]
) -> tuple[Conflict, ...]:
    """One ``timing`` conflict per pair of disagreeing attributions, in document order."""
    by_id = {a.id: a for a in attributions}
    groups: dict[tuple[str, str], list[Time]] = defaultdict(list)
    for time in times:
        key = _event_key(doc, time)
        if key is not None and time.attributions:
            groups[key].append(time)
    conflicts: list[Conflict] = []
    seen: set[tuple[str, ...]] = set()
    for (lemma, _), group in groups.items():
        for first, second in combinations(group, 2):
            if not _incompatible(first, second):
                continue
            pair = _disagreeing(doc, first, second, by_id)
            if pair is None or pair in seen:
                continue
            seen.add(pair)
            conflicts.append(Conflict("timing", pair, times=(first.id, second.id), event=lemma))
    return tuple(conflicts)


def _event_key(doc: Doc, time: Time) -> tuple[str, str] | None:
    """(event lemma, what the time is measured against) for times tied to an event."""
    if time.anchor == "event" and time.anchor_text:
        offset = time.text.rfind(time.anchor_text)
        span = doc.char_span(time.start + max(offset, 0), time.end, alignment_mode="expand")
        event = next(iter_event_tokens(span), None) if span is not None else None
        return None if event is None else (event[0], "event")
    if time.type != "date" or parse_value(time.value) is None:
        return None
    span = doc.char_span(time.start, time.end, alignment_mode="expand")
    event = dated_event(span) if span is not None else None
    return None if event is None else (event[0], "date")


def _bounds(time: Time) -> tuple[str, str] | None:
    parsed = parse_value(time.value)
    low = time.earliest or (parsed[0].isoformat() if parsed and time.mod is None else None)
    high = time.latest or (parsed[1].isoformat() if parsed and time.mod is None else None)
    return (low or "0000", high or "9999") if (low or high) else None


def _incompatible(first: Time, second: Time) -> bool:
    if first.anchor == "event" and (first.mod == "BEFORE") != (second.mod == "BEFORE"):
        return True
    a, b = _bounds(first), _bounds(second)
    if a is None or b is None:
        return False
    return a[1] < b[0] or b[1] < a[0]


def _disagreeing(
    doc: Doc, first: Time, second: Time, by_id: dict[str, Attribution]
) -> tuple[str, ...] | None:
    """The attributions, of different sources and about the same thing, that hold these
    two times; None when there are none."""
    involved: set[str] = set()
    for left in first.attributions:
        for right in second.attributions:
            a, b = by_id.get(left), by_id.get(right)
            if a is None or b is None or a.id == b.id:
                continue
            if a.source is None or b.source is None or a.source == b.source:
                continue
            if _topic(doc, a, first) & _topic(doc, b, second):
                involved |= {a.id, b.id}
    order = [a.id for a in by_id.values()]
    return tuple(sorted(involved, key=order.index)) or None


def _topic(doc: Doc, attribution: Attribution, time: Time) -> set[str]:
    """The common nouns an attribution says something about, outside the time itself:
    "the push to finalize the deal occurred within days of ..." -> {push, deal}.
    """
    nouns: set[str] = set()
    for part in attribution.content_parts or (attribution.content,):
        span = doc.char_span(part.start, part.end, alignment_mode="expand")
        for token in span if span is not None else ():
            if token.pos_ == "NOUN" and not time.start <= token.idx < time.end:
                nouns.add(token.lemma_.lower())
    return nouns
