"""Story clustering on hand-written articles: same event together, same topic apart,
copies, undated articles, the state kept in a store and read in part run after run,
rebuild against incremental adds."""

from __future__ import annotations

import itertools
import random
import tempfile
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from corpus_inputs import sorted_rows, story_state
from hypothesis import given, settings
from hypothesis import strategies as st

from reportedly.corpus import story_tables
from reportedly.corpus.store import Store
from reportedly.corpus.stories import (
    CANDIDATES,
    Assignment,
    StoryArticle,
    StoryClusterer,
    containment,
    features,
)

# Two fires on the same day in two cities: one story each, two outlets per story.
FIRES = [
    StoryArticle(
        "fire-springfield-a",
        "Fire destroys Springfield furniture warehouse",
        "A fire destroyed a furniture warehouse in Springfield on Tuesday night, sending a "
        "column of black smoke over the riverside district, officials said.\n\n"
        "Springfield Fire Chief Dana Whitlock said crews from six stations fought the blaze "
        "for five hours before bringing it under control. Two firefighters were treated for "
        "heat exhaustion. The warehouse, owned by Harlan Furniture, stored mattresses and "
        "sofas.\n\nInvestigators have not determined the cause. Residents of Mill Street "
        "were told to keep their windows closed.",
        "2021-06-08",
        "Daily Ledger",
    ),
    StoryArticle(
        "fire-springfield-b",
        "Blaze guts Harlan Furniture depot in Springfield",
        "Flames tore through the Harlan Furniture depot in Springfield late Tuesday, and "
        "Fire Chief Dana Whitlock said the building was a total loss.\n\n"
        "Whitlock told reporters that six stations sent crews and that two firefighters "
        "needed treatment for heat exhaustion. Neighbors on Mill Street described explosions "
        "as the mattresses inside caught fire.\n\nThe cause of the fire is under "
        "investigation, the chief said.",
        "2021-06-09",
        "Valley Courier",
    ),
    StoryArticle(
        "fire-portland-a",
        "Three-alarm fire levels Portland paper warehouse",
        "Portland firefighters battled a three-alarm blaze at a paper warehouse near the "
        "harbor on Tuesday night, and the building collapsed shortly before midnight.\n\n"
        "Fire Marshal Owen Brandt said crews from four stations spent three hours on the "
        "fire, which started in a loading bay. One firefighter sprained an ankle. The "
        "warehouse belonged to Casco Paper Supply and held rolls of newsprint.\n\n"
        "Brandt said faulty wiring was suspected. Fore Street stayed closed on Wednesday.",
        "2021-06-08",
        "Daily Ledger",
    ),
    StoryArticle(
        "fire-portland-b",
        "Casco Paper Supply building burns in Portland",
        "Flames swept through the Casco Paper Supply building in Portland late Tuesday, "
        "and Fire Marshal Owen Brandt said faulty wiring was the likely cause.\n\n"
        "Brandt said four stations sent crews and that one firefighter sprained an ankle. "
        "Neighbors on Fore Street said the rolls of newsprint burned for hours near the "
        "harbor.\n\nThe marshal said the investigation would continue.",
        "2021-06-09",
        "Harbor Times",
    ),
]

