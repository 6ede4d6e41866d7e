"""Stories in the store: the clusterer's state kept in tables, new articles assigned.

``cluster(store)`` loads the ``StoryClusterer`` the store holds, adds the articles no
story holds yet (in date order, undated last) and writes what they changed in one
transaction; ``rebuild=True`` starts from nothing, assigns every article again and
writes the whole state.
``stories(store)`` lists the stories with their articles, dates, outlets and copies.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import duckdb
import pyarrow as pa

from reportedly.corpus.store import STORY_TABLES, Store, translated_errors
from reportedly.corpus.stories import Row, StoryArticle, StoryClusterer

FETCH_ROWS = 256
"""Articles fetched from the store at a time while clustering."""
STATE_FETCH_ROWS = 1_000
"""Rows of the clusterer's state fetched at a time while loading it."""


def time_order(articles: str, key: str) -> str:
    """The SQL that orders articles (table or alias ``articles``, tie broken by ``key``)
    as they were published: by day, undated last; within a day, the earlier time where the
    page gives one (a wire before its reprint)."""
    return (
        f"{articles}.published IS NULL, {articles}.published, "
        f"try_cast({articles}.date_evidence.value AS TIMESTAMPTZ) NULLS LAST, {key}"
    )


_UNASSIGNED = f"""
WITH chosen AS (SELECT * FROM articles WHERE {{where}}),
bodies AS (
    SELECT article, string_agg(text, '' ORDER BY piece) AS text FROM texts
    WHERE article IN (SELECT id FROM chosen) GROUP BY article
)
SELECT c.id, coalesce(c.title, ''), coalesce(b.text, ''), c.published, c.outlet
FROM chosen c LEFT JOIN bodies b ON b.article = c.id
ORDER BY {time_order("c", "c.id")}
"""


@dataclass(frozen=True, slots=True)
class StoryRecord:
    """One story as ``reportedly stories`` lists it (ids are article keys)."""

    id: int
    title: str
    articles: tuple[str, ...]
    first_published: str | None
    last_published: str | None
    outlets: tuple[str, ...]
    copies: tuple[tuple[str, str], ...]

    @property
    def dates(self) -> str:
        """When it was published: "first to last", one date, or "" when undated."""
        return " to ".join(
            dict.fromkeys(d for d in (self.first_published, self.last_published) if d)
        )


def cluster(store: Store, *, rebuild: bool = False) -> int:
    """Assign the articles no story holds yet (every article with ``rebuild``); returns
    how many were assigned."""
    clusterer = StoryClusterer() if rebuild else load(store)
    added = 0
    for article in _articles(store, everything=rebuild):
        clusterer.add(article)
        added += 1
    if rebuild:
        save(store, clusterer)
    elif added:
        save_changes(store, clusterer)
    return added


STATE_ORDER = {
    "stories": "story",
    "story_terms": "story",
    "story_names": "story",
    "story_headlines": "story",
    "story_postings": "term, position",
    "story_articles": "position",
    "story_terms_seen": "rowid",
}
"""The order ``StoryClusterer.load`` reads each state table in: ``dump``'s (a story's
terms and names are lists in the order the clusterer met them, which breaks its ties:
"the most common names")."""


def load(store: Store) -> StoryClusterer:
    """The clusterer in the state the store holds (a fresh one for a new store), its
    rows streamed from the store, not all held at once."""
    return StoryClusterer.load({name: _state_rows(store, name) for name in STORY_TABLES})


def _state_rows(store: Store, name: str) -> Iterator[Row]:
    """A state table's rows as dicts, its query run when the first is read (so that the
    tables are read one after another, not all held at once)."""
    query = f"SELECT * FROM {name} ORDER BY {STATE_ORDER[name]}"
    columns, rows = _streamed(store, query, STATE_FETCH_ROWS)
    for row in rows:
        yield dict(zip(columns, row, strict=True))


