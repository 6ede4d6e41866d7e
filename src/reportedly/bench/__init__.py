"""Benchmark readers and scorers: PolNeAR attributions, TimeML times."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from dataclasses import fields
from typing import Any, Self

from reportedly.errors import ReportedlyError

Register = Callable[["argparse._SubParsersAction[argparse.ArgumentParser]"], None]
"""A benchmark module's ``register``: it adds its subcommand to ``reportedly bench``."""


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


def standalone(name: str, register: Register, argv: Sequence[str] | None) -> int:
    """``python -m reportedly.bench.<name>``: the ``bench <name>`` subcommand that ``register``
    adds, run without the CLI around it; a ReportedlyError is one line and exit status 2."""
    parser = argparse.ArgumentParser(prog=f"python -m reportedly.bench.{name}")
    register(parser.add_subparsers(required=True))
    args = parser.parse_args([name, *(sys.argv[1:] if argv is None else argv)])
    try:
        code: int = args.func(args)
    except ReportedlyError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return code
