"""``Corpus``: the Python API of a corpus store (the CLI's corpus commands call it)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import duckdb

from reportedly.corpus import DEFAULT_PATH, story_tables
from reportedly.corpus.claims import Claim, claims
from reportedly.corpus.job import IngestSummary, Progress
from reportedly.corpus.stats import GroupStats, stats
from reportedly.corpus.store import WRITER_MEMORY, Store
from reportedly.corpus.story_tables import StoryRecord
from reportedly.errors import ReportedlyWarning
from reportedly.model import Report


class Corpus:
    """A corpus store on disk, created on first use unless ``read_only``.

    >>> with Corpus("news.duckdb") as corpus:  # doctest: +SKIP
    ...     corpus.ingest(["articles/"])
    ...     corpus.sql("SELECT outlet, count(*) FROM articles GROUP BY 1").df()
    """

    def __init__(self, path: str = DEFAULT_PATH, *, read_only: bool = False) -> None:
        self.path = path
        self.store = Store.open(path, read_only=read_only)

    def ingest(
        self,
        paths: Sequence[str],
        *,
        workers: int | None = None,
        mode: str | None = None,
        progress: Progress | None = None,
        on_warning: Callable[[ReportedlyWarning], None] | None = None,
    ) -> IngestSummary:
        """Analyze what the store does not hold yet (see ``reportedly.corpus.job.ingest``),
        then put the new articles into stories (``cluster``). With more than one worker
        the analysis runs in spawned processes: in a script, call it under
        ``if __name__ == "__main__":``, as Python's multiprocessing asks."""
        from reportedly.corpus.job import ingest

        with self.store.memory_limit(WRITER_MEMORY):
            summary = ingest(
                self.store,
                paths,
                workers=workers,
                mode=mode,
                progress=progress,
                on_warning=on_warning,
            )
        self.cluster()
        return summary

    def cluster(self, *, rebuild: bool = False) -> int:
        """Put the articles no story holds yet into stories (every article, from nothing,
        with ``rebuild``); returns how many were assigned."""
        return story_tables.cluster(self.store, rebuild=rebuild)

    def stories(self) -> list[StoryRecord]:
        """Every story, the earliest first: its articles, dates, outlets and copies."""
        return story_tables.stories(self.store)

    def claims(
        self, *, story: int | None = None, about: str | None = None, min_outlets: int = 1
    ) -> list[Claim]:
        """The claims of every story (of ``story`` alone): their appearances, first
        report, origins, denials and contradictions (``reportedly.corpus.claims``); with
        ``about``, those whose appearances hold all its words; with ``min_outlets``,
        those that appeared in at least that many outlets."""
        return claims(self.store, story=story, about=about, min_outlets=min_outlets)

    def report(self, article: str) -> Report:
        """The stored report of the article with this key (``articles.id``)."""
        return self.store.report(article)

    def sql(self, query: str, parameters: Sequence[Any] | None = None) -> duckdb.DuckDBPyRelation:
        """A DuckDB relation for ``query``: ``.df()``, ``.pl()``, ``.arrow()``,
        ``.fetchall()``."""
        return self.store.sql(query, parameters)

    def stats(self, by: Sequence[str] = ("outlet",)) -> list[GroupStats]:
        """Counts per group (``outlet``, ``month``, or both): articles, attributions, the
        share resting on anonymous sources, the hedged share, denials, refusals, and the
        most cited sources."""
        return stats(self.store, by)

    def export(self, folder: str, format: str) -> list[tuple[str, int]]:
        """Write every table to ``folder`` (created if missing), one file per table in
        ``parquet``, ``csv`` or ``jsonl``; returns each file with its row count."""
        return self.store.export(folder, format)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()
