"""The corpus store: one embedded DuckDB file holding many reports, and the runs that
wrote them.

One process writes a store at a time (DuckDB's file lock; a second writer gets a clear
error). Every write of a batch of reports is one transaction that first deletes the rows
those articles had, so a reader never sees half an article and a changed article
replaces its old rows. The store records its layout version (``STORE_VERSION``); a store
of a newer version is refused, an older one is migrated on opening for writing
(``MIGRATIONS``, one numbered step per version).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import duckdb
import pyarrow as pa

from reportedly.corpus import DEFAULT_PATH
from reportedly.corpus.keys import source_key
from reportedly.corpus.stories import lsh_bands
from reportedly.corpus.tables import (
    ARTICLES,
    PART_TABLES,
    REPORT_TABLES,
    TEXT_PIECE_CHARS,
    TEXTS,
    Row,
    StoredArticle,
    Table,
    arrow_batches,
    report_from_rows,
    report_rows,
)
from reportedly.errors import (
    ArticleNotFoundError,
    ExportFormatError,
    NotAStoreError,
    OutputError,
    QueryError,
    StoreCorruptError,
    StoreError,
    StoreLayoutError,
    StoreLockedError,
    StoreMissingError,
    StoreNotWritableError,
    StoreVersionError,
    StoreWriteError,
)
from reportedly.model import Report

T = TypeVar("T")

WRITER_MEMORY = "64MB"
"""DuckDB's memory while an ingest writes: the blocks it wrote need not stay cached, so
the writer's memory stays flat as the corpus grows (by default DuckDB may keep up to 80%
of the machine's memory). Writing BASIL's 300 reports again and again under new ids
(``benchmarks/ingest.py --writer-only --repeat 100``), the writer's peak from 3,000 to
30,000 articles: 197 -> 225 MB (uncapped, bodies whole: 196 -> 300 MB); 64 MB holds a
batch of the longest articles (``job.BATCH_TEXT_CHARS``)."""

STORE_VERSION = 4
"""The layout of the tables; a change in a record (``reportedly.model``) changes it and
needs a step in ``MIGRATIONS``. 2: articles' bodies in ``texts``, in pieces; 3: a story's
centroid, names and headline words one row per story, as lists; 4: the bands of the
articles' copy signatures in ``story_bands``."""


def _bodies_in_pieces(connection: duckdb.DuckDBPyConnection) -> None:
    """Version 1 to 2: every article's body moved from ``articles.text`` to ``texts``."""
    _create_table(connection, TEXTS)
    connection.execute(
        f"""INSERT INTO texts
        SELECT id, run, piece, substr(text, piece * {TEXT_PIECE_CHARS} + 1, {TEXT_PIECE_CHARS})
        FROM articles, range(CAST(ceil(length(text) / {TEXT_PIECE_CHARS}) AS BIGINT)) AS r(piece)
        """
    )
    connection.execute("ALTER TABLE articles DROP COLUMN text")


STORY_LISTS = {
    "story_terms": (("term", "terms"), ("weight", "weights")),
    "story_names": (("name", "names"), ("articles", "articles")),
    "story_headlines": (("term", "terms"), ("articles", "articles")),
}
"""Version 2's row-per-entry story tables and the list columns version 3 gathers them in."""


def _story_entries_as_lists(connection: duckdb.DuckDBPyConnection) -> None:
    """Version 2 to 3: a story's entries (its centroid's terms, its names, its headline
    words) gathered into one row of lists, in the order they were written."""
    for table, columns in STORY_LISTS.items():
        lists = ", ".join(
            f"coalesce(list(e.{old} ORDER BY e.rowid) FILTER (WHERE e.story IS NOT NULL), [])"
            f" AS {new}"
            for old, new in columns
        )
        connection.execute(  # a row for every story, its lists empty where it had no entry
            f"CREATE TABLE {table}_lists AS SELECT s.story, {lists} "
            f"FROM stories s LEFT JOIN {table} e ON e.story = s.story GROUP BY s.story"
        )
        connection.execute(f"DROP TABLE {table}")
        connection.execute(f"ALTER TABLE {table}_lists RENAME TO {table}")


