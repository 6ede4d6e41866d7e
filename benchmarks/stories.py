"""Scale of story clustering: the cost of one ``add`` at 300, 3,000 and 30,000 articles.

    python benchmarks/stories.py [--sizes 300,3000,30000] [--shared ../shared]

The corpus is BASIL's 300 articles repeated: repetition ``r`` has its ids changed, its
dates shifted by ``r * SHIFT_DAYS`` days (so the repetitions overlap in time, as the
stories of a real archive do) and every word outside BASIL's ``KEPT_WORDS`` most frequent
ones renamed (a suffix of its own per repetition), so that a repetition's stories are new
events that share only common words with the others, not copies of them. The articles
are added to one ``StoryClusterer`` in date order; printed per size: the mean CPU
milliseconds of the ``add`` calls that brought the corpus to that size (the last 300 of
them), its ratio to the first size's, the stories so far and the B-cubed F1 against the
repetitions' gold stories. CPU time, not the wall clock: other work on a shared machine
disturbs it far less. The target (issue #23): the per-article cost stays flat.
"""

from __future__ import annotations

import argparse
import re
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from reportedly.bench.stories import GoldArticle, bcubed, read_data
from reportedly.corpus.stories import StoryClusterer
from reportedly.lang.en.stop_words import STOP_WORDS

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SIZES = "300,3000,30000"
WINDOW = 300
"""The ``add`` calls timed per size: those that brought the corpus to it."""
SHIFT_DAYS = 37
KEPT_WORDS = 500
WORD = re.compile(r"[^\W\d_]+")


def repetitions(articles: list[GoldArticle], count: int) -> Iterator[GoldArticle]:
    """``count`` articles: BASIL's, then its renamed and shifted repetitions."""
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
    """A word ending of its own per repetition: "", "qa", "qb", ..., "qba", ..."""
    if r == 0:
        return ""
    letters = ""
    while r:
        r, digit = divmod(r, 26)
        letters = "abcdefghijklmnopqrstuvwxyz"[digit] + letters
    return "q" + letters


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default=SIZES)
    parser.add_argument("--shared", type=Path, default=SHARED)
    args = parser.parse_args()
    sizes = sorted(int(size) for size in args.sizes.split(","))
    basil = read_data(args.shared / "benchmarks" / "basil")
    corpus = sorted(
        repetitions(basil, sizes[-1]),
        key=lambda a: (a.article.published is None, a.article.published, a.article.key),
    )
    clusterer = StoryClusterer()
    timings: list[float] = []
    print(f"{'articles':>9} {'ms/add':>8} {'ratio':>6} {'stories':>8} {'gold':>6} {'B3 F1':>6}")
    first: float | None = None
    for size in sizes:
        while len(timings) < size:
            article = corpus[len(timings)].article
            started = time.process_time()
            clusterer.add(article)
            timings.append(time.process_time() - started)
        window = timings[-min(WINDOW, size) :]
        cost = 1000 * sum(window) / len(window)
        first = first or cost
        added = corpus[:size]
        found = [clusterer.story_of(a.article.key) for a in added]
        gold = [a.story for a in added]
        print(
            f"{size:>9,} {cost:>8.2f} {cost / first:>6.2f} {len(set(found)):>8,} "
            f"{len(set(gold)):>6,} {bcubed(found, gold).f1:>6.3f}"
        )


if __name__ == "__main__":
    main()
