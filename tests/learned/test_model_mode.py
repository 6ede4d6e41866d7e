"""``mode="model"``: the learned tagger's spans read by the rules, end to end."""

from __future__ import annotations

from pathlib import Path

import jsonschema
import pytest

from reportedly import Attribution, Report, analyze, analyze_article, extractors, ingest
from reportedly.errors import ModelMissingError
from reportedly.learned import tagger
from reportedly.pipeline import Reportedly
from reportedly.schema import load_schema

pytestmark = pytest.mark.usefixtures("learned_model")


@pytest.fixture(scope="module")
def sample_report(sample_path: Path) -> Report:
    (article,) = ingest.read_path(str(sample_path))
    return analyze_article(article, mode="model")


def test_every_report_says_which_extractor_ran() -> None:
    text = "Kremlin spokesman Dmitry Peskov said on Monday that talks had stalled."
    assert analyze(text).analyzer.mode == extractors.DEFAULT == "model"
    assert analyze(text, mode="rules").analyzer.mode == "rules"
    assert analyze(text, mode="model").analyzer.mode == "model"


def test_model_report_validates_and_is_consistent(sample_report: Report) -> None:
    jsonschema.validate(sample_report.to_dict(), load_schema())
    ids = [a.id for a in sample_report.attributions]
    assert ids == [f"a{n}" for n in range(1, len(ids) + 1)]
    source_ids = {s.id for s in sample_report.sources}
    for attribution in sample_report.attributions:
        assert attribution.source is None or attribution.source in source_ids
        assert attribution.parent is None or attribution.parent in ids
        assert attribution.target is None or attribution.target in ids


def test_model_mode_keeps_the_rules_chains_and_denials(sample_report: Report) -> None:
    citing = [a for a in sample_report.attributions if a.cue.text == "citing"]
    assert len(citing) == 2
    counts = set()
    for child in citing:
        parent = sample_report.attribution(child.parent)
        assert parent is not None and parent.content == child.content
        source = sample_report.source(child.source)
        assert source is not None and source.kind == "anonymous"
        counts.add(source.count)
    assert counts == {3, 6}
    (denial,) = [a for a in sample_report.attributions if a.cue.text == "denied"]
    assert denial.stance == "deny" and denial.target is not None


def test_model_mode_keeps_what_the_rules_read_of_the_sample(
    sample_report: Report, sample_path: Path
) -> None:
    """A union, not a replacement: the speakers the rules find on the sample are all there."""
    (article,) = ingest.read_path(str(sample_path))
    rules = analyze_article(article, mode="rules")
    assert _speakers(rules) <= _speakers(sample_report)
    quoted = [a for a in sample_report.attributions if a.cue.text == "was quoted as saying"]
    assert {_name(sample_report, a) for a in quoted} == {"one of Reuters’ sources", "a person"}


def _speakers(report: Report) -> set[str]:
    return {_name(report, a) for a in report.attributions if a.source}


def _name(report: Report, attribution: Attribution) -> str:
    source = report.source(attribution.source)
    return source.name if source else "?"


def test_unknown_mode_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown mode"):
        Reportedly(resolve_times=True, mode="neural")


def test_a_missing_model_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ModelMissingError, match="no learned attribution model"):
        tagger.load_tagger(tmp_path)


def test_model_mode_tags_a_batch_as_it_tags_each_article(shared_dir: Path) -> None:
    from reportedly import nlp

    pipeline = nlp.load("model")
    texts = [
        path.read_text(encoding="utf-8")
        for path in sorted(
            (shared_dir / "benchmarks" / "polnear" / "data" / "dev" / "text").glob("*.txt")
        )[:6]
    ]
    if not texts:
        pytest.skip("PolNeAR dev texts not found in ../shared")
    one_by_one = [pipeline(text)._.attributions for text in texts]
    batched = [doc._.attributions for doc in pipeline.pipe(texts, batch_size=4)]
    assert batched == one_by_one
    assert all(one_by_one)