MIGRATION_ROWS = 10_000
"""Rows a migration step that computes in Python reads at a time."""


def _signature_bands(connection: duckdb.DuckDBPyConnection) -> None:
    """Version 3 to 4: the LSH bands of every article's copy signature in
    ``story_bands``, so that a day's clustering reads its articles' buckets, not every
    signature."""
    connection.execute(f"CREATE TABLE story_bands ({STORY_TABLES['story_bands']})")
    (articles,) = connection.execute("SELECT count(*) FROM story_articles").fetchone() or (0,)
    for first in range(0, articles, MIGRATION_ROWS):
        page = connection.execute(
            "SELECT position, signature FROM story_articles WHERE position >= ? AND position < ?",
            [first, first + MIGRATION_ROWS],
        ).fetchall()
        bands = [
            {"band": band, "position": position}
            for position, signature in page
            for band in lsh_bands(tuple(signature))
        ]
        if bands:
            insert_arrow(connection, "story_bands", pa.Table.from_pylist(bands))


MIGRATIONS: dict[int, Callable[[duckdb.DuckDBPyConnection], None]] = {
    1: _bodies_in_pieces,
    2: _story_entries_as_lists,
    3: _signature_bands,
}
"""``MIGRATIONS[n]`` brings a store of version ``n`` to ``n + 1``."""

META = "reportedly_store"

HEADER_BYTES = 3 * 4096
"""DuckDB's file header and its two database headers, before the first block: a file
with N blocks in use, of B bytes each, is at least ``HEADER_BYTES + N * B`` long (free
blocks at its end are cut off, so the total may be more)."""
SURNAME_SHARE = 0.75
"""How dominant a full name must be among those sharing a surname to take the bare
surname's mentions (a judgment call: "Trump" alone is not merged when Donald and Ivanka
Trump both speak often)."""

BOOKKEEPING = {
    META: "version INTEGER, created TIMESTAMPTZ, package VARCHAR",
    "runs": (
        "id BIGINT, started TIMESTAMPTZ, finished TIMESTAMPTZ, status VARCHAR, "
        "version VARCHAR, mode VARCHAR, model VARCHAR, workers INTEGER, inputs VARCHAR[], "
        "written BIGINT, unchanged BIGINT, failed BIGINT"
    ),
    "errors": "run BIGINT, input VARCHAR, line BIGINT, message VARCHAR, time TIMESTAMPTZ",
}
"""The tables that are not reports: the store's version, the runs, the inputs that
failed."""

STORY_TABLES = {
    "stories": "story BIGINT, title VARCHAR, size BIGINT, first VARCHAR, last VARCHAR",
    "story_terms": "story BIGINT, terms VARCHAR[], weights DOUBLE[]",
    "story_names": "story BIGINT, names VARCHAR[], articles BIGINT[]",
    "story_headlines": "story BIGINT, terms VARCHAR[], articles BIGINT[]",
    "story_postings": "term VARCHAR, position BIGINT, story BIGINT",
    "story_articles": (
        "position BIGINT, article VARCHAR, story BIGINT, via VARCHAR, score DOUBLE, "
        "copy_of VARCHAR, published VARCHAR, shingles BIGINT, signature BIGINT[]"
    ),
    "story_terms_seen": "term VARCHAR, articles BIGINT",
    "story_bands": "band BIGINT, position BIGINT",
}
"""The story clusterer's state (``corpus.stories.StoryClusterer.dump``), one table per
kind of row (``corpus.story_tables`` reads and writes them)."""

