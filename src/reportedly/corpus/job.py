"""Ingesting many articles into a store: read, analyze in worker processes, write.

The main process reads the inputs, keys each article and leaves out those the store
already holds unchanged; worker processes analyze the rest in chunks
(``api.analyze_articles``); the main process alone writes, a batch of reports per
transaction. Only a bounded number of chunks is in flight, so memory stays flat however
large the corpus. Bad inputs are recorded in the store's ``errors`` and never stop the
run. Interrupted (Ctrl-C), the reports already analyzed are written before it stops;
killed, every committed batch is kept: the same command again finishes the job.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import re
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from reportedly import extractors
from reportedly.corpus.keys import article_key, content_hash
from reportedly.corpus.store import Known, RunCounts, Store, batches
from reportedly.corpus.tables import StoredArticle
from reportedly.errors import DuplicateIdError, ReportedlyError, ReportedlyWarning
from reportedly.model import Article, Report

CHUNK_ARTICLES = 8
"""Articles a worker analyzes per task: enough for the parser's batches, small enough to
keep every worker busy to the end."""
CHUNKS_IN_FLIGHT_PER_WORKER = 2
BATCH_ARTICLES = 32
"""Reports written per transaction..."""
BATCH_SECONDS = 2.0
"""...or fewer, once this long has passed since the last write, so a slow run shows
progress in the store too..."""
BATCH_TEXT_CHARS = 8_000_000
"""...or fewer, so that a batch's texts stay well inside the writer's memory
(``store.WRITER_MEMORY``): long articles are written a few at a time, one above this
alone."""


@dataclass(frozen=True, slots=True)
class Pending:
    """An article read from an input, keyed, waiting for analysis."""

    key: str
    input: str
    content_hash: str
    article: Article
    replaces: bool


@dataclass(frozen=True, slots=True)
class IngestSummary:
    """What a run did: articles written (``replaced`` of them changed since last time),
    left unchanged, failed; its run id and duration."""

    run: int
    written: int
    replaced: int
    unchanged: int
    failed: int
    seconds: float

    @property
    def articles(self) -> int:
        return self.written + self.unchanged + self.failed


class Progress(Protocol):
    """What an ingest tells about its progress (the CLI draws a bar from it)."""

    def start(self, total: int | None) -> None: ...

    def advance(self, *, written: int = 0, unchanged: int = 0, failed: int = 0) -> None: ...


class NoProgress:
    """Progress told to nobody."""

    def start(self, total: int | None) -> None:
        pass

    def advance(self, *, written: int = 0, unchanged: int = 0, failed: int = 0) -> None:
        pass


@dataclass
class _Tally:
    written: int = 0
    replaced: int = 0
    unchanged: int = 0
    failed: int = 0
    model: str | None = None
    started: float = field(default_factory=time.monotonic)


ErrorSink = Callable[[str, ReportedlyError | OSError], None]


def ingest(
    store: Store,
    paths: Sequence[str],
    *,
    workers: int | None = None,
    mode: str | None = None,
    progress: Progress | None = None,
    on_warning: Callable[[ReportedlyWarning], None] | None = None,
) -> IngestSummary:
    """Analyze every article of ``paths`` (files, directories, JSON Lines, JSON, HTML,
    WARC) that the store does not hold as it is, and write their reports.

    ``workers`` analysis processes (default: the CPU count; 1 analyzes in this process).
    Raises ``StoreError`` when the store cannot be written (the batches written before
    are kept); a ``KeyboardInterrupt`` is raised again once the finished reports are
    written and the run is recorded as interrupted."""
    from reportedly.version import package_version

    mode = extractors.resolve(mode)
    workers = max(1, workers or os.cpu_count() or 1)
    progress = progress or NoProgress()
    tally = _Tally()
    run = store.start_run(
        version=package_version(), mode=mode, model=None, workers=workers, inputs=paths
    )

    def failed(name: str, problem: ReportedlyError | OSError, line: int | None = None) -> None:
        tally.failed += 1
        progress.advance(failed=1)
        message = (
            str(problem) if isinstance(problem, ReportedlyError) else _os_message(name, problem)
        )
        store.record_error(run, name, message, line=_line_of(problem, name) or line)

    progress.start(estimated_total(paths))
    writer = _Writer(store, run, tally, progress)
    status = "failed"
    try:
        articles = read_articles(paths, failed, on_warning)
        pending = _new_articles(articles, store, _Run(run, mode, failed), tally, progress)
        for item, outcome in _analyzed(pending, workers=workers, mode=mode):
            if isinstance(outcome, Report):
                writer.add(item, outcome)
            else:
                failed(item.input, _AnalysisError(item, outcome))
        writer.flush()
        status = "done"
    except KeyboardInterrupt:
        status = "interrupted"
        writer.flush()
        raise
    finally:
        counts = RunCounts(tally.written, tally.unchanged, tally.failed)
        if status != "failed":
            store.finish_run(run, counts, status=status, model=tally.model)
        else:
            _finish_quietly(store, run, counts, tally.model)
    return IngestSummary(
        run=run,
        written=tally.written,
        replaced=tally.replaced,
        unchanged=tally.unchanged,
        failed=tally.failed,
        seconds=time.monotonic() - tally.started,
    )


class _AnalysisError(ReportedlyError):
    def __init__(self, item: Pending, problem: str) -> None:
        super().__init__(f"{item.article.id or item.input}: {problem}")


def _finish_quietly(store: Store, run: int, counts: RunCounts, model: str | None) -> None:
    """Record a failed run if the store still takes writes (after a full disk it may not)."""
    with contextlib.suppress(ReportedlyError):
        store.finish_run(run, counts, status="failed", model=model)


def _line_of(problem: ReportedlyError | OSError, name: str) -> int | None:
    """The line of a JSON Lines input a problem is on: its ``line``, else the one its
    message names (a record's label, ``name:line``, heads the message)."""
    if isinstance(line := getattr(problem, "line", None), int):
        return line
    found = re.match(re.escape(name) + r":(\d+): ", str(problem))
    return int(found.group(1)) if found else None


def _os_message(name: str, problem: OSError) -> str:
    return f"{name}: cannot be read ({problem.strerror or type(problem).__name__})"


# --- reading -----------------------------------------------------------------------------


def read_articles(
    paths: Iterable[str],
    failed: ErrorSink,
    on_warning: Callable[[ReportedlyWarning], None] | None = None,
) -> Iterator[tuple[str, Article]]:
    """Every article of every input, file by file, named by its file; what cannot be read
    goes to ``failed`` and the rest is read on."""
    from reportedly import ingest

    for path in paths:
        try:
            files = ingest.article_paths(path)
        except ReportedlyError as problem:
            failed(path, problem)
            continue
        for file in files:
            found = ingest.iter_path(file, on_error=_sink(failed, file), on_warning=on_warning)
            try:
                for article in found:  # one at a time: a JSON Lines file of any size
                    yield file, article
            except (ReportedlyError, OSError) as problem:
                failed(file, problem)


def _sink(failed: ErrorSink, name: str) -> Callable[[ReportedlyError], None]:
    """``failed`` for the bad records of one input."""

    def sink(problem: ReportedlyError) -> None:
        failed(name, problem)

    return sink


def estimated_total(paths: Iterable[str]) -> int | None:
    """How many articles the inputs hold, for the progress bar: one per file, one per
    line of a JSON Lines file; None when it cannot be told cheaply (JSON arrays, WARC)."""
    from reportedly import ingest

    total = 0
    for path in paths:
        try:
            files = ingest.article_paths(path)
        except ReportedlyError:
            continue
        for file in files:
            suffix = Path(file).suffix.lower()
            if file.lower().endswith(ingest.WARC_SUFFIXES):
                return None
            if suffix in ingest.JSONL_SUFFIXES:
                total += _line_count(file)
            elif suffix in ingest.ARTICLE_SUFFIXES and suffix not in ingest.JSON_SUFFIXES:
                total += 1
            else:
                return None
    return total


def _line_count(path: str) -> int:
    try:
        with open(path, "rb") as file:
            return sum(1 for line in file if line.strip())
    except OSError:
        return 0


@dataclass(frozen=True, slots=True)
class _Run:
    """What reading needs to know of the run: its id, mode, and where failures go."""

    id: int
    mode: str
    failed: ErrorSink


RECENT_KEYS = 4096
"""Keys of the latest articles read, remembered to tell one id given to two articles in a
run before the first is stored (the store tells it after)."""


def _new_articles(
    articles: Iterable[tuple[str, Article]],
    store: Store,
    run: _Run,
    tally: _Tally,
    progress: Progress,
) -> Iterator[Pending]:
    """The articles the store does not hold as they are, analyzed in this mode (checked a
    chunk at a time, so the store's keys are never all in memory). An id this run gave
    to another article already is a failure: the first article keeps it."""
    recent: OrderedDict[str, tuple[str, str]] = OrderedDict()
    for chunk in batches(articles, CHUNK_ARTICLES * 4):
        keyed = [(article_key(a, input_label=name), name, a) for name, a in chunk]
        known = store.known(key for key, _, _ in keyed)
        for key, name, article in keyed:
            digest = content_hash(article)
            stored = known.get(key)
            earlier = _earlier_in_run(key, recent, stored, run.id)
            if earlier is not None and earlier[0] != digest:
                run.failed(name, DuplicateIdError(name, key, earlier[1]))
                continue
            recent[key] = (digest, name)
            if len(recent) > RECENT_KEYS:
                recent.popitem(last=False)
            if stored is not None and (stored.content_hash, stored.mode) == (digest, run.mode):
                tally.unchanged += 1
                progress.advance(unchanged=1)
                continue
            yield Pending(key, name, digest, article, replaces=stored is not None)


def _earlier_in_run(
    key: str, recent: dict[str, tuple[str, str]], stored: Known | None, run: int
) -> tuple[str, str] | None:
    """The content hash and input of the article this run already gave ``key`` to."""
    if key in recent:
        return recent[key]
    if stored is not None and stored.run == run:
        return stored.content_hash, stored.input
    return None


# --- analysis ----------------------------------------------------------------------------

Outcome = Report | str
"""A report, or why the article could not be analyzed."""


def _analyzed(
    pending: Iterable[Pending], *, workers: int, mode: str
) -> Iterator[tuple[Pending, Outcome]]:
    """Each pending article with its outcome, in input order."""
    chunks = (list(chunk) for chunk in batches(pending, CHUNK_ARTICLES))
    if workers == 1:
        for chunk in chunks:
            yield from zip(chunk, analyze_chunk([p.article for p in chunk], mode), strict=True)
        return
    yield from _in_workers(chunks, workers=workers, mode=mode)


def _in_workers(
    chunks: Iterator[list[Pending]], *, workers: int, mode: str
) -> Iterator[tuple[Pending, Outcome]]:
    """Chunks analyzed by a pool of processes, a bounded number in flight; if a worker
    dies (killed, out of memory), the chunks in flight fail and a new pool goes on."""
    threads = max(1, (os.cpu_count() or 1) // workers)
    context = multiprocessing.get_context("spawn")
    in_flight: deque[tuple[list[Pending], Future[list[Outcome]]]] = deque()
    pool = _pool(workers, context, mode, threads)
    try:
        for chunk in chunks:
            in_flight.append((chunk, pool.submit(analyze_chunk, [p.article for p in chunk], mode)))
            while len(in_flight) >= workers * CHUNKS_IN_FLIGHT_PER_WORKER:
                done, pool = _collect(in_flight.popleft(), pool, workers, context, mode, threads)
                yield from done
        while in_flight:
            done, pool = _collect(in_flight.popleft(), pool, workers, context, mode, threads)
            yield from done
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def _collect(
    entry: tuple[list[Pending], Future[list[Outcome]]],
    pool: ProcessPoolExecutor,
    workers: int,
    context: multiprocessing.context.BaseContext,
    mode: str,
    threads: int,
) -> tuple[list[tuple[Pending, Outcome]], ProcessPoolExecutor]:
    chunk, future = entry
    try:
        return list(zip(chunk, future.result(), strict=True)), pool
    except BrokenProcessPool:
        pool.shutdown(wait=False, cancel_futures=True)
        lost: Outcome = "the worker process analyzing it stopped (killed or out of memory)"
        return [(item, lost) for item in chunk], _pool(workers, context, mode, threads)


def _pool(
    workers: int, context: multiprocessing.context.BaseContext, mode: str, threads: int
) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=start_worker, initargs=(mode, threads)
    )


def start_worker(mode: str, threads: int) -> None:
    """Load the pipeline once per worker, its math libraries on their share of the CPUs."""
    os.environ["OMP_NUM_THREADS"] = str(threads)
    from reportedly import nlp

    nlp.load(mode)
    set_torch_threads(threads)


def set_torch_threads(threads: int) -> None:
    """Keep a worker's PyTorch (when its extractor loaded it) to its share of the CPUs."""
    import sys

    torch = sys.modules.get("torch")
    if torch is not None:
        torch.set_num_threads(threads)


def analyze_chunk(articles: list[Article], mode: str) -> list[Outcome]:
    """Reports for the articles, in order; if the batch breaks, one at a time so that only
    the article that breaks it fails."""
    from reportedly import api

    try:
        return list(api.analyze_articles(articles, mode=mode))
    except Exception:  # an article broke the batch: find it
        return [_analyzed_alone(article, mode) for article in articles]


def _analyzed_alone(article: Article, mode: str) -> Outcome:
    from reportedly import api

    try:
        return api.analyze_article(article, mode=mode)
    except ReportedlyError as problem:
        return str(problem)
    except Exception as bug:
        return f"internal error: {type(bug).__name__}: {bug}"


# --- writing -----------------------------------------------------------------------------


class _Writer:
    """Collects reports and writes them a batch per transaction."""

    def __init__(self, store: Store, run: int, tally: _Tally, progress: Progress) -> None:
        self.store, self.run, self.tally, self.progress = store, run, tally, progress
        self.batch: list[tuple[Pending, Report]] = []
        self.text_chars = 0
        self.last_write = time.monotonic()

    def add(self, item: Pending, report: Report) -> None:
        if self.text_chars + len(report.article.text) > BATCH_TEXT_CHARS:
            self.flush()
        self.batch.append((item, report))
        self.text_chars += len(report.article.text)
        self.tally.model = self.tally.model or report.analyzer.model
        overdue = time.monotonic() - self.last_write >= BATCH_SECONDS
        if len(self.batch) >= BATCH_ARTICLES or overdue:
            self.flush()

    def flush(self) -> None:
        if not self.batch:
            return
        stored = [StoredArticle(p.key, p.input, p.content_hash, r) for p, r in self.batch]
        self.store.write(stored, self.run)
        # taken out before ``advance``: a Ctrl-C there must not write and count it again
        batch, self.batch, self.text_chars = self.batch, [], 0
        self.last_write = time.monotonic()
        written = {p.key: p for p, _ in batch}
        self.tally.written += len(written)  # an article given twice is written once
        self.tally.replaced += sum(1 for p in written.values() if p.replaces)
        self.progress.advance(written=len(batch))
