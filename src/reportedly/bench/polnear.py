"""PolNeAR attribution benchmark: score reportedly's attributions against gold annotation.

``reportedly bench polnear --data DIR --split dev`` (or ``python -m reportedly.bench.polnear``)
reads ``DIR/<split>/text`` and ``DIR/<split>/attributions`` (see ``bench.brat``), analyzes
every text as is with ``api.analyze_articles`` (so offsets match the gold) and scores.

Metric definitions
------------------
Spans are compared as sets of **tokens**, tokens being the matches of ``\\w+|[^\\w\\s]``
(words and single punctuation marks) over the article text; a span covers every token it
overlaps. A role filler of one attribution (its source, cue or content) is one span; the
pieces of a discontinuous span are joined into one token set. Within an article each role
holds a *set* of spans (duplicates counted once). Counts are summed over all articles
(micro-average); a precision or recall with nothing to count is 0.

- **exact** (per role): a predicted span is correct when its token set equals a gold span's
  token set. This is CofeNet's (COLING 2022) exact match, token-level span equality with
  punctuation tokens kept (a quote's marks and trailing comma count), so the published
  PolNeAR figures can be set beside it. Differences: CofeNet tags BIO per piece, so each
  piece of a discontinuous content is a span there, one span here; and they score the test
  split.
- **exact_trimmed** (extra, per role): the same after dropping leading and trailing
  punctuation tokens of every span, so that "quote marks in or out" conventions do not count.
- **exact_pieces** (extra, per role): exact match where every *piece* counts as a span: each
  maximal run of consecutive tokens of a role filler is one span, so a quote interrupted by
  its cue and source ("``"A," she said, "B."``") is two content spans. This is how CofeNet's
  evaluation reads spans off its BIO tags (one span per contiguous run), so it is the
  figure to set beside their published scores; ``exact`` is stricter for discontinuous
  spans (all pieces must be right at once).
- **overlap** (per role): soft precision and recall with token Jaccard. Each predicted span
  earns its best Jaccard with any gold span of the role; precision is the sum of those
  credits over the number of predicted spans. Recall is the same from the gold side (each
  gold span earns its best Jaccard with any predicted span). F1 is their harmonic mean.
- **relation**: whole source-cue-content relations. A gold relation is matched by a predicted
  one when their cues share a token and their sources and their contents each *half
  overlap*: the shared tokens are at least half of the larger of the two spans (two empty
  spans, e.g. an ``Attribution-no-source`` and a prediction without a source, agree; one
  empty span does not). Matching is one-to-one, greedy in gold order, taking the first
  unused prediction in document order; precision = matched / predicted, recall = matched /
  gold.
- **errors** (extra, per role): what the exact match counts wrong, by kind (missed, too
  long, too short, shifted; spurious, off-boundary) and exact recall by span length in
  tokens; defined in ``bench.errors``.
- **words_per_second**: ``\\w+`` words of the analyzed texts divided by the wall time spent
  inside the full analysis (model loading excluded: the pipeline is warmed up first).

Nested predictions
------------------
PolNeAR is univocal: a token belongs to at most one attribution, so chains are not
annotated. Before scoring, predictions are mapped to that shape: for each content, the
outermost attribution is kept, i.e. an attribution is dropped when its ``parent`` is
predicted for the same content (same pieces) as itself; a chain of such repeats keeps only
its root. Children with a different content (a claim inside the parent's content) are kept,
and so are attributions that share a content without a parent link (two sources of one
claim). A discontinuous predicted content is scored by its ``content_parts``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from time import perf_counter
from typing import Any

from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from reportedly import extractors
from reportedly.api import analyze_articles
from reportedly.bench import Additive, standalone
from reportedly.bench.brat import GoldArticle, GoldAttribution, Piece, list_articles, read_article
from reportedly.bench.errors import (
    FALSE_NEGATIVE_KINDS,
    FALSE_POSITIVE_KINDS,
    LENGTH_BINS,
    ErrorCounts,
    bin_name,
    error_counts,
)
from reportedly.errors import BenchmarkDataError
from reportedly.model import Article, Attribution, Report

ROLES = ("source", "cue", "content")
ROLE_METRICS = ("exact", "exact_trimmed", "exact_pieces", "overlap")
"""The per-role metrics of ``BenchResult.to_dict``, in the order the tables show them."""
TOKEN = re.compile(r"\w+|[^\w\s]")
WORD = re.compile(r"\w+")

TokenSet = frozenset[int]
Analyze = Callable[[Iterable[Article]], Iterator[Report]]


# -- tokens ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Tokens:
    """The tokens of one text: their character bounds and whether each is a word."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]
    is_word: tuple[bool, ...]

    @classmethod
    def of(cls, text: str) -> Tokens:
        matches = list(TOKEN.finditer(text))
        return cls(
            starts=tuple(m.start() for m in matches),
            ends=tuple(m.end() for m in matches),
            is_word=tuple(bool(WORD.match(m.group())) for m in matches),
        )

    def covering(self, pieces: Iterable[Piece]) -> TokenSet:
        """The indices of every token that overlaps one of the pieces."""
        found: set[int] = set()
        for start, end in pieces:
            found.update(range(bisect_right(self.ends, start), bisect_left(self.starts, end)))
        return frozenset(found)

    def pieces(self, span: TokenSet) -> set[TokenSet]:
        """The span's maximal runs of consecutive tokens."""
        runs: list[list[int]] = []
        for index in sorted(span):
            if runs and runs[-1][-1] == index - 1:
                runs[-1].append(index)
            else:
                runs.append([index])
        return {frozenset(run) for run in runs}

    def trimmed(self, span: TokenSet) -> TokenSet:
        """The span without its leading and trailing punctuation tokens."""
        ordered = sorted(span)
        while ordered and not self.is_word[ordered[0]]:
            ordered.pop(0)
        while ordered and not self.is_word[ordered[-1]]:
            ordered.pop()
        return frozenset(ordered)


