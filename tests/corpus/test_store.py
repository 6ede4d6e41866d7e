"""The store as ingesting fills it: created on first use, the reports read back as
``analyze`` makes them, idempotent, changed articles replaced whole, bad lines recorded,
runs recorded; the attribution view and the counts of ``stats`` over hand-built reports.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from corpus_inputs import (
    ARTICLE_MD,
    NEWS,
    news_directory,
    row_counts,
    story_state,
    table_rows,
    write_jsonl,
)
from spacy.language import Language

from reportedly import api, ingest
from reportedly.corpus import STORE_VERSION, Corpus
from reportedly.corpus.keys import article_key
from reportedly.corpus.stats import GroupStats, stats
from reportedly.corpus.store import STORY_LISTS, Store
from reportedly.corpus.tables import PART_TABLES, TEXT_PIECE_CHARS, StoredArticle
from reportedly.errors import ArticleNotFoundError, GroupingError, StoreMissingError
from reportedly.model import Analyzer, Article, Attribution, Report, Source, Span
from reportedly.version import package_version


@pytest.fixture(autouse=True)
def _loaded(pipeline: Language) -> None:
    """The rules' pipeline is loaded once for the session."""


def analyzed(path: Path) -> dict[str, Report]:
    """What ``analyze`` makes of the articles of one file, by their corpus keys."""
    articles = ingest.read_path(str(path))
    return {
        article_key(article, input_label=str(path)): report
        for article, report in zip(
            articles, api.analyze_articles(articles, mode="rules"), strict=True
        )
    }


# --- creating ----------------------------------------------------------------------------


def test_a_store_is_created_on_first_use_with_its_version(tmp_path: Path) -> None:
    path = tmp_path / "new" / "store.duckdb"
    path.parent.mkdir()
    with Corpus(str(path)) as corpus:
        assert path.is_file()
        ((version, created, package),) = corpus.sql(
            "SELECT version, created, package FROM reportedly_store"
        ).fetchall()
        assert (version, package) == (STORE_VERSION, package_version())
        assert created is not None
        kinds = dict(
            corpus.sql("SELECT table_name, table_type FROM information_schema.tables").fetchall()
        )
        tables = {name for name, kind in kinds.items() if kind == "BASE TABLE"}
        assert tables == {*corpus.store.tables(), "reportedly_store"}
        assert kinds["attribution_view"] == "VIEW"
        assert corpus.sql("SELECT count(*) FROM articles").fetchall() == [(0,)]
    with Corpus(str(path)) as again:  # opening it again keeps it as it is
        assert again.sql("SELECT count(*) FROM reportedly_store").fetchall() == [(1,)]


def test_a_store_that_is_not_there_is_not_created_for_reading(tmp_path: Path) -> None:
    path = tmp_path / "missing.duckdb"
    with pytest.raises(StoreMissingError, match="no corpus store here"):
        Corpus(str(path), read_only=True)
    assert not path.exists()


# --- reading back what ingesting wrote ---------------------------------------------------


@pytest.fixture(scope="module")
def news(tmp_path_factory: pytest.TempPathFactory, pipeline: Language) -> Iterator[Corpus]:
    """The ``NEWS`` articles and a Markdown one, ingested in one run."""
    folder = news_directory(tmp_path_factory.mktemp("news"))
    with Corpus(str(folder / "store.duckdb")) as corpus:
        summary = corpus.ingest([str(folder)], workers=1, mode="rules")
        assert (summary.written, summary.unchanged, summary.failed) == (6, 0, 0)
        yield corpus


def _inputs(corpus: Corpus) -> list[Path]:
    return [Path(name) for (name,) in corpus.sql("SELECT DISTINCT input FROM articles").fetchall()]


def test_each_stored_report_is_what_analyze_makes_of_its_file(news: Corpus) -> None:
    expected: dict[str, Report] = {}
    for path in _inputs(news):
        expected.update(analyzed(path))
    assert sorted(expected) == news.store.keys()
    assert len(expected) == 6
    for key, report in expected.items():
        stored = news.report(key)
        assert stored.to_dict() == report.to_dict()
        assert stored == report