def _streamed(store: Store, query: str, batch: int) -> tuple[list[str], Iterator[Any]]:
    """A query's column names and its rows, fetched ``batch`` at a time as they are read
    (on a cursor of its own, so that other queries may run between)."""
    cursor = store.connection.cursor()
    cursor.execute(query)
    columns = [column[0] for column in cursor.description or ()]

    def rows() -> Iterator[Any]:
        while fetched := cursor.fetchmany(batch):
            yield from fetched

    return columns, rows()


REPLACED_BY = {
    "stories": "story",
    "story_terms": "story",
    "story_names": "story",
    "story_headlines": "story",
    "story_terms_seen": "term",
}
"""The story tables whose changed rows replace the old ones, and the column that keys
them; the others (postings, articles) only grow."""


def save(store: Store, clusterer: StoryClusterer) -> None:
    """Replace the stored state by the clusterer's, in one transaction."""
    with translated_errors(store.path, writing=True), store.transaction():
        for name in STORY_TABLES:
            store.connection.execute(f"DELETE FROM {name}")
        _insert(store, clusterer.dump())


def save_changes(store: Store, clusterer: StoryClusterer) -> None:
    """Write what the clusterer changed since it was loaded (``StoryClusterer.changes``),
    in one transaction: the rows of the stories and terms it changed replaced, its new
    articles and postings added; the rest of the stored state is left as it is."""
    rows = clusterer.changed_rows()
    changed = {"story": sorted(clusterer.changes.stories), "term": sorted(clusterer.changes.terms)}
    with translated_errors(store.path, writing=True), store.transaction():
        for name, column in REPLACED_BY.items():
            store.connection.execute(
                f"DELETE FROM {name} WHERE {column} IN (SELECT unnest(?))", [changed[column]]
            )
        _insert(store, rows)


def _insert(store: Store, rows: dict[str, list[Row]]) -> None:
    for name in STORY_TABLES:
        if not rows[name]:
            continue
        store.connection.register("story_rows", pa.Table.from_pylist(rows[name]))
        try:
            store.connection.execute(f"INSERT INTO {name} BY NAME SELECT * FROM story_rows")
        finally:
            with contextlib.suppress(duckdb.Error):  # the first error tells
                store.connection.unregister("story_rows")


def _articles(store: Store, *, everything: bool) -> Iterator[StoryArticle]:
    where = "true" if everything else "id NOT IN (SELECT article FROM story_articles)"
    _, rows = _streamed(store, _UNASSIGNED.format(where=where), FETCH_ROWS)
    for key, title, text, published, outlet in rows:
        yield StoryArticle(key, title, text, published, outlet)


_STORIES = f"""
SELECT s.story, s.title,
       list(a.article ORDER BY {time_order("ar", "a.article")}) AS articles,
       min(ar.published) AS first, max(ar.published) AS last,
       list(DISTINCT ar.outlet ORDER BY ar.outlet) FILTER (WHERE ar.outlet IS NOT NULL),
       list([a.article, a.copy_of] ORDER BY a.article) FILTER (WHERE a.copy_of IS NOT NULL)
FROM stories s
JOIN story_articles a ON a.story = s.story
JOIN articles ar ON ar.id = a.article
WHERE ? IS NULL OR s.story = ?
GROUP BY s.story, s.title
ORDER BY first NULLS LAST, s.story
"""


def stories(store: Store, story: int | None = None) -> list[StoryRecord]:
    """Every story (the one with this id), the earliest first (undated last)."""
    return [
        StoryRecord(
            id=int(story),
            title=title,
            articles=tuple(articles),
            first_published=first,
            last_published=last,
            outlets=tuple(outlets or ()),
            copies=tuple((copy, original) for copy, original in copies or ()),
        )
        for story, title, articles, first, last, outlets, copies in store.connection.execute(
            _STORIES, [story, story]
        ).fetchall()
    ]
