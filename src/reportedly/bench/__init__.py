"""Benchmark readers and scorers: PolNeAR attributions, TimeML times."""

from __future__ import annotations

from dataclasses import fields
from typing import Any, Self


class Additive:
    """Counts that add up field by field (tuples of counts element by element), so a
    benchmark sums per-article tallies with ``sum(tallies, start=Empty())``."""

    __slots__ = ()

    def __add__(self, other: Self) -> Self:
        values = (_add(getattr(self, f.name), getattr(other, f.name)) for f in fields(self))  # type: ignore[arg-type]
        return type(self)(*values)


def _add(left: Any, right: Any) -> Any:
    if isinstance(left, tuple):
        return tuple(_add(a, b) for a, b in zip(left, right, strict=True))
    return left + right
