"""The corpus commands, run in-process: ``ingest``, ``show`` (as ``analyze`` prints),
``sql`` in its three formats and read-only, ``export`` in its three formats, ``stats``.
Every problem is one line on stderr and a non-zero exit."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import duckdb
import pytest
from cli_runs import one_line, run
from corpus_inputs import ARTICLE_MD, NEWS, news_directory, row_counts, write_jsonl
from spacy.language import Language

from reportedly import cli
from reportedly.corpus import Corpus
from reportedly.corpus.store import STORE_VERSION, Store


@pytest.fixture(autouse=True)
def _loaded(pipeline: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    """Load spaCy once for the session; keep the debug switch and color off."""
    monkeypatch.delenv(cli.DEBUG_ENV, raising=False)
    monkeypatch.setenv("NO_COLOR", "1")


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return news_directory(tmp_path_factory.mktemp("inputs"))


@pytest.fixture(scope="module")
def db(folder: Path, pipeline: Language) -> str:
    """A store of the six articles of ``folder``."""
    path = str(folder.parent / "store.duckdb")
    with Corpus(path) as corpus:
        corpus.ingest([str(folder)], workers=1, mode="rules")
    return path


# --- ingest ------------------------------------------------------------------------------


def test_ingest_prints_one_summary_line_and_exits_0(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", NEWS[:2])
    db = str(tmp_path / "s.duckdb")
    code, out, err = run(
        capsys, "ingest", str(path), "--db", db, "--mode", "rules", "--workers", "1"
    )
    assert (code, err) == (0, "")
    (line,) = out.splitlines()
    assert line.startswith(f"{db}: 2 articles written, 0 unchanged, 0 failed, in ")
    assert line.endswith("; run 1")
    code, out, _ = run(capsys, "ingest", str(path), "--db", db, "--mode", "rules", "--workers", "1")
    assert code == 0 and "0 articles written, 2 unchanged, 0 failed" in out


def test_ingest_with_a_bad_line_stores_the_good_ones_and_exits_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(f"{json.dumps(NEWS[0])}\n{{oops\n{json.dumps(NEWS[1])}\n", encoding="utf-8")
    db = str(tmp_path / "s.duckdb")
    code, out, _ = run(capsys, "ingest", str(path), "--db", db, "--mode", "rules", "--workers", "1")
    assert code == 1
    assert "2 articles written, 0 unchanged, 1 failed" in out
    code, out, _ = run(capsys, "sql", "SELECT input, line FROM errors", "--db", db, "-f", "csv")
    assert (code, out) == (0, f"input,line\n{path},2\n")


@pytest.mark.parametrize("workers", ["0", "-1", "two"])
def test_ingest_refuses_a_bad_worker_count(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, workers: str
) -> None:
    code, _, err = run(capsys, "ingest", str(tmp_path), "--db", "x.duckdb", "--workers", workers)
    assert code == 2 and "--workers" in err
    assert not (tmp_path / "x.duckdb").exists()


# --- show --------------------------------------------------------------------------------


def test_show_prints_what_analyze_prints(
    capsys: pytest.CaptureFixture[str], db: str, folder: Path
) -> None:
    inputs = [str(folder / "a.jsonl"), str(folder / "talks.md")]
    code, analyzed, _ = run(capsys, "analyze", *inputs, "--mode", "rules", "--format", "json")
    assert code == 0
    shown = []
    for key in ["mt-1", "rt-1", "bbc-1", _key_of(db, "talks.md")]:
        code, out, err = run(capsys, "show", key, "--db", db, "--format", "json")
        assert (code, err) == (0, "")
        shown.append(json.loads(out))
    assert shown == json.loads(analyzed)


@pytest.mark.parametrize("fmt", ["json", "text", "html"])
def test_show_prints_what_analyze_prints_byte_for_byte(
    capsys: pytest.CaptureFixture[str], db: str, folder: Path, fmt: str
) -> None:
    path = str(folder / "talks.md")
    code, analyzed, _ = run(capsys, "analyze", path, "--mode", "rules", "--format", fmt)
    assert code == 0
    code, shown, _ = run(capsys, "show", _key_of(db, "talks.md"), "--db", db, "--format", fmt)
    assert code == 0
    assert shown == analyzed


def test_show_of_the_real_sample_is_what_analyze_prints(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, sample_path: Path
) -> None:
    db = str(tmp_path / "s.duckdb")
    argv = ["ingest", str(sample_path), "--db", db, "--mode", "rules", "--workers", "1"]
    code, _, _ = run(capsys, *argv)
    assert code == 0
    code, analyzed, _ = run(capsys, "analyze", str(sample_path), "--mode", "rules", "-f", "json")
    code, shown, _ = run(capsys, "show", _key_of(db, sample_path.name), "--db", db, "-f", "json")
    assert code == 0
    assert shown == analyzed


def _key_of(db: str, name: str) -> str:
    with Store.open(db, read_only=True) as store:
        ((key,),) = store.connection.execute(
            "SELECT id FROM articles WHERE input LIKE ?", [f"%{name}"]
        ).fetchall()
    return str(key)


def test_show_of_an_unknown_id_is_one_line(capsys: pytest.CaptureFixture[str], db: str) -> None:
    code, out, err = run(capsys, "show", "nope", "--db", db)
    assert (code, out) == (1, "")
    assert "no article 'nope'" in one_line(err)


def test_show_without_a_store_is_one_line_and_creates_none(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "none.duckdb"
    code, _, err = run(capsys, "show", "x", "--db", str(db))
    assert code == 1 and "no corpus store here" in one_line(err)
    assert not db.exists()


# --- sql ---------------------------------------------------------------------------------

QUERY = "SELECT id, outlet, published FROM articles WHERE given_id IN ('mt-1', 'rt-1') ORDER BY id"


def test_sql_as_a_table(capsys: pytest.CaptureFixture[str], db: str) -> None:
    code, out, err = run(capsys, "sql", QUERY, "--db", db)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].split() == ["id", "outlet", "published"]
    assert lines[2].split() == ["mt-1", "The", "Moscow", "Times", "2022-09-14"]
    assert lines[3].split() == ["rt-1", "Reuters", "2022-09-15"]
    assert lines[-1] == "(2 rows)"


def test_sql_as_csv(capsys: pytest.CaptureFixture[str], db: str) -> None:
    code, out, _ = run(capsys, "sql", QUERY, "--db", db, "--format", "csv")
    assert code == 0
    assert list(csv.reader(io.StringIO(out))) == [
        ["id", "outlet", "published"],
        ["mt-1", "The Moscow Times", "2022-09-14"],
        ["rt-1", "Reuters", "2022-09-15"],
    ]


def test_sql_as_json(capsys: pytest.CaptureFixture[str], db: str) -> None:
    query = "SELECT id, analyzer, len(hedges) AS hedges FROM articles a JOIN (SELECT article, "
    query += "list(hedges) AS hedges FROM attributions GROUP BY 1) h ON h.article = a.id "
    query += "WHERE id = 'bbc-1'"
    code, out, _ = run(capsys, "sql", query, "--db", db, "-f", "json")
    assert code == 0
    ((row),) = json.loads(out)
    assert row["id"] == "bbc-1" and row["hedges"] >= 2
    assert row["analyzer"]["mode"] == "rules"  # a struct is an object


def test_sql_of_nothing_is_an_empty_result(capsys: pytest.CaptureFixture[str], db: str) -> None:
    query = "SELECT id FROM articles WHERE false"
    assert run(capsys, "sql", query, "--db", db, "-f", "json")[:2] == (0, "[]\n")
    assert run(capsys, "sql", query, "--db", db, "-f", "csv")[:2] == (0, "id\n")


@pytest.mark.parametrize(
    "query",
    [
        "DELETE FROM articles",
        "DROP TABLE sources",
        "CREATE TABLE mine (x INTEGER)",
        "UPDATE runs SET status = 'x'",
        "INSERT INTO errors (input) VALUES ('x')",
    ],
)
def test_sql_refuses_to_write(capsys: pytest.CaptureFixture[str], db: str, query: str) -> None:
    with Store.open(db, read_only=True) as store:
        before = row_counts(store)
    code, out, err = run(capsys, "sql", query, "--db", db)
    assert (code, out) == (1, "")
    assert "read-only" in one_line(err)
    with Store.open(db, read_only=True) as store:
        assert row_counts(store) == before


def test_a_bad_query_is_one_line(capsys: pytest.CaptureFixture[str], db: str) -> None:
    code, _, err = run(capsys, "sql", "SELECT nope FROM articles", "--db", db)
    assert code == 1 and one_line(err).startswith("reportedly: SQL: ")


# --- export ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def counts(db: str) -> dict[str, int]:
    with Store.open(db, read_only=True) as store:
        found = row_counts(store)
    assert found["articles"] == 6 and found["attributions"] > 6
    return found


@pytest.mark.parametrize("fmt", ["parquet", "csv", "jsonl"])
def test_export_writes_every_table(
    capsys: pytest.CaptureFixture[str], db: str, counts: dict[str, int], tmp_path: Path, fmt: str
) -> None:
    out_dir = tmp_path / "out" / fmt  # created, parents too
    code, out, err = run(capsys, "export", "--db", db, "--format", fmt, "--out", str(out_dir))
    assert (code, err) == (0, "")
    files = {path.name for path in out_dir.iterdir()}
    assert files == {f"{table}.{fmt}" for table in counts}
    assert out.splitlines() == [f"{out_dir / table}.{fmt}: {n} rows" for table, n in counts.items()]
    for table, expected in counts.items():
        assert _rows_in(out_dir / f"{table}.{fmt}", fmt) == expected, table


def _parquet(query: str) -> list[Any]:
    """The rows of a query over Parquet files, read by a DuckDB of its own."""
    with duckdb.connect() as connection:
        return connection.execute(query).fetchall()


def _rows_in(path: Path, fmt: str) -> int:
    if fmt == "parquet":
        return int(_parquet(f"SELECT count(*) FROM read_parquet('{path}')")[0][0])
    text = path.read_text(encoding="utf-8")
    if fmt == "csv":
        return len(list(csv.reader(io.StringIO(text)))) - 1  # the header
    return sum(1 for line in text.splitlines() if json.loads(line))


def test_an_exported_parquet_reads_back_as_the_store(db: str, tmp_path: Path) -> None:
    with Corpus(db, read_only=True) as corpus:
        corpus.export(str(tmp_path), "parquet")
        stored = corpus.sql("SELECT * FROM attributions ORDER BY article, position").fetchall()
    exported = _parquet(
        f"SELECT * FROM read_parquet('{tmp_path / 'attributions.parquet'}') "
        "ORDER BY article, position"
    )
    assert exported == stored


def test_export_in_an_unknown_format_is_refused(
    capsys: pytest.CaptureFixture[str], db: str
) -> None:
    code, _, err = run(capsys, "export", "--db", db, "--format", "xlsx", "--out", "x")
    assert code == 2 and "invalid choice" in err


# --- stats -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("by", "columns", "groups"),
    [
        ("outlet", ["outlet"], {("Associated Press",), ("BBC",), ("Reuters",)}),
        ("month", ["month"], {("2022-09",), ("2022-10",)}),
        ("outlet,month", ["outlet", "month"], {("Reuters", "2022-09"), ("BBC", "2022-10")}),
        (" month , outlet ", ["month", "outlet"], {("2022-09", "The Moscow Times")}),
    ],
)
def test_stats_by(
    capsys: pytest.CaptureFixture[str],
    db: str,
    by: str,
    columns: list[str],
    groups: set[tuple[str]],
) -> None:
    code, out, err = run(capsys, "stats", "--db", db, "--by", by, "--format", "json")
    assert (code, err) == (0, "")
    found = json.loads(out)
    assert groups <= {tuple(group[c] for c in columns) for group in found}
    assert sum(group["articles"] for group in found) == 6
    for group in found:
        assert set(group) == {
            *columns,
            "articles",
            "attributions",
            "anonymous_share",
            "hedged_share",
            "denials",
            "refusals",
            "top_sources",
        }
    code, table, _ = run(capsys, "stats", "--db", db, "--by", by)
    assert code == 0
    assert table.splitlines()[0].split()[: len(columns) + 2] == [
        *columns,
        "articles",
        "attributions",
    ]
    assert table.splitlines()[-1] == f"({len(found)} rows)"


def test_stats_as_text_shows_shares_and_sources(
    capsys: pytest.CaptureFixture[str], db: str
) -> None:
    code, out, _ = run(capsys, "stats", "--db", db)
    assert code == 0
    (moscow,) = [line for line in out.splitlines() if line.lstrip().startswith("The Moscow Times")]
    assert "%" in moscow and "Dmitry Peskov (2)" in moscow


@pytest.mark.parametrize("by", ["week", "outlet,outlet", "", "outlet,"])
def test_stats_by_an_unknown_grouping_is_one_line(
    capsys: pytest.CaptureFixture[str], db: str, by: str
) -> None:
    code, out, err = run(capsys, "stats", "--db", db, "--by", by)
    assert code in (1, 2) and out == ""
    assert "cannot group by" in one_line(err)


def test_markdown_input_is_one_of_the_articles(db: str) -> None:
    with Corpus(db, read_only=True) as corpus:
        titles = corpus.sql("SELECT title FROM articles WHERE input LIKE '%.md'").fetchall()
    assert titles == [(ARTICLE_MD.splitlines()[0].removeprefix("# "),)]


def test_migrate_names_the_version_and_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "s.duckdb")
    Store.open(db).close()
    assert cli.main(["migrate", "--db", db]) == 0
    assert capsys.readouterr().out.strip().endswith(f"store version {STORE_VERSION} (up to date)")
    missing = str(tmp_path / "missing.duckdb")
    assert cli.main(["migrate", "--db", missing]) == 1
    assert "no corpus store here" in capsys.readouterr().err
    assert not Path(missing).exists()