# Two takeovers by one company in the same week: one story each.
TAKEOVERS = [
    StoryArticle(
        "takeover-lumen-a",
        "Northwind to buy chipmaker Lumen Devices for $2 billion",
        "Northwind Holdings agreed on Monday to buy Lumen Devices, a maker of power chips "
        "for electric cars, for $2 billion in cash, the companies said.\n\n"
        "Lumen chief executive Priya Natarajan will join Northwind's board. The deal needs "
        "approval from regulators in Europe and is expected to close next spring.\n\n"
        "Lumen's shares rose 18 percent on the news.",
        "2022-03-14",
        "Market Wire",
    ),
    StoryArticle(
        "takeover-lumen-b",
        "Lumen Devices shares jump on Northwind deal",
        "Shares of Lumen Devices jumped 18 percent after Northwind Holdings said it would "
        "acquire the power chip maker for $2 billion.\n\nPriya Natarajan, Lumen's chief "
        "executive, said the electric car chips would reach more customers under Northwind. "
        "European regulators must approve the purchase, which should close in the spring.",
        "2022-03-15",
        "Finance Daily",
    ),
    StoryArticle(
        "takeover-orchard-a",
        "Northwind to buy software firm Orchard Analytics",
        "Northwind Holdings agreed on Thursday to buy Orchard Analytics, a maker of "
        "accounting software for hospitals, for $400 million, the companies said.\n\n"
        "Orchard founder Tomas Reyes will stay on to run the unit. The deal, paid in "
        "Northwind stock, is expected to close by the summer after a shareholder vote.\n\n"
        "Orchard's shares rose 9 percent.",
        "2022-03-17",
        "Market Wire",
    ),
    StoryArticle(
        "takeover-orchard-b",
        "Orchard Analytics agrees to Northwind stock deal",
        "Orchard Analytics, whose software keeps the books of hundreds of hospitals, said "
        "it would be acquired by Northwind Holdings in a $400 million stock deal.\n\n"
        "Founder Tomas Reyes said he would keep running the business. Orchard shareholders "
        "will vote on the deal, which should close by summer; the shares rose 9 percent.",
        "2022-03-18",
        "Finance Daily",
    ),
]

WIRE = StoryArticle(
    "wire-original",
    "Storm cuts power to 40,000 homes in Halden County",
    "A spring storm with winds of up to 70 miles an hour cut power to about 40,000 homes in "
    "Halden County on Sunday, the county emergency office said.\n\n"
    "Crews from Halden Electric worked through the night to restore lines brought down by "
    "falling trees, and the utility said most customers would have power back by Tuesday. "
    "Schools in Brookfield and Easton will stay closed on Monday.\n\n"
    "The storm also flooded parts of Route 9 near the Easton reservoir, where two drivers "
    "were rescued from their cars by firefighters. No serious injuries were reported.",
    "2023-04-16",
    "Wire Service",
)


def _copy(key: str, title: str, intro: str, keep: int, published: str | None) -> StoryArticle:
    """A republication of ``WIRE``: its own headline and first line, the first ``keep``
    paragraphs of the wire story."""
    paragraphs = WIRE.text.split("\n\n")[:keep]
    return StoryArticle(key, title, "\n\n".join([intro, *paragraphs]), published, "Local Paper")


def _stories(clusterer: StoryClusterer, articles: list[StoryArticle]) -> set[frozenset[str]]:
    """The grouping of the articles' keys (story ids left out)."""
    groups: dict[int, set[str]] = {}
    for article in articles:
        groups.setdefault(clusterer.story_of(article.key), set()).add(article.key)
    return {frozenset(group) for group in groups.values()}


def _expected(articles: list[StoryArticle]) -> set[frozenset[str]]:
    """The groups the keys name: the key up to its last ``-``."""
    groups: dict[str, set[str]] = {}
    for article in articles:
        groups.setdefault(article.key.rsplit("-", 1)[0], set()).add(article.key)
    return {frozenset(group) for group in groups.values()}


@pytest.mark.parametrize("articles", [FIRES, TAKEOVERS], ids=["fires", "takeovers"])
@pytest.mark.parametrize("dated", [True, False], ids=["dated", "undated"])
def test_same_topic_different_events_stay_apart(articles: list[StoryArticle], dated: bool) -> None:
    if not dated:
        articles = [replace(a, published=None) for a in articles]
    clusterer = StoryClusterer.rebuild(articles)
    assert _stories(clusterer, articles) == _expected(articles)


def test_every_hand_written_story_at_once() -> None:
    articles = [*FIRES, *TAKEOVERS, WIRE]
    clusterer = StoryClusterer.rebuild(articles)
    assert _stories(clusterer, articles) == _expected(articles)


