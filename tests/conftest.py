"""Shared fixtures: the spaCy pipeline is loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from reportedly import nlp

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SAMPLE = SHARED / "samples" / "moscow-times-2022-09-14.md"
RESOURCES = Path(__file__).resolve().parent / "resources"


@pytest.fixture(scope="session")
def pipeline() -> Language:
    """The English pipeline with the reportedly component, shared by every test."""
    return nlp.load()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared beside the checkout; tests needing it skip with a reason when it is absent."""
    if not SHARED.is_dir():
        pytest.skip(f"shared data not found at {SHARED}")
    return SHARED


@pytest.fixture(scope="session")
def sample_path(shared_dir: Path) -> Path:
    if not SAMPLE.is_file():
        pytest.skip(f"sample article not found at {SAMPLE}")
    return SAMPLE
