"""Ingest: how fast articles go into a corpus store, what the store costs, and the writer's
memory as the corpus grows (issue #22).

    python benchmarks/ingest.py [--basil DIR] [--jsonl FILE ...] [--limit N] [--repeat R]
                                [--workers N] [--mode M] [--runs bare,1,N] [--rounds 1]
                                [--split] [--profile]
    python benchmarks/ingest.py --writer-only [--limit N] [--repeat R]

The articles are BASIL's 300 (``../shared/benchmarks/basil/articles``: each JSON file's
paragraphs joined by blank lines, with its title, url, outlet and date), then the lines of
every ``--jsonl`` file; ``--limit`` keeps the first N; ``--repeat R`` writes them R times
under different ids (3,000 BASIL articles with ``--repeat 10``). They are written as one
JSON Lines file in a temporary directory, or with ``--split`` one file per repeat (a file is
read whole before its first article is analyzed, so one large file shows in the writer's
memory and in the time to the first batch). Three runs, each in a fresh process so that
its peak memory is its own:

- **bare**: ``api.analyze_articles`` over the same articles (read from the same file
  before the clock starts), in one process: analysis alone;
- **1**: ``Corpus.ingest`` with one worker: reading, keying, analysis in this process,
  writing the store;
- **N**: ``Corpus.ingest`` with ``--workers`` processes (default: the CPU count); the
  main process reads and writes, the workers analyze.

The pipeline is loaded and warmed up on a few articles before the clock starts in the
runs that analyze in their own process (bare, 1); the N workers load theirs inside the
timed run, and the time to the first batch written is shown beside it. So each run also
shows its time **as a command**: the whole process (start, imports, the pipeline's load,
the run) less the warm-up, which is what ``reportedly ingest`` takes. With ``--rounds``
above 1 the runs alternate and each shows its fastest round (on a shared machine the least
disturbed).

Printed: articles/s and words/s (``\\w+`` words) of each run; the store's overhead (the
1-worker ingest call's time over bare analysis; target at most 1.10); the speed-up of N
workers over 1, as commands (target at least 1.7 with 2 workers), and the most it could
be on idle CPUs (all processes' CPU time spread over the CPUs: the figure other work on
a shared machine does not disturb); the store's size per article; the peak resident
memory of the writer (the main process) and of a worker, to be compared across
``--repeat`` (it should stay flat). ``--profile`` splits each ingest's main-process time
into reading, keying, analysis (1 worker), waiting for workers (N), and writing.

``--writer-only`` measures the writer alone, at corpus sizes the analysis would take hours
to reach: the articles are analyzed once, then their reports written ``--repeat`` times
under new ids, a batch per transaction as an ingest writes them (a minute for 30,000
articles: ``--repeat 100``); printed: the writer's peak memory before writing and at
every tenth of the way, to see that it stays flat.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from reportedly import extractors

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DEFAULT_BASIL = SHARED / "benchmarks" / "basil" / "articles"
TARGET_OVERHEAD = 1.10
TARGET_SPEEDUP = 1.7
WARM_UP_ARTICLES = 4
RUNS = ("bare", "1", "N")
CPUS = os.cpu_count() or 1


# --- the input -----------------------------------------------------------------------------


def basil_records(folder: Path) -> Iterator[dict[str, Any]]:
    """BASIL's articles as JSON Lines records (``id``, ``text``, ``title``, ``url``,
    ``outlet``, ``published``)."""
    for path in sorted(folder.glob("*/*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        paragraphs = (
            " ".join(p) if isinstance(p, list) else str(p) for p in record["body-paragraphs"] if p
        )
        yield {
            "id": f"basil:{path.stem}",
            "text": "\n\n".join(paragraphs),
            "title": record.get("title"),
            "url": record.get("url"),
            "outlet": record.get("source"),
            "published": record.get("date"),
        }


def jsonl_records(paths: Sequence[Path]) -> Iterator[dict[str, Any]]:
    """The records of JSON Lines files, each with an id (its own, else file and line)."""
    for path in paths:
        with path.open(encoding="utf-8") as lines:
            for number, line in enumerate(lines, start=1):
                if line.strip():
                    record = json.loads(line)
                    record.setdefault("id", f"{path.name}:{number}")
                    yield record


def write_input(
    records: Sequence[dict[str, Any]], repeat: int, folder: Path, *, split: bool
) -> int:
    """The records, ``repeat`` times under different ids, as JSON Lines in ``folder``: one
    file, or with ``split`` one file per repeat; returns the words of all their texts."""
    from reportedly.bench.polnear import count_words  # imports spaCy: not in the runs

    folder.mkdir(parents=True, exist_ok=True)
    words = 0
    for round_number in range(repeat):
        name = f"articles-{round_number:03d}.jsonl" if split else "articles.jsonl"
        with (folder / name).open("a", encoding="utf-8") as out:
            for record in records:
                key = f"{record['id']}~{round_number}" if round_number else record["id"]
                out.write(json.dumps({**record, "id": key}, ensure_ascii=False) + "\n")
                words += count_words(str(record.get("text") or record.get("html") or ""))
    return words


def read_input(folder: str) -> list[Any]:
    """The articles of every file in ``folder``, as the ingest reads them."""
    from reportedly import ingest

    return [article for path in ingest.article_paths(folder) for article in ingest.read_path(path)]


# --- one run, in its own process ---------------------------------------------------------


def run_one(spec: dict[str, Any]) -> dict[str, Any]:
    """One run (``spec["run"]``: bare, or an ingest with ``spec["workers"]``) over the
    input file; its seconds, peak memory, and for an ingest the store's size."""
    if spec["run"] == "writer":
        return _write_only(spec)
    mode, source = spec["mode"], spec["input"]
    timers: dict[str, float] = defaultdict(float)
    warm_up = 0.0
    if spec["run"] == "bare" or spec["workers"] == 1:  # the N workers' writer loads no pipeline
        from reportedly import api, ingest, nlp

        nlp.load(mode)
        started = time.perf_counter()
        first = ingest.read_path(ingest.article_paths(source)[0])[:WARM_UP_ARTICLES]
        for _ in api.analyze_articles(first, mode=mode):
            pass
        warm_up = time.perf_counter() - started
    cpu = time.process_time()
    if spec["run"] == "bare":
        articles = read_input(source)
        started = time.perf_counter()
        count = sum(1 for _ in api.analyze_articles(articles, mode=mode))
        result: dict[str, Any] = {"seconds": time.perf_counter() - started, "articles": count}
    else:
        result = _ingest(spec, timers)
    result["cpu_seconds"] = time.process_time() - cpu
    result["warm_up_seconds"] = warm_up
    result["peak_rss_mb"] = _peak_mb()
    for worker in multiprocessing.active_children():  # reaped, their use is counted
        worker.join()
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    result["workers_cpu_seconds"] = workers.ru_utime + workers.ru_stime
    result["worker_peak_rss_mb"] = workers.ru_maxrss / 1024
    result["profile"] = dict(timers)
    return result


