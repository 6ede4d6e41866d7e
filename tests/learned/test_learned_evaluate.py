"""``learned.evaluate`` scores every extractor on a PolNeAR split as the bench does."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportedly.bench.polnear import load_split
from reportedly.learned.evaluate import compare, print_dev_scores
from reportedly.learned.tagger import MODEL_DIR

DATA = Path(__file__).resolve().parents[1] / "resources" / "polnear" / "data"

pytestmark = pytest.mark.usefixtures("learned_model")


def test_every_extractor_is_scored_on_the_same_articles() -> None:
    gold, _ = load_split(DATA / "mini", on_skip=lambda _: None)
    scores = compare(gold, MODEL_DIR)
    assert sorted(scores) == ["model", "rules", "tagger"]
    words = {name: tally.words for name, (tally, _) in scores.items()}
    assert len(set(words.values())) == 1 and words["rules"] > 0
    assert all(seconds > 0 for _, seconds in scores.values())


def test_dev_scores_are_printed_and_returned(capsys: pytest.CaptureFixture[str]) -> None:
    scores = print_dev_scores(DATA, MODEL_DIR, split="mini")
    assert {"rules", "tagger", "model", "tagger_words_per_second"} <= set(scores)
    assert scores["model"]["mode"] == "model"
    assert "PolNeAR F1 by extractor" in capsys.readouterr().out
