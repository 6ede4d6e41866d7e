"""Ingest jobs: worker processes write what one process writes, the progress adds up, and a
Ctrl-C keeps what was analyzed, marks the run interrupted, and the same job again
finishes it."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest
from corpus_inputs import NEWS, REPORT_TABLE_ORDER, news_directory, table_rows, write_jsonl
from spacy.language import Language

from reportedly import api
from reportedly.corpus import Corpus, job
from reportedly.corpus.job import estimated_total
from reportedly.corpus.store import WRITER_MEMORY, Store
from reportedly.corpus.tables import StoredArticle
from reportedly.errors import StoreWriteError
from reportedly.model import Article


@pytest.fixture(autouse=True)
def _loaded(pipeline: Language) -> None:
    """The rules' pipeline is loaded once for the session."""


class Recorder:
    """A progress that remembers what it was told, and can raise Ctrl-C at the
    ``interrupt_at``-th report of written articles."""

    def __init__(self, interrupt_at: int | None = None) -> None:
        self.total: int | None = -1
        self.calls: list[dict[str, int]] = []
        self.interrupt_at = interrupt_at

    def start(self, total: int | None) -> None:
        self.total = total

    def advance(self, *, written: int = 0, unchanged: int = 0, failed: int = 0) -> None:
        self.calls.append({"written": written, "unchanged": unchanged, "failed": failed})
        writes = sum(1 for call in self.calls if call["written"])
        if written and writes == self.interrupt_at:
            raise KeyboardInterrupt

    def sum(self, name: str) -> int:
        return sum(call[name] for call in self.calls)


def _all_rows(path: Path) -> dict[str, Any]:
    with Store.open(str(path), read_only=True) as store:
        return {table: table_rows(store, table) for table in REPORT_TABLE_ORDER}


# --- workers -----------------------------------------------------------------------------


def test_two_workers_write_what_one_writes(tmp_path: Path) -> None:
    folder = news_directory(tmp_path / "in")
    for workers in (1, 2):
        with Corpus(str(tmp_path / f"{workers}.duckdb")) as corpus:
            summary = corpus.ingest([str(folder)], workers=workers, mode="rules")
            assert (summary.written, summary.failed) == (6, 0)
            assert corpus.sql("SELECT workers FROM runs").fetchall() == [(workers,)]
    one, two = _all_rows(tmp_path / "1.duckdb"), _all_rows(tmp_path / "2.duckdb")
    assert one == two
    assert len(one["articles"]) == 6 and len(one["attributions"]) > 6


# --- the estimate and the progress -------------------------------------------------------


def test_the_estimated_total_counts_files_and_lines(tmp_path: Path) -> None:
    folder = news_directory(tmp_path / "in")
    (folder / "blank.jsonl").write_text(f"\n{json.dumps(NEWS[0])}\n\n  \n", encoding="utf-8")
    (folder / "notes.txt").write_text("The minister said so.", encoding="utf-8")
    (folder / "picture.png").write_bytes(b"\x89PNG")  # not an article: not counted
    assert estimated_total([str(folder)]) == 3 + 2 + 1 + 1 + 1
    assert estimated_total([str(folder / "a.jsonl"), str(folder / "talks.md")]) == 4
    assert estimated_total([str(tmp_path / "missing.md")]) == 1  # its failure is counted
    (tmp_path / "empty").mkdir()
    assert estimated_total([str(tmp_path / "empty")]) == 0  # no article files: nothing


@pytest.mark.parametrize("name", ["array.json", "crawl.warc", "crawl.warc.gz", "no-suffix"])
def test_the_total_of_an_input_that_cannot_be_counted_cheaply_is_unknown(
    tmp_path: Path, name: str
) -> None:
    (tmp_path / name).write_bytes(b"[]")
    write_jsonl(tmp_path / "a.jsonl", NEWS[:2])
    assert estimated_total([str(tmp_path / "a.jsonl"), str(tmp_path / name)]) is None


def test_the_progress_adds_up_to_the_articles(tmp_path: Path) -> None:
    folder = news_directory(tmp_path / "in")
    with (folder / "a.jsonl").open("a", encoding="utf-8") as file:
        file.write("{broken\n")
    with Corpus(str(tmp_path / "s.duckdb")) as corpus:
        first = Recorder()
        summary = corpus.ingest([str(folder)], workers=1, mode="rules", progress=first)
        assert first.total == 7  # six articles and the broken line
        assert (first.sum("written"), first.sum("unchanged"), first.sum("failed")) == (6, 0, 1)
        assert summary.articles == 7
        (folder / "talks.md").write_text("The minister said nothing.", encoding="utf-8")
        second = Recorder()
        corpus.ingest([str(folder)], workers=1, mode="rules", progress=second)
        assert (second.sum("written"), second.sum("unchanged"), second.sum("failed")) == (1, 5, 1)