class _FirstWrite:
    """A progress that notes when the first batch is written, and the peak memory when
    the last is (before the stories are clustered)."""

    def __init__(self) -> None:
        self.started = time.perf_counter()
        self.first: float | None = None
        self.peak_written = 0.0

    def start(self, total: int | None) -> None:
        pass

    def advance(self, *, written: int = 0, unchanged: int = 0, failed: int = 0) -> None:
        if written and self.first is None:
            self.first = time.perf_counter() - self.started
        if written:
            self.peak_written = _peak_mb()


def _ingest(spec: dict[str, Any], timers: dict[str, float]) -> dict[str, Any]:
    from reportedly.corpus.corpus import Corpus

    if spec["profile"]:
        _profile(timers, in_process=spec["workers"] == 1)
    db = Path(spec["db"])
    progress = _FirstWrite()
    started = time.perf_counter()
    with Corpus(str(db)) as corpus:
        summary = corpus.ingest(
            [spec["input"]], workers=spec["workers"], mode=spec["mode"], progress=progress
        )
    seconds = time.perf_counter() - started
    size = sum(p.stat().st_size for p in db.parent.glob(db.name + "*"))
    return {
        "seconds": seconds,
        "articles": summary.written,
        "failed": summary.failed,
        "first_batch": progress.first,
        "peak_written_mb": progress.peak_written,
        "store_bytes": size,
    }


def _peak_mb() -> float:
    """This process's peak resident memory (``VmHWM``: unlike ``ru_maxrss`` not carried
    over from the process that started it)."""
    status = Path("/proc/self/status")
    if not status.exists():
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    (line,) = (line for line in status.read_text().splitlines() if line.startswith("VmHWM:"))
    return int(line.split()[1]) / 1024


def _write_only(spec: dict[str, Any]) -> dict[str, Any]:
    """The reports of the input written ``spec["repeat"]`` times under new ids; the peak
    memory before writing and after each tenth."""
    import dataclasses

    from reportedly.corpus import job
    from reportedly.corpus.keys import content_hash
    from reportedly.corpus.store import WRITER_MEMORY, Store
    from reportedly.corpus.tables import StoredArticle
    from reportedly.model import Report

    with open(spec["reports"], encoding="utf-8") as lines:
        reports = [Report.from_dict(json.loads(line)) for line in lines]
    total = len(reports) * spec["repeat"]
    peaks = [(0, _peak_mb())]
    started = time.perf_counter()
    with Store.open(spec["db"]) as store, store.memory_limit(WRITER_MEMORY):
        run = store.start_run(version="bench", mode="bench", model=None, workers=1, inputs=[])
        for first in range(0, total, job.BATCH_ARTICLES):
            batch = []
            for number in range(first, min(total, first + job.BATCH_ARTICLES)):
                report = reports[number % len(reports)]
                article = dataclasses.replace(report.article, id=f"{report.article.id}~{number}")
                report = dataclasses.replace(report, article=article)
                batch.append(
                    StoredArticle(article.id or "", "bench", content_hash(article), report)
                )
            store.write(batch, run)
            written = first + len(batch)
            if written * 10 // total > (written - len(batch)) * 10 // total:
                peaks.append((written, _peak_mb()))
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "articles": total, "peaks": peaks, "warm_up_seconds": 0.0}


