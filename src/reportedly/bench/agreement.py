"""How far PolNeAR's annotators agree with each other, and the extractor with each of them.

``reportedly bench agreement --data DIR --split train`` reads the articles of a split that
several annotators annotated (in PolNeAR v1.0.0 the annotator-training articles: 16 of
train and 2 of dev, each read by 5 or 6 annotators) and scores, with the PolNeAR
benchmark's metrics (``bench.polnear``):

- **annotators**: every annotator's reading as a prediction against every other's as gold,
  over all ordered pairs. Each pair counts both ways, so precision and recall are equal
  and F1 is the one figure: how often two annotators draw the very same spans.
- **extractor**: the extractor's analysis of each article against each of its readings,
  every reading counted alike.

The annotators' figure is the reference for the extractor's: an extractor that agrees with
each annotator as well as the annotators agree with each other reads the text as
consistently as one more annotator would. The benchmark proper scores the first reading of
each article only, and a model trained on train's first readings has seen those: on train
the fair comparison leaves them out (``--skip-first``); on dev every reading is unseen.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import permutations
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from reportedly import extractors
from reportedly.bench import standalone
from reportedly.bench.brat import GoldArticle, list_articles, read_annotation
from reportedly.bench.polnear import (
    ROLE_METRICS,
    ROLES,
    Analyze,
    BenchResult,
    Tally,
    Tokens,
    add_split_arguments,
    gold_relations,
    percents,
    score_article,
    score_relations,
    score_table,
    warmed_analyzer,
    write_out,
)
from reportedly.errors import BenchmarkDataError
from reportedly.model import Article, Report

Readings = tuple[GoldArticle, ...]
"""One article as each of its annotators read it, in file-name order."""


@dataclass(frozen=True, slots=True)
class AgreementResult:
    """The annotators' agreement with each other and the extractor's with each of them."""

    annotators: Tally
    extractor: Tally
    articles: int
    mode: str = extractors.DEFAULT
    split: str = ""
    skipped: tuple[str, ...] = field(default=())

    @property
    def readings(self) -> int:
        """The readings scored: the extractor's tally counts one article per reading."""
        return self.extractor.articles

    @property
    def pairs(self) -> int:
        """The ordered annotator pairs: the annotators' tally counts one article per pair."""
        return self.annotators.articles

    def to_dict(self) -> dict[str, Any]:
        """The ``--out`` JSON: scores as fractions in [0, 1], then what was counted."""
        return {
            "annotators": _scores(self.annotators),
            "extractor": _scores(self.extractor),
            "articles": self.articles,
            "readings": self.readings,
            "pairs": self.pairs,
            "mode": self.mode,
            "split": self.split,
            "skipped": list(self.skipped),
        }


def _scores(tally: Tally) -> dict[str, Any]:
    data = BenchResult(tally).to_dict()
    return {metric: data[metric] for metric in (*ROLE_METRICS, "relation")}


# -- reading and scoring --------------------------------------------------------------------


def load_readings(
    split_dir: Path, *, skip_first: bool = False, on_skip: Callable[[str], None] = print
) -> tuple[tuple[Readings, ...], tuple[str, ...]]:
    """Every article of the split with two or more readable readings (less its first when
    ``skip_first``), and why the unreadable ones failed."""
    found: list[Readings] = []
    skipped: list[str] = []
    for files in list_articles(split_dir):
        paths = files.ann_paths[1:] if skip_first else files.ann_paths
        if len(paths) < 2:
            continue
        readings: list[GoldArticle] = []
        for path in paths:
            try:
                readings.append(read_annotation(files, path))
            except BenchmarkDataError as error:
                skipped.append(str(error))
                on_skip(str(error))
        if len(readings) >= 2:
            found.append(tuple(readings))
    return tuple(found), tuple(skipped)


def annotator_tally(readings: Readings) -> Tally:
    """Every reading scored against every other, over the ordered pairs (one article each)."""
    tokens = Tokens.of(readings[0].text)
    relations = [gold_relations(r.attributions, tokens) for r in readings]
    return sum(
        (
            score_relations(tokens, predicted, gold)
            for predicted, gold in permutations(relations, 2)
        ),
        start=Tally(),
    )