VIEWS = {
    "source_identities": f"""
        WITH counted AS (SELECT key, kind, count(*) AS n FROM sources GROUP BY key, kind),
        split AS (
            SELECT key, n, words, suffixed,
                   CASE WHEN suffixed THEN words[1:-2] ELSE words END AS core
            FROM (SELECT key, n, words,
                         len(words) > 2 AND words[-1] IN ('jr', 'sr', 'ii', 'iii', 'iv')
                         AS suffixed
                  FROM (SELECT key, n, string_split(substr(key, 8), ' ') AS words
                        FROM counted WHERE kind = 'person'))
        ),
        shaped AS (
            SELECT key, n, len(words) AS size, words[-1] AS surname, len(core) AS core_size,
                   suffixed, core[1] || ' ' || core[-1] AS bare_signature,
                   core[1] || ' ' || core[-1] || CASE WHEN suffixed THEN ' ' || words[-1]
                                                 ELSE '' END AS signature
            FROM split
        ),
        full_names AS (
            SELECT f.key, coalesce(plain.key, bare.key, f.key) AS identity, f.n, f.surname
            FROM shaped f
            LEFT JOIN shaped plain ON plain.core_size = 2 AND plain.signature = f.signature
                AND f.core_size BETWEEN 3 AND 4
            LEFT JOIN shaped bare ON f.suffixed AND bare.size = 2 AND f.core_size > 2
                AND f.core_size <= 4 AND bare.signature = f.bare_signature
            WHERE f.size >= 2
        ),
        ranked AS (
            SELECT surname, identity, n, sum(n) OVER (PARTITION BY surname) AS total,
                   row_number() OVER (PARTITION BY surname ORDER BY n DESC, identity) AS rank
            FROM (SELECT surname, identity, sum(n) AS n FROM full_names GROUP BY ALL)
        ),
        surnames AS (
            SELECT s.key, r.identity FROM shaped s
            JOIN ranked r ON r.surname = s.surname AND r.rank = 1
                AND r.n >= {SURNAME_SHARE} * r.total
            WHERE s.size = 1
        )
        SELECT counted.key, coalesce(f.identity, s.identity, counted.key) AS identity
        FROM counted
        LEFT JOIN full_names f ON f.key = counted.key
        LEFT JOIN surnames s ON s.key = counted.key
    """,
    "article_texts": """
        SELECT a.id, coalesce(string_agg(t.text, '' ORDER BY t.piece), '') AS text
        FROM articles a LEFT JOIN texts t ON t.article = a.id
        GROUP BY a.id
    """,
    "attribution_view": """
        SELECT a.article, a.id AS attribution, a.stance, a.kind, a.cue.text AS cue,
               a.content.text AS content, a.hedges, a.parent, a.target,
               s.name AS source, s.kind AS source_kind, s.count AS source_count,
               s.role AS source_role, s.key AS source_key, i.identity AS source_identity,
               ar.outlet, ar.published, ar.title, ar.url, a.run
        FROM attributions a
        JOIN articles ar ON ar.id = a.article
        LEFT JOIN sources s ON s.article = a.article AND s.id = a.source
        LEFT JOIN source_identities i ON i.key = s.key
    """,
}
"""Views: ``source_identities`` gives every source key the key of who it is across the
corpus: a person's full name with one or two middle names or initials is the plain
first-last one when the corpus has it ("Donald J. Trump" is "Donald Trump", "Hillary
Rodham Clinton" is "Hillary Clinton"; a judgment call: two people sharing a first and last
name are rarer in news than one person with and without a middle name); with a suffix
("Jr.", "III"), the plain name with that suffix where the corpus has it, else the plain
one ("Roger J. Stone Jr." is "Roger Stone"), and a name with a suffix and no middle name
is itself ("Donald Trump Jr." is not "Donald Trump"); a surname alone ("Peskov") is the
full name most articles give with that surname ("Dmitry Peskov") when that one holds at
least ``SURNAME_SHARE`` of them; any other key is itself. ``article_texts`` gives every
article's body whole (``texts`` holds it in pieces). ``attribution_view`` joins an
attribution with its source, that identity, and its article."""

