"""Story clustering benchmark: stories found against gold stories.

``reportedly bench stories --data PATH [--until YEAR] [--no-baseline] [--verbose]`` (or
``python -m reportedly.bench.stories``) reads a set of articles with their gold story,
feeds them to ``corpus.stories.StoryClusterer`` in publication order (undated last) and
scores the stories it finds.

Input
-----
``PATH`` is either

- a folder in BASIL's layout (``articles/<year>/<triplet>_<n>.json``, or that
  ``articles`` folder itself): each file one article, ``triplet-uuid`` its gold story,
  with ``title``, ``body-paragraphs`` (lists of sentences), ``date``, ``source``, ``url``;
  BASIL's ``main-event`` and ``main-entities`` are annotations and are not read;
- or a JSON Lines file, one article a line: ``id``, ``story`` (the gold), ``title``,
  ``text`` (or ``body-paragraphs``), ``published`` (or ``date``), ``outlet`` (or
  ``source``).

Figures
-------
- **B-cubed** P/R/F1: per article, the share of its found story that is in its gold
  story (P) and of its gold story that is in its found story (R), averaged over articles.
- **pairwise** P/R/F1: pairs of articles put together, against pairs the gold puts
  together.
- stories found against gold stories, and articles per second of the clustering (the
  reading of the files left out).

Rows: the whole set; with ``--until YEAR`` (default 2014, the year up to which BASIL set
the clusterer's settings) the articles published up to that year and those after it,
each clustered on its own, so the held-out half shows what the calibration did not see;
the whole set with every date removed (dates help, never required); and, unless
``--no-baseline``, a plain TF-IDF cosine with average linkage at its best threshold,
chosen on the gold (so its figure flatters it). ``--verbose`` lists the articles whose
found story differs from their gold story's main found story.
"""

from __future__ import annotations

import argparse
import heapq
import json
import math
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from reportedly import ingest
from reportedly.bench import standalone
from reportedly.corpus.stories import (
    DEFAULT_SETTINGS,
    Settings,
    StoryArticle,
    StoryClusterer,
    features,
)
from reportedly.errors import BenchmarkDataError, InputError
from reportedly.model import Article

CALIBRATED_UNTIL = 2014
"""The last year of the BASIL articles that set ``corpus.stories.DEFAULT_SETTINGS``."""
BASELINE_THRESHOLDS = tuple(round(0.02 * step, 2) for step in range(1, 31))
"""The cosine thresholds the baseline is tried at (its best is reported)."""
BASELINE_LIMIT = 5_000
"""Above this many articles the quadratic baseline is skipped."""
TABLE_WIDTH = 120
"""The table's width when the output is not a terminal."""


@dataclass(frozen=True, slots=True)
class GoldArticle:
    """One benchmark article and its gold story."""

    article: StoryArticle
    story: str


@dataclass(frozen=True, slots=True)
class Scores:
    """Precision, recall and F1."""

    p: float
    r: float
    f1: float

    @classmethod
    def of(cls, p: float, r: float) -> Scores:
        return cls(p, r, 2 * p * r / (p + r) if p + r else 0.0)


@dataclass(frozen=True, slots=True)
class Result:
    """One clustering of a set scored: B-cubed, pairwise, stories found and gold."""

    name: str
    articles: int
    bcubed: Scores
    pairwise: Scores
    found: int
    gold: int
    seconds: float | None = None

    @property
    def rate(self) -> float | None:
        return self.articles / self.seconds if self.seconds else None


# -- reading ---------------------------------------------------------------------------------


def read_data(path: Path) -> list[GoldArticle]:
    """The articles of a BASIL-layout folder or a JSON Lines file, read as ``reportedly
    ingest`` reads them; raises ``BenchmarkDataError``."""
    if path.is_file():
        return read_jsonl(path)
    folder = path / "articles" if (path / "articles").is_dir() else path
    if not folder.is_dir():
        raise BenchmarkDataError(f"{path}: no such file or directory")
    files = sorted(folder.glob("*/*.json")) or sorted(folder.glob("*.json"))
    if not files:
        raise BenchmarkDataError(f"{folder}: no article files (<year>/*.json)")
    stories = [_story(_read_json(file), str(file)) for file in files]
    return [
        _gold_article(_read_articles(file)[0], file.stem, story)
        for file, story in zip(files, stories, strict=True)
    ]