def count_words(text: str) -> int:
    """The number of ``\\w+`` words: the unit of every words-per-second figure."""
    return sum(1 for _ in WORD.finditer(text))


# -- relations -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Relation:
    """One attribution as token sets, gold or predicted; a missing role is empty."""

    source: TokenSet
    cue: TokenSet
    content: TokenSet

    def role(self, name: str) -> TokenSet:
        span: TokenSet = getattr(self, name)
        return span


def gold_relations(attributions: Iterable[GoldAttribution], tokens: Tokens) -> list[Relation]:
    """The gold attributions as token relations."""
    return [
        Relation(tokens.covering(a.source), tokens.covering(a.cue), tokens.covering(a.content))
        for a in attributions
    ]


def predicted_relations(attributions: Sequence[Attribution], tokens: Tokens) -> list[Relation]:
    """The univocal view of the predictions as token relations, in document order."""
    kept = sorted(univocal(attributions), key=lambda a: (a.cue.start, a.cue.end))
    return [
        Relation(
            tokens.covering([(a.source_span.start, a.source_span.end)] if a.source_span else []),
            tokens.covering([(a.cue.start, a.cue.end)]),
            tokens.covering(content_pieces(a)),
        )
        for a in kept
    ]


def content_pieces(attribution: Attribution) -> tuple[Piece, ...]:
    """The content as pieces: ``content_parts`` when it is discontinuous, else the content."""
    parts = attribution.content_parts or (attribution.content,)
    return tuple((p.start, p.end) for p in parts)


def univocal(attributions: Sequence[Attribution]) -> tuple[Attribution, ...]:
    """The predictions without children that repeat their parent's content."""
    by_id = {a.id: a for a in attributions}
    return tuple(a for a in attributions if not _repeats_parent(a, by_id))


def _repeats_parent(attribution: Attribution, by_id: dict[str, Attribution]) -> bool:
    parent = by_id.get(attribution.parent) if attribution.parent else None
    return parent is not None and content_pieces(parent) == content_pieces(attribution)


# -- counts --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RoleCounts(Additive):
    """Counts for one role: spans on each side, exact hits, summed Jaccard credits."""

    predicted: int = 0
    gold: int = 0
    exact: int = 0
    soft_precision: float = 0.0
    soft_recall: float = 0.0


@dataclass(frozen=True, slots=True)
class RelationCounts(Additive):
    """Counts for whole relations: on each side, and matched one-to-one."""

    predicted: int = 0
    gold: int = 0
    matched: int = 0


_NO_ROLES = (RoleCounts(), RoleCounts(), RoleCounts())
_NO_ERRORS = (ErrorCounts(), ErrorCounts(), ErrorCounts())


