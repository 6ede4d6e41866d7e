"""Quotations: where each quoted passage starts and ends, across sentences and paragraphs.

Every style of ``reportedly.lang.quotes.QUOTE_PAIRS`` is read. News style opens every
paragraph of a long quote with a quotation mark and closes only the last one; such
paragraphs are merged into one quotation here. Single quotes (British style) share their
marks with apostrophes, so they are told apart by position: an opening mark follows a
space, a bracket or a dash and comes before a word; a closing one follows a word and
comes before a space or punctuation (don't, O'Brien, the Smiths' house stay words).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import NamedTuple

from spacy.tokens import Doc

from reportedly.doctext import text_of
from reportedly.lang.quotes import (
    APOSTROPHES,
    MARK_CLOSES_BEFORE,
    MARK_OPENS_AFTER,
    QUOTE_PAIRS,
)

PARAGRAPH = re.compile(r"[^\n]*\S[^\n]*")
ELIDED_YEAR = re.compile(r"\d\ds?\b")
"""What follows an apostrophe that stands for a century ('90s, class of '16), not a quote."""


@dataclass(frozen=True, slots=True)
class Quote:
    """A quoted passage, quotation marks included: ``text[start:end]``."""

    start: int
    end: int


class _Piece(NamedTuple):
    """A quotation in one paragraph, or left open at its end (``closed`` False)."""

    start: int
    end: int
    closed: bool


@dataclass(frozen=True, slots=True)
class QuoteMarks:
    """Where the quotation marks of a text stand: the offsets at which an opening mark
    starts (a paragraph continuing a quote opens with one too) and those at which a
    closing mark ends. A mark elsewhere is an apostrophe or a stray."""

    openings: frozenset[int]
    closings: frozenset[int]


def find_quotes(text: str) -> tuple[Quote, ...]:
    """Every quoted passage in ``text``, in order, continued paragraphs merged."""
    return _quotes(text, _pieces(text))


def find_quote_marks(text: str) -> QuoteMarks:
    """The opening and closing marks of ``find_quotes``' quotations."""
    return _marks(_pieces(text))


def _quotes(text: str, pieces: list[_Piece]) -> tuple[Quote, ...]:
    return tuple(_merge_continued(text, pieces))


def _marks(pieces: list[_Piece]) -> QuoteMarks:
    return QuoteMarks(
        frozenset(p.start for p in pieces), frozenset(p.end for p in pieces if p.closed)
    )


QUOTES_KEY = "reportedly.quotes"
MARKS_KEY = "reportedly.quote_marks"


def quotes_of(doc: Doc) -> tuple[Quote, ...]:
    """``find_quotes`` of a parsed Doc's text, found once per Doc (every extractor and the
    merge of their results read them)."""
    if not isinstance(doc.user_data.get(QUOTES_KEY), tuple):
        _scan(doc)
    quotes: tuple[Quote, ...] = doc.user_data[QUOTES_KEY]
    return quotes


def quote_marks_of(doc: Doc) -> QuoteMarks:
    """``find_quote_marks`` of a parsed Doc's text, found once per Doc."""
    if not isinstance(doc.user_data.get(MARKS_KEY), QuoteMarks):
        _scan(doc)
    marks: QuoteMarks = doc.user_data[MARKS_KEY]
    return marks


def _scan(doc: Doc) -> None:
    """Find the Doc's quotations and their marks in one pass over its text."""
    text = text_of(doc)
    pieces = _pieces(text)
    doc.user_data[QUOTES_KEY] = _quotes(text, pieces)
    doc.user_data[MARKS_KEY] = _marks(pieces)


def quote_opens_at(doc: Doc, position: int) -> bool:
    """Whether the opening mark of a quotation (or of a paragraph that goes on with one)
    starts at character ``position``."""
    return position in quote_marks_of(doc).openings


def _pieces(text: str) -> list[_Piece]:
    """The quotations of every style, outermost only: a quote inside another ("‘no’"
    in a “...” quote) is part of it. A single-quote pairing that crosses a double quote
    is the one that is wrong, an apostrophe taken for a mark."""
    marks = [pair for pair in QUOTE_PAIRS if len(pair[0]) == len(pair[1]) == 1]
    doubles = list(_double_quotes(text, {o: c for o, c in marks if c not in APOSTROPHES}))
    for pair in QUOTE_PAIRS:
        if pair not in marks:
            doubles += _doubled_mark_quotes(text, *pair)
    singles = [
        piece
        for opening, closing in marks
        if closing in APOSTROPHES
        for piece in _apostrophe_quotes(text, opening, closing)
    ]
    singles = [s for s in singles if not any(_crosses(s, d) for d in doubles)]
    return _outermost([*doubles, *singles])


def _double_quotes(text: str, closers: dict[str, str]) -> Iterator[_Piece]:
    """Double quotes (“...”, "...", «...»), paired in order within a paragraph. Pasted
    text mixes straight and curly marks (“...,"), so a straight mark closes any of them
    and closes with any. A mark left open at a paragraph's end runs to it: a quote the
    next paragraph goes on with (merged by ``_merge_continued``), or one whose closing
    mark was forgotten."""
    for line in PARAGRAPH.finditer(text):
        open_at: int | None = None
        for i in range(line.start(), line.end()):
            mark = text[i]
            if open_at is not None and _closes_double(text, open_at, i, closers):
                yield _Piece(open_at, i + 1, True)
                open_at = None
            elif mark in closers:
                open_at = i  # an earlier mark still open was a stray
        if open_at is not None and _left_open(text, open_at, line):
            yield _Piece(open_at, line.end(), False)


