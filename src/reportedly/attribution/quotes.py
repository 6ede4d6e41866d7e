"""Quotations: where each quoted passage starts and ends, across sentences and paragraphs.

News style opens every paragraph of a long quote with a quotation mark and closes only
the last one; such paragraphs are merged into one quotation here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc

from reportedly.doctext import text_of

CURLY_QUOTE = re.compile(r"“[^“”]*(?:”|(?=\n\s*\n\s*“))", re.DOTALL)
PARAGRAPH = re.compile(r"[^\n]+")
GUILLEMET_QUOTE = re.compile(r"«[^«»]*»", re.DOTALL)
TWO_APOSTROPHE_QUOTE = re.compile(r"(?<![\w'])''(?!\s)[^\n]*?''(?!\w)")
"""The New York Times' archive style: ''quoted words,'' between doubled apostrophes."""


@dataclass(frozen=True, slots=True)
class Quote:
    """A quoted passage, quotation marks included: ``text[start:end]``."""

    start: int
    end: int


def find_quotes(text: str) -> tuple[Quote, ...]:
    """Every quoted passage in ``text``, in order, continued paragraphs merged."""
    pieces = sorted(_raw_quotes(text), key=lambda q: q.start)
    return tuple(_merge_continued(text, pieces))


QUOTES_KEY = "reportedly.quotes"


def quotes_of(doc: Doc) -> tuple[Quote, ...]:
    """``find_quotes`` of a parsed Doc's text, found once per Doc (every extractor and the
    merge of their results read them)."""
    quotes = doc.user_data.get(QUOTES_KEY)
    if not isinstance(quotes, tuple):
        quotes = find_quotes(text_of(doc))
        doc.user_data[QUOTES_KEY] = quotes
    return quotes


def _raw_quotes(text: str) -> Iterator[Quote]:
    for pattern in (CURLY_QUOTE, GUILLEMET_QUOTE, TWO_APOSTROPHE_QUOTE):
        for match in pattern.finditer(text):
            yield Quote(match.start(), match.end())
    yield from _straight_quotes(text)


def _straight_quotes(text: str) -> Iterator[Quote]:
    """Straight quotes pair up within a line; an odd one out that opens a quote runs to the
    line's end, a quote the next paragraph goes on with (merged by ``_merge_continued``)."""
    for line in PARAGRAPH.finditer(text):
        marks = [line.start() + i for i, ch in enumerate(line.group()) if ch == '"']
        for opening, closing in zip(marks[::2], marks[1::2], strict=False):
            yield Quote(opening, closing + 1)
        opener = bool(marks) and (marks[-1] == line.start() or text[marks[-1] - 1].isspace())
        if len(marks) % 2 and opener:
            yield Quote(marks[-1], line.end())


def _merge_continued(text: str, pieces: list[Quote]) -> Iterator[Quote]:
    """Join a quote left open at a paragraph's end with the quote opening the next one."""
    current: Quote | None = None
    for piece in pieces:
        if current is not None and _continues(text, current, piece):
            current = Quote(current.start, piece.end)
            continue
        if current is not None:
            yield current
        current = piece
    if current is not None:
        yield current


def _continues(text: str, first: Quote, second: Quote) -> bool:
    left_open = text[first.end - 1] not in "”\"»'"
    return left_open and text[first.end : second.start].strip() == ""


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
