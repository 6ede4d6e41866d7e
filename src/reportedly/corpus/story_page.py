"""One story told in order, as text or as a self-contained HTML page.

``story_detail(store, id)`` gathers a story's articles (on a timeline: when, which outlet,
what headline, which are copies of which) and its claims (first report, origins, denials,
contradictions); ``story_text`` and ``story_html`` write them. The HTML page draws the
appearance timeline: one row per claim, a mark for each article that carries it, placed
by publication date and coloured by outlet, the first report ringed. Everything taken
from the articles is escaped.
"""

from __future__ import annotations

import html
import textwrap
from dataclasses import dataclass
from datetime import date
from typing import Any

from reportedly.corpus.claims import Claim, claims
from reportedly.corpus.store import Store
from reportedly.corpus.story_tables import StoryRecord, stories, time_order
from reportedly.errors import StoryNotFoundError

WIDTH = 100
"""Columns of the text form."""
CLAIMS_SHOWN = 40
"""Claims a story page lists, the most widely carried first (``claims`` has them all)."""
PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2")
"""Outlet colours on the timeline, in order of the outlets' first article."""


@dataclass(frozen=True, slots=True)
class StoryItem:
    """One article of a story, as its timeline shows it."""

    article: str
    published: str | None
    when: str | None
    outlet: str | None
    title: str | None
    url: str | None
    copy_of: str | None


@dataclass(frozen=True, slots=True)
class StoryDetail:
    """A story, its articles in order, and its claims, the most widely carried first."""

    story: StoryRecord
    articles: tuple[StoryItem, ...]
    claims: tuple[Claim, ...]


_ITEMS = f"""
SELECT a.article, ar.published, ar.date_evidence.value, ar.outlet, ar.title, ar.url, a.copy_of
FROM story_articles a JOIN articles ar ON ar.id = a.article
WHERE a.story = ?
ORDER BY {time_order("ar", "a.article")}
"""


def story_detail(store: Store, story_id: int) -> StoryDetail:
    """The story with this id; raises ``StoryNotFoundError`` when there is none."""
    matching = stories(store, story_id)
    if not matching:
        raise StoryNotFoundError(store.path, story_id)
    record = matching[0]
    items = tuple(
        StoryItem(*row) for row in store.connection.execute(_ITEMS, [story_id]).fetchall()
    )
    found = sorted(claims(store, story=story_id), key=lambda c: (-len(c.appearances), _order(c)))
    return StoryDetail(record, items, tuple(found))


def _order(claim: Claim) -> tuple[str, str]:
    return (claim.first_report.published or "9999", claim.id)


# --- text ------------------------------------------------------------------------------


def story_text(detail: StoryDetail) -> str:
    """The story as plain text: header, timeline, claims."""
    story = detail.story
    lines = [
        f"Story {story.id}: {story.title}",
        " · ".join(
            part
            for part in (
                story.dates,
                f"{len(story.articles)} articles",
                ", ".join(story.outlets),
            )
            if part
        ),
        "",
        f"Timeline ({len(detail.articles)})",
    ]
    for item in detail.articles:
        copy = f"  (copy of {item.copy_of})" if item.copy_of else ""
        lines.append(
            f"  {(item.when or item.published or 'undated'):<25} {(item.outlet or '?'):<22} "
            f"{item.title or '(untitled)'}  [{item.article}]{copy}"
        )
    shown = detail.claims[:CLAIMS_SHOWN]
    lines += ["", f"Claims ({len(detail.claims)}{', most carried first' if shown else ''})"]
    outlets = {item.article: item.outlet for item in detail.articles}
    for claim in shown:
        lines += _claim_lines(claim, outlets)
    if len(detail.claims) > len(shown):
        rest = len(detail.claims) - len(shown)
        lines.append(f"  … {rest} more: reportedly claims --story {story.id}")
    return "\n".join(lines) + "\n"


