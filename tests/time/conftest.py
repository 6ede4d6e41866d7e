"""The time stage's tests share spaCy's bare pipeline: the time rules read only the parse."""

from __future__ import annotations

import pytest
from spacy.language import Language

from reportedly import nlp


@pytest.fixture(scope="session")
def bare() -> Language:
    """spaCy's small English pipeline without the reportedly component."""
    return nlp.load_bare()
