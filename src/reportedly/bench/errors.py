"""What the PolNeAR exact scores count wrong, by kind: where to look for the next points.

Per role, over the same span sets as the exact score (``bench.polnear``):

- a gold span no prediction equals (a false negative) is **missed** when no predicted span
  of the role shares a token with it, else judged against the predicted span sharing most
  tokens with it: **too long** (it holds the gold span), **too short** (it lies inside the
  gold span) or **shifted** (neither);
- a predicted span no gold span equals (a false positive) is **spurious** when it shares
  no token with a gold span of the role, else an **off-boundary** one;
- gold spans are binned by their length in tokens (``LENGTH_BINS``) with how many of each
  bin are found exactly: recall by length ("according to", "made little secret of" are
  cues as much as "said" is).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from reportedly.bench import Additive

TokenSet = frozenset[int]
LENGTH_BINS = ((1, 1), (2, 3), (4, 10), (11, 20), (21, 1_000_000))
"""Bins of gold spans by their number of tokens, (first, last) inclusive (the last bin
has no real bound)."""
NO_BINS = (0,) * len(LENGTH_BINS)
FALSE_NEGATIVE_KINDS = ("missed", "too_long", "too_short", "shifted")
FALSE_POSITIVE_KINDS = ("spurious", "off_boundary")
"""The kinds of error ``ErrorCounts`` counts, as its field names."""


@dataclass(frozen=True, slots=True)
class ErrorCounts(Additive):
    """One role's errors by kind, and its gold spans and exact finds per length bin."""

    missed: int = 0
    too_long: int = 0
    too_short: int = 0
    shifted: int = 0
    spurious: int = 0
    off_boundary: int = 0
    gold_by_length: tuple[int, ...] = NO_BINS
    found_by_length: tuple[int, ...] = NO_BINS


def error_counts(predicted: set[TokenSet], gold: set[TokenSet]) -> ErrorCounts:
    """The errors of one role's predicted spans against the gold ones."""
    kinds = [_false_negative(span, predicted) for span in gold - predicted]
    gold_tokens = frozenset().union(*gold)
    false_positives = predicted - gold
    spurious = sum(1 for span in false_positives if not span & gold_tokens)
    return ErrorCounts(
        missed=kinds.count("missed"),
        too_long=kinds.count("too_long"),
        too_short=kinds.count("too_short"),
        shifted=kinds.count("shifted"),
        spurious=spurious,
        off_boundary=len(false_positives) - spurious,
        gold_by_length=_binned(len(span) for span in gold),
        found_by_length=_binned(len(span) for span in gold & predicted),
    )


def _false_negative(span: TokenSet, predicted: set[TokenSet]) -> str:
    closest = max(predicted, key=lambda p: len(p & span), default=frozenset())
    if not closest & span:
        return "missed"
    if closest > span:
        return "too_long"
    if closest < span:
        return "too_short"
    return "shifted"


def _binned(lengths: Iterable[int]) -> tuple[int, ...]:
    counts = [0] * len(LENGTH_BINS)
    for length in lengths:
        counts[bin_of(length)] += 1
    return tuple(counts)


def bin_of(length: int) -> int:
    """The index in ``LENGTH_BINS`` of a span of ``length`` tokens."""
    return next(n for n, (first, last) in enumerate(LENGTH_BINS) if first <= length <= last)


def bin_name(index: int) -> str:
    """A length bin as text: "1 token", "2-3 tokens", "21+ tokens"."""
    first, last = LENGTH_BINS[index]
    if index == len(LENGTH_BINS) - 1:
        return f"{first}+ tokens"
    return "1 token" if first == last == 1 else f"{first}-{last} tokens"