def test_a_copy_joins_its_original_whatever_its_date() -> None:
    clusterer = StoryClusterer()
    clusterer.add(WIRE)
    for article in FIRES:
        clusterer.add(article)
    trimmed = _copy(
        "copy-trimmed",
        "Halden County storm leaves thousands in the dark",
        "Here is what our readers need to know this morning.",
        2,
        "2023-07-30",
    )
    story = clusterer.add(trimmed)
    assert story == clusterer.story_of(WIRE.key)
    (assignment,) = [a for a in clusterer.assignments() if a.article == trimmed.key]
    assert (assignment.via, assignment.copy_of) == ("copy", WIRE.key)
    assert assignment.score >= clusterer.settings.copy_containment


def test_a_copy_of_a_copy_points_to_the_earliest() -> None:
    clusterer = StoryClusterer()
    clusterer.add(WIRE)
    clusterer.add(_copy("copy-1", "Storm hits Halden", "From the wire.", 3, "2023-04-16"))
    clusterer.add(_copy("copy-2", "Storm outage", "Updated.", 3, None))
    copy_of = {a.article: a.copy_of for a in clusterer.assignments()}
    assert copy_of == {WIRE.key: None, "copy-1": WIRE.key, "copy-2": WIRE.key}


def test_different_events_are_not_copies() -> None:
    first, second = (features(article) for article in FIRES[0::2])
    assert containment(first, second) < 0.5
    assert containment(features(WIRE), features(WIRE)) == 1.0


def test_undated_articles_join_dated_stories() -> None:
    articles = [
        FIRES[0],
        replace(FIRES[1], published=None),
        FIRES[2],
        replace(FIRES[3], published=None),
    ]
    clusterer = StoryClusterer.rebuild(articles)
    assert _stories(clusterer, articles) == _expected(articles)


def test_a_date_far_from_the_story_starts_another() -> None:
    later = replace(FIRES[1], key="fire-springfield-later", published="2021-09-20")
    clusterer = StoryClusterer.rebuild([FIRES[0], later])
    assert clusterer.story_of(FIRES[0].key) != clusterer.story_of(later.key)


def test_adding_a_key_again_keeps_its_story() -> None:
    clusterer = StoryClusterer()
    story = clusterer.add(FIRES[0])
    assert clusterer.add(replace(FIRES[2], key=FIRES[0].key)) == story
    assert len(clusterer.stories) == 1
    assert len(clusterer.assignments()) == 1


RESUMED = [*FIRES, *TAKEOVERS, WIRE, _copy("copy-x", "Storm", "Wire.", 2, None)]


def _whole(articles: list[StoryArticle]) -> StoryClusterer:
    clusterer = StoryClusterer()
    for article in articles:
        clusterer.add(article)
    return clusterer


def _assign_in_runs(path: Path, runs: list[list[StoryArticle]]) -> tuple[list[Assignment], Any]:
    """A store's assignments and state after one ``assign`` per run (a fresh store)."""
    with Store.open(str(path)) as store:
        for run in runs:
            story_tables.assign(store, run)
        rows = store.connection.execute(
            "SELECT article, story, via, score, copy_of FROM story_articles ORDER BY position"
        ).fetchall()
        return [Assignment(*row) for row in rows], story_state(store)


def test_a_store_resumed_run_after_run_gives_the_stories_and_state_of_one_pass(
    tmp_path: Path,
) -> None:
    whole = _whole(RESUMED)
    runs = [RESUMED[:5], RESUMED[5:-1], RESUMED[-1:]]  # the copy alone, after its original
    assignments, state = _assign_in_runs(tmp_path / "s.duckdb", runs)
    assert assignments == whole.assignments()
    assert state == sorted_rows(whole.dump())
    assert assignments[-1].via == "copy"  # found through the stored bands