@dataclass(frozen=True, slots=True)
class Tally(Additive):
    """Everything counted over some articles; the role tuples follow ``ROLES``."""

    roles: tuple[RoleCounts, ...] = _NO_ROLES
    trimmed: tuple[RoleCounts, ...] = _NO_ROLES
    pieces: tuple[RoleCounts, ...] = _NO_ROLES
    relations: RelationCounts = RelationCounts()
    errors: tuple[ErrorCounts, ...] = _NO_ERRORS
    articles: int = 0
    words: int = 0
    seconds: float = 0.0


def role_counts(predicted: set[TokenSet], gold: set[TokenSet]) -> RoleCounts:
    """Exact hits and Jaccard credits of one role's predicted spans against the gold ones."""
    return RoleCounts(
        predicted=len(predicted),
        gold=len(gold),
        exact=len(predicted & gold),
        soft_precision=sum(_best_jaccard(span, gold) for span in predicted),
        soft_recall=sum(_best_jaccard(span, predicted) for span in gold),
    )


def jaccard(a: TokenSet, b: TokenSet) -> float:
    """Shared tokens over all tokens of the two spans."""
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def _best_jaccard(span: TokenSet, others: set[TokenSet]) -> float:
    return max((jaccard(span, other) for other in others), default=0.0)


def relation_counts(predicted: Sequence[Relation], gold: Sequence[Relation]) -> RelationCounts:
    """Gold relations matched one-to-one, greedily, by the predictions (see module doc)."""
    unused = list(predicted)
    matched = 0
    for relation in gold:
        hit = next((p for p in unused if relations_match(p, relation)), None)
        if hit is not None:
            unused.remove(hit)
            matched += 1
    return RelationCounts(len(predicted), len(gold), matched)


def relations_match(predicted: Relation, gold: Relation) -> bool:
    """Cues share a token; sources and contents each half overlap."""
    return (
        bool(predicted.cue & gold.cue)
        and half_overlap(predicted.source, gold.source)
        and half_overlap(predicted.content, gold.content)
    )


def half_overlap(a: TokenSet, b: TokenSet) -> bool:
    """Shared tokens are at least half of the larger span; two empty spans agree."""
    if not a and not b:
        return True
    return len(a & b) * 2 >= max(len(a), len(b))


def score_article(gold: GoldArticle, report: Report, *, seconds: float = 0.0) -> Tally:
    """The counts of one article: its gold annotation against the report's attributions."""
    tokens = Tokens.of(gold.text)
    return score_relations(
        tokens,
        predicted_relations(report.attributions, tokens),
        gold_relations(gold.attributions, tokens),
        words=count_words(gold.text),
        seconds=seconds,
    )


def score_relations(
    tokens: Tokens,
    pred_rel: Sequence[Relation],
    gold_rel: Sequence[Relation],
    *,
    words: int = 0,
    seconds: float = 0.0,
) -> Tally:
    """The counts of one article's relations, predicted against gold, on its tokens."""
    return Tally(
        roles=tuple(role_counts(_spans(pred_rel, role), _spans(gold_rel, role)) for role in ROLES),
        trimmed=tuple(
            role_counts(
                _spans(pred_rel, role, tokens.trimmed), _spans(gold_rel, role, tokens.trimmed)
            )
            for role in ROLES
        ),
        pieces=tuple(
            role_counts(_pieces(pred_rel, role, tokens), _pieces(gold_rel, role, tokens))
            for role in ROLES
        ),
        relations=relation_counts(pred_rel, gold_rel),
        errors=tuple(
            error_counts(_spans(pred_rel, role), _spans(gold_rel, role)) for role in ROLES
        ),
        articles=1,
        words=words,
        seconds=seconds,
    )


def _spans(
    relations: Iterable[Relation],
    role: str,
    shape: Callable[[TokenSet], TokenSet] = lambda span: span,
) -> set[TokenSet]:
    return {s for s in (shape(r.role(role)) for r in relations) if s}


def _pieces(relations: Iterable[Relation], role: str, tokens: Tokens) -> set[TokenSet]:
    return {piece for r in relations for piece in tokens.pieces(r.role(role))}


# -- scores --------------------------------------------------------------------------------


def prf(hits_p: float, hits_r: float, predicted: int, gold: int) -> dict[str, float]:
    """Precision, recall and F1 as fractions; 0 where there is nothing to count."""
    p = hits_p / predicted if predicted else 0.0
    r = hits_r / gold if gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": p, "r": r, "f1": f1}


