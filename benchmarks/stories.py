"""Scale of story clustering: the cost of one ``add`` at 300, 3,000 and 30,000 articles.

    python benchmarks/stories.py [--sizes 300,3000,30000] [--shared ../shared]

The corpus is BASIL's 300 articles repeated: repetition ``r`` has its ids changed, its
dates shifted by ``r * SHIFT_DAYS`` days (so the repetitions overlap in time, as the
stories of a real archive do) and every word outside BASIL's ``KEPT_WORDS`` most frequent
ones renamed (a suffix of its own per repetition, all of one length), so that a
repetition's stories are new events that share only common words with the others, not
copies of them.

Printed per size: the mean CPU milliseconds of the ``add`` calls that brought the corpus
to that size (the last 300 of them, one ``StoryClusterer`` holding the whole state and fed
the articles in date order, as ``cluster --rebuild`` does), its ratio to the first
size's, the stories so far and the B-cubed F1 against the repetitions' gold stories.
Then a day's run as ``reportedly ingest`` does it: the state of that size saved in a
store, the next 300 articles assigned with ``story_tables.assign`` (reading of the state
only what they look up, writing what they changed): its CPU milliseconds per article
(DuckDB's threads included), the ratio to the first size's, and whether it gave the
stories the one pass gives. Each ratio also per kilobyte of text ("/KB"): the 300
articles of one size are not those of another (BASIL's long and short ones mix in date
order), and reading an article costs what its text does. CPU time, not the wall clock:
other work on a shared machine disturbs it far less. The target (issue #23): the
per-article cost stays flat.
"""

from __future__ import annotations

import argparse
import gc
import re
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

from reportedly.bench.stories import GoldArticle, bcubed, read_data
from reportedly.corpus import story_tables
from reportedly.corpus.store import Store
from reportedly.corpus.stories import StoryArticle, StoryClusterer
from reportedly.lang.en.stop_words import STOP_WORDS

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SIZES = "300,3000,30000"
WINDOW = 300
"""The ``add`` calls timed per size: those that brought the corpus to it."""
SHIFT_DAYS = 37
KEPT_WORDS = 500
SUFFIX_LETTERS = 3
WORD = re.compile(r"[^\W\d_]+")


def repetitions(articles: list[GoldArticle], count: int) -> Iterator[GoldArticle]:
    """``count`` articles: BASIL's renamed, then its renamed and shifted repetitions."""
    frequency = Counter(
        word.lower()
        for a in articles
        for word in WORD.findall(f"{a.article.title} {a.article.text}")
        if word.lower() not in STOP_WORDS
    )
    kept = {word for word, _ in frequency.most_common(KEPT_WORDS)} | STOP_WORDS
    made = 0
    for r in range(count // len(articles) + 1):
        suffix = _suffix(r)

        def rename(match: re.Match[str], suffix: str = suffix) -> str:
            word = match.group()
            return word if word.lower() in kept else word + suffix

        for a in articles:
            if made == count:
                return
            published = a.article.published
            if published is not None:
                published = str(date.fromisoformat(published) + timedelta(days=r * SHIFT_DAYS))
            yield GoldArticle(
                replace(
                    a.article,
                    key=f"{a.article.key}~{r}",
                    title=WORD.sub(rename, a.article.title),
                    text=WORD.sub(rename, a.article.text),
                    published=published,
                ),
                f"{a.story}~{r}",
            )
            made += 1


def _suffix(r: int) -> str:
    """A word ending of its own per repetition, all of one length ("qaaa", "qaab", ...), so
    that every repetition is as long as the first (features cost what the text does)."""
    letters = ""
    for _ in range(SUFFIX_LETTERS):
        r, digit = divmod(r, 26)
        letters = "abcdefghijklmnopqrstuvwxyz"[digit] + letters
    return "q" + letters


@dataclass(frozen=True)
class Cost:
    """The mean CPU milliseconds and text kilobytes per article of some articles."""

    ms: float
    kb: float

    def ratio(self, first: Cost) -> tuple[float, float]:
        """Its ratio to ``first``'s: per article, and per kilobyte of text."""
        return self.ms / first.ms, (self.ms / self.kb) / (first.ms / first.kb)


@dataclass(frozen=True)
class Measured:
    """One size's figures: the cost of the ``add`` calls that brought the corpus to it,
    stories found and gold, B-cubed F1, the cost of the day's run after it and the
    stories that run gave the day's articles."""

    size: int
    adds: Cost
    stories: int
    gold: int
    f1: float
    run: Cost
    day: dict[str, int]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default=SIZES)
    parser.add_argument("--shared", type=Path, default=SHARED)
    args = parser.parse_args()
    sizes = sorted(int(size) for size in args.sizes.split(","))
    basil = read_data(args.shared / "benchmarks" / "basil")
    corpus = sorted(
        repetitions(basil, sizes[-1] + WINDOW),
        key=lambda a: (a.article.published is None, a.article.published, a.article.key),
    )
    articles = [a.article for a in corpus]
    clusterer = StoryClusterer()
    timings: list[float] = []
    rows: list[Measured] = []
    for size in sizes:
        while len(timings) < size:
            started = time.process_time()
            clusterer.add(articles[len(timings)])
            timings.append(time.process_time() - started)
        added = max(0, size - WINDOW)
        adds = Cost(1000 * sum(timings[added:]) / (size - added), _kb(articles[added:size]))
        found = [clusterer.story_of(a.key) for a in articles[:size]]
        gold = [a.story for a in corpus[:size]]
        f1 = bcubed(found, gold).f1
        run, day = _day(clusterer, articles[size : size + WINDOW])
        rows.append(Measured(size, adds, len(set(found)), len(set(gold)), f1, run, day))
    for article in articles[len(timings) :]:
        clusterer.add(article)
    _print(rows, clusterer)


