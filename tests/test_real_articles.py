"""Real multi-outlet coverage (BASIL, in ../shared): the analysis holds up on articles it
was not written against — no error, offsets that point into the text, valid JSON."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from reportedly import Article, Report, analyze_articles
from reportedly.schema import load_schema

ARTICLES = 12


def basil_articles(shared_dir: Path) -> list[Article]:
    paths = sorted((shared_dir / "benchmarks" / "basil" / "articles").glob("*/*.json"))
    if not paths:
        pytest.skip(f"BASIL articles not found under {shared_dir}")
    articles = []
    for path in paths[:: max(1, len(paths) // ARTICLES)][:ARTICLES]:
        record = json.loads(path.read_text(encoding="utf-8"))
        paragraphs = [
            " ".join(p) if isinstance(p, list) else p for p in record["body-paragraphs"] if p
        ]
        articles.append(
            Article(text="\n\n".join(paragraphs), title=record["title"], published=record["date"])
        )
    return articles


@pytest.fixture(scope="module")
def reports(shared_dir: Path, pipeline: object) -> list[Report]:
    return list(analyze_articles(basil_articles(shared_dir), mode="rules"))


def test_every_span_points_into_the_text(reports: list[Report]) -> None:
    text_spans = 0
    for report in reports:
        text = report.article.text
        for attribution in report.attributions:
            spans = [attribution.cue, attribution.content, *attribution.content_parts]
            if attribution.source_span is not None:
                spans.append(attribution.source_span)
            for span in spans:
                assert text[span.start : span.end] == span.text
                text_spans += 1
        for time in report.times:
            assert text[time.start : time.end] == time.text
    assert text_spans > 0


def test_reports_validate_against_the_schema(reports: list[Report]) -> None:
    schema = load_schema()
    for report in reports:
        jsonschema.validate(report.to_dict(), schema)


def test_sources_are_named_on_one_line(reports: list[Report]) -> None:
    for report in reports:
        for source in report.sources:
            assert "\n" not in source.name, source.name
