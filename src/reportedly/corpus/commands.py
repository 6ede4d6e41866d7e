"""The corpus commands of the command line, thin over ``reportedly.corpus.Corpus``:

- ``ingest PATH... [--db] [--workers N] [--mode M]``: analyze into the store, a progress
  bar on a terminal, one summary line at the end; exit 1 if any input failed;
- ``show ID [--db] [--format text|json|html]``: a stored report, as ``analyze`` prints it;
- ``sql QUERY [--db] [--format table|csv|json]``: read-only DuckDB SQL;
- ``export [--db] --format parquet|csv|jsonl --out DIR``: every table to a file;
- ``stats [--db] [--by outlet|month|outlet,month] [--format text|json]``: counts per group;
- ``migrate [--db]``: bring a store of an older layout up to date;
- ``cluster [--db] [--rebuild]``: put the stored articles into stories (ingest does too);
- ``stories [--db] [--format text|json|jsonl]``: the stories, the earliest first;
- ``claims [--db] [--story ID] [--about TEXT] [--format text|json|jsonl|jsonld]``: the
  claims of the stories, with first report, origins, denials and contradictions.

DuckDB is imported only when one of them runs, so other commands start without it.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportedly import extractors
from reportedly.corpus import DEFAULT_PATH
from reportedly.errors import ReportedlyWarning, StoreMissingError

if TYPE_CHECKING:
    from rich.progress import Progress as RichBar

    from reportedly.corpus.claims import Claim
    from reportedly.corpus.job import IngestSummary
    from reportedly.corpus.stats import GroupStats
    from reportedly.corpus.story_tables import StoryRecord

    Subparsers = argparse._SubParsersAction[argparse.ArgumentParser]

EXPORT_FORMATS = ("parquet", "csv", "jsonl")
SQL_FORMATS = ("table", "csv", "json")


def add_corpus_commands(commands: Subparsers) -> None:
    """Add ``ingest``, ``show``, ``sql``, ``export``, ``stats``, ``cluster``, ``stories``,
    ``claims``."""
    _add_ingest(commands)
    _add_show(commands)
    _add_sql(commands)
    _add_export(commands)
    _add_stats(commands)
    _add_cluster(commands)
    _add_migrate(commands)
    _add_stories(commands)
    _add_story(commands)
    _add_claims(commands)


def _db_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db", metavar="FILE", default=DEFAULT_PATH, help=f"the store (default {DEFAULT_PATH})"
    )


def _add_ingest(commands: Subparsers) -> None:
    parser = commands.add_parser(
        "ingest",
        help="analyze articles into a DuckDB store (parallel, resumable)",
        description="Analyze files, directories, JSON Lines, JSON, HTML and WARC files into "
        "a DuckDB store. Articles the store holds unchanged are skipped, changed ones "
        "replaced; run the same command again after an interruption to finish.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="article file or directory")
    _db_argument(parser)
    parser.add_argument(
        "--workers",
        type=_positive,
        metavar="N",
        default=None,
        help="analysis processes (default: the CPU count)",
    )
    extractors.add_mode_argument(parser)
    parser.set_defaults(func=run_ingest)


def _add_show(commands: Subparsers) -> None:
    parser = commands.add_parser(
        "show", help="print a stored report", description="Print a stored article's report."
    )
    parser.add_argument("id", metavar="ID", help="the article's id (articles.id)")
    _db_argument(parser)
    parser.add_argument("--format", "-f", choices=("text", "json", "html"), default="text")
    parser.add_argument("--full", action="store_true", help="text: every content whole")
    parser.set_defaults(func=run_show, out=None)


def _add_sql(commands: Subparsers) -> None:
    parser = commands.add_parser(
        "sql",
        help="query the store with read-only SQL",
        description="Run read-only DuckDB SQL on the store. Tables: articles, texts (the "
        "bodies, in pieces), sources, attributions, times, conflicts, runs, errors, the "
        "stories' tables; views: article_texts, attribution_view, source_identities.",
    )
    parser.add_argument("query", metavar="QUERY")
    _db_argument(parser)
    parser.add_argument("--format", "-f", choices=SQL_FORMATS, default="table")
    parser.set_defaults(func=run_sql)


def _add_export(commands: Subparsers) -> None:
    parser = commands.add_parser(
        "export",
        help="write every table of the store to files",
        description="Write every table of the store to DIR, one file per table.",
    )
    _db_argument(parser)
    parser.add_argument("--format", "-f", choices=EXPORT_FORMATS, required=True)
    parser.add_argument("--out", "-o", metavar="DIR", required=True)
    parser.set_defaults(func=run_export)


def _add_stats(commands: Subparsers) -> None:
    parser = commands.add_parser(
        "stats",
        help="counts per outlet and month",
        description="Per group: articles, attributions, the share resting on anonymous "
        "sources, the hedged share, denials, refusals, the most cited sources.",
    )
    _db_argument(parser)
    parser.add_argument(
        "--by", default="outlet", metavar="GROUPS", help="outlet, month or outlet,month"
    )
    parser.add_argument("--format", "-f", choices=("text", "json"), default="text")
    parser.set_defaults(func=run_stats)


def _add_cluster(commands: Subparsers) -> None:
    parser = commands.add_parser(
        "cluster",
        help="group the stored articles into stories",
        description="Put the articles no story holds yet into stories (ingest does this "
        "too); --rebuild assigns every article again, from nothing.",
    )
    _db_argument(parser)
    parser.add_argument("--rebuild", action="store_true", help="recompute every story")
    parser.set_defaults(func=run_cluster)


def _add_story(commands: Subparsers) -> None:
    parser = commands.add_parser(
        "story",
        help="one story told in order: its articles and its claims",
        description="A story's articles on a timeline (outlet, time, copy of) and each "
        "claim with its first report, origins, denials and contradictions; the HTML page "
        "draws when each claim appeared where.",
    )
    parser.add_argument("id", type=int, metavar="ID", help="the story's id (reportedly stories)")
    _db_argument(parser)
    parser.add_argument("--format", "-f", choices=("text", "html"), default="text")
    parser.set_defaults(func=run_story)


def _add_migrate(commands: Subparsers) -> None:
    parser = commands.add_parser(
        "migrate",
        help="bring a store written by an older reportedly up to date",
        description="Migrate the store to this reportedly's layout (every corpus command "
        "that writes does it too; reading commands ask for it).",
    )
    _db_argument(parser)
    parser.set_defaults(func=run_migrate)


def _add_stories(commands: Subparsers) -> None:
    parser = commands.add_parser(
        "stories",
        help="list the stories of the store",
        description="One line per story: its articles, first and last publication dates, "
        "outlets, and copies (copy id, original id).",
    )
    _db_argument(parser)
    parser.add_argument("--format", "-f", choices=("text", "json", "jsonl"), default="text")
    parser.set_defaults(func=run_stories)


def _add_claims(commands: Subparsers) -> None:
    parser = commands.add_parser(
        "claims",
        help="list the claims of the stories, traced to their origins",
        description="One line per claim: what the attributions of a story that state the "
        "same thing say, where it appeared, who reported it first, the independent origins "
        "it rests on, who denies it, and the figures or dates that contradict each other.",
    )
    _db_argument(parser)
    parser.add_argument("--story", type=int, metavar="ID", help="only this story's claims")
    parser.add_argument("--about", metavar="TEXT", help="only claims whose words include these")
    parser.add_argument(
        "--min-outlets",
        type=_positive,
        default=1,
        metavar="N",
        help="only claims that appeared in at least N outlets (2: those outlets share)",
    )
    parser.add_argument(
        "--format", "-f", choices=("text", "json", "jsonl", "jsonld"), default="text"
    )
    parser.set_defaults(func=run_claims)


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {value!r}")
    return number


# --- the commands ------------------------------------------------------------------------


def run_ingest(args: argparse.Namespace) -> int:
    """``reportedly ingest``."""
    from reportedly import cli
    from reportedly.corpus.corpus import Corpus

    started = time.monotonic()
    warnings = _FirstWarnings()
    with Corpus(args.db) as corpus, _Bar() as bar:
        try:
            summary = corpus.ingest(
                args.paths, workers=args.workers, mode=args.mode, progress=bar, on_warning=warnings
            )
        except KeyboardInterrupt:
            cli.error("interrupted; what was analyzed is stored: run the same command to finish")
            return cli.EXIT_INTERRUPTED
        finally:
            warnings.close()
    print(summary_line(summary, args.db, time.monotonic() - started))
    return cli.EXIT_FAILED if summary.failed else cli.EXIT_OK


class _FirstWarnings:
    """``cli.warn`` for the first warning of each kind only: a corpus of 300 files with
    unread keys gets one line, and at the end one line saying how many were not shown."""

    def __init__(self) -> None:
        self.seen: set[type[Warning]] = set()
        self.hidden = 0

    def __call__(self, warning: ReportedlyWarning) -> None:
        from reportedly import cli

        if type(warning) in self.seen:
            self.hidden += 1
            return
        self.seen.add(type(warning))
        cli.warn(warning)

    def close(self) -> None:
        from reportedly import cli

        if self.hidden:
            cli.error(f"warning: {self.hidden} more warnings of the kinds above, not shown")


def summary_line(summary: IngestSummary, db: str, seconds: float) -> str:
    """One line: what the run did, how fast, where."""
    rate = summary.written / seconds if seconds > 0 else 0.0
    replaced = f" ({summary.replaced} replaced)" if summary.replaced else ""
    return (
        f"{db}: {summary.written} articles written{replaced}, {summary.unchanged} unchanged, "
        f"{summary.failed} failed, in {seconds:.1f} s ({rate:.2f} articles/s); run {summary.run}"
    )


def run_show(args: argparse.Namespace) -> int:
    """``reportedly show``."""
    from reportedly import cli
    from reportedly.corpus.corpus import Corpus

    with Corpus(args.db, read_only=True) as corpus:
        report = corpus.report(args.id)
    cli.write_reports(args, [report], single=True)
    return cli.EXIT_OK


def run_sql(args: argparse.Namespace) -> int:
    """``reportedly sql``."""
    import duckdb

    from reportedly import cli
    from reportedly.corpus.corpus import Corpus
    from reportedly.corpus.store import query_error

    with Corpus(args.db, read_only=True) as corpus:
        relation = corpus.sql(args.query)
        names, rows = [], []
        try:  # a relation runs when fetched: a value it cannot convert fails here
            if relation is not None:
                names, rows = relation.columns, relation.fetchall()
        except duckdb.Error as problem:
            raise query_error(args.db, problem) from None
    cli.write_stdout(format_rows(names, rows, args.format))
    return cli.EXIT_OK


def run_export(args: argparse.Namespace) -> int:
    """``reportedly export``."""
    from reportedly import cli
    from reportedly.corpus.corpus import Corpus

    with Corpus(args.db, read_only=True) as corpus:
        written = corpus.export(args.out, args.format)
    for path, rows in written:
        print(f"{path}: {rows} rows")
    return cli.EXIT_OK


def run_stats(args: argparse.Namespace) -> int:
    """``reportedly stats``."""
    from reportedly import cli
    from reportedly.corpus.corpus import Corpus

    by = [name.strip() for name in args.by.split(",")]
    with Corpus(args.db, read_only=True) as corpus:
        groups = corpus.stats(by)
    text = stats_json(groups, by) if args.format == "json" else stats_table(groups, by)
    cli.write_stdout(text)
    return cli.EXIT_OK


def run_cluster(args: argparse.Namespace) -> int:
    """``reportedly cluster``."""
    from reportedly.corpus.corpus import Corpus

    with Corpus(args.db) as corpus:
        assigned = corpus.cluster(rebuild=args.rebuild)
        count = len(corpus.stories())
    print(f"{args.db}: {assigned} articles assigned; {count} stories")
    return 0


def run_story(args: argparse.Namespace) -> int:
    """``reportedly story``."""
    from reportedly import cli
    from reportedly.corpus.corpus import Corpus
    from reportedly.corpus.story_page import story_detail, story_html, story_text

    with Corpus(args.db, read_only=True) as corpus:
        detail = story_detail(corpus.store, args.id)
    cli.write_stdout(story_html(detail) if args.format == "html" else story_text(detail))
    return cli.EXIT_OK


def run_migrate(args: argparse.Namespace) -> int:
    """``reportedly migrate``: opening the store for writing migrates it."""
    from reportedly.corpus.corpus import Corpus
    from reportedly.corpus.store import STORE_VERSION

    if not Path(args.db).exists():  # migrating creates nothing
        raise StoreMissingError(args.db)
    with Corpus(args.db) as corpus:
        before = corpus.store.migrated_from
    done = f"migrated from version {before}" if before else "up to date"
    print(f"{args.db}: store version {STORE_VERSION} ({done})")
    return 0


def run_stories(args: argparse.Namespace) -> int:
    """``reportedly stories``."""
    from reportedly import cli
    from reportedly.corpus.corpus import Corpus

    with Corpus(args.db, read_only=True) as corpus:
        found = corpus.stories()
    cli.write_stdout(
        stories_text(found) if args.format == "text" else stories_json(found, args.format)
    )
    return cli.EXIT_OK


def run_claims(args: argparse.Namespace) -> int:
    """``reportedly claims``."""
    from reportedly import cli
    from reportedly.corpus.corpus import Corpus

    with Corpus(args.db, read_only=True) as corpus:
        found = corpus.claims(story=args.story, about=args.about, min_outlets=args.min_outlets)
    cli.write_stdout(
        claims_text(found) if args.format == "text" else claims_json(found, args.format)
    )
    return cli.EXIT_OK


# --- output ------------------------------------------------------------------------------


def format_rows(names: Sequence[str], rows: Sequence[tuple[Any, ...]], fmt: str) -> str:
    """Query results as an aligned table, CSV (a header line first) or a JSON array."""
    if fmt == "json":
        records = [dict(zip(names, row, strict=True)) for row in rows]
        return json.dumps(records, ensure_ascii=False, indent=2, default=str) + "\n"
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(names)
        writer.writerows([_cell(value) for value in row] for row in rows)
        return buffer.getvalue()
    return _table(names, [[_cell(value) for value in row] for row in rows])


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def _table(names: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    from rich import box
    from rich.console import Console
    from rich.table import Table

    table = Table(*names, box=box.SIMPLE_HEAD, show_edge=False)
    for row in rows:
        table.add_row(*row)
    console = Console(file=io.StringIO(), width=_width(), color_system=None, soft_wrap=False)
    console.print(table)
    footer = f"({len(rows)} row{'s' if len(rows) != 1 else ''})\n"
    lines = str(console.file.getvalue()).splitlines()  # type: ignore[attr-defined]
    return "".join(line.rstrip() + "\n" for line in lines) + footer


def _width() -> int:
    import shutil

    return shutil.get_terminal_size((160, 24)).columns if sys.stdout.isatty() else 160


def stats_table(groups: Sequence[GroupStats], by: Sequence[str]) -> str:
    """The counts as a table, one row per group."""
    names = [
        *by,
        "articles",
        "attributions",
        "anonymous",
        "hedged",
        "denials",
        "refusals",
        "most cited",
    ]
    rows = [
        [
            *group.group,
            str(group.articles),
            str(group.attributions),
            _share(group.anonymous_share),
            _share(group.hedged_share),
            str(group.denials),
            str(group.refusals),
            "; ".join(f"{name} ({count})" for name, count in group.top_sources),
        ]
        for group in groups
    ]
    return _table(names, rows)


def stats_json(groups: Sequence[GroupStats], by: Sequence[str]) -> str:
    """The counts as a JSON array, one object per group."""
    records = [
        {
            **dict(zip(by, group.group, strict=True)),
            "articles": group.articles,
            "attributions": group.attributions,
            "anonymous_share": group.anonymous_share,
            "hedged_share": group.hedged_share,
            "denials": group.denials,
            "refusals": group.refusals,
            "top_sources": [{"name": n, "attributions": c} for n, c in group.top_sources],
        }
        for group in groups
    ]
    return json.dumps(records, ensure_ascii=False, indent=2) + "\n"


def story_data(story: StoryRecord) -> dict[str, Any]:
    """A story as the ``stories`` JSON Lines schema writes it (README)."""
    return {
        "id": story.id,
        "title": story.title,
        "articles": list(story.articles),
        "first_published": story.first_published,
        "last_published": story.last_published,
        "outlets": list(story.outlets),
        "copies": [list(pair) for pair in story.copies],
    }


def stories_json(stories: Sequence[StoryRecord], fmt: str) -> str:
    """Stories as one JSON array (``json``) or one object per line (``jsonl``)."""
    if fmt == "jsonl":
        return "".join(json.dumps(story_data(s), ensure_ascii=False) + "\n" for s in stories)
    return json.dumps([story_data(s) for s in stories], ensure_ascii=False, indent=2) + "\n"


def stories_text(stories: Sequence[StoryRecord]) -> str:
    """Stories as a table: id, dates, articles, outlets, copies, title."""
    rows = [
        [
            str(story.id),
            story.dates,
            str(len(story.articles)),
            ", ".join(story.outlets),
            str(len(story.copies)) if story.copies else "",
            story.title,
        ]
        for story in stories
    ]
    return _table(["story", "published", "articles", "outlets", "copies", "title"], rows)


def claims_json(claims: Sequence[Claim], fmt: str) -> str:
    """Claims as one JSON array (``json``), one object per line (``jsonl``), or
    schema.org ``Claim`` objects in a JSON-LD graph (``jsonld``)."""
    from reportedly.corpus.claims import claim_data, claims_jsonld

    if fmt == "jsonld":
        return json.dumps(claims_jsonld(claims), ensure_ascii=False, indent=2) + "\n"
    if fmt == "jsonl":
        return "".join(json.dumps(claim_data(c), ensure_ascii=False) + "\n" for c in claims)
    return json.dumps([claim_data(c) for c in claims], ensure_ascii=False, indent=2) + "\n"


def claims_text(claims: Sequence[Claim]) -> str:
    """Claims as a table: id, first report, appearances, origins, denials, contradictions,
    text."""
    rows = []
    for claim in claims:
        first = claim.first_report
        when = first.published or "undated"
        rows.append(
            [
                claim.id,
                f"{first.article} ({when}{', uncertain' if first.uncertain else ''})",
                str(len(claim.appearances)),
                f"{claim.independent_origins}: "
                + "; ".join(f"{o.name} ({o.kind})" for o in claim.origins),
                "; ".join(f"{d.source or '?'} ({d.article})" for d in claim.denials),
                "; ".join(
                    f"{c.measure} "
                    + " / ".join(dict.fromkeys(str(v.value) for v in c.values))
                    + (" (later update)" if c.later_update else "")
                    for c in claim.contradictions
                ),
                claim.text,
            ]
        )
    names = ["claim", "first report", "seen", "origins", "denials", "contradictions", "text"]
    return _table(names, rows)


def _share(value: float | None) -> str:
    return "" if value is None else f"{100 * value:.0f}%"


# --- progress ----------------------------------------------------------------------------


class _Bar:
    """A rich progress bar on stderr: articles done of the total, rate, time left,
    failures; nothing when stderr is not a terminal."""

    def __init__(self) -> None:
        self.bar: RichBar | None = None
        self.task: Any = None
        self.failed = 0
        self.started = time.monotonic()

    def __enter__(self) -> _Bar:
        if sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeRemainingColumn,
            )

            self.bar = Progress(
                TextColumn("[bold]ingesting"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[rate]}"),
                TimeRemainingColumn(),
                TextColumn("{task.fields[failures]}"),
                console=Console(stderr=True),
                transient=True,
            )
            self.bar.start()
        return self

    def __exit__(self, *_: object) -> None:
        if self.bar is not None:
            self.bar.stop()

    def start(self, total: int | None) -> None:
        if self.bar is not None:
            self.started = time.monotonic()
            self.task = self.bar.add_task("ingest", total=total, rate="", failures="")

    def advance(self, *, written: int = 0, unchanged: int = 0, failed: int = 0) -> None:
        if self.bar is None or self.task is None:
            return
        self.failed += failed
        done = self.bar.tasks[0].completed + written + unchanged + failed
        seconds = max(time.monotonic() - self.started, 1e-9)
        self.bar.update(
            self.task,
            completed=done,
            rate=f"{done / seconds:.1f} articles/s",
            failures=f"[red]{self.failed} failed" if self.failed else "",
        )
