"""The TimeML benchmark: reader, TempEval-3 scorer, and the ``bench timeml`` command."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

import pytest

from reportedly.bench import timeml
from reportedly.bench.timeml import Counts, Timex, read_timeml, score_document, summarize
from reportedly.model import Time

TIMEML = Path(__file__).resolve().parents[1] / "resources" / "timeml"


def test_reader_keeps_offsets_and_dct() -> None:
    document = read_timeml(TIMEML / "tiny.tml")
    assert document.dct == date(2022, 9, 14)
    assert [t.text for t in document.timexes] == [
        "Wednesday", "this week", "three days", "Feb. 24", "last year",
    ]  # fmt: skip
    assert all(document.text[t.start : t.end] == t.text for t in document.timexes)
    assert "<" not in document.text


def test_reader_rejects_bad_xml() -> None:
    with pytest.raises(ValueError, match=r"broken\.tml"):
        read_timeml(TIMEML / "broken.tml")


def time(start: int, end: int, value: str, kind: str = "date") -> Time:
    return Time("t1", "x" * (end - start), start, end, value, kind, "absolute")  # type: ignore[arg-type]


SCORES = [
    # (gold, system, expected counts)
    ([Timex(0, 5, "x", "DATE", "2022")], [time(0, 5, "2022")], Counts(1, 1, 1, 1, 1, 1)),
    ([Timex(0, 5, "x", "DATE", "2022")], [time(2, 9, "2021")], Counts(1, 1, 0, 1, 1, 0)),
    ([Timex(0, 5, "x", "DURATION", "P1Y")], [time(0, 5, "P1Y")], Counts(1, 1, 1, 1, 0, 1)),
    ([Timex(0, 5, "x", "DATE", "2022")], [time(6, 9, "2022")], Counts(1, 1, 0, 0, 0, 0)),
    ([Timex(0, 5, "x", "DATE", "2022"), Timex(6, 9, "y", "DATE", "2021")],
     [time(0, 9, "2022")], Counts(2, 1, 0, 1, 1, 1)),
]  # fmt: skip


@pytest.mark.parametrize(("gold", "system", "expected"), SCORES)
def test_score_document(gold: list[Timex], system: list[Time], expected: Counts) -> None:
    assert score_document(tuple(gold), tuple(system)) == expected


def test_summary_is_fractions() -> None:
    summary = summarize(Counts(10, 8, 6, 8, 7, 6), 2)
    assert summary["strict"] == {"p": 0.75, "r": 0.6, "f1": 0.6667}
    assert summary["relaxed"]["f1"] == pytest.approx(0.8889, abs=1e-4)
    assert summary["type_accuracy"] == 0.875
    assert summary["value_f1"] == 0.6667
    assert summary["documents"] == 2


def test_command_scores_and_skips_bad_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    parser = argparse.ArgumentParser()
    timeml.register(parser.add_subparsers())
    out = tmp_path / "scores.json"
    args = parser.parse_args(["timeml", "--data", str(TIMEML), "--out", str(out)])
    assert args.func(args) == 0
    captured = capsys.readouterr()
    assert "skipped" in captured.err and "broken.tml" in captured.err
    assert "value" in captured.out
    scores = json.loads(out.read_text())
    assert scores["documents"] == 1
    for name in ("strict", "relaxed"):
        assert set(scores[name]) == {"p", "r", "f1"}
        assert all(0 <= v <= 1 for v in scores[name].values())
    assert scores["value_f1"] == 1.0


def test_command_without_data(tmp_path: Path) -> None:
    assert timeml.main(["--data", str(tmp_path / "missing")]) == 2
    assert timeml.main(["--data", str(tmp_path)]) == 1


def test_reader_takes_aquaint_layout() -> None:
    """AQUAINT's files carry TITLE and EXTRAINFO around TEXT and a DCT typed TIME."""
    document = read_timeml(TIMEML.parent / "timeml-aquaint" / "APW_tiny.tml")
    assert document.dct == date(2000, 4, 3)
    assert [t.text for t in document.timexes] == ["Tuesday", "two years"]
    assert "EXTRAINFO" not in document.text and "wire story" not in document.text


def test_anchored_time_is_scored_as_its_timex() -> None:
    """ "two years after the election" is scored as the TIMEX3 "two years"; "as early as
    Tuesday" under "could" is the coming Tuesday."""
    from reportedly import nlp

    document = read_timeml(TIMEML.parent / "timeml-aquaint" / "APW_tiny.tml")
    found = timeml.system_times(nlp.load_bare(), document)
    counts = score_document(document.timexes, found)
    assert counts == Counts(2, 2, 2, 2, 2, 2)


CANONICAL = [
    # (gold or system value, its one spelling): ISO 8601 spellings of the same value
    ("2000-W7", "2000-W07"),
    ("2000-W07", "2000-W07"),
    ("2000-W7-WE", "2000-W07-WE"),
    ("2000-W12", "2000-W12"),
    ("199X", "199"),
    ("199", "199"),
    ("1998-XX", "1998-XX"),
    ("P1DE", "P10Y"),
    ("P2CE", "P200Y"),
    ("PXDE", "PXDE"),
    ("P1W", "P1W"),
]


@pytest.mark.parametrize(("value", "expected"), CANONICAL)
def test_canonical_value(value: str, expected: str) -> None:
    assert timeml.canonical_value(value) == expected


def test_iso_equivalent_values_score_as_equal() -> None:
    gold = (Timex(0, 9, "this week", "DATE", "2000-W7"), Timex(10, 15, "1990s", "DATE", "199X"))
    system = (time(0, 9, "2000-W07"), time(10, 15, "199"))
    assert score_document(gold, system).value_correct == 2
