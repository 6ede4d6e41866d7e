"""Small inputs for the corpus tests, written into a test's ``tmp_path``, and helpers to
read a store's tables back in a comparable form."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from reportedly.corpus.store import STORY_TABLES, Store

NEWS: tuple[dict[str, Any], ...] = (
    {
        "id": "mt-1",
        "text": "Putin rejected the deal, Reuters reported on Wednesday, citing three unnamed "
        "sources. \u201cEverything was canceled,\u201d one of the sources said.",
        "url": "https://www.themoscowtimes.com/2022/09/14/deal",
        "outlet": "The Moscow Times",
        "published": "2022-09-14",
    },
    {
        "id": "rt-1",
        "text": "The Kremlin denied the report on Thursday, a spokesman said. "
        "Dmitry Peskov declined to comment.",
        "url": "https://www.reuters.com/world/kremlin-denies",
        "outlet": "Reuters",
        "published": "2022-09-15",
    },
    {
        "id": "bbc-1",
        "text": "A senior official said the talks had reportedly stalled. "
        "The minister said the plan would allegedly cost more.",
        "url": "https://www.bbc.com/news/talks",
        "outlet": "BBC",
        "published": "2022-10-01",
    },
    {
        "id": "ap-1",
        "text": "The AP reported that the talks resumed on Monday, according to two diplomats.",
        "url": "https://apnews.com/article/talks",
        "outlet": "Associated Press",
        "published": "2022-10-03",
    },
    {
        "id": "mt-2",
        "text": "Dmitry Peskov said the talks were over. He told reporters on Friday that "
        "nothing had changed.",
        "url": "https://www.themoscowtimes.com/2022/10/07/over",
        "outlet": "The Moscow Times",
        "published": "2022-10-07",
    },
)
"""Five short articles of four outlets over two months: an outlet citing anonymous
sources, a denial and a refusal, hedges, an agency by its alias, a person cited twice."""

ARTICLE_MD = (
    "# Talks Stalled\n\n"
    "The minister said on Tuesday that the talks had stalled.\n\n"
    "\u201cWe are not giving up,\u201d a spokesman said.\n"
)


def write_jsonl(path: Path, records: tuple[dict[str, Any], ...] | list[dict[str, Any]]) -> Path:
    """``records`` as a JSON Lines file at ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    return path


def news_directory(folder: Path) -> Path:
    """A directory of inputs: the five ``NEWS`` articles split over two JSON Lines files
    (one in a subdirectory), and a Markdown article: six articles."""
    write_jsonl(folder / "a.jsonl", NEWS[:3])
    write_jsonl(folder / "more" / "b.jsonl", NEWS[3:])
    (folder / "talks.md").write_text(ARTICLE_MD, encoding="utf-8")
    return folder


REPORT_TABLE_ORDER = {
    "articles": "id",
    "texts": "article, piece",
    "sources": "article, position",
    "attributions": "article, position",
    "times": "article, position",
    "conflicts": "article, position",
}
"""Each report table's rows in a fixed order."""


def table_rows(store: Store, table: str, *, without: tuple[str, ...] = ("run",)) -> list[Any]:
    """Every row of a report table, in a fixed order, the columns ``without`` left out."""
    excluded = f" EXCLUDE ({', '.join(without)})" if without else ""
    query = f"SELECT *{excluded} FROM {table} ORDER BY {REPORT_TABLE_ORDER[table]}"
    return store.connection.execute(query).fetchall()


def row_counts(store: Store) -> dict[str, int]:
    """The number of rows of every table of the store."""
    return {
        table: int(store.connection.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0])
        for table in store.tables()
    }


def story_state(store: Store) -> dict[str, list[str]]:
    """The story clusterer's state a store holds, each table's rows as sorted JSON (to
    compare with ``StoryClusterer.dump``)."""
    state: dict[str, list[str]] = {}
    for table in STORY_TABLES:
        cursor = store.connection.execute(f"SELECT * FROM {table}")
        columns = [column[0] for column in cursor.description or ()]
        rows = (dict(zip(columns, row, strict=True)) for row in cursor.fetchall())
        state[table] = sorted(json.dumps(row, sort_keys=True) for row in rows)
    return state


def sorted_rows(tables: dict[str, list[dict[str, Any]]]) -> dict[str, list[str]]:
    """``StoryClusterer.dump``'s rows as ``story_state`` gives a store's."""
    return {
        name: sorted(json.dumps(row, sort_keys=True) for row in rows)
        for name, rows in tables.items()
    }
