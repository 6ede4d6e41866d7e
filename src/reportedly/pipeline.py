"""The ``reportedly`` spaCy component and its factory, registered in one place.

``nlp.add_pipe("reportedly")`` adds a component that reads a parsed Doc and sets
``doc._.sources``, ``doc._.attributions``, ``doc._.times`` and ``doc._.conflicts``;
``config={"mode": NAME}`` picks the extractor (``reportedly.extractors``). Before running
it, ``doc._.published`` (ISO date) may be set; without a publication date, relative times
stay ``unresolved``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc

from reportedly import extractors
from reportedly.attribution.disputes import denial_conflicts
from reportedly.doctext import paragraph_break
from reportedly.extractors import Extraction
from reportedly.lang.en.function_words import HYPHEN_PREFIXES
from reportedly.time import extract_times, find_conflicts

DOC_EXTENSIONS: dict[str, object] = {
    "mode": None,
    "model": None,
    "published": None,
    "sources": (),
    "attributions": (),
    "times": (),
    "conflicts": (),
}
HYPHENATED = "reportedly_hyphenated"
"""The component that joins a prefix, its hyphen and its word into one token (``nlp.load``
puts it first)."""
PARAGRAPHS = "reportedly_paragraphs"
"""The component that starts a sentence at every paragraph (``nlp.load`` puts it before
the parser)."""


def register_extensions() -> None:
    """Register the Doc extensions once; calling again is harmless."""
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


class Reportedly:
    """Finds attributions, sources, times and conflicts in a parsed Doc.

    ``mode`` names the extractor that finds sources and attributions
    (``reportedly.extractors``, loaded here so that a missing extra fails at set-up);
    times and conflicts are found the same way whatever it is.
    """

    def __init__(self, *, resolve_times: bool, mode: str | None) -> None:
        register_extensions()
        self.resolve_times = resolve_times
        self.mode = extractors.resolve(mode)
        self.extractor = extractors.load(self.mode)

    def __call__(self, doc: Doc) -> Doc:
        (found,) = self.extractor([doc])
        return self._analyze(doc, found)

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        """The Docs analyzed in turn, the extractor reading a batch at a time."""
        stream = iter(docs)
        while batch := list(islice(stream, batch_size)):
            for doc, found in zip(batch, self.extractor(batch), strict=True):
                yield self._analyze(doc, found)

    def _analyze(self, doc: Doc, found: Extraction) -> Doc:
        """Set what the extractor found, then the times and conflicts that follow from it."""
        sources, attributions = found
        doc._.mode = self.mode
        doc._.model = self.extractor.model
        doc._.sources = sources
        doc._.attributions = attributions
        conflicts = denial_conflicts(attributions)
        if self.resolve_times:
            published = date.fromisoformat(doc._.published) if doc._.published else None
            times = extract_times(doc, published=published, attributions=attributions)
            doc._.times = times
            conflicts += find_conflicts(doc, times=times, attributions=attributions)
        doc._.conflicts = conflicts
        return doc


@Language.factory(
    "reportedly",
    default_config={"resolve_times": True, "mode": None},
    requires=["token.dep", "token.pos", "doc.ents", "doc.sents"],
    assigns=["doc._.sources", "doc._.attributions", "doc._.times", "doc._.conflicts"],
)
def make_reportedly(nlp: Language, name: str, resolve_times: bool, mode: str | None) -> Reportedly:
    """The factory: ``mode`` None is ``extractors.DEFAULT``."""
    return Reportedly(resolve_times=resolve_times, mode=mode)


@Language.component(HYPHENATED)
def hyphenated_words(doc: Doc) -> Doc:
    """A word with a prefix and a hyphen ("co-founded", "re-election") is one token, as
    the parser reads it best ("Alex Poulter, who co-founded a group, also disputed the
    allegations": split, "founded" is taken for the subject of "disputed")."""
    spans = []
    i = 0
    while i < len(doc) - 2:
        prefix, hyphen, word = doc[i], doc[i + 1], doc[i + 2]
        joined = not prefix.whitespace_ and not hyphen.whitespace_
        if prefix.lower_ in HYPHEN_PREFIXES and hyphen.text == "-" and joined and word.is_alpha:
            spans.append(doc[i : i + 3])
            i += 3
        else:
            i += 1
    with doc.retokenize() as retokenizer:
        for span in spans:
            retokenizer.merge(span)
    return doc


@Language.component(PARAGRAPHS)
def paragraph_starts(doc: Doc) -> Doc:
    """A paragraph ends a sentence. Left to itself the parser runs a headline into the
    first paragraph and a paragraph into the next (one sentence in nine of the records
    benchmark's articles), and a cue then takes the next paragraph for its subject or
    content. A paragraph ends at a blank line, or at any line break but in a text
    hard-wrapped into lines."""
    end = paragraph_break(doc.text)
    for token in doc[1:]:
        if end in doc[token.i - 1].text_with_ws:
            token.is_sent_start = True
    return doc