# --- Ctrl-C --------------------------------------------------------------------------------


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two articles a batch and a chunk, and no batch written for the time alone."""
    monkeypatch.setattr(job, "BATCH_ARTICLES", 2)
    monkeypatch.setattr(job, "CHUNK_ARTICLES", 2)
    monkeypatch.setattr(job, "BATCH_SECONDS", 3600.0)


def _six(tmp_path: Path) -> Path:
    records = [
        {"id": f"n{i}", "text": f"The minister said on Monday that round {i} of the talks failed."}
        for i in range(6)
    ]
    return write_jsonl(tmp_path / "six.jsonl", records)


@pytest.mark.usefixtures("small_batches")
def test_ctrl_c_in_the_progress_keeps_what_was_written_and_a_second_run_finishes(
    tmp_path: Path,
) -> None:
    path = _six(tmp_path)
    with Corpus(str(tmp_path / "s.duckdb")) as corpus:
        with pytest.raises(KeyboardInterrupt):
            corpus.ingest([str(path)], workers=1, mode="rules", progress=Recorder(interrupt_at=2))
        kept = corpus.store.keys()
        assert kept == ["n0", "n1", "n2", "n3"]  # the two batches written before it came
        runs = corpus.sql("SELECT status, written, unchanged, failed, finished FROM runs")
        ((status, written, unchanged, failed, finished),) = runs.fetchall()
        assert (status, written, unchanged, failed) == ("interrupted", 4, 0, 0)
        assert finished is not None
        summary = corpus.ingest([str(path)], workers=1, mode="rules")
        assert (summary.written, summary.unchanged, summary.failed) == (2, 4, 0)
        assert corpus.store.keys() == [f"n{i}" for i in range(6)]
        assert corpus.sql("SELECT id, status FROM runs ORDER BY id").fetchall() == [
            (1, "interrupted"),
            (2, "done"),
        ]
    with Corpus(str(tmp_path / "whole.duckdb")) as whole:
        whole.ingest([str(path)], workers=1, mode="rules")
    assert _all_rows(tmp_path / "s.duckdb") == _all_rows(tmp_path / "whole.duckdb")


@pytest.mark.usefixtures("small_batches")
def test_ctrl_c_during_analysis_writes_the_reports_already_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(job, "BATCH_ARTICLES", 100)  # nothing written before Ctrl-C
    analyze_chunk = job.analyze_chunk
    chunks: list[int] = []

    def interrupted_on_the_third_chunk(articles: list[Any], mode: str) -> Any:
        chunks.append(len(articles))
        if len(chunks) == 3:
            raise KeyboardInterrupt
        return analyze_chunk(articles, mode)

    monkeypatch.setattr(job, "analyze_chunk", interrupted_on_the_third_chunk)
    path = _six(tmp_path)
    with Corpus(str(tmp_path / "s.duckdb")) as corpus:
        with pytest.raises(KeyboardInterrupt):
            corpus.ingest([str(path)], workers=1, mode="rules")
        assert corpus.store.keys() == ["n0", "n1", "n2", "n3"]
        assert corpus.sql("SELECT status, written FROM runs").fetchall() == [("interrupted", 4)]
        monkeypatch.setattr(job, "analyze_chunk", analyze_chunk)
        summary = corpus.ingest([str(path)], workers=1, mode="rules")
        assert (summary.written, summary.unchanged) == (2, 4)


# --- long articles -------------------------------------------------------------------------


def test_long_articles_are_written_a_few_at_a_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(job, "BATCH_TEXT_CHARS", 130)  # two of these 61-character texts
    monkeypatch.setattr(job, "BATCH_SECONDS", 3600.0)
    progress = Recorder()
    with Corpus(str(tmp_path / "s.duckdb")) as corpus:
        corpus.ingest([str(_six(tmp_path))], workers=1, mode="rules", progress=progress)
        assert len(corpus.store.keys()) == 6
    assert [call["written"] for call in progress.calls] == [2, 2, 2]


def _stored(key: str, text: str) -> StoredArticle:
    (report,) = api.analyze_articles([Article(text="The minister said so.", id=key)], mode="rules")
    report = dataclasses.replace(report, article=dataclasses.replace(report.article, text=text))
    return StoredArticle(key, "long.txt", key, report)


def test_articles_longer_together_than_the_writers_memory_are_written(tmp_path: Path) -> None:
    longest = "x" * 8_000_000
    with Store.open(str(tmp_path / "s.duckdb")) as store, store.memory_limit(WRITER_MEMORY):
        run = store.start_run(version="0", mode="rules", model=None, workers=1, inputs=[])
        writer = job._Writer(store, run, job._Tally(), Recorder())
        for number in range(8):  # 64 million characters, the writer's memory is 64 MB
            stored = _stored(f"long{number}", longest)
            pending = job.Pending(stored.key, "long.txt", stored.key, stored.report.article, False)
            writer.add(pending, stored.report)
        writer.flush()
        assert store.dicts(
            "SELECT count(DISTINCT article) AS n, sum(length(text)) AS chars FROM texts"
        ) == [{"n": 8, "chars": 64_000_000}]


def test_a_failed_write_says_why(tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "s.duckdb")) as store, store.memory_limit("16MB"):
        run = store.start_run(version="0", mode="rules", model=None, workers=1, inputs=[])
        with pytest.raises(StoreWriteError, match="Out of Memory"):
            store.write([_stored("long", "x" * 20_000_000)], run)
        assert store.keys() == []