def test_the_article_rows_hold_the_article(news: Corpus) -> None:
    rows = news.sql(
        "SELECT id, given_id, outlet, published, url, analyzer.mode FROM articles "
        "WHERE given_id = 'mt-1'"
    ).fetchall()
    first = NEWS[0]
    assert rows == [("mt-1", "mt-1", first["outlet"], first["published"], first["url"], "rules")]


def test_an_article_not_in_the_store_is_a_clear_error(news: Corpus) -> None:
    with pytest.raises(ArticleNotFoundError, match="no article 'nope'"):
        news.report("nope")


def test_the_real_sample_reads_back_as_analyze_makes_it(tmp_path: Path, sample_path: Path) -> None:
    with Corpus(str(tmp_path / "s.duckdb")) as corpus:
        corpus.ingest([str(sample_path)], workers=1, mode="rules")
        ((key, count),) = corpus.sql(
            "SELECT a.id, (SELECT count(*) FROM attributions) FROM articles a"
        ).fetchall()
        assert count > 10  # a real article: many attributions, times, sources
        assert corpus.report(key).to_dict() == analyzed(sample_path)[key].to_dict()


def test_a_long_body_is_kept_in_pieces_and_read_back_whole(tmp_path: Path) -> None:
    paragraph = "Ministers said the talks on the Øresund bridge had failed, officials said. "
    text = "\n\n".join(f"{number}. {paragraph}" for number in range(600))  # 48,000 chars
    path = write_jsonl(tmp_path / "long.jsonl", [{"id": "long", "text": text}])
    with Corpus(str(tmp_path / "s.duckdb")) as corpus:
        corpus.ingest([str(path)], workers=1, mode="rules")
        body = corpus.report("long").article.text
        assert body == text.strip()  # as analyze reads it
        pieces = corpus.sql("SELECT length(text) FROM texts ORDER BY piece").fetchall()
        assert pieces == [
            (TEXT_PIECE_CHARS,),
            (TEXT_PIECE_CHARS,),
            (len(body) - 2 * TEXT_PIECE_CHARS,),
        ]
        assert corpus.sql("SELECT text FROM article_texts").fetchall() == [(body,)]


def _as_version_1(path: Path) -> None:
    """The store at ``path`` in the layout of store version 1: bodies in ``articles``, a
    story's entries a row each, no bands."""
    with Store.open(str(path)) as store:
        store.connection.execute("ALTER TABLE articles ADD COLUMN text VARCHAR")
        store.connection.execute(
            "UPDATE articles SET text = (SELECT text FROM article_texts t WHERE t.id = articles.id)"
        )
        store.connection.execute("DROP VIEW article_texts")
        store.connection.execute("DROP TABLE texts")
        store.connection.execute("DROP TABLE story_bands")
        for table, columns in STORY_LISTS.items():  # version 3's lists as version 1's rows
            unnested = ", ".join(f"unnest({new}) AS {old}" for old, new in columns)
            store.connection.execute(
                f"CREATE TABLE {table}_rows AS SELECT story, {unnested} FROM {table}"
            )
            store.connection.execute(f"DROP TABLE {table}")
            store.connection.execute(f"ALTER TABLE {table}_rows RENAME TO {table}")
        store.connection.execute("UPDATE reportedly_store SET version = 1")


def _reports(corpus: Corpus) -> dict[str, Any]:
    return {key: corpus.report(key).to_dict() for key in corpus.store.keys()}  # noqa: SIM118


def test_a_version_1_store_is_migrated_with_its_bodies(tmp_path: Path) -> None:
    long = {"id": "long", "text": "The minister said the talks failed. " * 1000}
    path = write_jsonl(tmp_path / "in.jsonl", [*NEWS, long, {"id": "no-text", "text": ""}])
    db = tmp_path / "s.duckdb"
    with Corpus(str(db)) as corpus:
        corpus.ingest([str(path)], workers=1, mode="rules")
        reports = _reports(corpus)
        state = story_state(corpus.store)
    _as_version_1(db)
    with Corpus(str(db)) as corpus:
        assert corpus.store.migrated_from == 1
        assert _reports(corpus) == reports
        assert story_state(corpus.store) == state
        assert corpus.sql("SELECT max(piece) FROM texts").fetchall() == [(2,)]
        summary = corpus.ingest([str(path)], workers=1, mode="rules")
        assert summary.written == 0