@dataclass(frozen=True, slots=True)
class BenchResult:
    """A finished run: the counts, the extractor mode, and the files that were skipped."""

    tally: Tally
    mode: str = extractors.DEFAULT
    split: str = ""
    skipped: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        """The ``--out`` JSON: scores as fractions in [0, 1], then the raw counts."""
        t = self.tally
        return {
            "exact": {
                role: prf(c.exact, c.exact, c.predicted, c.gold)
                for role, c in zip(ROLES, t.roles, strict=True)
            },
            "overlap": {
                role: prf(c.soft_precision, c.soft_recall, c.predicted, c.gold)
                for role, c in zip(ROLES, t.roles, strict=True)
            },
            "exact_trimmed": {
                role: prf(c.exact, c.exact, c.predicted, c.gold)
                for role, c in zip(ROLES, t.trimmed, strict=True)
            },
            "exact_pieces": {
                role: prf(c.exact, c.exact, c.predicted, c.gold)
                for role, c in zip(ROLES, t.pieces, strict=True)
            },
            "relation": prf(
                t.relations.matched, t.relations.matched, t.relations.predicted, t.relations.gold
            ),
            "errors": {role: _errors_dict(e) for role, e in zip(ROLES, t.errors, strict=True)},
            "articles": t.articles,
            "words": t.words,
            "seconds": t.seconds,
            "words_per_second": t.words / t.seconds if t.seconds else 0.0,
            "mode": self.mode,
            "split": self.split,
            "skipped": list(self.skipped),
            "counts": {
                **{
                    role: {"predicted": c.predicted, "gold": c.gold}
                    for role, c in zip(ROLES, t.roles, strict=True)
                },
                "relation": {"predicted": t.relations.predicted, "gold": t.relations.gold},
            },
        }


def _errors_dict(errors: ErrorCounts) -> dict[str, Any]:
    return {
        **{kind: getattr(errors, kind) for kind in (*FALSE_NEGATIVE_KINDS, *FALSE_POSITIVE_KINDS)},
        "recall_by_length": {
            bin_name(n): {
                "gold": gold,
                "found": found,
                "r": found / gold if gold else 0.0,
            }
            for n, (gold, found) in enumerate(
                zip(errors.gold_by_length, errors.found_by_length, strict=True)
            )
        },
    }


# -- running -------------------------------------------------------------------------------


def load_split(
    split_dir: Path, *, limit: int | None = None, on_skip: Callable[[str], None] = print
) -> tuple[tuple[GoldArticle, ...], tuple[str, ...]]:
    """The readable gold articles of a split (the first ``limit``) and why others failed."""
    files = list_articles(split_dir)[:limit]
    articles: list[GoldArticle] = []
    skipped: list[str] = []
    for entry in files:
        try:
            articles.append(read_article(entry))
        except BenchmarkDataError as error:
            skipped.append(str(error))
            on_skip(str(error))
    return tuple(articles), tuple(skipped)


def evaluate(
    gold: Sequence[GoldArticle],
    *,
    analyze: Analyze | None = None,
    advance: Callable[[], None] = lambda: None,
) -> tuple[Tally, str]:
    """Analyze every gold text as is and score it; the tally and the extractor's mode."""
    if analyze is None:
        analyze = analyze_articles
    reports = analyze(Article(text=article.text) for article in gold)
    tally, mode = Tally(), extractors.DEFAULT
    for article in gold:
        started = perf_counter()
        report = next(reports)
        seconds = perf_counter() - started
        tally += score_article(article, report, seconds=seconds)
        mode = report.analyzer.mode
        advance()
    return tally, mode


def warmed_analyzer(mode: str | None) -> Analyze:
    """The full analysis in ``mode``, its pipeline loaded and run once, so that no timing
    counts the loading."""
    analyze = partial(analyze_articles, mode=mode)
    next(analyze([Article(text="The mayor said on Monday that the bridge would reopen.")]))
    return analyze