@settings(max_examples=15, deadline=None)
@given(
    order=st.permutations(RESUMED),
    cuts=st.sets(st.integers(1, len(RESUMED) - 1), max_size=4),
    batch=st.integers(1, 6),
)
def test_any_runs_and_batches_give_the_stories_of_one_pass(
    order: list[StoryArticle], cuts: set[int], batch: int
) -> None:
    bounds = [0, *sorted(cuts), len(order)]
    runs = [order[a:b] for a, b in itertools.pairwise(bounds)]
    with tempfile.TemporaryDirectory() as folder, pytest.MonkeyPatch.context() as patch:
        patch.setattr(story_tables, "FETCH_ROWS", batch)
        assignments, state = _assign_in_runs(Path(folder) / "s.duckdb", runs)
    whole = _whole(order)
    assert assignments == whole.assignments()
    assert state == sorted_rows(whole.dump())


def test_a_run_reads_only_the_state_its_articles_look_up(tmp_path: Path) -> None:
    read: list[StoryClusterer] = []
    save_changes = story_tables.save_changes

    def kept(store: Store, clusterer: StoryClusterer) -> None:
        read.append(clusterer)
        save_changes(store, clusterer)

    with Store.open(str(tmp_path / "s.duckdb")) as store, pytest.MonkeyPatch.context() as patch:
        patch.setattr(story_tables, "save_changes", kept)
        story_tables.assign(store, [*FIRES[:-1], *TAKEOVERS])
        story_tables.assign(store, [FIRES[-1]])
    first, day = read
    assert day.article_count == len(FIRES) + len(TAKEOVERS)
    assert set(day.seen) == {FIRES[-1].key}  # no stored article shares its copy buckets
    fires = {first.story_of(a.key) for a in FIRES[:-1]}
    assert day.story_of(FIRES[-1].key) in fires
    assert set(day.stories) <= fires  # the takeovers' stories were never read


def test_a_partial_state_cannot_be_dumped(tmp_path: Path) -> None:
    with (
        Store.open(str(tmp_path / "s.duckdb")) as store,
        pytest.raises(ValueError, match="part of the state"),
    ):
        StoryClusterer(source=story_tables.StoreState(store)).dump()


def test_rebuild_equals_incremental_adds_in_date_order() -> None:
    articles = [*FIRES, *TAKEOVERS, WIRE, replace(FIRES[3], key="fire-portland-c", published=None)]
    incremental = StoryClusterer()
    for article in sorted(articles, key=lambda a: (a.published is None, a.published, a.key)):
        incremental.add(article)
    shuffled = list(articles)
    random.Random(7).shuffle(shuffled)
    assert StoryClusterer.rebuild(shuffled).assignments() == incremental.assignments()


def test_at_most_candidates_stories_are_scored() -> None:
    clusterer = StoryClusterer()
    for number in range(3 * CANDIDATES):
        clusterer.add(replace(FIRES[0], key=f"k{number}", text=f"{FIRES[0].text} Item {number}."))
    found = features(FIRES[0])
    assert len(clusterer._candidate_ids(found, clusterer._weights(found.terms))) <= CANDIDATES


def test_names_come_from_capitalized_runs_in_the_lead() -> None:
    found = features(
        StoryArticle(
            "n",
            "Sestak says White House offered him a job",
            "Rep. Joe Sestak said on Friday that the White House had offered him a post. "
            "The State Department declined to comment, and Clinton said nothing.",
        )
    )
    assert {"joe sestak", "white house", "state department", "clinton"} <= found.names
    assert "the" not in found.names and "rep" not in found.names


def test_a_story_without_rows_of_lists_is_read_with_empty_lists(tmp_path: Path) -> None:
    """Stores migrated from version 2 to 3 before the migration kept empty lists have no
    row for a story whose list was empty."""
    with Store.open(str(tmp_path / "s.duckdb")) as store:
        story_tables.assign(store, FIRES[:2])
        store.connection.execute("DELETE FROM story_headlines")
        stories = list(story_tables.StoreState(store).stories([0]))
    assert [story.headlines for story in stories] == [Counter()]
    assert stories[0].centroid