def analyzed_once(source: Path, mode: str, target: Path) -> Path:
    """The reports of the articles in ``source``, analyzed in this process, as JSON Lines
    at ``target``."""
    from reportedly import api

    articles = read_input(str(source))
    with target.open("w", encoding="utf-8") as out:
        for report in api.analyze_articles(articles, mode=mode):
            out.write(json.dumps(report.to_dict(), ensure_ascii=False) + "\n")
    return target


def report_writer(result: dict[str, Any]) -> None:
    """Print the writer-only figures."""
    seconds, total = result["seconds"], result["articles"]
    print(f"writer alone: {total:,} articles in {seconds:.1f} s ({total / seconds:,.0f}/s)")
    print("peak RSS: " + ", ".join(f"{n:,}: {mb:,.0f} MB" for n, mb in result["peaks"]))
    (tenth, low), (_, high) = result["peaks"][1], result["peaks"][-1]
    print(f"growth from {tenth:,} to {total:,} articles: {high / low - 1:+.0%}")


def _profile(timers: dict[str, float], *, in_process: bool) -> None:
    """Time the ingest's main-process steps by wrapping the functions it calls (the
    analysis only where it runs in this process: a worker's task must stay picklable)."""
    from reportedly import ingest
    from reportedly.corpus import job, store

    def timed(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                timers[name] += time.perf_counter() - started

        return wrapper

    steps: list[tuple[object, str, str]] = [
        (ingest, "read_path", "reading"),
        (job, "content_hash", "keying"),
        (store.Store, "known", "keying"),
        (job, "_collect", "waiting for workers"),
        (store.Store, "write", "writing"),
    ]
    if in_process:
        steps.append((job, "analyze_chunk", "analysis"))
    for owner, attribute, step in steps:
        setattr(owner, attribute, timed(step, getattr(owner, attribute)))


def in_process(spec: dict[str, Any]) -> dict[str, Any]:
    """``run_one(spec)`` in a fresh Python process, with the process's whole time
    (``command_seconds``: start, imports, the pipeline's load, the run, less the warm-up):
    what the command would take."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, __file__, "--run-one", json.dumps(spec)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"the {spec['run']} run failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    result["command_seconds"] = time.perf_counter() - started - result["warm_up_seconds"]
    return result


# --- the benchmark -------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    """Build the input, run each run in its own process, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--basil", type=Path, default=DEFAULT_BASIL, help="BASIL articles dir")
    parser.add_argument("--jsonl", type=Path, nargs="*", default=[], help="more articles")
    parser.add_argument("--limit", type=int, default=None, help="use the first N articles")
    parser.add_argument("--repeat", type=int, default=1, help="ingest them R times (new ids)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="N workers")
    parser.add_argument("--runs", default=",".join(RUNS), help="of bare,1,N (default all)")
    parser.add_argument("--rounds", type=int, default=1, help="rounds of bare and 1 (best of)")
    parser.add_argument("--split", action="store_true", help="one input file per repeat")
    parser.add_argument("--profile", action="store_true", help="split the ingests' time")
    parser.add_argument("--writer-only", action="store_true", help="the writer alone, fast")
    parser.add_argument("--run-one", help=argparse.SUPPRESS)
    extractors.add_mode_argument(parser)
    args = parser.parse_args(argv)
    if args.run_one:
        print(json.dumps(run_one(json.loads(args.run_one))))
        return 0

    runs = [run for run in args.runs.split(",") if run]
    if unknown := set(runs) - set(RUNS):
        parser.error(f"unknown runs {sorted(unknown)}; choose from {','.join(RUNS)}")
    records = [*basil_records(args.basil), *jsonl_records(args.jsonl)][: args.limit]
    if not records:
        raise SystemExit(f"no articles: is BASIL at {args.basil}? (--basil, --jsonl)")
    mode = extractors.resolve(args.mode)
    with tempfile.TemporaryDirectory(prefix="reportedly-ingest-") as folder:
        source = Path(folder) / "articles"
        if args.writer_only:
            write_input(records, 1, source, split=False)
            reports = analyzed_once(source, mode, Path(folder) / "reports.jsonl")
            spec = {"run": "writer", "reports": str(reports), "repeat": args.repeat}
            report_writer(in_process({**spec, "db": str(Path(folder) / "writer.duckdb")}))
            return 0
        words = write_input(records, max(1, args.repeat), source, split=args.split)
        articles = len(records) * max(1, args.repeat)
        print(
            f"articles: {articles:,} ({len(records)} x {args.repeat}), {words:,} words; "
            f"mode {mode}; {os.cpu_count()} CPUs"
        )
        results = measure(runs, args, mode, source, Path(folder))
    report(results, articles, words, args.workers)
    return 0


def measure(
    runs: Sequence[str], args: argparse.Namespace, mode: str, source: Path, folder: Path
) -> dict[str, dict[str, Any]]:
    """Each run's fastest round, the order alternating every round."""
    best: dict[str, dict[str, Any]] = {}
    for round_number in range(max(1, args.rounds)):
        order = [run for run in RUNS if run in runs]
        for run in order if round_number % 2 == 0 else reversed(order):
            db = folder / f"store-{run}-{round_number}.duckdb"
            workers = 1 if run == "1" else args.workers
            spec = {
                "run": run,
                "workers": workers,
                "mode": mode,
                "input": str(source),
                "db": str(db),
                "profile": args.profile,
            }
            result = in_process(spec)
            if run not in best or result["seconds"] < best[run]["seconds"]:
                best[run] = result
    return best


def report(results: dict[str, dict[str, Any]], articles: int, words: int, workers: int) -> None:
    """Print the figures of the runs that were made."""
    names = {"bare": "bare analysis", "1": "ingest, 1 worker", "N": f"ingest, {workers} workers"}
    for run, result in results.items():
        seconds, cpu = result["seconds"], result["cpu_seconds"]
        print(
            f"{names[run]:20}: {articles / seconds:7.2f} articles/s {words / seconds:9,.0f} "
            f"words/s ({seconds:.1f} s, as a command {result['command_seconds']:.1f} s); "
            f"{'writer ' if run != 'bare' else ''}peak RSS {result['peak_rss_mb']:,.0f} MB"
            + (
                f" ({result['peak_written_mb']:,.0f} MB when the last batch was written, "
                "before the stories were clustered)"
                if run != "bare"
                else ""
            )
        )
        details = [f"CPU {cpu:.1f} s"]
        if run == "N":
            details = [
                f"first batch after {result['first_batch'] or 0:.1f} s",
                f"CPU {cpu:.1f} s + workers' {result['workers_cpu_seconds']:.1f} s",
                f"a worker's peak RSS {result['worker_peak_rss_mb']:,.0f} MB",
            ]
        if result.get("failed"):
            details.append(f"{result['failed']} articles failed")
        if result["profile"]:
            split = ", ".join(f"{k} {v:.1f} s" for k, v in sorted(result["profile"].items()))
            details.append(f"main process: {split}")
        print(f"{'':20}  " + "; ".join(details))
    if "bare" in results and "1" in results:
        ratio = results["1"]["seconds"] / results["bare"]["seconds"]
        cpu_ratio = results["1"]["cpu_seconds"] / results["bare"]["cpu_seconds"]
        verdict = "ok" if ratio <= TARGET_OVERHEAD else "ABOVE TARGET"
        print(
            f"{'store overhead':20}: {ratio:7.2f}x  ingest with 1 worker / bare analysis "
            f"(CPU {cpu_ratio:.2f}x), target <= {TARGET_OVERHEAD} ({verdict})"
        )
    if "1" in results and "N" in results:
        one, many = results["1"], results["N"]
        speedup = one["command_seconds"] / many["command_seconds"]
        verdict = "ok" if speedup >= TARGET_SPEEDUP else "BELOW TARGET"
        target = f", target >= {TARGET_SPEEDUP} with 2 ({verdict})" if workers == 2 else ""
        cpus = min(workers, CPUS)
        ceiling = (
            one["command_seconds"] * cpus / (many["cpu_seconds"] + many["workers_cpu_seconds"])
        )
        print(
            f"{'speed-up':20}: {speedup:7.2f}x  {workers} workers / 1 worker, as commands "
            f"(the ingest calls alone: {one['seconds'] / many['seconds']:.2f}x){target}"
        )
        print(
            f"{'':20}  at most {ceiling:.2f}x on {cpus} idle CPUs (the {workers} workers' "
            f"and the writer's CPU time spread over {cpus} CPUs)"
        )
    stores = [r["store_bytes"] for r in results.values() if "store_bytes" in r]
    if stores:
        size = min(stores)
        print(
            f"{'store size':20}: {size / articles / 1024:7.1f} KB per article "
            f"({size / 1024 / 1024:.1f} MB for {articles:,})"
        )


if __name__ == "__main__":
    raise SystemExit(main())
