"""Quotation marks: the one table of the pairs that open and close a quotation.

Typography rather than language, so it lives beside the language packages, not in one.
Every part of the analyzer that looks at quotation marks (the quote finder, span edges,
the learned tagger's quote rules, the time expressions' quote trimming) reads its marks
from ``QUOTE_PAIRS`` through the lookups below, so that the styles cannot disagree.
"""

from __future__ import annotations

from typing import Final

QUOTE_PAIRS: Final[tuple[tuple[str, str], ...]] = (
    ("“", "”"),  # curly double: “...”
    ('"', '"'),  # straight double: "..."
    ("‘", "’"),  # curly single, British style: ‘...’
    ("'", "'"),  # straight single, British style: '...'
    ("«", "»"),  # guillemets: «...»
    ("„", "“"),  # low-high double, German style: „...“
    ("''", "''"),  # doubled apostrophes, The New York Times' archive: ''...''
    ("``", "''"),  # backquotes, Penn Treebank and TeX style: ``...''
)
"""(opening mark, closing mark) of every quotation style read, most common first."""

APOSTROPHES: Final[frozenset[str]] = frozenset({"'", "’"})
"""Marks that also write apostrophes (don't, O'Brien, the Smiths' house, Reuters’
sources): they close a quotation only where their position says so."""

MARK_OPENS_AFTER: Final[str] = '([{—–-“"„«'
"""Characters after which a single quote mark opens a quotation, besides a space or the
start of a line: a bracket, a dash, an outer double quote (“‘Brexit means Brexit’ ...")."""

MARK_CLOSES_BEFORE: Final[str] = '.,;:!?)]}—–-…”"»'
"""Punctuation a closing single quote mark may follow (after a word: "fair,'") and come
before (besides a space or the end of a line: "'a hammer blow'.")."""

SPEAKER_MARKS: Final[frozenset[str]] = frozenset({":", "–", "—"})
"""Marks that put a speaker's name before a quotation, with no cue word: "Smith: 'We
were poor.'", "Smith on the penalty – 'Never a penalty.'"."""

OPENING_MARKS: Final[frozenset[str]] = frozenset(opening for opening, _ in QUOTE_PAIRS)
CLOSING_MARKS: Final[frozenset[str]] = frozenset(closing for _, closing in QUOTE_PAIRS)
QUOTE_CHARACTERS: Final[str] = "".join(
    dict.fromkeys(ch for pair in QUOTE_PAIRS for mark in pair for ch in mark)
)
"""Every character of every mark, for stripping marks off a phrase."""
OPENING_CHARACTERS: Final[str] = "".join(dict.fromkeys(opening[0] for opening, _ in QUOTE_PAIRS))
"""First characters of a quotation, whatever its style."""