# --- idempotent, replacing, deduplicated -------------------------------------------------


def test_ingesting_twice_stores_once(tmp_path: Path) -> None:
    folder = news_directory(tmp_path / "in")
    with Corpus(str(tmp_path / "s.duckdb")) as corpus:
        first = corpus.ingest([str(folder)], workers=1, mode="rules")
        counts = row_counts(corpus.store)
        rows = {table: table_rows(corpus.store, table, without=()) for table in PART_TABLES}
        second = corpus.ingest([str(folder)], workers=1, mode="rules")
        assert (first.written, first.unchanged) == (6, 0)
        assert (second.run, second.written, second.unchanged, second.failed) == (2, 0, 6, 0)
        assert {**row_counts(corpus.store), "runs": counts["runs"]} == counts
        # the rows are those of the first run, untouched
        assert {t: table_rows(corpus.store, t, without=()) for t in PART_TABLES} == rows
        runs = corpus.sql("SELECT id, written, unchanged FROM runs ORDER BY id").fetchall()
        assert runs == [(1, 6, 0), (2, 0, 6)]


def test_a_changed_article_replaces_its_rows(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", NEWS[:2])
    with Corpus(str(tmp_path / "s.duckdb")) as corpus:
        corpus.ingest([str(path)], workers=1, mode="rules")
        old = {t: _count(corpus, t, "mt-1") for t in PART_TABLES}
        assert old["sources"] >= 2 and old["attributions"] >= 2
        changed = {**NEWS[0], "text": "Talks resumed on Friday, the minister said."}
        write_jsonl(path, [changed, NEWS[1]])
        summary = corpus.ingest([str(path)], workers=1, mode="rules")
        assert (summary.written, summary.replaced, summary.unchanged) == (1, 1, 1)
        new = analyzed(path)["mt-1"]
        assert corpus.report("mt-1") == new
        for field_name, table in PART_TABLES.items():
            assert _count(corpus, table.name, "mt-1") == len(getattr(new, field_name))
            runs = corpus.sql(
                f"SELECT DISTINCT run FROM {table.name} WHERE article = 'mt-1'"
            ).fetchall()
            assert runs in ([], [(2,)]), table.name  # nothing of the old version is left
        assert corpus.sql("SELECT count(*) FROM articles").fetchall() == [(2,)]
        assert corpus.sql("SELECT run FROM articles WHERE id = 'rt-1'").fetchall() == [(1,)]


def _count(corpus: Corpus, table: str, article: str) -> int:
    rows = corpus.sql(f"SELECT count(*) FROM {table} WHERE article = ?", [article]).fetchall()
    return int(rows[0][0])


def test_an_article_in_two_places_is_one_row(tmp_path: Path) -> None:
    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "talks.md").write_text(ARTICLE_MD, encoding="utf-8")
    with Corpus(str(tmp_path / "s.duckdb")) as corpus:
        corpus.ingest([str(tmp_path / "x"), str(tmp_path / "y")], workers=1, mode="rules")
        assert corpus.sql("SELECT count(*) FROM articles").fetchall() == [(1,)]
        sources = corpus.sql("SELECT count(*) FROM sources").fetchall()[0][0]
        assert sources == len(analyzed(tmp_path / "x" / "talks.md").popitem()[1].sources)
        again = corpus.ingest([str(tmp_path / "y"), str(tmp_path / "x")], workers=1, mode="rules")
        assert (again.written, again.unchanged) == (0, 2)
        shutil.copy(tmp_path / "x" / "talks.md", tmp_path / "z.md")
        third = corpus.ingest([str(tmp_path / "z.md")], workers=1, mode="rules")
        assert (third.written, third.unchanged) == (0, 1)
        assert corpus.sql("SELECT count(*) FROM articles").fetchall() == [(1,)]


