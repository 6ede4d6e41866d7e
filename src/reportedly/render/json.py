"""Reports as JSON: one document, an array of documents, or JSON Lines.

Every form is the ``reportedly/3`` shape of ``Report.to_dict()`` (see the shipped JSON
Schema); non-ASCII text is kept as is, so the output is UTF-8.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from reportedly.model import Report


def render_json(report: Report, *, indent: int | None = 2) -> str:
    """One report as a JSON document, ending in a newline."""
    return report.to_json(indent=indent) + "\n"


def render_json_array(reports: Iterable[Report], *, indent: int | None = 2) -> str:
    """Several reports as one JSON array, ending in a newline."""
    data = [report.to_dict() for report in reports]
    return json.dumps(data, ensure_ascii=False, indent=indent) + "\n"


def render_jsonl(reports: Iterable[Report]) -> str:
    """One compact JSON document per line, one line per report."""
    return "".join(render_json(report, indent=None) for report in reports)
