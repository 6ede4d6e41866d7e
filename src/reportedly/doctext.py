"""The text of a parsed Doc, joined once per Doc.

Every stage works with character offsets into the article text; spaCy rebuilds
``doc.text`` from its tokens on every access, which those stages would otherwise do
thousands of times per article. Kept apart from ``nlp`` (which loads pipelines) so that
the stages need not import the loader.
"""

from __future__ import annotations

from spacy.tokens import Doc

TEXT_KEY = "reportedly.text"


def text_of(doc: Doc) -> str:
    """The doc's text, joined on first use and kept in ``doc.user_data``."""
    text = doc.user_data.get(TEXT_KEY)
    if not isinstance(text, str):
        text = doc.text
        doc.user_data[TEXT_KEY] = text
    return text
