"""Renderers: a report as terminal text (rich), JSON / JSON Lines, CSV, or an HTML page.

``render(reports, format)`` is the one switch the CLI uses; each format's module has the
functions a library user may call directly.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from reportedly.model import Report
from reportedly.render.csv import render_csv
from reportedly.render.html import render_html
from reportedly.render.json import render_json, render_json_array, render_jsonl
from reportedly.render.text import print_report, render_text, render_text_many

Format = Literal["text", "json", "jsonl", "csv", "html"]
FORMATS: tuple[Format, ...] = ("text", "json", "jsonl", "csv", "html")


def render(
    reports: Sequence[Report],
    format: Format,
    *,
    single: bool = False,
    width: int | None = None,
    color: bool = False,
    full: bool = False,
) -> str:
    """Reports in one of ``FORMATS``.

    ``single`` asks for one JSON document instead of an array (only with one report);
    ``width``, ``color`` and ``full`` (every content whole) apply to text.
    """
    if format == "text":
        return render_text_many(reports, width=width, color=color, full=full)
    if format == "json":
        if single and len(reports) == 1:
            return render_json(reports[0])
        return render_json_array(reports)
    if format == "jsonl":
        return render_jsonl(reports)
    if format == "csv":
        return render_csv(reports)
    return render_html(reports)


__all__ = [
    "FORMATS",
    "Format",
    "print_report",
    "render",
    "render_csv",
    "render_html",
    "render_json",
    "render_json_array",
    "render_jsonl",
    "render_text",
    "render_text_many",
]
