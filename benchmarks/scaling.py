"""Scaling: time and peak memory of one long article, from 10 KB to 10 MB.

    python benchmarks/scaling.py [--sizes 10K,100K,1M,10M] [--kinds prose,dense]
                                 [--mode rules|model] [--shared ../shared]

Two kinds of text, built from the articles in ``../shared/benchmarks``, their paragraphs
repeated in order until the text reaches each size (cut at a paragraph boundary):

- **prose**: PolNeAR's train articles, one after another (news as written: about one
  attribution in three sentences);
- **dense**: only the paragraphs of the records benchmark's and BASIL's articles that
  hold a quotation mark or a reporting cue ("said", "told", "according to"): attributions
  in nearly every sentence, with denials, chains and times among them.

Each size runs in a fresh process (so that its peak memory is its own): the pipeline is
loaded and warmed up on a short text, then one ``reportedly.analyze`` of the whole text
is timed. Printed per size: wall-clock and CPU seconds, CPU ms per KB, the ratio of that
per-KB cost to the smallest size's, attributions found, and the peak resident memory over
the loaded pipeline's. The growth is read from CPU time, which other work on a shared
machine disturbs far less than the wall clock. The target (issue #20): the per-KB cost
grows by at most 1.5x from 10 KB to 10 MB.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import re
import resource
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import cycle
from pathlib import Path
from time import perf_counter, process_time

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SIZES = "10K,100K,1M,10M"
UNITS = {"K": 1_000, "M": 1_000_000}
TARGET_GROWTH = 1.5
DENSE_MARK = re.compile(r"[\"“”‘’]|\b(?:said|says|told|according to|reported|denied)\b")
WARM_UP = "The minister said on Monday that the talks had failed, Reuters reported."


@dataclass(frozen=True, slots=True)
class Figure:
    """One timed run: its size, wall-clock and CPU seconds, attributions, peak memory."""

    size: int
    seconds: float
    cpu_seconds: float
    attributions: int
    peak_mb: float


def prose_paragraphs(shared: Path) -> Iterator[str]:
    """The paragraphs of PolNeAR's train articles, in file order."""
    for path in sorted(
        (shared / "benchmarks" / "polnear" / "data" / "train" / "text").glob("*.txt")
    ):
        yield from _paragraphs(path.read_text(encoding="utf-8"))


def dense_paragraphs(shared: Path) -> Iterator[str]:
    """The paragraphs with a quotation mark or a cue of the records and BASIL articles."""
    records = sorted((shared / "benchmarks" / "records").glob("*/articles/*.txt"))
    for path in records:
        yield from filter(DENSE_MARK.search, _paragraphs(path.read_text(encoding="utf-8")))
    for path in sorted((shared / "benchmarks" / "basil" / "articles").glob("*/*.json")):
        body = json.loads(path.read_text(encoding="utf-8")).get("body-paragraphs", [])
        paragraphs = (" ".join(p) if isinstance(p, list) else str(p) for p in body)
        yield from filter(DENSE_MARK.search, paragraphs)


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def build_text(paragraphs: Sequence[str], size: int) -> str:
    """The paragraphs, repeated in order, joined by blank lines up to about ``size``
    characters (never cut inside a paragraph)."""
    if not paragraphs:
        raise SystemExit("no paragraphs found: is ../shared/benchmarks here? (--shared)")
    pieces: list[str] = []
    length = 0
    for paragraph in cycle(paragraphs):
        if length + len(paragraph) > size and pieces:
            break
        pieces.append(paragraph)
        length += len(paragraph) + 2
    return "\n\n".join(pieces)


def parse_size(label: str) -> int:
    """Characters in a size written ``10K`` or ``1.5M``."""
    unit = UNITS.get(label[-1:].upper(), 1)
    return int(float(label.rstrip("KkMm")) * unit)


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _timed_run(text: str, mode: str | None, size: int) -> Figure:
    """Run in a child process: load, warm up, then time one analysis of ``text``."""
    from reportedly import analyze

    analyze(WARM_UP, mode=mode)
    loaded = _peak_mb()
    started, cpu_started = perf_counter(), process_time()
    report = analyze(text, mode=mode)
    seconds, cpu_seconds = perf_counter() - started, process_time() - cpu_started
    return Figure(size, seconds, cpu_seconds, len(report.attributions), _peak_mb() - loaded)


def measure(text: str, mode: str | None, size: int) -> Figure:
    """One timed run in a fresh process (``spawn``: nothing shared with this one)."""
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        return pool.apply(_timed_run, (text, mode, size))


def main(argv: Sequence[str] | None = None) -> int:
    """Build the texts, time each size of each kind, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--sizes", default=SIZES, help=f"sizes in K or M (default {SIZES})")
    parser.add_argument("--kinds", default="prose,dense", help="prose, dense or both")
    parser.add_argument("--mode", default=None, help="extractor (default: the default one)")
    parser.add_argument("--shared", type=Path, default=SHARED, help="the ../shared folder")
    args = parser.parse_args(argv)

    builders = {"prose": prose_paragraphs, "dense": dense_paragraphs}
    print(f"mode: {args.mode or 'default'}")
    print(
        f"{'kind':6} {'size':>6} {'chars':>11} {'seconds':>9} {'CPU s':>9} {'CPU ms/KB':>9}"
        f" {'growth':>7}"
        f" {'attrib.':>8} {'peak MB':>8}"
    )
    for kind in args.kinds.split(","):
        paragraphs = list(builders[kind](args.shared))
        first: float | None = None
        for label in args.sizes.split(","):
            text = build_text(paragraphs, parse_size(label))
            figure = measure(text, args.mode, len(text))
            per_kb = figure.cpu_seconds * 1000 / (len(text) / 1000)
            first = first or per_kb
            print(
                f"{kind:6} {label:>6} {len(text):>11,} {figure.seconds:>9.2f}"
                f" {figure.cpu_seconds:>9.2f} {per_kb:>9.1f}"
                f" {per_kb / first:>6.2f}x {figure.attributions:>8,} {figure.peak_mb:>8.0f}",
                flush=True,
            )
    print(f"target: growth (per-KB cost against the first size) at most {TARGET_GROWTH}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
