"""Fixtures of the corpus tests: a store of the hand-made provenance corpus, ingested once
per session (stories, claims and the story page read it; none writes to it)."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from reportedly.corpus import Corpus

PROVENANCE = Path(__file__).parent.parent / "resources" / "provenance"


@pytest.fixture(scope="session")
def provenance_store(tmp_path_factory: pytest.TempPathFactory, pipeline: Language) -> str:
    """The path of a store holding the provenance corpus (rules mode, one worker)."""
    path = str(tmp_path_factory.mktemp("provenance") / "p.duckdb")
    with Corpus(path) as corpus:
        corpus.ingest([str(PROVENANCE)], workers=1, mode="rules")
    return path
