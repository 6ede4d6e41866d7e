"""The Python API of a corpus: ``reportedly.Corpus(path)`` as a context manager, its
``ingest``, ``report``, ``sql`` (a DuckDB relation) and ``stats``."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pytest
from corpus_inputs import NEWS, write_jsonl
from spacy.language import Language

import reportedly
from reportedly.corpus import DEFAULT_PATH, GroupStats, IngestSummary
from reportedly.errors import GroupingError, QueryError, StoreError


@pytest.fixture(autouse=True)
def _loaded(pipeline: Language) -> None:
    """The rules' pipeline is loaded once for the session."""


def test_corpus_is_public_and_lazy() -> None:
    from reportedly.corpus.corpus import Corpus

    assert reportedly.Corpus is Corpus
    assert "Corpus" in reportedly.__all__
    assert DEFAULT_PATH == "reportedly.duckdb"


def test_the_corpus_api(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "news.jsonl", NEWS)
    with reportedly.Corpus(str(tmp_path / "news.duckdb")) as corpus:
        summary = corpus.ingest([str(path)], workers=1, mode="rules")
        assert isinstance(summary, IngestSummary)
        assert (summary.run, summary.written, summary.replaced) == (1, 5, 0)
        assert (summary.unchanged, summary.failed) == (0, 0)
        assert summary.articles == 5 and summary.seconds > 0

        relation = corpus.sql("SELECT id, outlet FROM articles ORDER BY id")
        assert relation.fetchall() == sorted((r["id"], r["outlet"]) for r in NEWS)
        arrow = relation.arrow()
        table = arrow if isinstance(arrow, pa.Table) else arrow.read_all()
        assert table.column_names == ["id", "outlet"]
        assert table.column("id").to_pylist() == sorted(r["id"] for r in NEWS)
        parameters = corpus.sql("SELECT count(*) FROM sources WHERE article = ?", ["mt-2"])
        assert parameters.fetchall() == [(len(corpus.report("mt-2").sources),)]

        report = corpus.report("mt-1")
        assert report.article.text == NEWS[0]["text"]
        assert report.analyzer.mode == "rules"

        groups = corpus.stats(by=["outlet"])
        assert all(isinstance(group, GroupStats) for group in groups)
        assert {group.group for group in groups} == {(r["outlet"],) for r in NEWS}
        assert corpus.stats() == groups  # by outlet unless told
        by_both = corpus.stats(by=["outlet", "month"])
        assert sum(group.articles for group in by_both) == 5
        assert {group.group[1] for group in by_both} == {"2022-09", "2022-10"}
        with pytest.raises(GroupingError):
            corpus.stats(by=["year"])
        with pytest.raises(QueryError, match=r"^SQL: "):
            corpus.sql("SELECT * FROM nowhere")
    with pytest.raises(StoreError):  # closed
        corpus.sql("SELECT 1").fetchall()
    with reportedly.Corpus(str(tmp_path / "news.duckdb"), read_only=True) as again:
        assert again.sql("SELECT count(*) FROM articles").fetchall() == [(5,)]


def test_the_default_store_is_in_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with reportedly.Corpus() as corpus:
        assert corpus.path == DEFAULT_PATH
    assert (tmp_path / DEFAULT_PATH).is_file()
