"""Find temporal expressions: run the grammar, keep the longest matches, drop false friends.

A match becomes a ``Candidate`` (its kind, character extent and named groups). Filters that
need the parse live here: "May" the modal verb, "2000 people", "the fall of Kabul".
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from reportedly.doctext import text_of
from reportedly.lang.en.time_calendar import MONTH_NOUN_FOLLOWERS
from reportedly.lang.en.time_units import IDIOM_LEADS, ORDINAL_UNITS
from reportedly.time.grammar import PATTERNS, Pattern

COUNT_TAGS = frozenset({"NNS", "NNPS"})
NUMERIC_ENTS = frozenset({"MONEY", "PERCENT", "QUANTITY"})
NAME_ENTS = frozenset({"PERSON"})
ORDINAL_TAGS = frozenset({"JJ"})
PROPER_TAGS = frozenset({"NNP", "NNPS"})
NAMEABLE_KINDS = frozenset(
    {"duration", "duration_vague", "duration_long", "duration_bare", "clock_word"}
)
"""Kinds whose words, capitalized inside a sentence, are part of a name or a title."""


@dataclass(frozen=True, slots=True)
class Candidate:
    """One matched expression before normalization."""

    kind: str
    start: int
    end: int
    groups: tuple[tuple[str, str], ...]
    priority: int
    reach: int = 0
    """Where the match ends, words read but left out of the extent included ("October"
    of "October this year"); no other expression may start before it."""

    def group(self, name: str) -> str | None:
        """The text of a named group, or None where it did not take part in the match."""
        return next((text for key, text in self.groups if key == name), None)


def find_candidates(doc: Doc) -> tuple[Candidate, ...]:
    """Every temporal expression the grammar finds in the Doc, non-overlapping, in order."""
    matches = sorted(
        _matches(text_of(doc)), key=lambda c: (c.start, -(c.end - c.start), c.priority)
    )
    chosen: list[Candidate] = []
    for candidate in matches:
        if chosen and candidate.start < max(chosen[-1].end, chosen[-1].reach):
            continue
        if _plausible(doc, candidate):
            chosen.append(candidate)
    return tuple(chosen)


def _matches(text: str) -> Iterator[Candidate]:
    for pattern in PATTERNS:
        yield from _pattern_matches(text, pattern)


def _pattern_matches(text: str, pattern: Pattern) -> Iterator[Candidate]:
    for match in pattern.regex.finditer(text):
        groups = tuple((k, v) for k, v in match.groupdict().items() if v is not None)
        start, end = match.span()
        if match.group("pre") if "pre" in pattern.regex.groupindex else None:
            start = match.end("pre")
        if match.group("post") if "post" in pattern.regex.groupindex else None:
            end = match.start("post")
        yield Candidate(pattern.kind, start, end, groups, pattern.priority, match.end())


def _span(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def _plausible(doc: Doc, candidate: Candidate) -> bool:
    """False for matches that only look like times."""
    span = _span(doc, candidate.start, candidate.end)
    if span is None:
        return False
    month = candidate.group("month")
    if month is not None and not _plausible_month(month, span, candidate):
        return False
    weekday = candidate.group("wd")
    if weekday is not None and not weekday[0].isupper():
        return False
    text = text_of(doc)
    if (
        "/"
        in text[max(candidate.start - 1, 0) : candidate.start]
        + text[candidate.end : candidate.end + 1]
    ):
        return False  # a path or a URL: 2022/09/14, 24/7 ("5 1/2 hours" is a time)
    if candidate.kind in NAMEABLE_KINDS and _title(span, candidate.kind):
        return False
    if candidate.kind == "clock_word" and _idiom(span):
        return False
    if candidate.kind == "duration" and not _plausible_duration(span):
        return False
    if candidate.kind == "year" and not _plausible_year(doc, span):
        return False
    if candidate.kind == "season" and not _plausible_season(doc, candidate):
        return False
    return not (candidate.kind == "duration_bare" and span[-1].ent_type_ == "ORG")


def _plausible_month(month: str, span: Span, candidate: Candidate) -> bool:
    if not month[0].isupper():
        return False
    standalone = candidate.kind == "month" and not (
        candidate.group("year") or candidate.group("rel") or candidate.group("pos")
    )
    if not standalone:
        return True
    after = text_of(span.doc)[candidate.end : candidate.end + 12].lower().split()
    followers = MONTH_NOUN_FOLLOWERS.get(month.lower(), ())
    if any(" ".join(after[: len(f.split())]) == f for f in followers):
        return False
    token = next((t for t in span if t.text.lower().startswith(month.lower()[:3])), None)
    if token is None:
        return True
    if token.tag_ == "MD" or (month.lower() in ("may", "march") and token.tag_.startswith("VB")):
        return False
    # "March" / "May" as a name: "Theresa May", "the March of Dimes"
    if token.ent_type_ in NAME_ENTS:
        return False
    return not (token.i > 0 and token.nbor(-1).pos_ == "PROPN")


def _plausible_year(doc: Doc, span: Span) -> bool:
    token = span[-1]
    if token.ent_type_ in NUMERIC_ENTS:
        return False
    if token.i > 0 and token.nbor(-1).text in ("$", "€", "£", "#", "No.", "number"):
        return False
    if not token.text.isdigit():
        return True  # "post-1959 politics"
    return not (token.i + 1 < len(doc) and token.nbor(1).tag_ in COUNT_TAGS)


def _title(span: Span, kind: str) -> bool:
    """True for a unit or clock word the tagger reads as a proper noun inside a sentence:
    a title or a name ("CBS's ''60 Minutes''", "the film ``High Noon''"), not a time."""
    if kind == "clock_word" and len(span) > 1:
        return False  # "Noon Friday" in a headline is still a time
    unit = span[-1]
    return unit.text[:1].isupper() and unit.tag_ in PROPER_TAGS and not unit.is_sent_start


def _idiom(span: Span) -> bool:
    """True for a clock word in an idiom that names no time ("high noon")."""
    first = span[0]
    leads = IDIOM_LEADS.get(first.lower_, frozenset())
    return first.i > 0 and first.nbor(-1).lower_ in leads


def _plausible_duration(span: Span) -> bool:
    """False for "a second betrayal": an ordinal, not a count of seconds."""
    last = span[-1]
    return not (last.lower_ in ORDINAL_UNITS and last.tag_ in ORDINAL_TAGS)


def _plausible_season(doc: Doc, candidate: Candidate) -> bool:
    if candidate.group("year") or candidate.group("rel"):
        return True
    if not (candidate.group("pre") or candidate.group("the")):
        return False
    return not text_of(doc)[candidate.end : candidate.end + 4].startswith(" of ")