def run(args: argparse.Namespace, *, analyze: Analyze | None = None) -> int:
    """The ``bench polnear`` command: score a split, print a table, write ``--out``.

    ``analyze`` replaces the full analysis (tests pass hand-made reports).
    """
    split_dir = Path(args.data) / args.split
    err = Console(stderr=True)
    gold, skipped = load_split(
        split_dir, limit=args.limit, on_skip=lambda m: err.print(f"skipped: {m}", markup=False)
    )
    if not gold:
        raise BenchmarkDataError(f"{split_dir}: no article could be read")
    if analyze is None:
        analyze = warmed_analyzer(getattr(args, "mode", None))
    with Progress(console=err) as progress:
        task = progress.add_task(f"PolNeAR {args.split}", total=len(gold))
        tally, mode = evaluate(gold, analyze=analyze, advance=lambda: progress.advance(task))
    result = BenchResult(tally, mode=mode, split=args.split, skipped=skipped)
    out = Console()
    out.print(render_table(result))
    out.print(render_errors(result))
    out.print(render_recall_by_length(result))
    out.print(summary(result), markup=False)
    write_out(args.out, result.to_dict())
    return 0


def write_out(path: str | None, data: dict[str, Any]) -> None:
    """Write the ``--out`` JSON, when a file was asked for."""
    if path:
        Path(path).write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


def score_table(title: str, *columns: str) -> Table:
    """A table of scores: metric and role, then the ``columns`` of figures."""
    table = Table(title=title)
    table.add_column("metric")
    table.add_column("role")
    for column in columns:
        table.add_column(column, justify="right")
    return table


def render_table(result: BenchResult) -> Table:
    """Per-role and relation P/R/F1 in percent."""
    data = result.to_dict()
    table = score_table(f"PolNeAR {result.split}", "P", "R", "F1")
    for metric in ROLE_METRICS:
        for role in ROLES:
            table.add_row(metric, role, *percents(data[metric][role]))
    table.add_row("relation", "all", *percents(data["relation"]))
    return table


def render_errors(result: BenchResult) -> Table:
    """The exact match's false negatives and positives by kind, per role."""
    table = Table(title="exact-match errors, per role")
    table.add_column("kind")
    table.add_column("error")
    for role in ROLES:
        table.add_column(role, justify="right")
    kinds = [(kind, "false negative") for kind in FALSE_NEGATIVE_KINDS]
    kinds += [(kind, "false positive") for kind in FALSE_POSITIVE_KINDS]
    for kind, error in kinds:
        counts = (getattr(errors, kind) for errors in result.tally.errors)
        table.add_row(kind.replace("_", " "), error, *(f"{c:,}" for c in counts))
    return table


def render_recall_by_length(result: BenchResult) -> Table:
    """Exact recall of each role's gold spans, by their length in tokens."""
    table = Table(title="exact recall by gold span length")
    table.add_column("length")
    for role in ROLES:
        table.add_column(role, justify="right")
    for n in range(len(LENGTH_BINS)):
        cells = (
            f"{100 * e.found_by_length[n] / e.gold_by_length[n]:.1f} of {e.gold_by_length[n]:,}"
            if e.gold_by_length[n]
            else "-"
            for e in result.tally.errors
        )
        table.add_row(bin_name(n), *cells)
    return table


def summary(result: BenchResult) -> str:
    """One line: how much was scored, how fast, by which extractor."""
    data = result.to_dict()
    skipped = f", {len(result.skipped)} skipped" if result.skipped else ""
    return (
        f"{data['articles']} articles{skipped}, {data['words']:,} words, "
        f"{data['words_per_second']:,.0f} words/s, mode {result.mode}"
    )


def percents(scores: dict[str, float]) -> list[str]:
    """Precision, recall and F1 of a ``prf`` dict, in percent with one decimal."""
    return [f"{100 * scores[k]:.1f}" for k in ("p", "r", "f1")]


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``polnear`` to the ``bench`` subcommands; its ``func`` runs it."""
    parser = subparsers.add_parser(
        "polnear",
        help="score attributions against PolNeAR",
        description="Score attributions against a PolNeAR split (brat standoff).",
    )
    add_split_arguments(parser)
    parser.add_argument("--limit", type=int, default=None, help="score the first N articles")
    parser.set_defaults(func=run)


def add_split_arguments(parser: argparse.ArgumentParser) -> None:
    """``--data``, ``--split``, ``--out`` and ``--mode``: what every PolNeAR command takes."""
    parser.add_argument("--data", required=True, help="the PolNeAR data directory")
    parser.add_argument("--split", default="dev", help="split directory under --data")
    parser.add_argument("--out", default=None, help="write the scores as JSON to this file")
    extractors.add_mode_argument(parser)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m reportedly.bench.polnear``: the command without the CLI around it."""
    return standalone("polnear", register, argv)


if __name__ == "__main__":
    sys.exit(main())
