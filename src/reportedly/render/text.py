"""A readable terminal report, drawn with rich.

The report reads top to bottom: a header (title, outlet, date and where it came from,
url), the sources table, the attributions as a tree by nesting (the outlet at the root,
then whoever it cites, then whoever they cite), a timeline of the dated times with who
gives each date, and the conflicts. ``render_text`` returns plain text unless ``color``
is asked for, so the output piped to a file or another program is readable as is.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from typing import IO

from rich import box
from rich.console import Console, Group, RenderableType
from rich.rule import Rule
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from reportedly.model import Attribution, Report, Time
from reportedly.render.conflicts import describe
from reportedly.render.dates import published_label

DEFAULT_WIDTH = 100
EXCERPT_CHARS = 90
STANCE_STYLES = {"assert": "", "deny": "bold red", "confirm": "green", "decline": "yellow"}
DATED_TYPES = ("date", "time")


def render_text(
    report: Report, *, width: int | None = None, color: bool = False, full: bool = False
) -> str:
    """One report as text; ANSI colors only when ``color`` is true; every content whole
    with ``full``, else cut to ``EXCERPT_CHARS``."""
    return render_text_many([report], width=width, color=color, full=full)


def render_text_many(
    reports: Iterable[Report],
    *,
    width: int | None = None,
    color: bool = False,
    full: bool = False,
) -> str:
    """Several reports as text, each after a rule line."""
    buffer = io.StringIO()
    console = make_console(buffer, width=width, color=color)
    for index, report in enumerate(reports):
        if index:
            console.print(Rule(style="dim"))
        print_report(report, console=console, full=full)
    output = buffer.getvalue()
    if color:
        return output
    return "".join(line.rstrip() + "\n" for line in output.splitlines())


def make_console(file: IO[str] | None = None, *, width: int | None, color: bool) -> Console:
    """A console writing to ``file``; with ``color`` false, no escape codes at all."""
    return Console(
        file=file,
        width=width or DEFAULT_WIDTH,
        force_terminal=color,
        color_system="standard" if color else None,
        highlight=False,
        emoji=False,
        markup=False,
        soft_wrap=False,
    )


def print_report(report: Report, *, console: Console | None = None, full: bool = False) -> None:
    """Print one report to ``console`` (a fresh terminal console when None)."""
    console = console or Console(highlight=False, emoji=False, markup=False)
    console.print(report_renderable(report, full=full))


def report_renderable(report: Report, *, full: bool = False) -> RenderableType:
    """The whole report as one rich renderable (every content whole with ``full``)."""
    return Group(*_sections(report, limit=None if full else EXCERPT_CHARS))


def _sections(report: Report, *, limit: int | None) -> Iterator[RenderableType]:
    yield _header(report)
    yield _heading("Sources", len(report.sources))
    yield _sources_table(report) if report.sources else _none("no sources found")
    yield _heading("Attributions", len(report.attributions))
    yield (
        _attribution_tree(report, limit) if report.attributions else _none("no attributions found")
    )
    dated = timeline(report)
    yield _heading("Timeline", len(dated))
    yield _timeline_table(report, dated) if dated else _none("no dated times found")
    undated = len(report.times) - len(dated)
    if undated:
        yield _none(
            f"{undated} more time expression(s) not on the timeline (unresolved or not dates)"
        )
    yield _heading("Conflicts", len(report.conflicts))
    yield _conflicts(report) if report.conflicts else _none("no conflicts found")


def _header(report: Report) -> RenderableType:
    article = report.article
    facts = Table.grid(padding=(0, 1))
    facts.add_column(style="dim", no_wrap=True)
    facts.add_column(overflow="fold")
    for label, value in (
        ("outlet", article.outlet),
        ("published", published_label(article)),
        ("author", article.author),
        ("url", article.url),
    ):
        if value:
            facts.add_row(f"{label}:", value)
    version = f"{report.schema} · reportedly {report.analyzer.version} ({report.analyzer.mode})"
    return Group(
        Text(article.title or "(untitled article)", style="bold"),
        facts,
        Text(version, style="dim"),
    )


def _heading(title: str, count: int) -> Text:
    return Text.assemble("\n", (title, "bold underline"), (f" ({count})", "dim"))


def _none(message: str) -> Text:
    return Text(f"  {message}", style="dim italic")


def _sources_table(report: Report) -> Table:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    for column in ("id", "kind", "name", "role / description", "count", "mentions"):
        table.add_column(column, overflow="fold")
    for source in report.sources:
        detail = " · ".join(part for part in (source.role, source.description) if part)
        count = "" if source.count is None else str(source.count)
        table.add_row(source.id, source.kind, source.name, detail, count, str(len(source.mentions)))
    return table


def _attribution_tree(report: Report, limit: int | None) -> Tree:
    root = Tree(Text(report.article.outlet or "the article", style="bold"))
    children = _children_by_parent(report)
    for attribution in children.get(None, []):
        _add_node(root, attribution, report, children, seen=set(), limit=limit)
    return root


def _children_by_parent(report: Report) -> dict[str | None, list[Attribution]]:
    """Attributions grouped by parent; a parent missing from the report counts as none."""
    known = {a.id for a in report.attributions}
    groups: dict[str | None, list[Attribution]] = {}
    for attribution in report.attributions:
        parent = attribution.parent if attribution.parent in known else None
        if parent == attribution.id:
            parent = None
        groups.setdefault(parent, []).append(attribution)
    if None not in groups and report.attributions:
        # Every attribution sits in a parent cycle: show them flat rather than not at all.
        groups[None] = list(report.attributions)
    return groups


def _add_node(
    tree: Tree,
    attribution: Attribution,
    report: Report,
    children: dict[str | None, list[Attribution]],
    seen: set[str],
    limit: int | None,
) -> None:
    node = tree.add(_node_label(attribution, report, limit))
    if attribution.id in seen:
        return
    seen = seen | {attribution.id}
    for child in children.get(attribution.id, []):
        _add_node(node, child, report, children, seen, limit)


def _node_label(attribution: Attribution, report: Report, limit: int | None) -> Text:
    stance_style = STANCE_STYLES.get(attribution.stance, "")
    label = Text.assemble(
        (f"[{attribution.id}] ", "dim"),
        (source_name(report, attribution), "bold cyan"),
        " — ",
        (attribution.cue.text, "bold " + stance_style if stance_style else "bold"),
        " — ",
        excerpt(content_text(attribution), limit=limit),
    )
    label.append("\n")
    label.append(attribution.kind, style="dim")
    label.append(" · ", style="dim")
    label.append(attribution.stance, style=stance_style or "dim")
    if attribution.hedges:
        label.append(" · hedges: " + ", ".join(attribution.hedges), style="magenta")
    if attribution.target:
        target = report.attribution(attribution.target)
        answered = f"{target.id} ({source_name(report, target)})" if target else attribution.target
        label.append(f" · answers {answered}", style=stance_style or "dim")
    return label


def source_name(report: Report, attribution: Attribution) -> str:
    """Who makes the claim: the source's name, else the words naming it, else a placeholder."""
    source = report.source(attribution.source)
    if source is not None:
        return source.name
    if attribution.source_span is not None:
        return attribution.source_span.text
    return "(unnamed source)"


