"""The ``reportedly`` spaCy component and its factory, registered in one place.

``nlp.add_pipe("reportedly")`` adds a component that reads a parsed Doc and sets
``doc._.sources``, ``doc._.attributions``, ``doc._.times`` and ``doc._.conflicts``.
Before running it, ``doc._.published`` (ISO date) and ``doc._.outlet`` may be set;
without a publication date, relative times stay ``unresolved``.
"""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from reportedly.attribution import extract_attributions
from reportedly.time import extract_times, find_conflicts

DOC_EXTENSIONS: dict[str, object] = {
    "published": None,
    "outlet": None,
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
    """Finds attributions, sources, times and conflicts in a parsed Doc."""

    def __init__(self, *, resolve_times: bool) -> None:
        register_extensions()
        self.resolve_times = resolve_times

    def __call__(self, doc: Doc) -> Doc:
        sources, attributions = extract_attributions(doc, outlet=doc._.outlet)
        doc._.sources = sources
        doc._.attributions = attributions
        if self.resolve_times:
            published = date.fromisoformat(doc._.published) if doc._.published else None
            times = extract_times(doc, published=published, attributions=attributions)
            doc._.times = times
            doc._.conflicts = find_conflicts(doc, times=times, attributions=attributions)
        return doc


@Language.factory(
    "reportedly",
    default_config={"resolve_times": True},
    requires=["token.dep", "token.pos", "doc.ents", "doc.sents"],
    assigns=["doc._.sources", "doc._.attributions", "doc._.times", "doc._.conflicts"],
)
def make_reportedly(nlp: Language, name: str, resolve_times: bool) -> Reportedly:
    """The factory: its ``default_config`` is the one place the defaults live."""
    return Reportedly(resolve_times=resolve_times)
