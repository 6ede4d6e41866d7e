"""Sanity checks of the measure tables (``lang/en/measures.py``) that ``corpus.claims``
reads: lower case, no stray whitespace, no word in two tables that mean different things."""

from __future__ import annotations

from reportedly.lang.en import measures

WORD_TABLES = {
    "CURRENCY_SYMBOLS": set(measures.CURRENCY_SYMBOLS),
    "CURRENCY_WORDS": set(measures.CURRENCY_WORDS),
    "SCALES": set(measures.SCALES),
    "PERCENT_WORDS": set(measures.PERCENT_WORDS),
    "MEASURE_NOUNS": set(measures.MEASURE_NOUNS),
}


def test_entries_are_lower_case_and_trimmed() -> None:
    for name, words in WORD_TABLES.items():
        assert words, name
        for word in words:
            assert word == word.strip().casefold(), (name, word)


def test_no_word_means_two_things() -> None:
    names = list(WORD_TABLES)
    for i, first in enumerate(names):
        for second in names[i + 1 :]:
            assert not WORD_TABLES[first] & WORD_TABLES[second], (first, second)


def test_currencies_and_scales_are_well_formed() -> None:
    currencies = set(measures.CURRENCY_SYMBOLS.values()) | set(measures.CURRENCY_WORDS.values())
    assert all(len(code) == 3 and code.isalpha() for code in currencies)
    assert all(value >= 1_000 for value in measures.SCALES.values())
