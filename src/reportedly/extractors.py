"""Extractors: the pluggable step that reads parsed Docs into sources and attributions.

An extractor takes a batch of parsed Docs and yields, for each Doc in order, its sources
and attributions (an ``Extraction``); it names the model it reads, if any, so that every
report can say what produced it. Everything around it (times, conflicts, the report, the
renderers, the benchmarks) is the same whatever extractor ran. Built in:

- ``model`` (the default): the PolNeAR-trained tagger's attributions (``reportedly.learned``),
  each with the rules' reading where both found the same cue (stance, hedges, chains),
  and every attribution the rules found that the tagger did not;
- ``rules``: the rule-based analyzer (``reportedly.attribution``) alone: twice as fast,
  with no encoder to load;
- ``tagger``: the tagger's attributions alone, their sources resolved as the rules resolve
  theirs: PolNeAR's reading of what an attribution is.

Adding an extractor is one module with a factory (keyword options only, returns an
``Extractor``) and one ``Registration`` in ``BUILT_IN``, or a call to ``register`` from
another package. Factories are imported on first use, so the rules never import PyTorch.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import import_module
from typing import TYPE_CHECKING, Protocol

from reportedly.errors import UnknownExtractorError
from reportedly.model import Attribution, Source

if TYPE_CHECKING:  # spaCy is imported by the extractors themselves, not by the CLI's help
    from spacy.tokens import Doc

DEFAULT = "model"
"""The extractor that runs when none is named: the one place this default is written.
Chosen on the records benchmark and PolNeAR dev together (README, "Which mode"): the
learned tagger read by the rules leads on both."""

Extraction = tuple[tuple[Source, ...], tuple[Attribution, ...]]
"""One Doc's sources and its attributions (in document order)."""


class Extractor(Protocol):
    """Reads parsed Docs into sources and attributions."""

    @property
    def model(self) -> str | None:
        """The model it reads (``folder@hash``, see ``model_id``), or None for rules."""
        ...

    def __call__(self, docs: Sequence[Doc], /) -> Iterator[Extraction]:
        """One ``Extraction`` per Doc, in order."""
        ...


@dataclass(frozen=True, slots=True)
class Registration:
    """An extractor's name, where its factory lives (``module:function``), what it is, and
    whether it uses PyTorch (``reportedly.imports`` keeps it out of processes that do not)."""

    name: str
    factory: str
    description: str
    uses_torch: bool = True

    def load(self) -> Callable[[], Extractor]:
        """The factory, imported now."""
        module, _, function = self.factory.partition(":")
        factory: Callable[[], Extractor] = getattr(import_module(module), function)
        return factory


BUILT_IN = (
    Registration(
        "rules",
        "reportedly.attribution:RulesExtractor",
        "the rules alone: twice as fast, no encoder to load",
        uses_torch=False,
    ),
    Registration(
        "model",
        "reportedly.learned.extractors:HybridExtractor",
        "the learned tagger's attributions read by the rules, and the rules' own",
    ),
    Registration(
        "tagger",
        "reportedly.learned.extractors:TaggerExtractor",
        "the learned tagger's attributions alone (PolNeAR's reading)",
    ),
)
REGISTRY: dict[str, Registration] = {entry.name: entry for entry in BUILT_IN}


def register(name: str, factory: str, description: str, *, uses_torch: bool = True) -> None:
    """Make an extractor available by name (``factory`` is ``"module:function"``)."""
    REGISTRY[name] = Registration(name, factory, description, uses_torch)
    load.cache_clear()


def names() -> tuple[str, ...]:
    """The names of every registered extractor, the default first."""
    return (DEFAULT, *sorted(name for name in REGISTRY if name != DEFAULT))


def resolve(name: str | None) -> str:
    """The registered name an optional mode stands for (``None``: the default)."""
    if name is None:
        return DEFAULT
    if name not in REGISTRY:
        raise UnknownExtractorError(name, names())
    return name


@cache
def load(name: str | None = None) -> Extractor:
    """The extractor registered as ``name``, built once per process."""
    return REGISTRY[resolve(name)].load()()


def add_mode_argument(parser: argparse.ArgumentParser) -> None:
    """``--mode NAME``, its choices the registered extractors: for every command that
    analyzes (``analyze`` and the benchmarks)."""
    described = "; ".join(f"{e.name}: {e.description}" for e in map(REGISTRY.get, names()) if e)
    parser.add_argument(
        "--mode",
        choices=names(),
        default=None,
        help=f"the extractor (default {DEFAULT}) — {described}",
    )
