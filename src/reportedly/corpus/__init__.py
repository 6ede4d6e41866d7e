"""Many articles: the corpus store and what is asked of it.

``Corpus(path)`` is a DuckDB store of reports (``corpus.store``; tables derived from the
records in ``corpus.tables``): ``ingest`` analyzes files, directories, JSON Lines, HTML
and WARC into it, in parallel and resumably (``corpus.job``); ``report`` reads one
article's report back as ``analyze`` wrote it; ``sql`` queries it; ``stats`` counts per
outlet and month (``corpus.stats``). The layer uses only the public API
(``analyze_articles``, ``Report.to_dict`` / ``from_dict``).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reportedly.corpus.corpus import Corpus
    from reportedly.corpus.job import IngestSummary
    from reportedly.corpus.stats import GroupStats
    from reportedly.corpus.store import STORE_VERSION

DEFAULT_PATH = "reportedly.duckdb"
"""The store the corpus commands use without ``--db``, in the working directory."""

LAZY = {
    "Corpus": "reportedly.corpus.corpus",
    "GroupStats": "reportedly.corpus.stats",
    "IngestSummary": "reportedly.corpus.job",
    "STORE_VERSION": "reportedly.corpus.store",
}
"""Imported on first use, so that the command line starts without DuckDB."""

__all__ = ["DEFAULT_PATH", "STORE_VERSION", "Corpus", "GroupStats", "IngestSummary"]


def __getattr__(name: str) -> Any:
    if name in LAZY:
        return getattr(import_module(LAZY[name]), name)
    raise AttributeError(f"module 'reportedly.corpus' has no attribute {name!r}")