def _claim_lines(claim: Claim, outlets: dict[str, str | None]) -> list[str]:
    wrap = textwrap.TextWrapper(width=WIDTH, initial_indent="  ", subsequent_indent="      ")
    first = claim.first_report
    lines = wrap.wrap(f"[{claim.id}] “{claim.text}”")
    detail = textwrap.TextWrapper(
        width=WIDTH, initial_indent="      ", subsequent_indent="        "
    )
    lines += detail.wrap(
        f"first reported by {outlets.get(first.article) or '?'} ({first.article}) on "
        f"{first.published or 'an unknown date'}"
        + (" (uncertain: a tie or a missing date)" if first.uncertain else "")
        + f"; {len(claim.appearances)} appearance(s)"
    )
    origins = "; ".join(f"{o.name} ({o.kind})" for o in claim.origins) or "none found"
    lines += detail.wrap(f"rests on {claim.independent_origins} origin(s): {origins}")
    for denial in claim.denials:
        lines += detail.wrap(f"denied by {denial.source or '?'} ({denial.article})")
    for contradiction in claim.contradictions:
        values = "; ".join(
            f"{v.value} ({v.source or '?'}, {v.article})" for v in contradiction.values
        )
        later = " — a later update" if contradiction.later_update else ""
        lines += detail.wrap(f"{contradiction.label}: {values}{later}")
    return lines


# --- HTML ------------------------------------------------------------------------------


def story_html(detail: StoryDetail) -> str:
    """The story as one self-contained page, the appearance timeline drawn in SVG."""
    story = detail.story
    colours = _colours(detail.articles)
    rows = "\n".join(_article_row(item, colours) for item in detail.articles)
    shown = detail.claims[:CLAIMS_SHOWN]
    outlets = {item.article: item.outlet for item in detail.articles}
    claim_items = "\n".join(_claim_item(claim, outlets) for claim in shown)
    body = f"""
<h1>Story {story.id}: {_esc(story.title)}</h1>
<p class="meta">{_esc(story.dates)} ·
{len(story.articles)} articles · {_esc(", ".join(story.outlets))}</p>
<h2>Appearances</h2>
{_timeline_svg(detail, colours)}
<h2>Articles</h2>
<table><tr><th>published</th><th>outlet</th><th>headline</th><th>copy of</th></tr>
{rows}</table>
<h2>Claims ({len(detail.claims)})</h2>
<ol class="claims">{claim_items}</ol>"""
    return PAGE.format(title=_esc(f"reportedly: story {story.id}"), body=body)


def _colours(items: tuple[StoryItem, ...]) -> dict[str, str]:
    outlets = dict.fromkeys(item.outlet or "?" for item in items)
    return {outlet: PALETTE[n % len(PALETTE)] for n, outlet in enumerate(outlets)}


def _article_row(item: StoryItem, colours: dict[str, str]) -> str:
    outlet = item.outlet or "?"
    headline = _esc(item.title or "(untitled)")
    if item.url:
        headline = f'<a href="{_esc(item.url)}">{headline}</a>'
    return (
        f"<tr><td>{_esc(item.when or item.published or 'undated')}</td>"
        f'<td><span class="dot" style="background:{colours[outlet]}"></span>{_esc(outlet)}</td>'
        f"<td>{headline} <code>{_esc(item.article)}</code></td>"
        f"<td>{_esc(item.copy_of or '')}</td></tr>"
    )


