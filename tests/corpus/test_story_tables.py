"""Stories in the store: ingest assigns new articles to stories, a later ingest adds to
them without recomputing, ``--rebuild`` gives what one pass gives, copies are listed, and
``reportedly stories`` writes its documented JSON Lines shape."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from corpus_inputs import sorted_rows, story_state, write_jsonl
from spacy.language import Language

from reportedly.cli import main
from reportedly.corpus import Corpus, story_tables
from reportedly.corpus.store import Store
from reportedly.corpus.stories import StoryArticle, StoryClusterer
from reportedly.corpus.story_tables import StoryRecord

FIXTURE = Path(__file__).parent.parent / "resources" / "stories" / "basil" / "articles"
STORY_KEYS = {
    "id": int,
    "title": str,
    "articles": list,
    "first_published": str,
    "last_published": str,
    "outlets": list,
    "copies": list,
}


@pytest.fixture(autouse=True)
def _loaded(pipeline: Language) -> None:
    """The rules' pipeline is loaded once for the session."""


def grouping(corpus: Corpus) -> set[frozenset[str]]:
    return {frozenset(story.articles) for story in corpus.stories()}


def gold(folder: Path) -> set[frozenset[str]]:
    """The fixture's stories: BASIL names each file ``<story>_<n>.json``."""
    stories: dict[str, set[str]] = {}
    for path in folder.rglob("*.json"):
        record = json.loads(path.read_text(encoding="utf-8"))
        stories.setdefault(record["triplet-uuid"], set()).add(record["uuid"])
    return {frozenset(articles) for articles in stories.values()}


def test_ingest_puts_articles_into_their_stories(tmp_path: Path) -> None:
    with Corpus(str(tmp_path / "s.duckdb")) as corpus:
        corpus.ingest([str(FIXTURE)], workers=1, mode="rules")
        assert grouping(corpus) == gold(FIXTURE)
        assert corpus.cluster() == 0  # nothing new to assign


def _halves(tmp_path: Path) -> tuple[Path, Path, int]:
    """The fixture's articles in two folders: its first two files, then the rest."""
    first, second = tmp_path / "first", tmp_path / "second"
    files = sorted(FIXTURE.rglob("*.json"))
    for folder, part in ((first, files[:2]), (second, files[2:])):
        folder.mkdir()
        for path in part:
            shutil.copy(path, folder / path.name)
    return first, second, len(files)


def test_a_later_ingest_adds_to_the_stories_and_rebuild_agrees(tmp_path: Path) -> None:
    first, second, files = _halves(tmp_path)
    with Corpus(str(tmp_path / "s.duckdb")) as corpus:
        corpus.ingest([str(first)], workers=1, mode="rules")
        before = {story.id: story.articles for story in corpus.stories()}
        corpus.ingest([str(second)], workers=1, mode="rules")
        after = {story.id: story.articles for story in corpus.stories()}
        assert all(set(articles) <= set(after[story]) for story, articles in before.items())
        incremental = grouping(corpus)
        assert corpus.cluster(rebuild=True) == files
        assert grouping(corpus) == incremental == gold(FIXTURE)


def test_a_later_cluster_writes_what_it_changed_and_the_store_holds_the_whole_state(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second, files = _halves(tmp_path)
    written: list[StoryClusterer] = []
    save_changes = story_tables.save_changes

    def kept(store: Store, clusterer: StoryClusterer) -> None:
        written.append(clusterer)
        save_changes(store, clusterer)

    monkeypatch.setattr(story_tables, "save_changes", kept)
    with Corpus(str(tmp_path / "s.duckdb")) as corpus:
        corpus.ingest([str(first)], workers=1, mode="rules")
        corpus.ingest([str(second)], workers=1, mode="rules")
        stored = story_state(corpus.store)
        order = corpus.sql("SELECT article FROM story_articles ORDER BY position").fetchall()
        whole = StoryClusterer()
        for (key,) in order:
            a = corpus.report(key).article
            whole.add(StoryArticle(key, a.title or "", a.text, a.published, a.outlet))
    assert len(written) == 2  # each ingest wrote its changes, not the whole state
    later = written[-1]
    assert 0 < len(later.changes.articles) < later.article_count == files
    assert stored == sorted_rows(whole.dump())


WIRE = (
    "Floodwaters rose across the river valley on Tuesday as heavy rain fell for a third "
    "day, forcing hundreds of families from their homes, officials said. The regional "
    "governor said emergency crews had rescued 140 people from rooftops and cars overnight "
    "and that the dam upstream was holding. Forecasters expected the river to crest on "
    "Thursday, two metres above its banks, before the rain eased over the weekend. Schools "
    "in six towns were closed and the main highway was cut in two places, the transport "
    "ministry said, urging drivers to stay away from the valley until the water receded."
)


def _stories_of(tmp_path: Path, articles: list[dict[str, str]]) -> list[StoryRecord]:
    """The stories of these articles ingested into a new store."""
    path = write_jsonl(tmp_path / "in.jsonl", articles)
    with Corpus(str(tmp_path / "s.duckdb")) as corpus:
        corpus.ingest([str(path)], workers=1, mode="rules")
        return corpus.stories()


def test_a_republished_copy_is_listed_with_its_original(tmp_path: Path) -> None:
    """A wire story republished under a new headline with a line of its own on top."""
    articles = [
        {
            "id": "wire-1",
            "title": "Floods force hundreds from homes",
            "text": WIRE,
            "outlet": "Reuters",
            "published": "2024-05-07",
        },
        {
            "id": "paper-1",
            "title": "Valley flooding: what we know",
            "text": "Republished from Reuters.\n\n" + WIRE,
            "outlet": "Daily Post",
            "published": "2024-05-08",
        },
    ]
    [story] = _stories_of(tmp_path, articles)
    assert story.articles == ("wire-1", "paper-1")
    assert story.copies == (("paper-1", "wire-1"),)


def test_a_storys_articles_are_listed_as_published_within_a_day(tmp_path: Path) -> None:
    """The wire at 9:00 before its reprint at 15:00, though the reprint's id sorts first."""
    articles = [
        {"id": "a-paper", "title": "Floods", "text": WIRE, "outlet": "Daily Post",
         "published": "2024-05-07T15:00:00+00:00"},
        {"id": "z-wire", "title": "Floods", "text": WIRE, "outlet": "Reuters",
         "published": "2024-05-07T09:00:00+00:00"},
    ]  # fmt: skip
    [story] = _stories_of(tmp_path, articles)
    assert story.articles == ("z-wire", "a-paper")
    assert story.copies == (("a-paper", "z-wire"),)


def test_stories_json_lines_follow_the_documented_shape(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "s.duckdb")
    assert main(["ingest", str(FIXTURE), "--db", db, "--mode", "rules", "--workers", "1"]) == 0
    capsys.readouterr()
    assert main(["stories", "--db", db, "--format", "jsonl"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(lines) == len(gold(FIXTURE))
    for story in lines:
        assert set(story) == set(STORY_KEYS)
        assert all(isinstance(story[key], kind) for key, kind in STORY_KEYS.items())
        assert story["first_published"] <= story["last_published"]
    published = [story["first_published"] for story in lines]
    assert published == sorted(published)
    assert main(["cluster", "--db", db]) == 0
    assert "0 articles assigned" in capsys.readouterr().out