def _kb(articles: list[StoryArticle]) -> float:
    return sum(len(a.title) + len(a.text) for a in articles) / 1000 / len(articles)


def _day(clusterer: StoryClusterer, day: list[StoryArticle]) -> tuple[Cost, dict[str, int]]:
    """A day's run on a new store holding the clusterer's state: its cost, and the
    stories it gave the day's articles. The process's objects (the whole state in
    memory) are frozen meanwhile: a day's run holds none of them, and the collector would
    walk them all."""
    with tempfile.TemporaryDirectory() as folder:
        with Store.open(f"{folder}/s.duckdb") as store:
            story_tables.save(store, clusterer)
        gc.freeze()
        with Store.open(f"{folder}/s.duckdb") as store:  # as a day's ingest finds it
            started = time.process_time()
            story_tables.assign(store, day)
            seconds = time.process_time() - started
            stored = store.connection.execute("SELECT article, story FROM story_articles")
            stories = dict(stored.fetchall())
        gc.unfreeze()
    return Cost(1000 * seconds / len(day), _kb(day)), {a.key: stories[a.key] for a in day}


def _print(rows: list[Measured], clusterer: StoryClusterer) -> None:
    """The table; ``same``: the day's run gave the stories one pass gives."""
    print(
        f"{'articles':>9} {'ms/add':>7} {'KB':>5} {'ratio (/KB)':>11} {'stories':>8} "
        f"{'gold':>7} {'B3 F1':>6} {'run ms':>7} {'KB':>5} {'ratio (/KB)':>11} {'same':>5}"
    )
    for m in rows:
        same = all(clusterer.story_of(key) == story for key, story in m.day.items())
        adds, run = m.adds.ratio(rows[0].adds), m.run.ratio(rows[0].run)
        print(
            f"{m.size:>9,} {m.adds.ms:>7.2f} {m.adds.kb:>5.1f} {adds[0]:>4.2f} ({adds[1]:.2f}) "
            f"{m.stories:>8,} {m.gold:>7,} {m.f1:>6.3f} {m.run.ms:>7.2f} {m.run.kb:>5.1f} "
            f"{run[0]:>4.2f} ({run[1]:.2f}) {'yes' if same else 'NO':>5}"
        )


if __name__ == "__main__":
    main()
