"""Stories in the store: the clusterer's state kept in tables, new articles assigned.

``cluster(store)`` adds the articles no story holds yet (in date order, undated last) to
a ``StoryClusterer`` that reads of the stored state only what they look up
(``StoreState``: their terms, buckets and candidate stories, a few queries per batch of
articles), and writes what they changed in one transaction; ``rebuild=True`` starts from
nothing, assigns every article again and writes the whole state.
``stories(store)`` lists the stories with their articles, dates, outlets and copies.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import pyarrow as pa

from reportedly.corpus.store import (
    STORY_TABLES,
    Store,
    batches,
    insert_arrow,
    translated_errors,
    translated_reads,
)
from reportedly.corpus.stories import (
    BUCKET_READ,
    POSTINGS_READ,
    Row,
    Seen,
    Story,
    StoryArticle,
    StoryClusterer,
)

FETCH_ROWS = 256
"""Articles fetched from the store at a time while clustering, and the batch whose
lookups ``StoryClusterer.prepare`` reads in one go."""


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
    if not rebuild:
        return assign(store, _articles(store, everything=False))
    clusterer = StoryClusterer()
    added = 0
    for article in _articles(store, everything=True):
        clusterer.add(article)
        added += 1
    save(store, clusterer)
    return added


def assign(store: Store, articles: Iterable[StoryArticle]) -> int:
    """Add these articles, in this order, to the stories the store holds, reading of its
    state only what they look up (``StoreState``), and write what they changed; returns
    how many were added."""
    clusterer = StoryClusterer(source=StoreState(store))
    added = 0
    for batch in batches(articles, FETCH_ROWS):
        clusterer.prepare(batch)
        for article in batch:
            clusterer.add(article)
        added += len(batch)
    if added:
        save_changes(store, clusterer)
    return added


_WANTED = "SELECT unnest(?) AS {column}"

_TERMS = f"""
WITH wanted AS ({_WANTED.format(column="term")}),
posted AS (
    SELECT term, count(*) AS posted,
           list(story ORDER BY position) FILTER (WHERE back <= {POSTINGS_READ}) AS latest
    FROM (SELECT term, position, story,
                 row_number() OVER (PARTITION BY term ORDER BY position DESC) AS back
          FROM story_postings WHERE term IN (SELECT term FROM wanted))
    GROUP BY term
)
SELECT term, coalesce(s.articles, 0), coalesce(p.posted, 0), coalesce(p.latest, [])
FROM (SELECT term, articles FROM story_terms_seen WHERE term IN (SELECT term FROM wanted)) s
FULL JOIN posted p USING (term)
"""

_STORIES_READ = f"""
WITH wanted AS ({_WANTED.format(column="story")})
SELECT s.story, s.title, s.size, s.first, s.last,
       coalesce(t.terms, []) AS terms, coalesce(t.weights, []) AS weights,
       coalesce(n.names, []) AS names, coalesce(n.articles, []) AS name_articles,
       coalesce(h.terms, []) AS headlines, coalesce(h.articles, []) AS headline_articles,
       coalesce(i.indexed, []) AS indexed
FROM (SELECT * FROM stories WHERE story IN (SELECT story FROM wanted)) s
LEFT JOIN (SELECT * FROM story_terms WHERE story IN (SELECT story FROM wanted)) t USING (story)
LEFT JOIN (SELECT * FROM story_names WHERE story IN (SELECT story FROM wanted)) n USING (story)
LEFT JOIN (SELECT * FROM story_headlines WHERE story IN (SELECT story FROM wanted)) h
    USING (story)
LEFT JOIN (
    SELECT story, list(term) AS indexed FROM story_postings
    WHERE story IN (SELECT story FROM wanted) GROUP BY story
) i USING (story)
"""

_BUCKETS = f"""
SELECT b.band, list(a.article ORDER BY b.position)
FROM (SELECT band, position,
             row_number() OVER (PARTITION BY band ORDER BY position DESC) AS back
      FROM story_bands WHERE band IN ({_WANTED.format(column="band")})) b
JOIN story_articles a USING (position)
WHERE b.back <= {BUCKET_READ}
GROUP BY b.band
"""

_ARTICLES_READ = f"""
SELECT * FROM story_articles WHERE article IN ({_WANTED.format(column="article")})
"""


class StoreState:
    """The clusterer's state in a store, read in part (a ``StateSource``): what a day's
    articles look up, by keys, a query for each kind of row asked."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def sizes(self) -> tuple[int, int]:
        found = self._rows(
            "SELECT (SELECT count(*) FROM story_articles), (SELECT count(*) FROM stories)"
        )
        return int(found[0][0]), int(found[0][1])

    def terms(self, terms: Sequence[str]) -> Iterable[tuple[str, int, int, list[int]]]:
        return self._rows(_TERMS, [list(terms)])

    def stories(self, ids: Sequence[int]) -> Iterable[Story]:
        return map(Story.from_row, self._dicts(_STORIES_READ, [list(ids)]))

    def buckets(self, bands: Sequence[int]) -> Iterable[tuple[int, list[str]]]:
        return self._rows(_BUCKETS, [list(bands)])

    def articles(self, keys: Sequence[str]) -> Iterable[Seen]:
        return map(Seen.from_row, self._dicts(_ARTICLES_READ, [list(keys)]))

    def _rows(self, query: str, parameters: list[Any] | None = None) -> list[Any]:
        with translated_reads(self.store.path):
            return self.store.connection.execute(query, parameters or []).fetchall()

    def _dicts(self, query: str, parameters: list[Any]) -> Iterator[Row]:
        with translated_reads(self.store.path):
            cursor = self.store.connection.execute(query, parameters)
            columns = [column[0] for column in cursor.description or ()]
            rows = cursor.fetchall()
        return (dict(zip(columns, row, strict=True)) for row in rows)


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
        if rows[name]:
            insert_arrow(store.connection, name, pa.Table.from_pylist(rows[name]))


def _articles(store: Store, *, everything: bool) -> Iterator[StoryArticle]:
    where = "true" if everything else "id NOT IN (SELECT article FROM story_articles)"
    cursor = store.connection.cursor()  # of its own: the clusterer reads between fetches
    cursor.execute(_UNASSIGNED.format(where=where))
    while fetched := cursor.fetchmany(FETCH_ROWS):
        for key, title, text, published, outlet in fetched:
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
