"""The store's tables are derived from the record dataclasses: every field of every record
is a column with its type, and a report becomes rows and comes back from them exactly
(in Python, through Arrow, and through DuckDB), for the hand-built sample reports and for
reports generated from the records' type hints."""

from __future__ import annotations

import dataclasses
import types
import typing
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import pyarrow as pa
import pytest
from hypothesis import given
from hypothesis import strategies as st
from sample_reports import empty_report, full_report

from reportedly.corpus.keys import source_key
from reportedly.corpus.store import Store
from reportedly.corpus.tables import (
    ARTICLES,
    ATTRIBUTIONS,
    CONFLICTS,
    PART_TABLES,
    REPORT_TABLES,
    SOURCES,
    TEXT_PIECE_CHARS,
    TEXTS,
    TIMES,
    StoredArticle,
    Table,
    arrow_batches,
    arrow_type,
    record_fields,
    report_from_rows,
    report_rows,
    text_pieces,
)
from reportedly.model import (
    Analyzer,
    Article,
    Attribution,
    Conflict,
    DateEvidence,
    Report,
    Source,
    Time,
)

# --- every field is a column -------------------------------------------------------------

RECORD_TABLES = [
    (ARTICLES, Article),
    (SOURCES, Source),
    (ATTRIBUTIONS, Attribution),
    (TIMES, Time),
    (CONFLICTS, Conflict),
]


@pytest.mark.parametrize(("table", "record"), RECORD_TABLES, ids=lambda x: getattr(x, "name", ""))
def test_every_field_of_the_record_is_a_column(table: Table, record: type[Any]) -> None:
    renamed = dict(table.renamed)
    expected = [
        renamed.get(f.name, f.name) for f in dataclasses.fields(record) if f.name not in table.apart
    ]
    names = table.schema.names
    assert [n for n in names if n in expected] == expected  # all there, in the record's order
    assert len(set(names)) == len(names)  # a renamed field does not shadow a key column