@pytest.mark.parametrize("apart", [1, 70], ids=["next-line", "after-a-written-batch"])
def test_one_id_for_two_articles_in_a_run_keeps_the_first(tmp_path: Path, apart: int) -> None:
    """Two articles given one id in a run: the first keeps it, the other is a failure
    naming it, whether the first is still in flight or already stored."""
    filler = [{**NEWS[4], "id": f"filler-{n}"} for n in range(apart - 1)]
    records = [{**NEWS[0], "id": "wire-17"}, *filler, {**NEWS[1], "id": "wire-17"}]
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    with Corpus(str(tmp_path / "s.duckdb")) as corpus:
        summary = corpus.ingest([str(path)], workers=1, mode="rules")
        assert (summary.written, summary.failed) == (apart, 1)
        assert corpus.report("wire-17").article.text == NEWS[0]["text"]
        [(name, message)] = corpus.sql("SELECT input, message FROM errors").fetchall()
        assert name == str(path)
        assert "'wire-17' was given to another article earlier in this run" in message


def test_a_bad_line_is_recorded_and_the_good_lines_are_stored(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    lines = [json.dumps(NEWS[0]), "{not json", json.dumps({"id": "x"}), json.dumps(NEWS[1])]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with Corpus(str(tmp_path / "s.duckdb")) as corpus:
        summary = corpus.ingest([str(path)], workers=1, mode="rules")
        assert (summary.written, summary.failed) == (2, 2)
        assert corpus.store.keys() == ["mt-1", "rt-1"]
        errors = corpus.sql("SELECT run, input, line, message, time FROM errors ORDER BY line")
        rows = errors.fetchall()
        assert [(run, name, line) for run, name, line, _, _ in rows] == [
            (1, str(path), 2),
            (1, str(path), 3),
        ]
        assert "not valid JSON" in rows[0][3]
        assert all(
            message.startswith(f"{path}:") and "\n" not in message for *_, message, _ in rows
        )
        assert all(time is not None for *_, time in rows)
        assert corpus.sql("SELECT failed, status FROM runs").fetchall() == [(2, "done")]


def test_the_run_is_recorded(news: Corpus) -> None:
    ((run,),) = news.sql("SELECT to_json(runs) FROM runs").fetchall()
    run = json.loads(run)
    assert run.pop("started") <= run.pop("finished")
    (folder,) = {str(path.parent) for path in _inputs(news) if path.suffix == ".md"}
    assert run == {
        "id": 1,
        "status": "done",
        "version": package_version(),
        "mode": "rules",
        "model": None,
        "workers": 1,
        "inputs": [folder],
        "written": 6,
        "unchanged": 0,
        "failed": 0,
    }
    assert news.sql("SELECT DISTINCT run FROM articles").fetchall() == [(1,)]


def test_the_attribution_view_joins_sources_and_articles(news: Corpus) -> None:
    (count,) = news.sql("SELECT count(*) FROM attributions").fetchall()[0]
    view = news.sql(
        "SELECT article, attribution, source, source_kind, source_key, outlet, published "
        "FROM attribution_view ORDER BY article, attribution"
    ).fetchall()
    assert len(view) == count > 0
    for article, attribution, name, kind, key, outlet, published in view:
        report = news.report(article)
        found = report.attribution(attribution)
        assert found is not None
        source = report.source(found.source)
        assert (name, kind) == ((source.name, source.kind) if source else (None, None))
        assert (outlet, published) == (report.article.outlet, report.article.published)
        assert key is None or key.startswith(f"{kind}:")


# --- stats over hand-built reports -------------------------------------------------------


def _span(text: str) -> Span:
    return Span(text, 0, len(text))


def _attribution(
    id: str, source: str | None, cue: str, *, parent: str | None = None, **kw: Any
) -> Attribution:
    return Attribution(
        id, source, None, _span(cue), _span("something"), "indirect", parent=parent, **kw
    )


def _report(outlet: str | None, published: str | None, sources: Any, attributions: Any) -> Report:
    return Report(
        article=Article(text="something", outlet=outlet, published=published),
        analyzer=Analyzer("0.2.0", "rules"),
        sources=tuple(Source(f"s{i}", kind, name) for i, (kind, name) in enumerate(sources, 1)),
        attributions=tuple(attributions),
    )


HAND_BUILT = {
    # Reuters reported (a1), citing unnamed sources (a2): both rest on anonymous sources
    "A": _report(
        "The Moscow Times",
        "2022-09-14",
        [
            ("outlet", "Reuters"),
            ("anonymous", "three unnamed sources"),
            ("person", "Dmitry Peskov"),
        ],
        [
            _attribution("a1", "s1", "reported"),
            _attribution("a2", "s2", "citing", parent="a1"),
            _attribution("a3", "s3", "said", hedges=("reportedly",)),
            _attribution("a4", "s3", "denied", stance="deny", target="a1"),
        ],
    ),
    # AP (a1) reports Kirby (a2) telling what an official told him (a3): a chain of three
    "B": _report(
        "The Moscow Times",
        "2022-10-02",
        [("outlet", "AP"), ("person", "John Kirby"), ("anonymous", "an official")],
        [
            _attribution("a1", "s1", "reported"),
            _attribution("a2", "s2", "said", parent="a1"),
            _attribution("a3", "s3", "told", parent="a2"),
            _attribution("a4", "s2", "declined", stance="decline"),
        ],
    ),
    "C": _report(None, None, [], []),
    "D": _report(
        "Reuters",
        "2022-10-05",
        [("person", "Dmitry Peskov"), ("unknown", "the minister")],
        [
            _attribution("a1", "s1", "said", hedges=("allegedly", "apparently")),
            _attribution("a2", "s2", "said"),
            _attribution("a3", None, "was said"),
        ],
    ),
}


@pytest.fixture(scope="module")
def hand_built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    path = tmp_path_factory.mktemp("stats") / "store.duckdb"
    with Store.open(str(path)) as store:
        items = [StoredArticle(k, f"{k}.md", k * 16, r) for k, r in HAND_BUILT.items()]
        store.write(items, run=1)
        yield store


def _group(found: list[GroupStats], *group: str) -> GroupStats:
    (match,) = (g for g in found if g.group == group)
    return match


def test_stats_by_outlet(hand_built: Store) -> None:
    found = stats(hand_built, ["outlet"])
    assert [g.group for g in found] == [("(no outlet)",), ("Reuters",), ("The Moscow Times",)]
    assert _group(found, "(no outlet)") == GroupStats(("(no outlet)",), 1, 0, None, None, 0, 0, ())
    moscow = _group(found, "The Moscow Times")
    assert (moscow.articles, moscow.attributions) == (2, 8)
    # A: a1 (through it unnamed sources are cited) and a2; B: a1, a2, a3 (a chain ending
    # in an official); not a3, a4 of A or a4 of B
    assert moscow.anonymous_share == pytest.approx(5 / 8)
    assert moscow.hedged_share == pytest.approx(1 / 8)
    assert (moscow.denials, moscow.refusals) == (1, 1)
    assert moscow.top_sources == (("Dmitry Peskov", 2), ("John Kirby", 2), ("AP", 1))
    reuters = _group(found, "Reuters")
    assert (reuters.articles, reuters.attributions) == (1, 3)
    assert reuters.anonymous_share == 0
    assert reuters.hedged_share == pytest.approx(1 / 3)
    assert reuters.top_sources == (("Dmitry Peskov", 1),)  # the unknown source is not counted


def test_stats_by_month(hand_built: Store) -> None:
    found = stats(hand_built, ["month"])
    assert [(g.group, g.articles, g.attributions) for g in found] == [
        (("(no date)",), 1, 0),
        (("2022-09",), 1, 4),
        (("2022-10",), 2, 7),
    ]
    october = _group(found, "2022-10")
    assert october.anonymous_share == pytest.approx(3 / 7)
    # Dmitry Peskov of another outlet (D) is one of the month's sources
    assert october.top_sources == (("John Kirby", 2), ("AP", 1), ("Dmitry Peskov", 1))


def test_stats_by_outlet_and_month(hand_built: Store) -> None:
    found = stats(hand_built, ["outlet", "month"])
    assert [(g.group, g.articles) for g in found] == [
        (("(no outlet)", "(no date)"), 1),
        (("Reuters", "2022-10"), 1),
        (("The Moscow Times", "2022-09"), 1),
        (("The Moscow Times", "2022-10"), 1),
    ]
    assert _group(found, "The Moscow Times", "2022-10").anonymous_share == pytest.approx(3 / 4)
    assert stats(hand_built, ["month", "outlet"])[1].group == ("2022-09", "The Moscow Times")


def test_a_person_is_counted_across_outlets(hand_built: Store) -> None:
    rows = hand_built.sql(
        "SELECT count(*), count(DISTINCT a.article) FROM attribution_view a "
        "WHERE source_key = 'person:dmitry peskov'"
    ).fetchall()
    assert rows == [(3, 2)]


@pytest.mark.parametrize("by", [[], ["outlet", "outlet"], ["outlet", "week"], ["author"]])
def test_stats_refuses_an_unknown_grouping(hand_built: Store, by: list[str]) -> None:
    with pytest.raises(GroupingError, match="cannot group by"):
        stats(hand_built, by)


def test_stats_agree_with_the_reports_they_count(news: Corpus) -> None:
    """Over analyzed articles, each outlet's counts are those of its reports."""
    for group in news.stats(by=["outlet"]):
        (outlet,) = group.group
        keys = news.sql(
            "SELECT id FROM articles WHERE coalesce(outlet, '(no outlet)') = ?", [outlet]
        ).fetchall()
        reports = [news.report(key) for (key,) in keys]
        attributions = [(r, a) for r in reports for a in r.attributions]
        assert group.articles == len(reports)
        assert group.attributions == len(attributions)
        assert group.denials == sum(a.stance == "deny" for _, a in attributions)
        assert group.refusals == sum(a.stance == "decline" for _, a in attributions)
        if attributions:
            hedged = sum(bool(a.hedges) for _, a in attributions) / len(attributions)
            anonymous = sum(_rests_on_anonymous(r, a) for r, a in attributions)
            assert group.hedged_share == pytest.approx(hedged)
            assert group.anonymous_share == pytest.approx(anonymous / len(attributions))
    moscow = _group(news.stats(by=["outlet"]), "The Moscow Times")
    assert moscow.anonymous_share is not None and moscow.anonymous_share > 0


def _rests_on_anonymous(report: Report, attribution: Attribution) -> bool:
    source = report.source(attribution.source)
    if source is not None and source.kind == "anonymous":
        return True
    return any(
        _rests_on_anonymous(report, child)
        for child in report.attributions
        if child.parent == attribution.id
    )


def test_a_full_name_with_middle_names_is_the_plain_name(tmp_path: Path) -> None:
    names = [
        "Hillary Rodham Clinton", "Hillary Clinton", "Donald J. Trump", "Donald Trump",
        "Donald Trump Jr.", "Roger J. Stone Jr.", "Roger Stone", "Joseph R. Biden Jr.",
        "Joseph Biden Jr.", "Joseph Biden", "Mary Ann Lee Smith Jones", "Mary Jones",
    ]  # fmt: skip
    report = _report(
        "Reuters",
        "2022-10-05",
        [("person", name) for name in names],
        [_attribution(f"a{i}", f"s{i}", "said") for i in range(1, len(names) + 1)],
    )
    with Store.open(str(tmp_path / "store.duckdb")) as store:
        store.write([StoredArticle("A", "A.md", "A" * 16, report)], run=1)
        found = dict(store.sql("SELECT key, identity FROM source_identities").fetchall())
    assert found["person:hillary rodham clinton"] == "person:hillary clinton"
    assert found["person:donald j trump"] == "person:donald trump"
    assert found["person:donald trump jr"] == "person:donald trump jr"
    assert found["person:roger j stone jr"] == "person:roger stone"
    assert found["person:joseph r biden jr"] == "person:joseph biden jr"
    assert found["person:mary ann lee smith jones"] == "person:mary ann lee smith jones"


def test_opening_for_writing_brings_the_views_up_to_date(tmp_path: Path) -> None:
    """Views hold no data: a store written by an earlier build gets today's views."""
    path = str(tmp_path / "s.duckdb")
    with Store.open(path) as store:
        store.connection.execute("CREATE OR REPLACE VIEW source_identities AS SELECT 1 AS old")
    with Store.open(path, read_only=True) as store:
        assert store.dicts("SELECT * FROM source_identities") == [{"old": 1}]
    with Store.open(path) as store:
        assert store.dicts("SELECT * FROM source_identities") == []
