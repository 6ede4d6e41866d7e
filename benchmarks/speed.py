"""Speed: the full analysis against the bare spaCy pipeline, on the same texts.

    python benchmarks/speed.py [--data DIR] [--split dev] [--limit N] [--rounds 3]

The texts are the PolNeAR articles of a split (default: ``dev`` under
``../shared/benchmarks/polnear/data``). Two runs are compared:

- **full**: ``reportedly.api.analyze_articles`` (spaCy plus the reportedly component, and
  the Report records), exactly what a library user calls;
- **bare**: ``reportedly.nlp.load_bare()`` (the same spaCy pipeline without the component)
  over the same texts with ``nlp.pipe`` and the same batch size (``api.BATCH_SIZE``).

Fair timing: both pipelines are loaded and warmed up on a few texts before any clock runs;
then, in one process, ``--rounds`` rounds each time both, alternating which goes first;
each figure is its fastest round (best of N: on a shared machine, the minimum is the
least disturbed measure). Words are ``\\w+`` words (``bench.polnear.count_words``).

Prints words/s for each and the ratio full / bare (target: at least 0.8).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Mapping, Sequence
from functools import partial
from pathlib import Path
from time import perf_counter

from reportedly import api, extractors, nlp
from reportedly.bench.brat import list_articles
from reportedly.bench.polnear import count_words
from reportedly.model import Article

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DEFAULT_DATA = SHARED / "benchmarks" / "polnear" / "data"
TARGET_RATIO = 0.8
WARM_UP_TEXTS = 8


def load_texts(data: Path, split: str, limit: int | None) -> list[str]:
    """The article texts of a PolNeAR split, read as is, the first ``limit`` of them."""
    return [
        files.text_path.read_bytes().decode("utf-8")
        for files in list_articles(data / split)[:limit]
    ]


def run_bare(texts: Sequence[str]) -> None:
    """spaCy alone: the bare pipeline over the texts, in batches."""
    for _ in nlp.load_bare().pipe(texts, batch_size=api.BATCH_SIZE):
        pass


def run_full(texts: Sequence[str], *, mode: str | None = None) -> None:
    """The full analysis: one Report per text."""
    for _ in api.analyze_articles((Article(text=text) for text in texts), mode=mode):
        pass


def best_times(
    runs: Mapping[str, Callable[[Sequence[str]], None]], texts: Sequence[str], rounds: int
) -> dict[str, float]:
    """Each run's fastest time over ``rounds`` rounds, the order alternating every round."""
    names = list(runs)
    best = dict.fromkeys(names, float("inf"))
    for round_number in range(rounds):
        for name in names if round_number % 2 == 0 else reversed(names):
            started = perf_counter()
            runs[name](texts)
            best[name] = min(best[name], perf_counter() - started)
    return best


def main(argv: Sequence[str] | None = None) -> int:
    """Time both runs and print words/s and their ratio."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="PolNeAR data dir")
    parser.add_argument("--split", default="dev", help="split directory under --data")
    parser.add_argument("--limit", type=int, default=None, help="use the first N articles")
    parser.add_argument("--rounds", type=int, default=3, help="timed rounds (best of N)")
    extractors.add_mode_argument(parser)
    args = parser.parse_args(argv)

    texts = load_texts(args.data, args.split, args.limit)
    words = sum(count_words(text) for text in texts)
    full = f"full ({extractors.resolve(args.mode)})"
    runs: dict[str, Callable[[Sequence[str]], None]] = {
        "bare spaCy": run_bare,
        full: partial(run_full, mode=args.mode),
    }
    for run in runs.values():
        run(texts[:WARM_UP_TEXTS])
    best = best_times(runs, texts, max(1, args.rounds))

    print(f"texts: {len(texts)} PolNeAR {args.split} articles, {words:,} words")
    for name, seconds in best.items():
        print(
            f"{name:14}: {words / seconds:9,.0f} words/s  (best of {args.rounds}: {seconds:.2f} s)"
        )
    ratio = best["bare spaCy"] / best[full]
    verdict = "ok" if ratio >= TARGET_RATIO else "BELOW TARGET"
    print(f"{'ratio':14}: {ratio:9.2f}  full / bare, target >= {TARGET_RATIO} ({verdict})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
