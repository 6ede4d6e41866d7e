"""The ``reportedly`` spaCy component and its factory, registered in one place.

``nlp.add_pipe("reportedly")`` adds a component that reads a parsed Doc and sets
``doc._.sources``, ``doc._.attributions``, ``doc._.times`` and ``doc._.conflicts``.
Before running it, ``doc._.published`` (ISO date) may be set;
without a publication date, relative times stay ``unresolved``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from itertools import islice
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc

from reportedly.attribution import extract_attributions
from reportedly.attribution.disputes import denial_conflicts
from reportedly.model import AnalyzerMode, Attribution, Source
from reportedly.time import extract_times, find_conflicts

if TYPE_CHECKING:  # the tagger is imported only when model mode runs
    from reportedly.learned.tagger import TaggedSpan

MODES: tuple[AnalyzerMode, ...] = ("rules", "model")

DOC_EXTENSIONS: dict[str, object] = {
    "mode": "rules",
    "published": None,
    "sources": (),
    "attributions": (),
    "times": (),
    "conflicts": (),
}


def register_extensions() -> None:
    """Register the Doc extensions once; calling again is harmless."""
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


class Reportedly:
    """Finds attributions, sources, times and conflicts in a parsed Doc.

    ``mode="rules"`` uses the rule-based extractor alone; ``mode="model"`` takes the
    attributions of the learned tagger shipped in the package, each with the rules' reading
    where the rules found the same cue (``learned.hybrid.DEFAULT_POLICY``), then resolves
    all their sources like the rules do.
    """

    def __init__(self, *, resolve_times: bool, mode: str) -> None:
        if mode not in MODES:
            raise ValueError(f"unknown mode {mode!r}; one of {', '.join(MODES)}")
        register_extensions()
        self.resolve_times = resolve_times
        self.mode = mode
        if mode == "model":
            from reportedly.learned.tagger import load_tagger

            load_tagger()  # fail at set-up, not on the first article

    def __call__(self, doc: Doc) -> Doc:
        return self._analyze(doc, None)

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        """The Docs analyzed in turn; in model mode the tagger runs a batch at a time."""
        if self.mode != "model":
            yield from map(self, docs)
            return
        from reportedly.learned.tagger import predict_docs

        stream = iter(docs)
        while batch := list(islice(stream, batch_size)):
            for doc, spans in zip(batch, predict_docs(batch), strict=True):
                yield self._analyze(doc, spans)

    def _analyze(self, doc: Doc, spans: Sequence[TaggedSpan] | None) -> Doc:
        """Everything but the tagger's spans, which model mode takes when given."""
        sources, attributions = extract_attributions(doc)
        if self.mode == "model":
            sources, attributions = _with_learned_spans(doc, sources, attributions, spans)
        doc._.mode = self.mode
        doc._.sources = sources
        doc._.attributions = attributions
        conflicts = denial_conflicts(attributions, sources)
        if self.resolve_times:
            published = date.fromisoformat(doc._.published) if doc._.published else None
            times = extract_times(doc, published=published, attributions=attributions)
            doc._.times = times
            conflicts += find_conflicts(doc, times=times, attributions=attributions)
        doc._.conflicts = conflicts
        return doc


def _with_learned_spans(
    doc: Doc,
    sources: tuple[Source, ...],
    attributions: tuple[Attribution, ...],
    spans: Sequence[TaggedSpan] | None,
) -> tuple[tuple[Source, ...], tuple[Attribution, ...]]:
    from reportedly.attribution.extract import resolve_sources
    from reportedly.learned.hybrid import hybrid_attributions

    merged = hybrid_attributions(doc, attributions, sources, spans=spans)
    return resolve_sources(doc, merged, sources)


@Language.factory(
    "reportedly",
    default_config={"resolve_times": True, "mode": "rules"},
    requires=["token.dep", "token.pos", "doc.ents", "doc.sents"],
    assigns=["doc._.sources", "doc._.attributions", "doc._.times", "doc._.conflicts"],
)
def make_reportedly(nlp: Language, name: str, resolve_times: bool, mode: str) -> Reportedly:
    """The factory: its ``default_config`` is the one place the defaults live."""
    return Reportedly(resolve_times=resolve_times, mode=mode)