def content_text(attribution: Attribution) -> str:
    """What is reported; the pieces of an interrupted quote joined by an ellipsis."""
    if attribution.content_parts:
        return " … ".join(part.text for part in attribution.content_parts)
    return attribution.content.text


def excerpt(content: str, *, limit: int | None = EXCERPT_CHARS) -> str:
    """The content on one line as written (a direct quote keeps its own quote marks), cut
    after the last whole word that fits in ``limit`` characters (None: whole)."""
    flat = " ".join(content.split())
    if limit is None or len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    if flat[limit - 1] != " " and " " in cut:  # the cut falls inside a word: drop it
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip() + "…"


def timeline(report: Report) -> list[Time]:
    """The dated times (dates and times with a value), in chronological order."""
    dated = [t for t in report.times if t.value and t.type in DATED_TYPES]
    return sorted(dated, key=lambda t: (t.value or "", t.start))


def _timeline_table(report: Report, dated: list[Time]) -> Table:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    for column in ("when", "as written", "anchor", "according to"):
        table.add_column(column, overflow="fold")
    for time in dated:
        when = f"{time.mod} {time.value}" if time.mod else str(time.value)
        if time.earliest or time.latest:
            when += f" ({time.earliest or '?'} to {time.latest or '?'})"
        anchor = time.anchor + (f": {time.anchor_text}" if time.anchor_text else "")
        table.add_row(when, time.text, anchor, _according_to(report, time.attributions))
    return table


def _according_to(report: Report, attribution_ids: tuple[str, ...]) -> str:
    if not attribution_ids:
        return "the article"
    names = []
    for attribution_id in attribution_ids:
        attribution = report.attribution(attribution_id)
        name = source_name(report, attribution) if attribution else "?"
        names.append(f"{name} ({attribution_id})")
    return "; ".join(names)


def _conflicts(report: Report) -> Table:
    grid = Table.grid(padding=(0, 1))
    grid.add_column(width=3, justify="right", style="bold red")
    grid.add_column(overflow="fold")
    for conflict in report.conflicts:
        line = Text.assemble((conflict.kind, "bold"), f": {describe(conflict, report)}")
        line.append("\nbetween " + _according_to(report, conflict.attributions), style="dim")
        grid.add_row("!", line)
    return grid
