"""The Report's JSON form: schema first, tuples as lists, offsets preserved."""

from __future__ import annotations

import json

from reportedly.model import Analyzer, Article, Attribution, Report, Source, Span


def test_report_json_has_schema_first_and_lists() -> None:
    text = "Reuters said Putin left."
    report = Report(
        article=Article(text=text),
        analyzer=Analyzer(version="0.1.0", mode="rules"),
        sources=(
            Source(id="s1", kind="outlet", name="Reuters", mentions=(Span("Reuters", 0, 7),)),
        ),
        attributions=(
            Attribution(
                id="a1",
                source="s1",
                source_span=Span("Reuters", 0, 7),
                cue=Span("said", 8, 12),
                content=Span("Putin left", 13, 23),
                kind="indirect",
            ),
        ),
    )
    data = json.loads(report.to_json())
    assert next(iter(data)) == "schema"
    assert data["schema"] == "reportedly/3"
    assert data["sources"][0]["mentions"] == [{"text": "Reuters", "start": 0, "end": 7}]
    content = data["attributions"][0]["content"]
    assert text[content["start"] : content["end"]] == content["text"]
    assert data["attributions"][0]["hedges"] == []
