"""The learned extractors of ``reportedly.extractors``: ``tagger`` and ``model``.

Both run the shipped tagger (``learned.tagger``) over a batch of parsed Docs at once and
link its spans into attributions. ``TaggerExtractor`` gives those alone, their sources
resolved as the rules resolve theirs; ``HybridExtractor`` (the ``model`` mode) runs the
rules too and gives each learned attribution the rules' reading of the same cue
(``learned.hybrid``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from reportedly.attribution import RulesExtractor, resolve_sources
from reportedly.extractors import Extraction
from reportedly.learned.hybrid import to_attributions, with_rule_records
from reportedly.learned.tagger import MODEL_DIR, learned_attributions, load_tagger, predict_docs

WEIGHTS = ("encoder.safetensors", "ner/model")
"""The files of a model folder that hold its weights (what ``model_id`` hashes)."""


@lru_cache(maxsize=4)
def model_id(path: Path = MODEL_DIR) -> str:
    """``<folder name>@<first 12 hex digits of the SHA-256 of its weights>``: which model
    produced an output, even when a folder's weights were replaced."""
    digest = hashlib.sha256()
    for name in WEIGHTS:
        weights = path / name
        if weights.is_file():
            digest.update(weights.read_bytes())
    return f"{path.name}@{digest.hexdigest()[:12]}"


class TaggerExtractor:
    """The tagger's attributions alone, sources resolved like the rules'."""

    def __init__(self, *, path: Path = MODEL_DIR) -> None:
        self.tagger: Language = load_tagger(path)  # fail at set-up, not on the first article
        self.model: str | None = model_id(path)

    def __call__(self, docs: Sequence[Doc], /) -> Iterator[Extraction]:
        for doc, spans in zip(docs, predict_docs(docs, tagger=self.tagger), strict=True):
            found = learned_attributions(doc, tagger=self.tagger, spans=spans)
            yield resolve_sources(doc, to_attributions(doc, found))


class HybridExtractor(TaggerExtractor):
    """The tagger's attributions, each with the rules' record of the same cue."""

    def __init__(self, *, path: Path = MODEL_DIR) -> None:
        super().__init__(path=path)
        self.rules = RulesExtractor()

    def __call__(self, docs: Sequence[Doc], /) -> Iterator[Extraction]:
        tagged = predict_docs(docs, tagger=self.tagger)
        for doc, spans, (sources, rules) in zip(docs, tagged, self.rules(docs), strict=True):
            found = learned_attributions(doc, tagger=self.tagger, spans=spans)
            merged = with_rule_records(to_attributions(doc, found, sources), rules)
            yield resolve_sources(doc, merged, sources)
