"""Sanity checks of ``lang/en/stop_words``: lower-case single words, and none that names
an event."""

from __future__ import annotations

import pytest

from reportedly.lang.en.stop_words import STOP_WORDS


def test_entries_are_lower_case_single_words() -> None:
    assert len(STOP_WORDS) > 200
    for word in STOP_WORDS:
        assert word == word.lower().strip() and word.isalpha(), word


@pytest.mark.parametrize("word", ["fire", "shutdown", "president", "election", "new", "police"])
def test_words_that_tell_events_apart_are_kept(word: str) -> None:
    assert word not in STOP_WORDS
