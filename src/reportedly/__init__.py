"""reportedly: who says what happened, when, citing whom, and who denies it.

The public API: ``analyze`` one article into a ``Report`` (schema ``reportedly/3``);
``Corpus`` for many, in a DuckDB store.
The analysis functions are imported on first use, so that ``reportedly --version`` and
``reportedly schema`` start without loading spaCy.
"""

from __future__ import annotations

import logging
from importlib import import_module
from typing import TYPE_CHECKING, Any

from reportedly.errors import ReportedlyError
from reportedly.model import (
    Article,
    Attribution,
    Conflict,
    Report,
    Source,
    Span,
    Time,
)

if TYPE_CHECKING:
    from reportedly import ingest
    from reportedly.api import analyze, analyze_article, analyze_articles
    from reportedly.corpus.corpus import Corpus

logging.getLogger(__name__).addHandler(logging.NullHandler())

LAZY = {
    "Corpus": "reportedly.corpus.corpus",
    "analyze": "reportedly.api",
    "analyze_article": "reportedly.api",
    "analyze_articles": "reportedly.api",
    "ingest": "reportedly.ingest",
}

__all__ = [
    "Article",
    "Attribution",
    "Conflict",
    "Corpus",
    "Report",
    "ReportedlyError",
    "Source",
    "Span",
    "Time",
    "__version__",
    "analyze",
    "analyze_article",
    "analyze_articles",
    "ingest",
]


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from reportedly.version import package_version

        return package_version()
    if name in LAZY:
        module = import_module(LAZY[name])
        return module if name == "ingest" else getattr(module, name)
    raise AttributeError(f"module 'reportedly' has no attribute {name!r}")