EXPORTS = {
    "parquet": ("parquet", "FORMAT parquet"),
    "csv": ("csv", "FORMAT csv, HEADER true"),
    "jsonl": ("jsonl", "FORMAT json"),
}
"""Export formats: the files' suffix and DuckDB's COPY options."""


@dataclass(frozen=True, slots=True)
class RunCounts:
    """What one run did: articles written (new or changed), left as they were, failed."""

    written: int = 0
    unchanged: int = 0
    failed: int = 0


@dataclass(frozen=True, slots=True)
class Known:
    """What the store holds of an article: its content hash, the mode that analyzed it,
    the run that wrote it, and the input it came from."""

    content_hash: str
    mode: str
    run: int
    input: str


class Store:
    """An open store. ``Store.open(path)`` creates the file on first use (unless
    ``read_only``); use it as a context manager or ``close()`` it."""

    def __init__(self, connection: duckdb.DuckDBPyConnection, path: str, *, read_only: bool):
        self.connection = connection
        self.path = path
        self.read_only = read_only
        self.migrated_from: int | None = None
        """The layout version the store had before opening it migrated it."""

    @classmethod
    def open(cls, path: str = DEFAULT_PATH, *, read_only: bool = False) -> Store:
        """Open (or, for writing, create) the store at ``path``; raises a ``StoreError``
        with a one-line reason when it cannot."""
        if read_only and not Path(path).exists():
            raise StoreMissingError(path)
        with translated_errors(path):
            connection = duckdb.connect(path, read_only=read_only)
        store = cls(connection, path, read_only=read_only)
        try:
            with translated_errors(path):
                store._prepare()
        except BaseException:
            connection.close()
            raise
        return store

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # --- layout ----------------------------------------------------------------------

    def _prepare(self) -> None:
        self._check_length()
        tables = set(self._column("SELECT table_name FROM information_schema.tables"))
        if META not in tables:
            if tables:
                raise NotAStoreError(self.path)
            if self.read_only:
                raise StoreMissingError(self.path)
            self._create()
            return
        version = self._version()
        if version > STORE_VERSION:
            raise StoreVersionError(self.path, version, STORE_VERSION)
        if version < STORE_VERSION:
            self._migrate(version)
            self.migrated_from = version
        self._check_layout()
        if not self.read_only:
            with self.transaction():
                self._create_views()

    def _create(self) -> None:
        with self.transaction():
            for name, columns in {**BOOKKEEPING, **STORY_TABLES}.items():
                self.connection.execute(f"CREATE TABLE {name} ({columns})")
            for table in REPORT_TABLES:
                _create_table(self.connection, table)
            self._create_views()
            self.connection.execute(
                f"INSERT INTO {META} VALUES (?, ?, ?)", [STORE_VERSION, _now(), _package()]
            )

    def _create_views(self) -> None:
        """The views as this reportedly defines them: views hold no data, so a store
        opened for writing gets today's, without a new layout version."""
        for name, query in VIEWS.items():
            self.connection.execute(f"CREATE OR REPLACE VIEW {name} AS {query}")

    def _check_length(self) -> None:
        """Refuse a file cut short (a copy or a disk that stopped midway) before anything
        reads or writes the blocks it lacks."""
        found = self.connection.execute(
            "SELECT block_size, used_blocks FROM pragma_database_size() "
            "WHERE database_name = current_database()"
        ).fetchone()
        if found is None or not Path(self.path).is_file():
            return
        expected = HEADER_BYTES + int(found[0]) * int(found[1])
        length = Path(self.path).stat().st_size
        if length < expected:
            raise StoreCorruptError(self.path, f"cut short: {length:,} of {expected:,} bytes")

    def _version(self) -> int:
        found = self._column(f"SELECT max(version) FROM {META}")
        if not found or found[0] is None:
            raise NotAStoreError(self.path)
        return int(found[0])

    def _migrate(self, version: int) -> None:
        steps = range(version, STORE_VERSION)
        if any(step not in MIGRATIONS for step in steps):
            raise NotAStoreError(self.path)
        if self.read_only:
            raise StoreVersionError(self.path, version, STORE_VERSION)
        with self.transaction():
            for step in steps:
                MIGRATIONS[step](self.connection)
            self.connection.execute(f"UPDATE {META} SET version = ?", [STORE_VERSION])

    def _check_layout(self) -> None:
        found_tables = set(self._column("SELECT table_name FROM information_schema.tables"))
        for name in (*BOOKKEEPING, *STORY_TABLES):
            if name not in found_tables:
                raise StoreLayoutError(self.path, name, "missing")
        for table in REPORT_TABLES:
            found = self._column(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
                "ORDER BY ordinal_position",
                [table.name],
            )
            expected = table.schema.names
            if found != expected:
                missing = sorted(set(expected) - set(found))
                extra = sorted(set(found) - set(expected))
                problem = f"missing {missing}" if missing else f"unknown {extra or found}"
                raise StoreLayoutError(self.path, table.name, problem)

    # --- writing ---------------------------------------------------------------------

    @contextlib.contextmanager
    def memory_limit(self, limit: str) -> Iterator[None]:
        """DuckDB's memory limit set to ``limit`` for the block, then set back."""
        (before,) = self._column("SELECT current_setting('memory_limit')")
        self.connection.execute(f"SET memory_limit = '{limit}'")
        try:
            yield
        finally:
            with contextlib.suppress(duckdb.Error):
                self.connection.execute(f"SET memory_limit = '{before}'")

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One transaction: committed when the block ends, rolled back if it fails."""
        self.connection.begin()
        try:
            yield
        except BaseException:
            with contextlib.suppress(duckdb.Error):
                self.connection.rollback()
            raise
        self.connection.commit()

    def start_run(
        self, *, version: str, mode: str, model: str | None, workers: int, inputs: Sequence[str]
    ) -> int:
        """Record a run that starts now; returns its id."""
        with translated_errors(self.path, writing=True), self.transaction():
            (run,) = self._column("SELECT coalesce(max(id), 0) + 1 FROM runs")
            self.connection.execute(
                "INSERT INTO runs VALUES (?, ?, NULL, 'running', ?, ?, ?, ?, ?, 0, 0, 0)",
                [run, _now(), version, mode, model, workers, list(inputs)],
            )
        return int(run)

    def finish_run(
        self, run: int, counts: RunCounts, *, status: str, model: str | None = None
    ) -> None:
        """Record how the run ended (``done``, ``interrupted``, ``failed``), its counts,
        and the model its extractor read."""
        with translated_errors(self.path, writing=True), self.transaction():
            self.connection.execute(
                "UPDATE runs SET finished = ?, status = ?, written = ?, unchanged = ?, "
                "failed = ?, model = ? WHERE id = ?",
                [_now(), status, counts.written, counts.unchanged, counts.failed, model, run],
            )

    def record_error(self, run: int, input: str, message: str, line: int | None = None) -> None:
        """Record an input that could not be read or analyzed."""
        with translated_errors(self.path, writing=True), self.transaction():
            self.connection.execute(
                "INSERT INTO errors VALUES (?, ?, ?, ?, ?)", [run, input, line, message, _now()]
            )

    def known(self, keys: Iterable[str]) -> dict[str, Known]:
        """What the store holds of the keys it holds."""
        with translated_reads(self.path):
            rows = self.connection.execute(
                "SELECT id, content_hash, analyzer.mode, run, input FROM articles "
                "WHERE id IN (SELECT unnest(?))",
                [list(keys)],
            ).fetchall()
        return {key: Known(*rest) for key, *rest in rows}

    def write(self, items: Sequence[StoredArticle], run: int) -> None:
        """Write these articles' reports in one transaction, replacing their old rows."""
        latest = {item.key: item for item in items}  # an article given twice: the last wins
        if not latest:
            return
        rows: dict[str, list[Row]] = {}
        for item in latest.values():
            for name, table_rows in report_rows(item, run, source_key).items():
                rows.setdefault(name, []).extend(table_rows)
        with translated_errors(self.path, writing=True), self.transaction():
            # only articles stored before have rows to replace: a DELETE scans its table
            stored = self._column(
                "SELECT id FROM articles WHERE id IN (SELECT unnest(?))", [list(latest)]
            )
            for table, batch in arrow_batches(rows):
                column = "id" if table is ARTICLES else "article"
                if stored:
                    self.connection.execute(
                        f"DELETE FROM {table.name} WHERE {column} IN (SELECT unnest(?))", [stored]
                    )
                insert_arrow(self.connection, table.name, batch)

    # --- reading ---------------------------------------------------------------------

    def export(self, folder: str, format: str) -> list[tuple[str, int]]:
        """Every table into ``folder``, one file each (see ``EXPORTS``)."""
        if format not in EXPORTS:
            raise ExportFormatError(format, tuple(EXPORTS))
        suffix, options = EXPORTS[format]
        try:
            Path(folder).mkdir(parents=True, exist_ok=True)
        except OSError as problem:
            raise OutputError(folder, problem.strerror or type(problem).__name__) from None
        written = []
        for table in self.tables():
            target = str(Path(folder) / f"{table}.{suffix}")
            quoted = target.replace("'", "''")
            try:
                self.connection.execute(f"COPY {table} TO '{quoted}' ({options})")
            except duckdb.Error as problem:
                if _corrupt(_first_line(problem).lower()):
                    raise StoreCorruptError(self.path, _short(_first_line(problem))) from None
                raise OutputError(target, _short(_first_line(problem))) from None
            (rows,) = self._column(f"SELECT count(*) FROM {table}")
            written.append((target, int(rows)))
        return written

    def tables(self) -> list[str]:
        """The store's tables (not its views): the reports', the runs and errors, the
        stories'."""
        names = [table.name for table in REPORT_TABLES]
        return [*names, *(name for name in BOOKKEEPING if name != META), *STORY_TABLES]

    def report(self, key: str) -> Report:
        """The stored report of the article with this key."""
        articles = self.dicts("SELECT * FROM articles WHERE id = ?", [key])
        if not articles:
            raise ArticleNotFoundError(self.path, key)
        pieces = self._column("SELECT text FROM texts WHERE article = ? ORDER BY piece", [key])
        parts = {
            table.name: self.dicts(
                f"SELECT * FROM {table.name} WHERE article = ? ORDER BY position", [key]
            )
            for table in PART_TABLES.values()
        }
        return report_from_rows(articles[0], "".join(pieces), parts)

    def keys(self) -> list[str]:
        """Every article's key, in the order of their keys."""
        return [str(key) for key in self._column("SELECT id FROM articles ORDER BY id")]

    def sql(self, query: str, parameters: Sequence[Any] | None = None) -> duckdb.DuckDBPyRelation:
        """A DuckDB relation for ``query`` (``.df()``, ``.pl()``, ``.arrow()``,
        ``.fetchall()``); raises ``QueryError`` with DuckDB's message for a bad one."""
        try:
            return self.connection.sql(query, params=parameters)
        except duckdb.Error as problem:
            raise query_error(self.path, problem) from None

    def dicts(self, query: str, parameters: Sequence[Any] = ()) -> list[Row]:
        """The rows of ``query`` as dicts keyed by column name."""
        with translated_reads(self.path):
            cursor = self.connection.execute(query, list(parameters))
            names = [column[0] for column in cursor.description or ()]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def _column(self, query: str, parameters: Sequence[Any] = ()) -> list[Any]:
        with translated_reads(self.path):
            return [row[0] for row in self.connection.execute(query, list(parameters)).fetchall()]


def batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """The items in lists of ``size`` (the last may be shorter)."""
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def insert_arrow(connection: duckdb.DuckDBPyConnection, name: str, rows: pa.Table) -> None:
    """Append an Arrow table's rows to the table ``name``, its columns by name."""
    connection.register("rows_in", rows)
    try:
        connection.execute(f"INSERT INTO {name} BY NAME SELECT * FROM rows_in")
    finally:  # after a failed statement this fails too: the first error tells
        with contextlib.suppress(duckdb.Error):
            connection.unregister("rows_in")


def _create_table(connection: duckdb.DuckDBPyConnection, table: Table) -> None:
    connection.register("empty", table.schema.empty_table())
    try:
        connection.execute(f"CREATE TABLE {table.name} AS SELECT * FROM empty")
    finally:
        connection.unregister("empty")


@contextlib.contextmanager
def translated_errors(path: str, *, writing: bool = False) -> Iterator[None]:
    """DuckDB's errors on opening or writing the file as ``StoreError``s with one line."""
    try:
        yield
    except StoreError:
        raise
    except duckdb.Error as problem:
        raise store_error(path, problem, writing=writing) from None
    except OSError as problem:
        raise StoreWriteError(path, problem.strerror or type(problem).__name__) from None


@contextlib.contextmanager
def translated_reads(path: str) -> Iterator[None]:
    """A read that fails on a damaged file as a ``StoreCorruptError``; other errors (a
    query's own) as they are."""
    try:
        yield
    except duckdb.Error as problem:
        if not _corrupt(_first_line(problem).lower()):
            raise
        raise StoreCorruptError(path, _short(_first_line(problem))) from None


