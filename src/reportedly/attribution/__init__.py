"""Attribution extraction: Doc -> sources and attributions (who says what, through whom).

The stage reads spaCy's parse and the tables in ``reportedly.lang.en``; see
``extract`` for the steps. ``RulesExtractor`` is the ``rules`` extractor of
``reportedly.extractors``; the other names here are what other extractors (the learned
ones) may use of the rules on purpose: the parse's subject of a cue word, the kind of a
content, the stance of a cue, quotations, character bounds of tokens, and source
resolution.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Doc

from reportedly.attribution.cues import cue_stance
from reportedly.attribution.extract import content_kind, extract_attributions, resolve_sources
from reportedly.attribution.frames import subject_of
from reportedly.attribution.quotes import Quote, quotes_of
from reportedly.attribution.spans import bounds
from reportedly.model import Attribution, Source

__all__ = [
    "Quote",
    "RulesExtractor",
    "bounds",
    "content_kind",
    "cue_stance",
    "extract_attributions",
    "quotes_of",
    "resolve_sources",
    "subject_of",
]


class RulesExtractor:
    """The rule-based extractor: ``extract_attributions`` over each Doc."""

    model: str | None = None

    def __call__(
        self, docs: Sequence[Doc], /
    ) -> Iterator[tuple[tuple[Source, ...], tuple[Attribution, ...]]]:
        for doc in docs:
            yield extract_attributions(doc)