def _closes_double(text: str, start: int, i: int, closers: dict[str, str]) -> bool:
    """Whether the mark at ``i`` closes the quote opened at ``start``: its own closing mark,
    a straight mark, or, after a straight opening, a closing-only mark. A second opening
    mark after a word and before a space closes too, a slip of the keyboard
    (“Who can guarantee you happiness?“ he asked)."""
    opening, mark = text[start], text[i]
    if mark == closers[opening] or closers.get(mark) == mark:
        return True
    if mark == opening:
        return _can_close(text, i)
    return closers[opening] == opening and mark in closers.values() and mark not in closers


def _left_open(text: str, start: int, line: re.Match[str]) -> bool:
    """Whether a quote still open at its paragraph's end runs to it: when its mark opens
    (at the start of the line or after a space), not when it ends a word."""
    return start == line.start() or text[start - 1].isspace()


def _doubled_mark_quotes(text: str, opening: str, closing: str) -> Iterator[_Piece]:
    """Doubled marks (''quoted words,''), within a paragraph, not glued to a word."""
    o, c = re.escape(opening), re.escape(closing)
    pattern = re.compile(rf"(?<![\w'`]){o}(?!\s)[^\n]*?{c}(?!\w)")
    for match in pattern.finditer(text):
        yield _Piece(match.start(), match.end(), True)


def _apostrophe_quotes(text: str, opening: str, closing: str) -> Iterator[_Piece]:
    """Single quotes, paired within a paragraph by position. An opening mark left open at
    a paragraph's end continues only when the next paragraph opens with the same mark."""
    lines = list(PARAGRAPH.finditer(text))
    for index, line in enumerate(lines):
        span = range(line.start(), line.end())
        openers = [i for i in span if text[i] == opening and _can_open(text, i)]
        closers = [i for i in span if text[i] == closing and _can_close(text, i)]
        after = line.start()
        for n, start in enumerate(openers):
            if start < after:
                continue
            limit = openers[n + 1] if n + 1 < len(openers) else line.end()
            end = _closer_for([c for c in closers if start < c < limit], text)
            if end is not None:
                after = end + 1
                yield _Piece(start, after, True)
            elif start == openers[-1] and _opens_next(text, lines, index, opening):
                yield _Piece(start, line.end(), False)


def _can_open(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else "\n"
    following = text[i + 1 : i + 2]
    return (
        (before.isspace() or before in MARK_OPENS_AFTER)
        and following != ""
        and not following.isspace()
        and not _doubled(text, i)
        and ELIDED_YEAR.match(text, i + 1) is None
    )


def _can_close(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    following = text[i + 1 : i + 2]
    return (
        (before.isalnum() or before in MARK_CLOSES_BEFORE)
        and (following == "" or following.isspace() or following in MARK_CLOSES_BEFORE)
        and not _doubled(text, i)
    )


def _closer_for(closers: list[int], text: str) -> int | None:
    """The first closing mark that cannot be a possessive, else the first there is: in
    "'We met the Smiths' son,' she said" the quote closes after "son,"."""
    plain = [c for c in closers if not _possessive_like(text, c)]
    chosen = plain or closers
    return chosen[0] if chosen else None


def _possessive_like(text: str, i: int) -> bool:
    """A mark after an s and before a word ("Reuters’ sources"): an apostrophe as likely as
    a closing quote ("called them 'traitors' to the cause")."""
    return text[i - 1] in "sS" and text[i + 1 : i + 2] == " " and text[i + 2 : i + 3].isalnum()


def _doubled(text: str, i: int) -> bool:
    """Part of a doubled mark ('' or ``), which ``QUOTE_PAIRS`` reads as a style of its own."""
    return text[i - 1 : i] in {"'", "`"} or text[i + 1 : i + 2] == "'"


def _opens_next(text: str, lines: list[re.Match[str]], index: int, opening: str) -> bool:
    if index + 1 >= len(lines):
        return False
    start = lines[index + 1].start()
    return text[start] == opening and _can_open(text, start)


def _crosses(one: _Piece, other: _Piece) -> bool:
    """Whether two quotations overlap without one holding the other."""
    return one.start < other.start < one.end < other.end or (
        other.start < one.start < other.end < one.end
    )


def _outermost(pieces: Iterable[_Piece]) -> list[_Piece]:
    kept: list[_Piece] = []
    for piece in sorted(pieces, key=lambda p: (p.start, -p.end)):
        if kept and piece.start < kept[-1].end:
            continue
        kept.append(piece)
    return kept


def _merge_continued(text: str, pieces: list[_Piece]) -> Iterator[Quote]:
    """Join a quote left open at a paragraph's end with the quote opening the next one."""
    current: _Piece | None = None
    for piece in pieces:
        if current is not None and _continues(text, current, piece):
            current = _Piece(current.start, piece.end, piece.closed)
            continue
        if current is not None:
            yield Quote(current.start, current.end)
        current = piece
    if current is not None:
        yield Quote(current.start, current.end)


def _continues(text: str, first: _Piece, second: _Piece) -> bool:
    return not first.closed and text[first.end : second.start].strip() == ""


def quote_at(quotes: tuple[Quote, ...], position: int) -> Quote | None:
    """The quote that contains character ``position``, if any."""
    for quote in quotes:
        if quote.start <= position < quote.end:
            return quote
        if quote.start > position:
            return None
    return None


def quoted_share(quotes: tuple[Quote, ...], start: int, end: int) -> float:
    """The share of the characters ``start:end`` that lie inside quotation marks."""
    if end <= start:
        return 0.0
    inside = 0
    for quote in quotes:
        if quote.end <= start:
            continue
        if quote.start >= end:
            break
        inside += min(end, quote.end) - max(start, quote.start)
    return inside / (end - start)
