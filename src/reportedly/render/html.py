"""Reports as one self-contained HTML page (inline CSS and JS, no external assets).

Each article's text is shown with its spans highlighted: the words naming a source, the
cue, the reported content (denials marked). Hovering a highlight shows who says it and
through whom; clicking it selects the attribution in the list beside the text, and
clicking an attribution in the list lights up its spans. Everything taken from the
article is escaped, so markup in the text is shown, never run.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from reportedly.model import Attribution, Report, Span
from reportedly.render.conflicts import describe
from reportedly.render.dates import published_label
from reportedly.render.text import content_text, excerpt, source_name, timeline

ROLE_PRIORITY = ("cue", "source", "mention", "content")


@dataclass(frozen=True, slots=True)
class Mark:
    """One highlighted stretch of text: its role and the attribution or source it belongs to."""

    start: int
    end: int
    role: str
    owner: str


@dataclass(frozen=True, slots=True)
class Segment:
    """A stretch of text covered by the same marks (possibly none)."""

    start: int
    end: int
    marks: tuple[Mark, ...]


def render_html(reports: Sequence[Report] | Report, *, title: str | None = None) -> str:
    """One page holding every report, in order."""
    if isinstance(reports, Report):
        reports = [reports]
    page_title = title or _page_title(reports)
    body = "\n".join(_report_section(report, index) for index, report in enumerate(reports))
    if not reports:
        body = '<p class="none">no articles</p>'
    return PAGE.format(title=_esc(page_title), css=CSS, js=JS, body=body)


def _page_title(reports: Sequence[Report]) -> str:
    if len(reports) == 1:
        return f"reportedly: {reports[0].article.title or 'untitled article'}"
    return f"reportedly: {len(reports)} articles"


def _esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def _report_section(report: Report, index: int) -> str:
    rid = f"r{index}"
    parts = [
        f'<section class="report" id="{rid}">',
        _header(report),
        LEGEND,
        '<div class="columns">',
        f'<div class="text">{highlighted_text(report)}</div>',
        '<div class="side">',
        _attributions_list(report),
        _sources_table(report),
        _timeline(report),
        _conflicts(report),
        "</div></div></section>",
    ]
    return "\n".join(parts)


def _header(report: Report) -> str:
    article = report.article
    facts = []
    for label, value in (("outlet", article.outlet), ("published", published_label(article))):
        if value:
            facts.append(f"{label}: {_esc(value)}")
    if article.author:
        facts.append(f"by {_esc(article.author)}")
    if article.url:
        url = _esc(article.url)
        link = (
            f'<a href="{url}" rel="noopener noreferrer">{url}</a>' if _is_web(article.url) else url
        )
        facts.append(link)
    analyzer = f"{_esc(report.schema)} · reportedly {_esc(report.analyzer.version)}"
    return (
        f"<header><h1>{_esc(article.title or 'Untitled article')}</h1>"
        f'<p class="meta">{" · ".join(facts)}</p><p class="meta dim">{analyzer}</p></header>'
    )


def _is_web(url: str) -> bool:
    return url.lower().startswith(("http://", "https://"))


def marks(report: Report) -> list[Mark]:
    """Every highlighted span of a report, clipped to the text."""
    size = len(report.article.text)
    found: list[Mark] = []
    for source in report.sources:
        found.extend(_mark(span, "mention", source.id, size) for span in source.mentions)
    for attribution in report.attributions:
        pieces = attribution.content_parts or (attribution.content,)
        found.extend(_mark(span, "content", attribution.id, size) for span in pieces)
        found.append(_mark(attribution.cue, "cue", attribution.id, size))
        if attribution.source_span is not None:
            found.append(_mark(attribution.source_span, "source", attribution.id, size))
    return [mark for mark in found if mark.start < mark.end]


def _mark(span: Span, role: str, owner: str, size: int) -> Mark:
    start = min(max(span.start, 0), size)
    return Mark(start, min(max(span.end, start), size), role, owner)


def segments(text: str, found: Iterable[Mark]) -> Iterator[Segment]:
    """Cut the text where any mark starts or ends; each piece lists the marks covering it."""
    found = list(found)
    cuts = sorted({0, len(text)} | {m.start for m in found} | {m.end for m in found})
    starting: dict[int, list[Mark]] = {}
    for mark in found:
        starting.setdefault(mark.start, []).append(mark)
    active: list[Mark] = []
    for start, end in itertools.pairwise(cuts):
        active = [m for m in active if m.end > start] + starting.get(start, [])
        yield Segment(start, end, tuple(sorted(active, key=lambda m: m.end - m.start)))


def highlighted_text(report: Report) -> str:
    """The article text as escaped HTML with highlight elements around the marked spans."""
    text = report.article.text
    stances = {a.id: a.stance for a in report.attributions}
    pieces = []
    for segment in segments(text, marks(report)):
        chunk = _esc(text[segment.start : segment.end])
        if segment.marks:
            chunk = _highlight(chunk, segment.marks, report, stances)
        pieces.append(chunk)
    return "".join(pieces)


def _highlight(
    chunk: str, covering: tuple[Mark, ...], report: Report, stances: Mapping[str, str]
) -> str:
    roles = {m.role for m in covering}
    classes = [f"hl-{role}" for role in ROLE_PRIORITY if role in roles]
    owners = [m.owner for m in covering if m.role != "mention"]
    innermost = next(iter(owners), None)
    if innermost is not None and stances.get(innermost) in ("deny", "confirm", "decline"):
        classes.append(f"st-{stances[innermost]}")
    attribution = report.attribution(innermost)
    if attribution is not None:
        tip = _tooltip(attribution, report)
    else:
        source = report.source(covering[0].owner)
        tip = f"source {source.id}: {source.name} ({source.kind})" if source else ""
    ids = " ".join(dict.fromkeys(owners))
    return (
        f'<mark class="{" ".join(classes)}" data-a="{_esc(ids)}" title="{_esc(tip)}">{chunk}</mark>'
    )


def chain(attribution: Attribution, report: Report) -> list[Attribution]:
    """The attribution and those it is reported through, outermost first (cycles cut)."""
    links = [attribution]
    seen = {attribution.id}
    parent = report.attribution(attribution.parent)
    while parent is not None and parent.id not in seen:
        links.append(parent)
        seen.add(parent.id)
        parent = report.attribution(parent.parent)
    return links[::-1]


def chain_text(attribution: Attribution, report: Report) -> str:
    """Who says it through whom: ``outlet → Reuters → three sources``."""
    names = [source_name(report, link) for link in chain(attribution, report)]
    return " → ".join([report.article.outlet or "the article", *names])


def _tooltip(attribution: Attribution, report: Report) -> str:
    tip = (
        f"{attribution.id}: {source_name(report, attribution)} — {attribution.cue.text} "
        f"({attribution.kind}, {attribution.stance})\nchain: {chain_text(attribution, report)}"
    )
    if attribution.hedges:
        tip += "\nhedges: " + ", ".join(attribution.hedges)
    if attribution.target:
        tip += f"\nanswers {attribution.target}"
    return tip


def _attributions_list(report: Report) -> str:
    if not report.attributions:
        return '<h2>Attributions (0)</h2><p class="none">no attributions found</p>'
    items = [_attribution_item(a, report) for a in report.attributions]
    return f'<h2>Attributions ({len(items)})</h2><ol class="attributions">{"".join(items)}</ol>'


def _attribution_item(attribution: Attribution, report: Report) -> str:
    stance = attribution.stance
    facts = [
        _esc(attribution.kind),
        f'<span class="stance st-{_esc(stance)}">{_esc(stance)}</span>',
    ]
    if attribution.hedges:
        facts.append("hedges: " + _esc(", ".join(attribution.hedges)))
    if attribution.target:
        facts.append(f"answers {_esc(attribution.target)}")
    return (
        f'<li data-id="{_esc(attribution.id)}" class="st-{_esc(stance)}">'
        f'<span class="id">{_esc(attribution.id)}</span> '
        f'<span class="who">{_esc(source_name(report, attribution))}</span> — '
        f'<span class="cue">{_esc(attribution.cue.text)}</span> — '
        f"{_esc(excerpt(content_text(attribution)))}"
        f'<div class="facts">{" · ".join(facts)}</div>'
        f'<div class="chain">{_esc(chain_text(attribution, report))}</div></li>'
    )


def _sources_table(report: Report) -> str:
    if not report.sources:
        return '<h2>Sources (0)</h2><p class="none">no sources found</p>'
    rows = []
    for source in report.sources:
        detail = " · ".join(part for part in (source.role, source.description) if part)
        cells = (
            source.id,
            source.kind,
            source.name,
            detail,
            "" if source.count is None else source.count,
            len(source.mentions),
        )
        rows.append("<tr>" + "".join(f"<td>{_esc(cell)}</td>" for cell in cells) + "</tr>")
    head = "".join(f"<th>{h}</th>" for h in ("id", "kind", "name", "role", "count", "mentions"))
    return (
        f"<h2>Sources ({len(rows)})</h2><table><thead><tr>{head}</tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def _timeline(report: Report) -> str:
    dated = timeline(report)
    if not dated:
        return '<h2>Timeline (0)</h2><p class="none">no dated times found</p>'
    rows = []
    for time in dated:
        who = ", ".join(
            f"{source_name(report, a)} ({a.id})"
            for a in (report.attribution(i) for i in time.attributions)
            if a is not None
        )
        when = f"{time.mod} {time.value}" if time.mod else str(time.value)
        rows.append(
            f'<li data-a="{_esc(" ".join(time.attributions))}"><b>{_esc(when)}</b> '
            f"“{_esc(time.text)}” — {_esc(who or 'the article')}</li>"
        )
    return f'<h2>Timeline ({len(rows)})</h2><ul class="timeline">{"".join(rows)}</ul>'


def _conflicts(report: Report) -> str:
    if not report.conflicts:
        return '<h2>Conflicts (0)</h2><p class="none">no conflicts found</p>'
    items = [
        f'<li data-a="{_esc(" ".join(c.attributions))}"><b>{_esc(c.kind)}</b>: '
        f"{_esc(describe(c, report))} "
        f'<span class="dim">({_esc(", ".join(c.attributions))})</span></li>'
        for c in report.conflicts
    ]
    return f'<h2>Conflicts ({len(items)})</h2><ul class="conflicts">{"".join(items)}</ul>'


LEGEND = (
    '<p class="legend"><mark class="hl-source">source</mark> '
    '<mark class="hl-cue">cue</mark> <mark class="hl-content">content</mark> '
    '<mark class="hl-content st-deny">denied</mark> '
    '<mark class="hl-mention">other mention</mark> '
    '<span class="dim">hover a highlight for its chain, click to select it</span></p>'
)

CSS = """
body { font: 16px/1.55 system-ui, sans-serif; margin: 0; color: #1f2328; background: #fafafa; }
.report { max-width: 1400px; margin: 0 auto 3em; padding: 1em 2em; background: #fff;
  border-bottom: 1px solid #ddd; }
h1 { font-size: 1.5em; margin: .3em 0; } h2 { font-size: 1.1em; margin: 1.2em 0 .4em; }
.meta { margin: .1em 0; color: #555; } .dim { color: #888; font-size: .9em; }
.columns { display: flex; gap: 2em; align-items: flex-start; }
.text { flex: 3; white-space: pre-wrap; font-family: Georgia, serif; font-size: 1.05em; }
.side { flex: 2; position: sticky; top: 0; max-height: 100vh; overflow: auto; font-size: .92em; }
mark { background: none; color: inherit; cursor: pointer; border-radius: 2px; }
mark.hl-content { background: #fff3bf; }
mark.hl-source { color: #1c4fd8; font-weight: 600; border-bottom: 2px solid #1c4fd8; }
mark.hl-cue { color: #b44d00; font-weight: 700; }
mark.hl-mention { border-bottom: 1px dashed #1c4fd8; }
mark.st-deny { background: #ffd6d6; text-decoration: line-through #c00 2px; }
mark.hl-cue.st-deny, mark.hl-source.st-deny { text-decoration: none; color: #c00; }
mark.st-confirm { background: #d3f9d8; } mark.st-decline { background: #eee; }
mark.active, li.active { outline: 2px solid #7048e8; }
ol.attributions { padding-left: 2.4em; }
ol.attributions li { margin-bottom: .5em; cursor: pointer; }
li .id { color: #888; font-family: monospace; } li .who { font-weight: 600; color: #1c4fd8; }
li .cue { font-weight: 700; color: #b44d00; } li .chain, li .facts { color: #666; font-size: .9em; }
.stance.st-deny { color: #c00; font-weight: 700; } .stance.st-confirm { color: #2b8a3e; }
li.st-deny { border-left: 3px solid #c00; padding-left: .4em; }
table { border-collapse: collapse; } td, th { padding: .15em .5em; border-bottom: 1px solid #eee;
  text-align: left; vertical-align: top; }
.none { color: #888; font-style: italic; } .legend mark { padding: 0 .3em; cursor: default; }
@media (max-width: 900px) { .columns { display: block; } .side { position: static; } }
"""

JS = """
document.addEventListener('click', function (event) {
  var hit = event.target.closest('[data-a], [data-id]');
  if (!hit) { return; }
  var report = hit.closest('.report');
  var id = hit.dataset.id || (hit.dataset.a || '').split(' ')[0];
  if (!report || !id) { return; }
  report.querySelectorAll('.active').forEach(function (el) { el.classList.remove('active'); });
  report.querySelectorAll('mark[data-a~="' + CSS.escape(id) + '"]').forEach(function (el) {
    el.classList.add('active');
  });
  var item = report.querySelector('li[data-id="' + CSS.escape(id) + '"]');
  if (item) {
    item.classList.add('active');
    if (hit.tagName === 'MARK') { item.scrollIntoView({block: 'nearest'}); }
  }
});
"""

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>{css}</style>
</head>
<body>
{body}
<script>{js}</script>
</body>
</html>
"""