def query_error(path: str, problem: duckdb.Error) -> StoreError:
    """The ``StoreError`` a failed query means: a damaged file, or the query's own fault."""
    message = _first_line(problem)
    if _corrupt(message.lower()):
        return StoreCorruptError(path, _short(message))
    return QueryError(message)


def store_error(path: str, problem: duckdb.Error, *, writing: bool) -> StoreError:
    """The ``StoreError`` a DuckDB error on this file means."""
    message = _first_line(problem)
    lowered = message.lower()
    if "could not set lock" in lowered or "conflicting lock" in lowered:
        return StoreLockedError(path)
    if _corrupt(lowered):
        return StoreCorruptError(path, _short(message))
    if "database does not exist" in lowered:
        return StoreMissingError(path)
    if "permission denied" in lowered or "read-only file system" in lowered:
        return StoreNotWritableError(path, _os_reason(lowered) or _short(message))
    reason = _os_reason(lowered) or _short(message)
    if writing or _os_reason(lowered):
        return StoreWriteError(path, reason)
    return StoreCorruptError(path, reason)


OS_REASONS = {
    "no space left": os.strerror(28),
    "file too large": os.strerror(27),
    "permission denied": os.strerror(13),
    "read-only file system": os.strerror(30),
    "disk quota": os.strerror(122),
}
"""Phrases of DuckDB's I/O errors and the system's own words for them."""


CORRUPT = ("not a valid duckdb database", "could not read enough bytes", "corrupt database file")
"""Phrases of DuckDB's errors on a damaged file."""


def _corrupt(lowered: str) -> bool:
    return any(phrase in lowered for phrase in CORRUPT)


def _os_reason(lowered: str) -> str | None:
    return next((reason for phrase, reason in OS_REASONS.items() if phrase in lowered), None)


def _short(message: str) -> str:
    return message.removeprefix("IO Error: ").split(" See also ")[0]


def _first_line(problem: BaseException) -> str:
    return str(problem).strip().splitlines()[0] if str(problem).strip() else type(problem).__name__


def _now() -> datetime:
    return datetime.now(UTC)


def _package() -> str:
    from reportedly.version import package_version

    return package_version()
