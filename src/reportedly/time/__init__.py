"""Temporal expressions: find, normalize, anchor, and flag conflicting accounts (placeholder)."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from reportedly.model import Attribution, Conflict, Time


def extract_times(
    doc: Doc, *, published: date | None, attributions: tuple[Attribution, ...]
) -> tuple[Time, ...]:
    """Every temporal expression in the Doc, normalized, in document order."""
    return ()


def find_conflicts(
    doc: Doc, *, times: tuple[Time, ...], attributions: tuple[Attribution, ...]
) -> tuple[Conflict, ...]:
    """Attributions whose sources give different times for the same event."""
    return ()
