"""The text of a parsed Doc, joined once per Doc, and where its paragraphs end.

Every stage works with character offsets into the article text; spaCy rebuilds
``doc.text`` from its tokens on every access, which those stages would otherwise do
thousands of times per article. Kept apart from ``nlp`` (which loads pipelines) so that
the stages need not import the loader.
"""

from __future__ import annotations

from spacy.tokens import Doc

TEXT_KEY = "reportedly.text"
WRAP_WIDTH = 100
"""Longest line of a text hard-wrapped into lines, whose single line breaks run on within
a paragraph; in any other text a line is a paragraph, a title or a date line."""


def text_of(doc: Doc) -> str:
    """The doc's text, joined on first use and kept in ``doc.user_data``."""
    text = doc.user_data.get(TEXT_KEY)
    if not isinstance(text, str):
        text = doc.text
        doc.user_data[TEXT_KEY] = text
    return text


def hard_wrapped(text: str) -> bool:
    """Whether the text runs over several lines, none longer than ``WRAP_WIDTH``."""
    lines = [line for line in text.splitlines() if line.strip()]
    return len(lines) > 2 and max(len(line) for line in lines) <= WRAP_WIDTH


def paragraph_break(text: str) -> str:
    """What ends a paragraph of the text: a blank line in a hard-wrapped text, else any
    line break."""
    return "\n\n" if hard_wrapped(text) else "\n"
