"""What the tagger reads of a parsed Doc, shared by training and inference.

Kept apart from ``corpus`` (which reads PolNeAR through the benchmark readers) so that
running the shipped model imports no training or benchmark code.
"""

from __future__ import annotations

from typing import cast

from spacy.attrs import DEP, LEMMA, NORM, POS, TAG
from spacy.tokens import Doc
from thinc.types import Ints2d

TAGGER_ATTRS = [NORM, LEMMA, TAG, POS, DEP]
"""The token annotations of a parsed Doc passed on to the tagger (``tagger_input``)."""


def tagger_input(doc: Doc) -> Doc:
    """What the tagger reads of a parsed Doc: its words with their lemmas, tags and
    dependency labels, but no entities (the tagger would keep them) and no sentence
    boundaries (a content runs across sentences, and an entity may not)."""
    words = Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])
    words.from_array(TAGGER_ATTRS, cast(Ints2d, doc.to_array(TAGGER_ATTRS)))
    return words
