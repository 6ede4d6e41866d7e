"""Reports as CSV (RFC 4180): one row per attribution, for spreadsheets and data frames.

Each row carries its article's id, outlet and date, so rows of many articles can be
mixed; ``parent`` and ``target`` name other rows by their attribution id. An article
without attributions gives no row. Fields are quoted where they must be, lines end in
CRLF, as RFC 4180 asks.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator

from reportedly.model import Attribution, Report
from reportedly.render.text import content_text, source_name

COLUMNS = (
    "article_id",
    "outlet",
    "published",
    "attribution",
    "source",
    "source_kind",
    "source_count",
    "cue",
    "content",
    "kind",
    "stance",
    "hedges",
    "parent",
    "target",
)
HEDGE_SEPARATOR = "; "


def render_csv(reports: Iterable[Report]) -> str:
    """A header row, then one row per attribution of every report, in order."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for report in reports:
        writer.writerows(rows(report))
    return buffer.getvalue()


def rows(report: Report) -> Iterator[tuple[str, ...]]:
    """One report's rows, in the order of ``COLUMNS`` (empty strings for missing values)."""
    article = report.article
    for attribution in report.attributions:
        yield (
            article.id or "",
            article.outlet or "",
            article.published or "",
            attribution.id,
            source_name(report, attribution),
            *_source_kind_and_count(report, attribution),
            attribution.cue.text,
            " ".join(content_text(attribution).split()),
            attribution.kind,
            attribution.stance,
            HEDGE_SEPARATOR.join(attribution.hedges),
            attribution.parent or "",
            attribution.target or "",
        )


def _source_kind_and_count(report: Report, attribution: Attribution) -> tuple[str, str]:
    source = report.source(attribution.source)
    if source is None:
        return "", ""
    return source.kind, "" if source.count is None else str(source.count)
