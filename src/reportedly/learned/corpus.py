"""PolNeAR brat standoff -> spaCy training docs with SOURCE / CUE / CONTENT entities.

Each gold attribution gives its roles' pieces as entities of one label each (a
discontinuous content becomes several CONTENT entities). Pieces are aligned to spaCy tokens
by expanding to the tokens they touch, less whitespace tokens at the edges (an NER entity
cannot start on one). Entities cannot overlap in an NER tagger: PolNeAR is univocal, so
conflicts are rare (2% of the train pieces); the first piece by start (the longer one on a
tie) is kept, the others are dropped and counted in ``Conversion``.

The tagger reads the main pipeline's parse (``tagger_input``), so the training docs are
parsed too (``to_docbin(..., parsed=True)``) and read back by the ``ParsedCorpus`` reader.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span
from spacy.training import Example
from spacy.util import registry

from reportedly.bench.brat import GoldArticle, GoldAttribution, Piece
from reportedly.learned.inputs import tagger_input

LABELS = ("SOURCE", "CUE", "CONTENT")
"""The entity labels, one per attribution role."""


@dataclass(frozen=True, slots=True)
class Conversion:
    """What a conversion produced: docs, entities kept, and pieces dropped (and why)."""

    docs: int = 0
    entities: int = 0
    overlapping: int = 0
    unaligned: int = 0

    def __add__(self, other: Conversion) -> Conversion:
        return Conversion(
            self.docs + other.docs,
            self.entities + other.entities,
            self.overlapping + other.overlapping,
            self.unaligned + other.unaligned,
        )


@dataclass(frozen=True, slots=True)
class LabeledPiece:
    """One role piece of a gold attribution: its label and character bounds."""

    label: str
    start: int
    end: int


def role_pieces(attributions: Iterable[GoldAttribution]) -> list[LabeledPiece]:
    """Every role piece of the attributions, sorted by start, longer first on a tie."""
    pieces = [
        LabeledPiece(label, start, end)
        for attribution in attributions
        for label, role in zip(LABELS, _roles(attribution), strict=True)
        for start, end in role
    ]
    return sorted(pieces, key=lambda p: (p.start, -p.end))


def _roles(attribution: GoldAttribution) -> tuple[tuple[Piece, ...], ...]:
    return (attribution.source, attribution.cue, attribution.content)


def with_roles(doc: Doc, article: GoldArticle) -> tuple[Doc, Conversion]:
    """``doc`` (the article's text, tokenized or parsed) with its role pieces as entities,
    in place of any entities it had."""
    kept: list[Span] = []
    taken: set[int] = set()
    overlapping = unaligned = 0
    for piece in role_pieces(article.attributions):
        span = _trimmed(doc.char_span(piece.start, piece.end, piece.label, alignment_mode="expand"))
        if span is None:
            unaligned += 1
        elif taken.intersection(range(span.start, span.end)):
            overlapping += 1
        else:
            kept.append(span)
            taken.update(range(span.start, span.end))
    doc.ents = sorted(kept, key=lambda s: s.start)
    return doc, Conversion(1, len(kept), overlapping, unaligned)


def _trimmed(span: Span | None) -> Span | None:
    """The span without whitespace tokens at its edges (an entity cannot start on one)."""
    if span is None:
        return None
    start, end = span.start, span.end
    doc = span.doc
    while start < end and doc[start].is_space:
        start += 1
    while end > start and doc[end - 1].is_space:
        end -= 1
    return Span(doc, start, end, label=span.label) if start < end else None


def to_docbin(
    nlp: Language, articles: Sequence[GoldArticle], *, parsed: bool = False
) -> tuple[DocBin, Conversion]:
    """All articles as one DocBin and the summed conversion counts: tokens and entities,
    or with ``parsed`` the whole analysis of ``nlp`` too (tags, lemmas, dependencies)."""
    if parsed:
        docbin = DocBin(store_user_data=False)
        docs: Iterable[Doc] = nlp.pipe(article.text for article in articles)
    else:
        docbin = DocBin(attrs=["ENT_IOB", "ENT_TYPE"], store_user_data=False)
        docs = (nlp.make_doc(article.text) for article in articles)
    total = Conversion()
    for doc, article in zip(docs, articles, strict=True):
        doc, counts = with_roles(doc, article)
        docbin.add(doc)
        total += counts
    return docbin, total


def parsed_corpus(path: Path | None) -> Callable[[Language], Iterator[Example]]:
    """A training reader for a parsed DocBin (``to_docbin(..., parsed=True)``): each doc is
    its own reference, and its copy without entities the input, so the tagger trains on
    the parse it will see in use instead of a bare tokenization. (``path`` is None only
    while a config is filled in, before the corpus is written.)"""

    def examples(nlp: Language) -> Iterator[Example]:
        if path is None:
            raise ValueError("reportedly.ParsedCorpus.v1 needs a path")
        for doc in DocBin().from_disk(path).get_docs(nlp.vocab):
            yield Example(tagger_input(doc), doc)

    return examples


registry.readers.register("reportedly.ParsedCorpus.v1", func=parsed_corpus)
