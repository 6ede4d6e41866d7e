"""Importing spaCy without the learned stack when the extractor at hand does not use it.

thinc, spaCy's machine-learning library, imports PyTorch as it is imported whenever
PyTorch is installed, and PyTorch is a dependency of reportedly: the default extractor
reads an encoder through it. The rules never use it, yet it would double a rules run's
start-up time and memory. So a process that runs only the rules imports spaCy with
``torch`` and ``transformers`` hidden; thinc then runs on numpy, as it does where PyTorch
is not installed, and the learned extractors, which import PyTorch themselves, still load
later in the same process if asked.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from importlib import import_module

from reportedly import extractors

LEARNED_STACK = ("torch", "transformers")
"""The modules only the learned extractors use."""


def import_spacy_for(mode: str | None) -> None:
    """Import spaCy for extractor ``mode`` (None: the default): with the learned stack
    hidden when that extractor does not use it. Nothing happens once spaCy is imported."""
    if "spacy" in sys.modules:
        return
    if extractors.REGISTRY[extractors.resolve(mode)].uses_torch:
        import_module("spacy")
        return
    with hidden(LEARNED_STACK):
        import_module("spacy")


@contextmanager
def hidden(modules: Sequence[str]) -> Iterator[None]:
    """While inside, importing any of ``modules`` not imported yet raises ImportError
    (a ``None`` in ``sys.modules`` is Python's own way of saying a module is absent)."""
    absent = [name for name in modules if name not in sys.modules]
    for name in absent:
        sys.modules[name] = None  # type: ignore[assignment]
    try:
        yield
    finally:
        for name in absent:
            if name in sys.modules and sys.modules[name] is None:
                del sys.modules[name]