def _claim_item(claim: Claim, outlets: dict[str, str | None]) -> str:
    first = claim.first_report
    parts = [
        f"<q>{_esc(claim.text)}</q> <code>{_esc(claim.id)}</code>",
        f"first reported by {_esc(outlets.get(first.article) or '?')} "
        f"(<code>{_esc(first.article)}</code>) on "
        f"{_esc(first.published or 'an unknown date')}"
        + (" <em>(uncertain)</em>" if first.uncertain else ""),
        f"rests on {claim.independent_origins} origin(s): "
        + _esc("; ".join(f"{o.name} ({o.kind})" for o in claim.origins) or "none found"),
    ]
    parts += [
        f'<span class="deny">denied by {_esc(d.source or "?")} '
        f"(<code>{_esc(d.article)}</code>)</span>"
        for d in claim.denials
    ]
    parts += [
        f'<span class="conflict">{_esc(c.label)}: '
        + _esc("; ".join(f"{v.value} ({v.source or '?'})" for v in c.values))
        + (" — a later update" if c.later_update else "")
        + "</span>"
        for c in claim.contradictions
    ]
    return "<li>" + "<br>".join(parts) + "</li>"


ROW_HEIGHT = 18
LABEL_WIDTH = 90
PLOT_WIDTH = 560


def _timeline_svg(detail: StoryDetail, colours: dict[str, str]) -> str:
    """One row per claim shown, a circle per article carrying it, by date; the first
    report ringed. Undated articles sit at the right edge, hollow."""
    published = {item.article: item for item in detail.articles}
    days = sorted({day for i in detail.articles if (day := _day(i.published)) is not None})
    if not detail.claims:
        return '<p class="none">no claims</p>'
    first_day = days[0] if days else None
    span = max((days[-1] - days[0]).days, 1) if days else 1
    shown = detail.claims[:CLAIMS_SHOWN]
    height = ROW_HEIGHT * (len(shown) + 1)
    marks = []
    for row, claim in enumerate(shown):
        y = ROW_HEIGHT * (row + 1)
        marks.append(f'<text x="0" y="{y + 4}" class="label">{_esc(claim.id)}</text>')
        for article in dict.fromkeys(a.article for a in claim.appearances):
            item = published.get(article)
            day = _day(item.published) if item else None
            x = LABEL_WIDTH + (
                PLOT_WIDTH
                if day is None or first_day is None
                else PLOT_WIDTH * (day - first_day).days / span
            )
            colour = colours.get((item.outlet if item else None) or "?", "#777")
            fill = "none" if day is None else colour
            ring = (
                ' stroke="#000" stroke-width="2"' if article == claim.first_report.article else ""
            )
            marks.append(
                f'<circle cx="{x:.1f}" cy="{y}" r="5" fill="{fill}" stroke="{colour}"{ring}>'
                f"<title>{_esc(article)}: {_esc((item.outlet if item else None) or '?')}, "
                f"{_esc((item.published if item else None) or 'undated')}</title></circle>"
            )
    axis = (
        f'<text x="{LABEL_WIDTH}" y="12" class="label">{_esc(str(first_day or ""))}</text>'
        f'<text x="{LABEL_WIDTH + PLOT_WIDTH}" y="12" class="label" text-anchor="end">'
        f"{_esc(str(days[-1]) if days else 'undated')}</text>"
    )
    width = LABEL_WIDTH + PLOT_WIDTH + 20
    return (
        f'<svg width="{width}" height="{height + 10}" role="img" '
        f'aria-label="appearances of each claim over time">{axis}{"".join(marks)}</svg>'
    )


def _day(published: str | None) -> date | None:
    try:
        return date.fromisoformat(published) if published else None
    except ValueError:
        return None


def _esc(text: Any) -> str:
    return html.escape(str(text), quote=True)


PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<style>
body {{ font: 15px/1.45 system-ui, sans-serif; max-width: 1000px; margin: 2em auto; color: #222; }}
.meta, .none {{ color: #666; }}
table {{ border-collapse: collapse; }}
td, th {{ padding: 2px 8px; text-align: left; vertical-align: top; }}
.dot {{ display: inline-block; width: 9px; height: 9px; border-radius: 50%; margin-right: 5px; }}
.label {{ font-size: 11px; fill: #555; }}
.claims li {{ margin-bottom: .8em; }}
.deny {{ color: #b00; }}
.conflict {{ color: #a60; }}
</style></head>
<body>{body}
</body></html>
"""
