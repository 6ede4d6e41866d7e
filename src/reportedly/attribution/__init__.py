"""Attribution extraction: Doc -> sources and attributions (placeholder until issue 3 lands)."""

from __future__ import annotations

from spacy.tokens import Doc

from reportedly.model import Attribution, Source


def extract_attributions(
    doc: Doc, *, outlet: str | None = None
) -> tuple[tuple[Source, ...], tuple[Attribution, ...]]:
    """Every source and attribution in the Doc, in document order."""
    return (), ()
