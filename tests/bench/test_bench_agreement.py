"""The agreement benchmark: annotators against each other, the extractor against each."""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

import pytest
from test_bench_polnear import DATA, MINI, oracle, oracle_analyze

from reportedly.bench import agreement
from reportedly.bench.agreement import annotator_tally, extractor_tally, load_readings
from reportedly.bench.polnear import BenchResult, Tally
from reportedly.errors import BenchmarkDataError


def exact_f1(result: dict[str, object], role: str) -> dict[str, float]:
    exact = result["exact"]
    assert isinstance(exact, dict)
    scores: dict[str, float] = exact[role]
    return scores


def args(split: str, out: Path | None = None, *, skip_first: bool = False) -> argparse.Namespace:
    return argparse.Namespace(
        data=str(DATA), split=split, out=str(out) if out else None, mode=None, skip_first=skip_first
    )


def test_reads_every_annotation_of_the_articles_several_annotated() -> None:
    articles, skipped = load_readings(MINI, on_skip=lambda _: None)
    assert skipped == ()
    (alpha,) = articles
    assert [r.annotator for r in alpha] == ["aaaa", "zzzz"]
    assert [len(r.attributions) for r in alpha] == [3, 1]


def test_skip_first_leaves_out_the_first_annotation() -> None:
    articles, _ = load_readings(MINI, skip_first=True, on_skip=lambda _: None)
    assert articles == ()


def test_a_bad_annotation_is_reported_and_the_others_kept(tmp_path: Path) -> None:
    split = tmp_path / "s"
    shutil.copytree(MINI, split)
    shutil.copy(MINI / "attributions" / "alpha_zzzz.ann", split / "attributions" / "alpha_mmmm.ann")
    (split / "attributions" / "alpha_bad0.ann").write_text("T1\tCue 7 x11\tsaid\n")
    messages: list[str] = []
    articles, skipped = load_readings(split, on_skip=messages.append)
    assert [[r.annotator for r in a] for a in articles] == [["aaaa", "mmmm", "zzzz"]]
    assert len(skipped) == 1 and "alpha_bad0.ann" in skipped[0] and messages == list(skipped)


def test_annotators_score_each_other_both_ways() -> None:
    (alpha,) = load_readings(MINI, on_skip=lambda _: None)[0]
    data = BenchResult(annotator_tally(alpha)).to_dict()
    # aaaa has 2 sources, 3 cues and contents; zzzz 1 of each, all three also aaaa's
    assert data["articles"] == 2  # the two ordered pairs
    source = exact_f1(data, "source")
    assert source["p"] == source["r"] == pytest.approx(2 / 3)
    assert exact_f1(data, "cue")["f1"] == pytest.approx(0.5)
    assert exact_f1(data, "content")["f1"] == pytest.approx(0.5)
    assert data["relation"]["p"] == data["relation"]["r"] == pytest.approx(0.5)


def test_the_extractor_scores_against_each_reading() -> None:
    (alpha,) = load_readings(MINI, on_skip=lambda _: None)[0]
    data = BenchResult(extractor_tally(alpha, oracle(alpha[0]))).to_dict()
    # the first reading written out: right for aaaa, two of three too many for zzzz
    assert exact_f1(data, "source") == pytest.approx({"p": 3 / 4, "r": 1.0, "f1": 6 / 7})
    assert exact_f1(data, "cue") == pytest.approx({"p": 4 / 6, "r": 1.0, "f1": 0.8})
    assert data["relation"]["r"] == 1.0


def test_run_prints_and_writes_both(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "agreement.json"
    (alpha,) = load_readings(MINI, on_skip=lambda _: None)[0]
    assert agreement.run(args("mini", out), analyze=oracle_analyze([alpha[0]])) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert (data["articles"], data["readings"], data["pairs"]) == (1, 2, 2)
    for side in ("annotators", "extractor"):
        assert set(data[side]) == {"exact", "exact_trimmed", "exact_pieces", "overlap", "relation"}
        assert set(data[side]["exact"]) == {"source", "cue", "content"}
    assert data["annotators"]["exact"]["source"]["f1"] == pytest.approx(2 / 3)
    assert data["mode"] == "rules" and data["split"] == "mini"
    printed = capsys.readouterr().out
    assert "annotators F1" in printed and "1 articles, 2 readings, 2 annotator pairs" in printed


def test_run_fails_without_an_article_several_annotated() -> None:
    with pytest.raises(BenchmarkDataError, match="two readable annotations besides the first"):
        agreement.run(args("mini", skip_first=True))


def test_main_reports_errors_without_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert agreement.main(["--data", str(tmp_path), "--split", "nope"]) == 2
    assert "not a benchmark split" in capsys.readouterr().err


def test_the_real_dev_split_has_two_articles_six_annotators_read(shared_dir: Path) -> None:
    split = shared_dir / "benchmarks" / "polnear" / "data" / "dev"
    if not split.is_dir():
        pytest.skip(f"PolNeAR dev split not found at {split}")
    articles, skipped = load_readings(split, on_skip=lambda _: None)
    assert skipped == () and [len(a) for a in articles] == [6, 6]
    tally = sum((annotator_tally(a) for a in articles), start=Tally())
    source = exact_f1(BenchResult(tally).to_dict(), "source")
    assert source["p"] == pytest.approx(source["r"]) and 0.5 < source["f1"] < 1.0
