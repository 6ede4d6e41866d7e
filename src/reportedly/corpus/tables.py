"""The store's tables, derived in this one place from the record dataclasses of
``reportedly.model``: a field added to a record is a column of its table, with its type,
without another edit (and a store layout change: see ``store.STORE_VERSION``).

Each report becomes one ``articles`` row (the article, its analyzer, its corpus key and
content hash), its body in ``texts`` in pieces of at most ``TEXT_PIECE_CHARS`` (DuckDB
holds every long string of a row group in memory at once while it checkpoints: whole
bodies of 100 KB and more made a capped writer fail, uncapped grow with the corpus), and
one row per source, attribution, time and conflict, every row carrying
the article's key (``article``) and the run that wrote it (``run``); ``position`` keeps a
report's order. Spans are ``STRUCT(text, start, end)`` columns, tuples are lists, so a
row reads back as the record's ``to_dict`` form and ``Report.from_dict`` rebuilds the
report exactly.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

import pyarrow as pa

from reportedly.model import (
    SCHEMA_VERSION,
    Analyzer,
    Article,
    Attribution,
    Conflict,
    Report,
    Source,
    Time,
    to_dict,
)

Row = dict[str, Any]
SourceKeyer = Callable[[Source, Report, str], str]
"""Names a source across the corpus, given its report and the article's key."""


def arrow_type(hint: Any) -> pa.DataType:
    """The Arrow type of a record field's type hint (every column is nullable)."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        (kept,) = (arg for arg in args if arg is not type(None))
        return arrow_type(kept)
    if origin is Literal or hint is str:
        return pa.string()
    if origin is tuple:
        return pa.list_(arrow_type(args[0]))
    if hint is bool:
        return pa.bool_()
    if hint is int:
        return pa.int64()
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return pa.struct(record_fields(hint))
    raise TypeError(f"no column type for {hint!r}")


def record_fields(record: type[Any]) -> list[pa.Field]:
    """The Arrow fields of a record's dataclass fields, in their order."""
    hints = typing.get_type_hints(record)
    return [pa.field(f.name, arrow_type(hints[f.name])) for f in dataclasses.fields(record)]


@dataclass(frozen=True, slots=True)
class Table:
    """One table of the store: its leading key columns, then the fields of ``record``
    (``renamed`` where a field's name is taken by a key column)."""

    name: str
    record: type[Any]
    keys: tuple[pa.Field, ...]
    renamed: tuple[tuple[str, str], ...] = ()
    extra: tuple[pa.Field, ...] = ()
    apart: tuple[str, ...] = ()
    """Record fields kept in a table of their own."""

    @property
    def schema(self) -> pa.Schema:
        renames = dict(self.renamed)
        fields = [
            f.with_name(renames.get(f.name, f.name))
            for f in record_fields(self.record)
            if f.name not in self.apart
        ]
        return pa.schema([*self.keys, *fields, *self.extra])

    @property
    def key_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in (*self.keys, *self.extra))

    def record_data(self, row: Row) -> Row:
        """A row's record fields under their record names (``to_dict`` form)."""
        names = {new: old for old, new in self.renamed}
        return {names.get(k, k): v for k, v in row.items() if k not in self.key_names}


TEXT_PIECE_CHARS = 16_384
"""Characters of an article's body per ``texts`` row."""


@dataclass(frozen=True, slots=True)
class TextPiece:
    """One piece of an article's body: the body is its pieces joined in order."""

    piece: int
    text: str


ARTICLE_KEY = pa.field("article", pa.string())
RUN = pa.field("run", pa.int64())
POSITION = pa.field("position", pa.int64())

ARTICLES = Table(
    "articles",
    Article,
    keys=(
        pa.field("id", pa.string()),
        RUN,
        pa.field("input", pa.string()),
        pa.field("content_hash", pa.string()),
    ),
    renamed=(("id", "given_id"),),
    extra=(pa.field("analyzer", arrow_type(Analyzer)),),
    apart=("text",),
)
TEXTS = Table("texts", TextPiece, keys=(ARTICLE_KEY, RUN))
SOURCES = Table("sources", Source, keys=(ARTICLE_KEY, RUN, POSITION, pa.field("key", pa.string())))
ATTRIBUTIONS = Table("attributions", Attribution, keys=(ARTICLE_KEY, RUN, POSITION))
TIMES = Table("times", Time, keys=(ARTICLE_KEY, RUN, POSITION))
CONFLICTS = Table("conflicts", Conflict, keys=(ARTICLE_KEY, RUN, POSITION))

REPORT_TABLES = (ARTICLES, TEXTS, SOURCES, ATTRIBUTIONS, TIMES, CONFLICTS)
"""The tables a report is written to; ``articles`` first."""
PART_TABLES = {
    "sources": SOURCES,
    "attributions": ATTRIBUTIONS,
    "times": TIMES,
    "conflicts": CONFLICTS,
}
"""The tables of a report's parts, by the ``Report`` field they hold."""


@dataclass(frozen=True, slots=True)
class StoredArticle:
    """What the store is told about one analyzed article besides its report."""

    key: str
    input: str
    content_hash: str
    report: Report


def report_rows(item: StoredArticle, run: int, source_key: SourceKeyer) -> dict[str, list[Row]]:
    """The rows of every table for one report, by table name."""
    report = item.report
    article = to_dict(report.article)
    article["given_id"] = article.pop("id")
    text = article.pop("text")
    rows: dict[str, list[Row]] = {
        "articles": [
            {
                "id": item.key,
                "run": run,
                "input": item.input,
                "content_hash": item.content_hash,
                **article,
                "analyzer": to_dict(report.analyzer),
            }
        ],
        "texts": [
            {"article": item.key, "run": run, "piece": number, "text": piece}
            for number, piece in enumerate(text_pieces(text))
        ],
    }
    for field_name, table in PART_TABLES.items():
        rows[table.name] = [
            {
                "article": item.key,
                "run": run,
                "position": position,
                **_part_keys(table, record, report, item.key, source_key),
                **to_dict(record),
            }
            for position, record in enumerate(getattr(report, field_name))
        ]
    return rows


def text_pieces(text: str) -> list[str]:
    """``text`` in pieces of at most ``TEXT_PIECE_CHARS`` (none for an empty text)."""
    return [
        text[start : start + TEXT_PIECE_CHARS] for start in range(0, len(text), TEXT_PIECE_CHARS)
    ]


def _part_keys(
    table: Table, record: Any, report: Report, article_key: str, source_key: SourceKeyer
) -> Row:
    return {"key": source_key(record, report, article_key)} if table is SOURCES else {}


def arrow_batches(rows: dict[str, list[Row]]) -> Iterator[tuple[Table, pa.Table]]:
    """One Arrow table per store table, for the rows of many reports."""
    for table in REPORT_TABLES:
        yield table, pa.Table.from_pylist(rows.get(table.name, []), schema=table.schema)


def report_from_rows(article: Row, text: str, parts: dict[str, list[Row]]) -> Report:
    """The report whose rows these are (``text`` the article's body, ``parts`` by table
    name, in ``position`` order)."""
    return Report.from_dict(
        {
            "schema": SCHEMA_VERSION,
            "article": {**ARTICLES.record_data(article), "text": text},
            "analyzer": article["analyzer"],
            **{
                field_name: [table.record_data(row) for row in parts.get(table.name, [])]
                for field_name, table in PART_TABLES.items()
            },
        }
    )