def extractor_tally(readings: Readings, report: Report) -> Tally:
    """The report scored against each reading."""
    return sum((score_article(reading, report) for reading in readings), start=Tally())


def evaluate(
    articles: Sequence[Readings],
    *,
    analyze: Analyze,
    advance: Callable[[], None] = lambda: None,
) -> tuple[Tally, Tally, str]:
    """The annotators' tally, the extractor's and the extractor's mode."""
    reports = analyze(Article(text=readings[0].text) for readings in articles)
    annotators, extractor, mode = Tally(), Tally(), extractors.DEFAULT
    for readings in articles:
        report = next(reports)
        annotators += annotator_tally(readings)
        extractor += extractor_tally(readings, report)
        mode = report.analyzer.mode
        advance()
    return annotators, extractor, mode


# -- the command ----------------------------------------------------------------------------


def run(args: argparse.Namespace, *, analyze: Analyze | None = None) -> int:
    """The ``bench agreement`` command: score, print a table, write ``--out``.

    ``analyze`` replaces the full analysis (tests pass hand-made reports).
    """
    split_dir = Path(args.data) / args.split
    err = Console(stderr=True)
    articles, skipped = load_readings(
        split_dir,
        skip_first=args.skip_first,
        on_skip=lambda m: err.print(f"skipped: {m}", markup=False),
    )
    if not articles:
        raise BenchmarkDataError(
            f"{split_dir}: no article has two readable annotations"
            + (" besides the first" if args.skip_first else "")
        )
    if analyze is None:
        analyze = warmed_analyzer(args.mode)
    with Progress(console=err) as progress:
        task = progress.add_task(f"PolNeAR {args.split} agreement", total=len(articles))
        annotators, extractor, mode = evaluate(
            articles, analyze=analyze, advance=lambda: progress.advance(task)
        )
    result = AgreementResult(
        annotators,
        extractor,
        articles=len(articles),
        mode=mode,
        split=args.split,
        skipped=skipped,
    )
    out = Console()
    out.print(render_table(result))
    out.print(summary(result), markup=False)
    write_out(args.out, result.to_dict())
    return 0


def render_table(result: AgreementResult) -> Table:
    """F1 between annotators beside the extractor's P / R / F1 against them, in percent."""
    data = result.to_dict()
    table = score_table(
        f"PolNeAR {result.split}: agreement with the annotators",
        "annotators F1",
        "extractor P",
        "R",
        "F1",
    )
    rows: Iterable[tuple[str, str, dict[str, float], dict[str, float]]] = (
        *(
            (metric, role, data["annotators"][metric][role], data["extractor"][metric][role])
            for metric in ROLE_METRICS
            for role in ROLES
        ),
        ("relation", "all", data["annotators"]["relation"], data["extractor"]["relation"]),
    )
    for metric, role, between, extractor in rows:
        table.add_row(metric, role, f"{100 * between['f1']:.1f}", *percents(extractor))
    return table


def summary(result: AgreementResult) -> str:
    """One line: what was compared, by which extractor."""
    skipped = f", {len(result.skipped)} skipped" if result.skipped else ""
    return (
        f"{result.articles} articles, {result.readings} readings, "
        f"{result.pairs} annotator pairs{skipped}; extractor mode {result.mode}"
    )


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``agreement`` to the ``bench`` subcommands; its ``func`` runs it."""
    parser = subparsers.add_parser(
        "agreement",
        help="PolNeAR annotators' agreement, beside the extractor's with them",
        description=(
            "Score PolNeAR's annotators against each other on the articles several of them "
            "annotated, and the extractor against each of them."
        ),
    )
    add_split_arguments(parser)
    parser.add_argument(
        "--skip-first",
        action="store_true",
        help="leave out each article's first annotation (the one a model trained on train saw)",
    )
    parser.set_defaults(func=run)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m reportedly.bench.agreement``: the command without the CLI around it."""
    return standalone("agreement", register, argv)


if __name__ == "__main__":
    raise SystemExit(main())