def read_jsonl(path: Path) -> list[GoldArticle]:
    """The articles of a JSON Lines file, one a line (blank lines skipped)."""
    records: list[tuple[str, str]] = []
    for number, line in enumerate(_read_text(path).split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as problem:
            raise BenchmarkDataError(f"{path}:{number}: not valid JSON ({problem})") from None
        if not isinstance(record, dict) or "id" not in record:
            raise BenchmarkDataError(f"{path}:{number}: expected an object with 'id'")
        records.append((str(record["id"]), _story(record, f"{path}:{number}")))
    if not records:
        raise BenchmarkDataError(f"{path}: no articles")
    articles = _read_articles(path)  # a line each, in order: a bad one raised above or here
    return [
        _gold_article(article, key, story)
        for (key, story), article in zip(records, articles, strict=True)
    ]


def _read_articles(path: Path) -> list[Article]:
    try:
        return ingest.read_path(str(path))
    except InputError as problem:
        raise BenchmarkDataError(str(problem)) from None


def _story(record: dict[str, Any], where: str) -> str:
    story = record.get("story", record.get("triplet-uuid"))
    if story is None:
        raise BenchmarkDataError(f"{where}: no gold story ('story' or 'triplet-uuid')")
    return str(story)


def _gold_article(article: Article, key: str, story: str) -> GoldArticle:
    """The article, keyed by ``key`` (BASIL's file name: some of its ids are repeated),
    in its gold story."""
    found = StoryArticle(
        key=key,
        title=article.title or "",
        text=article.text,
        published=article.published,
        outlet=article.outlet,
    )
    return GoldArticle(found, story)


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(_read_text(path))
    except json.JSONDecodeError as problem:
        raise BenchmarkDataError(f"{path}: not valid JSON ({problem})") from None
    if not isinstance(data, dict):
        raise BenchmarkDataError(f"{path}: expected an object")
    return data


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as problem:
        reason = problem.strerror or type(problem).__name__
        raise BenchmarkDataError(f"{path}: cannot be read ({reason})") from None


# -- scoring ---------------------------------------------------------------------------------


def bcubed(found: Sequence[Hashable], gold: Sequence[Hashable]) -> Scores:
    """B-cubed precision, recall and F1 of a clustering (one label per article)."""
    if not gold:
        return Scores(0.0, 0.0, 0.0)
    both = Counter(zip(found, gold, strict=True))
    found_sizes, gold_sizes = Counter(found), Counter(gold)
    p = sum(n * n / found_sizes[f] for (f, _), n in both.items()) / len(gold)
    r = sum(n * n / gold_sizes[g] for (_, g), n in both.items()) / len(gold)
    return Scores.of(p, r)


def pairwise(found: Sequence[Hashable], gold: Sequence[Hashable]) -> Scores:
    """Pairwise precision, recall and F1: pairs put together against gold pairs (a
    share of no pairs is 1)."""

    def pairs(sizes: Iterable[int]) -> int:
        return sum(n * (n - 1) // 2 for n in sizes)

    together = pairs(Counter(zip(found, gold, strict=True)).values())
    found_pairs, gold_pairs = pairs(Counter(found).values()), pairs(Counter(gold).values())
    return Scores.of(
        together / found_pairs if found_pairs else 1.0,
        together / gold_pairs if gold_pairs else 1.0,
    )


def score(
    name: str, found: Sequence[Hashable], gold: Sequence[Hashable], seconds: float | None
) -> Result:
    return Result(
        name,
        len(gold),
        bcubed(found, gold),
        pairwise(found, gold),
        len(set(found)),
        len(set(gold)),
        seconds,
    )


def cluster(
    articles: Sequence[GoldArticle], settings: Settings = DEFAULT_SETTINGS
) -> tuple[list[int], float]:
    """Each article's found story (in the order given) and the seconds it took."""
    started = time.perf_counter()
    clusterer = StoryClusterer.rebuild((a.article for a in articles), settings=settings)
    seconds = time.perf_counter() - started
    return [clusterer.story_of(a.article.key) for a in articles], seconds


def evaluate(
    name: str, articles: Sequence[GoldArticle], settings: Settings = DEFAULT_SETTINGS
) -> Result:
    found, seconds = cluster(articles, settings)
    return score(name, found, [a.story for a in articles], seconds)


def year_of(article: GoldArticle) -> int | None:
    published = article.article.published
    return int(published[:4]) if published and published[:4].isdigit() else None


# -- the baseline ----------------------------------------------------------------------------


def baseline(articles: Sequence[GoldArticle]) -> tuple[float, Result]:
    """Plain TF-IDF cosine (every word of the title and text alike) with average
    linkage, at the threshold of ``BASELINE_THRESHOLDS`` that scores best on the gold."""
    vectors = _tfidf(articles)
    merges = average_linkage(vectors, min(BASELINE_THRESHOLDS))
    gold = [a.story for a in articles]
    results = [
        (threshold, score(f"baseline @ {threshold:.2f}", labels, gold, None))
        for threshold in BASELINE_THRESHOLDS
        for labels in [_cut(len(articles), merges, threshold)]
    ]
    return max(results, key=lambda item: item[1].bcubed.f1)


def _tfidf(articles: Sequence[GoldArticle]) -> list[dict[str, float]]:
    plain = replace(DEFAULT_SETTINGS, title_weight=1.0, lead_weight=1.0)
    counts = [features(a.article, plain).terms for a in articles]
    frequency = Counter(term for terms in counts for term in terms)
    vectors = []
    for terms in counts:
        weighted = {
            t: tf * (math.log((1 + len(counts)) / (1 + frequency[t])) + 1)
            for t, tf in terms.items()
        }
        norm = math.sqrt(sum(w * w for w in weighted.values())) or 1.0
        vectors.append({t: w / norm for t, w in weighted.items()})
    return vectors


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(t, 0.0) for t, w in a.items())


def average_linkage(
    vectors: Sequence[dict[str, float]], lowest: float
) -> list[tuple[float, int, int]]:
    """The merges of average-linkage clustering down to similarity ``lowest``: (the
    similarity, cluster kept, cluster merged into it), in order."""
    count = len(vectors)
    sums: dict[int, dict[int, float]] = defaultdict(dict)
    for i in range(count):
        for j in range(i + 1, count):
            similarity = _cosine(vectors[i], vectors[j])
            sums[i][j] = sums[j][i] = similarity
    sizes = dict.fromkeys(range(count), 1)
    version = dict.fromkeys(range(count), 0)
    heap = [(-s, i, j, 0, 0) for i in range(count) for j, s in sums[i].items() if i < j]
    heapq.heapify(heap)
    merges: list[tuple[float, int, int]] = []
    while heap:
        negative, i, j, vi, vj = heapq.heappop(heap)
        if i not in sizes or j not in sizes or version[i] != vi or version[j] != vj:
            continue
        if -negative < lowest:
            break
        merges.append((-negative, i, j))
        for k, s in sums.pop(j).items():
            if k != i:
                sums[i][k] = sums[k][i] = sums[i].get(k, 0.0) + s
                del sums[k][j]
        sums[i].pop(j, None)
        sizes[i] += sizes.pop(j)
        version[i] += 1
        for k, s in sums[i].items():
            heapq.heappush(heap, (-s / (sizes[i] * sizes[k]), i, k, version[i], version[k]))
    return merges


def _cut(count: int, merges: Sequence[tuple[float, int, int]], threshold: float) -> list[int]:
    """Cluster labels after the merges at or above ``threshold`` (average linkage merges
    in falling order, so these are the first ones)."""
    parent = list(range(count))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for similarity, i, j in merges:
        if similarity < threshold:
            break
        parent[root(j)] = root(i)
    return [root(i) for i in range(count)]


# -- the command -----------------------------------------------------------------------------


def run(args: argparse.Namespace) -> int:
    """The ``bench stories`` command: cluster, score, print."""
    articles = read_data(Path(args.data))
    results = [evaluate("all", articles)]
    early = [a for a in articles if (year_of(a) or 0) <= args.until]
    late = [a for a in articles if (year_of(a) or 0) > args.until]
    if early and late:
        results.append(evaluate(f"  up to {args.until} (calibration)", early))
        results.append(evaluate(f"  after {args.until} (held out)", late))
    undated = [GoldArticle(replace(a.article, published=None), a.story) for a in articles]
    results.append(evaluate("all, dates removed", undated))
    if not args.no_baseline and len(articles) <= BASELINE_LIMIT:
        results.append(baseline(articles)[1])
    console = Console()
    if not console.is_terminal:
        console = Console(width=TABLE_WIDTH)
    console.print(render_table(results))
    print(
        "baseline: plain TF-IDF cosine, average linkage, its threshold chosen on the gold; "
        f"calibration: the clusterer's settings were set on the articles up to {CALIBRATED_UNTIL}"
    )
    if args.verbose:
        found, _ = cluster(articles)
        for line in misplaced(articles, found):
            print(line)
    return 0


def render_table(results: Sequence[Result]) -> Table:
    table = Table(title="Stories against gold")
    table.add_column("run", no_wrap=True)
    for column in ("articles", "B³ P", "B³ R", "B³ F1", "pair P", "pair R", "pair F1"):
        table.add_column(column, justify="right")
    table.add_column("stories / gold", justify="right")
    table.add_column("articles/s", justify="right")
    for result in results:
        table.add_row(
            result.name,
            str(result.articles),
            *(
                f"{value:.3f}"
                for s in (result.bcubed, result.pairwise)
                for value in (s.p, s.r, s.f1)
            ),
            f"{result.found} / {result.gold}",
            f"{result.rate:,.0f}" if result.rate else "",
        )
    return table


def misplaced(articles: Sequence[GoldArticle], found: Sequence[int]) -> list[str]:
    """One line per article not in its gold story's main found story."""
    by_gold: dict[str, Counter[int]] = defaultdict(Counter)
    for article, story in zip(articles, found, strict=True):
        by_gold[article.story][story] += 1
    lines = []
    for article, story in zip(articles, found, strict=True):
        main = by_gold[article.story].most_common(1)[0][0]
        if story != main:
            a = article.article
            lines.append(
                f"{a.key} ({a.published}, {a.outlet}) in story {story}, gold's main {main}: "
                f"{a.title}"
            )
    return lines


Run = Callable[[argparse.Namespace], int]


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``stories`` to the ``bench`` subcommands; its ``func`` runs it."""
    parser = subparsers.add_parser(
        "stories",
        help="score story clustering against gold stories",
        description="Score story clustering (B-cubed and pairwise P/R/F1) against gold "
        "stories: a BASIL-layout folder or a JSON Lines file with 'id' and 'story'.",
    )
    parser.add_argument("--data", required=True, help="a BASIL-layout folder or a .jsonl file")
    parser.add_argument(
        "--until",
        type=int,
        default=CALIBRATED_UNTIL,
        help="score the articles up to this year and after it apart (default: "
        f"{CALIBRATED_UNTIL}, the calibration half of BASIL)",
    )
    parser.add_argument("--no-baseline", action="store_true", help="skip the baseline")
    parser.add_argument("--verbose", action="store_true", help="list misplaced articles")
    parser.set_defaults(func=run)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m reportedly.bench.stories``: the command without the CLI around it."""
    return standalone("stories", register, argv)


if __name__ == "__main__":
    sys.exit(main())