def test_the_article_body_is_a_table_of_pieces() -> None:
    assert ARTICLES.apart == ("text",) and "text" not in ARTICLES.schema.names
    assert TEXTS.schema.names == ["article", "run", "piece", "text"]
    assert text_pieces("") == []
    assert text_pieces("ab" * TEXT_PIECE_CHARS) == ["ab" * (TEXT_PIECE_CHARS // 2)] * 2


@pytest.mark.parametrize("table", PART_TABLES.values(), ids=lambda t: t.name)
def test_every_part_row_names_its_article_run_and_position(table: Table) -> None:
    assert table.schema.names[:3] == ["article", "run", "position"]


def test_articles_have_their_key_run_input_hash_and_analyzer() -> None:
    names = ARTICLES.schema.names
    assert names[:4] == ["id", "run", "input", "content_hash"]
    assert "given_id" in names  # Article.id, renamed
    analyzer = ARTICLES.schema.field("analyzer").type
    assert [analyzer.field(i).name for i in range(analyzer.num_fields)] == [
        f.name for f in dataclasses.fields(Analyzer)
    ]


def test_sources_carry_the_corpus_key() -> None:
    assert SOURCES.schema.field("key").type == pa.string()


def _check_type(hint: Any, arrow: pa.DataType) -> None:
    """``arrow`` is the column type of ``hint``, nested records field by field."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        (kept,) = (arg for arg in args if arg is not type(None))
        _check_type(kept, arrow)
    elif origin is tuple:
        assert pa.types.is_list(arrow), hint
        _check_type(args[0], arrow.value_type)
    elif dataclasses.is_dataclass(hint):
        assert pa.types.is_struct(arrow), hint
        hints = typing.get_type_hints(hint)
        fields = dataclasses.fields(hint)
        assert [arrow.field(i).name for i in range(arrow.num_fields)] == [f.name for f in fields]
        for f in fields:
            _check_type(hints[f.name], arrow.field(f.name).type)
    else:
        expected = {str: pa.string(), int: pa.int64(), bool: pa.bool_()}
        assert arrow == expected.get(hint, pa.string()), hint  # a Literal is a string


@pytest.mark.parametrize(
    "record", [Article, Analyzer, Source, Attribution, Time, Conflict], ids=lambda r: r.__name__
)
def test_every_column_has_its_fields_type_nested_records_too(record: type[Any]) -> None:
    hints = typing.get_type_hints(record)
    for column in record_fields(record):
        _check_type(hints[column.name], column.type)


@dataclass(frozen=True)
class _NewRecord:
    """A record with a field of every kind, as a new field of a real record could be."""

    text: str
    count: int
    flag: bool
    label: Literal["x", "y"]
    maybe: str | None
    many: tuple[str, ...]
    evidence: DateEvidence | None


def test_a_new_field_becomes_a_column_without_another_edit() -> None:
    table = Table("new", _NewRecord, keys=(pa.field("article", pa.string()),))
    assert table.schema.names == ["article", *(f.name for f in dataclasses.fields(_NewRecord))]
    assert table.schema.field("many").type == pa.list_(pa.string())
    assert table.schema.field("evidence").type == pa.struct(
        [("value", pa.string()), ("source", pa.string()), ("precision", pa.string())]
    )


def test_a_field_of_a_type_the_store_cannot_hold_fails_loudly() -> None:
    with pytest.raises(TypeError, match="no column type"):
        arrow_type(float)


# --- a report and its rows ---------------------------------------------------------------


def _stored(report: Report, key: str = "k1") -> StoredArticle:
    return StoredArticle(key=key, input="in.jsonl", content_hash="0123456789abcdef", report=report)


def _from_rows(rows: dict[str, list[dict[str, Any]]]) -> Report:
    parts = {name: rows[name] for name in rows if name not in ("articles", "texts")}
    body = "".join(row["text"] for row in sorted(rows["texts"], key=lambda row: row["piece"]))
    return report_from_rows(rows["articles"][0], body, parts)


def _through_python(report: Report) -> Report:
    return _from_rows(report_rows(_stored(report), 7, source_key))


def _through_arrow(report: Report) -> Report:
    rows = report_rows(_stored(report), 7, source_key)
    return _from_rows({table.name: batch.to_pylist() for table, batch in arrow_batches(rows)})


@pytest.mark.parametrize("make", [full_report, empty_report], ids=["full", "empty"])
@pytest.mark.parametrize("trip", [_through_python, _through_arrow], ids=["python", "arrow"])
def test_a_report_comes_back_from_its_rows(make: Any, trip: Any) -> None:
    report = make()
    back = trip(report)
    assert back == report
    assert back.to_dict() == report.to_dict()


def test_the_rows_of_a_report() -> None:
    report = full_report()
    rows = report_rows(_stored(report, "moscow"), 7, source_key)
    assert set(rows) == {table.name for table in REPORT_TABLES}
    (article,) = rows["articles"]
    assert (article["id"], article["run"], article["given_id"]) == ("moscow", 7, "moscow-1")
    assert article["input"] == "in.jsonl" and article["content_hash"] == "0123456789abcdef"
    assert article["analyzer"] == dataclasses.asdict(report.analyzer)
    for field_name, table in PART_TABLES.items():
        records = getattr(report, field_name)
        assert [r["position"] for r in rows[table.name]] == list(range(len(records)))
        assert {(r["article"], r["run"]) for r in rows[table.name]} <= {("moscow", 7)}
    assert [r["key"] for r in rows["sources"]] == [
        "outlet:reuters",
        "group:unnamed sources",
        "organization:the kremlin",
    ]


# --- the same through the store, for generated reports -----------------------------------


def records(kind: type[Any]) -> st.SearchStrategy[Any]:
    """Records of ``kind`` built from its type hints, so a new field is generated too."""
    hints = typing.get_type_hints(kind)
    return st.builds(kind, **{f.name: values(hints[f.name]) for f in dataclasses.fields(kind)})


def values(hint: Any) -> st.SearchStrategy[Any]:
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        (kept,) = (arg for arg in args if arg is not type(None))
        return st.none() | values(kept)
    if origin is Literal:
        return st.sampled_from(args)
    if origin is tuple:
        return st.lists(values(args[0]), max_size=3).map(tuple)
    if hint is str:
        return st.text(max_size=12)
    if hint is int:
        return st.integers(min_value=-(2**63), max_value=2**63 - 1)
    if hint is bool:
        return st.booleans()
    if dataclasses.is_dataclass(hint):
        return records(hint)  # type: ignore[arg-type]
    raise TypeError(f"no strategy for {hint!r}")


def _parts_of(kind: type[Any]) -> st.SearchStrategy[tuple[Any, ...]]:
    return st.lists(records(kind), max_size=3).map(tuple)


reports = st.builds(
    Report,
    article=records(Article),
    analyzer=records(Analyzer),
    sources=_parts_of(Source),
    attributions=_parts_of(Attribution),
    times=_parts_of(Time),
    conflicts=_parts_of(Conflict),
)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Any:
    path = tmp_path_factory.mktemp("tables") / "store.duckdb"
    with Store.open(str(path)) as opened:
        yield opened


@given(report=reports)
def test_any_report_comes_back_from_the_store_as_it_went_in(store: Store, report: Report) -> None:
    store.write([_stored(report, "generated")], run=1)
    assert store.report("generated") == report
    assert _through_arrow(report) == report


def test_the_store_creates_each_table_with_the_schema_of_its_record(tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "s.duckdb")) as opened:
        for table in REPORT_TABLES:
            found = opened.connection.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
                "ORDER BY ordinal_position",
                [table.name],
            ).fetchall()
            assert [name for (name,) in found] == table.schema.names
