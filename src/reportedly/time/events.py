"""Event-anchored times: "three days before Putin launched the 2022 invasion".

Two steps. ``event_dates`` reads which events the article dates ("Russia's Feb. 24
invasion", "the explosion on Monday", "Russia invaded on Feb. 24"): a dated expression
whose head chain reaches an event noun (or an event verb) within a few steps. Then
``anchored_times`` finds a relation word ("before", "within ... of", "just after") with an
event noun after it in the same clause, and resolves it from the event's date: an offset
("three days before" -> the day), a range ("within days of" -> either side), or a bound
("just before" -> ``mod=BEFORE`` and the days before). An event the article never dates
gives ``anchor="unresolved"`` and no value rather than a guess.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from reportedly.doctext import text_of
from reportedly.lang.en.time_events import (
    ANCHOR_NEARNESS,
    ANCHOR_RELATIONS,
    EVENT_NOUNS,
    EVENT_VERBS,
)
from reportedly.lang.quotes import OPENING_CHARACTERS as OPENING_QUOTES
from reportedly.lang.quotes import QUOTE_CHARACTERS
from reportedly.model import TimeAnchor, TimeMod, TimeType
from reportedly.time.calendar import format_at, granularity_of, parse_value, shift
from reportedly.time.grammar import alternation, word

RELATION = re.compile(word(f"(?P<rel>{alternation(ANCHOR_RELATIONS)})"), re.IGNORECASE)
DURATION_VALUE = re.compile(r"^PT?(?P<amount>\d+|X)(?P<letter>[DWMYH])$")
VAGUE_WORDS = {"D": "days", "W": "weeks", "M": "months", "H": "hours", "Y": "months"}
CLAUSE_END = frozenset({",", ";", ":", ".", "\u2014", "\u2013", "(", ")", "?", "!"})
# relations that make a time expression with nothing before them ("at the time of X")
STANDALONE_RELATIONS = frozenset({"START", "ON"})
QUOTES = QUOTE_CHARACTERS + " "  # quotation marks, and spaces
# how far after a relation word the event noun may stand, and how far up the parse a
# dated expression may climb to reach its event noun; set by hand on the sample article
EVENT_WINDOW = 14
MAX_CLIMB = 3


@dataclass(frozen=True, slots=True)
class Draft:
    """A time before it gets its id and attributions: a ``model.Time`` in the making."""

    start: int
    end: int
    value: str | None
    type: TimeType
    anchor: TimeAnchor
    anchor_text: str | None = None
    mod: TimeMod | None = None
    earliest: str | None = None
    latest: str | None = None


@dataclass(frozen=True, slots=True)
class DatedEvent:
    """An event noun the article gives a date for."""

    lemma: str
    token: int
    value: str


def event_token(token: Token) -> str | None:
    """The event lemma a token names (a noun, or a verb mapped to its noun), else None."""
    lemma = token.lemma_.lower()
    if token.pos_ in ("NOUN", "PROPN") and lemma in EVENT_NOUNS:
        return lemma
    if token.pos_ == "VERB" and lemma in EVENT_VERBS:
        return EVENT_VERBS[lemma]
    return None


def dated_event(span: Span) -> tuple[str, Token] | None:
    """The event that a dated expression dates, climbing from its root, else None."""
    token = span.root
    for _ in range(MAX_CLIMB):
        if token.head is token:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return _clause_event(token)
        lemma = event_token(token)
        if lemma is not None and not (span.start <= token.i < span.end):
            return lemma, token
    return None


def _clause_event(verb: Token) -> tuple[str, Token] | None:
    """The event a dated clause is about: its event-noun subject ("the blast on Monday
    killed three"), else the verb's own event ("invaded on Feb. 24")."""
    for child in verb.children:
        lemma = event_token(child) if child.dep_ in ("nsubj", "nsubjpass") else None
        if lemma is not None:
            return lemma, child
    lemma = event_token(verb)
    return (lemma, verb) if lemma is not None else None


def event_dates(doc: Doc, drafts: tuple[Draft, ...]) -> tuple[DatedEvent, ...]:
    """Every event the article dates, from the drafts that carry a calendar value."""
    found = []
    for draft in drafts:
        if draft.type not in ("date", "time") or parse_value(draft.value) is None:
            continue
        span = doc.char_span(draft.start, draft.end, alignment_mode="expand")
        event = dated_event(span) if span is not None else None
        if event is not None and draft.value is not None:
            found.append(DatedEvent(event[0], event[1].i, draft.value.split("T")[0]))
    return tuple(found)


def resolve_event(token: Token, lemma: str, dated: tuple[DatedEvent, ...]) -> str | None:
    """The date of the event a token names: its own date made as precise as the article
    allows elsewhere (same event noun, consistent value); the nearest earlier one wins ties.
    """
    own = next((d.value for d in dated if d.token == token.i), None)
    same = [d for d in dated if d.lemma == lemma and (own is None or d.value.startswith(own))]
    if not same:
        return own
    best = max(len(d.value) for d in same)
    precise = [d for d in same if len(d.value) == best]
    earlier = [d for d in precise if d.token < token.i]
    return (earlier[-1] if earlier else precise[0]).value


@dataclass(frozen=True, slots=True)
class Lead:
    """What stands before the relation word: an offset, a nearness word, or nothing."""

    start: int
    amount: int | None
    letter: str | None
    near_days: int
    draft: Draft | None


def anchored_times(
    doc: Doc, drafts: tuple[Draft, ...], published: date | None
) -> tuple[tuple[Draft, ...], frozenset[Draft]]:
    """Event-anchored drafts, and the plain drafts they absorb ("three days" in "three days
    before the invasion"). Expressions may nest: the inner "Feb. 24" stays its own time.
    """
    dated = event_dates(doc, drafts)
    anchored, absorbed = [], set()
    for match in RELATION.finditer(text_of(doc)):
        result = _anchored(doc, match, drafts, dated)
        if result is not None:
            draft, lead = result
            anchored.append(draft)
            if lead is not None:
                absorbed.add(lead)
    return tuple(anchored), frozenset(absorbed)


def _anchored(
    doc: Doc, match: re.Match[str], drafts: tuple[Draft, ...], dated: tuple[DatedEvent, ...]
) -> tuple[Draft, Draft | None] | None:
    relation = ANCHOR_RELATIONS[" ".join(match.group("rel").lower().split())]
    after = match.end()
    lead = _lead(text_of(doc), match.start(), drafts)
    if relation == "APPROX":
        inner = _inner_lead(text_of(doc), after, drafts)
        if inner is None:
            return None
        lead, after = inner
    if lead is None and relation not in STANDALONE_RELATIONS:
        return None  # "after his arrest": two events in order, not a time expression
    event = _event_after(doc, after)
    if event is None:
        return None
    token, lemma, end = event
    if any(d.start <= match.start() < d.end for d in drafts):
        return None
    start = match.start() if relation == "APPROX" or lead is None else lead.start
    if start > 0 and text_of(doc)[start - 1] in OPENING_QUOTES and _closes(text_of(doc)[start:end]):
        start -= 1  # “within days” of ...: keep the quote the expression opens with
    phrase_start = max(token.left_edge.idx, after)
    anchor_text = text_of(doc)[phrase_start:end].strip(QUOTES)
    value = resolve_event(token, lemma, dated)
    base = Draft(start, end, None, "date", "unresolved", anchor_text, mod=None)
    if value is None:
        return base, lead.draft if lead else None
    return _reading(base, relation, lead, value), lead.draft if lead else None


def _closes(text: str) -> bool:
    """Whether a closing quote in ``text`` has no opening one before it."""
    return any(q in text for q in '\u201d\u2019"') and not any(q in text for q in "\u201c")


def _lead(text: str, start: int, drafts: tuple[Draft, ...]) -> Lead | None:
    before = text[:start].rstrip(QUOTES)
    duration = next((d for d in drafts if d.end == len(before) and d.type == "duration"), None)
    if duration is not None:
        return _duration_lead(duration)
    words = before.split()
    last = words[-1].lstrip(QUOTES).lower() if words else ""
    if last in ANCHOR_NEARNESS:
        return Lead(len(before) - len(last), None, None, ANCHOR_NEARNESS[last], None)
    return None


def _inner_lead(text: str, after: int, drafts: tuple[Draft, ...]) -> tuple[Lead, int] | None:
    """ "within days of", "within three weeks of": the lead and where "of" ends."""
    rest = len(text) - len(text[after:].lstrip(QUOTES))
    duration = next((d for d in drafts if d.start == rest and d.type == "duration"), None)
    if duration is not None:
        lead, end = _duration_lead(duration), duration.end
    else:
        found = re.match(r"\w+", text[rest:])
        if found is None or found.group().lower() not in ANCHOR_NEARNESS:
            return None
        lead = Lead(rest, None, None, ANCHOR_NEARNESS[found.group().lower()], None)
        end = rest + found.end()
    of = re.match(rf"[{QUOTES}]*of\s", text[end:])
    if of is None:
        return None
    return lead, end + of.end()


def _duration_lead(draft: Draft) -> Lead:
    found = DURATION_VALUE.match(draft.value or "")
    if found is None:
        return Lead(draft.start, None, None, 0, draft)
    letter = found.group("letter")
    if found.group("amount") == "X":
        return Lead(draft.start, None, None, ANCHOR_NEARNESS[VAGUE_WORDS[letter]], draft)
    return Lead(draft.start, int(found.group("amount")), letter, 0, draft)


def _event_after(doc: Doc, after: int) -> tuple[Token, str, int] | None:
    """The first event noun in the clause after ``after``, its lemma and where its phrase ends."""
    first = next((t for t in doc if t.idx >= after), None)
    if first is None:
        return None
    window = []
    for token in doc[first.i : first.i + EVENT_WINDOW]:
        if token.text in CLAUSE_END or (token.is_sent_start and token.i != first.i):
            break
        window.append(token)
    if not window:
        return None
    for token in window:
        lemma = event_token(token)
        if lemma is not None:
            last = token.right_edge.i if token.right_edge.i <= window[-1].i else token.i
            return token, lemma, doc[last].idx + len(doc[last])
    return None


def _reading(base: Draft, relation: str, lead: Lead | None, value: str) -> Draft:
    """The anchored draft's value, mod and range from the event's date."""
    bounds = parse_value(value)
    assert bounds is not None
    first, last = bounds
    anchored = replace(base, anchor="event", value=value)
    if lead is not None and lead.amount is not None and lead.letter is not None:
        return _offset(anchored, relation, lead.amount, lead.letter, first, last)
    near = timedelta(days=lead.near_days) if lead is not None and lead.near_days else None
    one = timedelta(days=1)
    # an event known only to the month ("the February meeting") bounds loosely: "just
    # after" it may fall anywhere from its first day to some days past its last
    if relation == "BEFORE":
        low = first - near if near else None
        return _ranged(anchored, "BEFORE", low, last - one)
    if relation in ("AFTER", "ON_OR_AFTER"):
        high = last + near if near else None
        if relation == "AFTER":
            return _ranged(anchored, "AFTER", first + one, high)
        return _ranged(anchored, "ON_OR_AFTER", first, high)
    if relation == "APPROX":
        span = near or timedelta(days=ANCHOR_NEARNESS["days"])
        return _ranged(anchored, "APPROX", first - span, last + span)
    if relation == "START":
        return _ranged(anchored, "START", first, first + timedelta(days=ANCHOR_NEARNESS["days"]))
    return anchored


def _ranged(draft: Draft, mod: TimeMod, low: date | None, high: date | None) -> Draft:
    return replace(
        draft,
        mod=mod,
        earliest=low.isoformat() if low else None,
        latest=high.isoformat() if high else None,
    )


def _offset(draft: Draft, relation: str, amount: int, letter: str, first: date,
            last: date) -> Draft:  # fmt: skip
    """ "three days before" an event dated to the day: the day itself."""
    granularity = granularity_of(draft.value or "")
    unit_granularity = {"D": "day", "W": "day", "M": "month", "Y": "year", "H": "day"}[letter]
    order = ["day", "week", "month", "quarter", "year", "decade", "century"]
    if granularity is None or order.index(granularity) > order.index(unit_granularity):
        return replace(draft, value=None, anchor="unresolved")
    if letter == "H":
        letter, amount = "D", max(amount // 24, 0)
    if relation == "BEFORE":
        day = shift(first, -amount, letter)
    elif relation in ("AFTER", "ON_OR_AFTER"):
        day = shift(last, amount, letter)
    elif relation == "APPROX":
        low, high = shift(first, -amount, letter), shift(last, amount, letter)
        return _ranged(draft, "APPROX", low, high)
    else:
        return draft
    return replace(draft, value=format_at(day, unit_granularity))  # type: ignore[arg-type]


def iter_event_tokens(span: Span) -> Iterator[tuple[str, Token]]:
    """The event lemmas named inside a span, in order."""
    for token in span:
        lemma = event_token(token)
        if lemma is not None:
            yield lemma, token
