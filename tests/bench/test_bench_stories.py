"""The story benchmark: reading BASIL's layout and JSON Lines, the scores, the baseline, the
command on a tiny fixture."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reportedly import cli
from reportedly.bench.stories import (
    GoldArticle,
    Scores,
    _cut,
    average_linkage,
    baseline,
    bcubed,
    pairwise,
    read_data,
)
from reportedly.corpus.stories import StoryArticle
from reportedly.errors import BenchmarkDataError

BASIL = Path(__file__).resolve().parents[1] / "resources" / "stories" / "basil"
STEELE = "aaaaaaaa-0000-0000-0000-000000000001"


def test_reads_basil_layout() -> None:
    articles = read_data(BASIL)
    assert len(articles) == 4
    first = next(a for a in articles if a.article.key == f"{STEELE}_1")
    assert first.story == STEELE
    assert first.article.published == "2010-07-02"
    assert first.article.outlet == "Fox News"  # as ingest names BASIL's "fox"
    assert first.article.title == "Steele criticized over Afghanistan remarks"
    assert first.article.text.split("\n\n")[1] == "Senator John McCain said the remarks were wrong."
    assert "ignored" not in first.article.text
    assert read_data(BASIL / "articles") == articles


def test_reads_json_lines(tmp_path: Path) -> None:
    path = tmp_path / "set.jsonl"
    path.write_text(
        json.dumps(
            {
                "id": 1,
                "story": "s",
                "title": "T",
                "text": "Body.",
                "published": "2020-01-02T10:00:00Z",
                "outlet": "o",
            }
        )
        + "\n\n"
        + json.dumps(
            {
                "id": "b",
                "story": "s",
                "title": "U",
                "body-paragraphs": [["A.", "B."], ["C."]],
                "date": None,
            }
        )
        + "\n",
        encoding="utf-8",
    )
    assert read_data(path) == [
        GoldArticle(StoryArticle("1", "T", "Body.", "2020-01-02", "o"), "s"),
        GoldArticle(StoryArticle("b", "U", "A. B.\n\nC.", None, None), "s"),
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json\n", "not valid JSON"),
        ('{"story": "s"}\n', "expected an object with 'id'"),
        ('{"id": 1, "title": "T"}\n', "no gold story"),
        ("\n", "no articles"),
    ],
)
def test_bad_json_lines(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(BenchmarkDataError, match=message):
        read_data(path)


def test_missing_or_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(BenchmarkDataError, match="no such file"):
        read_data(tmp_path / "nothing")
    with pytest.raises(BenchmarkDataError, match="no article files"):
        read_data(tmp_path)


@pytest.mark.parametrize(
    ("found", "gold", "b3", "pairs"),
    [
        ([1, 1, 2, 2], ["a", "a", "b", "b"], Scores(1.0, 1.0, 1.0), Scores(1.0, 1.0, 1.0)),
        ([1, 1, 1, 1], ["a", "a", "b", "b"], Scores(0.5, 1.0, 2 / 3), Scores(1 / 3, 1.0, 0.5)),
        ([1, 2, 3, 4], ["a", "a", "b", "b"], Scores(1.0, 0.5, 2 / 3), Scores(1.0, 0.0, 0.0)),
        ([1, 1, 2], ["a", "b", "b"], Scores(2 / 3, 2 / 3, 2 / 3), Scores(0.0, 0.0, 0.0)),
    ],
)
def test_scores(found: list[int], gold: list[str], b3: Scores, pairs: Scores) -> None:
    assert bcubed(found, gold) == pytest.approx(b3)
    assert pairwise(found, gold) == pytest.approx(pairs)


def test_average_linkage_merges_in_falling_order() -> None:
    vectors = [{"a": 1.0}, {"a": 0.8, "b": 0.6}, {"b": 1.0}, {"c": 1.0}]
    merges = average_linkage(vectors, 0.1)
    assert [round(m[0], 2) for m in merges] == [0.8, 0.3]
    assert _cut(4, merges, 0.5) == [0, 0, 2, 3]
    assert _cut(4, merges, 0.2)[:3] == [0, 0, 0]


def test_baseline_picks_its_best_threshold() -> None:
    threshold, result = baseline(read_data(BASIL))
    assert result.bcubed.f1 == 1.0
    assert 0 < threshold < 1


def test_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["bench", "stories", "--data", str(BASIL)]) == 0
    out = capsys.readouterr().out
    for row in (
        "all",
        "up to 2014 (calibration)",
        "after 2014 (held out)",
        "dates removed",
        "baseline",
    ):
        assert row in out
