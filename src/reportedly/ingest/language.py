"""Telling an article's language, so that a text the pipeline cannot read is said to be
skipped rather than analyzed into an empty report.

The detector is py3langid (BSD-3-Clause; its naive Bayes model over byte n-grams, 97
languages, ships in its wheel, so nothing is downloaded): about 0.4 s to load once, then
about 4 MB of text a second on one core. A language is only claimed when the detector is
sure: on a line or two of text it guesses ("Okafor said." reads as Nigerian Pidgin).
"""

from __future__ import annotations

from functools import cache
from typing import Any

MIN_CONFIDENCE = 0.9
"""The probability a language needs to be claimed. Set on tests/test_language.py's texts:
an English sentence of ten words scores 0.92 to 1.0, two words or a name 0.1 to 0.3."""
SAMPLE_CHARS = 20_000
"""How much of the text is read: the opening pages tell the language as well as the
whole, and a 20 MB input would take seconds."""


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of ``text``'s language, or None when it cannot be told surely."""
    sample = text[:SAMPLE_CHARS]
    if not sample.strip():
        return None
    code, confidence = _identifier().classify(sample)
    return str(code) if confidence >= MIN_CONFIDENCE else None


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
