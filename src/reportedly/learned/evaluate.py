"""Score a trained model on PolNeAR with the project's scorer, as each extractor reads it.

Every article is parsed once, as ``reportedly analyze`` parses it (``nlp.load``'s pipeline up
to its ``reportedly`` component); the ``rules``, ``tagger`` and ``model``
extractors (``reportedly.extractors``; the learned two on the model folder given) then run
on the same Docs and each is scored by ``bench.polnear.score_article`` exactly as
``reportedly bench polnear`` scores it. ``tagger_words_per_second`` counts the tagger's
extractor alone (the parse excluded).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from time import perf_counter
from typing import Any

from rich.console import Console
from rich.table import Table
from spacy.tokens import Doc

from reportedly import nlp
from reportedly.attribution import RulesExtractor
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
from reportedly.extractors import Extraction, Extractor
from reportedly.learned.extractors import HybridExtractor, TaggerExtractor
from reportedly.model import Analyzer, Article, Report
from reportedly.version import package_version

BATCH_SIZE = 16


def compare(gold: Sequence[GoldArticle], model_dir: Path) -> dict[str, tuple[Tally, float]]:
    """Each extractor's tally on the gold articles and the seconds it took (parse
    excluded)."""
    found: dict[str, Extractor] = {
        "rules": RulesExtractor(),
        "tagger": TaggerExtractor(path=model_dir),
        "model": HybridExtractor(path=model_dir),
    }
    texts = (article.text for article in gold)
    docs = list(nlp.load().pipe(texts, batch_size=BATCH_SIZE, disable=["reportedly"]))
    scores: dict[str, tuple[Tally, float]] = {}
    for name, extractor in found.items():
        tally, seconds = Tally(), 0.0
        for article, (extraction, elapsed) in zip(gold, _timed(extractor, docs), strict=True):
            tally += score_article(article, _report(article, extraction, name), seconds=elapsed)
            seconds += elapsed
        scores[name] = (tally, seconds)
    return scores


def _timed(extractor: Extractor, docs: list[Doc]) -> Iterator[tuple[Extraction, float]]:
    for start in range(0, len(docs), BATCH_SIZE):
        started = perf_counter()
        batch = list(extractor(docs[start : start + BATCH_SIZE]))
        share = (perf_counter() - started) / len(batch)
        yield from ((extraction, share) for extraction in batch)


def _report(article: GoldArticle, extraction: Extraction, mode: str) -> Report:
    sources, attributions = extraction
    return Report(
        article=Article(text=article.text),
        analyzer=Analyzer(version=package_version(), mode=mode),
        sources=sources,
        attributions=attributions,
    )


def comparison_table(results: dict[str, BenchResult]) -> Table:
    """F1 per role (exact and overlap) and relation F1, one row per extractor, in percent."""
    table = Table(title="PolNeAR F1 by extractor", caption="E exact, O overlap, rel relation")
    table.add_column("extractor", no_wrap=True)
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
    """Score ``split`` of ``data``, print the tables, return every extractor's scores."""
    gold, _ = load_split(data / split)
    scores = compare(gold, model_dir)
    results = {
        name: BenchResult(tally, mode=name, split=split) for name, (tally, _) in scores.items()
    }
    console = Console()
    console.print(render_table(results["model"]))
    console.print(comparison_table(results))
    for name, result in results.items():
        console.print(f"{name}: {summary(result)}", markup=False)
    tally, seconds = scores["tagger"]
    tagger_wps = tally.words / seconds if seconds else 0.0
    console.print(f"tagger extractor alone: {tagger_wps:,.0f} words/s", markup=False)
    return {
        "tagger_words_per_second": tagger_wps,
        **{name: result.to_dict() for name, result in results.items()},
    }
