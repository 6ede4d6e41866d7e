"""Score learned and hybrid attributions on PolNeAR with the project's scorer.

Every article is parsed once by the full pipeline (``nlp.load()``: the parse and the rules'
attributions); the learned tagger and linker then run on the same Doc, and each policy of
``learned.hybrid`` is scored by ``bench.polnear.score_article`` exactly as the rules are
(same metrics, same univocal view). Seconds: ``rules`` counts the pipeline, every other
policy the pipeline plus the tagger and linker (a model-only deployment still needs the
parse to link spans); ``tagger_words_per_second`` counts the tagger and linker alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from time import perf_counter
from typing import Any

from rich.console import Console
from rich.table import Table

from reportedly import nlp
from reportedly.bench.brat import GoldArticle
from reportedly.bench.polnear import (
    ROLES,
    BenchResult,
    Tally,
    load_split,
    render_table,
    score_article,
    summary,
)
from reportedly.learned.hybrid import POLICIES, combine, to_attributions
from reportedly.learned.tagger import learned_attributions, load_tagger
from reportedly.model import Analyzer, Article, Attribution, Report
from reportedly.nlp import text_of
from reportedly.version import package_version

VARIANTS = ("rules", *POLICIES)


@dataclass(frozen=True, slots=True)
class Comparison:
    """One tally per variant (``VARIANTS``) and the tagger's own time."""

    tallies: dict[str, Tally]
    tagger_seconds: float

    def results(self, split: str) -> dict[str, BenchResult]:
        """Each variant's tally as a finished benchmark result."""
        return {
            name: BenchResult(tally, mode="rules" if name == "rules" else "model", split=split)
            for name, tally in self.tallies.items()
        }


def compare(gold: Sequence[GoldArticle], model_dir: Path) -> Comparison:
    """Score the rules and every hybrid policy on the gold articles."""
    tagger = load_tagger(model_dir)
    pipeline = nlp.load()
    pipeline("The mayor said on Monday that the bridge would reopen.")
    tallies = dict.fromkeys(VARIANTS, Tally())
    docs = pipeline.pipe(article.text for article in gold)
    tagger_seconds = 0.0
    for article in gold:
        started = perf_counter()
        doc = next(docs)
        parsed = perf_counter()
        learned = to_attributions(
            learned_attributions(doc, tagger=tagger), text_of(doc), doc._.sources
        )
        finished = perf_counter()
        tagger_seconds += finished - parsed
        rules = doc._.attributions
        tallies["rules"] += score_article(
            article, _report(article, rules), seconds=parsed - started
        )
        for policy in POLICIES:
            tallies[policy] += score_article(
                article,
                _report(article, combine(rules, learned, policy)),
                seconds=finished - started,
            )
    return Comparison(tallies, tagger_seconds)


def _report(article: GoldArticle, attributions: Sequence[Attribution]) -> Report:
    return Report(
        article=Article(text=article.text),
        analyzer=Analyzer(version=package_version(), mode="model"),
        attributions=tuple(attributions),
    )


def comparison_table(results: dict[str, BenchResult]) -> Table:
    """F1 per role (exact and overlap) and relation F1, one row per variant, in percent."""
    table = Table(title="PolNeAR F1 by variant", caption="E exact, O overlap, rel relation")
    table.add_column("variant", no_wrap=True)
    for metric in ("E", "O"):
        for role in ("src", "cue", "cont"):
            table.add_column(f"{metric}-{role}", justify="right")
    table.add_column("rel", justify="right")
    for name, result in results.items():
        data = result.to_dict()
        cells = [data[m][r]["f1"] for m in ("exact", "overlap") for r in ROLES]
        table.add_row(name, *(f"{100 * f:.1f}" for f in [*cells, data["relation"]["f1"]]))
    return table


def print_dev_scores(data: Path, model_dir: Path, *, split: str = "dev") -> dict[str, Any]:
    """Score ``split`` of ``data``, print the tables, return every variant's scores."""
    gold, _ = load_split(data / split)
    comparison = compare(gold, model_dir)
    results = comparison.results(split)
    console = Console()
    console.print(render_table(results["model"]))
    console.print(comparison_table(results))
    for name, result in results.items():
        console.print(f"{name}: {summary(result)}", markup=False)
    words = results["rules"].tally.words
    tagger_wps = words / comparison.tagger_seconds if comparison.tagger_seconds else 0.0
    console.print(f"tagger and linker alone: {tagger_wps:,.0f} words/s", markup=False)
    return {
        "tagger_words_per_second": tagger_wps,
        **{name: result.to_dict() for name, result in results.items()},
    }
