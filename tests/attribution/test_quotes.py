"""Quotations found in raw text, every style of the one table of quote marks, and that
table's sanity: single quotes against apostrophes, paragraphs a quote goes on over, marks
mixed or mistyped, nesting."""

from __future__ import annotations

import pytest

from reportedly.attribution.quotes import find_quote_marks, find_quotes
from reportedly.lang import quotes as table

CASES = [
    ("british-straight-partial", "He said it was 'a millstone'.", ["'a millstone'"]),
    ("british-curly-partial", "Residents say they were ‘cut adrift’.", ["‘cut adrift’"]),
    (
        "british-two-sentences-one-quote",
        "She said: 'We will back projects. I make no apology.'",
        ["'We will back projects. I make no apology.'"],
    ),
    ("apostrophes-are-no-quotes", "O'Brien didn't see the Smiths' house or Reuters’ files.", []),
    (
        "possessive-inside-a-quote",
        "'We visited the Smiths' house,' she said.",
        ["'We visited the Smiths' house,'"],
    ),
    (
        "possessive-like-closing-mark",
        "He called them 'traitors' to the cause.",
        ["'traitors'"],
    ),
    ("elided-decade", "In the '90s the islanders' leaders met.", []),
    (
        "single-quote-continued-next-paragraph",
        "‘We have had no word.\n\n‘There are people here in their eighties.’",
        ["‘We have had no word.\n\n‘There are people here in their eighties.’"],
    ),
    (
        "single-quote-left-open-without-continuation",
        "He said 'maybe so.\n\nThe next day he left.",
        [],
    ),
    ("single-inside-double", "“He said ‘no’ to me,” she said.", ["“He said ‘no’ to me,”"]),
    (
        "double-inside-single",
        "'He called it \"a farce\",' she said.",
        ["'He called it \"a farce\",'"],
    ),
    ("curly-closed-by-straight", '“We are ready," she said.', ['“We are ready,"']),
    (
        "opening-mark-typed-for-closing",
        "“Who can guarantee it?“ he asked. “Nobody.”",
        ["“Who can guarantee it?“", "“Nobody.”"],
    ),
    (
        "curly-left-open-ends-with-its-paragraph",
        "“The records are missing. Then he says so.\n\nSeveral justices voiced concerns.",
        ["“The records are missing. Then he says so."],
    ),
    (
        "curly-continued-next-paragraph",
        "“We did everything.\n\n“The rest depends on the weather.”",
        ["“We did everything.\n\n“The rest depends on the weather.”"],
    ),
    ("guillemets", "Il a dit «non» hier.", ["«non»"]),
    ("low-high-double", "Er sagte „nein“ gestern.", ["„nein“"]),
    ("doubled-apostrophes", "''Some are adapting,'' said Paul.", ["''Some are adapting,''"]),
    ("backquotes", "``It is safe,'' the mayor said.", ["``It is safe,''"]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_find_quotes(text: str, expected: list[str]) -> None:
    assert [text[q.start : q.end] for q in find_quotes(text)] == expected


MARKS = [
    ("possessive-is-no-mark", "The Smiths' house, 'she said'.", {19}, {29}),
    (
        "continued-paragraph-opens-again",
        "‘No word.\n\n‘Nothing.’",
        {0, 11},
        {21},
    ),
]


@pytest.mark.parametrize(
    ("text", "openings", "closings"), [m[1:] for m in MARKS], ids=[m[0] for m in MARKS]
)
def test_quote_marks(text: str, openings: set[int], closings: set[int]) -> None:
    marks = find_quote_marks(text)
    assert (set(marks.openings), set(marks.closings)) == (openings, closings)


def test_quote_pairs_are_marks() -> None:
    for opening, closing in table.QUOTE_PAIRS:
        assert opening and closing
        assert not any(ch.isspace() or ch.isalnum() for ch in opening + closing)
    assert len(set(table.QUOTE_PAIRS)) == len(table.QUOTE_PAIRS)


def test_lookups_derive_from_the_pairs() -> None:
    assert table.APOSTROPHES <= table.CLOSING_MARKS
    assert set(table.OPENING_CHARACTERS) == {o[0] for o in table.OPENING_MARKS}
    assert set(table.QUOTE_CHARACTERS) == {ch for pair in table.QUOTE_PAIRS for ch in "".join(pair)}


def test_context_marks_are_no_letters() -> None:
    for marks in (table.MARK_OPENS_AFTER, table.MARK_CLOSES_BEFORE, *table.SPEAKER_MARKS):
        assert not any(ch.isalnum() or ch.isspace() for ch in marks)
    assert not set(table.SPEAKER_MARKS) & set(table.QUOTE_CHARACTERS)
