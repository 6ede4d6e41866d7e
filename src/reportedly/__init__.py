"""reportedly: who says what happened, when, citing whom, and who denies it.

The public API: ``analyze`` one article into a ``Report`` (schema ``reportedly/1``).
"""

from __future__ import annotations

import logging

from reportedly.api import analyze, analyze_article, analyze_articles, package_version
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

__version__ = package_version()

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "Article",
    "Attribution",
    "Conflict",
    "Report",
    "ReportedlyError",
    "Source",
    "Span",
    "Time",
    "__version__",
    "analyze",
    "analyze_article",
    "analyze_articles",
]
